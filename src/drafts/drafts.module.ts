import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AmendmentApplier } from './amendment-applier';
import { AmendmentVotesService } from './amendment-votes.service';
import { AmendmentsController } from './amendments.controller';
import { AmendmentsService } from './amendments.service';
import { DraftAccess } from './draft-access';
import { DraftDocuments } from './draft-documents';
import { DraftVersionsController } from './draft-versions.controller';
import { DraftVersionsService } from './draft-versions.service';
import { DraftPublisher } from './draft-publisher';
import { DraftViews } from './draft-views';
import { DraftsController } from './drafts.controller';
import { DraftsService } from './drafts.service';
import { ParagraphOrder } from './paragraph-order';
import { ParagraphsService } from './paragraphs.service';
import { SilenceSweeper } from './silence-sweeper';
import { SilenceService } from './silence.service';

/**
 * The drafting room: drafts, paragraphs, amendments, versions and the silence procedure.
 * `DraftAccess` (who may see and run a draft) and `DraftViews` are exported for the modules built
 * on drafts (the realtime room, the speakers' list of a draft); the services for the demo, which
 * acts through them as people do.
 */
@Module({
  imports: [AuditModule],
  controllers: [DraftsController, DraftVersionsController, AmendmentsController],
  providers: [
    DraftAccess,
    DraftViews,
    DraftPublisher,
    DraftsService,
    ParagraphOrder,
    ParagraphsService,
    DraftDocuments,
    DraftVersionsService,
    AmendmentApplier,
    AmendmentsService,
    AmendmentVotesService,
    SilenceService,
    SilenceSweeper,
  ],
  exports: [
    DraftAccess,
    DraftViews,
    DraftsService,
    ParagraphsService,
    DraftVersionsService,
    AmendmentsService,
    AmendmentVotesService,
  ],
})
export class DraftsModule {}
