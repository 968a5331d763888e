/**
 * Recognizer for `person` entities (see ENTITIES.md and docs/PEOPLE.md). The work is
 * done jointly with titles in ./analysis.ts, once per document.
 */
import type { Recognizer } from '../recognizer.js';
import type { EntityRecord, PersonRecord } from '../../types.js';
import { analyze } from './analysis.js';

/** Words of a name, lowercased: the runs of non-white-space (`\s`) code units. */
function words(s: string): string[] {
  const low = s.toLowerCase();
  const out: string[] = [];
  let from = -1;
  for (let i = 0; i <= low.length; i++) {
    if (i < low.length && !isSpace(low.charCodeAt(i))) {
      if (from < 0) from = i;
      continue;
    }
    if (from >= 0) {
      out.push(from === 0 && i === low.length ? low : low.slice(from, i));
      from = -1;
    }
  }
  return out;
}

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
    const w = words(p.value?.name ?? p.text);
    const key = w.join(' ');
    let id = exact.get(key);
    if (!id && w.length <= 2) id = tails.get(key);
    if (!id) id = `p${next++}`;
    p.id = id;
    exact.set(key, id);
    if (w.length >= 2) tails.set(w[w.length - 1]!, id);
    if (w.length >= 3) tails.set(w.slice(-2).join(' '), id);
    if (w.length === 2) tails.set(w[0]!, id);
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
