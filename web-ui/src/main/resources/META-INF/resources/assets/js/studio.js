// The rule studio (RULE_EDITOR): rule files with draft/active state, a DRL editor with line numbers and
// highlighting, validation with errors and lint findings marked on their lines, the draft diff, the
// impact on the reference cases, publishing with a reason, the history, and roll back.

import {h, replaceChildren, humanise, shortVersion, formatDateTime} from './dom.js';
import {api} from './api.js';
import {defineDrlMode} from './drl-mode.js';
import {diffView, impactView, listOf, refusalView} from './review.js';

const enc = encodeURIComponent;
// Version-agnostic WebJars path (webjars-locator-lite): the version is written once, in the pom.
const CODEMIRROR = '/webjars/codemirror';

/** Loads the editor library only when the studio opens: clinicians never pay for it. */
function loadEditorLibrary() {
  if (window.CodeMirror?.defineSimpleMode) return Promise.resolve(window.CodeMirror);
  const add = (el) => new Promise((resolve, reject) => {
    el.addEventListener('load', resolve);
    el.addEventListener('error', () => reject(new Error(`Could not load ${el.src || el.href}`)));
    document.head.append(el);
  });
  const script = (src) => add(Object.assign(document.createElement('script'), {src, async: false}));
  const css = add(Object.assign(document.createElement('link'), {rel: 'stylesheet', href: `${CODEMIRROR}/lib/codemirror.css`}));
  return script(`${CODEMIRROR}/lib/codemirror.js`)
    .then(() => Promise.all([script(`${CODEMIRROR}/addon/mode/simple.js`), script(`${CODEMIRROR}/addon/edit/matchbrackets.js`), css]))
    .then(() => window.CodeMirror);
}

/** The badge state of a file of GET /api/v1/rules ({file, activeVersion, etag, draft}). */
const DRAFT_STATES = {UNCHANGED: 'active', MODIFIED: 'modified', ADDED: 'added', DELETED: 'deleted'};
const fileOf = (entry) => ({...entry, name: entry.file, state: DRAFT_STATES[entry.draft] || 'active'});

/**
 * Enter that keeps the indentation: within a line's leading whitespace it opens a line above and
 * leaves the indented line as it was (the default re-indents it like the new line, i.e. removes its
 * indentation, which then shows as a whitespace change in the diff); elsewhere the new line takes
 * the current line's indentation.
 */
function keepIndentOnEnter(cm) {
  const selections = cm.listSelections();
  if (selections.length !== 1 || !selections[0].empty()) return window.CodeMirror.Pass;
  const cursor = cm.getCursor();
  const line = cm.getLine(cursor.line);
  const indent = line.match(/^\s*/)[0];
  cm.operation(() => {
    if (cursor.ch <= indent.length) {
      cm.replaceRange('\n', {line: cursor.line, ch: 0});
      cm.setCursor({line: cursor.line + 1, ch: cursor.ch});
    } else {
      cm.replaceSelection(`\n${indent}`, 'end', '+input');
    }
  });
  return undefined;
}

export class RuleStudio {
  constructor(container, {showMessage, user}) {
    this.container = container;
    this.showMessage = showMessage;
    this.user = user;
    this.files = [];
    this.current = null; // {name, etag, original}
    this.problems = [];
    this.cm = null;
    this.build();
  }

  build() {
    this.fileList = h('ul', {class: 'file-list', id: 'studio-files'});
    this.fileTitle = h('h2', {class: 'editor-title', id: 'studio-file-title'}, 'No file open');
    this.fileState = h('span', {class: 'badge', id: 'studio-file-state', hidden: true});
    this.validateButton = h('button', {type: 'button', class: 'button', id: 'studio-validate', disabled: true, onclick: () => this.validate()}, 'Validate');
    this.saveButton = h('button', {type: 'button', class: 'button button-primary', id: 'studio-save', disabled: true, onclick: () => this.save()}, 'Save draft');
    this.revertButton = h('button', {type: 'button', class: 'button button-quiet', id: 'studio-revert', disabled: true, onclick: () => this.discardEdits()}, 'Discard edits');
    this.editorHost = h('div', {class: 'editor-host', id: 'studio-editor', 'aria-label': 'DRL editor'});
    this.status = h('p', {class: 'studio-status', id: 'studio-status', role: 'status', 'aria-live': 'polite'});
    this.problemList = h('ul', {class: 'problem-list', id: 'studio-problems'});

    this.panels = {
      diff: h('div', {class: 'tab-panel', id: 'panel-diff'}),
      impact: h('div', {class: 'tab-panel', id: 'panel-impact'}),
      publish: h('div', {class: 'tab-panel', id: 'panel-publish'}),
      history: h('div', {class: 'tab-panel', id: 'panel-history'}),
    };
    const tabNames = {diff: 'Draft changes', impact: 'Impact', publish: 'Publish', history: 'History'};
    this.tabs = Object.keys(this.panels).map((key) => h('button', {type: 'button', role: 'tab', id: `tab-${key}`,
      'aria-controls': `panel-${key}`, 'aria-selected': 'false', tabindex: '-1', dataset: {tab: key},
      onclick: () => this.selectTab(key), onkeydown: (e) => this.tabKey(e, key)}, tabNames[key]));
    Object.entries(this.panels).forEach(([key, panel]) => {
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', `tab-${key}`);
      panel.setAttribute('tabindex', '0');
      panel.hidden = true;
    });

    replaceChildren(this.container,
      h('div', {class: 'studio'},
        h('aside', {class: 'studio-files', 'aria-labelledby': 'files-heading'},
          h('h2', {id: 'files-heading'}, 'Rule files'), this.fileList,
          h('div', {class: 'file-actions'},
            h('button', {type: 'button', class: 'button button-small', id: 'studio-new', onclick: () => this.newFile()}, 'New file'),
            h('button', {type: 'button', class: 'button button-small button-quiet', id: 'studio-delete', onclick: () => this.deleteFile()}, 'Delete file')),
          h('p', {class: 'small muted'}, 'Drafts are saved changes not yet published. Publishing runs the gate: compile, safety lint and acceptance scenarios.')),
        h('section', {class: 'studio-editor', 'aria-labelledby': 'studio-file-title'},
          h('div', {class: 'editor-bar'}, h('div', {class: 'editor-name'}, this.fileTitle, this.fileState),
            h('div', {class: 'editor-actions'}, this.validateButton, this.saveButton, this.revertButton)),
          this.editorHost, this.status, this.problemList),
        // Under the editor, beside the file list: in view at 1280 x 800 however many files there are.
        h('div', {class: 'studio-tabs'}, h('div', {role: 'tablist', 'aria-label': 'Draft and publishing', class: 'tablist'}, this.tabs),
          Object.values(this.panels))));
  }

  async show() {
    if (!this.cm) {
      try {
        await loadEditorLibrary();
      } catch (e) {
        this.showMessage(e.message, 'error');
      }
      this.createEditor();
    }
    await this.loadFiles();
    if (!this.current && this.files.length) await this.open(this.files[0].name);
    if (!this.tabs.some((t) => t.getAttribute('aria-selected') === 'true')) await this.selectTab('diff');
    this.cm.refresh();
  }

  createEditor() {
    const CodeMirror = window.CodeMirror;
    if (!CodeMirror) {
      // The editor library did not load: keep a plain, usable text area.
      this.cm = null;
      this.showMessage('The code editor could not be loaded; a plain text area is used.', 'warning');
      return;
    }
    defineDrlMode(CodeMirror);
    this.cm = CodeMirror(this.editorHost, {
      value: '', mode: 'drl', lineNumbers: true, matchBrackets: true, indentUnit: 2, tabSize: 2,
      gutters: ['cds-problems', 'CodeMirror-linenumbers'], readOnly: 'nocursor',
      extraKeys: {'Ctrl-S': () => this.save(), 'Cmd-S': () => this.save(), 'Ctrl-Enter': () => this.validate(), Tab: false, 'Shift-Tab': false,
        Enter: keepIndentOnEnter},
      screenReaderLabel: 'DRL rule text',
      inputStyle: 'contenteditable', // the code area itself takes focus: better for keyboards and screen readers
    });
    this.cm.on('changes', () => {
      this.onEdited();
      this.keepUnsaved();
    });
  }

  async loadFiles() {
    const {data} = await api.get('/api/v1/rules');
    this.files = listOf(data?.files).map(fileOf);
    this.listing = data && !Array.isArray(data) ? data : {};
    this.renderFiles();
  }

  renderFiles() {
    replaceChildren(this.fileList, this.files.map((f) => h('li', {},
      h('button', {type: 'button', class: ['file-button', this.current?.name === f.name ? 'is-open' : null],
        'aria-current': this.current?.name === f.name ? 'true' : null, dataset: {file: f.name}, onclick: () => this.open(f.name)},
      h('span', {class: 'file-name'}, f.name),
      h('span', {class: `badge badge-${f.state}`}, humanise(f.state))))));
  }

  async open(name) {
    if (this.current && this.dirty() && this.current.name !== name && !window.confirm(`Discard the unsaved edits to ${this.current.name}?`)) return;
    const response = await api.get(`/api/v1/rules/${enc(name)}`);
    const text = typeof response.data === 'string' ? response.data : '';
    this.current = {name, etag: response.headers.get('ETag'), original: text};
    this.fileTitle.textContent = name;
    const entry = this.files.find((f) => f.name === name);
    this.fileState.textContent = entry ? humanise(entry.state) : '';
    this.fileState.className = `badge badge-${entry?.state || 'active'}`;
    this.fileState.hidden = !entry;
    const unsaved = this.takeUnsaved(name);
    this.restoring = true;
    this.setText(unsaved !== null && unsaved !== text ? unsaved : text);
    this.restoring = false;
    this.clearProblems();
    this.status.className = 'studio-status';
    this.status.textContent = unsaved !== null && unsaved !== text
      ? 'Your unsaved edits from before were restored. Save them as a draft, or choose Discard edits.' : '';
    this.keepUnsaved();
    [this.validateButton, this.revertButton].forEach((b) => { b.disabled = false; });
    this.renderFiles();
    this.onEdited();
  }

  async discardEdits() {
    if (!this.current) return;
    this.takeUnsaved(this.current.name);
    if (!this.current.isNew) {
      await this.open(this.current.name);
      return;
    }
    this.current = null;
    await this.loadFiles();
    if (this.files.length) await this.open(this.files[0].name);
  }

  newFile() {
    // what a name may be comes from the API (GET /api/v1/rules, fileName), never from here
    const rule = this.listing.fileName;
    const endings = (rule?.extensions || []).map((e) => `.${e}`).join(' or ');
    const name = window.prompt(`Name of the new rule file (letters, digits, '.', '_', '-'; ends in ${endings}):`,
      rule?.extensions?.length ? `new-rules.${rule.extensions[0]}` : '');
    if (!name) return;
    if (rule && (name.trim().length > rule.maxLength || !new RegExp(`^(?:${rule.pattern})$`).test(name.trim()))) {
      this.showMessage(`A rule file name is letters, digits, '.', '_' or '-', ending in ${endings}.`, 'error');
      return;
    }
    if (this.files.some((f) => f.name === name.trim())) {
      this.open(name.trim());
      return;
    }
    this.current = {name: name.trim(), etag: null, original: '', isNew: true};
    this.fileTitle.textContent = this.current.name;
    this.fileState.textContent = 'new';
    this.fileState.className = 'badge badge-added';
    this.fileState.hidden = false;
    this.setText([
      '// <What this file decides>. Source: clinical specification section <n> [<EvidenceKey>].',
      'package org.relapsecds.rules.kb;',
      '',
      'import org.relapsecds.rules.model.*;',
      '',
      'rule "<A sentence a clinician can check against the source>"',
      '  @evidence("<EvidenceKey>") @status("unverified")',
      'when',
      '  RelapseCase( )',
      'then',
      'end',
      '',
    ].join('\n'));
    this.clearProblems();
    [this.validateButton, this.revertButton].forEach((b) => { b.disabled = false; });
    this.renderFiles();
    this.onEdited();
  }

  async deleteFile() {
    if (!this.current || this.current.isNew) return;
    if (!window.confirm(`Delete ${this.current.name} in the draft? It leaves the active rules when the draft is published.`)) return;
    try {
      await api.del(`/api/v1/rules/${enc(this.current.name)}`, {headers: {'If-Match': this.current.etag}});
      this.showMessage(`${this.current.name} is deleted in the draft.`, 'ok');
      this.current = null;
      await this.loadFiles();
      const first = this.files.find((f) => f.state !== 'deleted');
      if (first) await this.open(first.name);
      await this.refreshTab();
    } catch (e) {
      this.showMessage(e.message, 'error');
    }
  }

  setText(text) {
    if (this.cm) {
      this.cm.setOption('readOnly', false);
      this.cm.setValue(text);
      this.cm.clearHistory();
    }
  }

  text() {
    return this.cm ? this.cm.getValue() : '';
  }

  /**
   * Unsaved rule text survives a session expiry (the sign-in page is a full navigation): it is kept
   * in this tab's session storage until saved or discarded. Rule text only, never case data.
   */
  keepUnsaved() {
    if (!this.current || this.restoring) return;
    const key = `cds-unsaved:${this.current.name}`;
    try {
      if (this.dirty()) sessionStorage.setItem(key, this.text());
      else sessionStorage.removeItem(key);
    } catch (e) {
      /* storage full or disabled: nothing to keep */
    }
  }

  takeUnsaved(name) {
    try {
      const text = sessionStorage.getItem(`cds-unsaved:${name}`);
      sessionStorage.removeItem(`cds-unsaved:${name}`);
      return text;
    } catch (e) {
      return null;
    }
  }

  dirty() {
    return Boolean(this.current) && (this.current.isNew || this.text() !== this.current.original);
  }

  onEdited() {
    this.saveButton.disabled = !this.dirty();
    this.fileTitle.textContent = this.current ? `${this.current.name}${this.dirty() ? ' (edited)' : ''}` : 'No file open';
  }

  clearProblems() {
    this.problems = [];
    if (this.cm) {
      this.cm.clearGutter('cds-problems');
      for (let i = 0; i < this.cm.lineCount(); i++) this.cm.removeLineClass(i, 'wrap');
    }
    replaceChildren(this.problemList);
  }

  /** Marks compile errors and lint findings on their lines (gutter and line tint) and lists them. */
  showProblems(errors, lint) {
    this.clearProblems();
    const all = [
      ...errors.map((e) => ({...e, kind: 'error'})),
      ...lint.map((l) => ({...l, kind: 'lint'})),
    ].map((p) => ({...p, line: Number(p.line) || 0, here: !p.file || p.file === this.current?.name}));
    // Problems in this file first; those in other files of the draft are listed with their file.
    all.sort((a, b) => Number(b.here) - Number(a.here));
    this.problems = all;
    const lineCount = this.cm ? this.cm.lineCount() : 0;
    for (const p of all) {
      if (!this.cm || !p.here || p.line < 1 || p.line > lineCount) continue;
      const existing = this.cm.lineInfo(p.line - 1)?.gutterMarkers?.['cds-problems'];
      const marker = existing || h('span', {class: `problem-marker problem-${p.kind}`, dataset: {line: String(p.line)}, 'aria-hidden': 'true'}, p.kind === 'error' ? '●' : '▲');
      if (existing && p.kind === 'error') existing.className = 'problem-marker problem-error';
      marker.title = [marker.title, `${p.kind === 'error' ? 'Error' : 'Lint'}: ${p.message}`].filter(Boolean).join('\n');
      this.cm.setGutterMarker(p.line - 1, 'cds-problems', marker);
      this.cm.addLineClass(p.line - 1, 'wrap', p.kind === 'error' ? 'line-error' : 'line-lint');
    }
    const item = (p) => h('li', {class: `problem problem-${p.kind}`, dataset: {line: String(p.line)}},
      p.here
        ? h('button', {type: 'button', class: 'link-button', onclick: () => this.goTo(p)},
          p.line > 0 ? `Line ${p.line}${p.column ? `:${p.column}` : ''}` : 'File')
        : h('code', {class: 'problem-where'}, `${p.file}${p.line > 0 ? `:${p.line}` : ''}`),
      h('span', {class: `badge badge-${p.kind}`}, p.kind === 'error' ? 'error' : `lint${p.code ? ' · ' + p.code : ''}`),
      h('span', {class: 'problem-message'}, p.message));
    const here = all.filter((p) => p.here);
    const elsewhere = all.filter((p) => !p.here);
    // A syntax error here often makes the compiler stumble over the other files too: those
    // follow-on errors are folded away while this file has errors of its own.
    const foldElsewhere = here.some((p) => p.kind === 'error') && elsewhere.length > 0;
    replaceChildren(this.problemList, here.map(item),
      elsewhere.length && !foldElsewhere ? elsewhere.map(item) : null,
      foldElsewhere ? h('li', {class: 'problem-elsewhere'}, h('details', {},
        h('summary', {}, `${elsewhere.length} further problem(s) in other files, probably following from the error above`),
        h('ul', {class: 'problem-list'}, elsewhere.map(item)))) : null);
    const first = all.find((p) => p.here && p.line > 0);
    if (first) this.goTo(first, false);
  }

  goTo(problem, focus = true) {
    if (!this.cm || problem.line < 1) return;
    const pos = {line: problem.line - 1, ch: Math.max(0, (problem.column || 1) - 1)};
    this.cm.setCursor(pos);
    this.cm.scrollIntoView(pos, 80);
    if (focus) this.cm.focus();
  }

  async validate() {
    if (!this.current) return;
    this.status.textContent = 'Validating…';
    try {
      const {data} = await api.post('/api/v1/rules/validate', {file: this.current.name, text: this.text()});
      const errors = listOf(data?.errors);
      const lint = listOf(data?.lint);
      this.showProblems(errors, lint);
      const elsewhere = this.problems.filter((p) => !p.here).length;
      this.status.className = `studio-status ${data?.valid ? 'ok' : 'bad'}`;
      this.status.textContent = data?.valid
        ? `Valid: compiles, and the safety lint found ${lint.length ? lint.length + ' finding(s)' : 'nothing'}.`
        : `Not valid: ${errors.length} error(s), ${lint.length} lint finding(s)${elsewhere > 0 ? `, ${elsewhere} in other files` : ''}.`;
    } catch (e) {
      this.status.className = 'studio-status bad';
      this.status.textContent = e.message;
    }
  }

  async save() {
    if (!this.current || !this.dirty()) return;
    this.status.textContent = 'Saving the draft…';
    const headers = this.current.isNew ? {'If-None-Match': '*'} : this.current.etag ? {'If-Match': this.current.etag} : {};
    try {
      const response = await api.put(`/api/v1/rules/${enc(this.current.name)}`, this.text(), {headers});
      this.current.etag = response.headers.get('ETag') || this.current.etag;
      this.current.original = this.text();
      this.current.isNew = false;
      this.keepUnsaved();
      this.status.className = 'studio-status ok';
      this.status.textContent = `Draft of ${this.current.name} saved. Review the changes and the impact, then publish.`;
      await this.loadFiles();
      const entry = this.files.find((f) => f.name === this.current.name);
      if (entry) {
        this.fileState.textContent = humanise(entry.state);
        this.fileState.className = `badge badge-${entry.state}`;
        this.fileState.hidden = false;
      }
      this.onEdited();
      await this.refreshTab();
    } catch (e) {
      this.status.className = 'studio-status bad';
      this.status.textContent = e.status === 412
        ? 'Someone else saved this file in the meantime. Your text is kept here: copy it, reload the file and apply your change again.'
        : e.message;
      if (e.fieldErrors?.length) this.showProblems(e.fieldErrors.filter((x) => x.line), []);
    }
  }

  // ----- tabs -----

  tabKey(event, key) {
    const keys = Object.keys(this.panels);
    const i = keys.indexOf(key);
    let next = null;
    if (event.key === 'ArrowRight') next = keys[(i + 1) % keys.length];
    if (event.key === 'ArrowLeft') next = keys[(i + keys.length - 1) % keys.length];
    if (event.key === 'Home') next = keys[0];
    if (event.key === 'End') next = keys[keys.length - 1];
    if (next) {
      event.preventDefault();
      this.selectTab(next);
      document.getElementById(`tab-${next}`).focus();
    }
  }

  async selectTab(key) {
    this.activeTab = key;
    this.tabs.forEach((t) => {
      const selected = t.dataset.tab === key;
      t.setAttribute('aria-selected', String(selected));
      t.tabIndex = selected ? 0 : -1;
    });
    Object.entries(this.panels).forEach(([k, p]) => { p.hidden = k !== key; });
    await this.refreshTab();
  }

  async refreshTab() {
    const key = this.activeTab;
    const panel = this.panels[key];
    if (!panel) return;
    replaceChildren(panel, h('p', {class: 'placeholder'}, key === 'impact'
      ? 'Evaluating the reference cases on the active and the draft rules (this takes a few seconds)…' : 'Loading…'));
    try {
      if (key === 'diff') await this.renderDiff(panel);
      if (key === 'impact') await this.renderImpact(panel);
      if (key === 'publish') await this.renderPublish(panel);
      if (key === 'history') await this.renderHistory(panel);
    } catch (e) {
      replaceChildren(panel, h('p', {class: 'notice notice-error'}, e.message));
    }
  }

  async renderDiff(panel) {
    const {data} = await api.get('/api/v1/rules/draft');
    // GET /api/v1/rules/draft: {files: [{file, change, patch}]}
    const diffs = listOf(data?.files).map((f) => ({file: f.file, diff: f.patch || '', change: f.change}));
    const nonEmpty = diffs.filter((d) => d.diff && d.diff.trim());
    if (!nonEmpty.length) {
      replaceChildren(panel, h('p', {class: 'placeholder'}, 'No draft: the saved rules are the active rules.'));
      return;
    }
    const discard = h('button', {type: 'button', class: 'button button-small button-quiet', id: 'discard-draft', onclick: async () => {
      if (!window.confirm('Discard the whole draft? The active rules stay as they are.')) return;
      try {
        await api.del('/api/v1/rules/draft');
        this.showMessage('Draft discarded.', 'ok');
        await this.afterVersionChange('diff');
      } catch (e) {
        this.showMessage(e.message, 'error');
      }
    }}, 'Discard the draft');
    replaceChildren(panel, h('div', {class: 'diff-head'}, h('p', {class: 'small muted'}, `${nonEmpty.length} file(s) differ from the active rules.`), discard),
      nonEmpty.map((d) => h('section', {class: 'diff-file'}, d.file ? h('h3', {}, h('code', {}, d.file), d.change ? h('span', {class: 'badge'}, humanise(d.change)) : null) : null, diffView(d.diff))));
  }

  async renderImpact(panel) {
    const {data} = await api.get('/api/v1/rules/draft/impact');
    replaceChildren(panel, impactView(data));
  }

  async renderPublish(panel) {
    const {data: draft} = await api.get('/api/v1/rules/draft');
    const changedFiles = listOf(draft?.files).map((f) => f.file);
    if (draft && draft.pending === false) {
      replaceChildren(panel, h('p', {class: 'placeholder', id: 'publish-nothing'}, 'No draft to publish: save a change first.'));
      return;
    }
    const impactLine = h('p', {id: 'publish-impact'}, 'Evaluating the reference cases on the active and the draft rules…');
    const review = h('div', {class: 'publish-review'},
      h('p', {}, 'The draft changes ', h('strong', {}, changedFiles.length ? changedFiles.join(', ') : 'the rules'), '.'), impactLine);
    // The impact takes a few seconds on the whole corpus: the form is usable meanwhile.
    api.get('/api/v1/rules/draft/impact').then(({data: impact}) => {
      const changedCases = impact?.changedCases ?? 0;
      replaceChildren(impactLine, 'On the reference cases: ',
        h('strong', {id: 'publish-impact-count'}, changedCases === 1 ? '1 case changes its outcome' : `${changedCases} cases change their outcome`),
        impact?.cases !== undefined ? ` (of ${impact.cases}). ` : '. ',
        changedCases ? h('button', {type: 'button', class: 'link-button', onclick: () => this.selectTab('impact')}, 'Review the impact') : null);
    }, (e) => replaceChildren(impactLine, `The impact could not be computed: ${e.message}`));
    const draftCommit = draft?.draftCommit;
    const reason = h('textarea', {id: 'publish-reason', rows: 3, required: true, 'aria-describedby': 'publish-reason-help'});
    const confirm = h('input', {type: 'checkbox', id: 'publish-confirm'});
    const result = h('div', {id: 'publish-result', 'aria-live': 'polite'});
    const button = h('button', {type: 'submit', class: 'button button-primary', id: 'publish-button'}, 'Publish draft');
    const form = h('form', {class: 'publish-form', novalidate: true},
      h('div', {class: 'field'}, h('label', {for: 'publish-reason'}, 'Reason for this change'), reason,
        h('p', {class: 'help', id: 'publish-reason-help'}, 'Recorded as the commit message with your name, for the audit trail.')),
      h('div', {class: 'check-row'}, confirm, h('label', {for: 'publish-confirm'}, 'I have reviewed the draft changes and their impact on the reference cases.')),
      h('div', {class: 'form-actions'}, button), result);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (!reason.value.trim()) {
        replaceChildren(result, h('p', {class: 'notice notice-error'}, 'Give a reason: it is recorded with the change.'));
        reason.focus();
        return;
      }
      if (!confirm.checked) {
        replaceChildren(result, h('p', {class: 'notice notice-error'}, 'Confirm that you have reviewed the changes and their impact.'));
        confirm.focus();
        return;
      }
      button.disabled = true;
      replaceChildren(result, h('p', {class: 'placeholder'}, 'Publishing: compiling, linting and running the acceptance scenarios…'));
      try {
        const {data} = await api.post('/api/v1/rules/publish', {reason: reason.value.trim(), draftCommit});
        const version = data.knowledgeBaseVersion;
        replaceChildren(result, h('p', {class: 'notice notice-ok', id: 'publish-success'}, 'Published. Active knowledge base version ',
          h('code', {id: 'published-version', title: version || ''}, shortVersion(version)), ` (commit ${String(data.commit).slice(0, 10)})`, '.'));
        reason.value = '';
        confirm.checked = false;
        this.showMessage(`Published knowledge base ${shortVersion(version)}.`, 'ok');
        await this.afterVersionChange(null);
      } catch (err) {
        replaceChildren(result, refusalView(err));
      } finally {
        button.disabled = false;
      }
    });
    replaceChildren(panel, review, form);
  }

  async renderHistory(panel) {
    const {data} = await api.get('/api/v1/rules/history');
    const entries = listOf(data);
    if (!entries.length) {
      replaceChildren(panel, h('p', {class: 'placeholder'}, 'No history yet.'));
      return;
    }
    // The history of the active rules, newest first: the first entry is what answers now.
    const current = entries[0];
    const table = h('table', {class: 'plain history', id: 'history-table'},
      h('thead', {}, h('tr', {}, ['Date', 'Author', 'Action', 'Reason', 'Files', 'Knowledge base'].map((t) => h('th', {scope: 'col'}, t)),
        h('th', {scope: 'col'}, h('span', {class: 'visually-hidden'}, 'Roll back')))),
      h('tbody', {}, entries.map((entry) => {
        const id = entry.commit;
        const version = entry.knowledgeBaseVersion;
        const action = entry === current ? h('span', {class: 'badge badge-active'}, 'active')
          : id && entry.action !== 'draft' ? h('button', {type: 'button', class: 'button button-small', dataset: {commit: id},
            onclick: (e) => this.rollbackForm(e.currentTarget, entry)}, 'Roll back to this') : null;
        return h('tr', {dataset: {commit: id || ''}, class: entry === current ? 'is-current' : null},
          h('td', {class: 'nowrap'}, formatDateTime(entry.date)),
          h('td', {}, entry.author || '—'),
          h('td', {}, entry.action ? humanise(entry.action) : '—'),
          h('td', {class: 'history-reason'}, entry.reason || '—'),
          h('td', {class: 'small'}, Array.isArray(entry.files) && entry.files.length ? entry.files.join(', ') : '—'),
          h('td', {}, version ? h('code', {title: version}, shortVersion(version)) : '—'),
          h('td', {}, action));
      })));
    replaceChildren(panel, table);
  }

  rollbackForm(button, entry) {
    const cell = button.parentElement;
    const version = entry.knowledgeBaseVersion;
    const what = `knowledge base ${shortVersion(version)} of ${formatDateTime(entry.date)}`;
    const published = entry.reason;
    const reason = h('input', {type: 'text', id: 'rollback-reason', 'aria-describedby': 'rollback-what'});
    const result = h('p', {class: 'small', 'aria-live': 'polite'});
    const go = h('button', {type: 'submit', class: 'button button-small button-danger', id: 'rollback-confirm'}, 'Roll back');
    const form = h('form', {class: 'rollback-form', 'aria-label': `Roll back to ${what}`},
      h('p', {class: 'small', id: 'rollback-what'}, 'Makes ', h('strong', {}, what), ' active again',
        published ? [', published as “', published, '”'] : '', '. It goes through the gate like a publish.'),
      h('label', {for: 'rollback-reason'}, 'Reason for the roll back'), reason,
      h('div', {class: 'rollback-actions'}, go,
        h('button', {type: 'button', class: 'button button-small button-quiet', onclick: () => this.refreshTab()}, 'Cancel')), result);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (!reason.value.trim()) {
        result.textContent = 'Give a reason: it is recorded with the roll back.';
        reason.focus();
        return;
      }
      if (!window.confirm(`Roll back to ${what}${published ? ` (published as “${published}”)` : ''}?`)) return;
      go.disabled = true;
      const target = entry.commit;
      try {
        const {data} = await api.post('/api/v1/rules/rollback', {commit: target, reason: reason.value.trim()});
        const active = data.knowledgeBaseVersion;
        this.showMessage(`Rolled back to ${what}. Active knowledge base ${shortVersion(active)}.`, 'ok');
        await this.afterVersionChange();
      } catch (err) {
        result.textContent = err.message;
        go.disabled = false;
      }
    });
    replaceChildren(cell, form);
    reason.focus();
  }

  async afterVersionChange(tab = 'history') {
    await this.loadFiles();
    if (this.current) {
      const keep = this.current.name;
      this.current = null;
      await this.open(keep);
    }
    if (tab) await this.selectTab(tab);
  }
}
