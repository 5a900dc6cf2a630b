/**
 * Seeds a large conference for `npm run bench:report` straight into SQLite — prepared
 * statements in one transaction per table, not the API — so that seeding half a million votes
 * takes seconds. Deterministic (a seeded generator), so two runs measure the same data.
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { GOVERNANCE_LEVELS } from '#contract';
import { CONSTITUENCIES } from '../../src/participants/participant.constants';

export interface Size {
  sessions: number;
  recommendations: number;
  votes: number;
  comments: number;
  delegates: number;
}

export const FULL: Size = {
  sessions: 40,
  recommendations: 5000,
  votes: 500_000,
  comments: 50_000,
  delegates: 1000,
};

export const scaled = (size: Size, factor: number): Size => ({
  sessions: Math.max(1, Math.round(size.sessions * factor)),
  recommendations: Math.round(size.recommendations * factor),
  votes: Math.round(size.votes * factor),
  comments: Math.round(size.comments * factor),
  delegates: Math.max(200, Math.round(size.delegates * factor)),
});

const COUNTRIES = ['BE', 'NL', 'DE', 'FR', 'ES', 'IT', 'MA', 'MX', 'SN', 'TR', 'BR', 'KE'];
const WORDS =
  'cities migrants services housing schools health data inclusion cohesion rights labour mobility remittances return dialogue partnership municipalité intégration derechos ciudades política régionale coopération acogida'.split(
    ' ',
  );

/** mulberry32: small, fast and good enough to spread votes. */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const stamp = (ms: number): string => new Date(ms).toISOString().replace('T', ' ').replace('Z', '');

/**
 * Votes per recommendation, from a few to twice the mean (so some are only noted for lack of
 * votes), adjusted one by one until they add up to the total exactly.
 */
function voteCounts(size: Size, voters: number, random: () => number): number[] {
  const mean = size.votes / size.recommendations;
  const max = Math.min(voters, Math.max(2, Math.round(2 * mean - 2)));
  const counts = Array.from({ length: size.recommendations }, () =>
    Math.min(max, 2 + Math.floor(random() * (max - 1))),
  );
  let diff = size.votes - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % counts.length) {
    const step = Math.sign(diff);
    if (counts[i] + step >= 2 && counts[i] + step <= voters) {
      counts[i] += step;
      diff -= step;
    }
  }
  return counts;
}

export interface Seeded {
  conferenceId: string;
  sessionIds: string[];
}

export function seedConference(path: string, size: Size): Seeded {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const random = generator(2017);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const words = (n: number): string => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const sentence = (n: number): string => {
    const text = words(n);
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  const t0 = Date.UTC(2017, 10, 16, 8, 0, 0);
  const now = stamp(t0);

  const conferenceId = randomUUID();
  db.prepare(
    `INSERT INTO conferences (id, "createdAt", "updatedAt", slug, title, city, country, timezone, "startsOn", "endsOn", framework, languages, "targetProcess", introduction, hosts, partners, "adoptionRule", translations)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    conferenceId,
    now,
    now,
    `bench-${conferenceId.slice(0, 8)}`,
    'Global Conference on Cities and Migration (benchmark)',
    'Mechelen',
    'BE',
    'Europe/Brussels',
    '2017-11-16',
    '2017-11-17',
    'gcm-objectives',
    JSON.stringify(['en', 'fr', 'es']),
    'GCM stocktaking, Puerto Vallarta, December 2017',
    [sentence(40), sentence(40), sentence(20)].join('\n\n'),
    JSON.stringify(['Government of Belgium', 'City of Mechelen']),
    JSON.stringify(['IOM', 'UN-Habitat', 'UCLG']),
    JSON.stringify({ minVotes: 5, minSupportShare: 0.6 }),
    JSON.stringify({}),
  );

  const participant = db.prepare(
    `INSERT INTO participants (id, "createdAt", "updatedAt", name, email, organisation, constituency, country, city, language, role, "conferenceId", active, "secretHash")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'en', ?, ?, 1, 'x')`,
  );
  const delegates: Array<{ id: string; constituency: string }> = [];
  const moderators: string[] = [];
  db.transaction(() => {
    for (let i = 0; i < size.delegates; i++) {
      const id = randomUUID();
      const constituency = CONSTITUENCIES[i % CONSTITUENCIES.length];
      participant.run(
        id,
        now,
        now,
        `Delegate ${i}`,
        `d${i}-${id}@bench.example`,
        `Organisation ${i % 300}`,
        constituency,
        pick(COUNTRIES),
        'City',
        'delegate',
        conferenceId,
      );
      delegates.push({ id, constituency });
    }
    for (let i = 0; i < 20; i++) {
      const id = randomUUID();
      participant.run(
        id,
        now,
        now,
        `Moderator ${i}`,
        `m${i}-${id}@bench.example`,
        `Network ${i}`,
        'international_organisation',
        'BE',
        'Brussels',
        'moderator',
        conferenceId,
      );
      moderators.push(id);
    }
  })();

  const sessionIds: string[] = [];
  const session = db.prepare(
    `INSERT INTO sessions (id, "createdAt", "updatedAt", "conferenceId", title, kind, description, room, "startsAt", "endsAt", status, summary, translations, "closedAt")
     VALUES (?, ?, ?, ?, ?, 'parallel_workshop', NULL, ?, ?, ?, 'closed', ?, ?, ?)`,
  );
  const moderator = db.prepare(
    'INSERT INTO session_moderators ("sessionId", "participantId") VALUES (?, ?)',
  );
  db.transaction(() => {
    for (let i = 0; i < size.sessions; i++) {
      const id = randomUUID();
      const starts = t0 + i * 45 * 60_000;
      session.run(
        id,
        now,
        now,
        conferenceId,
        `Workshop ${i + 1}: ${words(5)}`,
        `Room ${(i % 8) + 1}`,
        stamp(starts),
        stamp(starts + 40 * 60_000),
        [sentence(30), sentence(25)].join('\n\n'),
        JSON.stringify({ title: { fr: `Atelier ${i + 1}` } }),
        stamp(starts + 40 * 60_000),
      );
      moderator.run(id, moderators[i % moderators.length]);
      moderator.run(id, moderators[(i + 7) % moderators.length]);
      sessionIds.push(id);
    }
  })();

  const recommendation = db.prepare(
    `INSERT INTO recommendations (id, "createdAt", "updatedAt", "conferenceId", "sessionId", "authorId", title, body, themes, "governanceLevel", status, version, "hiddenReason", "supportCount", "opposeCount", "abstainCount", "commentCount")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)`,
  );
  const sponsor = db.prepare(
    'INSERT OR IGNORE INTO recommendation_sponsors ("recommendationId", "participantId", source, "createdAt") VALUES (?, ?, ?, ?)',
  );
  const vote = db.prepare(
    `INSERT INTO votes (id, "createdAt", "updatedAt", "recommendationId", "sessionId", "participantId", constituency, value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const comment = db.prepare(
    `INSERT INTO comments (id, "createdAt", "updatedAt", "recommendationId", "sessionId", "authorId", "parentId", body, stance, hidden, "hiddenReason") VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)`,
  );
  const counts = voteCounts(size, delegates.length, random);
  // Spread evenly, so that the total is exact.
  const share = (total: number, r: number): number =>
    Math.floor(((r + 1) * total) / size.recommendations) -
    Math.floor((r * total) / size.recommendations);
  db.transaction(() => {
    for (let r = 0; r < size.recommendations; r++) {
      const id = randomUUID();
      const sessionId = sessionIds[r % sessionIds.length];
      const author = delegates[Math.floor(random() * delegates.length)];
      const themes = [
        ...new Set(
          Array.from(
            { length: 1 + Math.floor(random() * 3) },
            () => `GCM-${1 + Math.floor(random() * 23)}`,
          ),
        ),
      ];
      const status = random() < 0.03 ? 'hidden' : random() < 0.03 ? 'withdrawn' : 'submitted';
      const count = counts[r];
      const lean = random();
      const tally = { support: 0, oppose: 0, abstain: 0 };
      const created = stamp(t0 + r * 1000);
      const start = Math.floor(random() * delegates.length);
      const rows: Array<[string, string, string]> = [];
      for (let v = 0; v < count; v++) {
        const voter = delegates[(start + v) % delegates.length];
        const roll = random();
        const value = roll < 0.08 ? 'abstain' : roll < 0.08 + 0.92 * lean ? 'support' : 'oppose';
        tally[value]++;
        rows.push([voter.id, voter.constituency, value]);
      }
      recommendation.run(
        id,
        created,
        created,
        conferenceId,
        sessionId,
        author.id,
        `Recommendation ${r + 1}: ${words(8)}`,
        [sentence(35), sentence(30), sentence(25)].join('\n\n'),
        JSON.stringify(themes),
        pick(GOVERNANCE_LEVELS),
        status,
        status === 'hidden' ? 'abusive' : null,
        tally.support,
        tally.oppose,
        tally.abstain,
        0,
      );
      sponsor.run(id, author.id, 'author', created);
      for (let s = Math.floor(random() * 4); s > 0; s--)
        sponsor.run(id, pick(delegates).id, 'co_sponsor', created);
      for (const [participantId, constituency, value] of rows)
        vote.run(randomUUID(), created, created, id, sessionId, participantId, constituency, value);
      const comments = share(size.comments, r);
      for (let c = 0; c < comments; c++) {
        const hidden = random() < 0.05;
        comment.run(
          randomUUID(),
          created,
          created,
          id,
          sessionId,
          pick(delegates).id,
          sentence(20),
          pick(['for', 'against', 'neutral']),
          hidden ? 1 : 0,
          hidden ? 'off topic' : null,
        );
      }
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { conferenceId, sessionIds };
}
