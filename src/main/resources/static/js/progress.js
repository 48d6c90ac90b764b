// Progress on anything that takes a while (CSP: no inline script, so all of it lives here).
// - A download link (.pdf, .xlsx, .docx, .zip, or data-download) is fetched in the background: the link shows a
//   spinner and is disabled until the file has arrived, then the file is saved under the server's name. An error
//   answer (403, 404, 409 …) is shown the ordinary way, by opening the link.
// - A form posted the ordinary way with a file, or marked data-progress, shows a spinner on its button and disables
//   its submit buttons until the next page arrives (restored when the page comes back from the history cache).
// - An htmx request from a form or button disables it and marks it busy until the answer is swapped in.
// - A button with data-print prints the page.
(function () {
  'use strict';

  var DOWNLOAD = /\.(pdf|xlsx|docx|zip)(\?|#|$)/i;
  var SPINNER_DELAY_MS = 300;

  function label() {
    return document.body.getAttribute('data-progress-label') || '…';
  }

  function spinner() {
    var s = document.createElement('span');
    s.className = 'progress-spinner spinner-border spinner-border-sm ms-1';
    s.setAttribute('role', 'status');
    var text = document.createElement('span');
    text.className = 'visually-hidden';
    text.textContent = label();
    s.appendChild(text);
    return s;
  }

  function busy(element) {
    element.setAttribute('aria-busy', 'true');
    element.classList.add('is-busy');
    if (element.tagName === 'A') {
      element.setAttribute('aria-disabled', 'true');
      element.classList.add('disabled');
    } else {
      element.disabled = true;
    }
    element.dataset.progressTimer = String(window.setTimeout(function () {
      if (element.getAttribute('aria-busy') === 'true' && !element.querySelector('.progress-spinner')) {
        element.appendChild(spinner());
      }
    }, SPINNER_DELAY_MS));
  }

  function idle(element) {
    window.clearTimeout(Number(element.dataset.progressTimer));
    element.removeAttribute('aria-busy');
    element.classList.remove('is-busy');
    if (element.tagName === 'A') {
      element.removeAttribute('aria-disabled');
      element.classList.remove('disabled');
    } else {
      element.disabled = false;
    }
    element.querySelectorAll('.progress-spinner').forEach(function (s) { s.remove(); });
  }

  function fileName(response, href) {
    var header = response.headers.get('Content-Disposition') || '';
    var star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(header);
    if (star) {
      try { return decodeURIComponent(star[1].trim().replace(/^"|"$/g, '')); } catch (e) { /* fall through */ }
    }
    var plain = /filename="?([^";]+)"?/i.exec(header);
    if (plain) {
      return plain[1];
    }
    return href.split('?')[0].split('/').pop();
  }

  function isDownload(link) {
    if (link.hasAttribute('data-download')) {
      return true;
    }
    if (link.hasAttribute('data-no-progress') || link.target === '_blank' || link.origin !== window.location.origin) {
      return false;
    }
    return DOWNLOAD.test(link.pathname + link.search);
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest('a[href]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey
        || event.altKey || !isDownload(link) || !window.fetch || !window.URL || !URL.createObjectURL) {
      return;
    }
    event.preventDefault();
    if (link.getAttribute('aria-busy') === 'true') {
      return;
    }
    var href = link.href;
    busy(link);
    fetch(href, { credentials: 'same-origin', headers: { 'X-Requested-With': 'fetch' } })
      .then(function (response) {
        if (!response.ok || response.redirected) {
          throw new Error('answer ' + response.status);
        }
        return response.blob().then(function (blob) {
          var url = URL.createObjectURL(blob);
          var save = document.createElement('a');
          save.href = url;
          save.download = fileName(response, href);
          save.setAttribute('data-no-progress', '');
          save.hidden = true;
          document.body.appendChild(save);
          save.click();
          save.remove();
          window.setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
          link.dataset.downloaded = 'true';
        });
      })
      .catch(function () {
        // the server's own page says what went wrong (and where to go back to)
        window.location.assign(href);
      })
      .finally(function () {
        idle(link);
      });
  });

  // ordinary form posts that take a while: with a file, or marked
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (event.defaultPrevented || form.hasAttribute('hx-post') || form.hasAttribute('hx-put')
        || form.hasAttribute('hx-get') || form.hasAttribute('data-hx-post')) {
      return;
    }
    var slow = form.hasAttribute('data-progress') || (form.enctype === 'multipart/form-data'
        && Array.prototype.some.call(form.querySelectorAll('input[type="file"]'), function (f) {
          return f.files && f.files.length > 0;
        }));
    if (!slow) {
      return;
    }
    var submitter = event.submitter;
    // after the browser has collected the fields: a disabled button would leave its own name and value out
    window.setTimeout(function () {
      form.setAttribute('aria-busy', 'true');
      form.querySelectorAll('button[type="submit"], button:not([type]), input[type="submit"]').forEach(function (b) {
        if (b === submitter) {
          busy(b);
        } else {
          b.disabled = true;
        }
      });
    }, 0);
  });

  // back from the history cache: nothing is running any more
  window.addEventListener('pageshow', function (event) {
    if (!event.persisted) {
      return;
    }
    document.querySelectorAll('[aria-busy="true"]').forEach(function (element) {
      if (element.tagName === 'FORM') {
        element.removeAttribute('aria-busy');
        element.querySelectorAll('button, input[type="submit"]').forEach(function (b) { b.disabled = false; });
      } else {
        idle(element);
      }
    });
    document.querySelectorAll('form[data-submitted]').forEach(function (f) { delete f.dataset.submitted; });
  });

  // htmx requests started by a form or button (not polling): busy until the answer is in
  function htmxSource(event) {
    var elt = event.detail && event.detail.elt;
    if (!elt || (elt.tagName !== 'FORM' && elt.tagName !== 'BUTTON')) {
      return null;
    }
    if (elt.tagName === 'FORM') {
      return event.detail.requestConfig && event.detail.requestConfig.verb === 'get' ? null : elt;
    }
    return elt;
  }

  document.addEventListener('htmx:beforeRequest', function (event) {
    var source = htmxSource(event);
    if (!source) {
      return;
    }
    if (source.tagName === 'FORM') {
      var submitter = event.detail.requestConfig && event.detail.requestConfig.submitter;
      var buttons = source.querySelectorAll('button[type="submit"], button:not([type]), input[type="submit"]');
      buttons.forEach(function (b) {
        if (b === submitter || (!submitter && b === buttons[0])) {
          busy(b);
        } else {
          b.disabled = true;
          b.dataset.progressDisabled = 'true';
        }
      });
    } else {
      busy(source);
    }
  });

  document.addEventListener('htmx:afterRequest', function (event) {
    var source = htmxSource(event);
    if (!source || !document.body.contains(source)) {
      return;
    }
    if (source.tagName === 'FORM') {
      source.querySelectorAll('[aria-busy="true"]').forEach(idle);
      source.querySelectorAll('[data-progress-disabled]').forEach(function (b) {
        b.disabled = false;
        delete b.dataset.progressDisabled;
      });
    } else {
      idle(source);
    }
  });

  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-print]');
    if (button) {
      event.preventDefault();
      window.print();
    }
  });
})();
