// The case workbench: example gallery, case form, evaluation without page reload, result view.

import {h, replaceChildren, shortVersion, formatDateTime} from './dom.js';
import {api, ApiError} from './api.js';
import {CaseForm} from './caseform.js';
import {EXAMPLES} from './examples.js';
import {renderResult, inputChecks} from './result.js';

// Where in the form a check about the input belongs, by what the knowledge base's message speaks of.
const CHECK_FIELDS = [
  [/\bMRD\b|remission/i, 'response.secondRemission'],
  [/TESTIS|testicular/i, 'relapse.extramedullarySites'],
  [/regimen/i, 'history.priorRegimens'],
];

export class Workbench {
  constructor({showMessage}) {
    this.showMessage = showMessage;
    this.form = new CaseForm(document.getElementById('case-form'), document.getElementById('case-fields'),
      document.getElementById('error-summary'));
    this.resultBody = document.getElementById('result-body');
    this.evaluateButton = document.getElementById('evaluate-button');
    this.inFlight = null;
    document.getElementById('case-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.evaluate();
    });
    document.getElementById('clear-button').addEventListener('click', () => {
      this.form.reset();
      this.form.el('patient.birthDate').focus();
    });
    // A result must never look current for a case that has changed since.
    const markStale = (e) => {
      if (e.target?.name && this.resultBody.querySelector('.result-content') && !this.resultBody.querySelector('#stale-note')) {
        this.resultBody.prepend(h('p', {class: 'notice notice-stale', id: 'stale-note', role: 'status'},
          'The case has changed since this result. Choose ', h('strong', {}, 'Evaluate'), ' to update it.'));
      }
    };
    document.getElementById('case-form').addEventListener('input', markStale);
    document.getElementById('case-form').addEventListener('change', markStale);
    this.renderGallery();
  }

  renderGallery() {
    replaceChildren(document.getElementById('gallery-list'), EXAMPLES.map((example) =>
      h('li', {}, h('button', {type: 'button', class: 'example', dataset: {example: example.id}, onclick: () => this.loadExample(example)},
        h('span', {class: 'example-title'}, example.title),
        h('span', {class: 'example-summary'}, example.summary),
        h('span', {class: 'example-tags'}, example.tags.join(' · '))))));
  }

  /**
   * A CDS Hooks card's link opens the workbench as `#workbench/case=<base64url JSON>`: fill the form
   * with that case and evaluate it, then drop the case from the address bar (it holds patient facts).
   * Returns true when the hash held a case.
   */
  prefillFromHash() {
    const match = /^#\/?workbench\/case=([A-Za-z0-9_-]+)$/.exec(location.hash);
    if (!match) return false;
    let request;
    try {
      const base64 = match[1].replace(/-/g, '+').replace(/_/g, '/');
      const bytes = Uint8Array.from(atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4)), (c) => c.charCodeAt(0));
      request = JSON.parse(new TextDecoder().decode(bytes));
    } catch (e) {
      this.showMessage('The link does not hold a case this page can read.', 'error');
      return false;
    }
    history.replaceState(null, '', '#workbench');
    if (!request || typeof request !== 'object') return false;
    this.form.load(request);
    this.evaluate();
    return true;
  }

  /** Fills the form from an example and evaluates it at once. */
  loadExample(example) {
    this.form.load(example.case);
    document.querySelectorAll('.example[aria-pressed]').forEach((b) => b.removeAttribute('aria-pressed'));
    document.querySelector(`.example[data-example="${example.id}"]`)?.setAttribute('aria-pressed', 'true');
    this.evaluate();
  }

  async evaluate() {
    const errors = this.form.validate();
    if (errors.length) {
      this.form.summary.focus();
      return;
    }
    const request = this.form.toRequest();
    this.inFlight?.abort();
    const controller = new AbortController();
    this.inFlight = controller;
    this.evaluateButton.disabled = true;
    this.evaluateButton.textContent = 'Evaluating…';
    this.resultBody.setAttribute('aria-busy', 'true');
    try {
      const {data} = await api.post('/api/v1/evaluations', request, {signal: controller.signal});
      if (!data || typeof data !== 'object') throw new ApiError(0, 'The server sent an answer this page cannot read.');
      this.form.clearErrors();
      replaceChildren(this.resultBody, renderResult(data, request, {onFocusField: (f) => this.form.focusField(f), evaluatedAt: new Date()}));
      this.showInputChecks(inputChecks(data));
      this.updatePrintHeader(data);
      document.getElementById('footer-kb').textContent = `Knowledge base ${shortVersion(data.knowledgeBase?.version)}`;
      if (window.matchMedia('(max-width: 1100px)').matches) document.getElementById('result').scrollIntoView({block: 'start'});
    } catch (e) {
      if (e.name === 'AbortError') return;
      if (e instanceof ApiError && e.status === 400 && e.fieldErrors.length) {
        this.form.showErrors(e.fieldErrors, 'The server did not accept the case. Please correct:');
        this.form.summary.focus();
      } else if (e instanceof ApiError && e.status === 400) {
        this.form.showErrors([{field: null, message: e.message}], 'The server did not accept the case.');
      } else if (!(e instanceof ApiError && e.status === 401)) {
        this.showMessage(e.message, 'error');
      }
    } finally {
      if (this.inFlight === controller) {
        this.inFlight = null;
        this.evaluateButton.disabled = false;
        this.evaluateButton.textContent = 'Evaluate';
        this.resultBody.removeAttribute('aria-busy');
      }
    }
  }

  /** Shows the knowledge base's checks of the input next to the fields they concern. */
  showInputChecks(checks) {
    document.querySelectorAll('#case-form .consistency-hint').forEach((el) => el.remove());
    for (const check of checks) {
      const path = CHECK_FIELDS.find(([pattern]) => pattern.test(check.message || ''))?.[1];
      const field = path && document.querySelector(`#case-form [data-field="${path}"]`);
      if (field) field.append(h('p', {class: 'consistency-hint'}, h('strong', {}, 'Check: '), check.message));
    }
  }

  /** Called before printing, so the printout carries the time it was printed. */
  refreshPrintHeader() {
    if (this.lastOutcome) this.updatePrintHeader(this.lastOutcome);
  }

  updatePrintHeader(outcome) {
    this.lastOutcome = outcome;
    replaceChildren(document.getElementById('print-header'),
      h('strong', {}, 'relapse-cds · evaluation result'),
      h('span', {}, `Knowledge base ${outcome.knowledgeBase?.version || 'unknown'} (${outcome.knowledgeBase?.ruleCount ?? '?'} rules)`),
      h('span', {}, `Printed ${formatDateTime()}`));
  }
}
