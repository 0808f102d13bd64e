// Entry point: session, role-aware navigation, hash routing between workbench, knowledge base, studio
// and decision log.

import {api, ApiError, setUnauthenticatedHandler} from './api.js';
import {Workbench} from './workbench.js';
import {KnowledgeBrowser} from './knowledge.js';

const state = {user: null, roles: new Set(), views: {}};

function showMessage(message, kind = 'info') {
  const banner = document.getElementById('global-message');
  banner.textContent = message;
  banner.className = `banner banner-${kind}`;
  banner.hidden = !message;
  if (message && kind !== 'error') {
    clearTimeout(showMessage.timer);
    showMessage.timer = setTimeout(() => {
      banner.hidden = true;
    }, 6000);
  }
}

function normaliseRoles(roles) {
  return new Set((roles || []).map((r) => String(r.authority || r).replace(/^ROLE_/, '')));
}

const isEditor = () => state.roles.has('RULE_EDITOR');
const isReviewer = () => state.roles.has('AUDITOR') || isEditor();
const canEvaluate = () => ['SERVICE', 'CLINICIAN', 'RULE_EDITOR'].some((r) => state.roles.has(r));

function routeTarget() {
  const name = location.hash.replace(/^#\/?/, '').split('/')[0];
  if (['workbench', 'knowledge', 'studio', 'decisions'].includes(name)) return name;
  // An auditor who may not evaluate starts in the decision log; everyone else in the workbench.
  return state.roles.size && !canEvaluate() && isReviewer() ? 'decisions' : 'workbench';
}

function showView(target) {
  document.querySelectorAll('[data-view]').forEach((v) => {
    v.hidden = v.dataset.view !== target;
  });
}

async function route() {
  const target = routeTarget();
  showView(target);
  document.querySelectorAll('.app-nav a').forEach((a) => {
    if (a.dataset.route === target) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  document.title = `${{workbench: 'Case workbench', knowledge: 'Knowledge base', studio: 'Rule studio', decisions: 'Decision log'}[target]} · relapse-cds`;
  try {
    if (target === 'workbench') {
      state.views.workbench.prefillFromHash();
    } else if (target === 'knowledge') {
      state.views.knowledge ??= new KnowledgeBrowser(document.getElementById('knowledge-body'));
      await state.views.knowledge.show();
    } else if (target === 'studio' && !isEditor()) {
      // Say where the user is and why, rather than silently showing another page.
      const body = document.getElementById('studio-body');
      body.replaceChildren(Object.assign(document.createElement('div'), {className: 'notice notice-denied', id: 'studio-denied'}));
      const notice = body.firstChild;
      notice.append(Object.assign(document.createElement('p'), {textContent:
        `The rule studio is for rule editors. You are signed in as ${state.user} (${[...state.roles].map((r) => r.toLowerCase().replace(/_/g, ' ')).join(', ') || 'no role'}), who may read the rules but not change them.`}));
      const links = document.createElement('p');
      const link = (href, text) => Object.assign(document.createElement('a'), {href, textContent: text});
      links.append('Read the active rules in the ', link('#/knowledge', 'knowledge base'), ', or evaluate a case in the ', link('#/workbench', 'case workbench'), '. To edit rules, ask your administrator for the RULE_EDITOR role.');
      notice.append(links);
    } else if (target === 'studio') {
      if (!state.views.studio) {
        const {RuleStudio} = await import('./studio.js');
        state.views.studio = new RuleStudio(document.getElementById('studio-body'), {showMessage, user: state.user});
      }
      await state.views.studio.show();
    } else if (target === 'decisions' && !isReviewer()) {
      document.getElementById('decisions-body').replaceChildren(Object.assign(document.createElement('p'), {className: 'notice notice-denied',
        textContent: 'The decision log is for auditors and rule editors. Ask your administrator for the AUDITOR role to read it.'}));
    } else if (target === 'decisions') {
      const argument = location.hash.replace(/^#\/?/, '').split('/')[1];
      if (!state.views.decisions) {
        const {DecisionLog} = await import('./decisions.js');
        state.views.decisions = new DecisionLog(document.getElementById('decisions-body'), {showMessage});
      }
      await state.views.decisions.show(argument ? decodeURIComponent(argument) : null);
    }
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 401)) showMessage(e.message || String(e), 'error');
  }
}

async function logout() {
  try {
    await api.post('/logout');
  } catch (e) {
    /* the session may already be gone: the login page is the right place either way */
  }
  location.assign('/login.html?logout');
}

async function start() {
  // No session on arrival: plain sign-in. A 401 later means the session expired.
  setUnauthenticatedHandler(() => location.replace('/login.html'));
  // The view and the workbench need no session data: showing them at once keeps the page from
  // shifting as it fills.
  showView(routeTarget());
  state.views.workbench = new Workbench({showMessage});
  let me;
  try {
    me = (await api.get('/api/v1/me')).data;
    setUnauthenticatedHandler(() => location.assign('/login.html?expired'));
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return; // redirected to the login page
    showMessage(`Cannot reach the platform: ${e.message}`, 'error');
    return;
  }
  state.user = me?.username || me?.name || 'user';
  state.roles = normaliseRoles(me?.roles);
  document.getElementById('session-user').textContent = `${state.user} · ${[...state.roles].map((r) => r.toLowerCase().replace(/_/g, ' ')).join(', ')}`;
  document.querySelectorAll('[data-requires-role]').forEach((el) => {
    el.hidden = !el.dataset.requiresRole.split(' ').some((role) => state.roles.has(role));
  });
  document.getElementById('logout-button').addEventListener('click', logout);
  document.body.classList.add('ready');
  performance.mark('cds-ready'); // the workbench is usable from here (measured by the browser tests)
  window.addEventListener('hashchange', route);
  await route();
}

// Printing shows every explanation: open the collapsed parts for the print, restore them after.
let closedForPrint = [];
window.addEventListener('beforeprint', () => {
  state.views.workbench?.refreshPrintHeader();
  closedForPrint = [...document.querySelectorAll('#result details:not([open])')];
  closedForPrint.forEach((d) => { d.open = true; });
});
window.addEventListener('afterprint', () => {
  closedForPrint.forEach((d) => { d.open = false; });
  closedForPrint = [];
});

start();
