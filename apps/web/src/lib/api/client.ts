/**
 * The one HTTP client of the web app. The session is an httpOnly cookie set by the API; every
 * state-changing request repeats the `relais_csrf` cookie in a header (double submit), which a
 * page on another site cannot read.
 */
import i18n from '../i18n';

export type FieldProblem = { path: string; reason: string };

/** An error answered by the API (`{ statusCode, code, message, details? }`), or a network failure (status 0). */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: FieldProblem[] = [],
    /** Seconds to wait before trying again (429), from Retry-After. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  /** The API's reason for one field (`details[].path`), for a form to show next to it. */
  fieldReason(path: string): string | undefined {
    return this.details.find((d) => d.path === path || d.path.startsWith(`${path}.`))?.reason;
  }
}

/** A refusal (4xx) would be refused again: only a network failure or a server error is worth another try. */
export const isWorthRetrying = (error: unknown) => !(error instanceof ApiProblem) || error.status === 0 || error.status >= 500;

type Query = Record<string, string | number | boolean | string[] | undefined | null>;
/** `file`: sent as the raw body with its own type (a signed PDF), instead of a JSON `body`. */
type Options = { method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'; body?: unknown; file?: Blob; query?: Query; signal?: AbortSignal };

function csrfToken(): string | undefined {
  return document.cookie
    .split('; ')
    .find((part) => part.startsWith('relais_csrf='))
    ?.slice('relais_csrf='.length);
}

export function toSearch(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export async function api<T>(path: string, { method = 'GET', body, file, query, signal }: Options = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': i18n.language };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (file) headers['content-type'] = file.type || 'application/octet-stream';
  const token = csrfToken();
  if (method !== 'GET' && token) headers['x-csrf-token'] = token;
  let response: Response;
  try {
    response = await fetch(`/api${path}${toSearch(query)}`, {
      method,
      headers,
      body: file ?? (body === undefined ? undefined : JSON.stringify(body)),
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiProblem(0, 'NETWORK', i18n.t('common:errors.network'));
  }
  if (response.status === 204) return undefined as T;
  const data: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const problem = (data ?? {}) as { code?: string; message?: string; details?: FieldProblem[] };
    const retryAfter = Number(response.headers.get('retry-after')) || undefined;
    throw new ApiProblem(response.status, problem.code ?? 'INTERNAL', problem.message ?? response.statusText, problem.details, retryAfter);
  }
  return data as T;
}
