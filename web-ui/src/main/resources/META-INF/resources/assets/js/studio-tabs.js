// The rule studio's review tabs: the draft's changes, their impact on the reference cases, publishing
// with a reason, and the history with roll back. The studio tells them when to refresh; they tell the
// studio when the active rules changed.

import {h, replaceChildren, humanise, shortVersion, formatDateTime} from './dom.js';
import {api} from './api.js';
import {diffView, impactView, refusalView} from './review.js';

/** The tab list and its four panels, under the editor. */
export class ReviewTabs {
  /**
   * @param showMessage shows a page message
   * @param afterVersionChange called when the active rules or the draft changed here, with the tab to
   *   show next (undefined: the history; null: stay)
   */
  constructor({showMessage, afterVersionChange}) {
    this.showMessage = showMessage;
    this.afterVersionChange = afterVersionChange;
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
    this.element = h('div', {class: 'studio-tabs'}, h('div', {role: 'tablist', 'aria-label': 'Draft and publishing', class: 'tablist'}, this.tabs),
      Object.values(this.panels));
  }

  /** Whether a tab has been chosen yet. */
  hasSelection() {
    return this.tabs.some((t) => t.getAttribute('aria-selected') === 'true');
  }

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

  /** Shows one tab and loads its panel. */
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

  /** Loads the open tab's panel again (after a save, a delete or a cancelled roll back). */
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
    // GET /api/v1/rules/draft: DraftView {files: [FileDiff {file, change, patch}]}, none of them null
    const nonEmpty = data.files.filter((f) => f.patch.trim());
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
      nonEmpty.map((f) => h('section', {class: 'diff-file'}, h('h3', {}, h('code', {}, f.file), h('span', {class: 'badge'}, humanise(f.change))), diffView(f.patch))));
  }

  async renderImpact(panel) {
    const {data} = await api.get('/api/v1/rules/draft/impact');
    replaceChildren(panel, impactView(data));
  }

  async renderPublish(panel) {
    const {data: draft} = await api.get('/api/v1/rules/draft');
    const changedFiles = draft.files.map((f) => f.file);
    if (!draft.pending) {
      replaceChildren(panel, h('p', {class: 'placeholder', id: 'publish-nothing'}, 'No draft to publish: save a change first.'));
      return;
    }
    const impactLine = h('p', {id: 'publish-impact'}, 'Evaluating the reference cases on the active and the draft rules…');
    const review = h('div', {class: 'publish-review'},
      h('p', {}, 'The draft changes ', h('strong', {}, changedFiles.length ? changedFiles.join(', ') : 'the rules'), '.'), impactLine);
    // The impact takes a few seconds on the whole corpus: the form is usable meanwhile.
    api.get('/api/v1/rules/draft/impact').then(({data: impact}) => {
      // ImpactReport {cases, changedCases, ...}
      const changedCases = impact.changedCases;
      replaceChildren(impactLine, 'On the reference cases: ',
        h('strong', {id: 'publish-impact-count'}, changedCases === 1 ? '1 case changes its outcome' : `${changedCases} cases change their outcome`),
        ` (of ${impact.cases}). `,
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
    // [HistoryEntry {commit, author, date, reason, action, knowledgeBaseVersion, files}], newest first
    const {data: entries} = await api.get('/api/v1/rules/history');
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
}
