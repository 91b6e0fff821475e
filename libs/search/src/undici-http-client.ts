import { Agent, request } from 'undici';

/**
 * An error answer of Meilisearch. `code` sits where the meilisearch client looks for it
 * (`error.cause.code`, e.g. "index_not_found") once it wraps this error.
 */
export class MeilisearchAnswerError extends Error {
  override name = 'MeilisearchAnswerError';
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

type HttpClient = (...args: Parameters<typeof fetch>) => Promise<unknown>;

/**
 * The meilisearch client's `httpClient` on undici's `request`: Node's fetch costs ~45 ms a
 * search here against ~3 ms for this. Returns the parsed JSON body, throws on an error status.
 * The client only sends string bodies and a Headers object.
 */
export function undiciHttpClient(dispatcher: Agent): HttpClient {
  return async (input, init) => {
    const url = input instanceof URL ? input : new URL(typeof input === 'string' ? input : input.url);
    if (init?.body != null && typeof init.body !== 'string') throw new TypeError('Only string bodies are sent to Meilisearch');
    const response = await request(url, {
      dispatcher,
      method: (init?.method ?? 'GET') as 'GET',
      headers: Object.fromEntries(new Headers(init?.headers)),
      body: init?.body ?? undefined,
      signal: init?.signal ?? undefined,
    });
    const text = await response.body.text();
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      throw new MeilisearchAnswerError(response.statusCode, undefined, `Meilisearch answered ${response.statusCode} with a body that is not JSON`);
    }
    if (response.statusCode >= 400) {
      const answer = (body ?? {}) as { code?: string; message?: string };
      throw new MeilisearchAnswerError(response.statusCode, answer.code, answer.message ?? `Meilisearch answered ${response.statusCode}`);
    }
    return body;
  };
}
