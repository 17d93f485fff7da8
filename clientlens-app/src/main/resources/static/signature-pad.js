/*
 * The signature pads of the written confirmation: each <canvas class="signature-pad"> takes a
 * signature drawn with a mouse, a finger or a pen (Pointer Events; a pen's pressure sets the line
 * width) and keeps it as a PNG data URL in the hidden field named by data-input, which the form posts.
 * "Clear" empties the pad and the field. An empty pad posts nothing, and the server refuses a blank
 * image too. A separate file because the CSP allows scripts from 'self' only.
 */
(function () {
  'use strict';
  var pads = document.querySelectorAll('canvas.signature-pad');
  Array.prototype.forEach.call(pads, function (canvas) {
    var input = document.getElementById(canvas.getAttribute('data-input'));
    var clear = document.querySelector('button.signature-clear[data-pad="' + canvas.id + '"]');
    var state = document.getElementById(canvas.getAttribute('aria-describedby'));
    var ctx = canvas.getContext('2d');
    if (!input || !ctx) {
      return;
    }
    var drawing = null; // the pointer id while a stroke is drawn
    var last = null;
    var inked = false;

    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = '#102a43';
    ctx.fillStyle = '#102a43';

    function point(e) {
      var r = canvas.getBoundingClientRect();
      return {x: (e.clientX - r.left) * canvas.width / r.width, y: (e.clientY - r.top) * canvas.height / r.height};
    }

    function lineWidth(e) {
      return e.pointerType === 'pen' && e.pressure > 0 ? 1 + e.pressure * 3 : 2.5;
    }

    var fieldset = canvas.closest ? canvas.closest('fieldset') : null;
    var error = fieldset ? fieldset.querySelector('.field-error') : null;

    function show() {
      canvas.classList.toggle('signed', inked);
      if (inked && error) {
        // the server's "missing" or "blank" no longer applies once there is ink
        error.hidden = true;
        fieldset.classList.remove('invalid');
      }
      if (state) {
        state.textContent = state.getAttribute(inked ? 'data-signed' : 'data-empty');
      }
    }

    function keep() {
      input.value = inked ? canvas.toDataURL('image/png') : '';
      show();
    }

    function strokeTo(p, width) {
      ctx.lineWidth = width;
      ctx.beginPath();
      ctx.moveTo(last.x, last.y);
      ctx.lineTo(p.x, p.y);
      ctx.stroke();
      last = p;
      inked = true;
    }

    canvas.addEventListener('pointerdown', function (e) {
      if (drawing !== null || (e.pointerType === 'mouse' && e.button !== 0)) {
        return;
      }
      e.preventDefault();
      drawing = e.pointerId;
      if (canvas.setPointerCapture) {
        canvas.setPointerCapture(e.pointerId);
      }
      last = point(e);
      ctx.beginPath();
      ctx.arc(last.x, last.y, lineWidth(e) / 2, 0, Math.PI * 2);
      ctx.fill();
      inked = true;
    });

    canvas.addEventListener('pointermove', function (e) {
      if (e.pointerId !== drawing) {
        return;
      }
      e.preventDefault();
      var events = e.getCoalescedEvents ? e.getCoalescedEvents() : [];
      if (events.length === 0) {
        events = [e];
      }
      events.forEach(function (c) {
        strokeTo(point(c), lineWidth(c));
      });
    });

    function end(e) {
      if (e.pointerId !== drawing) {
        return;
      }
      drawing = null;
      last = null;
      keep();
    }

    canvas.addEventListener('pointerup', end);
    canvas.addEventListener('pointercancel', end);
    canvas.addEventListener('lostpointercapture', end);

    if (clear) {
      clear.addEventListener('click', function () {
        ctx.clearRect(0, 0, canvas.width, canvas.height);
        inked = false;
        keep();
        canvas.focus();
      });
    }

    // a signature kept from a submission that came back with another error is shown again
    if (input.value && input.value.indexOf('data:image/png;base64,') === 0) {
      var image = new Image();
      image.onload = function () {
        ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
        inked = true;
        show();
      };
      image.src = input.value;
    }
  });
}());
