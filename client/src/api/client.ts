import {
  endpointRequest,
  type BodyOf,
  type EndpointKey,
  type FileDownload,
  type PathParams,
  type QueryOf,
  type ResponseOf,
} from '#contract';
import { ApiError } from './api-error';

export const API_BASE = '/api/v1';

type Query = Record<string, string | number | undefined | null>;

export interface RequestOptions {
  query?: Query;
  /** JSON-encoded unless it is a string, which is sent as is with `contentType`. */
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface ApiClientOptions {
  getToken: () => string | null;
  /** Called on any 401 of an authenticated request: the token expired or was revoked. */
  onUnauthorized: () => void;
  fetchImpl?: typeof fetch;
}

type NoParams<K extends EndpointKey> = keyof PathParams<K> extends never ? true : false;

/**
 * What a call of route K needs: its path parameters and body when it has them (the contract's
 * endpoint table says which), an optional query of the route's shape, and headers.
 */
export type CallOptions<K extends EndpointKey> = Pick<
  RequestOptions,
  'headers' | 'signal' | 'contentType'
> &
  (NoParams<K> extends true ? { params?: undefined } : { params: PathParams<K> }) &
  ([BodyOf<K>] extends [never] ? { body?: undefined } : { body: BodyOf<K> }) &
  ([QueryOf<K>] extends [never] ? { query?: undefined } : { query?: QueryOf<K> });

type CallArgs<K extends EndpointKey> =
  NoParams<K> extends true
    ? [BodyOf<K>] extends [never]
      ? [options?: CallOptions<K>]
      : [options: CallOptions<K>]
    : [options: CallOptions<K>];

type DownloadKey = {
  [K in EndpointKey]: ResponseOf<K> extends FileDownload ? K : never;
}[EndpointKey];

/** The one fetch wrapper of the app: bearer token, JSON, and errors as ApiError. */
export class ApiClient {
  constructor(private readonly options: ApiClientOptions) {}

  /** Calls a route of the contract's endpoint table, typed by it. */
  call<K extends Exclude<EndpointKey, DownloadKey>>(
    key: K,
    ...[options]: CallArgs<K>
  ): Promise<ResponseOf<K>> {
    const { method, path } = endpointRequest(key, options?.params);
    return this.request<ResponseOf<K>>(method, path, options ?? {});
  }

  /** Downloads a file route of the table (exports need the bearer token, so a link cannot). */
  download<K extends DownloadKey>(
    key: K,
    ...[options]: CallArgs<K>
  ): Promise<{ blob: Blob; filename: string | null }> {
    const { path } = endpointRequest(key, options?.params);
    return this.blob(path, options ?? {});
  }

  private async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const response = await this.send(method, path, options);
    if (response.status === 204) return undefined as T;
    const type = response.headers.get('content-type') ?? '';
    return (type.includes('json') ? await response.json() : await response.text()) as T;
  }

  private async blob(
    path: string,
    options: RequestOptions = {},
  ): Promise<{ blob: Blob; filename: string | null }> {
    const response = await this.send('GET', path, options);
    return {
      blob: await response.blob(),
      filename: filenameOf(response.headers.get('content-disposition')),
    };
  }

  private async send(method: string, path: string, options: RequestOptions): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    const token = this.options.getToken();
    if (token) headers.authorization = `Bearer ${token}`;
    let body: string | undefined;
    if (options.body !== undefined) {
      if (typeof options.body === 'string') {
        body = options.body;
        headers['content-type'] = options.contentType ?? 'text/plain';
      } else {
        body = JSON.stringify(options.body);
        headers['content-type'] = 'application/json';
      }
    }
    const doFetch = this.options.fetchImpl ?? fetch;
    let response: Response;
    try {
      response = await doFetch(API_BASE + path + queryString(options.query), {
        method,
        headers,
        body,
        signal: options.signal,
      });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw new ApiError(0, []);
    }
    if (response.ok) return response;
    const payload: unknown = await response.json().catch(() => null);
    if (response.status === 401 && token) this.options.onUnauthorized();
    throw ApiError.fromBody(response.status, payload);
  }
}

export function queryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function filenameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1] ?? null;
}
