import { useId, useState, type FormEvent } from 'react';
import { TableScroll } from '../../components/TableScroll';
import type { ApiClient } from '../../api/client';
import type { ImportResultView } from '#contract';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/I18nProvider';
import { problemWithField } from '../../i18n/problems';
import { AccessCodesDownload } from './access-codes';

/**
 * CSV accreditation. The bad lines are listed with their line numbers and the server's reason in
 * the user's language (worded from each problem's rule and parameters), so the secretariat can fix the spreadsheet and import again (good lines are not duplicated:
 * the server skips emails it already has).
 */
export function CsvImport({
  api,
  conferenceId,
  onImported,
}: {
  api: ApiClient;
  conferenceId: string;
  onImported(): void;
}) {
  const { t, fmt } = useI18n('staff');
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportResultView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const hintId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const text = await file.text();
      setResult(
        await api.call('POST /participants/import', {
          body: text,
          contentType: 'text/csv',
          query: { conferenceId },
        }),
      );
      onImported();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="csv-import">
      <h2 id="csv-import">{t.importCsv}</h2>
      <form onSubmit={(event) => void submit(event)} className="inline-form">
        <div className="field">
          <label htmlFor={inputId}>{t.csvFile}</label>
          <input
            id={inputId}
            type="file"
            accept=".csv,text/csv"
            aria-describedby={hintId}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          <p className="hint" id={hintId}>
            {t.csvHint}
          </p>
        </div>
        <button type="submit" disabled={!file || busy}>
          {t.import}
        </button>
      </form>
      <ErrorMessage error={error} />
      {result && (
        <div role="status" className="import-result">
          <p>{t.importSummary({ created: result.created, skipped: result.skipped })}</p>
        </div>
      )}
      {result && result.errors.length > 0 && (
        <TableScroll label={t.badLines}>
          <table className="bad-lines">
            <caption>{t.badLines}</caption>
            <thead>
              <tr>
                <th scope="col">{t.lineHeader}</th>
                <th scope="col">{t.problemHeader}</th>
              </tr>
            </thead>
            <tbody>
              {result.errors.map((e, i) => (
                <tr key={`${e.line}-${i}`}>
                  <th scope="row">{e.line}</th>
                  <td>
                    {e.problems.length
                      ? e.problems.map((p) => problemWithField({ t, fmt }, p)).join(' ')
                      : e.message}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {result && <AccessCodesDownload rows={result.accessCodes} />}
      {result && result.accessCodes.length > 0 && (
        <TableScroll label={t.accessCodesOnce}>
          <table>
            <caption>{t.accessCodesOnce}</caption>
            <thead>
              <tr>
                <th scope="col">{t.email}</th>
                <th scope="col">{t.accessCode}</th>
              </tr>
            </thead>
            <tbody>
              {result.accessCodes.map((c) => (
                <tr key={c.email}>
                  <td>{c.email}</td>
                  <td>
                    <code>{c.accessCode}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
