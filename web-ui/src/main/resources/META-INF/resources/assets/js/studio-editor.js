// The rule studio's DRL editor: CodeMirror, loaded on first use, with line numbers, highlighting and
// the validation's problems marked on their lines and listed under the editor.

import {h, replaceChildren} from './dom.js';
import {defineDrlMode} from './drl-mode.js';

// Version-agnostic WebJars path (webjars-locator-lite): the version is written once, in the pom.
const CODEMIRROR = '/webjars/codemirror';

/** Loads the editor library only when the studio opens: clinicians never pay for it. */
export function loadEditorLibrary() {
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

/**
 * The editor in its host, or null when the library did not load (then the studio keeps a plain text
 * area). Ctrl-S saves, Ctrl-Enter validates; `changed` follows every edit.
 */
export function createCodeEditor(host, {save, validate, changed}) {
  const CodeMirror = window.CodeMirror;
  if (!CodeMirror) return null;
  defineDrlMode(CodeMirror);
  const cm = CodeMirror(host, {
    value: '', mode: 'drl', lineNumbers: true, matchBrackets: true, indentUnit: 2, tabSize: 2,
    gutters: ['cds-problems', 'CodeMirror-linenumbers'], readOnly: 'nocursor',
    extraKeys: {'Ctrl-S': save, 'Cmd-S': save, 'Ctrl-Enter': validate, Tab: false, 'Shift-Tab': false,
      Enter: keepIndentOnEnter},
    screenReaderLabel: 'DRL rule text',
    inputStyle: 'contenteditable', // the code area itself takes focus: better for keyboards and screen readers
  });
  cm.on('changes', changed);
  return cm;
}

/** The problems of the open file: marked in the editor's gutter and listed, each a link to its line. */
export class ProblemList {
  constructor(list) {
    this.list = list;
    this.cm = null;
    this.problems = [];
  }

  clear() {
    this.problems = [];
    if (this.cm) {
      this.cm.clearGutter('cds-problems');
      for (let i = 0; i < this.cm.lineCount(); i++) this.cm.removeLineClass(i, 'wrap');
    }
    replaceChildren(this.list);
  }

  /** Marks compile errors and lint findings on their lines (gutter and line tint) and lists them. */
  show(errors, lint, fileName) {
    this.clear();
    const all = [
      ...errors.map((e) => ({...e, kind: 'error'})),
      ...lint.map((l) => ({...l, kind: 'lint'})),
    ].map((p) => ({...p, line: Number(p.line) || 0, here: !p.file || p.file === fileName}));
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
    replaceChildren(this.list, here.map(item),
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
}
