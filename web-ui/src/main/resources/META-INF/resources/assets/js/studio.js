// The rule studio (RULE_EDITOR): rule files with draft/active state, the DRL editor (studio-editor.js),
// saving drafts and validating them; the draft diff, its impact, publishing and the history are the
// review tabs (studio-tabs.js).

import {h, replaceChildren, humanise} from './dom.js';
import {api} from './api.js';
import {loadEditorLibrary, createCodeEditor, ProblemList} from './studio-editor.js';
import {ReviewTabs} from './studio-tabs.js';

const enc = encodeURIComponent;

/** The badge state of a file of GET /api/v1/rules ({file, activeVersion, etag, draft}). */
const DRAFT_STATES = {UNCHANGED: 'active', MODIFIED: 'modified', ADDED: 'added', DELETED: 'deleted'};
const fileOf = (entry) => ({...entry, name: entry.file, state: DRAFT_STATES[entry.draft] || 'active'});

/** The rule studio: owns the file list, the editor and the review tabs of one page. */
export class RuleStudio {
  constructor(container, {showMessage, user}) {
    this.container = container;
    this.showMessage = showMessage;
    this.user = user;
    this.files = [];
    this.current = null; // {name, etag, original}
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
    this.problemView = new ProblemList(this.problemList);
    this.review = new ReviewTabs({showMessage: this.showMessage, afterVersionChange: (tab) => this.afterVersionChange(tab)});

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
        this.review.element));
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
    if (!this.review.hasSelection()) await this.review.selectTab('diff');
    this.cm.refresh();
  }

  createEditor() {
    this.cm = createCodeEditor(this.editorHost, {save: () => this.save(), validate: () => this.validate(), changed: () => {
      this.onEdited();
      this.keepUnsaved();
    }});
    // The editor library did not load: keep a plain, usable text area.
    if (!this.cm) this.showMessage('The code editor could not be loaded; a plain text area is used.', 'warning');
    this.problemView.cm = this.cm;
  }

  async loadFiles() {
    // GET /api/v1/rules: FileListing {files: [FileEntry], fileName: FileNameRule, ...}
    const {data} = await api.get('/api/v1/rules');
    this.files = data.files.map(fileOf);
    this.listing = data;
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
    const endings = rule.extensions.map((e) => `.${e}`).join(' or ');
    const name = window.prompt(`Name of the new rule file (letters, digits, '.', '_', '-'; ends in ${endings}):`,
      rule.extensions.length ? `new-rules.${rule.extensions[0]}` : '');
    if (!name) return;
    if (name.trim().length > rule.maxLength || !new RegExp(`^(?:${rule.pattern})$`).test(name.trim())) {
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
      await this.review.refreshTab();
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
    this.problemView.clear();
  }

  /** Marks compile errors and lint findings on their lines and lists them. */
  showProblems(errors, lint) {
    this.problemView.show(errors, lint, this.current?.name);
  }

  async validate() {
    if (!this.current) return;
    this.status.textContent = 'Validating…';
    try {
      const {data} = await api.post('/api/v1/rules/validate', {file: this.current.name, text: this.text()});
      // ValidationResult {valid, errors: [CompileError], lint: [LintFinding], compiled}
      const errors = data.errors;
      const lint = data.lint;
      this.showProblems(errors, lint);
      const elsewhere = this.problemView.problems.filter((p) => !p.here).length;
      this.status.className = `studio-status ${data.valid ? 'ok' : 'bad'}`;
      this.status.textContent = data.valid
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
      await this.review.refreshTab();
    } catch (e) {
      this.status.className = 'studio-status bad';
      this.status.textContent = e.status === 412
        ? 'Someone else saved this file in the meantime. Your text is kept here: copy it, reload the file and apply your change again.'
        : e.message;
      if (e.fieldErrors?.length) this.showProblems(e.fieldErrors.filter((x) => x.line), []);
    }
  }

  async afterVersionChange(tab = 'history') {
    await this.loadFiles();
    if (this.current) {
      const keep = this.current.name;
      this.current = null;
      await this.open(keep);
    }
    if (tab) await this.review.selectTab(tab);
  }
}
