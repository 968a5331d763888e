/**
 * Tone-mark placement. Vietnamese writes the tone of the rhymes `oa`, `oe`, `uy`
 * (with no final consonant) in two styles: old (`hòa`, `khỏe`, `thủy`) and new
 * (`hoà`, `khoẻ`, `thuỷ`). Both are in wide use; matching must not care. The
 * canonical internal form is the old style, the one most Vietnamese news uses.
 * Moving a tone mark between two vowels keeps the NFC length, so offsets map 1:1.
 */

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

// Old placement: `oà` -> `òa`. The rhyme must end the syllable (no final consonant).
const NEW_TO_OLD = new RegExp(
  `(?<![qQ])([oO][${TONED_AE}]|[uU][${TONED_Y}])(?![\\p{L}\\p{M}])|` +
    // misplaced tone after `qu`: `qúy` -> `quý`, `qùa` -> `quà`
    `(?<=[qQ])([${toned('uU')}][aAeEyYoOâÂêÊơƠ])`,
  'gu',
);
const OLD_TO_NEW = new RegExp(
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
    return nfc.replace(NEW_TO_OLD, (m: string, pair?: string, qu?: string) =>
      pair ? moveTone(pair, false) : qu ? moveTone(qu, true) : m,
    );
  }
  return nfc.replace(OLD_TO_NEW, (m: string, pair?: string, qu?: string) =>
    pair ? moveTone(pair, true) : qu ? moveTone(qu, true) : m,
  );
}
