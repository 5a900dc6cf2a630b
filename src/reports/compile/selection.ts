import type { Language } from '../../participants/participant.constants';
import type { ConferenceRow, SessionRow } from './snapshot';
import { InvalidInput, StateConflict } from '../../common/errors';

/** The document's language: the one asked for, which must be a language of the conference, or its first. */
export function chooseLanguage(conference: ConferenceRow, requested?: string): Language {
  if (requested === undefined) return conference.languages[0] ?? 'en';
  if (!(conference.languages as string[]).includes(requested)) {
    throw new InvalidInput([
      `language must be one of the conference's languages: ${conference.languages.join(', ')}`,
    ]);
  }
  return requested as Language;
}

/**
 * The sessions to compile, in programme order: the ones asked for, each of which must be a
 * closed session of the conference (400 naming `sessionIds.N` otherwise), or every closed one.
 * With nothing closed there is nothing to compile (409), which a secretariat should be told
 * rather than handed an empty document.
 */
export function chooseSessions(sessions: SessionRow[], requested?: string[]): string[] {
  if (requested === undefined) {
    const closed = sessions.filter((s) => s.status === 'closed').map((s) => s.id);
    if (closed.length === 0)
      throw new StateConflict(
        'No closed session to compile: the outcome document is compiled from closed sessions',
      );
    return closed;
  }
  const byId = new Map(sessions.map((s) => [s.id, s]));
  const problems = requested.flatMap((id, i) => {
    const session = byId.get(id);
    if (!session) return [`sessionIds.${i} is not a session of this conference`];
    if (session.status !== 'closed')
      return [`sessionIds.${i} is not a closed session (it is ${session.status})`];
    return [];
  });
  if (problems.length) throw new InvalidInput(problems);
  const wanted = new Set(requested);
  return sessions.filter((s) => wanted.has(s.id)).map((s) => s.id);
}
