import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { TransactionRunner } from '../database/transaction-runner';
import { Participant } from '../participants/participant.entity';
import { hashSecret } from '../participants/secret-hasher';

/** ADMIN_EMAIL + ADMIN_PASSWORD: create the first secretariat account when nobody has that email. */
@Injectable()
export class AdminBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger(AdminBootstrap.name);

  constructor(
    private readonly config: AppConfig,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const admin = this.config.admin;
    if (!admin) return;
    const secretHash = await hashSecret(admin.password);
    const created = await this.transactions.run(async ({ em }) => {
      if (await em.existsBy(Participant, { email: admin.email })) return false;
      const participant = await em.save(
        em.create(Participant, {
          name: 'Administrator',
          email: admin.email,
          role: 'secretariat',
          language: 'en',
          conferenceId: null,
          active: true,
          secretHash,
        }),
      );
      await this.audit.record(em, {
        action: 'participant.bootstrap_admin',
        targetType: 'participant',
        targetId: participant.id,
      });
      return true;
    });
    if (created) this.logger.log(`Created the secretariat account ${admin.email} from ADMIN_EMAIL`);
  }
}
