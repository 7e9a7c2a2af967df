// The JSON API client: GET/POST against /v1 with the API's error body turned into an Error.

export class ApiError extends Error {}

/** The server wants a (valid) bearer token: reads are private, or the request is a write. */
export class AuthError extends ApiError {}

const TOKEN_KEY = 'dyad-token';

/** Keeps the API token for this browser (an empty one forgets it). */
export function saveToken(token) {
  if (token) localStorage.setItem(TOKEN_KEY, token);
  else localStorage.removeItem(TOKEN_KEY);
}

function authorization() {
  const token = localStorage.getItem(TOKEN_KEY);
  return token ? { authorization: `Bearer ${token}` } : {};
}

async function parse(response) {
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body?.error?.message || `${response.status} ${response.statusText}`;
    throw response.status === 401 ? new AuthError(message) : new ApiError(message);
  }
  return body;
}

/** GET /v1/{path} with the non-empty entries of `params` as the query string. */
export async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(name, String(value));
  }
  const qs = query.toString();
  return parse(await fetch(`/v1/${path}${qs ? `?${qs}` : ''}`, { headers: authorization() }));
}

/** POST a JSON body to /v1/{path}. */
export async function post(path, body) {
  return parse(
    await fetch(`/v1/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authorization() },
      body: JSON.stringify(body),
    }),
  );
}
