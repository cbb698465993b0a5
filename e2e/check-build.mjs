// Proves a real-mode build carries no mock code: no worker file, no msw in
// any emitted file, no seed data. Run after `npm run build`.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const root = new URL('../dist/', import.meta.url).pathname;
const MARKERS = [
  /mockServiceWorker/,
  /\bmsw\b/i,
  /setupWorker/,
  /mock-owner-token/,
  /Aurora Research Cloud/,
];

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

const problems = [];
let files = 0;
for await (const path of walk(root)) {
  files += 1;
  const name = relative(root, path);
  if (name.includes('mockServiceWorker')) problems.push(`${name}: worker file`);
  if (!/\.(js|html|css|json|map)$/.test(name)) continue;
  const text = await readFile(path, 'utf8');
  for (const marker of MARKERS) {
    if (marker.test(text)) problems.push(`${name}: contains ${marker}`);
  }
}

if (files === 0) {
  console.error('dist/ is empty: run `npm run build` first');
  process.exit(1);
}
if (problems.length > 0) {
  console.error(
    `The production build carries mock code:\n${problems.join('\n')}`,
  );
  process.exit(1);
}
console.log(`Production build clean: ${files} files, no mock code, no worker.`);
