// Small DOM builders: the page is rendered with DOM APIs only (the CSP forbids inline styles and scripts).

const SVG_NS = 'http://www.w3.org/2000/svg';

function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

function applyAttributes(el, attrs) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (name === 'class') {
      el.setAttribute('class', Array.isArray(value) ? value.filter(Boolean).join(' ') : value);
    } else if (value === true) {
      el.setAttribute(name, '');
    } else {
      el.setAttribute(name, String(value));
    }
  }
  return el;
}

/** Builds an HTML element: h('p', {class: 'x'}, 'text', child). */
export function h(tag, attrs, ...children) {
  return append(applyAttributes(document.createElement(tag), attrs), children);
}

/** Builds an SVG element with attributes (never style strings). */
export function s(tag, attrs, ...children) {
  return append(applyAttributes(document.createElementNS(SVG_NS, tag), attrs), children);
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export function replaceChildren(el, ...children) {
  clear(el);
  return append(el, children);
}

/** Turns any JSON value into readable nested lists (never raw JSON on screen). */
export function readable(value) {
  if (value === null || value === undefined || value === '') return h('span', {class: 'muted'}, '—');
  if (Array.isArray(value)) {
    if (value.length === 0) return h('span', {class: 'muted'}, 'none');
    if (value.every((v) => typeof v !== 'object' || v === null)) return h('span', {}, value.map(humanise).join(', '));
    return h('ul', {class: 'readable-list'}, value.map((v) => h('li', {}, readable(v))));
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return h('span', {class: 'muted'}, 'none');
    return h('dl', {class: 'readable'}, entries.map(([k, v]) => [h('dt', {}, labelFor(k)), h('dd', {}, readable(v))]));
  }
  if (typeof value === 'boolean') return h('span', {}, value ? 'yes' : 'no');
  return h('span', {}, humanise(value));
}

/** "VERY_EARLY" -> "very early"; leaves mixed-case text alone. */
export function humanise(value) {
  if (typeof value !== 'string') return String(value);
  if (/^[A-Z0-9_]+$/.test(value) && value.length > 2 && !/^(S[1-4]|M[1-3]|CNS[1-3])$/.test(value)) {
    return value.toLowerCase().replace(/_/g, ' ');
  }
  return value;
}

/** "monthsFromDiagnosis" -> "Months from diagnosis". */
export function labelFor(key) {
  const spaced = String(key).replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_.]/g, ' ').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export function formatDateTime(value) {
  const d = value ? new Date(value) : new Date();
  if (Number.isNaN(d.getTime())) return String(value);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function shortVersion(version) {
  if (!version) return 'unknown';
  const v = String(version);
  return v.length > 12 ? v.slice(0, 12) : v;
}
