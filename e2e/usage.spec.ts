import { readFile } from 'node:fs/promises';

import type { Download, Locator, Page } from '@playwright/test';

import { SEED } from '../mocks/seed';
import { expect, test } from './fixtures';

const USAGE_URL = `/organization/${SEED.orgUuid}/agents/${SEED.agentUuid}/usage/`;

/** RFC 4180 records: quoted fields may hold commas, quotes and newlines. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let isQuoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (isQuoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') {
        isQuoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      isQuoted = true;
    } else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else {
      field += c;
    }
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return {
    name: file.suggestedFilename(),
    rows: parseCsv(await readDownload(file)),
  };
}

async function readDownload(file: Download): Promise<string> {
  const path = await file.path();
  return readFile(path, 'utf8');
}

/** "1,234,567" → 1234567; the page formats counts for the reader. */
const count = (text: string) => Number(text.replace(/[^\d]/g, ''));

/** The per-key table as name, prefix, tokens in, tokens out, requests, share. */
async function keyTableRows(table: Locator) {
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('th, td')]
          .slice(1)
          .map((cell) => cell.textContent?.trim() ?? ''),
      ),
    );
}

const KEY_HEADER = [
  'key_name',
  'key_prefix',
  'access_uuid',
  'tokens_input',
  'tokens_output',
  'requests',
  'share_of_requests_percent',
  'last_used_at',
];

/** CSV records against the table's rows, in the table's order. */
function expectKeyRowsMatch(records: string[][], shown: string[][]) {
  expect(records).toHaveLength(shown.length);
  records.forEach((record, index) => {
    const row = shown[index] ?? [];
    expect(record[0]).toBe(row[0]);
    expect(record[1]).toBe(row[1]);
    expect(record[2]).toMatch(/^[0-9a-f]{32}$/);
    expect(Number(record[3])).toBe(count(row[2] ?? ''));
    expect(Number(record[4])).toBe(count(row[3] ?? ''));
    expect(Number(record[5])).toBe(count(row[4] ?? ''));
    // The table rounds the share to one decimal, the file to two.
    expect(
      Math.abs(Number(record[6]) - parseFloat(row[5] ?? '')),
    ).toBeLessThanOrEqual(0.05);
    if (row[6] === 'Never') expect(record[7]).toBe('');
    else expect(record[7]).toMatch(/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:\d{2})$/);
  });
}

test('usage follows the range and key filter, and its CSV matches the tables', async ({
  page,
}) => {
  await page.goto(USAGE_URL);
  const keysSection = page.getByRole('region', { name: 'Per key' });
  const keysTable = keysSection.getByRole('table');
  await expect(keysTable.locator('tbody tr').first()).toBeVisible();
  await expect(page.getByText(/All dates are UTC days\./)).toContainText(
    '(30 days)',
  );

  // Presets live in the URL.
  for (const days of [7, 90, 30]) {
    await page.getByRole('button', { name: `Last ${days} days` }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]range=${days}(&|$)`));
    await expect(
      page.getByRole('button', { name: `Last ${days} days` }),
    ).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText(/All dates are UTC days\./)).toContainText(
      `(${days} days)`,
    );
  }
  await page.getByRole('button', { name: 'Last 7 days' }).click();
  await expect(page).toHaveURL(/[?&]range=7(&|$)/);
  await expect(page.getByText('Updating…')).toHaveCount(0);

  // Unfiltered, the file lists every key the table lists.
  const shown = await keyTableRows(keysTable);
  expect(shown.length).toBeGreaterThan(1);
  await expect(
    keysSection.getByRole('navigation', { name: 'Pagination' }),
  ).toHaveCount(0);
  const allKeys = await download(page, 'Export CSV per key');
  expect(allKeys.rows[0]).toEqual(KEY_HEADER);
  expectKeyRowsMatch(allKeys.rows.slice(1), shown);

  // Filter the whole page to the busiest key.
  const [busiest] = shown;
  const keyName = busiest?.[0] ?? '';
  await keysSection
    .getByRole('checkbox', { name: `Choose ${keyName}` })
    .check();
  await keysSection
    .getByRole('button', { name: 'Show only chosen keys (1)' })
    .click();
  await expect(page).toHaveURL(/[?&]keys=[0-9a-f]{32}(&|$)/);
  await expect(page).toHaveURL(/[?&]range=7(&|$)/);
  await expect(
    keysSection.getByText('Filtered to chosen keys: 1.'),
  ).toBeVisible();
  await expect(keysTable.locator('tbody tr')).toHaveCount(1);
  await expect(page.getByText('Updating…')).toHaveCount(0);
  const filtered = await keyTableRows(keysTable);
  expect(filtered[0]?.[0]).toBe(keyName);

  // Per key: the header, then exactly the rows of the table.
  const byKey = await download(page, 'Export CSV per key');
  expect(byKey.name).toMatch(
    /^usage-slurm-agent-tartu-01-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}-by-key\.csv$/,
  );
  expect(byKey.rows[0]).toEqual(KEY_HEADER);
  const keyRecords = byKey.rows.slice(1);
  expectKeyRowsMatch(keyRecords, filtered);
  expect(keyRecords[0]?.[2]).toBe(new URL(page.url()).searchParams.get('keys'));

  // Per day: every day of the range, as the daily table shows it, and
  // adding up to the totals.
  const byDay = await download(page, 'Export CSV per day');
  expect(byDay.name).toMatch(/-by-day\.csv$/);
  expect(byDay.rows[0]).toEqual([
    'date',
    'tokens_input',
    'tokens_output',
    'requests',
  ]);
  const dayRecords = byDay.rows.slice(1);
  expect(dayRecords).toHaveLength(7);

  await page.getByText('Daily numbers as a table').click();
  const dailyTable = page.getByRole('table', { name: 'Usage per UTC day' });
  await expect(dailyTable).toBeVisible();
  const days = await dailyTable
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [
        row.querySelector('time')?.getAttribute('datetime') ?? '',
        ...[...row.querySelectorAll('td')].map(
          (cell) => cell.textContent?.trim() ?? '',
        ),
      ]),
    );
  expect(dayRecords.map((record) => record[0])).toEqual(
    days.map((day) => day[0]),
  );
  dayRecords.forEach((record, index) => {
    const day = days[index] ?? [];
    expect(record[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number(record[1])).toBe(count(day[1] ?? ''));
    expect(Number(record[2])).toBe(count(day[2] ?? ''));
    expect(Number(record[3])).toBe(count(day[3] ?? ''));
  });

  const totals = page.getByRole('region', { name: 'Totals for the range' });
  const total = async (label: string) =>
    count(
      (await totals
        .locator('div.col')
        .filter({ has: page.getByText(label, { exact: true }) })
        .locator('dd')
        .textContent()) ?? '',
    );
  const sum = (column: number) =>
    dayRecords.reduce((acc, record) => acc + Number(record[column]), 0);
  expect(sum(1)).toBe(await total('Tokens in'));
  expect(sum(2)).toBe(await total('Tokens out'));
  expect(sum(3)).toBe(await total('Requests'));
  // One key is shown, so the key's row is the whole range.
  expect(sum(3)).toBe(Number(keyRecords[0]?.[5]));
  expect(sum(1)).toBe(Number(keyRecords[0]?.[3]));
});
