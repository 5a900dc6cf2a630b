import { useMemo } from 'react';
import { useSessionPage } from '../session/session-context';
import { FloorPanel, type FloorCalls } from './FloorPanel';

/** The session's speakers' list on the session page, run by its moderators and the secretariat. */
export function SpeakersPanel() {
  const { session, me, calls, live, notify, moderates } = useSessionPage();
  const floor = useMemo<FloorCalls>(
    () => ({
      list: () => calls.speakers(session.id),
      request: (topic, key) => calls.requestFloor(session.id, topic, key),
      withdraw: () => calls.withdrawFloor(session.id),
      next: () => calls.nextSpeaker(session.id),
      end: () => calls.endTurn(session.id),
      settings: (mode, turnSeconds) => calls.speakerSettings(session.id, mode, turnSeconds),
    }),
    [calls, session.id],
  );
  return (
    <FloorPanel
      speakers={live.state!.speakers}
      me={me}
      open={session.status === 'open' || session.status === 'voting'}
      chairs={moderates}
      calls={floor}
      apply={(view) => live.update((s) => ({ ...s, speakers: view }))}
      settle={() => live.settle()}
      notify={notify}
    />
  );
}
