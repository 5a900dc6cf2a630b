import type { DemoRun } from '../demo-run';
import { firstLedDiscussion } from './first-led-discussion';
import { humanRightsSession } from './human-rights-session';
import { draftDeclaration } from './draft-declaration';
import { draftOutcomeDocument } from './outcome-document';

/** One chapter of the demo: what happened in one part of the conference, acted out in order. */
export type DemoChapter = (run: DemoRun) => Promise<void>;

/**
 * The Mechelen 2017 conference as it stands on its second morning, chapter by chapter. The
 * sessions not mentioned (the opening plenary, the parallel workshop, Friday's led discussion)
 * stay scheduled. A new part of the product shows up in the demo as one more chapter here, as the
 * draft declaration did with the drafting room.
 */
export const DEMO_STORY: readonly DemoChapter[] = [
  firstLedDiscussion,
  humanRightsSession,
  draftOutcomeDocument,
  draftDeclaration,
];
