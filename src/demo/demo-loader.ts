import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditEntry } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { CommentsService } from '../comments/comments.service';
import { AppConfig } from '../config/app-config';
import { Conference } from '../conferences/conference.entity';
import { TransactionRunner } from '../database/transaction-runner';
import { Participant } from '../participants/participant.entity';
import { RecommendationModerationService } from '../recommendations/recommendation-moderation.service';
import { RecommendationsService } from '../recommendations/recommendations.service';
import { ReportsService } from '../reports/reports.service';
import { SessionLifecycleService } from '../sessions/session-lifecycle.service';
import { VotesService } from '../votes/votes.service';
import { AmendmentVotesService } from '../drafts/amendment-votes.service';
import { AmendmentsService } from '../drafts/amendments.service';
import { DraftVersionsService } from '../drafts/draft-versions.service';
import { DraftsService } from '../drafts/drafts.service';
import { ParagraphsService } from '../drafts/paragraphs.service';
import { DEMO_ACCESS_CODE, DEMO_ACCOUNTS, demoEmail } from './demo-accounts';
import { DemoRun, type DemoServices } from './demo-run';
import { setUpDemoConference } from './demo-setup';
import { DEMO_STORY } from './story';

const COMPLETE = 'demo.complete';
const SHOWN_DELEGATES = ['karin.johansson', 'amina.diallo', 'sofia.martinez'];

/**
 * Loads the Mechelen 2017 demo into an empty database, so that `npm install && npm start` serves
 * a conference on its second morning that a person can sign in to and try: the set-up
 * (demo-setup.ts), then the story (story/), every action through the product's services.
 */
@Injectable()
export class DemoLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');
  private readonly services: DemoServices;

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    lifecycle: SessionLifecycleService,
    recommendations: RecommendationsService,
    moderation: RecommendationModerationService,
    comments: CommentsService,
    votes: VotesService,
    reports: ReportsService,
    drafts: DraftsService,
    paragraphs: ParagraphsService,
    amendments: AmendmentsService,
    amendmentVotes: AmendmentVotesService,
    draftVersions: DraftVersionsService,
  ) {
    this.services = {
      dataSource,
      lifecycle,
      recommendations,
      moderation,
      comments,
      votes,
      reports,
      drafts,
      paragraphs,
      amendments,
      amendmentVotes,
      draftVersions,
    };
  }

  private get enabled(): boolean {
    return (
      this.config.demo === true ||
      (this.config.demo === 'auto' && this.config.nodeEnv === 'development')
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.enabled) return;
    if ((await this.dataSource.getRepository(Conference).count()) === 0) {
      const started = Date.now();
      await this.load();
      this.logger.log(`Loaded the Mechelen 2017 demo conference in ${Date.now() - started} ms`);
    }
    const demoPresent = await this.dataSource
      .getRepository(Participant)
      .existsBy({ email: demoEmail('secretariat') });
    if (!demoPresent) return;
    if (!(await this.dataSource.getRepository(AuditEntry).existsBy({ action: COMPLETE })))
      this.logger.warn(
        'The demo conference was only partly loaded (the server stopped while loading it). ' +
          'To load it again, stop the server and delete the database file.',
      );
    this.printSignIn();
  }

  /** The whole demo, chapter after chapter, into a database that has no conference yet. */
  async load(): Promise<Conference> {
    const demo = await setUpDemoConference(this.transactions, this.audit);
    const run = new DemoRun(this.services, demo);
    for (const chapter of DEMO_STORY) await chapter(run);
    await this.transactions.run(({ em }) =>
      this.audit.record(em, {
        action: COMPLETE,
        conferenceId: demo.conference.id,
        details: { chapters: DEMO_STORY.map((chapter) => chapter.name) },
      }),
    );
    return demo.conference;
  }

  private printSignIn(): void {
    const url = this.config.publicUrl;
    const delegates = DEMO_ACCOUNTS.filter((a) => a.role === 'delegate');
    // One delegate per interface language; the README lists the others.
    const shown = SHOWN_DELEGATES.map((key) => delegates.find((a) => a.key === key)!);
    const account = (key: string) => demoEmail(key).padEnd(44);
    const lines = [
      '',
      `Agora demo: the Global Conference on Cities and Migration (Mechelen, 2017), on its second morning, at ${url}`,
      `Sign in with the access code "${DEMO_ACCESS_CODE}" as:`,
      `  ${account('secretariat')} secretariat: compile and download the outcome document`,
      `  ${account('mohamed.boussraoui')} moderator of the closed led discussion (dispositions)`,
      `  ${account('emilia.saiz')} moderator of Friday's led discussion (scheduled)`,
      ...shown.map(
        (a) =>
          `  ${account(a.key)} delegate (${a.language}): vote and comment in "Human rights of migrants"`,
      ),
      `  ${''.padEnd(44)} … and ${delegates.length - shown.length} more delegates (every constituency; README, "Quick start")`,
      `  ${account('room.screen')} room screen (observer)`,
      'Then, in another terminal: npm run demo:room  (delegates vote and comment live for 5 minutes)',
      '',
    ];
    // Printed plainly (not as a log line) because it is meant for the person who ran `npm start`.
    process.stdout.write(lines.join('\n') + '\n');
  }
}
