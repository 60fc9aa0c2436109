import type { IndicatorTable } from '../../shared/api/types';

/** One cell of a CSV file: quoted when it holds a separator, quote or line break; a leading =, +, - or @ is defused. */
function cell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
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

/** Offers text as a file download in the browser. */
export function download(filename: string, text: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
