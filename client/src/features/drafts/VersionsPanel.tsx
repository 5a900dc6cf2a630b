import type { DraftVersionView } from '#contract';
import { useEffect, useState, type FormEvent } from 'react';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { SelectField, TextField } from '../../components/fields';
import { TableScroll } from '../../components/TableScroll';
import { useResource } from '../../hooks/useResource';
import { isLanguage } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/I18nProvider';
import { saveBlob } from '../secretariat/download';
import { DRAFT_FORMATS, type DraftFormat } from './draft-api';
import { useDraftPage } from './draft-context';

export const FORMAT_NAMES: Record<DraftFormat, string> = {
  docx: 'DOCX',
  pdf: 'PDF',
  html: 'HTML',
  md: 'Markdown',
  json: 'JSON',
};

/**
 * The draft's frozen versions (zero draft, Rev.1 …, Adopted): everyone downloads them clean in
 * each conference language, with line numbers for reading sessions, and compares any two;
 * chairs freeze the next one.
 */
export function VersionsPanel() {
  const { t } = useI18n('drafting');
  const { calls, draft, chairs, fmt, notify, languages } = useDraftPage();
  const versions = useResource(
    async () => (await calls.versions(draft.id)).sort((a, b) => a.version - b.version),
    [calls, draft.id],
  );
  // A freeze anywhere (or the adoption) changes the draft's version number: list them again.
  const { reload } = versions;
  useEffect(() => {
    void reload();
  }, [draft.version, draft.status, reload]);

  const [label, setLabel] = useState('');
  const [language, setLanguage] = useState(draft.language);
  const [lineNumbers, setLineNumbers] = useState(false);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const list = versions.data ?? [];
  const fromVersion = from ?? list[list.length - 2]?.version ?? null;
  const toVersion = to ?? list[list.length - 1]?.version ?? null;

  const freeze = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const frozen = await calls.freeze(draft.id, label.trim() || undefined);
      setLabel('');
      notify(t.drafts.frozen(frozen.label));
      await versions.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const fetchFile = async (
    load: () => Promise<{ blob: Blob; filename: string | null }>,
    fallback: string,
  ) => {
    setError(null);
    try {
      const { blob, filename } = await load();
      saveBlob(blob, filename ?? fallback);
    } catch (e) {
      setError(e);
    }
  };
  const download = (v: DraftVersionView, format: DraftFormat) =>
    fetchFile(
      () =>
        calls.downloadVersion(
          draft.id,
          v.version,
          format,
          isLanguage(language) ? language : undefined,
          lineNumbers,
        ),
      `draft-v${v.version}.${format}`,
    );
  const compare = (format: DraftFormat) => {
    if (fromVersion === null || toVersion === null) return;
    void fetchFile(
      () => calls.compare(draft.id, fromVersion, toVersion, format),
      `draft-v${fromVersion}-v${toVersion}.${format}`,
    );
  };

  return (
    <section aria-labelledby="versions-heading" className="card versions-panel">
      <h2 id="versions-heading">{t.drafts.versions}</h2>
      {chairs && draft.status === 'drafting' && (
        <form onSubmit={(event) => void freeze(event)} className="inline-form">
          <TextField
            label={t.drafts.versionLabel}
            value={label}
            maxLength={100}
            onChange={(e) => setLabel(e.target.value)}
          />
          <button type="submit" disabled={busy}>
            {t.drafts.freeze}
          </button>
        </form>
      )}
      <ErrorMessage error={error} />
      {versions.loading && !versions.data && <Loading />}
      <ErrorMessage error={versions.error} onRetry={() => void versions.reload()} />
      {versions.data?.length === 0 && <p className="muted">{t.drafts.noVersions}</p>}
      {list.length > 0 && (
        <>
          <div className="inline-form">
            <SelectField
              label={t.drafts.documentLanguage}
              value={language}
              onChange={(e) => setLanguage(e.target.value)}
            >
              {languages.map((l) => (
                <option key={l} value={l}>
                  {isLanguage(l) ? t.languageName[l] : l}
                </option>
              ))}
            </SelectField>
            <label className="check">
              <input
                type="checkbox"
                checked={lineNumbers}
                onChange={(e) => setLineNumbers(e.target.checked)}
              />
              <span>{t.drafts.lineNumbers}</span>
            </label>
          </div>
          <TableScroll label={t.drafts.versions}>
            <table className="versions">
              <thead>
                <tr>
                  <th scope="col">{t.drafts.versionHeader}</th>
                  <th scope="col">{t.drafts.labelHeader}</th>
                  <th scope="col">{t.drafts.frozenHeader}</th>
                  <th scope="col">SHA-256</th>
                  <th scope="col">{t.drafts.download}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((v) => (
                  <tr key={v.version}>
                    <th scope="row">{fmt.number(v.version)}</th>
                    <td>{v.label}</td>
                    <td>
                      <time dateTime={v.frozenAt}>{fmt.dateTime(v.frozenAt)}</time>
                    </td>
                    <td>
                      <code className="hash">{v.sha256}</code>
                    </td>
                    <td>
                      <div className="row-actions">
                        {DRAFT_FORMATS.map((f) => (
                          <button
                            key={f}
                            type="button"
                            className="secondary small"
                            aria-label={t.drafts.downloadVersion(v.label, FORMAT_NAMES[f])}
                            onClick={() => void download(v, f)}
                          >
                            {FORMAT_NAMES[f]}
                          </button>
                        ))}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
      {list.length > 1 && fromVersion !== null && toVersion !== null && (
        <fieldset className="compare">
          <legend>{t.drafts.compare}</legend>
          <div className="inline-form">
            <SelectField
              label={t.drafts.compareFrom}
              value={fromVersion}
              onChange={(e) => setFrom(Number(e.target.value))}
            >
              {list.map((v) => (
                <option key={v.version} value={v.version}>
                  {v.label}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t.drafts.compareTo}
              value={toVersion}
              onChange={(e) => setTo(Number(e.target.value))}
            >
              {list.map((v) => (
                <option key={v.version} value={v.version}>
                  {v.label}
                </option>
              ))}
            </SelectField>
          </div>
          <div className="row-actions">
            {DRAFT_FORMATS.map((f) => (
              <button
                key={f}
                type="button"
                className="secondary small"
                aria-label={t.drafts.compareAs(FORMAT_NAMES[f])}
                onClick={() => compare(f)}
              >
                {FORMAT_NAMES[f]}
              </button>
            ))}
          </div>
        </fieldset>
      )}
    </section>
  );
}
