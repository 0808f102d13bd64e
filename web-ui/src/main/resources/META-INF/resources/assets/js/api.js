// The one door to the platform: the public HTTP API, same origin, with the session cookie and the
// CSRF header on state-changing requests. Problem documents become readable ApiError messages.

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** An HTTP failure with a readable message and, for 400s, the offending fields. */
export class ApiError extends Error {
  constructor(status, message, problem) {
    super(message);
    this.status = status;
    this.problem = problem || null;
    this.fieldErrors = Array.isArray(problem?.errors) ? problem.errors : [];
  }
}

export function csrfToken() {
  const match = document.cookie.split(';').map((c) => c.trim()).find((c) => c.startsWith('XSRF-TOKEN='));
  return match ? decodeURIComponent(match.slice('XSRF-TOKEN='.length)) : null;
}

/** Makes the server issue the CSRF cookie if the browser has none yet (tokens are deferred). */
export async function ensureCsrfToken() {
  if (csrfToken()) return csrfToken();
  try {
    await fetch('/api/v1/me', {headers: {Accept: 'application/json'}, credentials: 'same-origin'});
  } catch (e) {
    /* the request that needs the token reports the failure */
  }
  return csrfToken();
}

let onUnauthenticated = () => {
  window.location.assign('/login.html?expired');
};

/** Lets the app decide what a 401 means (normally: the session expired, go to the login page). */
export function setUnauthenticatedHandler(handler) {
  onUnauthenticated = handler;
}

const STATUS_TEXT = {
  400: 'The request was not accepted.',
  401: 'Your session has ended. Please sign in again.',
  403: 'Your role does not allow this action.',
  404: 'Not found.',
  409: 'The action conflicts with the current state.',
  412: 'Someone else changed this in the meantime. Reload it and apply your change again.',
  413: 'The request is too large.',
  415: 'The server does not accept this format.',
  422: 'The request could not be processed.',
  500: 'The server could not complete the request.',
  503: 'The service is not ready yet. Try again in a moment.',
};

function messageFrom(status, problem) {
  if (problem && typeof problem === 'object') {
    const parts = [problem.title, problem.detail].filter((p) => typeof p === 'string' && p.trim());
    if (parts.length === 2 && parts[1].startsWith(parts[0])) return parts[1];
    if (parts.length) return parts.join(': ');
  }
  return STATUS_TEXT[status] || `The server answered with status ${status}.`;
}

/**
 * Calls the API. Returns {status, headers, data}; data is parsed JSON, or text for text bodies.
 * Throws ApiError with a readable message for any non-2xx answer and for network failures.
 */
export async function request(method, path, {body, headers = {}, signal} = {}) {
  const init = {method, credentials: 'same-origin', signal, headers: {Accept: 'application/json, application/problem+json, text/plain;q=0.5', ...headers}};
  if (body !== undefined) {
    if (typeof body === 'string') {
      init.body = body;
      if (!init.headers['Content-Type']) init.headers['Content-Type'] = 'text/plain;charset=UTF-8';
    } else {
      init.body = JSON.stringify(body);
      init.headers['Content-Type'] = 'application/json';
    }
  }
  if (MUTATING.has(method)) {
    const token = await ensureCsrfToken();
    if (token) init.headers['X-XSRF-TOKEN'] = token;
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'The server cannot be reached. Check the connection and try again.');
  }
  const type = response.headers.get('Content-Type') || '';
  let data = null;
  if (response.status !== 204) {
    const text = await response.text();
    if (type.includes('json') && text) {
      try {
        data = JSON.parse(text);
      } catch (e) {
        data = null;
      }
    } else {
      data = text;
    }
  }
  if (response.ok) return {status: response.status, headers: response.headers, data};
  const problem = data && typeof data === 'object' ? data : null;
  if (response.status === 401 && path.startsWith('/api/')) onUnauthenticated();
  throw new ApiError(response.status, messageFrom(response.status, problem), problem);
}

export const api = {
  get: (path, options) => request('GET', path, options),
  post: (path, body, options) => request('POST', path, {...options, body}),
  put: (path, body, options) => request('PUT', path, {...options, body}),
  del: (path, options) => request('DELETE', path, options),
};
