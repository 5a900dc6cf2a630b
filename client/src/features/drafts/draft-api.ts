import type {
  AmendmentKind,
  AmendmentProcedure,
  AmendmentVoteResult,
  AmendmentView,
  DraftSummaryView,
  DraftVersionView,
  DraftView,
  ParagraphKind,
  ParagraphView,
  VoteValue,
} from '#contract';
import type { ApiClient } from '../../api/client';

export type DraftFormat = 'docx' | 'pdf' | 'html' | 'md' | 'json';
export const DRAFT_FORMATS: readonly DraftFormat[] = ['docx', 'pdf', 'html', 'md', 'json'];

export interface AmendmentProposal {
  paragraphId: string;
  kind: AmendmentKind;
  text?: string;
  reason: string;
  baseVersion: number;
}

/** The drafting room's endpoints of API.md, typed with the shared contract. */
export function draftApi(api: ApiClient) {
  return {
    list: (conferenceId: string) =>
      api.get<DraftSummaryView[]>(`/conferences/${conferenceId}/drafts`),
    create: (
      conferenceId: string,
      body: { title: string; language: string; fromReportId?: string; chairIds?: string[] },
    ) => api.post<DraftView>(`/conferences/${conferenceId}/drafts`, body),
    draft: (id: string) => api.get<DraftView>(`/drafts/${id}`),
    setChairs: (id: string, participantIds: string[]) =>
      api.put<DraftView>(`/drafts/${id}/chairs`, { participantIds }),
    amendments: (id: string) => api.get<AmendmentView[]>(`/drafts/${id}/amendments`),
    propose: (draftId: string, proposal: AmendmentProposal, idempotencyKey: string) =>
      api.post<AmendmentView>(`/drafts/${draftId}/amendments`, proposal, {
        headers: { 'idempotency-key': idempotencyKey },
      }),
    updateAmendment: (id: string, body: { text?: string; reason?: string; baseVersion: number }) =>
      api.patch<AmendmentView>(`/amendments/${id}`, body),
    withdraw: (id: string) => api.post<AmendmentView>(`/amendments/${id}/withdraw`),
    coSponsor: (id: string) => api.post<AmendmentView>(`/amendments/${id}/co-sponsor`),
    procedure: (id: string, procedure: AmendmentProcedure, text?: string, note?: string) =>
      api.put<AmendmentView>(`/amendments/${id}/procedure`, {
        procedure,
        ...(text ? { text } : {}),
        ...(note ? { note } : {}),
      }),
    vote: (id: string, value: VoteValue) =>
      api.put<AmendmentVoteResult>(`/amendments/${id}/vote`, { value }),
    withdrawVote: (id: string) => api.delete<AmendmentVoteResult>(`/amendments/${id}/vote`),
    closeVote: (id: string) => api.post<AmendmentView>(`/amendments/${id}/close-vote`),
    addParagraph: (
      draftId: string,
      body: { afterId?: string; kind: ParagraphKind; text: string; alternatives?: string[] },
    ) => api.post<ParagraphView>(`/drafts/${draftId}/paragraphs`, body),
    editParagraph: (
      id: string,
      body: { version: number; text?: string; kind?: ParagraphKind; alternatives?: string[] },
    ) => api.patch<ParagraphView>(`/paragraphs/${id}`, body),
    moveParagraph: (id: string, afterId: string | undefined) =>
      api.post<ParagraphView>(`/paragraphs/${id}/move`, afterId ? { afterId } : {}),
    deleteParagraph: (id: string, version: number) =>
      api.delete<ParagraphView>(`/paragraphs/${id}`, { query: { version } }),
    translate: (id: string, language: string, text: string, alternatives: string[]) =>
      api.put<ParagraphView>(`/paragraphs/${id}/translations/${language}`, {
        text,
        ...(alternatives.length ? { alternatives } : {}),
      }),
    versions: (id: string) => api.get<DraftVersionView[]>(`/drafts/${id}/versions`),
    freeze: (id: string, label?: string) =>
      api.post<DraftVersionView>(`/drafts/${id}/versions`, label ? { label } : {}),
    downloadVersion: (
      id: string,
      version: number,
      format: DraftFormat,
      language: string,
      lineNumbers: boolean,
    ) =>
      api.blob(`/drafts/${id}/versions/${version}/download`, {
        query: { format, language, lineNumbers: lineNumbers ? 'true' : undefined },
      }),
    compare: (id: string, from: number, to: number, format: DraftFormat) =>
      api.blob(`/drafts/${id}/compare`, { query: { from, to, format } }),
    startSilence: (id: string, until: string) =>
      api.post<DraftView>(`/drafts/${id}/silence`, { until }),
    breakSilence: (id: string, paragraphNumbers: number[], reason: string) =>
      api.post<DraftView>(`/drafts/${id}/silence/break`, { paragraphNumbers, reason }),
  };
}

export type DraftApi = ReturnType<typeof draftApi>;
