import type {
  AmendmentInput,
  AmendmentProcedure,
  AmendmentUpdateInput,
  DraftFormat,
  DraftInput,
  Language,
  ParagraphInput,
  ParagraphUpdateInput,
  SpeakerMode,
  SpeakerTopic,
  VoteValue,
} from '#contract';
import type { ApiClient } from '../../api/client';

export { DRAFT_FORMATS, type DraftFormat } from '#contract';

export type AmendmentProposal = AmendmentInput;

/** The drafting room's endpoints of API.md, by the contract's endpoint table. */
export function draftApi(api: ApiClient) {
  return {
    list: (conferenceId: string) =>
      api.call('GET /conferences/:id/drafts', { params: { id: conferenceId } }),
    create: (conferenceId: string, body: DraftInput) =>
      api.call('POST /conferences/:id/drafts', { params: { id: conferenceId }, body }),
    draft: (id: string) => api.call('GET /drafts/:id', { params: { id } }),
    setChairs: (id: string, participantIds: string[]) =>
      api.call('PUT /drafts/:id/chairs', { params: { id }, body: { participantIds } }),
    amendments: (id: string) => api.call('GET /drafts/:id/amendments', { params: { id } }),
    propose: (draftId: string, proposal: AmendmentProposal, idempotencyKey: string) =>
      api.call('POST /drafts/:id/amendments', {
        params: { id: draftId },
        body: proposal,
        headers: { 'idempotency-key': idempotencyKey },
      }),
    updateAmendment: (id: string, body: AmendmentUpdateInput) =>
      api.call('PATCH /amendments/:id', { params: { id }, body }),
    withdraw: (id: string) => api.call('POST /amendments/:id/withdraw', { params: { id } }),
    coSponsor: (id: string) => api.call('POST /amendments/:id/co-sponsor', { params: { id } }),
    procedure: (id: string, procedure: AmendmentProcedure, text?: string, note?: string) =>
      api.call('PUT /amendments/:id/procedure', {
        params: { id },
        body: { procedure, ...(text ? { text } : {}), ...(note ? { note } : {}) },
      }),
    vote: (id: string, value: VoteValue) =>
      api.call('PUT /amendments/:id/vote', { params: { id }, body: { value } }),
    withdrawVote: (id: string) => api.call('DELETE /amendments/:id/vote', { params: { id } }),
    closeVote: (id: string) => api.call('POST /amendments/:id/close-vote', { params: { id } }),
    addParagraph: (draftId: string, body: ParagraphInput) =>
      api.call('POST /drafts/:id/paragraphs', { params: { id: draftId }, body }),
    editParagraph: (id: string, body: ParagraphUpdateInput) =>
      api.call('PATCH /paragraphs/:id', { params: { id }, body }),
    moveParagraph: (id: string, afterId: string | undefined) =>
      api.call('POST /paragraphs/:id/move', { params: { id }, body: afterId ? { afterId } : {} }),
    deleteParagraph: (id: string, version: number) =>
      api.call('DELETE /paragraphs/:id', { params: { id }, query: { version } }),
    translate: (id: string, language: string, text: string, alternatives: string[]) =>
      api.call('PUT /paragraphs/:id/translations/:language', {
        params: { id, language },
        body: { text, ...(alternatives.length ? { alternatives } : {}) },
      }),
    versions: (id: string) => api.call('GET /drafts/:id/versions', { params: { id } }),
    freeze: (id: string, label?: string) =>
      api.call('POST /drafts/:id/versions', { params: { id }, body: label ? { label } : {} }),
    downloadVersion: (
      id: string,
      version: number,
      format: DraftFormat,
      language: Language | undefined,
      lineNumbers: boolean,
    ) =>
      api.download('GET /drafts/:id/versions/:version/download', {
        params: { id, version },
        query: { format, language, lineNumbers: lineNumbers ? 'true' : undefined },
      }),
    compare: (id: string, from: number, to: number, format: DraftFormat) =>
      api.download('GET /drafts/:id/compare', { params: { id }, query: { from, to, format } }),
    startSilence: (id: string, until: string) =>
      api.call('POST /drafts/:id/silence', { params: { id }, body: { until } }),
    breakSilence: (id: string, paragraphNumbers: number[], reason: string) =>
      api.call('POST /drafts/:id/silence/break', {
        params: { id },
        body: { paragraphNumbers, reason },
      }),
    speakers: (id: string) => api.call('GET /drafts/:id/speakers', { params: { id } }),
    requestFloor: (id: string, topic: SpeakerTopic, idempotencyKey: string) =>
      api.call('POST /drafts/:id/speakers', {
        params: { id },
        body: topic ? { topic } : {},
        headers: { 'idempotency-key': idempotencyKey },
      }),
    withdrawFloor: (id: string) => api.call('DELETE /drafts/:id/speakers/me', { params: { id } }),
    nextSpeaker: (id: string) => api.call('POST /drafts/:id/speakers/next', { params: { id } }),
    endTurn: (id: string) => api.call('POST /drafts/:id/speakers/end', { params: { id } }),
    speakerSettings: (id: string, mode: SpeakerMode, turnSeconds: number) =>
      api.call('PUT /drafts/:id/speakers/settings', {
        params: { id },
        body: { mode, turnSeconds },
      }),
  };
}

export type DraftApi = ReturnType<typeof draftApi>;
