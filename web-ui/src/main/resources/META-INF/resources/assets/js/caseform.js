// Renders the case form from the field descriptions, reads it into a contract request, fills it
// from an example, runs the immediate per-field checks and shows field errors (ours or the server's).

import {h, clear, replaceChildren} from './dom.js';
import {GROUPS, FIELDS, fieldLabel, parseMrd, describeMrd} from './fields.js';
import {parseIsoDate, todayIso} from './dates.js';
import {idFor, errorIdFor, renderField} from './fieldview.js';

/** The value at a contract path such as "relapse.cd19", or undefined. */
const valueAt = (object, path) => path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), object);

/** Sets the value at a contract path, creating the objects on the way: an object is sent once it has a member. */
function setValueAt(object, path, value) {
  const keys = path.split('.');
  const last = keys.pop();
  const parent = keys.reduce((o, k) => (o[k] ??= {}), object);
  parent[last] = value;
}

// The order of the request's members: form order, except these two, which the hand-written request
// of before sent later. Kept so that the same inputs give the same bytes: the decision log keeps the
// SHA-256 of each case as received.
const SENT_AFTER = {'relapse.confirmedByOtherMethod': 'relapse.cd22', 'history.priorRegimens': 'history.priorCranialIrradiation'};
const SENT_ORDER = FIELDS.filter((f) => !SENT_AFTER[f.path])
  .flatMap((f) => [f, ...FIELDS.filter((g) => SENT_AFTER[g.path] === f.path)]);

/** The case form: owns its inputs; the workbench asks it for requests and hands it errors. */
export class CaseForm {
  constructor(form, container, summary) {
    this.form = form;
    this.summary = summary;
    replaceChildren(container, GROUPS.map((group) =>
      h('fieldset', {class: 'group'}, h('legend', {}, group.legend), h('div', {class: 'group-fields'}, group.fields.map(renderField)))));
    this.form.addEventListener('change', (e) => this.onEdit(e, true));
    this.form.addEventListener('input', (e) => this.onEdit(e, false));
    this.form.addEventListener('focusout', (e) => this.onEdit(e, true));
    this.reset();
  }

  el(path) {
    return this.form.querySelector('#' + idFor(path));
  }

  reset() {
    for (const field of FIELDS) this.setValue(field, undefined);
    this.syncOnTherapy();
    this.updateLive();
    this.clearErrors();
  }

  setValue(field, value) {
    const el = this.el(field.path);
    switch (field.kind) {
      case 'checks':
        this.form.querySelectorAll(`input[name="${field.path}"]`).forEach((box) => {
          box.checked = Array.isArray(value) && value.includes(box.value);
        });
        break;
      case 'checkbox':
        el.checked = value === true;
        break;
      case 'tristate':
        el.value = value === true ? 'true' : value === false ? 'false' : '';
        break;
      case 'mrd':
        el.value = value === undefined || value === null ? '' : String(value);
        this.form.querySelector('#' + idFor(field.path) + '-unit').value = 'fraction';
        break;
      default:
        el.value = value === undefined || value === null ? (field.defaultValue ?? '') : String(value);
    }
  }

  /** Fills the form from a contract request (an example case). */
  load(request) {
    this.reset();
    for (const field of FIELDS) {
      if (field.local) continue;
      this.setValue(field, valueAt(request, field.path));
    }
    this.el('frontlineTherapy.onTherapy').checked = !request.frontlineTherapy?.endDate;
    this.syncOnTherapy();
    this.updateLive();
  }

  syncOnTherapy() {
    const onTherapy = this.el('frontlineTherapy.onTherapy').checked;
    const end = this.el('frontlineTherapy.endDate');
    end.disabled = onTherapy;
    if (onTherapy) end.value = '';
  }

  /** The MRD field's value as a fraction (converted from percent if that unit is chosen), null or NaN. */
  mrdFraction(field) {
    const raw = parseMrd(this.el(field.path).value);
    if (raw === null || Number.isNaN(raw)) return raw;
    const unit = this.form.querySelector('#' + idFor(field.path) + '-unit').value;
    return unit === 'percent' ? raw / 100 : raw;
  }

  /** The hints under the fields that have one (marrow grade, MRD in words). */
  updateLive() {
    for (const field of FIELDS) {
      const hint = this.form.querySelector('#' + idFor(field.path) + '-live');
      if (!hint) continue;
      if (field.kind === 'mrd') {
        const fraction = this.mrdFraction(field);
        hint.textContent = fraction === null || Number.isNaN(fraction) || fraction < 0 || fraction > 1 ? '' : describeMrd(fraction);
      } else if (field.live === 'marrowGrade') {
        const value = this.el(field.path).value;
        const v = value === '' ? NaN : Number(value);
        hint.textContent = Number.isNaN(v) || v < 0 || v > 100 ? '' : `Marrow status ${v < 5 ? 'M1' : v < 25 ? 'M2' : 'M3'}`;
      }
    }
  }

  onEdit(event, settled) {
    const name = event.target?.name;
    if (!name) return;
    const path = name.replace(/\.unit$/, '');
    if (path === 'frontlineTherapy.onTherapy') this.syncOnTherapy();
    this.updateLive();
    // Immediate checks: while typing only clear an error that has been fixed; on leaving the field, check it.
    const field = FIELDS.find((f) => f.path === path);
    if (!field) return;
    const message = this.check(field);
    if (!message) this.setError(path, null);
    else if (settled) this.setError(path, message);
  }

  /** The per-field check; cross-field consistency (date order) is the server's to judge. */
  check(field) {
    const el = this.el(field.path);
    if (field.kind === 'date') {
      if (el.disabled) return null;
      if (el.validity?.badInput) return 'Enter a complete date.';
      if (!el.value) return field.required ? `${field.label} is required.` : null;
      if (!parseIsoDate(el.value)) return 'Enter a valid date (yyyy-mm-dd).';
      if (el.value > todayIso()) return 'The date cannot be in the future.';
      return null;
    }
    if (field.kind === 'number') {
      if (el.validity?.badInput) return 'Enter a number.';
      if (el.value === '') return field.required ? `${field.label} is required.` : null;
      const n = Number(el.value);
      if (Number.isNaN(n)) return 'Enter a number.';
      if (field.integer && !Number.isInteger(n)) return 'Enter a whole number.';
      if (n < field.min || n > field.max) return `Enter a value from ${field.min} to ${field.max}.`;
      return null;
    }
    if (field.kind === 'mrd') {
      const fraction = this.mrdFraction(field);
      if (fraction === null) return null;
      if (Number.isNaN(fraction)) return 'Enter MRD as a number, e.g. 2e-4, 0.0002 or 10^-4.';
      if (fraction < 0 || fraction > 1) return 'MRD must lie between 0 and 1 (0 to 100 %).';
      return null;
    }
    if (field.kind === 'text' && field.maxLength && el.value.length > field.maxLength) {
      return `At most ${field.maxLength} characters.`;
    }
    if (field.kind === 'select' && field.required && !el.value) return `${field.label} is required.`;
    return null;
  }

  /** Runs every check; returns [{field, message}] and shows them. */
  validate() {
    const errors = FIELDS.map((f) => ({field: f.path, message: this.check(f)})).filter((e) => e.message);
    this.showErrors(errors);
    return errors;
  }

  /** The contract request built from the form (only what was entered, plus the defaults shown). */
  toRequest() {
    const request = {};
    // Local-only: "on therapy" is no contract field; ticked, it means there is no end date to send.
    const onTherapy = this.el('frontlineTherapy.onTherapy').checked;
    for (const field of SENT_ORDER) {
      if (field.local || (onTherapy && field.path === 'frontlineTherapy.endDate')) continue;
      const value = this.wireValue(field);
      if (value !== undefined) setValueAt(request, field.path, value);
    }
    return request;
  }

  /**
   * One field as the contract takes it, or undefined when not given (then it is not sent). A required
   * field is sent even when empty ('' or, for a number, null), so the server names it among the missing.
   */
  wireValue(field) {
    const el = this.el(field.path);
    switch (field.kind) {
      case 'checks': {
        const ticked = [...this.form.querySelectorAll(`input[name="${field.path}"]:checked`)].map((b) => b.value);
        return ticked.length ? ticked : undefined;
      }
      case 'checkbox':
        return el.checked ? true : field.sendFalse ? false : undefined;
      case 'tristate':
        return el.value === '' ? undefined : el.value === 'true';
      case 'mrd': {
        // sent as a fraction whatever unit was typed; text that is no number is not sent (check() reports it)
        const fraction = this.mrdFraction(field);
        return fraction === null || Number.isNaN(fraction) ? undefined : fraction;
      }
      case 'number':
        return el.value === '' ? (field.required ? null : undefined) : Number(el.value);
      default: {
        const value = field.kind === 'text' ? el.value.trim() : el.value;
        return value === '' && !field.required ? undefined : value;
      }
    }
  }

  clearErrors() {
    this.form.querySelectorAll('.field-error').forEach((p) => {
      p.hidden = true;
      p.textContent = '';
    });
    this.form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
    this.form.querySelectorAll('.field.has-error').forEach((el) => el.classList.remove('has-error'));
    this.summary.hidden = true;
    clear(this.summary);
  }

  /** Finds the form field a server path belongs to: exact, without index, or its nearest parent. */
  fieldFor(path) {
    let p = String(path || '').replace(/\[\d+\]/g, '').replace(/^\$\./, '');
    while (p) {
      if (FIELDS.some((f) => f.path === p)) return p;
      if (p === 'frontlineTherapy') return 'frontlineTherapy.endDate';
      p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '';
    }
    return null;
  }

  setError(path, message, append = false) {
    const error = this.form.querySelector('#' + errorIdFor(path));
    const wrapper = this.form.querySelector(`[data-field="${path}"]`);
    const input = this.el(path) || wrapper?.querySelector('input');
    if (!error) return;
    if (message) {
      error.textContent = append && !error.hidden && error.textContent ? `${error.textContent} ${message}` : message;
      error.hidden = false;
      wrapper?.classList.add('has-error');
      input?.setAttribute('aria-invalid', 'true');
    } else {
      error.hidden = true;
      error.textContent = '';
      wrapper?.classList.remove('has-error');
      input?.removeAttribute('aria-invalid');
    }
  }

  /** Shows errors at their fields and in a summary that links to them; `intro` heads the summary. */
  showErrors(errors, intro) {
    this.clearErrors();
    if (!errors.length) return;
    const items = errors.map((e) => {
      const path = this.fieldFor(e.field);
      if (path) this.setError(path, e.message, true);
      const label = path ? fieldLabel(path) : (e.field ? fieldLabel(e.field) : 'Case');
      const link = path ? h('a', {href: '#' + idFor(path), onclick: (ev) => {
        ev.preventDefault();
        const target = this.el(path) || this.form.querySelector(`[data-field="${path}"] input`);
        target?.focus();
      }}, label) : h('strong', {}, label);
      return h('li', {}, link, ': ', e.message);
    });
    replaceChildren(this.summary,
      h('p', {class: 'error-summary-title'}, intro || (errors.length === 1 ? 'Please correct 1 field.' : `Please correct ${errors.length} fields.`)),
      h('ul', {}, items));
    this.summary.hidden = false;
  }

  focusField(path) {
    const target = this.el(this.fieldFor(path) || '') || this.form.querySelector(`[data-field="${path}"] input`);
    if (target) {
      target.scrollIntoView({block: 'center'});
      target.focus();
    }
  }
}
