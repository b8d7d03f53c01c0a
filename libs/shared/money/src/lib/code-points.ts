/**
 * Orders strings by Unicode code point. Tie-breaks must be identical on the
 * server and in every browser, which rules out localeCompare (ICU/locale
 * dependent: Danish sorts Å last, code points put it before Æ). Plain `<`
 * compares UTF-16 code units, which misorders astral characters (emoji,
 * U+10000 and up) against U+E000–U+FFFF.
 */
export function compareCodePoints(a: string, b: string): -1 | 0 | 1 {
  let i = 0;
  while (i < a.length && i < b.length) {
    // Both strings are equal before i, so i is aligned to a code point in both.
    const ca = a.codePointAt(i) as number;
    const cb = b.codePointAt(i) as number;
    if (ca !== cb) return ca < cb ? -1 : 1;
    i += ca > 0xffff ? 2 : 1;
  }
  if (a.length === b.length) return 0;
  return a.length < b.length ? -1 : 1;
}
