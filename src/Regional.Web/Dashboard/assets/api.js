// The public HTTP API, as any dashboard reads it: same origin, the caller's principal in Development mode only,
// and conditional reads, so that a period that did not change costs a 304 and not a download.
const base = new URL('/api/', window.location.origin);
const cache = new Map();
const principalKey = 'regional.viewAs';

/** Counts of what the page asked, for the page itself and its tests: 200s downloaded, 304s revalidated. */
export const traffic = { downloaded: 0, revalidated: 0 };

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** The Development-mode principal chosen in "view as" (base64 of the platform's header), or null. */
export function viewAs() {
  return sessionStorage.getItem(principalKey);
}

export function setViewAs(principal) {
  if (principal) sessionStorage.setItem(principalKey, principal); else sessionStorage.removeItem(principalKey);
  cache.clear();
}

/** The header the platform sends for a signed-in user, built for local sign-in. */
export function encodePrincipal(name, roles) {
  const claims = [{ typ: 'name', val: name }, ...roles.map(r => ({ typ: 'roles', val: r }))];
  const json = JSON.stringify({ auth_typ: 'aad', name_typ: 'name', role_typ: 'roles', claims });
  return btoa(String.fromCharCode(...new TextEncoder().encode(json)));
}

function headers(extra) {
  const h = new Headers(extra);
  const principal = viewAs();
  if (principal) h.set('X-MS-CLIENT-PRINCIPAL', principal);
  return h;
}

/** GET a JSON resource; revalidates a copy held from before with If-None-Match. */
export async function get(path) {
  const url = new URL(path, base).href;
  const held = cache.get(url);
  const response = await fetch(url, { headers: headers(held ? { 'If-None-Match': held.etag, Accept: 'application/json' } : { Accept: 'application/json' }), cache: 'no-store' });
  if (response.status === 304 && held) {
    traffic.revalidated++;
    return held.body;
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  traffic.downloaded++;
  const etag = response.headers.get('ETag');
  if (etag) cache.set(url, { etag, body });
  return body;
}

export async function post(path, body) {
  const response = await fetch(new URL(path, base).href, {
    method: 'POST',
    headers: headers({ 'Content-Type': 'application/json', Accept: 'application/json' }),
    body: JSON.stringify(body),
  });
  const answer = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, answer);
  return answer;
}

/** A link to an API resource the browser downloads itself (the CSV of a scorecard); not for Development principals. */
export function href(path) {
  return new URL(path, base).href;
}

/** Downloads an API resource as a file, sending the principal as every other request does. */
export async function download(path, filename) {
  const response = await fetch(new URL(path, base).href, { headers: headers({ Accept: 'text/csv' }) });
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null));
  const url = URL.createObjectURL(await response.blob());
  const a = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
