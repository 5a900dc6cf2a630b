import { useI18n } from '../../i18n/I18nProvider';
import { saveBlob } from './download';

/** One access code as the secretariat hands it on: to whom, and the code. */
export interface AccessCodeRow {
  name?: string;
  email: string;
  accessCode: string;
}

/**
 * A cell of RFC 4180 CSV. Quoted when it holds a separator, a quote or a line break; a cell a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe, as
 * OWASP advises for CSV meant for Excel or LibreOffice: names come from other people's files.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The codes as CSV, with a header a spreadsheet and a mail merge can use. */
export function accessCodesCsv(rows: readonly AccessCodeRow[]): string {
  const withNames = rows.some((r) => r.name !== undefined);
  const header = withNames ? ['name', 'email', 'accessCode'] : ['email', 'accessCode'];
  const lines = rows.map((r) =>
    (withNames ? [r.name ?? '', r.email, r.accessCode] : [r.email, r.accessCode])
      .map(csvCell)
      .join(','),
  );
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}

/** `access-codes-2017-11-16-0930.csv`: sortable, and a second download does not overwrite the first. */
export function accessCodesFilename(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `access-codes-${day}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}.csv`;
}

/**
 * The access codes the server gave once, as a file: the page forgets them on reload, and the
 * server keeps only their hashes. A byte-order mark so that Excel reads the names as UTF-8.
 */
export function AccessCodesDownload({ rows }: { rows: readonly AccessCodeRow[] }) {
  const { t } = useI18n('staff');
  if (rows.length === 0) return null;
  return (
    <button
      type="button"
      className="secondary"
      onClick={() =>
        saveBlob(
          new Blob(['\uFEFF', accessCodesCsv(rows)], { type: 'text/csv;charset=utf-8' }),
          accessCodesFilename(),
        )
      }
    >
      {t.downloadAccessCodes(rows.length)}
    </button>
  );
}
