/* Sign-in: a failed attempt's message is focused, so that it is read out and the keyboard continues from it. */
(function () {
  'use strict';
  var error = document.getElementById('login-error');
  if (error) { error.focus(); }
})();
