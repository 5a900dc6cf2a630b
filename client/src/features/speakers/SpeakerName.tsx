import type { SpeakerRef } from '#contract';
import { useI18n } from '../../i18n/I18nProvider';

/** "Organisation · Constituency", in the interface's language. */
export function speakerAffiliation(
  participant: SpeakerRef,
  constituency: Readonly<Record<string, string>>,
): string {
  return [
    participant.organisation,
    participant.constituency ? (constituency[participant.constituency] ?? null) : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

export function SpeakerLine({ participant }: { participant: SpeakerRef }) {
  const { t } = useI18n();
  const affiliation = speakerAffiliation(participant, t.constituency);
  return (
    <>
      <span className="speaker-name">{participant.name}</span>
      {affiliation && <span className="speaker-affiliation"> — {affiliation}</span>}
    </>
  );
}
