import type { UsageSummary } from '@/api/schemas';

import type { KeyRow } from './keyRows';

type Cell = string | number | null;

const NEEDS_QUOTES = /[",\r\n]/;
// Spreadsheets run a cell that starts like a formula; key names are typed
// by people, so such text gets a leading apostrophe (OWASP's CSV advice).
const FORMULA_START = /^[=+\-@\t\r]/;

function field(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180: CRLF between records, quotes doubled inside quoted fields. */
export function toCsv(rows: Cell[][]): string {
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

export function dailyCsv(byDay: UsageSummary['by_day']): string {
  return toCsv([
    ['date', 'tokens_input', 'tokens_output', 'requests'],
    ...byDay.map((day) => [
      day.date,
      day.tokens_input,
      day.tokens_output,
      day.requests,
    ]),
  ]);
}

/** Every key of the table (all pages), in the order the table shows. */
export function keysCsv(rows: KeyRow[]): string {
  return toCsv([
    [
      'key_name',
      'key_prefix',
      'access_uuid',
      'tokens_input',
      'tokens_output',
      'requests',
      'share_of_requests_percent',
      'last_used_at',
    ],
    ...rows.map((row) => [
      row.access_name,
      row.key_prefix,
      row.access,
      row.tokens_input,
      row.tokens_output,
      row.requests,
      Number((row.share * 100).toFixed(2)),
      row.last_used_at,
    ]),
  ]);
}

/** Lowercase ASCII words joined by dashes, e.g. "Ops Bot #2" → "ops-bot-2". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'agent';
}

export type CsvKind = 'by-day' | 'by-key';

/** e.g. `usage-ops-bot-2026-11-01_2026-11-30-by-day.csv`. */
export function csvFileName(
  agentName: string,
  from: string,
  to: string,
  kind: CsvKind,
): string {
  return `usage-${slugify(agentName)}-${from}_${to}-${kind}.csv`;
}
