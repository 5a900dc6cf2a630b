import type {
  CommentView,
  ConstituencySupport,
  Disposition,
  GovernanceLevel,
  RecommendationView,
  SessionView,
  SpeakerMode,
  SpeakerRequestCreated,
  SpeakersView,
  SpeakerTopic,
  Stance,
  VoteResult,
  VoteValue,
} from '#contract';
import type { ApiClient } from '../../api/client';

export interface RecommendationDraft {
  title: string;
  body: string;
  themes: string[];
  governanceLevel: GovernanceLevel;
}

export type SessionTransition = 'open' | 'lock-submissions' | 'close' | 'reopen';

/** The deliberation endpoints of API.md, typed with the shared contract. */
export function sessionApi(api: ApiClient) {
  return {
    session: (id: string) => api.get<SessionView>(`/sessions/${id}`),
    // Every status, so withdrawn and merged ones stay findable (hidden ones reach moderators only).
    recommendations: (id: string) =>
      api.get<RecommendationView[]>(`/sessions/${id}/recommendations`, {
        query: { status: 'all', limit: 500 },
      }),
    recommendation: (id: string) => api.get<RecommendationView>(`/recommendations/${id}`),
    submit: (sessionId: string, draft: RecommendationDraft, idempotencyKey: string) =>
      api.post<RecommendationView>(`/sessions/${sessionId}/recommendations`, draft, {
        headers: { 'idempotency-key': idempotencyKey },
      }),
    update: (id: string, version: number, draft: Partial<RecommendationDraft>) =>
      api.patch<RecommendationView>(`/recommendations/${id}`, { version, ...draft }),
    withdraw: (id: string) => api.post<RecommendationView>(`/recommendations/${id}/withdraw`),
    coSponsor: (id: string) => api.post<RecommendationView>(`/recommendations/${id}/co-sponsor`),
    merge: (id: string, intoId: string) =>
      api.post<RecommendationView>(`/recommendations/${id}/merge`, { intoId }),
    hide: (id: string, reason: string) =>
      api.post<RecommendationView>(`/recommendations/${id}/hide`, { reason }),
    disposition: (id: string, disposition: Disposition, note: string) =>
      api.put<RecommendationView>(`/recommendations/${id}/disposition`, {
        disposition,
        ...(note ? { note } : {}),
      }),
    vote: (id: string, value: VoteValue) =>
      api.put<VoteResult>(`/recommendations/${id}/vote`, { value }),
    withdrawVote: (id: string) => api.delete<VoteResult>(`/recommendations/${id}/vote`),
    constituencies: (id: string) =>
      api.get<ConstituencySupport[]>(`/recommendations/${id}/support`),
    comments: (id: string) => api.get<CommentView[]>(`/recommendations/${id}/comments`),
    addComment: (
      id: string,
      body: string,
      stance: Stance,
      parentId: string | null,
      idempotencyKey: string,
    ) =>
      api.post<CommentView>(
        `/recommendations/${id}/comments`,
        { body, stance, ...(parentId ? { parentId } : {}) },
        {
          headers: { 'idempotency-key': idempotencyKey },
        },
      ),
    hideComment: (id: string, reason: string) =>
      api.post<CommentView>(`/comments/${id}/hide`, { reason }),
    transition: (id: string, transition: SessionTransition) =>
      api.post<SessionView>(`/sessions/${id}/${transition}`),
    summary: (id: string, text: string) =>
      api.put<SessionView>(`/sessions/${id}/summary`, { text }),
    speakers: (id: string) => api.get<SpeakersView>(`/sessions/${id}/speakers`),
    requestFloor: (id: string, topic: SpeakerTopic, idempotencyKey: string) =>
      api.post<SpeakerRequestCreated>(`/sessions/${id}/speakers`, topic ? { topic } : {}, {
        headers: { 'idempotency-key': idempotencyKey },
      }),
    withdrawFloor: (id: string) => api.delete<SpeakersView>(`/sessions/${id}/speakers/me`),
    nextSpeaker: (id: string) => api.post<SpeakersView>(`/sessions/${id}/speakers/next`),
    endTurn: (id: string) => api.post<SpeakersView>(`/sessions/${id}/speakers/end`),
    speakerSettings: (id: string, mode: SpeakerMode, turnSeconds: number) =>
      api.put<SpeakersView>(`/sessions/${id}/speakers/settings`, { mode, turnSeconds }),
  };
}

export type SessionApi = ReturnType<typeof sessionApi>;
