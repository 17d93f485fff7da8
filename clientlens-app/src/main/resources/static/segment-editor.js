/*
 * Live check of the segment editor on /dashboards: while an expression is typed, POST it to
 * /dashboards/segments/check (session and CSRF token from the page's <meta> tags) and show the answer
 * under the field: the error with line and column, or "valid" and the customers of the latest run.
 * Without this script the form still works: saving checks the expression on the server.
 */
(function () {
  'use strict';
  var form = document.getElementById('segment-editor');
  if (!form) {
    return;
  }
  var field = document.getElementById('seg-expression');
  var out = document.getElementById('seg-check');
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  var timer = null;
  var sent = 0;

  function show(state, text) {
    out.classList.remove('valid', 'invalid');
    if (state) { out.classList.add(state); }
    out.textContent = text;
    field.setAttribute('aria-invalid', state === 'invalid' ? 'true' : 'false');
    form.setAttribute('data-check', state || 'checking');
  }

  function check() {
    var mine = ++sent;
    var headers = {'Content-Type': 'application/json', Accept: 'application/json'};
    if (token && header) { headers[header.getAttribute('content')] = token.getAttribute('content'); }
    show(null, out.getAttribute('data-checking'));
    fetch(form.getAttribute('data-check-url'), {method: 'POST', credentials: 'same-origin', headers: headers,
      body: JSON.stringify({expression: field.value})})
      .then(function (r) {
        if (!r.ok && r.status !== 429) { throw new Error('HTTP ' + r.status); }
        return r.json();
      })
      .then(function (answer) {
        if (mine !== sent) { return; } // a later keystroke's answer wins
        show(answer.valid ? (answer.busy || answer.timedOut ? null : 'valid') : 'invalid', answer.message);
      })
      .catch(function (e) {
        if (mine === sent) { show('invalid', String(e)); }
      });
  }

  field.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(check, 350);
  });
  if (field.value.trim() !== '') { check(); }
})();
