// Renders the case form from the field descriptions, reads it into a contract request, fills it
// from an example, runs the immediate per-field checks and shows field errors (ours or the server's).

import {h, clear, replaceChildren} from './dom.js';
import {GROUPS, FIELDS, fieldLabel, parseMrd, describeMrd} from './fields.js';
import {parseIsoDate, todayIso} from './dates.js';

const idFor = (path) => 'f-' + path.replace(/\./g, '-');
const errorIdFor = (path) => 'err-' + path.replace(/\./g, '-');
const helpIdFor = (path) => 'help-' + path.replace(/\./g, '-');

function control(field) {
  const id = idFor(field.path);
  const describedBy = [field.help ? helpIdFor(field.path) : null, errorIdFor(field.path)].filter(Boolean).join(' ');
  const common = {id, name: field.path, 'aria-describedby': describedBy, required: field.required || null};
  switch (field.kind) {
    case 'text':
      return h('input', {...common, type: 'text', maxlength: field.maxLength, autocomplete: 'off', spellcheck: 'false'});
    case 'date':
      return h('input', {...common, type: 'date', max: todayIso()});
    case 'number':
      return h('input', {...common, type: 'number', min: field.min, max: field.max, step: field.step, inputmode: 'decimal'});
    case 'select':
    case 'tristate':
      return h('select', common, field.options.map(([value, text]) => h('option', {value}, text)));
    case 'checkbox':
      return h('input', {...common, type: 'checkbox'});
    case 'mrd':
      return h('span', {class: 'mrd-control'},
        h('input', {...common, type: 'text', inputmode: 'decimal', autocomplete: 'off', placeholder: 'e.g. 2e-4'}),
        h('label', {class: 'visually-hidden', for: id + '-unit'}, 'MRD unit'),
        h('select', {id: id + '-unit', name: field.path + '.unit'},
          h('option', {value: 'fraction'}, 'fraction'), h('option', {value: 'percent'}, '%')));
    default:
      throw new Error('unknown field kind ' + field.kind);
  }
}

function renderField(field) {
  const help = field.help ? h('p', {class: 'help', id: helpIdFor(field.path)}, field.help) : null;
  const error = h('p', {class: 'field-error', id: errorIdFor(field.path), hidden: true});
  const live = field.live || field.kind === 'mrd' ? h('p', {class: 'live-hint', id: idFor(field.path) + '-live', 'aria-live': 'polite'}) : null;
  if (field.kind === 'checkbox') {
    return h('div', {class: 'field field-check', dataset: {field: field.path}},
      h('div', {class: 'check-row'}, control(field), h('label', {for: idFor(field.path)}, field.label)), help, error);
  }
  if (field.kind === 'checks') {
    return h('fieldset', {class: 'field field-checks', dataset: {field: field.path}, 'aria-describedby': errorIdFor(field.path)},
      h('legend', {}, field.label),
      h('div', {class: 'check-grid'}, field.options.map(([value, text]) => {
        const id = `${idFor(field.path)}-${value}`;
        return h('div', {class: 'check-row'}, h('input', {type: 'checkbox', id, name: field.path, value}), h('label', {for: id}, text));
      })),
      help, error);
  }
  const required = field.required ? h('span', {class: 'required', 'aria-hidden': 'true'}, ' *') : null;
  return h('div', {class: ['field', field.kind === 'mrd' ? 'field-wide' : null], dataset: {field: field.path}},
    h('label', {for: idFor(field.path)}, field.label, required), control(field), live, help, error);
}

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
      const value = field.path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), request);
      this.setValue(field, value);
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

  mrdFraction() {
    const raw = parseMrd(this.el('response.mrd').value);
    if (raw === null || Number.isNaN(raw)) return raw;
    const unit = this.form.querySelector('#' + idFor('response.mrd') + '-unit').value;
    return unit === 'percent' ? raw / 100 : raw;
  }

  updateLive() {
    const marrow = this.el('relapse.marrowBlastPercent');
    const marrowHint = this.form.querySelector('#' + idFor('relapse.marrowBlastPercent') + '-live');
    const v = marrow.value === '' ? NaN : Number(marrow.value);
    marrowHint.textContent = Number.isNaN(v) || v < 0 || v > 100 ? '' : `Marrow status ${v < 5 ? 'M1' : v < 25 ? 'M2' : 'M3'}`;
    const mrdHint = this.form.querySelector('#' + idFor('response.mrd') + '-live');
    const fraction = this.mrdFraction();
    mrdHint.textContent = fraction === null || Number.isNaN(fraction) || fraction < 0 || fraction > 1 ? '' : describeMrd(fraction);
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
      const fraction = this.mrdFraction();
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
    const value = (path) => this.el(path).value;
    const request = {};
    if (value('caseId').trim()) request.caseId = value('caseId').trim();
    request.patient = {birthDate: value('patient.birthDate')};
    if (value('patient.sex')) request.patient.sex = value('patient.sex');
    request.diagnosis = {date: value('diagnosis.date'), immunophenotype: value('diagnosis.immunophenotype')};
    if (value('diagnosis.cnsStatus')) request.diagnosis.cnsStatus = value('diagnosis.cnsStatus');
    if (!this.el('frontlineTherapy.onTherapy').checked && value('frontlineTherapy.endDate')) {
      request.frontlineTherapy = {endDate: value('frontlineTherapy.endDate')};
    }
    const relapse = {date: value('relapse.date')};
    if (value('relapse.number') !== '') relapse.number = Number(value('relapse.number'));
    relapse.marrowBlastPercent = value('relapse.marrowBlastPercent') === '' ? null : Number(value('relapse.marrowBlastPercent'));
    const checked = (path) => [...this.form.querySelectorAll(`input[name="${path}"]:checked`)].map((b) => b.value);
    const sites = checked('relapse.extramedullarySites');
    if (sites.length) relapse.extramedullarySites = sites;
    for (const key of ['cnsStatus', 'testicularInvolvement', 'immunophenotype', 'cd19', 'cd22']) {
      if (value('relapse.' + key)) relapse[key] = value('relapse.' + key);
    }
    if (this.el('relapse.confirmedByOtherMethod').checked) relapse.confirmedByOtherMethod = true;
    const genetics = checked('relapse.genetics');
    if (genetics.length) relapse.genetics = genetics;
    request.relapse = relapse;
    const response = {};
    if (value('response.secondRemission')) response.secondRemission = value('response.secondRemission') === 'true';
    const mrd = this.mrdFraction();
    if (mrd !== null && !Number.isNaN(mrd)) response.mrd = mrd;
    if (Object.keys(response).length) request.response = response;
    request.history = {
      priorHsct: this.el('history.priorHsct').checked,
      asparaginaseHypersensitivity: this.el('history.asparaginaseHypersensitivity').checked,
      priorCranialIrradiation: this.el('history.priorCranialIrradiation').checked,
    };
    if (value('history.priorRegimens') !== '') request.history.priorRegimens = Number(value('history.priorRegimens'));
    return request;
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
