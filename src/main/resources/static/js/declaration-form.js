// The declaration form while the unit edits it (no inline script: CSP): autosave of the draft through htmx, a few
// seconds after the last keystroke, with the new version taken from the answer (optimistic locking); a warning before
// leaving the page with unsaved edits; evidence uploads that save the form first, so that no typed text is lost; and
// character counters that count while typing and flag over-long text before it is saved (a draft may hold it; the
// submission refuses it).
(function () {
  'use strict';

  var form = document.getElementById('sectionForm');
  if (!form || !form.getAttribute('data-autosave-url') || !window.htmx) {
    return;
  }
  var delay = parseInt(form.getAttribute('data-autosave-delay') || '2500', 10);
  var dirty = false;
  var editedDuringRequest = false;
  var saving = null;
  var timer = null;

  function statusElement() {
    return document.getElementById('autosaveStatus');
  }

  function showStatus(text, tone) {
    var status = statusElement();
    if (status) {
      status.textContent = text;
      status.className = 'small align-self-center ' + (tone || 'text-muted');
      status.setAttribute('data-saved', 'pending');
    }
  }

  function format(template, values) {
    return template.replace(/\{(\d)\}/g, function (match, index) {
      return values[+index];
    });
  }

  // As the server's message format writes numbers: 1,500.
  function grouped(number) {
    return Number(number).toLocaleString('en-US');
  }

  // Counters: the length as the server counts it (UTF-16 units, String.length()).
  function count(area) {
    var max = parseInt(area.getAttribute('data-max-length'), 10);
    var length = area.value.length;
    var counter = document.getElementById(area.id + 'Count');
    var over = document.getElementById(area.id + 'Over');
    if (counter) {
      counter.textContent = format(counter.getAttribute('data-count-template'), [grouped(length), grouped(max)]);
    }
    var tooLong = length > max;
    area.classList.toggle('is-invalid', tooLong);
    if (over) {
      over.textContent = tooLong && counter ? format(counter.getAttribute('data-over-template'), [grouped(length - max)]) : '';
    }
    return !tooLong;
  }

  function allWithinLimits() {
    var ok = true;
    form.querySelectorAll('textarea[data-max-length]').forEach(function (area) {
      ok = count(area) && ok;
    });
    return ok;
  }

  // Saves the form now; resolves to whether it was saved.
  function save() {
    window.clearTimeout(timer);
    if (saving) {
      return saving.then(function () {
        return dirty ? save() : true;
      });
    }
    allWithinLimits();
    editedDuringRequest = false;
    showStatus(form.getAttribute('data-saving-text'));
    saving = window.htmx.ajax('POST', form.getAttribute('data-autosave-url'), {
      source: form, target: '#autosaveStatus', swap: 'outerHTML'
    }).then(function () {
      var status = statusElement();
      var saved = status && status.getAttribute('data-saved') === 'true';
      if (status && status.getAttribute('data-saved') === 'pending') {
        // not answered with a status: refused (409, shown in the alert area too) or failed
        showStatus(form.getAttribute(lastStatus === 409 ? 'data-conflict-text' : 'data-failed-text'), 'text-danger');
      }
      if (saved) {
        var version = document.getElementById('draftVersion');
        // other forms of the page that carry the version (the member import) follow the new one
        document.querySelectorAll('input[name="version"]').forEach(function (input) {
          if (version && input !== version) {
            input.value = version.value;
          }
        });
        if (!editedDuringRequest) {
          dirty = false;
        }
      }
      return saved;
    }, function () {
      showStatus(form.getAttribute('data-failed-text'), 'text-danger');
      return false;
    }).finally(function () {
      saving = null;
    });
    return saving;
  }

  function edited() {
    dirty = true;
    editedDuringRequest = true;
    window.clearTimeout(timer);
    timer = window.setTimeout(save, delay);
  }

  form.addEventListener('input', function (event) {
    if (event.target.matches('textarea[data-max-length]')) {
      count(event.target);
    }
    edited();
  });
  form.addEventListener('change', edited);

  var lastStatus = 0;
  document.body.addEventListener('htmx:afterRequest', function (event) {
    if (event.detail.elt === form && event.detail.xhr) {
      lastStatus = event.detail.xhr.status;
    }
  });

  document.body.addEventListener('htmx:responseError', function (event) {
    if (event.detail.elt === form) {
      showStatus(form.getAttribute(event.detail.xhr.status === 409 ? 'data-conflict-text' : 'data-failed-text'),
        'text-danger');
    }
  });

  // Saving by the button is leaving on purpose. Over-long text stays flagged; a draft may hold it (the submission
  // refuses it), so nothing typed is thrown away.
  form.addEventListener('submit', function (event) {
    window.clearTimeout(timer);
    dirty = false;
    if (saving) {
      // an autosave is under way: send the form with the version it answers with, not the stale one
      event.preventDefault();
      saving.then(function () {
        dirty = false;
        form.submit();
      });
    }
  });

  // Evidence forms (upload, removal) reload the page: the form's edits are saved first.
  document.addEventListener('submit', function (event) {
    var other = event.target;
    if (other === form || !dirty || event.defaultPrevented || !other.closest('#evidence')) {
      return;
    }
    event.preventDefault();
    save().then(function (saved) {
      if (saved) {
        dirty = false;
        other.submit();
      }
      else {
        showStatus(form.getAttribute('data-upload-blocked-text'), 'text-danger');
      }
    });
  });

  window.addEventListener('beforeunload', function (event) {
    if (dirty) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  allWithinLimits();
  // the form listens from here on (a deferred script runs after the page shows: tests wait for this mark)
  form.setAttribute('data-autosave-ready', 'true');
})();
