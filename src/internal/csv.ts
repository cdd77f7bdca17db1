/** A table the widget shows to screen readers and offers as CSV: one source of rows for both. */
export interface DataTable {
  caption: string;
  /** `lang`: the language of a column's cells when it is not the widget's (text the data has only in English). */
  columns: Array<{ key: string; label: string; numeric?: boolean; lang?: string | undefined }>;
  rows: Array<Record<string, string | number | null>>;
}

/**
 * RFC 4180 CSV. Cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`
 * leading a text cell) are prefixed with `'`, so a hostile string in user data
 * cannot become a formula in the reader's spreadsheet. Numbers stay raw (no
 * locale grouping) so the file re-imports as numbers.
 */
export function toCsv(table: DataTable): string {
  const head = table.columns.map((c) => cell(c.label));
  const body = table.rows.map((row) => table.columns.map((c) => cell(row[c.key] ?? null)));
  return [head, ...body].map((r) => r.join(',')).join('\r\n') + '\r\n';
}

function cell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = value;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A file name from a title: lower-case ASCII words joined by hyphens. */
export function fileSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 60);
  return slug || 'data';
}
