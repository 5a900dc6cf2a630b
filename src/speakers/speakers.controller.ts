import { Controller } from '@nestjs/common';
import type { ListOwner } from './speaker-views';
import { SpeakersRoutes } from './speakers-routes';
import { SpeakersService } from './speakers.service';

/** A session's speakers' list, run by the session's moderators and the secretariat. */
@Controller('sessions/:id/speakers')
export class SessionSpeakersController extends SpeakersRoutes {
  constructor(protected readonly speakers: SpeakersService) {
    super();
  }

  protected owner(id: string): ListOwner {
    return { sessionId: id };
  }
}

/** A draft's speakers' list, run by the draft's chairs and the secretariat. */
@Controller('drafts/:id/speakers')
export class DraftSpeakersController extends SpeakersRoutes {
  constructor(protected readonly speakers: SpeakersService) {
    super();
  }

  protected owner(id: string): ListOwner {
    return { draftId: id };
  }
}
