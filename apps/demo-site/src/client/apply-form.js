// Client-side checks of the 전입신고 application, the way KRDS pages do them: the browser's constraint
// validation first (checkValidity() fires `invalid`), then KRDS class-based error states
// (`.form-conts.is-error` + `p.form-hint-invalid`). Rules without a constraint attribute
// (data-rule="date") produce the class-based state only.
(() => {
  const form = document.querySelector('form[data-apply-form]');
  if (!form) return;

  const realDate = (value) => {
    const m = /^(\d{4})[-./ ]?(\d{1,2})[-./ ]?(\d{1,2})$/.exec(value.trim());
    if (!m) return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  };

  const groupOf = (el) => el.closest('.form-group');

  const clearError = (el) => {
    const group = groupOf(el);
    if (!group) return;
    group.querySelector('.form-conts')?.classList.remove('is-error');
    group.querySelector('.form-hint-invalid')?.remove();
  };

  const showError = (el, message) => {
    const group = groupOf(el);
    if (!group) return;
    const conts = group.querySelector('.form-conts');
    conts.classList.add('is-error');
    let hint = group.querySelector('.form-hint-invalid');
    if (!hint) {
      hint = document.createElement('p');
      hint.className = 'form-hint-invalid';
      hint.id = `${el.name}-error`;
      group.append(hint);
    }
    hint.textContent = message;
  };

  const messageFor = (el) => {
    const v = el.validity;
    const d = el.dataset;
    if (v.valueMissing) return d.msgRequired || '필수 입력 항목입니다.';
    if (v.patternMismatch) return d.msgPattern || '입력 형식이 올바르지 않습니다.';
    if (v.typeMismatch) return d.msgType || '입력 형식이 올바르지 않습니다.';
    return el.validationMessage;
  };

  const ruleMessage = (el) => {
    if (el.dataset.rule === 'date' && el.value && !realDate(el.value))
      return el.dataset.msgDate || '날짜를 확인해 주세요.';
    return '';
  };

  form.addEventListener('submit', (event) => {
    const seen = new Set();
    let first = null;
    for (const el of form.elements) {
      if (!el.name || el.disabled || el.type === 'submit' || seen.has(el.name)) continue;
      seen.add(el.name);
      clearError(el);
      const message = el.checkValidity() ? ruleMessage(el) : messageFor(el);
      if (message) {
        showError(el, message);
        first = first || el;
      }
    }
    if (first) {
      event.preventDefault();
      first.focus();
    }
  });

  // Editing a field clears its error, as KRDS sample pages do; the next submit checks it again.
  form.addEventListener('input', (event) => {
    if (event.target.name) clearError(event.target);
  });

  for (const input of form.querySelectorAll('input[type=file]')) {
    input.addEventListener('change', () => {
      const chosen = input.closest('.file-upload')?.querySelector('.file-chosen');
      if (chosen) chosen.textContent = input.files.length ? `${input.files[0].name} 선택됨` : '';
    });
  }
})();
