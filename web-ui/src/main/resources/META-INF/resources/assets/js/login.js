// The sign-in page: posts the credentials with the CSRF header, then checks the session.

import {ensureCsrfToken, csrfToken} from './api.js';

const form = document.getElementById('login-form');
const message = document.getElementById('login-message');
const button = document.getElementById('login-button');

function show(text, kind) {
  message.textContent = text;
  message.className = `banner banner-${kind}`;
  message.hidden = !text;
}

const params = new URLSearchParams(location.search);
if (params.has('expired')) show('Your session has ended. Please sign in again.', 'info');
else if (params.has('logout')) show('You have signed out.', 'info');
else if (params.has('error')) show('The user name or password is not correct.', 'error');

async function signedIn() {
  const response = await fetch('/api/v1/me', {headers: {Accept: 'application/json'}, credentials: 'same-origin'});
  return response.ok;
}

// Already signed in (or the cookie is missing): prepare the CSRF token.
ensureCsrfToken();

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const username = form.username.value.trim();
  const password = form.password.value;
  if (!username || !password) {
    show('Enter your user name and password.', 'error');
    (username ? form.password : form.username).focus();
    return;
  }
  button.disabled = true;
  button.textContent = 'Signing in…';
  try {
    await ensureCsrfToken();
    const headers = {'Content-Type': 'application/x-www-form-urlencoded'};
    if (csrfToken()) headers['X-XSRF-TOKEN'] = csrfToken();
    const response = await fetch('/login', {method: 'POST', headers, credentials: 'same-origin',
      body: new URLSearchParams({username, password}).toString()});
    if (response.status >= 500) throw new Error('server');
    if (response.status === 429) {
      const wait = response.headers.get('Retry-After') || '60';
      show(`Too many failed sign-ins. Try again in ${wait} seconds.`, 'error');
      return;
    }
    if (await signedIn()) {
      location.assign('/');
      return;
    }
    show('The user name or password is not correct.', 'error');
    form.password.value = '';
    form.password.focus();
  } catch (e) {
    show('The server cannot be reached. Try again in a moment.', 'error');
  } finally {
    button.disabled = false;
    button.textContent = 'Sign in';
  }
});
