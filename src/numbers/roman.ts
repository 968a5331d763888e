const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
const ROMAN_RE = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/** Parses a well-formed uppercase Roman numeral (`IV`, `XIII`); null otherwise. */
export function parseRoman(s: string): number | null {
  if (!s || s.length > 15 || !ROMAN_RE.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!]!;
    const next = i + 1 < s.length ? ROMAN[s[i + 1]!]! : 0;
    total += v < next ? -v : v;
  }
  return total;
}
