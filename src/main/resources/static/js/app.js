// Behaviour that CSP forbids inline: the CSRF header on htmx requests, confirmation before irreversible steps.
(function () {
  'use strict';

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? { header: header.content, token: token.content } : null;
  }

  document.addEventListener('htmx:configRequest', function (event) {
    var c = csrf();
    if (c && event.detail.verb !== 'get') {
      event.detail.headers[c.header] = c.token;
    }
  });

  // <form data-confirm="..."> (or the submit button's own data-confirm) asks before submitting; the message comes
  // from the message bundle.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var button = event.submitter;
    var message = (button && button.getAttribute('data-confirm')) || form.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  // A button that submits once: a double click sends one request.
  document.addEventListener('submit', function (event) {
    if (event.defaultPrevented) {
      return;
    }
    var form = event.target;
    if (form.hasAttribute('data-submit-once')) {
      if (form.dataset.submitted === 'true') {
        event.preventDefault();
        return;
      }
      form.dataset.submitted = 'true';
      form.querySelectorAll('button[type="submit"]').forEach(function (b) { b.disabled = true; });
    }
  });

  // Copy-to-clipboard buttons (initial passwords).
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-copy-target]');
    if (button && navigator.clipboard) {
      var target = document.getElementById(button.getAttribute('data-copy-target'));
      if (target) {
        navigator.clipboard.writeText(target.textContent.trim());
        button.classList.add('btn-success');
      }
    }
  });
})();
