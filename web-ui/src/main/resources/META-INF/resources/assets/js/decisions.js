// The decision log for auditors and rule editors: search recorded evaluations, read one (the case as
// received and what was advised), and replay it under its own and the active knowledge base.

import {h, replaceChildren, readable, humanise, shortVersion, formatDateTime} from './dom.js';
import {api} from './api.js';

const FILTERS = [
  {name: 'caseId', label: 'Case id', type: 'text'},
  {name: 'from', label: 'From (date)', type: 'date'},
  {name: 'to', label: 'To (date, inclusive)', type: 'date'},
  {name: 'knowledgeBaseVersion', label: 'Knowledge-base version', type: 'text'},
  {name: 'code', label: 'Recommendation or alert code', type: 'text'},
  {name: 'caller', label: 'Caller', type: 'text'},
];

function groups(outcome) {
  const risk = outcome?.risk || {};
  const parts = Object.entries(risk).map(([scheme, r]) => `${scheme} ${r.group ? humanise(r.group) : 'pending'}`);
  return parts.length ? parts.join(' · ') : 'schemes do not apply';
}

function outcomeView(outcome, idPrefix) {
  const risk = Object.entries(outcome?.risk || {});
  return h('div', {class: 'decision-outcome', id: `${idPrefix}-outcome`},
    h('p', {}, `Site: ${humanise(outcome.site || 'none')} · marrow ${outcome.marrowGrade || '—'}`),
    risk.length
      ? h('table', {class: 'plain'}, h('thead', {}, h('tr', {}, h('th', {}, 'Scheme'), h('th', {}, 'Timing'), h('th', {}, 'Group'), h('th', {}, 'HSCT'))),
        h('tbody', {}, risk.map(([scheme, r]) => h('tr', {dataset: {scheme}}, h('td', {}, scheme), h('td', {}, humanise(r.timing || '—')),
          h('td', {id: `${idPrefix}-${scheme}-group`}, r.group ? humanise(r.group) : `pending ${r.groupPending || ''}`), h('td', {}, humanise(r.hsct || '—'))))))
      : h('p', {class: 'muted'}, 'The risk schemes do not apply.'),
    h('dl', {class: 'readable'},
      h('dt', {}, 'Recommendations'), h('dd', {id: `${idPrefix}-recommendations`}, readable(outcome.recommendations)),
      h('dt', {}, 'Alerts'), h('dd', {}, readable(outcome.alerts)),
      h('dt', {}, 'Missing data'), h('dd', {}, readable(outcome.missingData)),
      h('dt', {}, 'Fired rules'), h('dd', {}, `${(outcome.firedRules || []).length} rules`)));
}

export class DecisionLog {
  constructor(container, {showMessage}) {
    this.container = container;
    this.showMessage = showMessage;
    this.form = null;
  }

  /** Shows the search, or one decision when the route names it (#/decisions/<id>). */
  async show(id) {
    if (!this.form) this.renderSearch();
    if (id) await this.open(id);
    else if (!this.results.hasChildNodes()) await this.search();
  }

  renderSearch() {
    const inputs = FILTERS.map((f) => h('div', {class: 'field'},
      h('label', {for: `dl-${f.name}`}, f.label),
      h('input', {type: f.type, id: `dl-${f.name}`, name: f.name, autocomplete: 'off'})));
    this.form = h('form', {class: 'decision-search', id: 'decision-search', novalidate: true},
      h('div', {class: 'decision-filters'}, inputs),
      h('div', {class: 'form-actions'}, h('button', {type: 'submit', class: 'button button-primary', id: 'decision-search-button'}, 'Search')));
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.page = 0;
      this.search().catch((err) => this.showMessage(err.message, 'error'));
    });
    this.results = h('div', {id: 'decision-results', 'aria-live': 'polite'});
    this.detail = h('section', {id: 'decision-detail', class: 'decision-detail', 'aria-live': 'polite'});
    replaceChildren(this.container,
      h('p', {class: 'lede'}, 'Every evaluation is recorded: who asked, through which channel, under which knowledge-base version, the case as received and what was advised. Open one to replay it.'),
      this.form, this.results, this.detail);
    this.page = 0;
  }

  async search() {
    const params = new URLSearchParams();
    for (const f of FILTERS) {
      const value = this.form.elements[f.name].value.trim();
      if (value) params.set(f.name, value);
    }
    params.set('page', String(this.page));
    params.set('size', '20');
    const {data} = await api.get(`/api/v1/decisions?${params}`);
    const rows = data.items.map((d) => h('tr', {dataset: {decision: d.decisionId}},
      h('td', {}, formatDateTime(d.recordedAt)),
      h('td', {}, d.caseId || '—'),
      h('td', {}, d.channel),
      h('td', {}, `${d.caller} (${d.callerKind})`),
      h('td', {}, h('code', {title: d.knowledgeBaseVersion}, shortVersion(d.knowledgeBaseVersion))),
      h('td', {}, groups(d.outcome)),
      h('td', {}, h('button', {type: 'button', class: 'button button-quiet', dataset: {open: d.decisionId},
        onclick: () => { location.hash = `#/decisions/${d.decisionId}`; }}, 'Open'))));
    const pages = Math.max(1, Math.ceil(data.total / data.size));
    replaceChildren(this.results,
      h('p', {class: 'small muted', id: 'decision-count'}, `${data.total} decisions · page ${data.page + 1} of ${pages}`),
      data.items.length
        ? h('table', {class: 'plain', id: 'decision-table'},
          h('thead', {}, h('tr', {}, ['Recorded', 'Case', 'Channel', 'Caller', 'Version', 'Groups', ''].map((t) => h('th', {scope: 'col'}, t)))),
          h('tbody', {}, rows))
        : h('p', {class: 'placeholder'}, 'No decision matches the search.'),
      h('div', {class: 'form-actions'},
        data.page > 0 ? h('button', {type: 'button', class: 'button', onclick: () => { this.page -= 1; this.search(); }}, 'Newer') : null,
        data.page + 1 < pages ? h('button', {type: 'button', class: 'button', onclick: () => { this.page += 1; this.search(); }}, 'Older') : null));
  }

  async open(id) {
    const {data} = await api.get(`/api/v1/decisions/${encodeURIComponent(id)}`);
    const d = data.decision;
    const replayButton = h('button', {type: 'button', class: 'button button-primary', id: 'replay-button', disabled: !data.caseStored},
      'Replay under its version and the active one');
    const replayResult = h('div', {id: 'replay-result', 'aria-live': 'polite'});
    replayButton.addEventListener('click', () => this.replay(id, replayResult).catch((e) => {
      replaceChildren(replayResult, h('p', {class: 'notice notice-error', id: 'replay-error'}, e.message));
    }));
    replaceChildren(this.detail,
      h('h2', {}, 'Decision ', h('code', {id: 'decision-id'}, d.decisionId)),
      h('dl', {class: 'readable'},
        h('dt', {}, 'Recorded'), h('dd', {}, formatDateTime(d.recordedAt)),
        h('dt', {}, 'Channel'), h('dd', {id: 'decision-channel'}, d.channel),
        h('dt', {}, 'Caller'), h('dd', {}, `${d.caller} (${d.callerKind})${d.hookInstance ? ` · hook instance ${d.hookInstance}` : ''}`),
        h('dt', {}, 'Knowledge base'), h('dd', {}, h('code', {id: 'decision-version'}, d.knowledgeBaseVersion)),
        h('dt', {}, 'Engine time'), h('dd', {}, `${(d.durationMicros / 1000).toFixed(1)} ms`),
        h('dt', {}, 'Case digest (SHA-256)'), h('dd', {}, h('code', {}, data.caseSha256))),
      h('h3', {}, 'What was advised'), outcomeView(d.outcome, 'recorded'),
      h('h3', {}, 'The case as received'),
      data.caseStored ? h('div', {id: 'decision-facts'}, readable(data.facts))
        : h('p', {class: 'notice', id: 'decision-digest-only'}, 'Only the digest of this case is kept, so it cannot be replayed.'),
      h('div', {class: 'form-actions'}, replayButton), replayResult);
    this.detail.scrollIntoView({block: 'start'});
  }

  async replay(id, target) {
    replaceChildren(target, h('p', {class: 'placeholder'}, 'Replaying…'));
    const {data} = await api.post(`/api/v1/decisions/${encodeURIComponent(id)}/replay`);
    const same = data.original.knowledgeBaseVersion === data.active.knowledgeBaseVersion;
    replaceChildren(target,
      h('p', {class: ['notice', data.reproduced ? 'notice-ok' : 'notice-error'], id: 'replay-reproduced'},
        data.reproduced ? 'Its own version gives exactly the recorded outcome.' : 'Its own version does NOT give the recorded outcome.'),
      h('p', {id: 'replay-summary'}, same
        ? 'The active knowledge base is the version that answered.'
        : data.differences.length
          ? `The active knowledge base ${shortVersion(data.active.knowledgeBaseVersion)} advises differently in ${data.differences.length} field(s).`
          : `The active knowledge base ${shortVersion(data.active.knowledgeBaseVersion)} advises the same.`),
      data.differences.length
        ? h('table', {class: 'plain', id: 'replay-differences'},
          h('thead', {}, h('tr', {}, h('th', {}, 'Field'), h('th', {}, `Version ${shortVersion(data.original.knowledgeBaseVersion)}`), h('th', {}, `Active ${shortVersion(data.active.knowledgeBaseVersion)}`))),
          h('tbody', {}, data.differences.map((x) => h('tr', {dataset: {field: x.field}}, h('td', {}, x.field), h('td', {}, x.original), h('td', {}, x.active)))))
        : null,
      h('div', {class: 'replay-columns'},
        h('section', {}, h('h4', {}, `Under ${shortVersion(data.original.knowledgeBaseVersion)} (its version)`), outcomeView(data.original.outcome, 'replay-original')),
        h('section', {}, h('h4', {}, `Under ${shortVersion(data.active.knowledgeBaseVersion)} (active)`), outcomeView(data.active.outcome, 'replay-active'))));
  }
}
