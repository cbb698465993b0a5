/*
 * `npm run i18n:extract`: regenerates src/i18n/catalogue.en.json from the
 * t('…') calls in src, and checks the source and the shipped translations.
 *
 * It fails (exit 1) when
 * - a t() call's first argument is not one plain string literal (a
 *   variable, a concatenation or a template with `${}` cannot be
 *   extracted, so it could never be translated);
 * - a translation catalogue shipped in src/i18n (catalogue.<lang>.json,
 *   any language but English) lacks a key the source uses, or its text
 *   drops or invents a `{placeholder}`;
 * - a t() call runs when its module is imported, before any language is
 *   chosen, rather than when rendering;
 * - JSX shows literal text, or a literal title, aria-label, placeholder,
 *   alt or label, that does not go through t() (paths, URLs and colours
 *   given as examples of input excepted).
 * Keys a translation has but the source no longer uses are listed as a
 * warning. The pseudo-locale (en-XA) is made from the English catalogue
 * when it is chosen, so it is never missing a key that was extracted.
 *
 * `--check` writes nothing and also fails when catalogue.en.json is out of
 * date, for CI.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');
const I18N = join(SRC, 'i18n');
const ENGLISH = join(I18N, 'catalogue.en.json');
const VISIBLE_ATTRIBUTES = new Set([
  'title',
  'aria-label',
  'placeholder',
  'alt',
  'label',
]);
const isCheck = process.argv.includes('--check');

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return entry.name === 'testing' ? [] : sourceFiles(path);
    }
    const isSource =
      /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts');
    return isSource && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Paths, URLs and colours are examples of input, not language. */
function isTechnical(text) {
  return !/\s/.test(text) && (/^[#/]/.test(text) || text.includes('://'));
}

function placeholders(text) {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

const keys = new Map();
const problems = [];

function where(file, node) {
  const { line, character } = file.getLineAndCharacterOfPosition(
    node.getStart(file),
  );
  return `${relative(ROOT, file.fileName)}:${line + 1}:${character + 1}`;
}

function isTCall(node) {
  return (
    ts.isCallExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 't'
  );
}

/** A t() outside any function runs once, at import, in English. */
function isAtImport(node) {
  for (let up = node.parent; up; up = up.parent) {
    if (ts.isFunctionLike(up)) return false;
  }
  return true;
}

function visit(file, node) {
  if (isTCall(node) && isAtImport(node)) {
    problems.push(
      `${where(file, node)}: t() runs at import; call it when rendering`,
    );
  }
  if (isTCall(node)) {
    const [first] = node.arguments;
    if (
      first &&
      (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))
    ) {
      const list = keys.get(first.text) ?? [];
      list.push(where(file, node));
      keys.set(first.text, list);
    } else {
      problems.push(
        `${where(file, node)}: t() needs one plain string literal, got ` +
          `\`${first ? first.getText(file) : 'nothing'}\``,
      );
    }
  }
  if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) {
    problems.push(
      `${where(file, node)}: text outside t(): "${node.text.trim()}"`,
    );
  }
  if (
    ts.isJsxAttribute(node) &&
    VISIBLE_ATTRIBUTES.has(node.name.getText(file)) &&
    node.initializer &&
    ts.isStringLiteral(node.initializer) &&
    /\p{L}/u.test(node.initializer.text) &&
    !isTechnical(node.initializer.text)
  ) {
    problems.push(
      `${where(file, node)}: ${node.name.getText(file)} outside t(): ` +
        `"${node.initializer.text}"`,
    );
  }
  ts.forEachChild(node, (child) => visit(file, child));
}

for (const path of sourceFiles(SRC)) {
  const text = readFileSync(path, 'utf8');
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(
    path,
    text,
    ts.ScriptTarget.Latest,
    true,
    kind,
  );
  visit(file, file);
}

const sorted = [...keys.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const english = Object.fromEntries(sorted.map((key) => [key, key]));
const englishJson = `${JSON.stringify(english, null, 2)}\n`;

const warnings = [];
for (const name of readdirSync(I18N)) {
  const match = /^catalogue\.(.+)\.json$/.exec(name);
  if (!match || match[1] === 'en') continue;
  const catalogue = JSON.parse(readFileSync(join(I18N, name), 'utf8'));
  for (const key of sorted) {
    if (typeof catalogue[key] !== 'string') {
      problems.push(`${name}: missing "${key}" (used at ${keys.get(key)[0]})`);
    } else if (
      placeholders(catalogue[key]).join() !== placeholders(key).join()
    ) {
      problems.push(`${name}: placeholders differ for "${key}"`);
    }
  }
  for (const key of Object.keys(catalogue)) {
    if (!keys.has(key)) warnings.push(`${name}: unused "${key}"`);
  }
}

let current = '';
try {
  current = readFileSync(ENGLISH, 'utf8');
} catch {
  // A first run has no catalogue yet.
}
if (isCheck && current !== englishJson) {
  problems.push(
    'src/i18n/catalogue.en.json is out of date: run npm run i18n:extract',
  );
}
if (!isCheck && current !== englishJson) writeFileSync(ENGLISH, englishJson);

for (const warning of warnings) console.warn(`warning: ${warning}`);
for (const problem of problems) console.error(problem);
console.log(
  `${sorted.length} strings${isCheck ? '' : ' written to src/i18n/catalogue.en.json'}; ` +
    `${problems.length} problem(s).`,
);
process.exit(problems.length > 0 ? 1 : 0);
