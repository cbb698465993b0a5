import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { SEED } from '../mocks/seed';
import { expect, test } from './fixtures';

declare global {
  interface Window {
    __pwned?: number;
  }
}

const WIDGETS_URL = `/organization/${SEED.orgUuid}/agents/${SEED.agentUuid}/widgets/`;
const WIDGET_HOST = 'https://widgets.example.org';
const HOSTILE_NAME =
  '"><img src=x onerror="window.__pwned=1"></script><script>window.__pwned=2</script> `${window.__pwned=3}`';

/** A blank host site whose body is exactly the embed code given. */
function startHostSite(body: string): Promise<Server> {
  const html = [
    '<!doctype html>',
    '<html lang="en">',
    '<head><meta charset="utf-8"><title>Host site</title></head>',
    `<body>${body}</body>`,
    '</html>',
  ].join('\n');
  const server = createServer((request, response) => {
    if (request.url === '/') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(html);
      return;
    }
    response.writeHead(404);
    response.end();
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

test('a widget built with a hostile name embeds as inert code', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  await page.goto(WIDGETS_URL);
  await page.getByRole('button', { name: 'Create widget' }).click();
  const form = page.getByRole('form', { name: 'New widget' });
  await form.getByLabel('Name', { exact: true }).fill(HOSTILE_NAME);
  await form.getByRole('button', { name: 'Add origin' }).click();
  await form
    .getByRole('textbox', { name: 'Origin rule 1', exact: true })
    .fill('https://shop.example.org');

  // The preview (an open shadow root) follows the colour as it is typed.
  const bubble = page.locator('css=[aria-label="Widget preview"] .bubble');
  const header = page.locator('css=[aria-label="Widget preview"] .header');
  const background = () =>
    bubble.evaluate((element) => getComputedStyle(element).backgroundColor);
  await expect(bubble).toBeVisible();
  expect(await background()).toBe('rgb(13, 110, 253)');
  await expect(header).toHaveText(HOSTILE_NAME);

  await form.getByLabel('Primary colour', { exact: true }).fill('#198754');
  await expect.poll(background).toBe('rgb(25, 135, 84)');
  await expect(header).toHaveCSS('background-color', 'rgb(25, 135, 84)');

  await form.getByRole('button', { name: 'Create widget' }).click();
  await expect(form).toBeHidden();
  await expect(
    page.getByRole('heading', { name: HOSTILE_NAME, level: 3 }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: HOSTILE_NAME })).toBeVisible();
  await expect(page).toHaveURL(/[?&]widget=[0-9a-f]{32}/);

  // Shown as text in the admin app too.
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);

  const scriptBlock = page.getByLabel('Script tag code');
  await expect(scriptBlock).toContainText(`${WIDGET_HOST}/widget.js`);
  await page.getByRole('button', { name: 'Copy script tag' }).click();
  await expect(
    page
      .getByRole('region', { name: 'Script tag' })
      .getByText('Copied', { exact: true }),
  ).toBeVisible();
  const scriptCode = await page.evaluate(() => navigator.clipboard.readText());
  expect(scriptCode).toBe(await scriptBlock.textContent());
  expect(scriptCode).not.toContain('sak_');
  expect(scriptCode).not.toContain('127.0.0.1');

  await page.getByRole('button', { name: 'Copy iframe' }).click();
  const iframeCode = await page.evaluate(() => navigator.clipboard.readText());
  expect(iframeCode).toBe(await page.getByLabel('Iframe code').textContent());

  // A blank site on this machine embeds both forms; the widget host is
  // answered here, with a loader that does nothing.
  const server = await startHostSite(`${scriptCode}\n${iframeCode}`);
  try {
    const { port } = server.address() as AddressInfo;
    const site = await context.newPage();
    const problems: string[] = [];
    site.on('pageerror', (error) => problems.push(error.message));
    const loaded: string[] = [];
    await site.route(`${WIDGET_HOST}/**`, (route) => {
      loaded.push(route.request().url());
      const isScript = route.request().url().endsWith('/widget.js');
      return route.fulfill({
        status: 200,
        contentType: isScript ? 'text/javascript' : 'text/html; charset=utf-8',
        body: isScript ? '' : '<!doctype html><title>Chat</title>',
      });
    });
    await site.goto(`http://127.0.0.1:${port}/`);
    await site.waitForLoadState('load');

    const found = await site.evaluate(() => ({
      pwned: window.__pwned,
      images: document.images.length,
      scripts: [...document.scripts].map((script) => ({
        src: script.src,
        widgetId: script.dataset.widgetId ?? null,
        text: script.text,
      })),
      iframes: [...document.querySelectorAll('iframe')].map((frame) => ({
        src: frame.src,
        title: frame.title,
      })),
      bodyElements: [...document.body.children].map((el) => el.tagName),
    }));
    expect(found.pwned).toBeUndefined();
    expect(found.images).toBe(0);
    expect(found.scripts).toEqual([
      {
        src: `${WIDGET_HOST}/widget.js`,
        widgetId: expect.stringMatching(/\S/),
        text: '',
      },
    ]);
    // The admin's text arrives as the frame's title, whole and as text.
    expect(found.iframes).toEqual([
      {
        src: expect.stringMatching(`^${WIDGET_HOST}/embed/`),
        title: HOSTILE_NAME,
      },
    ]);
    expect(found.bodyElements).toEqual(['SCRIPT', 'IFRAME']);
    expect(loaded).toContain(`${WIDGET_HOST}/widget.js`);
    expect(problems).toEqual([]);
    await site.close();
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
