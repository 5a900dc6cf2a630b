import { describe, expect, it } from 'vitest';
import { ApiClient } from './client';

interface Sent {
  url: string;
  init: RequestInit;
}

function clientRecording(answer: Response = Response.json({ ok: true })) {
  const sent: Sent[] = [];
  const api = new ApiClient({
    getToken: () => 'token-1',
    onUnauthorized: () => undefined,
    fetchImpl: (url, init) => {
      const href = typeof url === 'string' ? url : url instanceof URL ? url.href : url.url;
      sent.push({ url: href, init: init ?? {} });
      return Promise.resolve(answer.clone());
    },
  });
  const request = (i: number): Sent => {
    const found = sent[i];
    if (!found) throw new Error(`request ${i} was not sent`);
    return found;
  };
  return { api, request };
}

describe('ApiClient.call: routes of the contract table', () => {
  it('fills and encodes the path parameters and sends the method of the key', async () => {
    const { api, request } = clientRecording();
    await api.call('PUT /paragraphs/:id/translations/:language', {
      params: { id: 'a/b c', language: 'fr' },
      body: { text: 'Nous, les maires' },
    });
    expect(request(0).url).toBe('/api/v1/paragraphs/a%2Fb%20c/translations/fr');
    expect(request(0).init.method).toBe('PUT');
    expect(request(0).init.body).toBe(JSON.stringify({ text: 'Nous, les maires' }));
    expect((request(0).init.headers as Record<string, string>).authorization).toBe(
      'Bearer token-1',
    );
  });

  it('adds the query and the headers it is given', async () => {
    const { api, request } = clientRecording();
    await api.call('GET /participants', { query: { conferenceId: 'c1', role: 'moderator' } });
    await api.call('POST /sessions/:id/speakers', {
      params: { id: 's1' },
      body: {},
      headers: { 'idempotency-key': 'k1' },
    });
    expect(request(0).url).toBe('/api/v1/participants?conferenceId=c1&role=moderator');
    expect((request(1).init.headers as Record<string, string>)['idempotency-key']).toBe('k1');
  });

  it('sends a text body as is with its content type', async () => {
    const { api, request } = clientRecording();
    await api.call('POST /participants/import', {
      body: 'name;email\n',
      contentType: 'text/csv',
      query: { conferenceId: 'c1' },
    });
    expect(request(0).init.body).toBe('name;email\n');
    expect((request(0).init.headers as Record<string, string>)['content-type']).toBe('text/csv');
  });

  it('downloads a file route with the name the server gives', async () => {
    const file = new Response('<html></html>', {
      headers: { 'content-disposition': 'attachment; filename="outcome-v2.html"' },
    });
    const { api, request } = clientRecording(file);
    const { blob, filename } = await api.download('GET /reports/:id/download', {
      params: { id: 'r1' },
      query: { format: 'html' },
    });
    expect(request(0).url).toBe('/api/v1/reports/r1/download?format=html');
    expect(filename).toBe('outcome-v2.html');
    expect(await blob.text()).toBe('<html></html>');
  });
});
