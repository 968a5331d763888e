/**
 * Tone-mark placement. Vietnamese writes the tone of the rhymes `oa`, `oe`, `uy`
 * (with no final consonant) in two styles: old (`hòa`, `khỏe`, `thủy`) and new
 * (`hoà`, `khoẻ`, `thuỷ`). Both are in wide use; matching must not care. The
 * canonical internal form is the old style, the one most Vietnamese news uses.
 * Moving a tone mark between two vowels keeps the NFC length, so offsets map 1:1.
 */

import { lazyRegExp } from '../lazy-regexp.js';

export type ToneStyle = 'old' | 'new';

const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

/** toned NFC char -> [base char, tone mark] */
const SPLIT = new Map<string, [string, string]>();
/** base char + tone mark -> toned NFC char */
const JOIN = new Map<string, string>();

for (const base of 'aeiouyăâêôơưAEIOUYĂÂÊÔƠƯ') {
  for (const t of TONES) {
    const c = (base + t).normalize('NFC');
    SPLIT.set(c, [base, t]);
    JOIN.set(base + t, c);
  }
}

function toned(vowels: string): string {
  let s = '';
  for (const v of vowels) {
    for (const t of TONES) {
      const c = JOIN.get(v + t);
      if (c) s += c;
    }
  }
  return s;
}

const TONED_AE = toned('aeAE');
const TONED_Y = toned('yY');
const TONED_U = toned('uU');

/** Toned `a`, `e`, `y` (second vowel of `oà`, `uý`) and toned `u` (first vowel after `q`): what can start a rewrite to the old style. */
export const OLD_STYLE_TRIGGERS = { second: TONED_AE + TONED_Y, qu: TONED_U };

// Old placement: `oà` -> `òa`. The rhyme must end the syllable (no final consonant).
// (Both made at their first use: a `\p{…}` class costs a fresh process a parse when the
// regex is made, and normalize itself moves old-style tones with placeTonesOldAt.)
const NEW_TO_OLD = lazyRegExp(
  `(?<![qQ])([oO][${TONED_AE}]|[uU][${TONED_Y}])(?![\\p{L}\\p{M}])|` +
    // misplaced tone after `qu`: `qúy` -> `quý`, `qùa` -> `quà`
    `(?<=[qQ])([${toned('uU')}][aAeEyYoOâÂêÊơƠ])`,
  'gu',
);
const OLD_TO_NEW = lazyRegExp(
  `(?<![qQ])([${toned('oO')}][aAeE]|[${toned('uU')}][yY])(?![\\p{L}\\p{M}])|(?<=[qQ])([${toned('uU')}][aAeEyYoOâÂêÊơƠ])`,
  'gu',
);

function moveTone(pair: string, toSecond: boolean): string {
  const a = pair[0]!;
  const b = pair[1]!;
  if (toSecond) {
    const sa = SPLIT.get(a);
    if (!sa) return pair;
    const nb = JOIN.get(b + sa[1]);
    return nb ? sa[0] + nb : pair;
  }
  const sb = SPLIT.get(b);
  if (!sb) return pair;
  const na = JOIN.get(a + sb[1]);
  return na ? na + sb[0] : pair;
}

/**
 * Rewrites tone placement in NFC text to the given style. The result has exactly the
 * same length as the input (each code unit stays in place or swaps within a pair).
 */
export function placeTones(nfc: string, style: ToneStyle = 'old'): string {
  if (style === 'old') {
    return nfc.replace(NEW_TO_OLD(), (m: string, pair?: string, qu?: string) =>
      pair ? moveTone(pair, false) : qu ? moveTone(qu, true) : m,
    );
  }
  return nfc.replace(OLD_TO_NEW(), (m: string, pair?: string, qu?: string) =>
    pair ? moveTone(pair, true) : qu ? moveTone(qu, true) : m,
  );
}

/** Per code unit below U+1F00: bit 1 toned a/e, 2 toned y, 4 toned u, 8 vowel that may follow a toned `u` after `q`. */
const VOWEL = new Uint8Array(0x1f00);
for (const [chars, bit] of [[TONED_AE, 1], [TONED_Y, 2], [TONED_U, 4], ['aAeEyYoOâÂêÊơƠ', 8]] as const) {
  for (const ch of chars) VOWEL[ch.charCodeAt(0)]! |= bit;
}
function isQ(s: string, i: number): boolean {
  if (i < 0) return false;
  const c = s.charCodeAt(i);
  return c === 0x71 || c === 0x51;
}

/** Made at the first code point outside the Latin and Vietnamese blocks (see lazyRegExp). */
const LETTER_OR_MARK = lazyRegExp(String.raw`^[\p{L}\p{M}]$`, 'u');

/** Whether the code point at `i` is a letter or a mark (false at the end of the text). */
function letterOrMarkAt(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 0x250 || (c >= 0x1e00 && c < 0x1f00)) return latinLetterOrMark(c);
  if (c >= 0x300 && c <= 0x36f) return true;
  return LETTER_OR_MARK().test(String.fromCodePoint(s.codePointAt(i)!));
}

/**
 * Whether code unit `c`, below U+0250 or in U+1E00-U+1EFF, is a letter or a mark: the
 * ASCII and Latin-1 letters, and every code unit of U+0100-U+024F and U+1E00-U+1EFF.
 * Written out rather than asked of `/^[\p{L}\p{M}]$/u`: building tables with it at
 * import cost a fresh process a millisecond or more (tests/lazy-tables.test.ts checks
 * that the two agree).
 */
export function latinLetterOrMark(c: number): boolean {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0x100) return c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7);
  return c < 0x250 || (c >= 0x1e00 && c < 0x1f00);
}

/**
 * Whether the old style moves a tone mark in `nfc` at `p`: 0 no; 1 to the first vowel
 * (`oà` -> `òa`, a rhyme ending the syllable); 2 to the second (`qùa` -> `quà`).
 */
export function toneMoveAt(nfc: string, p: number): 0 | 1 | 2 {
  if (p < 0 || p + 1 >= nfc.length) return 0;
  const a = nfc.charCodeAt(p);
  const b = nfc.charCodeAt(p + 1);
  const vb = b < 0x1f00 ? VOWEL[b]! : 0;
  if ((a === 0x6f || a === 0x4f ? vb & 1 : a === 0x75 || a === 0x55 ? vb & 2 : 0) && !isQ(nfc, p - 1) && !letterOrMarkAt(nfc, p + 2)) return 1;
  if (a < 0x1f00 && VOWEL[a]! & 4 && vb & 8 && isQ(nfc, p - 1)) return 2;
  return 0;
}

/**
 * `placeTones(nfc, 'old')` when the caller already knows every position where a rewrite
 * could start: `candidates` (increasing, repeats allowed) must include each `p` such
 * that `nfc[p + 1]` is a toned `a`/`e`/`y` preceded by `o`/`u`, or `nfc[p]` is a toned
 * `u` preceded by `q` (see OLD_STYLE_TRIGGERS). Other positions may be listed too.
 */
export function placeTonesOldAt(nfc: string, candidates: readonly number[]): string {
  let out: string[] | undefined;
  let done = 0; // input copied to `out` up to here; also the end of the last rewrite
  for (let k = 0; k < candidates.length; k++) {
    const p = candidates[k]!;
    if (p < done) continue;
    const move = toneMoveAt(nfc, p);
    if (move === 0) continue;
    (out ??= []).push(nfc.slice(done, p), moveTone(nfc.slice(p, p + 2), move === 2));
    done = p + 2;
  }
  if (out === undefined) return nfc;
  out.push(nfc.slice(done));
  return out.join('');
}
