// The review of a draft before it is published: its diff per file, its impact on the reference
// cases as a clinical diff, and the gate's refusal point by point. Plain functions of API data.

import {h, replaceChildren} from './dom.js';

/** A list member of an API response: the list, or none when the member is absent. */
export const listOf = (value) => (Array.isArray(value) ? value : []);

/** Turns a unified diff into a listing with added/removed lines marked (never a raw dump). */
export function diffView(diffText) {
  const lines = String(diffText).split('\n');
  return h('pre', {class: 'diff'}, lines.map((line) => {
    const kind = line.startsWith('+++') || line.startsWith('---') ? 'file'
      : line.startsWith('@@') ? 'hunk' : line.startsWith('+') ? 'add' : line.startsWith('-') ? 'del'
        : line.startsWith('diff ') || line.startsWith('index ') ? 'file' : 'ctx';
    return h('span', {class: `diff-line diff-${kind}`}, line + '\n');
  }));
}

/** Publishing refused: list each failing point of the gate. */
export function refusalView(err) {
  const problem = err.problem || {};
  // The gate's failing points ({step, file, line, column, message}) or the request's bad fields ({field, message}).
  const points = [...listOf(problem.failures), ...listOf(problem.errors)];
  return h('div', {class: 'notice notice-error', id: 'publish-refused'},
    h('p', {}, h('strong', {}, 'Not published. '), err.message),
    points.length ? h('ul', {}, points.map((p) => h('li', {}, typeof p === 'string' ? p
      : [p.step ? h('span', {class: 'badge badge-error'}, p.step) : null, ' ', p.file ? h('code', {}, `${p.file}${p.line ? ':' + p.line : ''}`) : null,
        p.file ? ' ' : '', p.field ? [h('code', {}, p.field), ': '] : null, p.message]))) : null,
    h('p', {class: 'small'}, 'The active rules are unchanged.'));
}

const IMPACT_SCHEMES = [['BFM', 'BFM'], ['UK_R3', 'UK ALL R3'], ['COG', 'COG']];
const IMPACT_OUTPUTS = [['timing', 'Time to relapse'], ['riskGroup', 'Risk group'], ['hsct', 'HSCT in CR2'],
  ['recommendations', 'Recommendations'], ['alerts', 'Alerts'], ['site', 'Relapse site'], ['marrow', 'Marrow']];
const outputOf = (field) => String(field).split('.')[0];
const schemeOf = (field) => String(field).split('.')[1] || null;

/** One changed output of a case as diff lines: "- what the active rules say", "+ what the draft says". */
function diffLines(d) {
  const removed = d.removed;
  const added = d.added;
  return [h('td', {class: 'impact-before'}, removed.length ? h('ul', {class: 'impact-lines'}, removed.map((t) => h('li', {class: 'line-del'}, h('span', {'aria-hidden': 'true'}, '- '), h('span', {class: 'visually-hidden'}, 'no longer: '), t))) : h('span', {class: 'muted'}, '—')),
    h('td', {class: 'impact-after'}, added.length ? h('ul', {class: 'impact-lines'}, added.map((t) => h('li', {class: 'line-add'}, h('span', {'aria-hidden': 'true'}, '+ '), h('span', {class: 'visually-hidden'}, 'now: '), t))) : h('span', {class: 'muted'}, '—'))];
}

/** The impact analysis as a clinical diff: counts per output, filters, and per case what changes. */
export function impactView(data) {
  if (!data || typeof data !== 'object') return h('p', {class: 'placeholder'}, 'No impact information.');
  // GET /api/v1/rules/draft/impact: {cases, changedCases, changesByField, changesByKind, examples, millis}
  const cases = listOf(data.examples);
  const total = data.cases;
  const changed = data.changedCases;
  const head = h('p', {id: 'impact-summary'},
    total !== undefined ? `${total} reference cases evaluated on the active and the draft rules: ` : '',
    h('strong', {id: 'impact-changed'}, changed === 1 ? '1 case changes' : `${changed} cases change`), '.',
    data.millis !== undefined ? h('span', {class: 'muted small'}, ` (${data.millis} ms)`) : null);
  if (!changed && !cases.length) {
    return h('div', {}, head, h('p', {class: 'placeholder'}, 'The draft changes no outcome of the reference cases.'));
  }
  // Counts per output (all changed cases, not only those listed).
  const perOutput = {};
  Object.entries(data.changesByField || {}).forEach(([field, n]) => {
    const label = IMPACT_OUTPUTS.find(([k]) => k === outputOf(field))?.[1] || field;
    const scheme = IMPACT_SCHEMES.find(([k]) => k === schemeOf(field))?.[1];
    perOutput[scheme ? `${label}, ${scheme}` : label] = n;
  });
  const counts = Object.keys(perOutput).length ? h('ul', {class: 'impact-counts', id: 'impact-counts', 'aria-label': 'Changed cases per output'},
    Object.entries(perOutput).map(([k, n]) => h('li', {class: 'tag'}, `${k}: ${n}`))) : null;

  const schemeFilter = h('select', {id: 'impact-scheme'}, h('option', {value: ''}, 'All schemes'), IMPACT_SCHEMES.map(([k, l]) => h('option', {value: k}, l)));
  const outputFilter = h('select', {id: 'impact-output'}, h('option', {value: ''}, 'All outputs'), IMPACT_OUTPUTS.map(([k, l]) => h('option', {value: k}, l)));
  const sort = h('select', {id: 'impact-sort'}, h('option', {value: 'changes'}, 'Most changes first'), h('option', {value: 'label'}, 'Case, A to Z'));
  const tbody = h('tbody', {});
  const shown = h('p', {class: 'small muted', id: 'impact-shown', 'aria-live': 'polite'});
  const render = () => {
    // A scheme filter keeps that scheme's fields and the lists that name schemes (recommendations, alerts).
    const keep = (d) => (!schemeFilter.value || schemeOf(d.field) === schemeFilter.value || ['recommendations', 'alerts'].includes(outputOf(d.field)))
      && (!outputFilter.value || outputOf(d.field) === outputFilter.value);
    const rows = cases.slice(0, 200).map((c) => ({c, diffs: listOf(c.changes).filter(keep)}))
      .filter((r) => r.diffs.length);
    rows.sort(sort.value === 'label' ? (a, b) => String(a.c.label || a.c.caseId).localeCompare(String(b.c.label || b.c.caseId))
      : (a, b) => b.diffs.length - a.diffs.length);
    replaceChildren(tbody, rows.map(({c, diffs}) => diffs.map((d, i) => h('tr', {class: i === 0 ? 'case-start' : null},
      i === 0 ? h('th', {scope: 'rowgroup', rowspan: diffs.length, class: 'impact-case'}, c.label || c.caseId || 'case',
        c.label && c.caseId ? h('span', {class: 'impact-id small muted'}, c.caseId) : null) : null,
      ...diffLines(d)))));
    shown.textContent = `Showing ${rows.length} of ${Math.min(cases.length, 200)} listed cases${changed > cases.length ? ` (${changed} change in all)` : ''}.`;
  };
  [schemeFilter, outputFilter, sort].forEach((el) => el.addEventListener('change', render));
  render();
  const filter = (label, el) => h('div', {class: 'field'}, h('label', {for: el.id}, label), el);
  return h('div', {class: 'impact-view'}, head, counts,
    h('div', {class: 'impact-filters'}, filter('Scheme', schemeFilter), filter('Output', outputFilter), filter('Order', sort)),
    h('div', {class: 'impact-scroll'}, h('table', {class: 'plain impact', id: 'impact-table'},
      h('caption', {class: 'visually-hidden'}, 'Changed reference cases: what the active rules say and what the draft says'),
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Case'), h('th', {scope: 'col'}, 'Active rules'), h('th', {scope: 'col'}, 'Draft'))),
      tbody)), shown);
}
