import { usePageTitle } from '../../hooks/usePageTitle';
import { useState, type FormEvent } from 'react';
import { TableScroll } from '../../components/TableScroll';
import type { CreatedParticipantView, ParticipantView } from '#contract';
import { useSetCurrentConference } from '../../app/current-conference';
import { useAuth } from '../../auth/AuthProvider';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { useResource } from '../../hooks/useResource';
import { useI18n } from '../../i18n/I18nProvider';
import { AccessCodesDownload } from './access-codes';
import { CsvImport } from './CsvImport';
import { ParticipantEditForm } from './ParticipantEditForm';
import { ParticipantForm } from './ParticipantForm';
import './secretariat.css';

const PAGE = 50;

export function ParticipantsPage({ conferenceId }: { conferenceId: string }) {
  const { t, fmt } = useI18n('staff');
  const { api, participant: me } = useAuth();
  useSetCurrentConference(conferenceId);
  usePageTitle(t.participants);
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const [rowError, setRowError] = useState<unknown>(null);
  const [editing, setEditing] = useState<ParticipantView | null>(null);
  const [saved, setSaved] = useState('');
  const [reissuing, setReissuing] = useState<ParticipantView | null>(null);
  const [reissued, setReissued] = useState<CreatedParticipantView | null>(null);
  const page = useResource(
    () =>
      api.call('GET /participants', {
        query: { conferenceId, q: search, limit: PAGE, offset },
      }),
    [api, conferenceId, search, offset],
  );

  const replaceRow = (updated: ParticipantView) =>
    page.setData(
      (current) =>
        current && {
          ...current,
          items: current.items.map((x) => (x.id === updated.id ? updated : x)),
        },
    );

  const toggleActive = async (p: ParticipantView) => {
    setRowError(null);
    try {
      replaceRow(
        await api.call('PATCH /participants/:id', {
          params: { id: p.id },
          body: { active: !p.active },
        }),
      );
    } catch (e) {
      setRowError(e);
    }
  };

  const reissue = async (p: ParticipantView) => {
    setReissuing(null);
    setRowError(null);
    setReissued(null);
    try {
      const answer = await api.call('POST /participants/:id/access-code', { params: { id: p.id } });
      setReissued(answer);
      // The new code also lifts a sign-in lockout: the list's mark goes with it.
      replaceRow({ ...answer, signInLockedUntil: null });
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
      {editing && (
        <ParticipantEditForm
          key={editing.id}
          api={api}
          participant={editing}
          self={editing.id === me?.id}
          onCancel={() => setEditing(null)}
          onSaved={(updated) => {
            replaceRow(updated);
            setEditing(null);
            setSaved(t.participantSaved(updated.name));
          }}
        />
      )}
      <section className="card" aria-labelledby="participant-list">
        <h2 id="participant-list">{t.participants}</h2>
        <p role="status" className={saved ? 'notice' : 'visually-hidden'}>
          {saved}
        </p>
        {reissued && (
          <div className="notice" role="status">
            <p>{t.accessCodeOnce(reissued.email ?? reissued.name, reissued.accessCode)}</p>
            <AccessCodesDownload
              rows={[
                {
                  name: reissued.name,
                  email: reissued.email ?? '',
                  accessCode: reissued.accessCode,
                },
              ]}
            />
          </div>
        )}
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
                    <th scope="col">{t.actionsHeader}</th>
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
                      <td>{p.active ? t.yes : t.no}</td>
                      <td>
                        <div className="row-actions">
                          <button
                            type="button"
                            className="secondary small"
                            aria-label={t.editParticipant(p.name)}
                            onClick={() => {
                              setSaved('');
                              setEditing(p);
                            }}
                          >
                            {t.edit}
                          </button>
                          <button
                            type="button"
                            className="secondary small"
                            aria-label={t.newAccessCodeFor(p.name)}
                            onClick={() => setReissuing(p)}
                          >
                            {t.newAccessCode}
                          </button>
                          {/* One's own account is never offered for deactivation (the server refuses it too). */}
                          {p.id === me?.id ? (
                            <span className="muted">{t.ownAccount}</span>
                          ) : (
                            <button
                              type="button"
                              className="secondary small"
                              aria-label={`${p.active ? t.deactivate : t.reactivate}: ${p.name}`}
                              onClick={() => void toggleActive(p)}
                            >
                              {p.active ? t.deactivate : t.reactivate}
                            </button>
                          )}
                        </div>
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
      <ConfirmDialog
        open={reissuing !== null}
        title={reissuing ? t.confirmReissue(reissuing.name) : ''}
        confirmLabel={t.newAccessCode}
        danger
        onCancel={() => setReissuing(null)}
        onConfirm={() => reissuing && void reissue(reissuing)}
      >
        <p>{t.confirmReissueText}</p>
      </ConfirmDialog>
    </section>
  );
}
