import type { IndicatorTable } from '../../shared/api/types';

/** One cell of a CSV file: quoted when it holds a separator, quote or line break; a leading =, +, -, @, tab or CR is defused. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A table as CSV, with the same rows and measures the screen shows, machine-readable: codes as keys (with labels
 * where the key is an id), numbers unformatted, a withheld figure empty with "withheld" in the status column.
 */
export function tableCsv(table: IndicatorTable, measures: string[]): string {
  const header = ['key', 'label', ...measures, 'withheld'];
  const lines = [header.map(cell).join(',')];
  const rows = [...table.rows, { ...table.total, key: 'total' }];
  for (const row of rows) {
    const values = measures.map((measure) => {
      const value = row.values[measure];
      return value === null || value === undefined ? '' : String(value);
    });
    lines.push([row.key ?? '', row.label ?? '', ...values, row.suppressed.join(' ')].map(cell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

/**
 * Offers text as a file download in the browser. A byte-order mark first, so that spreadsheet programs read the file
 * as UTF-8 (æ, ø, å); the address is released a moment after the click, not before the browser has fetched it.
 */
export function download(filename: string, text: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
