/* The customer list: an explained problem with the search is focused, so that it is read out and the keyboard starts there. */
(function () {
  'use strict';
  var problems = document.getElementById('list-problems');
  if (problems) { problems.focus(); }
})();
