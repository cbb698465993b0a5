import { describe, expect, it } from 'vitest';

import { csvFileName, dailyCsv, keysCsv, slugify, toCsv } from './csv';
import type { KeyRow } from './keyRows';

const key = (name: string, extra: Partial<KeyRow> = {}): KeyRow => ({
  access: 'a'.repeat(32),
  access_name: name,
  key_prefix: 'sak_AbCd',
  tokens_input: 10,
  tokens_output: 20,
  requests: 3,
  last_used_at: '2026-11-29T10:15:30.123456Z',
  share: 0.125,
  ...extra,
});

describe('csv', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(
      toCsv([
        ['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\rlf\r\n', 7, null],
      ]),
    ).toBe('plain,"a,b","say ""hi""","two\nlines","cr\rlf\r\n",7,\r\n');
  });

  it('ends every record with CRLF, the header first', () => {
    const text = dailyCsv([
      { date: '2026-11-29', tokens_input: 1, tokens_output: 2, requests: 3 },
      { date: '2026-11-30', tokens_input: 0, tokens_output: 0, requests: 0 },
    ]);
    expect(text).toBe(
      'date,tokens_input,tokens_output,requests\r\n' +
        '2026-11-29,1,2,3\r\n' +
        '2026-11-30,0,0,0\r\n',
    );
  });

  it('writes key names with commas, quotes and newlines intact', () => {
    const text = keysCsv([
      key('Shop, "main" site\nbackend', { share: 0 }),
      key('never', { last_used_at: null, share: 1 / 3 }),
    ]);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      'key_name,key_prefix,access_uuid,tokens_input,tokens_output,requests,' +
        'share_of_requests_percent,last_used_at',
    );
    expect(lines[1]).toBe(
      `"Shop, ""main"" site\nbackend",sak_AbCd,${'a'.repeat(32)},10,20,3,0,` +
        '2026-11-29T10:15:30.123456Z',
    );
    expect(lines[2]).toBe(`never,sak_AbCd,${'a'.repeat(32)},10,20,3,33.33,`);
  });

  it('keeps spreadsheets from running a name as a formula', () => {
    expect(toCsv([['=SUM(A1)', '+1', '@x', '-2', 'a=b']])).toBe(
      "'=SUM(A1),'+1,'@x,'-2,a=b\r\n",
    );
  });

  it('names the file after the agent and the range', () => {
    expect(
      csvFileName('Ops Bót #2', '2026-11-01', '2026-11-30', 'by-day'),
    ).toBe('usage-ops-bot-2-2026-11-01_2026-11-30-by-day.csv');
    expect(slugify('***')).toBe('agent');
  });
});
