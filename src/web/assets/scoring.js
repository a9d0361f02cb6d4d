// Running weighted total of the scoring form: 100 × Σ w·(s − min)/(max − min) / Σ w, over the criteria scored
// so far (the server computes the same formula when the sheet is saved). Display only: the server decides.
// A value outside the scale is never left out silently: the control is marked invalid, the note names it and no
// total is shown until it is corrected.
(function () {
  'use strict';
  var form = document.getElementById('score-form');
  var output = document.getElementById('running-total');
  var note = document.getElementById('running-total-note');
  if (!form || !output) return;
  var inputs = Array.prototype.slice.call(form.querySelectorAll('input[data-weight]'));
  var lang = document.documentElement.lang === 'en' ? 'en-GB' : 'es-MX';
  var format = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

  function update() {
    var sum = 0;
    var weights = 0;
    var done = 0;
    var invalid = [];
    inputs.forEach(function (input) {
      var w = Number(input.dataset.weight);
      var min = Number(input.dataset.min);
      var max = Number(input.dataset.max);
      weights += w;
      var raw = input.value.trim().replace(',', '.');
      // Only the mark this script set is taken back; the server's own (a refused save) stays.
      if (input.dataset.rangeInvalid) {
        input.removeAttribute('aria-invalid');
        delete input.dataset.rangeInvalid;
      }
      if (raw === '') return;
      var s = Number(raw);
      if (!isFinite(s) || s < min || s > max) {
        input.setAttribute('aria-invalid', 'true');
        input.dataset.rangeInvalid = '1';
        var label = form.querySelector('label[for="' + input.id + '"]');
        invalid.push(label ? label.textContent.trim() : input.name);
        return;
      }
      sum += (w * (s - min)) / (max - min);
      done += 1;
    });
    output.textContent =
      invalid.length > 0 || done === 0 || weights === 0 ? '—' : format.format((100 * sum) / weights);
    if (note) {
      note.textContent =
        invalid.length > 0
          ? note.dataset.invalid.replace('{names}', invalid.join('; '))
          : done === inputs.length
            ? note.dataset.complete
            : note.dataset.partial.replace('{done}', String(done)).replace('{count}', String(inputs.length));
    }
  }

  inputs.forEach(function (input) {
    input.addEventListener('input', update);
  });
  update();
})();
