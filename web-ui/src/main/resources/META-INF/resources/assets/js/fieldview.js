// One form field rendered from its description in fields.js: label, control, help, live hint and the
// place for its error, with ids derived from the field's contract path.

import {h} from './dom.js';
import {todayIso} from './dates.js';

export const idFor = (path) => 'f-' + path.replace(/\./g, '-');
export const errorIdFor = (path) => 'err-' + path.replace(/\./g, '-');
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

export function renderField(field) {
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
