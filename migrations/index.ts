import { Foundation1764201600000 } from './1764201600000-Foundation';
import { Deliberation1764288000000 } from './1764288000000-Deliberation';
import { SessionEvents1764374400000 } from './1764374400000-SessionEvents';
import { Reports1764460800000 } from './1764460800000-Reports';
import { PendingTallies1764547200000 } from './1764547200000-PendingTallies';
import { TallyInterval1764633600000 } from './1764633600000-TallyInterval';
import { Drafts1764720000000 } from './1764720000000-Drafts';
import { Speakers1764806400000 } from './1764806400000-Speakers';
import { LoginAttempts1764810000000 } from './1764810000000-LoginAttempts';
import { PersonalDataIndexes1764813600000 } from './1764813600000-PersonalDataIndexes';
import { DraftSpeakers1764817200000 } from './1764817200000-DraftSpeakers';
import { ReportContentFingerprint1764820800000 } from './1764820800000-ReportContentFingerprint';
import { PendingTallyMarks1764824400000 } from './1764824400000-PendingTallyMarks';

/** Every migration, oldest first. Add new ones at the end. */
export const MIGRATIONS = [
  Foundation1764201600000,
  Deliberation1764288000000,
  SessionEvents1764374400000,
  Reports1764460800000,
  PendingTallies1764547200000,
  TallyInterval1764633600000,
  Drafts1764720000000,
  Speakers1764806400000,
  LoginAttempts1764810000000,
  PersonalDataIndexes1764813600000,
  DraftSpeakers1764817200000,
  ReportContentFingerprint1764820800000,
  PendingTallyMarks1764824400000,
];
