import { DraftAmendmentSponsor } from './draft-amendment-sponsor.entity';
import { DraftAmendmentVote } from './draft-amendment-vote.entity';
import { DraftAmendment } from './draft-amendment.entity';
import { DraftChair } from './draft-chair.entity';
import { DraftEvent, DraftSequence } from './draft-event.entity';
import { DraftParagraphTranslation } from './draft-paragraph-translation.entity';
import { DraftParagraph } from './draft-paragraph.entity';
import { DraftSilence } from './draft-silence.entity';
import { DraftVersion } from './draft-version.entity';
import { Draft } from './draft.entity';

export {
  Draft,
  DraftAmendment,
  DraftAmendmentSponsor,
  DraftAmendmentVote,
  DraftChair,
  DraftEvent,
  DraftParagraph,
  DraftParagraphTranslation,
  DraftSequence,
  DraftSilence,
  DraftVersion,
};

/** The drafting room's tables, for the data source's entity list. */
export const DRAFT_ENTITIES = [
  Draft,
  DraftChair,
  DraftParagraph,
  DraftParagraphTranslation,
  DraftAmendment,
  DraftAmendmentSponsor,
  DraftAmendmentVote,
  DraftVersion,
  DraftSilence,
  DraftSequence,
  DraftEvent,
];
