import { usePageTitle } from '../../hooks/usePageTitle';
import { useState, type FormEvent } from 'react';
import { TableScroll } from '../../components/TableScroll';
import {
  LANGUAGES_UN_ORDER,
  REPORT_FORMATS,
  type Language,
  type ReportFormat,
  type ReportVersionView,
} from '#contract';
import { useSetCurrentConference } from '../../app/current-conference';
import { useAuth } from '../../auth/AuthProvider';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { CheckboxGroup, SelectField } from '../../components/fields';
import { useResource } from '../../hooks/useResource';
import { localised } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/I18nProvider';
import { saveBlob } from './download';
import './secretariat.css';

const FORMAT_NAMES: Record<ReportFormat, string> = {
  docx: 'DOCX',
  pdf: 'PDF',
  html: 'HTML',
  md: 'Markdown',
  json: 'JSON',
  csv: 'CSV',
};

/** Compile, review (HTML preview), download in every format, and freeze a version. */
export function OutcomePage({ conferenceId }: { conferenceId: string }) {
  const { t, fmt: baseFmt, language: uiLanguage } = useI18n('staff');
  const { api } = useAuth();
  useSetCurrentConference(conferenceId);
  usePageTitle(t.outcomeDocument);
  const conference = useResource(
    () => api.call('GET /conferences/:id', { params: { id: conferenceId } }),
    [api, conferenceId],
  );
  const versions = useResource(
    async () =>
      (await api.call('GET /conferences/:id/reports', { params: { id: conferenceId } })).sort(
        (a, b) => b.version - a.version,
      ),
    [api, conferenceId],
  );
  const sessions = useResource(
    () => api.call('GET /conferences/:id/sessions', { params: { id: conferenceId } }),
    [api, conferenceId],
  );
  const fmt = baseFmt.withTimeZone(conference.data?.timezone ?? 'UTC');
  // Only closed sessions have final votes and dispositions; the server refuses the others.
  const closed = [...(sessions.data ?? [])]
    .filter((s) => s.status === 'closed')
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  // Every closed session until the secretariat unticks one.
  const [picked, setPicked] = useState<string[] | null>(null);
  const chosenIds = picked ?? closed.map((s) => s.id);
  const languages = conference.data?.languages ?? LANGUAGES_UN_ORDER;
  const [chosen, setLanguage] = useState<Language | null>(null);
  // The interface language when the conference has it, else the conference's first language.
  const language = chosen ?? (languages.includes(uiLanguage) ? uiLanguage : (languages[0] ?? 'en'));
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<{ version: number; html: string } | null>(null);
  const [finalizing, setFinalizing] = useState<ReportVersionView | null>(null);

  const compile = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await api.call('POST /conferences/:id/reports', {
        params: { id: conferenceId },
        body: { language, sessionIds: chosenIds },
      });
      setNotice(t.compiledNotice(fmt.number(created.version)));
      await versions.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const download = async (v: ReportVersionView, format: ReportFormat) => {
    setError(null);
    try {
      const { blob, filename } = await api.download('GET /reports/:id/download', {
        params: { id: v.id },
        query: { format },
      });
      saveBlob(blob, filename ?? `outcome-v${v.version}.${format}`);
    } catch (e) {
      setError(e);
    }
  };

  const showPreview = async (v: ReportVersionView) => {
    setError(null);
    try {
      const { blob } = await api.download('GET /reports/:id/download', {
        params: { id: v.id },
        query: { format: 'html' },
      });
      setPreview({ version: v.version, html: await blob.text() });
    } catch (e) {
      setError(e);
    }
  };

  const finalize = async (v: ReportVersionView) => {
    setFinalizing(null);
    setError(null);
    try {
      await api.call('POST /reports/:id/finalize', { params: { id: v.id } });
      await versions.reload();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section>
      <h1>{t.outcomeDocument}</h1>
      <section className="card" aria-labelledby="compile-heading">
        <h2 id="compile-heading">{t.compile}</h2>
        <p className="hint">{t.compileHint}</p>
        <ErrorMessage error={sessions.error} onRetry={() => void sessions.reload()} />
        {sessions.data && closed.length === 0 && <p>{t.noClosedSessions}</p>}
        <form onSubmit={(event) => void compile(event)}>
          {closed.length > 0 && (
            <CheckboxGroup
              legend={t.sessionsToCompile}
              options={closed.map((s) => ({
                value: s.id,
                label: `${localised(s.title, s.translations.title, uiLanguage)} (${fmt.day(s.startsAt)})`,
              }))}
              value={chosenIds}
              onChange={setPicked}
              errors={
                picked !== null && picked.length === 0 ? [t.chooseAtLeastOneSession] : undefined
              }
            />
          )}
          <div className="inline-form">
            <SelectField
              label={t.documentLanguage}
              value={language}
              onChange={(e) => setLanguage(e.target.value as Language)}
            >
              {languages.map((l) => (
                <option key={l} value={l}>
                  {t.languageName[l]}
                </option>
              ))}
            </SelectField>
            <button type="submit" disabled={busy || chosenIds.length === 0}>
              {t.compile}
            </button>
          </div>
        </form>
      </section>
      <p role="status" className={notice ? 'notice' : 'visually-hidden'}>
        {notice}
      </p>
      <ErrorMessage error={error} />

      <h2>{t.versions}</h2>
      {versions.loading && !versions.data && <Loading />}
      <ErrorMessage error={versions.error} onRetry={() => void versions.reload()} />
      {versions.data?.length === 0 && <p>{t.noVersions}</p>}
      {versions.data && versions.data.length > 0 && (
        <TableScroll label={t.versions}>
          <table className="versions">
            <thead>
              <tr>
                <th scope="col">{t.versionHeader}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.language}</th>
                <th scope="col">{t.createdHeader}</th>
                <th scope="col">{t.hashHeader}</th>
                <th scope="col">{t.contentHashHeader}</th>
                <th scope="col">{t.languageVersionsHeader}</th>
                <th scope="col">{t.downloads}</th>
              </tr>
            </thead>
            <tbody>
              {versions.data.map((v) => {
                const n = fmt.number(v.version);
                return (
                  <tr key={v.id}>
                    <th scope="row">{n}</th>
                    <td>
                      <span className={`badge report-${v.status}`}>{t.reportStatus[v.status]}</span>
                    </td>
                    <td>{t.languageName[v.language]}</td>
                    <td>
                      <time dateTime={v.createdAt}>{fmt.dateTime(v.createdAt)}</time>
                    </td>
                    <td>
                      <code className="hash">{v.sha256}</code>
                    </td>
                    <td>
                      {v.contentSha256 ? <code className="hash">{v.contentSha256}</code> : '—'}
                    </td>
                    <td>
                      {v.languageVersions.length > 0 ? (
                        <ul className="language-versions">
                          {v.languageVersions.map((other) => (
                            <li key={other.id}>
                              {t.languageVersion(
                                t.languageName[other.language],
                                fmt.number(other.version),
                              )}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td>
                      <div className="row-actions">
                        <button
                          type="button"
                          className="secondary small"
                          onClick={() => void showPreview(v)}
                          aria-label={t.previewOf(n)}
                        >
                          {t.preview}
                        </button>
                        {REPORT_FORMATS.map((f) => (
                          <button
                            key={f}
                            type="button"
                            className="secondary small"
                            aria-label={t.downloadAs(FORMAT_NAMES[f], n)}
                            onClick={() => void download(v, f)}
                          >
                            {FORMAT_NAMES[f]}
                          </button>
                        ))}
                        {v.status === 'draft' && (
                          <button type="button" className="small" onClick={() => setFinalizing(v)}>
                            {t.finalize}
                          </button>
                        )}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      {preview && (
        <section aria-labelledby="preview-heading" className="preview">
          <h2 id="preview-heading">{t.previewOf(fmt.number(preview.version))}</h2>
          {/* An empty sandbox: the document is shown, but runs nothing and reaches nothing. */}
          <iframe
            title={t.previewOf(fmt.number(preview.version))}
            sandbox=""
            srcDoc={preview.html}
            className="preview-frame"
          />
          <button type="button" className="secondary" onClick={() => setPreview(null)}>
            {t.close}
          </button>
        </section>
      )}
      <ConfirmDialog
        open={finalizing !== null}
        title={finalizing ? t.confirmFinalize(fmt.number(finalizing.version)) : ''}
        confirmLabel={t.finalize}
        onCancel={() => setFinalizing(null)}
        onConfirm={() => finalizing && void finalize(finalizing)}
      />
    </section>
  );
}
