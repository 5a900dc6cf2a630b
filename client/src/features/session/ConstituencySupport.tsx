import type { Constituency, ConstituencySupport as Row } from '#contract';
import { TableScroll } from '../../components/TableScroll';
import { useId, useState } from 'react';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/I18nProvider';
import { useSessionPage } from './session-context';

/** Per-constituency support, fetched only when asked for (it is a heavier query). */
export function ConstituencySupport({
  recommendationId,
  votes,
}: {
  recommendationId: string;
  votes: number;
}) {
  const { t, fmt } = useI18n();
  const { calls } = useSessionPage();
  const [open, setOpen] = useState(false);
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const panelId = useId();

  const toggle = async () => {
    const next = !open;
    setOpen(next);
    if (!next) return;
    setError(null);
    try {
      setRows(await calls.constituencies(recommendationId));
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div className="constituencies">
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => void toggle()}
      >
        {t.votesByConstituency}
      </button>
      <div id={panelId} hidden={!open}>
        {open && !rows && !error && <Loading />}
        <ErrorMessage error={error} />
        {rows && (rows.length === 0 || votes === 0) && <p className="muted">{t.noVotesYet}</p>}
        {rows && rows.length > 0 && (
          <TableScroll label={t.votesByConstituency}>
            <table>
              <caption className="visually-hidden">{t.votesByConstituency}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.constituencyHeader}</th>
                  <th scope="col">{t.votesHeader}</th>
                  <th scope="col">{t.supportShareHeader}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.constituency}>
                    <th scope="row">
                      {t.constituency[row.constituency as Constituency] ?? row.constituency}
                    </th>
                    <td>{fmt.number(row.votes)}</td>
                    <td>
                      {row.supportShare === null ? t.tooFewVotes : fmt.percent(row.supportShare)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </div>
    </div>
  );
}
