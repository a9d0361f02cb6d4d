// Live checks of the rubric editor (track settings page), as the organiser types: each criterion's share of the
// total weight, and the problems the server would refuse (key format, reserved or repeated keys, a name, a
// positive weight, a scale whose maximum is above its minimum, guidance levels inside the scale). Display only:
// the server checks again when the form is saved. The texts come from the page (data-* attributes), in its
// language. A row left entirely blank is the empty row for a new criterion and is ignored, as the server does.
(function () {
  'use strict';
  var form = document.getElementById('track-form');
  var status = document.getElementById('rubric-live');
  if (!form || !status) return;
  var texts = status.dataset;
  var rows = Array.prototype.slice.call(form.querySelectorAll('fieldset.criterion'));
  var lang = document.documentElement.lang === 'en' ? 'en-GB' : 'es-MX';
  var percent = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  var KEY = /^[A-Za-z][\w-]{0,39}$/;
  var FIELDS = ['key', 'name', 'description', 'weight', 'min', 'max', 'guidance'];

  function control(i, field) {
    return form.querySelector('[name="rubric.' + i + '.' + field + '"]');
  }

  function number(text) {
    var raw = String(text).trim().replace(',', '.');
    return raw === '' ? NaN : Number(raw);
  }

  function visible(text) {
    return String(text)
      .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF\u00AD]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  }

  function fill(template, params) {
    return template.replace(/\{(\w+)\}/g, function (_, k) {
      return params[k] !== undefined ? params[k] : '';
    });
  }

  function update() {
    var seen = {};
    var total = 0;
    var criteria = [];
    var problems = 0;
    rows.forEach(function (row, i) {
      var value = {};
      FIELDS.forEach(function (f) {
        var c = control(i, f);
        value[f] = c ? c.value : '';
      });
      var blank = FIELDS.every(function (f) {
        return value[f].trim() === '';
      });
      var found = [];
      var invalid = {};
      if (!blank) {
        var key = value.key.trim();
        var weight = number(value.weight);
        var min = number(value.min);
        var max = number(value.max);
        if (!KEY.test(key)) ((invalid.key = 1), found.push(texts.keyFormat));
        else if (key in Object.prototype)
          ((invalid.key = 1), found.push(fill(texts.keyReserved, { key: key })));
        else if (seen[key]) ((invalid.key = 1), found.push(fill(texts.keyRepeated, { key: key })));
        seen[key] = true;
        if (visible(value.name).length < 2) ((invalid.name = 1), found.push(texts.name));
        if (!(weight > 0 && weight <= 1000)) ((invalid.weight = 1), found.push(texts.weight));
        if (!isFinite(min) || !isFinite(max) || !(max > min)) ((invalid.max = 1), found.push(texts.scale));
        value.guidance.split('\n').forEach(function (line) {
          line = line.trim();
          if (line === '') return;
          var at = line.indexOf('|');
          var score = number(at < 0 ? line : line.slice(0, at));
          if (!isFinite(score) || (isFinite(min) && score < min) || (isFinite(max) && score > max)) {
            invalid.guidance = 1;
            found.push(fill(texts.guidance, { line: line }));
          }
        });
        if (weight > 0) total += weight;
        criteria.push({ row: row, weight: weight });
      }
      FIELDS.forEach(function (f) {
        var c = control(i, f);
        if (!c) return;
        // Only the mark this script set is taken back; the server's own (a refused save) stays.
        if (c.dataset.liveInvalid) {
          c.removeAttribute('aria-invalid');
          delete c.dataset.liveInvalid;
        }
        if (invalid[f] && !c.hasAttribute('aria-invalid')) {
          c.setAttribute('aria-invalid', 'true');
          c.dataset.liveInvalid = '1';
        }
      });
      var list = row.querySelector('.live-problems');
      if (!list) {
        list = document.createElement('ul');
        list.className = 'live-problems error-message';
        row.appendChild(list);
      }
      list.textContent = '';
      found.forEach(function (text) {
        var item = document.createElement('li');
        item.textContent = text;
        list.appendChild(item);
      });
      list.hidden = found.length === 0;
      problems += found.length;
    });
    criteria.forEach(function (c) {
      var share = c.row.querySelector('.live-share');
      if (!share) {
        share = document.createElement('p');
        share.className = 'hint live-share';
        c.row.appendChild(share);
      }
      share.textContent =
        c.weight > 0 && total > 0
          ? fill(texts.share, { percent: percent.format((100 * c.weight) / total) })
          : '';
    });
    status.textContent =
      problems > 0
        ? fill(texts.problems, { count: String(problems) })
        : fill(texts.valid, { count: String(criteria.length) });
  }

  form.addEventListener('input', update);
  update();
})();
