import type { UsageParams } from '@/api/agentApi';

import { checkRange, presetRange, type RangeProblem } from './dateRange';

/*
 * Everything a person would share about the usage page lives in the URL:
 * `?range=7|30|90` or `?from=…&to=…`, `?keys=<uuid>,<uuid>`,
 * `?sort=-requests` and `?page=2` of the per-key table.
 */
export const PRESETS = [7, 30, 90] as const;
export type Preset = (typeof PRESETS)[number];
export const DEFAULT_PRESET: Preset = 30;

export type RangeChoice =
  | { kind: 'preset'; days: Preset }
  | { kind: 'custom'; from: string; to: string };

export const SORT_COLUMNS = [
  'name',
  'prefix',
  'tokens_in',
  'tokens_out',
  'requests',
  'share',
  'last_used',
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export interface KeySort {
  column: SortColumn;
  descending: boolean;
}
export const DEFAULT_SORT: KeySort = { column: 'requests', descending: true };

export interface UsageView {
  choice: RangeChoice;
  from: string;
  to: string;
  /** Set when the URL's custom range was unusable and the default is shown. */
  urlProblem: RangeProblem | null;
  keys: string[];
  sort: KeySort;
  page: number;
}

const UUID = /^[0-9a-f]{32}$/;

function isPreset(value: number): value is Preset {
  return (PRESETS as readonly number[]).includes(value);
}

function isSortColumn(value: string): value is SortColumn {
  return (SORT_COLUMNS as readonly string[]).includes(value);
}

function readRange(
  params: URLSearchParams,
  today: string,
): { choice: RangeChoice | null; problem: RangeProblem | null } {
  const from = params.get('from');
  const to = params.get('to');
  if (from !== null || to !== null) {
    const problem = checkRange(from ?? '', to ?? '', today);
    if (problem === null && from && to) {
      return { choice: { kind: 'custom', from, to }, problem };
    }
    return { choice: null, problem };
  }
  const days = Number(params.get('range'));
  return {
    choice: isPreset(days) ? { kind: 'preset', days } : null,
    problem: null,
  };
}

export function readUsageView(
  params: URLSearchParams,
  today: string,
): UsageView {
  const range = readRange(params, today);
  const choice: RangeChoice = range.choice ?? {
    kind: 'preset',
    days: DEFAULT_PRESET,
  };
  const { from, to } =
    choice.kind === 'preset' ? presetRange(choice.days, today) : choice;

  const keys = (params.get('keys') ?? '')
    .split(',')
    .filter((key) => UUID.test(key));

  const sortParam = params.get('sort') ?? '';
  const column = sortParam.replace(/^-/, '');
  const sort = isSortColumn(column)
    ? { column, descending: sortParam.startsWith('-') }
    : DEFAULT_SORT;

  const page = Math.floor(Number(params.get('page')));
  return {
    choice,
    from,
    to,
    urlProblem: range.problem,
    keys: [...new Set(keys)],
    sort,
    page: Number.isFinite(page) && page >= 1 ? page : 1,
  };
}

/** The one summary request a view needs: totals, days and keys at once. */
export function summaryParams(agentId: string, view: UsageView): UsageParams {
  return {
    identityUuid: agentId,
    accessUuids: view.keys.length > 0 ? view.keys : undefined,
    dateFrom: view.from,
    dateTo: view.to,
  };
}

/** Any change of what the table lists starts it again at page 1. */
function edit(
  params: URLSearchParams,
  change: (next: URLSearchParams) => void,
) {
  const next = new URLSearchParams(params);
  change(next);
  next.delete('page');
  return next;
}

export function withRange(params: URLSearchParams, choice: RangeChoice) {
  return edit(params, (next) => {
    for (const name of ['range', 'from', 'to']) next.delete(name);
    if (choice.kind === 'preset') {
      next.set('range', String(choice.days));
    } else {
      next.set('from', choice.from);
      next.set('to', choice.to);
    }
  });
}

export function withKeys(params: URLSearchParams, keys: string[]) {
  return edit(params, (next) => {
    if (keys.length > 0) next.set('keys', keys.join(','));
    else next.delete('keys');
  });
}

export function withSort(params: URLSearchParams, sort: KeySort) {
  return edit(params, (next) => {
    next.set('sort', `${sort.descending ? '-' : ''}${sort.column}`);
  });
}

export function withPage(params: URLSearchParams, page: number) {
  const next = new URLSearchParams(params);
  if (page > 1) next.set('page', String(page));
  else next.delete('page');
  return next;
}
