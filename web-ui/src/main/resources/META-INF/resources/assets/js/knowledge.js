// The knowledge browser: every active rule with its metadata and citations, unverified rules marked,
// with a search over names, files, evidence keys and citations.

import {h, replaceChildren, shortVersion} from './dom.js';
import {api} from './api.js';

/** Evidence of a rule as [{key, citation}], from whichever shape the API gives. */
export function ruleEvidence(rule, sources) {
  if (Array.isArray(rule.evidence)) {
    return rule.evidence.map((e) => (typeof e === 'string' ? {key: e, citation: sources[e]} : e));
  }
  const raw = rule.metadata?.evidence ?? rule.evidence;
  if (!raw) return [];
  return String(raw).replace(/^"|"$/g, '').split(',').map((k) => k.trim()).filter(Boolean)
    .map((key) => ({key, citation: sources[key]}));
}

function sourcesMap(kb) {
  const map = {};
  const sources = kb.sources || kb.evidenceSources;
  if (Array.isArray(sources)) sources.forEach((s) => { map[s.key] = s.citation || s.reference; });
  else if (sources && typeof sources === 'object') Object.assign(map, sources);
  return map;
}

const statusOf = (rule) => String(rule.metadata?.status ?? rule.status ?? '').replace(/"/g, '');

export class KnowledgeBrowser {
  constructor(container) {
    this.container = container;
    this.kb = null;
  }

  async show() {
    const {data} = await api.get('/api/v1/knowledge-base');
    this.kb = data || {};
    this.feedback = await this.cardFeedback();
    this.render();
  }

  /** How clinicians answered each rule's CDS Hooks cards, by rule name; empty when not readable. */
  async cardFeedback() {
    try {
      const {data} = await api.get('/api/v1/cds-hooks/feedback');
      return new Map((data?.rules || []).map((r) => [r.rule, r]));
    } catch (e) {
      return new Map(); // e.g. a role without access: the browser works without the figures
    }
  }

  render() {
    const kb = this.kb;
    const sources = sourcesMap(kb);
    const rules = (kb.rules || []).map((r) => ({...r, evidenceList: ruleEvidence(r, sources), statusText: statusOf(r)}));
    const unverified = rules.filter((r) => r.statusText === 'unverified').length;
    const search = h('input', {type: 'search', id: 'kb-search', placeholder: 'rule name, file, source key or citation', autocomplete: 'off'});
    const onlyUnverified = h('input', {type: 'checkbox', id: 'kb-unverified'});
    const count = h('p', {class: 'small muted', id: 'kb-count', 'aria-live': 'polite'});
    const list = h('div', {class: 'kb-list', id: 'kb-list'});

    const files = [...new Set(rules.map((r) => r.file || 'unknown file'))];
    const update = () => {
      const terms = search.value.toLowerCase().split(/\s+/).filter(Boolean);
      const shown = rules.filter((r) => {
        if (onlyUnverified.checked && r.statusText !== 'unverified') return false;
        const hay = [r.name, r.file, r.statusText, ...r.evidenceList.flatMap((e) => [e.key, e.citation]),
          ...Object.values(r.metadata || {})].join(' ').toLowerCase();
        return terms.every((t) => hay.includes(t));
      });
      count.textContent = `${shown.length} of ${rules.length} rules shown`;
      replaceChildren(list, files.map((file) => {
        const inFile = shown.filter((r) => (r.file || 'unknown file') === file);
        if (!inFile.length) return null;
        return h('section', {class: 'kb-file'}, h('h2', {}, h('code', {}, file), h('span', {class: 'muted small'}, ` ${inFile.length} rules`)),
          h('ul', {class: 'kb-rules'}, inFile.map((r) => this.ruleItem(r))));
      }));
      if (!shown.length) list.append(h('p', {class: 'placeholder'}, 'No rule matches the search.'));
    };
    search.addEventListener('input', update);
    onlyUnverified.addEventListener('change', update);

    replaceChildren(this.container,
      h('div', {class: 'kb-head'},
        h('p', {}, 'Active version ', h('code', {title: kb.version || ''}, shortVersion(kb.version)), ` · ${kb.ruleCount ?? rules.length} rules in ${files.length} files`,
          unverified ? [' · ', h('span', {class: 'badge badge-unverified'}, `${unverified} unverified`)] : null),
        h('div', {class: 'kb-filters'},
          h('div', {class: 'field'}, h('label', {for: 'kb-search'}, 'Search the rules'), search),
          h('div', {class: 'check-row'}, onlyUnverified, h('label', {for: 'kb-unverified'}, 'Only unverified rules')))),
      count, list);
    update();
  }

  ruleItem(rule) {
    const unverified = rule.statusText === 'unverified';
    const otherMeta = Object.entries(rule.metadata || {}).filter(([k]) => !['evidence', 'status'].includes(k));
    return h('li', {class: ['kb-rule', unverified ? 'unverified' : null], dataset: {status: rule.statusText}},
      h('div', {class: 'kb-rule-head'}, h('span', {class: 'kb-rule-name'}, rule.name),
        rule.statusText ? h('span', {class: `badge badge-${rule.statusText}`}, unverified ? 'unverified' : rule.statusText) : null),
      rule.evidenceList.length
        ? h('ul', {class: 'citations'}, rule.evidenceList.map((e) => h('li', {}, h('span', {class: 'cite-key'}, e.key), e.citation ? ` ${e.citation}` : h('span', {class: 'muted'}, ' (no citation in the sources registry)'))))
        : h('p', {class: 'small muted'}, 'No evidence recorded.'),
      otherMeta.length ? h('p', {class: 'small muted'}, otherMeta.map(([k, v]) => `${k}: ${String(v).replace(/"/g, '')}`).join(' · ')) : null,
      this.feedbackLine(rule.name));
  }

  feedbackLine(name) {
    const f = this.feedback?.get(name);
    if (!f || !f.shown) return null;
    const last = f.recentOverrides?.[0];
    return h('p', {class: 'small kb-feedback', dataset: {overridden: f.overridden, shown: f.shown}},
      `CDS Hooks cards: overridden ${f.overridden} of ${f.shown}`, f.accepted ? `, accepted ${f.accepted}` : '',
      last?.reason || last?.comment ? h('span', {class: 'muted'}, ` · last override: ${[last.reason, last.comment].filter(Boolean).join(': ')}`) : null);
  }
}
