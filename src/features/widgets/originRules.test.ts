import { describe, expect, it } from 'vitest';

import { checkPageUrl, formatRule, parseOriginRule } from './originRules';

describe('origin rules', () => {
  it.each([
    'https://example.org',
    'https://EXAMPLE.org',
    'https://*.example.org',
    'https://example.org:8443',
    'https://*.example.org:8443',
    'http://localhost:8000',
    'http://127.0.0.1',
    'http://[::1]:3000',
    'https://bücher.example',
    '  https://example.org  ',
  ])('accepts %s', (rule) => {
    expect(parseOriginRule(rule)).toMatchObject({ ok: true });
  });

  it.each([
    ['', /Enter an origin/],
    ['*', /bare \*/],
    ['https://*', /bare \*/],
    ['*.example.org', /Start with https/],
    ['example.org', /Start with https/],
    ['https://example.org/', /no path/],
    ['https://example.org/page', /no path/],
    ['https://example.org?a=1', /no path/],
    ['https://example.org#top', /no path/],
    ['https://user:pw@example.org', /user name/],
    ['https://foo.*.example.org', /only stand for subdomains/],
    ['https://*.*.example.org', /only stand for subdomains/],
    ['https://*.org', /Name a domain/],
    ['http://example.org', /http:\/\/ is allowed only for localhost/],
    ['http://*.localhost', /Name a domain|localhost/],
    ['ftp://example.org', /Use https/],
    ['https://example.org:0', /port/],
    ['https://example.org:70000', /port/],
    ['https://example.org:', /host and port/],
    ['https://exa mple.org', /not a valid host/],
    ['https://-bad.example.org', /not a valid host/],
    ['https://1.2', /not a valid host/],
    ['https://intranet', /full domain/],
    ['javascript://alert(1)', /no path|Use https|not a valid/],
  ])('refuses %j', (rule, message) => {
    const result = parseOriginRule(rule);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(message);
  });
});

describe('origin rule format', () => {
  it.each([
    ['https://EXAMPLE.org', 'https://example.org'],
    ['https://example.org:443', 'https://example.org'],
    ['https://*.Example.org:8443', 'https://*.example.org:8443'],
    ['http://localhost:80', 'http://localhost'],
    ['https://bücher.example', 'https://xn--bcher-kva.example'],
  ])('sends %s as %s', (raw, expected) => {
    const parsed = parseOriginRule(raw);
    expect(parsed.ok && formatRule(parsed.rule)).toBe(expected);
  });
});

const RULES = [
  'https://example.org',
  'https://*.shop.example.org',
  'http://localhost:8000',
  'not a rule',
  'https://partner.example:8443',
];

describe('origin checker', () => {
  it.each([
    ['https://example.org/pricing?x=1', 0],
    ['https://EXAMPLE.org:443/', 0],
    ['https://eu.shop.example.org/cart', 1],
    ['https://a.b.shop.example.org/', 1],
    ['http://localhost:8000/test.html', 2],
    ['https://partner.example:8443/', 4],
  ])('allows %s by rule index %i', (url, index) => {
    expect(checkPageUrl(url, RULES)).toEqual({
      kind: 'allowed',
      index,
      rule: RULES[index],
    });
  });

  it.each([
    ['https://shop.example.org/', 'https://shop.example.org'],
    ['http://example.org/', 'http://example.org'],
    ['https://www.example.org/', 'https://www.example.org'],
    ['https://example.org:8443/', 'https://example.org:8443'],
    ['https://evil-example.org/', 'https://evil-example.org'],
    ['https://example.org.evil.net/', 'https://example.org.evil.net'],
    ['http://localhost:9000/', 'http://localhost:9000'],
    ['https://partner.example/', 'https://partner.example'],
  ])('blocks %s', (url, origin) => {
    expect(checkPageUrl(url, RULES)).toEqual({ kind: 'blocked', origin });
  });

  it('blocks everything when there are no rules', () => {
    expect(checkPageUrl('https://example.org/', [])).toMatchObject({
      kind: 'blocked',
    });
  });

  it.each(['', 'example.org', 'ftp://example.org/', 'javascript:alert(1)'])(
    'calls %j not a page URL',
    (url) => {
      expect(checkPageUrl(url, RULES)).toEqual({ kind: 'invalid' });
    },
  );
});
