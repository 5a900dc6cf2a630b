import { usePageTitle } from '../../hooks/usePageTitle';
import { useState, type FormEvent } from 'react';
import { TableScroll } from '../../components/TableScroll';
import type { ParticipantView } from '#contract';
import { useSetCurrentConference } from '../../app/current-conference';
import { useAuth } from '../../auth/AuthProvider';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { useResource } from '../../hooks/useResource';
import { useI18n } from '../../i18n/I18nProvider';
import { CsvImport } from './CsvImport';
import { ParticipantForm } from './ParticipantForm';

const PAGE = 50;

export function ParticipantsPage({ conferenceId }: { conferenceId: string }) {
  const { t, fmt } = useI18n();
  const { api } = useAuth();
  useSetCurrentConference(conferenceId);
  usePageTitle(t.participants);
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const [rowError, setRowError] = useState<unknown>(null);
  const page = useResource(
    () =>
      api.call('GET /participants', {
        query: { conferenceId, q: search, limit: PAGE, offset },
      }),
    [api, conferenceId, search, offset],
  );

  const toggleActive = async (p: ParticipantView) => {
    setRowError(null);
    try {
      const updated = await api.call('PATCH /participants/:id', {
        params: { id: p.id },
        body: { active: !p.active },
      });
      page.setData(
        (current) =>
          current && { ...current, items: current.items.map((x) => (x.id === p.id ? updated : x)) },
      );
    } catch (e) {
      setRowError(e);
    }
  };

  const submitSearch = (event: FormEvent) => {
    event.preventDefault();
    setOffset(0);
    setSearch(query.trim());
  };

  const data = page.data;
  return (
    <section>
      <h1>{t.participants}</h1>
      <CsvImport api={api} conferenceId={conferenceId} onImported={() => void page.reload()} />
      <ParticipantForm api={api} conferenceId={conferenceId} onCreated={() => void page.reload()} />
      <section className="card" aria-labelledby="participant-list">
        <h2 id="participant-list">{t.participants}</h2>
        <form role="search" onSubmit={submitSearch} className="inline-form">
          <div className="field">
            <label htmlFor="participant-search">{t.searchParticipants}</label>
            <input
              id="participant-search"
              type="search"
              value={query}
              maxLength={100}
              onChange={(e) => setQuery(e.target.value)}
            />
          </div>
          <button type="submit" className="secondary">
            {t.search}
          </button>
        </form>
        {page.loading && !data && <Loading />}
        <ErrorMessage error={page.error ?? rowError} onRetry={() => void page.reload()} />
        {data && (
          <>
            <p className="muted" role="status">
              {t.participantCount(
                fmt.number(data.total ? data.offset + 1 : 0),
                fmt.number(data.offset + data.items.length),
                fmt.number(data.total),
              )}
            </p>
            <TableScroll label={t.participants}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t.name}</th>
                    <th scope="col">{t.email}</th>
                    <th scope="col">{t.organisation}</th>
                    <th scope="col">{t.constituencyLabel}</th>
                    <th scope="col">{t.roleLabel}</th>
                    <th scope="col">{t.active}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((p) => (
                    <tr key={p.id}>
                      <th scope="row">
                        {p.name}
                        {p.signInLockedUntil && (
                          <>
                            {' '}
                            <span className="badge sign-in-locked">
                              {t.signInLocked(fmt.time(p.signInLockedUntil))}
                            </span>
                          </>
                        )}
                      </th>
                      <td>{p.email}</td>
                      <td>{p.organisation}</td>
                      <td>{p.constituency ? t.constituency[p.constituency] : ''}</td>
                      <td>{t.role[p.role]}</td>
                      <td>
                        <button
                          type="button"
                          className="secondary small"
                          aria-label={`${p.active ? t.deactivate : t.reactivate}: ${p.name}`}
                          onClick={() => void toggleActive(p)}
                        >
                          {p.active ? t.deactivate : t.reactivate}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            <div className="row-actions">
              <button
                type="button"
                className="secondary"
                disabled={offset === 0}
                onClick={() => setOffset(Math.max(0, offset - PAGE))}
              >
                {t.previousPage}
              </button>
              <button
                type="button"
                className="secondary"
                disabled={offset + data.items.length >= data.total}
                onClick={() => setOffset(offset + PAGE)}
              >
                {t.nextPage}
              </button>
            </div>
          </>
        )}
      </section>
    </section>
  );
}
