import type { SpeakerTopic } from '#contract';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { FloorPanel, type FloorCalls, type TopicChoice } from '../speakers/FloorPanel';
import { useDraftPage } from './draft-context';
import { floorTopics, topicOf } from './draft-floor';

/**
 * The draft's speakers' list in the drafting room: delegates ask for the floor on the text, a
 * paragraph or a pending amendment; the draft's chairs and the secretariat call and time them.
 * The floor is open while the draft is drafting.
 */
export function DraftFloor() {
  const { t } = useI18n('drafting');
  const { draft, me, calls, live, notify, chairs } = useDraftPage();
  const speakers = live.state?.speakers;
  const amendments = live.state?.amendments;
  const floor = useMemo<FloorCalls>(
    () => ({
      list: () => calls.speakers(draft.id),
      request: (topic, key) => calls.requestFloor(draft.id, topic, key),
      withdraw: () => calls.withdrawFloor(draft.id),
      next: () => calls.nextSpeaker(draft.id),
      end: () => calls.endTurn(draft.id),
      settings: (mode, turnSeconds) => calls.speakerSettings(draft.id, mode, turnSeconds),
    }),
    [calls, draft.id],
  );
  const topics = useMemo<TopicChoice[]>(
    () => [
      { key: '', label: t.speakers.generalTopic, topic: null },
      ...floorTopics(draft, amendments ?? []).map((choice) => ({
        key: choice.key,
        topic: choice.topic,
        label:
          choice.kind === 'paragraph'
            ? t.drafts.paragraph(choice.label)
            : t.drafts.amendmentBy(choice.label, choice.author),
      })),
    ],
    [draft, amendments, t],
  );
  if (!speakers) return null;
  const label = (topic: SpeakerTopic) => {
    const found = topicOf(draft, amendments ?? [], topic);
    if (!found) return null;
    return found.amendment
      ? t.drafts.amendmentBy(found.label, found.amendment.author.name)
      : t.drafts.paragraph(found.label);
  };
  return (
    <FloorPanel
      speakers={speakers}
      me={me}
      open={draft.status === 'drafting'}
      chairs={chairs}
      calls={floor}
      apply={(view) => live.update((s) => ({ ...s, speakers: view }))}
      settle={() => live.settle()}
      notify={notify}
      topics={topics}
      topicLabel={label}
    />
  );
}
