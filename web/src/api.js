// The JSON API client: GET/POST against /v1 with the API's error body turned into an Error.

export class ApiError extends Error {}

async function parse(response) {
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body?.error?.message || `${response.status} ${response.statusText}`;
    throw new ApiError(message);
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
  return parse(await fetch(`/v1/${path}${qs ? `?${qs}` : ''}`));
}

/** POST a JSON body to /v1/{path}. */
export async function post(path, body) {
  return parse(
    await fetch(`/v1/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );
}
