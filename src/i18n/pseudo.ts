/*
 * The pseudo-locale `en-XA`: English with accented letters, about 35%
 * longer and in brackets, so that a string outside t(), a clipped label or
 * a layout that cannot grow shows up at a glance. Placeholders stay intact.
 */
export const PSEUDO_LOCALE = 'en-XA';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = 'àƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ';
const PADDING = 'ļöŕéɱ îþšûɱ ðöļöŕ šîţ àɱéţ çöñšéçţéţûŕ àðîþîšçîñĝ éļîţ ';
const GROWTH = 0.35;

function accent(text: string): string {
  return [...text]
    .map((char) => {
      const index = PLAIN.indexOf(char);
      return index === -1 ? char : ACCENTED[index];
    })
    .join('');
}

export function pseudoLocalize(text: string): string {
  // Odd parts are `{placeholder}`s, kept as they are.
  const parts = text.split(/(\{\w+\})/);
  const body = parts
    .map((part, index) => (index % 2 === 1 ? part : accent(part)))
    .join('');
  // The brackets count towards the growth.
  const extra = Math.max(1, Math.round(text.length * GROWTH) - 2);
  const padding = PADDING.repeat(Math.ceil(extra / PADDING.length))
    .slice(0, extra - 1)
    .trimEnd();
  return `[${body}${padding ? ` ${padding}` : ''}]`;
}

export function pseudoCatalogue(keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.map((key) => [key, pseudoLocalize(key)]));
}
