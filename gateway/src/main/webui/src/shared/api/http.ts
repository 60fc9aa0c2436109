/**
 * Calls the gateway's /api/v1 with the browser session (an HttpOnly cookie the gateway keeps; no token
 * ever reaches this page). Unsafe methods carry the CSRF token the gateway set in the helhet_csrf cookie.
 * Every refusal arrives as RFC 9457 problem+json and is thrown as an ApiProblem.
 */

export interface FieldError {
  field: string;
  message?: string;
  code?: string;
}

/** A problem+json answer, with the short form of its stable type (urn:helhet:problem:<type>). */
export class ApiProblem extends Error {
  readonly type: string;
  readonly status: number;
  readonly errors: FieldError[];
  readonly requestId?: string;
  readonly body: Record<string, unknown>;

  constructor(status: number, body: Record<string, unknown>) {
    super(typeof body.title === 'string' ? body.title : `HTTP ${status}`);
    const type = typeof body.type === 'string' ? body.type : '';
    this.type = type.startsWith('urn:helhet:problem:') ? type.substring('urn:helhet:problem:'.length) : statusType(status);
    this.status = status;
    this.errors = Array.isArray(body.errors) ? (body.errors as FieldError[]) : [];
    this.requestId = typeof body.requestId === 'string' ? body.requestId : undefined;
    this.body = body;
  }

  fieldError(field: string): FieldError | undefined {
    return this.errors.find((error) => error.field === field || error.field.endsWith('.' + field));
  }
}

function statusType(status: number): string {
  if (status === 0) return 'network';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 429) return 'too-many-requests';
  if (status >= 500) return 'unavailable';
  return 'bad-request';
}

export function csrfToken(): string | undefined {
  const cookie = document.cookie.split(';').map((part) => part.trim()).find((part) => part.startsWith('helhet_csrf='));
  return cookie ? decodeURIComponent(cookie.substring('helhet_csrf='.length)) : undefined;
}

/** Sends one request to /api/v1 + path and answers the parsed JSON body (undefined for 204). */
export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const method = init.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD') {
    const token = csrfToken();
    if (token) headers['X-CSRF-Token'] = token;
  }
  let response: Response;
  try {
    response = await fetch('/api/v1' + path, {
      method,
      headers,
      credentials: 'same-origin',
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    throw new ApiProblem(0, {});
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let body: unknown = undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    throw new ApiProblem(response.status, typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {});
  }
  return body as T;
}

/** The largest page the API answers (ADR 0040). */
export const LARGEST_PAGE = 200;

/**
 * The first page of a paged list, at the largest size, as its items: the screens that show a person's consents, a
 * caseload or an inbox show up to that many, newest or most urgent first.
 */
export async function firstPage<T>(path: string): Promise<T[]> {
  const page = await api<{ items: T[] }>(path + (path.includes('?') ? '&' : '?') + `size=${LARGEST_PAGE}`);
  return page.items;
}
