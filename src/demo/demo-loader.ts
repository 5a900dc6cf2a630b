import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { hashSecret } from '../auth/secret-hasher';
import { AppConfig } from '../config/app-config';
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
 * Loads the Mechelen 2017 conference and demo accounts into an empty database, so that
 * `npm install && npm start` serves something a person can sign in to and try.
 */
@Injectable()
export class DemoLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  private get enabled(): boolean {
    return (
      this.config.demo === true ||
      (this.config.demo === 'auto' && this.config.nodeEnv === 'development')
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.enabled) return;
    const conferenceCount = await this.dataSource.getRepository(Conference).count();
    if (conferenceCount === 0) {
      await this.load();
      this.logger.log('Loaded the Mechelen 2017 demo conference');
    }
    const demoPresent = await this.dataSource
      .getRepository(Participant)
      .existsBy({ email: demoEmail('secretariat') });
    if (demoPresent) this.printSignIn();
  }

  async load(): Promise<Conference> {
    const secretHash = await hashSecret(DEMO_ACCESS_CODE);
    return this.transactions.run(async ({ em }) => {
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
          languages: c.languages as Language[],
          targetProcess: c.targetProcess.en,
          introduction: INTRODUCTION.en,
          hosts: c.hosts,
          partners: c.institutionalPartners,
          adoptionRule: DEFAULT_ADOPTION_RULE,
          translations: {
            title: { fr: c.title.fr, es: TITLE_ES },
            targetProcess: { fr: c.targetProcess.fr, es: TARGET_PROCESS_ES },
            introduction: { fr: INTRODUCTION.fr, es: INTRODUCTION.es },
          },
        }),
      );

      const accounts = new Map<string, Participant>();
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
        accounts.set(account.name, participant);
      }

      for (const s of mechelen.sessions as Array<
        (typeof mechelen.sessions)[number] & { moderator?: { name: string } }
      >) {
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
        const moderator = s.moderator ? accounts.get(s.moderator.name) : undefined;
        if (moderator)
          await em.save(
            em.create(SessionModerator, { sessionId: session.id, participantId: moderator.id }),
          );
      }

      await this.audit.record(em, {
        action: 'demo.load',
        conferenceId: conference.id,
        details: { accounts: DEMO_ACCOUNTS.length },
      });
      return conference;
    });
  }

  private printSignIn(): void {
    const url = `http://localhost:${this.config.port}`;
    const lines = [
      '',
      `Agora demo: the Global Conference on Cities and Migration (Mechelen, 2017) at ${url}`,
      `Sign in with access code "${DEMO_ACCESS_CODE}" as any of:`,
      ...DEMO_ACCOUNTS.map((a) => `  ${a.role.padEnd(12)} ${demoEmail(a.key)}`),
      '',
    ];
    // Printed plainly (not as a JSON log line) because it is meant for the person who ran `npm start`.
    process.stdout.write(lines.join('\n') + '\n');
  }
}
