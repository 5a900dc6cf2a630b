import type { Framework } from '../../frameworks/framework.types';
import type { Language, OutcomeDocument } from '../outcome-document';
import { localTitle, method, participation, programme, sessionSummaries } from './annexes';
import { placeEntries } from './chapters';
import { buildEntries } from './entries';
import { contentHash, languageIndependentHash } from './hash';
import { buildMeta, conferenceText } from './meta';
import type { CompileSnapshot } from './snapshot';
import { themeRefs } from './theme-titles';

/**
 * The outcome document from a snapshot: a pure function, so the same snapshot always gives the
 * same document and hash. Its version is 0 and its status draft until it is stored.
 */
export function assembleDocument(
  snapshot: CompileSnapshot,
  language: Language,
  framework: Framework,
): OutcomeDocument {
  const sessions = new Map(snapshot.sessions.map((s) => [s.id, s]));
  const entries = buildEntries(snapshot, (id) => {
    const session = sessions.get(id);
    return session ? localTitle(session, language) : '';
  });
  const { chapters, annexA, themes } = placeEntries(entries, themeRefs(framework, language));
  const document: OutcomeDocument = {
    meta: buildMeta(snapshot, language, framework),
    introduction: conferenceText(snapshot, 'introduction', language) ?? '',
    chapters,
    themes,
    sessionSummaries: sessionSummaries(snapshot, language),
    annexA,
    annexB: programme(snapshot, language),
    annexC: participation(snapshot, language),
    annexD: method(snapshot),
  };
  document.meta.sha256 = contentHash(document);
  document.meta.contentSha256 = languageIndependentHash(document);
  return document;
}
