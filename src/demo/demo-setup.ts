import { AuditService } from '../audit/audit.service';
import { hashSecret } from '../participants/secret-hasher';
import { Conference, DEFAULT_ADOPTION_RULE } from '../conferences/conference.entity';
import { TransactionRunner } from '../database/transaction-runner';
import { Participant } from '../participants/participant.entity';
import type { Language } from '../participants/participant.constants';
import { SessionModerator } from '../sessions/session-moderator.entity';
import { Session } from '../sessions/session.entity';
import type { SessionKind } from '../sessions/session.constants';
import { DEMO_ACCESS_CODE, DEMO_ACCOUNTS, demoEmail } from './demo-accounts';
import mechelen from './mechelen-2017.json';

type Localised = { en: string; fr?: string; es?: string };

const INTRODUCTION: Localised = {
  en:
    'In October 2016 the Member States of the United Nations adopted the New Urban Agenda at Habitat III, recognising migration as a field of governance that needs coherent and coordinated policies at central, regional and local level.\n\n' +
    'Hosted by the Government of Belgium and the City of Mechelen with IOM, UN-Habitat and UCLG as institutional partners, the Global Conference on Cities and Migration gathered decision-makers to shape recommendations on cooperation in migration governance between local and national levels, as a follow-up to Habitat III and as a contribution to the stocktaking meeting of the Global Compact for Migration hosted by the Government of Mexico in December 2017.\n\n' +
    'This document brings together the recommendations the delegates adopted in the conference sessions.',
  fr:
    "En octobre 2016, les États membres de l'ONU ont adopté le Nouvel Agenda Urbain lors de la Conférence Habitat III, établissant que la migration est l'un des principaux domaines de gouvernance qui nécessite une cohérence et une coordination des politiques au niveau central, régional et local.\n\n" +
    "Accueillie par le gouvernement belge et la ville de Malines avec l'OIM, ONU-Habitat et CGLU comme partenaires institutionnels, la Conférence mondiale sur les villes et la migration a réuni des décideurs autour de recommandations sur la coopération en matière de gouvernance des migrations entre les niveaux local et national, dans le suivi d'Habitat III et comme contribution à la réunion d'évaluation du Pacte mondial sur les migrations organisée par le gouvernement mexicain en décembre 2017.\n\n" +
    'Ce document rassemble les recommandations adoptées par les délégués lors des sessions de la conférence.',
  es:
    'En octubre de 2016, los Estados Miembros de las Naciones Unidas adoptaron la Nueva Agenda Urbana en Hábitat III, reconociendo la migración como un ámbito de gobernanza que requiere políticas coherentes y coordinadas a nivel central, regional y local.\n\n' +
    'Organizada por el Gobierno de Bélgica y la ciudad de Malinas con la OIM, ONU-Hábitat y CGLU como socios institucionales, la Conferencia Mundial sobre Ciudades y Migración reunió a responsables políticos en torno a recomendaciones sobre la cooperación en la gobernanza de la migración entre los niveles local y nacional, como seguimiento de Hábitat III y como contribución a la reunión de balance del Pacto Mundial para la Migración organizada por el Gobierno de México en diciembre de 2017.\n\n' +
    'Este documento reúne las recomendaciones adoptadas por los delegados en las sesiones de la conferencia.',
};

const TITLE_ES = 'Conferencia Mundial sobre Ciudades y Migración';
const TARGET_PROCESS_ES =
  'Contribución a la reunión de balance del Pacto Mundial para una Migración Segura, Ordenada y Regular (Puerto Vallarta, México, diciembre de 2017)';

/**
 * The demo offers the six UN languages. The announcement (mechelen-2017.json) is in English and
 * French; the other languages' titles, the city's name in each language and the hosts' and
 * partners' names are the demo's own translations (the partners' are their UN names).
 */
const DEMO_LANGUAGES: Language[] = ['en', 'fr', 'es', 'ar', 'zh', 'ru'];
const TITLES = {
  ar: 'المؤتمر العالمي المعني بالمدن والهجرة',
  zh: '全球城市与移民大会',
  ru: 'Глобальная конференция по вопросам городов и миграции',
};
const TARGET_PROCESSES = {
  ar: 'مساهمة في اجتماع التقييم الخاص بالاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية (بويرتو فالارتا، المكسيك، كانون الأول/ديسمبر 2017)',
  zh: '对安全、有序和正常移民全球契约盘点会议的贡献（墨西哥巴亚尔塔港，2017年12月）',
  ru: 'Вклад в совещание по подведению итогов в рамках подготовки глобального договора о безопасной, упорядоченной и легальной миграции (Пуэрто-Вальярта, Мексика, декабрь 2017 года)',
};
/** One name of the city per language, used wherever the city prints. */
const CITY = { fr: 'Malines', es: 'Malinas', ar: 'مشلن', zh: '梅赫伦', ru: 'Мехелен' };
const HOSTS = {
  fr: [
    'Gouvernement de la Belgique (Affaires étrangères, Commerce extérieur et Coopération au développement)',
    'Ville de Malines',
  ],
  es: [
    'Gobierno de Bélgica (Asuntos Exteriores, Comercio Exterior y Cooperación al Desarrollo)',
    'Ciudad de Malinas',
  ],
  ar: ['حكومة بلجيكا (الشؤون الخارجية والتجارة الخارجية والتعاون الإنمائي)', 'مدينة مشلن'],
  zh: ['比利时政府（外交、外贸和发展合作部）', '梅赫伦市'],
  ru: [
    'Правительство Бельгии (иностранные дела, внешняя торговля и сотрудничество в целях развития)',
    'Город Мехелен',
  ],
};
const PARTNERS = {
  fr: [
    'Organisation internationale pour les migrations (OIM)',
    'Programme des Nations Unies pour les établissements humains (ONU-Habitat)',
    'Cités et gouvernements locaux unis (CGLU)',
  ],
  es: [
    'Organización Internacional para las Migraciones (OIM)',
    'Programa de las Naciones Unidas para los Asentamientos Humanos (ONU-Hábitat)',
    'Ciudades y Gobiernos Locales Unidos (CGLU)',
  ],
  ar: [
    'المنظمة الدولية للهجرة',
    'برنامج الأمم المتحدة للمستوطنات البشرية (موئل الأمم المتحدة)',
    'منظمة المدن المتحدة والحكومات المحلية',
  ],
  zh: ['国际移民组织（移民组织）', '联合国人类住区规划署（人居署）', '世界城市和地方政府组织'],
  ru: [
    'Международная организация по миграции (МОМ)',
    'Программа Организации Объединенных Наций по населенным пунктам (ООН-Хабитат)',
    'Всемирная организация «Объединенные города и местные органы власти» (ОГМВ)',
  ],
};

/** The programme's sessions by what the story calls them, in the order of mechelen-2017.json. */
export const DEMO_SESSION_KEYS = [
  'opening',
  'ledDiscussion1',
  'workshop',
  'humanRights',
  'ledDiscussion2',
] as const;
export type DemoSessionKey = (typeof DEMO_SESSION_KEYS)[number];

/** What the set-up created: the conference, every demo account by key, every session by key. */
export interface DemoConference {
  conference: Conference;
  participants: Map<string, Participant>;
  sessions: Record<DemoSessionKey, Session>;
}

/**
 * The conference as the secretariat prepared it before the doors opened: the conference record,
 * the accredited demo accounts (all with the demo access code) and the programme of the 2017
 * announcement, every session scheduled. One transaction, audited as `demo.load` — the
 * accreditation step of a real conference, done here with one shared, published access code.
 */
export async function setUpDemoConference(
  transactions: TransactionRunner,
  audit: AuditService,
): Promise<DemoConference> {
  const secretHash = await hashSecret(DEMO_ACCESS_CODE);
  return transactions.run(async ({ em }) => {
    const c = mechelen.conference;
    const conference = await em.save(
      em.create(Conference, {
        slug: c.slug,
        title: c.title.en,
        city: c.city,
        country: c.country,
        timezone: c.timezone,
        startsOn: c.startsOn,
        endsOn: c.endsOn,
        framework: c.framework,
        languages: DEMO_LANGUAGES,
        targetProcess: c.targetProcess.en,
        introduction: INTRODUCTION.en,
        hosts: c.hosts,
        partners: c.institutionalPartners,
        adoptionRule: DEFAULT_ADOPTION_RULE,
        translations: {
          title: { fr: c.title.fr, es: TITLE_ES, ...TITLES },
          targetProcess: { fr: c.targetProcess.fr, es: TARGET_PROCESS_ES, ...TARGET_PROCESSES },
          introduction: { fr: INTRODUCTION.fr, es: INTRODUCTION.es },
          city: CITY,
          hosts: HOSTS,
          partners: PARTNERS,
        },
      }),
    );

    const participants = new Map<string, Participant>();
    const byName = new Map<string, Participant>();
    for (const account of DEMO_ACCOUNTS) {
      const participant = await em.save(
        em.create(Participant, {
          name: account.name,
          email: demoEmail(account.key),
          organisation: account.organisation,
          constituency: account.constituency,
          country: account.country,
          city: account.city,
          role: account.role,
          language: account.language,
          conferenceId: conference.id,
          active: true,
          secretHash,
        }),
      );
      participants.set(account.key, participant);
      byName.set(account.name, participant);
    }

    const programme = mechelen.sessions as Array<
      (typeof mechelen.sessions)[number] & { moderator?: { name: string } }
    >;
    if (programme.length !== DEMO_SESSION_KEYS.length)
      throw new Error(`mechelen-2017.json has ${programme.length} sessions, the demo expects 5`);
    const sessions = {} as Record<DemoSessionKey, Session>;
    for (const [index, s] of programme.entries()) {
      const session = await em.save(
        em.create(Session, {
          conferenceId: conference.id,
          title: s.title.en,
          kind: s.kind as SessionKind,
          description: s.description?.en ?? null,
          room: null,
          startsAt: new Date(s.startsAt),
          endsAt: new Date(s.endsAt),
          status: 'scheduled',
          translations: {
            title: { fr: s.title.fr },
            ...(s.description ? { description: { fr: s.description.fr } } : {}),
          },
        }),
      );
      sessions[DEMO_SESSION_KEYS[index]] = session;
      const moderator = s.moderator ? byName.get(s.moderator.name) : undefined;
      if (moderator)
        await em.save(
          em.create(SessionModerator, { sessionId: session.id, participantId: moderator.id }),
        );
    }

    await audit.record(em, {
      action: 'demo.load',
      conferenceId: conference.id,
      details: { accounts: DEMO_ACCOUNTS.length },
    });
    return { conference, participants, sessions };
  });
}
