/**
 * One pass over a document's tokens, shared by the recognizers that only look at number
 * tokens and a few keywords (date, percent, money): the indexes of the tokens that are
 * numbers or one of the registered keyword sets' words, with which sets each belongs to.
 * Visiting every token is most of what those recognizers spend on text with nothing to
 * find; done once, each of them then walks only its candidates.
 *
 * Keyword sets are registered when their modules load ({@link keywordBit}); a set
 * registered after documents were scanned makes the next request scan again.
 */
import { memoKey, type Doc } from '../doc.js';
import { LowerWords } from './wordset.js';
import { CodeUnits } from '../normalize/units.js';

/** The bit of number tokens in {@link Scan.bits}. */
export const NUMBER_BIT = 1;

const sets: string[][] = [];
/** Union of the registered words, and the bits of each (by its id in the union). */
let union: LowerWords | undefined;
let bitsById: Uint8Array = new Uint8Array(0);
let generation = 0;

/**
 * Registers a set of lowercase keywords and returns its bit (at most seven sets). The
 * tokens whose lowercase text is one of them are listed by {@link scanOf} with this bit.
 */
export function keywordBit(words: Iterable<string>): number {
  if (sets.length >= 7) throw new Error('scan: too many keyword sets');
  sets.push([...words]);
  union = undefined;
  generation++;
  return 1 << sets.length;
}

function unionOf(): LowerWords {
  if (union === undefined) {
    const all: string[] = [];
    for (const s of sets) for (const w of s) all.push(w);
    const u = new LowerWords(all);
    const bits = new Uint8Array(u.list.length);
    for (let k = 0; k < sets.length; k++) {
      const bit = 1 << (k + 1);
      for (const w of sets[k]!) {
        const id = u.idOf(w, 0, w.length);
        bits[id] = bits[id]! | bit;
      }
    }
    union = u;
    bitsById = bits;
  }
  return union;
}

export interface Scan {
  /** Token indexes, ascending, of the number tokens and the registered keywords. */
  readonly index: readonly number[];
  /** For each entry of `index`: {@link NUMBER_BIT} for a number token, else its keyword sets' bits. */
  readonly bits: readonly number[];
  /**
   * For each entry of `index`: the keyword's id ({@link keywordId} of the same
   * generation), -1 for a number token. A recognizer can look up a table by it instead
   * of reading the token's text again.
   */
  readonly ids: readonly number[];
  /** The keyword registrations this scan reflects: ids are valid for this generation only. */
  readonly generation: number;
}

/**
 * The id the scans of the current generation give `word` (a lowercase registered
 * keyword), or -1 when no registered set has it. `size` is one past the largest id.
 */
export function keywordIds(): { generation: number; size: number; idOf(word: string): number } {
  const u = unionOf();
  return { generation, size: u.list.length, idOf: (w: string) => u.idOf(w, 0, w.length) };
}

/** A copy of the document's lowercase code units, read by the scan loop only (overwritten by the next scan). */
const UNITS = new CodeUnits();

/** Per document: the latest scan (recomputed when a keyword set was registered since). */
const SCAN = memoKey<{ current: Scan | undefined }>('number scan');
const newBox = (): { current: Scan | undefined } => ({ current: undefined });

/** The scan of `doc`, computed once per document. */
export function scanOf(doc: Doc): Scan {
  const box = doc.memo(SCAN, newBox);
  const c = box.current;
  if (c !== undefined && c.generation === generation) return c;
  const u = unionOf();
  const byId = bitsById;
  const toks = doc.tokens;
  // The words are looked up in a typed-array copy of `doc.lower` (one native copy): reading
  // code units there costs less than `charCodeAt` on every word token.
  const units = UNITS.load(doc.lower);
  // Arrays sized for the usual share of candidates (about one token in fifteen on news
  // text): one allocation each, grown only when needed, trimmed at the end.
  const index: number[] = new Array<number>(16 + (toks.length >> 3));
  const bits: number[] = new Array<number>(index.length);
  const ids: number[] = new Array<number>(index.length);
  let n = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const kind = t.kind;
    let b: number;
    let id = -1;
    if (kind === 'word') {
      id = u.idAt(units, t.start, t.end);
      if (id < 0) continue;
      b = byId[id]!;
    } else if (kind === 'number') b = NUMBER_BIT;
    else continue;
    index[n] = i;
    bits[n] = b;
    ids[n] = id;
    n++;
  }
  index.length = n;
  bits.length = n;
  ids.length = n;
  const out: Scan = { index, bits, ids, generation };
  box.current = out;
  return out;
}
