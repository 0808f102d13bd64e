// Renders an evaluation outcome: the three schemes side by side with divergences, the timeline and the
// BFM grid, recommendations with rationale and sources, alerts by severity, missing data, fired rules.

import {h, readable, humanise, shortVersion, formatDateTime} from './dom.js';
import {timeline} from './timeline.js';
import {bfmGrid} from './bfmgrid.js';
import {fieldLabel} from './fields.js';

export const SCHEMES = [
  {key: 'BFM', label: 'BFM', sub: 'ALL-REZ BFM / IntReALL'},
  {key: 'UK_R3', label: 'UK ALL R3', sub: 'UK trial'},
  {key: 'COG', label: 'COG', sub: "Children's Oncology Group"},
];

const SITE_TEXT = {
  ISOLATED_MARROW: 'isolated bone marrow', COMBINED: 'combined (marrow and extramedullary)',
  ISOLATED_EXTRAMEDULLARY: 'isolated extramedullary', NOT_ESTABLISHED: 'relapse not established',
};
const HSCT_TEXT = {
  INDICATED: 'indicated', NOT_INDICATED: 'not indicated', PENDING_MRD: 'pending MRD',
  NOT_IN_REMISSION: 'not in remission (no CR2)',
};
// Codes of contract revision 2 whose humanised form would read badly.
export const CODE_TEXT = {
  REVUMENIB: 'Revumenib (menin inhibitor)',
  INCONSISTENT_INPUT: 'Inconsistent input',
  CRANIAL_IRRADIATION_AGE: 'No cranial irradiation below 3 years',
  CRS_NEUROTOXICITY_BLINATUMOMAB: 'Blinatumomab: CRS and neurotoxicity (boxed warning)',
  VOD_RISK_INOTUZUMAB: 'Inotuzumab: veno-occlusive disease (boxed warning)',
  CRS_NEUROTOXICITY_CAR_T: 'CAR T cells: CRS and neurotoxicity (boxed warning)',
  DIFFERENTIATION_SYNDROME_REVUMENIB: 'Revumenib: differentiation syndrome (boxed warning)',
};
const SEVERITY_ORDER = {CRITICAL: 0, WARNING: 1, INFO: 2};

const text = (v) => (v === null || v === undefined ? '—' : humanise(v));

function citationList(evidence) {
  if (!Array.isArray(evidence) || evidence.length === 0) return null;
  return h('ul', {class: 'citations'}, evidence.map((e) => typeof e === 'string'
    ? h('li', {}, h('span', {class: 'cite-key'}, e))
    : h('li', {}, h('span', {class: 'cite-key'}, e.key), e.citation ? ` ${e.citation}` : '')));
}

function evidenceKeys(evidence) {
  if (!Array.isArray(evidence)) return '';
  return evidence.map((e) => (typeof e === 'string' ? e : e.key)).join(', ');
}

/** Early/late agreement: VERY_EARLY and EARLY both count as early when comparing with COG. */
function normaliseTiming(t) {
  return t === 'VERY_EARLY' ? 'EARLY' : t;
}

function groupCell(assessment) {
  if (!assessment) return '—';
  if (assessment.group) return text(assessment.group);
  const pending = assessment.groupPending ?? assessment.pending;
  const candidates = Array.isArray(pending) ? pending : Array.isArray(pending?.candidates) ? pending.candidates : null;
  if (candidates?.length) return `pending MRD: ${candidates.map(humanise).join(' or ')}`;
  if (typeof pending === 'string' && pending.trim()) {
    return `pending MRD: ${pending.replace(/\b[A-Z][A-Z0-9_]{2,}\b/g, (t) => t.toLowerCase().replace(/_/g, ' '))}`;
  }
  if (pending) return 'pending MRD';
  return '—';
}

function schemeTable(risk, ids = true) {
  const present = SCHEMES.filter((sc) => risk[sc.key]);
  const rows = [
    {key: 'timing', label: 'Timing', value: (a) => text(a?.timing), compare: (a) => normaliseTiming(a?.timing)},
    {key: 'group', label: 'Risk group', value: groupCell, compare: null},
    {key: 'hsct', label: 'HSCT in CR2', value: (a) => HSCT_TEXT[a?.hsct] || text(a?.hsct), compare: (a) => a?.hsct},
  ];
  // The facts that decided each scheme's answer, when the knowledge base says them (risk.*.reason).
  if (present.some((sc) => risk[sc.key]?.reason)) {
    rows.push({key: 'reason', label: 'Decided by', value: (a) => a?.reason || '—', compare: null});
  }
  return h('table', {class: 'schemes', id: ids ? 'scheme-table' : null},
    h('caption', {class: 'visually-hidden'}, 'Risk assessment by scheme'),
    h('thead', {}, h('tr', {}, h('td', {}), SCHEMES.map((sc) =>
      h('th', {scope: 'col'}, sc.label, h('span', {class: 'scheme-sub'}, sc.sub))))),
    h('tbody', {}, rows.map((row) => {
      const values = row.compare ? present.map((sc) => row.compare(risk[sc.key])).filter(Boolean) : [];
      const diverges = new Set(values).size > 1;
      return h('tr', {class: diverges ? 'diverges' : null, dataset: {row: row.key}},
        h('th', {scope: 'row'}, row.label, diverges ? h('span', {class: 'tag tag-diverge'}, 'schemes differ') : null),
        SCHEMES.map((sc) => h('td', {id: ids ? `risk-${sc.key}-${row.key}` : null, dataset: {scheme: sc.key},
          class: row.key === 'hsct' ? `hsct hsct-${String(risk[sc.key]?.hsct || 'none').toLowerCase()}` : row.key === 'reason' ? 'scheme-reason' : null},
        row.value(risk[sc.key]))));
    })));
}

function recommendations(items) {
  if (!items?.length) return h('p', {class: 'muted'}, 'No recommendations.');
  return h('ul', {class: 'recommendations', id: 'recommendations'}, items.map((r) =>
    h('li', {dataset: {code: r.code}}, h('details', {},
      h('summary', {}, h('span', {class: 'rec-title'}, r.title || CODE_TEXT[r.code] || humanise(r.code)),
        r.schemes?.length ? h('span', {class: 'tags'}, r.schemes.map((sc) => h('span', {class: 'tag'}, SCHEMES.find((x) => x.key === sc)?.label || sc))) : null,
        evidenceKeys(r.evidence) ? h('span', {class: 'rec-keys muted'}, evidenceKeys(r.evidence)) : null),
      h('div', {class: 'rec-body'},
        r.rationale ? h('p', {}, r.rationale) : null,
        citationList(r.evidence),
        h('p', {class: 'small muted'}, 'Code ', h('code', {}, r.code), r.rule ? [' · rule “', r.rule, '”'] : null))))));
}

function alerts(items) {
  if (!items?.length) return h('p', {class: 'muted'}, 'No alerts.');
  const sorted = [...items].sort((a, b) => (SEVERITY_ORDER[a.severity] ?? 3) - (SEVERITY_ORDER[b.severity] ?? 3));
  return h('ul', {class: 'alerts', id: 'alerts'}, sorted.map((a) =>
    h('li', {class: `alert alert-${String(a.severity || 'info').toLowerCase()}`, dataset: {code: a.code}},
      h('span', {class: 'alert-severity'}, humanise(a.severity || 'INFO')),
      h('div', {}, h('p', {class: 'alert-message'}, a.message || CODE_TEXT[a.code] || humanise(a.code)),
        evidenceKeys(a.evidence) ? h('p', {class: 'small muted'}, 'Sources: ', evidenceKeys(a.evidence)) : null))));
}

function missingData(items, onFocusField) {
  if (!items?.length) return h('p', {class: 'muted'}, 'Nothing missing.');
  return h('table', {class: 'plain', id: 'missing-data'},
    h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Missing'), h('th', {scope: 'col'}, 'What it would decide'))),
    h('tbody', {}, items.map((m) => h('tr', {},
      h('td', {}, h('a', {href: '#', onclick: (e) => {
        e.preventDefault();
        onFocusField(m.field);
      }}, fieldLabel(m.field)), h('div', {class: 'small muted'}, h('code', {}, m.field))),
      h('td', {}, m.reason || '—')))));
}

/** What a rule derived: {fact, text} from the API; plain strings from an older server. */
function derivedText(d) {
  return typeof d === 'string' ? d : d?.text || humanise(d?.fact || '');
}

/** The fired rules as a trace in firing order: each rule's sentence, then its file, sources and what it derived. */
function firedRules(items) {
  if (!items?.length) return h('p', {class: 'muted'}, 'No rules fired.');
  return h('ol', {class: 'trace', id: 'fired-rules'}, items.map((r) => {
    const metadata = r.metadata || {};
    const status = metadata.status || r.status;
    const derived = Array.isArray(r.derived) ? r.derived : [];
    return h('li', {class: ['trace-step', status === 'unverified' ? 'unverified' : null]},
      h('p', {class: 'trace-rule'}, r.name || r.rule),
      h('p', {class: 'trace-meta small'}, h('code', {}, r.file || '—'),
        metadata.evidence || evidenceKeys(r.evidence) ? [' · sources ', metadata.evidence || evidenceKeys(r.evidence)] : null,
        status ? [' · ', h('span', {class: `badge badge-${status}`}, status)] : null),
      derived.length ? h('ul', {class: 'trace-derived small'}, derived.map((d) => h('li', {}, derivedText(d)))) : null);
  }));
}

/** Alerts about the input itself (inconsistent or unusual facts), in the knowledge base's words. */
export function inputChecks(outcome) {
  const qualityRules = new Set((outcome.firedRules || []).filter((r) => r.file === 'data-quality.drl').map((r) => r.name));
  return (outcome.alerts || []).filter((a) => a.code === 'INCONSISTENT_INPUT' || qualityRules.has(a.rule));
}

function inputCheckNotice(checks) {
  if (!checks.length) return null;
  return h('div', {class: 'notice notice-check', id: 'input-checks', role: 'note'},
    h('p', {}, h('strong', {}, 'Check the case as entered')),
    h('ul', {}, checks.map((a) => h('li', {}, a.message || humanise(a.code)))));
}

function caseSummary(request) {
  const rel = request.relapse || {};
  const rows = [
    ['Case', request.caseId || '—'],
    ['D0', request.diagnosis?.date], ['Immunophenotype', text(rel.immunophenotype || request.diagnosis?.immunophenotype)],
    ['DEOT', request.frontlineTherapy?.endDate || 'on frontline therapy at relapse'], ['DR', rel.date],
    ['Relapse number', rel.number ?? 1], ['Marrow blasts', `${rel.marrowBlastPercent} %`],
    ['Extramedullary', (rel.extramedullarySites || []).map(humanise).join(', ') || 'none'],
    ['CNS at relapse', rel.cnsStatus || '—'], ['CD19 / CD22', `${text(rel.cd19 || 'UNKNOWN')} / ${text(rel.cd22 || 'UNKNOWN')}`],
    ['Genetics', (rel.genetics || []).map(humanise).join(', ') || 'none'],
    ['CR2', request.response?.secondRemission === undefined ? 'not assessed' : request.response.secondRemission ? 'yes' : 'no'],
    ['MRD', request.response?.mrd ?? '—'],
  ];
  return h('section', {class: 'case-summary'}, h('h3', {}, 'Case as entered'),
    h('dl', {class: 'summary-grid'}, rows.map(([k, v]) => [h('dt', {}, k), h('dd', {}, String(v ?? '—'))])));
}

/**
 * The first printed page: what a clinician takes to a meeting, on one A4 page (the browser test
 * checks it). The full report follows on the next pages.
 */
function printSummary(outcome, request, evaluatedAt) {
  const kb = outcome.knowledgeBase || {};
  const risk = outcome.risk || {};
  const safety = (outcome.alerts || []).filter((a) => a.severity === 'CRITICAL' || a.severity === 'WARNING');
  const list = (items, render, none) => (items.length ? h('ul', {}, items.map((x) => h('li', {}, render(x)))) : h('p', {}, none));
  return h('section', {class: 'print-only print-summary', id: 'print-summary', 'aria-label': 'Printed summary'},
    h('h2', {class: 'print-summary-title'}, 'Summary', request.caseId ? ` · case ${request.caseId}` : ''),
    caseSummary(request),
    SCHEMES.some((sc) => risk[sc.key]) ? h('section', {}, h('h3', {}, 'Risk and HSCT in CR2 by scheme'), schemeTable(risk, false))
      : h('p', {}, 'No first-relapse risk group: the BFM, UK ALL R3 and COG schemes do not apply to this case.'),
    h('section', {}, h('h3', {}, `Recommendations (${outcome.recommendations?.length || 0})`),
      list(outcome.recommendations || [], (r) => [h('strong', {}, r.title || humanise(r.code)),
        r.schemes?.length ? ` (${r.schemes.map((k) => SCHEMES.find((x) => x.key === k)?.label || k).join(', ')})` : ''], 'None.')),
    h('section', {}, h('h3', {}, `Safety alerts (${safety.length})`),
      list(safety, (a) => [h('strong', {}, `${humanise(a.severity)}: `), a.message || humanise(a.code)], 'No critical or warning alert.')),
    h('section', {}, h('h3', {}, `Missing data (${outcome.missingData?.length || 0})`),
      list(outcome.missingData || [], (m) => [h('strong', {}, fieldLabel(m.field)), m.reason ? `: ${m.reason}` : ''], 'Nothing missing.')),
    h('p', {class: 'print-summary-foot'}, `Knowledge base ${kb.version || 'unknown'}${kb.ruleCount !== undefined ? ` (${kb.ruleCount} rules)` : ''}`,
      `, evaluated ${formatDateTime(evaluatedAt)}. Supports the decisions of qualified clinicians; not a treatment order. `,
      'The full report with rationale, sources and the rules that fired follows.'));
}

function section(title, id, ...content) {
  return h('section', {class: 'result-section', 'aria-labelledby': id}, h('h3', {id}, title), content);
}

/** Builds the whole result view for an outcome and the request that produced it. */
export function renderResult(outcome, request, {onFocusField, evaluatedAt}) {
  const risk = outcome.risk || {};
  const relapse = outcome.relapse || {};
  const kb = outcome.knowledgeBase || {};
  const hasRisk = SCHEMES.some((sc) => risk[sc.key]);
  const phenotype = request.relapse?.immunophenotype || request.diagnosis?.immunophenotype;
  const bfm = risk.BFM;
  const position = bfm && bfm.timing && relapse.site ? {phenotype, site: relapse.site, timing: bfm.timing, group: bfm.group} : null;

  const facts = h('dl', {class: 'facts'},
    h('div', {}, h('dt', {}, 'Site'), h('dd', {id: 'relapse-site'}, SITE_TEXT[relapse.site] || text(relapse.site))),
    relapse.marrowGrade ? h('div', {}, h('dt', {}, 'Marrow'), h('dd', {}, relapse.marrowGrade)) : null,
    h('div', {}, h('dt', {}, 'From diagnosis'), h('dd', {}, relapse.monthsFromDiagnosis ?? '—', ' months')),
    h('div', {}, h('dt', {}, 'From end of therapy'), h('dd', {}, relapse.monthsFromEndOfTherapy === null || relapse.monthsFromEndOfTherapy === undefined
      ? 'on therapy' : `${relapse.monthsFromEndOfTherapy} months`)));

  const why = [...(outcome.missingData || []).map((m) => m.reason), ...(outcome.alerts || []).map((a) => a.message)].filter(Boolean);
  const schemes = hasRisk ? schemeTable(risk) : h('div', {class: 'notice', id: 'no-risk'},
    h('p', {}, h('strong', {}, 'No first-relapse risk group.'), ' The BFM, UK ALL R3 and COG schemes do not apply to this case.'),
    why.length ? h('p', {class: 'small'}, why[0]) : null);

  const tl = timeline({diagnosis: request.diagnosis?.date, endOfTherapy: request.frontlineTherapy?.endDate, relapse: request.relapse?.date}, relapse.site);

  return h('div', {class: 'result-content', dataset: {kbVersion: kb.version || ''}},
    printSummary(outcome, request, evaluatedAt),
    h('div', {class: 'result-head'},
      h('div', {},
        h('p', {class: 'result-case'}, request.caseId ? h('span', {}, 'Case ', h('strong', {}, request.caseId)) : 'Unnamed case',
          h('span', {class: 'muted'}, ` · evaluated ${formatDateTime(evaluatedAt)}`)),
        h('p', {class: 'kb-line small muted', id: 'result-kb'}, 'Knowledge base ', h('code', {title: kb.version || ''}, shortVersion(kb.version)),
          kb.ruleCount !== undefined ? ` · ${kb.ruleCount} rules` : '')),
      h('button', {type: 'button', class: 'button button-quiet screen-only', onclick: () => window.print()}, 'Print / save as PDF')),
    facts,
    inputCheckNotice(inputChecks(outcome)),
    schemes,
    hasRisk ? h('p', {class: 'legend small muted screen-only'}, h('span', {class: 'tag tag-diverge'}, 'schemes differ'),
      ' marks rows where the schemes disagree (timing compared as early/late).') : null,
    h('div', {class: 'pictures'},
      section('Timeline', 'timeline-heading', tl || h('p', {class: 'muted'}, 'Dates incomplete.')),
      section('BFM strategic group', 'grid-heading', bfmGrid(position))),
    section(`Recommendations (${outcome.recommendations?.length || 0})`, 'rec-heading', recommendations(outcome.recommendations)),
    section(`Alerts (${outcome.alerts?.length || 0})`, 'alert-heading', alerts(outcome.alerts)),
    section(`Missing data (${outcome.missingData?.length || 0})`, 'missing-heading', missingData(outcome.missingData, onFocusField)),
    h('details', {class: 'result-section fired-section'},
      h('summary', {}, h('h3', {class: 'inline-heading'}, `Fired rules (${outcome.firedRules?.length || 0})`),
        h('span', {class: 'small muted screen-only'}, ' · in firing order, with what each derived')),
      firedRules(outcome.firedRules)),
    h('p', {class: 'disclaimer small'}, 'Supports the decisions of qualified clinicians; not a treatment order. Knowledge base ',
      kb.version || 'unknown', `, evaluated ${formatDateTime(evaluatedAt)}.`));
}
