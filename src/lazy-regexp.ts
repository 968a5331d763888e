/**
 * Regexes made at their first use, from their source text. V8 checks the syntax of a
 * regex literal each time it parses the code around it (a fresh process parses the whole
 * bundle at import, then each function again at its first call), and it makes the
 * module-level ones at import; for a `\p{…}` class each of those steps builds the class's
 * ranges again (a fraction of a millisecond to a millisecond each). Regexes that a usual
 * document never runs are made this way:
 * `const LETTER = lazyRegExp(String.raw`[\p{L}\p{M}]`, 'u')`, then `LETTER().test(ch)`.
 */
export function lazyRegExp(source: string, flags = ''): () => RegExp {
  let re: RegExp | null = null;
  return () => (re ??= new RegExp(source, flags));
}
