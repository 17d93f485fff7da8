/*
 * The live copy-out check of the suitability page: while the customer's sentence is typed, the
 * server compares it (NFKC, whitespace removed, as on submit) and the first difference is shown.
 * A separate file because the CSP allows scripts from 'self' only; without it the form still
 * works and the check runs on submit.
 */
(function () {
  'use strict';
  var field = document.getElementById('copy-text');
  var result = document.getElementById('copy-result');
  if (!field || !result || !window.fetch) {
    return;
  }
  var url = field.getAttribute('data-check-url');
  var tokenMeta = document.querySelector('meta[name="_csrf"]');
  var headerMeta = document.querySelector('meta[name="_csrf_header"]');
  var timer = null;
  var latest = 0;

  function show(data) {
    result.textContent = data.message || '';
    result.classList.toggle('matches', data.matches === true);
    result.classList.toggle('differs', data.matches === false);
  }

  function check() {
    var asked = ++latest;
    var headers = {'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8', 'Accept': 'application/json'};
    if (tokenMeta && headerMeta) {
      headers[headerMeta.getAttribute('content')] = tokenMeta.getAttribute('content');
    }
    fetch(url, {method: 'POST', credentials: 'same-origin', headers: headers,
      body: new URLSearchParams({text: field.value}).toString()})
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        // an older answer arriving after a newer one must not overwrite it
        if (data && asked === latest) {
          show(data);
        }
      })
      .catch(function () { /* the check on submit still applies */ });
  }

  field.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(check, 250);
  });
  if (field.value) {
    check();
  }
}());
