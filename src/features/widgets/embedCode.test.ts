import { describe, expect, it } from 'vitest';

import {
  buildIframe,
  buildReactSnippet,
  buildScriptTag,
  cspDirectives,
  escapeAttribute,
  jsonForScript,
} from './embedCode';

const HOST = 'https://widgets.example.org';

const HOSTILE = [
  'plain',
  'say "hi" & \'bye\'',
  '<b>bold</b>',
  '</script><script>alert(1)</script>',
  '`${alert(1)}`',
  'line one\nline two\r\nthree',
  'para\u2028graph\u2029end',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  '<!-- comment --> -->',
  '&amp; &lt; already escaped',
  'sak_not/a/key?x=1#frag',
];

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function allElements(doc: Document): string[] {
  return [...doc.querySelectorAll('*')].map((el) => el.tagName.toLowerCase());
}

function attributeNames(el: Element): string[] {
  return el.getAttributeNames().sort();
}

describe('embed code', () => {
  it.each(HOSTILE)('keeps the script tag inert for %j', (text) => {
    const doc = parse(
      buildScriptTag({ host: HOST, publicId: text, name: text }),
    );

    expect(allElements(doc)).toEqual(['html', 'head', 'script', 'body']);
    const script = doc.querySelector('script');
    expect(attributeNames(script!)).toEqual(['async', 'data-widget-id', 'src']);
    expect(script!.getAttribute('data-widget-id')).toBe(text);
    expect(script!.getAttribute('src')).toBe(`${HOST}/widget.js`);
    expect(script!.textContent).toBe('');
  });

  it.each(HOSTILE)('keeps the iframe inert for %j', (text) => {
    const doc = parse(buildIframe({ host: HOST, publicId: text, name: text }));

    expect(allElements(doc)).toEqual(['html', 'head', 'body', 'iframe']);
    const frame = doc.querySelector('iframe')!;
    expect(attributeNames(frame)).toEqual(
      ['height', 'loading', 'src', 'style', 'title', 'width'].sort(),
    );
    expect(frame.getAttribute('title')).toBe(text);
    const src = new URL(frame.getAttribute('src')!);
    expect(src.origin).toBe(HOST);
    expect(decodeURIComponent(src.pathname.replace('/embed/', ''))).toBe(text);
    expect(src.search).toBe('');
    expect(src.hash).toBe('');
  });

  it.each(HOSTILE)('keeps the React snippet inert for %j', (text) => {
    const code = buildReactSnippet({ host: HOST, publicId: text, name: text });
    const literal = /^const WIDGET = (.*);$/m.exec(code)?.[1] ?? '';

    const expected = { src: `${HOST}/widget.js`, widgetId: text };
    expect(JSON.parse(literal)).toEqual(expected);
    // Read as JavaScript too, the way the admin's bundler will.
    expect(new Function(`return ${literal};`)()).toEqual(expected);
    expect(literal).not.toMatch(/[<>&\u2028\u2029\n]/);
    const plain = buildReactSnippet({ host: HOST, publicId: 'x', name: 'x' });
    expect(code.split('\n')).toHaveLength(plain.split('\n').length);
  });

  it('escapes every HTML-significant character in attributes', () => {
    expect(escapeAttribute(`&<>"'\r`)).toBe('&amp;&lt;&gt;&quot;&#39;&#13;');
  });

  it('escapes <, >, & and line separators in script JSON', () => {
    expect(jsonForScript('</script>&\u2028\u2029')).toBe(
      '"\\u003c/script\\u003e\\u0026\\u2028\\u2029"',
    );
  });

  it('encodes the public id as one path segment', () => {
    const doc = parse(
      buildIframe({ host: HOST, publicId: '../a b/?c', name: '' }),
    );
    expect(doc.querySelector('iframe')!.getAttribute('src')).toBe(
      `${HOST}/embed/..%2Fa%20b%2F%3Fc`,
    );
  });

  it('states the CSP directives per form', () => {
    expect(cspDirectives('script', HOST)).toEqual([
      `script-src ${HOST}`,
      `connect-src ${HOST}`,
      `frame-src ${HOST}`,
    ]);
    expect(cspDirectives('react', HOST)).toEqual(cspDirectives('script', HOST));
    expect(cspDirectives('iframe', HOST)).toEqual([`frame-src ${HOST}`]);
  });
});
