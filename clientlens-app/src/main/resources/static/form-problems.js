/*
 * A form sent back with problems: its error summary (role="alert", id="form-problems") takes the focus, so that it is
 * read out and the keyboard continues from it to the fields marked. A file because the CSP allows scripts from 'self' only.
 */
(function () {
  'use strict';
  var problems = document.getElementById('form-problems');
  if (problems) { problems.focus(); }
})();
