import type {
  Disposition,
  RecommendationInput,
  SessionTransition,
  SpeakerMode,
  SpeakerTopic,
  Stance,
  VoteValue,
} from '#contract';
import type { ApiClient } from '../../api/client';

export type RecommendationDraft = RecommendationInput;

/** The deliberation endpoints of API.md, by the contract's endpoint table. */
export function sessionApi(api: ApiClient) {
  const idem = (key: string) => ({ 'idempotency-key': key });
  return {
    session: (id: string) => api.call('GET /sessions/:id', { params: { id } }),
    // Every status, so withdrawn and merged ones stay findable (hidden ones reach moderators only).
    recommendations: (id: string) =>
      api.call('GET /sessions/:id/recommendations', {
        params: { id },
        query: { status: 'all', limit: 500 },
      }),
    recommendation: (id: string) => api.call('GET /recommendations/:id', { params: { id } }),
    submit: (sessionId: string, draft: RecommendationDraft, idempotencyKey: string) =>
      api.call('POST /sessions/:id/recommendations', {
        params: { id: sessionId },
        body: draft,
        headers: idem(idempotencyKey),
      }),
    update: (id: string, version: number, draft: Partial<RecommendationDraft>) =>
      api.call('PATCH /recommendations/:id', { params: { id }, body: { version, ...draft } }),
    withdraw: (id: string) => api.call('POST /recommendations/:id/withdraw', { params: { id } }),
    coSponsor: (id: string) => api.call('POST /recommendations/:id/co-sponsor', { params: { id } }),
    merge: (id: string, intoId: string) =>
      api.call('POST /recommendations/:id/merge', { params: { id }, body: { intoId } }),
    hide: (id: string, reason: string) =>
      api.call('POST /recommendations/:id/hide', { params: { id }, body: { reason } }),
    disposition: (id: string, disposition: Disposition, note: string) =>
      api.call('PUT /recommendations/:id/disposition', {
        params: { id },
        body: { disposition, ...(note ? { note } : {}) },
      }),
    vote: (id: string, value: VoteValue) =>
      api.call('PUT /recommendations/:id/vote', { params: { id }, body: { value } }),
    withdrawVote: (id: string) => api.call('DELETE /recommendations/:id/vote', { params: { id } }),
    constituencies: (id: string) =>
      api.call('GET /recommendations/:id/support', { params: { id } }),
    comments: (id: string) => api.call('GET /recommendations/:id/comments', { params: { id } }),
    addComment: (
      id: string,
      body: string,
      stance: Stance,
      parentId: string | null,
      idempotencyKey: string,
    ) =>
      api.call('POST /recommendations/:id/comments', {
        params: { id },
        body: { body, stance, ...(parentId ? { parentId } : {}) },
        headers: idem(idempotencyKey),
      }),
    hideComment: (id: string, reason: string) =>
      api.call('POST /comments/:id/hide', { params: { id }, body: { reason } }),
    transition: (id: string, transition: SessionTransition) =>
      api.call(`POST /sessions/:id/${transition}`, { params: { id } }),
    summary: (id: string, text: string) =>
      api.call('PUT /sessions/:id/summary', { params: { id }, body: { text } }),
    speakers: (id: string) => api.call('GET /sessions/:id/speakers', { params: { id } }),
    requestFloor: (id: string, topic: SpeakerTopic, idempotencyKey: string) =>
      api.call('POST /sessions/:id/speakers', {
        params: { id },
        body: topic ? { topic } : {},
        headers: idem(idempotencyKey),
      }),
    withdrawFloor: (id: string) => api.call('DELETE /sessions/:id/speakers/me', { params: { id } }),
    nextSpeaker: (id: string) => api.call('POST /sessions/:id/speakers/next', { params: { id } }),
    endTurn: (id: string) => api.call('POST /sessions/:id/speakers/end', { params: { id } }),
    speakerSettings: (id: string, mode: SpeakerMode, turnSeconds: number) =>
      api.call('PUT /sessions/:id/speakers/settings', {
        params: { id },
        body: { mode, turnSeconds },
      }),
  };
}

export type SessionApi = ReturnType<typeof sessionApi>;
