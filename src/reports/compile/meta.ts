import type { Framework } from '../../frameworks/framework.types';
import { countryName } from '../i18n';
import type { Language, OutcomeMeta } from '../outcome-document';
import { localDate } from './local-date';
import type { CompileSnapshot } from './snapshot';
import { frameworkTitle } from './theme-titles';

type Translated = 'title' | 'targetProcess' | 'introduction' | 'city';

/** A text of the conference record in the document's language, else the main field's. */
export function conferenceText(
  snapshot: CompileSnapshot,
  field: Translated,
  language: Language,
): string | null {
  const translated = snapshot.conference.translations[field]?.[language]?.trim();
  return translated || snapshot.conference[field];
}

/** Hosts or partners in the document's language when the conference gives them, else as entered. */
function conferenceList(
  snapshot: CompileSnapshot,
  field: 'hosts' | 'partners',
  language: Language,
): string[] {
  const translated = snapshot.conference.translations[field]?.[language];
  return translated && translated.length > 0 ? translated : snapshot.conference[field];
}

/**
 * The title block. `issuedOn` is the day (at the venue) the last of the compiled sessions
 * closed — not the day of compiling — so recompiling unchanged sessions gives the same
 * document and the same hash; version, status and hash are filled in by the caller.
 */
export function buildMeta(
  snapshot: CompileSnapshot,
  language: Language,
  framework: Framework,
): OutcomeMeta {
  const c = snapshot.conference;
  const included = new Set(snapshot.includedSessionIds);
  const closes = snapshot.sessions
    .filter((s) => included.has(s.id) && s.closedAt !== null)
    .map((s) => (s.closedAt as Date).getTime());
  return {
    title: conferenceText(snapshot, 'title', language) ?? c.title,
    city: conferenceText(snapshot, 'city', language) ?? c.city,
    country: c.country,
    countryName: countryName(c.country, language),
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    targetProcess: conferenceText(snapshot, 'targetProcess', language),
    language,
    version: 0,
    status: 'draft',
    sha256: '',
    framework: {
      id: framework.id,
      title: frameworkTitle(framework, language),
      themeTerm: framework.themeTerm?.[language] ?? framework.themeTerm?.en,
    },
    hosts: conferenceList(snapshot, 'hosts', language),
    partners: conferenceList(snapshot, 'partners', language),
    issuedOn: closes.length > 0 ? localDate(new Date(Math.max(...closes)), c.timezone) : c.endsOn,
  };
}
