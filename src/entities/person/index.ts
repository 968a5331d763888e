/**
 * Recognizer for `person` entities (see ENTITIES.md and docs/PEOPLE.md). The work is
 * done jointly with titles in ./analysis.ts, once per document.
 */
import type { Recognizer } from '../recognizer.js';
import type { EntityRecord, PersonRecord } from '../../types.js';
import { analyze } from './analysis.js';

/**
 * The words of a name, lowercased (the runs of non-white-space (`\s`) code units), joined
 * by single spaces: the name's lowercase form itself when it is written so (nearly always:
 * no array, no join).
 */
function wordKey(s: string): string {
  const low = s.toLowerCase();
  let plain = low.length > 0;
  let last = -1;
  let before = -1;
  for (let i = 0; i < low.length && plain; i++) {
    const c = low.charCodeAt(i);
    // Only single spaces between words: a space first, last or after another breaks it.
    if (isSpace(c)) {
      plain = c === 32 && i > 0 && i < low.length - 1 && low.charCodeAt(i - 1) !== 32;
      before = last;
      last = i;
    }
  }
  if (plain) {
    keyLast = last;
    keyBefore = before;
    return low;
  }
  const out: string[] = [];
  let from = -1;
  for (let i = 0; i <= low.length; i++) {
    if (i < low.length && !isSpace(low.charCodeAt(i))) {
      if (from < 0) from = i;
      continue;
    }
    if (from >= 0) {
      out.push(low.slice(from, i));
      from = -1;
    }
  }
  const key = out.join(' ');
  keyLast = key.lastIndexOf(' ');
  keyBefore = keyLast > 0 ? key.lastIndexOf(' ', keyLast - 1) : -1;
  return key;
}
/** The last space of the key wordKey returned last and the one before it (-1 for none). */
let keyLast = -1;
let keyBefore = -1;

/** The code units of JavaScript's `\s`. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Groups mentions of one person: a full name gets an id; a later shorter mention whose
 * words end (Vietnamese given name, foreign surname) or start (foreign given name) the
 * most recent matching full name shares it.
 */
export function assignPersonIds(records: EntityRecord[]): void {
  // Maps keep it linear: exact names, and the one- or two-word tails (and the first word
  // of two-word names) of longer names, each to the most recent id.
  const exact = new Map<string, string>();
  const tails = new Map<string, string>();
  let next = 1;
  for (const r of records) {
    if (r.type !== 'person') continue;
    const p = r as PersonRecord;
    const key = wordKey(p.value?.name ?? p.text);
    // Words of the key (single spaces between them): the last space, the one before it (found
    // as wordKey read the key).
    const last = keyLast;
    const before = keyBefore;
    const count = key === '' ? 0 : last < 0 ? 1 : before < 0 ? 2 : 3;
    let id = exact.get(key);
    if (!id && count <= 2) id = tails.get(key);
    if (!id) id = `p${next++}`;
    p.id = id;
    exact.set(key, id);
    // The last word, the last two words (three words or more), or the first of two.
    if (count >= 2) tails.set(key.slice(last + 1), id);
    if (count >= 3) tails.set(key.slice(before + 1), id);
    if (count === 2) tails.set(key.slice(0, last), id);
  }
}

export const personRecognizer: Recognizer<'person'> = {
  type: 'person',
  recognize(doc) {
    return analyze(doc).persons;
  },
  finalize(records) {
    assignPersonIds(records);
  },
};
