// The job page while a job runs: polls its status (a web-chain JSON endpoint, same session) and
// shows the rows done; when the job has ended, reloads the page, which then shows the summary and
// the problems per line. Without JavaScript the page reloads itself every few seconds instead.
(function () {
  'use strict';
  var main = document.querySelector('main[data-status-url]');
  if (!main) {
    return;
  }
  var url = main.getAttribute('data-status-url');
  var bar = document.getElementById('job-progress');
  var rows = document.getElementById('job-rows');
  var POLL_MS = 1000;

  function format(template, values) {
    return template.replace(/\{(\d)\}/g, function (all, i) {
      return String(values[Number(i)]);
    });
  }

  function show(status) {
    if (bar) {
      if (status.percent === null || status.percent === undefined) {
        bar.removeAttribute('value');
      } else {
        bar.value = status.percent;
      }
    }
    if (rows) {
      rows.textContent = status.rowsTotal === null || status.rowsTotal === undefined
        ? format(rows.getAttribute('data-rows-unknown'), [status.rowsDone])
        : format(rows.getAttribute('data-rows'), [status.rowsDone, status.rowsTotal]);
    }
  }

  function poll() {
    fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin', cache: 'no-store'})
      .then(function (response) {
        if (!response.ok) {
          throw new Error('status ' + response.status);
        }
        return response.json();
      })
      .then(function (status) {
        show(status);
        if (status.state === 'RUNNING') {
          window.setTimeout(poll, POLL_MS);
        } else {
          window.location.reload();
        }
      })
      .catch(function () {
        // a signed-out session or a restarting server: try again a little later
        window.setTimeout(poll, POLL_MS * 3);
      });
  }

  window.setTimeout(poll, POLL_MS);
}());
