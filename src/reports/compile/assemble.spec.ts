import gcmObjectives from '../../frameworks/data/gcm-objectives.json';
import type { Framework } from '../../frameworks/framework.types';
import { assembleDocument } from './assemble';
import { contentHash } from './hash';
import { localDate } from './local-date';
import type { CompileSnapshot, RecommendationRow, VoteCountRow } from './snapshot';

const framework = gcmObjectives as Framework;
const S1 = 'session-1';
const S2 = 'session-2';

function rec(
  id: string,
  sessionId: string,
  themes: string[],
  extra: Partial<RecommendationRow> = {},
) {
  return {
    id,
    sessionId,
    title: `Title ${id}`,
    body: `Body ${id}`,
    themes,
    governanceLevel: 'local' as const,
    disposition: null,
    dispositionNote: null,
    ...extra,
  };
}

/** `support` and `oppose` votes spread over three constituencies. */
function votes(id: string, support: number, oppose: number): VoteCountRow[] {
  const rows: VoteCountRow[] = [];
  const constituencies = ['local_government', 'civil_society', 'academia'];
  for (let i = 0; i < support; i++)
    rows.push({
      recommendationId: id,
      constituency: constituencies[i % 3],
      value: 'support',
      count: 1,
    });
  for (let i = 0; i < oppose; i++)
    rows.push({
      recommendationId: id,
      constituency: constituencies[i % 3],
      value: 'oppose',
      count: 1,
    });
  return rows;
}

function snapshot(): CompileSnapshot {
  const session = (id: string, startsAt: string, closedAt: string) => ({
    id,
    title: `Session ${id}`,
    kind: 'led_discussion' as const,
    room: null,
    startsAt: new Date(startsAt),
    endsAt: new Date(startsAt),
    status: 'closed' as const,
    summary: null,
    titles: { fr: `Séance ${id}` },
    closedAt: new Date(closedAt),
  });
  return {
    conference: {
      id: 'c',
      title: 'Global Conference on Cities and Migration',
      city: 'Mechelen',
      country: 'BE',
      timezone: 'Europe/Brussels',
      startsOn: '2017-11-16',
      endsOn: '2017-11-17',
      framework: 'gcm-objectives',
      languages: ['en', 'fr'],
      targetProcess: null,
      introduction: 'Intro',
      hosts: [],
      partners: [],
      adoptionRule: { minVotes: 5, minSupportShare: 0.6 },
      translations: { title: { fr: 'Conférence mondiale sur les villes et la migration' } },
    },
    // Closed at 23:30 UTC on the 16th: already the 17th in Mechelen.
    sessions: [
      session(S1, '2017-11-16T09:00:00Z', '2017-11-16T10:00:00Z'),
      session(S2, '2017-11-16T11:00:00Z', '2017-11-16T23:30:00Z'),
    ],
    includedSessionIds: [S1, S2],
    moderators: [],
    recommendations: [
      rec('late', S2, ['GCM-1']),
      rec('multi', S1, ['GCM-16', 'GCM-1', 'GCM-16']),
      rec('few-votes', S1, ['GCM-4']),
      rec('rejected', S1, ['GCM-2']),
      rec('overridden', S1, ['GCM-2'], {
        disposition: 'adopted',
        dispositionNote: '  Adopted as the basis of the city network’s pledge.  ',
      }),
      rec('confirmed', S1, ['GCM-2'], { disposition: 'not_adopted' }),
      rec('unknown-theme', S1, ['OLD-9']),
    ],
    sponsors: [
      { recommendationId: 'multi', organisation: 'City of Mechelen' },
      { recommendationId: 'multi', organisation: null },
      { recommendationId: 'multi', organisation: 'City of Mechelen' },
      { recommendationId: 'multi', organisation: 'IOM' },
    ],
    votes: [
      ...votes('late', 6, 0),
      ...votes('multi', 9, 1),
      ...votes('few-votes', 2, 0),
      ...votes('rejected', 1, 5),
      ...votes('overridden', 1, 5),
      ...votes('confirmed', 1, 5),
      ...votes('unknown-theme', 5, 0),
    ],
    decisions: [
      { recommendationId: 'overridden', actorRole: 'secretariat', name: 'Office' },
      { recommendationId: 'overridden', actorRole: 'moderator', name: 'Ana López' },
      { recommendationId: 'confirmed', actorRole: 'secretariat', name: 'Office' },
    ],
    participation: [
      { constituency: 'civil_society', country: 'FR', count: 2 },
      { constituency: 'local_government', country: 'BE', count: 2 },
      { constituency: 'local_government', country: 'AT', count: 2 },
      { constituency: null, country: null, count: 1 },
    ],
  };
}

describe('assembleDocument', () => {
  const doc = assembleDocument(snapshot(), 'en', framework);

  it('prints adopted recommendations under their first theme, in framework order, numbered through the document', () => {
    expect(
      doc.chapters.map((c) => [c.theme.code, c.recommendations.map((r) => `${r.number}:${r.id}`)]),
    ).toEqual([
      ['GCM-1', ['1:late']],
      ['GCM-2', ['2:overridden']],
      ['GCM-16', ['3:multi']],
      // A theme the framework does not have keeps its recommendation, after the framework's own.
      ['OLD-9', ['4:unknown-theme']],
    ]);
    expect(doc.chapters[0].crossReferences).toEqual([{ number: 3, title: 'Title multi' }]);
  });

  it('takes the moderator’s disposition, else the adoption rule’s proposal', () => {
    const all = [...doc.chapters.flatMap((c) => c.recommendations), ...doc.annexA];
    expect(all.find((r) => r.id === 'overridden')?.disposition).toBe('adopted');
    expect(all.some((r) => r.id === 'rejected')).toBe(false);
    expect(doc.annexA.map((r) => [r.number, r.id, r.disposition])).toEqual([
      [5, 'few-votes', 'noted'],
    ]);
  });

  it('records how each disposition was reached: the rule’s proposal, who decided, the note', () => {
    const all = [...doc.chapters.flatMap((c) => c.recommendations), ...doc.annexA];
    const byId = new Map(all.map((r) => [r.id, r]));
    // The latest audit entry names who recorded it; the note is trimmed.
    expect(byId.get('overridden')?.decision).toEqual({
      proposed: 'not_adopted',
      by: 'moderator',
      name: 'Ana López',
      note: 'Adopted as the basis of the city network’s pledge.',
    });
    expect(byId.get('late')?.decision).toEqual({
      proposed: 'adopted',
      by: 'rule',
      name: null,
      note: null,
    });
    // A confirmed rejection is left out of the document like any other.
    expect(byId.has('confirmed')).toBe(false);
  });

  it('recomputes tallies and marks from the votes, and names each sponsoring organisation once', () => {
    const multi = doc.chapters[2].recommendations[0];
    expect(multi.tally).toEqual({ support: 9, oppose: 1, abstain: 0 });
    expect(multi.constituencySupport.map((c) => [c.constituency, c.votes, c.supportShare])).toEqual(
      [
        ['local_government', 4, 0.75],
        ['civil_society', 3, 1],
        ['academia', 3, 1],
      ],
    );
    expect(multi.bridging).toBe(0.75);
    expect(multi.consensus).toBe('broad');
    expect(multi.sponsors).toEqual(['City of Mechelen', 'IOM']);
  });

  it('dates the document by the last close, at the venue', () => {
    expect(doc.meta.issuedOn).toBe('2017-11-17');
    expect(localDate(new Date('2017-11-16T22:59:00Z'), 'Europe/Brussels')).toBe('2017-11-16');
  });

  it('counts participation by constituency in canonical order and by country, by name', () => {
    expect(doc.annexC).toEqual({
      total: 7,
      byConstituency: [
        { constituency: 'local_government', count: 4 },
        { constituency: 'civil_society', count: 2 },
      ],
      byCountry: [
        { country: 'AT', name: 'Austria', count: 2 },
        { country: 'BE', name: 'Belgium', count: 2 },
        { country: 'FR', name: 'France', count: 2 },
      ],
    });
  });

  it('names every cited theme, those without a chapter included', () => {
    expect(doc.themes?.map((t) => t.code)).toEqual(['GCM-1', 'GCM-2', 'GCM-4', 'GCM-16', 'OLD-9']);
  });

  it('hashes the content, not the version or the status, so recompiling gives the same hash', () => {
    const again = assembleDocument(snapshot(), 'en', framework);
    expect(again.meta.sha256).toBe(doc.meta.sha256);
    const final = { ...doc, meta: { ...doc.meta, version: 7, status: 'final' as const } };
    expect(contentHash(final)).toBe(doc.meta.sha256);
    const edited = snapshot();
    edited.recommendations[0].body += '!';
    expect(assembleDocument(edited, 'en', framework).meta.sha256).not.toBe(doc.meta.sha256);
  });

  it('gives every language version one content fingerprint, which a vote or a disposition changes', () => {
    const versions = (['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const).map((language) =>
      assembleDocument(snapshot(), language, framework),
    );
    expect(new Set(versions.map((v) => v.meta.contentSha256)).size).toBe(1);
    expect(new Set(versions.map((v) => v.meta.sha256)).size).toBe(6);
    expect(doc.meta.contentSha256).toMatch(/^[0-9a-f]{64}$/);
    // Neither fingerprint covers the list of language versions a stored version names.
    const stored = {
      ...doc,
      meta: { ...doc.meta, languageVersions: [{ version: 2, language: 'fr' as const }] },
    };
    expect(contentHash(stored)).toBe(doc.meta.sha256);

    const voted = snapshot();
    voted.votes.push({
      recommendationId: voted.recommendations[0].id,
      constituency: 'academia',
      value: 'oppose',
      count: 1,
    });
    expect(assembleDocument(voted, 'fr', framework).meta.contentSha256).not.toBe(
      doc.meta.contentSha256,
    );
    const decided = snapshot();
    decided.recommendations[0].disposition = 'noted';
    expect(assembleDocument(decided, 'ar', framework).meta.contentSha256).not.toBe(
      doc.meta.contentSha256,
    );
  });

  it('translates what the conference record and the framework data translate', () => {
    const fr = assembleDocument(snapshot(), 'fr', framework);
    expect(fr.meta.title).toBe('Conférence mondiale sur les villes et la migration');
    expect(fr.meta.countryName).toBe('Belgique');
    expect(fr.meta.framework.title).toBe(
      'Pacte mondial pour des migrations sûres, ordonnées et régulières\u00a0: objectifs',
    );
    expect(fr.chapters[0].theme.shortTitle).toBe('Données');
    expect(fr.chapters[0].recommendations[0].session.title).toBe(`Séance ${S2}`);
    expect(fr.meta.sha256).not.toBe(doc.meta.sha256);
  });

  it('writes the city, hosts, partners, countries and objectives in each of the six languages', () => {
    const six = snapshot();
    six.conference.hosts = ['City of Mechelen'];
    six.conference.translations = {
      city: { fr: 'Malines', es: 'Malinas', ar: 'مشلن', zh: '梅赫伦', ru: 'Мехелен' },
      hosts: { ar: ['مدينة مشلن'] },
    };
    six.participation.push({ constituency: 'academia', country: 'KR', count: 1 });
    const docs = (['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const).map((language) =>
      assembleDocument(six, language, framework),
    );
    expect(docs.map((d) => d.meta.city)).toEqual([
      'Mechelen',
      'Malines',
      'Malinas',
      'مشلن',
      '梅赫伦',
      'Мехелен',
    ]);
    expect(docs.map((d) => d.meta.hosts[0])).toEqual([
      'City of Mechelen',
      'City of Mechelen',
      'City of Mechelen',
      'مدينة مشلن',
      'City of Mechelen',
      'City of Mechelen',
    ]);
    // UN short names, sorted by Intl.Collator in the document's language.
    expect(docs[0].annexC.byCountry.map((c) => c.name)).toEqual([
      'Austria',
      'Belgium',
      'France',
      'Republic of Korea',
    ]);
    expect(docs[5].annexC.byCountry.map((c) => c.name)).toEqual([
      'Австрия',
      'Бельгия',
      'Республика Корея',
      'Франция',
    ]);
    expect(docs[4].annexC.byCountry.map((c) => c.country)).toEqual(
      [...docs[4].annexC.byCountry]
        .sort((a, b) => new Intl.Collator('zh').compare(a.name ?? '', b.name ?? ''))
        .map((c) => c.country),
    );
    expect(docs[3].chapters[0].theme.title).toBe(
      'جمع واستخدام بيانات دقيقة ومصنفة كأساس لسياسات قائمة على الأدلة',
    );
    expect(docs[4].meta.framework.title).toBe('安全、有序和正常移民全球契约：目标');
    expect(docs[5].chapters[0].theme.shortTitle).toBe('Данные');
  });
});
