/**
 * The pipeline: normalize and tokenize once, run the recognizers, resolve overlaps,
 * map offsets back to the original input, link, filter and sort.
 */
import { createDoc, type Doc } from './doc.js';
import { describe, normalize } from './normalize/index.js';
import { splitSentences, tokenize, type Token } from './tokenize/index.js';
import { resolveOptions } from './options.js';
import { RECOGNIZERS, TYPE_PRIORITY } from './entities/registry.js';
import type { Candidate, RecognizeContext, Recognizer } from './entities/recognizer.js';
import { ENTITY_TYPES, type EntityRecord, type EntityType, type ExtractOptions, type Span } from './types.js';

/** Recognizers to run for the requested types, dependencies first, each once. */
function plan(types: ReadonlySet<EntityType>): EntityType[] {
  const order: EntityType[] = [];
  const seen = new Set<EntityType>();
  const visit = (t: EntityType): void => {
    if (seen.has(t)) return;
    seen.add(t);
    for (const d of RECOGNIZERS[t].needs ?? []) visit(d);
    order.push(t);
  };
  for (const t of ENTITY_TYPES) if (types.has(t)) visit(t);
  return order;
}

/**
 * Overlap policy: one flat layer. Candidates are taken longest first (normalized
 * length); on equal length the candidate's own priority, then the type priority
 * (money > percent > title > person > date), then the earlier start wins. A candidate
 * that overlaps one already taken is dropped.
 */
export function resolveOverlaps(cands: Candidate[], textLength: number): Candidate[] {
  const sorted = cands
    .filter((c) => c.end > c.start && c.start >= 0 && c.end <= textLength)
    .sort(
      (a, b) =>
        b.end - b.start - (a.end - a.start) ||
        (b.priority ?? 0) - (a.priority ?? 0) ||
        TYPE_PRIORITY[b.type] - TYPE_PRIORITY[a.type] ||
        a.start - b.start,
    );
  const taken = new Uint8Array(textLength);
  const out: Candidate[] = [];
  for (const c of sorted) {
    let free = true;
    // Ends first: most overlaps show there.
    if (taken[c.start] || taken[c.end - 1]) free = false;
    else for (let i = c.start + 1; i < c.end - 1; i++) if (taken[i]) { free = false; break; }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    out.push(c);
  }
  return out;
}

/**
 * `resolveOverlaps(cands, textLength)` sorted by start. Most documents have no
 * overlapping candidates at all (none of the 170 real articles has one): sorted by start
 * and checked pairwise, the valid candidates are then exactly what the policy keeps, and
 * the priority sort is skipped. Kept spans never overlap, so order by start is unique.
 */
export function resolveOverlapsByStart(cands: Candidate[], textLength: number): Candidate[] {
  const byStart = cands
    .filter((c) => c.end > c.start && c.start >= 0 && c.end <= textLength)
    .sort((a, b) => a.start - b.start);
  for (let i = 1; i < byStart.length; i++) {
    if (byStart[i]!.start < byStart[i - 1]!.end) {
      return resolveOverlaps(cands, textLength).sort((a, b) => a.start - b.start);
    }
  }
  return byStart;
}

/**
 * `resolveOverlapsByStart` of the candidates of `lists` taken one list after the other,
 * for lists that each come sorted by start (what the recognizers return): the valid
 * candidates merged by start, with no array built and sorted, when no two of them
 * overlap. Otherwise (a list out of order, or an overlap) the lists are joined and
 * handed to resolveOverlapsByStart, as before. With no overlap the starts are
 * distinct, so the merge order is the sort's.
 */
export function resolveListsByStart(lists: readonly (readonly Candidate[])[], textLength: number): Candidate[] {
  const k = lists.length;
  let total = 0;
  for (let q = 0; q < k; q++) total += lists[q]!.length;
  // Per list: the index of its next valid candidate and that candidate's start (Infinity
  // when the list is done), so choosing the next candidate compares numbers without
  // reading the candidates of every list again.
  const heads: number[] = [];
  const headStarts: number[] = [];
  for (let q = 0; q < k; q++) {
    const h = nextValid(lists[q]!, 0, textLength);
    heads.push(h);
    headStarts.push(h < lists[q]!.length ? lists[q]![h]!.start : Infinity);
  }
  const out: Candidate[] = [];
  let lastEnd = -1;
  let lastStart = -1;
  for (;;) {
    // The list whose next valid candidate starts first (the first such list on a tie).
    let best = -1;
    let bestStart = Infinity;
    for (let q = 0; q < k; q++) {
      const st = headStarts[q]!;
      if (st < bestStart) {
        best = q;
        bestStart = st;
      }
    }
    if (best < 0) break;
    const list = lists[best]!;
    const c = list[heads[best]!]!;
    const after = heads[best]! + 1;
    // A list out of order by start, or two candidates overlapping: the general path.
    if (c.start < lastStart || c.start < lastEnd || (after < list.length && list[after]!.start < c.start)) {
      const all: Candidate[] = new Array<Candidate>(total);
      let n = 0;
      for (const l of lists) for (const x of l) all[n++] = x;
      return resolveOverlapsByStart(all, textLength);
    }
    const h = nextValid(list, after, textLength);
    heads[best] = h;
    headStarts[best] = h < list.length ? list[h]!.start : Infinity;
    out.push(c);
    lastStart = c.start;
    lastEnd = c.end;
  }
  return out;
}

/** The index of the first candidate of `list` from `h` on with a valid span (`list.length` if none). */
function nextValid(list: readonly Candidate[], h: number, textLength: number): number {
  while (h < list.length) {
    const c = list[h]!;
    if (c.end > c.start && c.start >= 0 && c.end <= textLength) break;
    h++;
  }
  return h;
}

function toRecord(c: Candidate, doc: Doc): EntityRecord {
  // doc.map.toOriginal(c.start, c.end) without its array: kept spans are not empty.
  const start = doc.map.toOriginalStart(c.start);
  const end = doc.map.toOriginalEnd(c.end);
  return { type: c.type, start, end, text: doc.input.slice(start, end), ...c.fields } as EntityRecord;
}

/**
 * Inputs longer than this are processed in chunks split at line breaks, so memory stays
 * bounded. 32 K code units hold any news article whole (the 170 real ones are at most
 * 14 K), keep a chunk's tokens in the processor's caches and its objects young (a 256 K
 * chunk ran about 1.6 times slower per character), and keep one article's context
 * (names met earlier) from leaking into the next in a long multi-article input.
 */
export const CHUNK_SIZE = 1 << 15;

/** `s` moved by `delta` (a copy: the span objects are the record's own). */
function shiftSpan(s: Span, delta: number): Span {
  return { ...s, start: s.start + delta, end: s.end + delta };
}

/**
 * Shifts a record's offsets, and those of the spans it links to, by `delta`. The span
 * fields are the ones types.ts declares (a title's `holder`, a person's `titles`): named
 * here rather than found by walking every record's keys, which cost an array per record
 * (a third of the time of an input with a record every few characters went to the
 * garbage collector).
 */
function shift(r: EntityRecord, delta: number): void {
  r.start += delta;
  r.end += delta;
  if (r.type === 'title') {
    if (r.holder !== undefined) r.holder = shiftSpan(r.holder, delta);
  } else if (r.type === 'person') {
    const titles = r.titles;
    if (titles !== undefined && titles.length > 0) r.titles = titles.map((s) => shiftSpan(s, delta));
  }
}

/** The last index of code unit `c` in `text[from, to)`, or -1. */
function lastIndexIn(text: string, c: number, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (text.charCodeAt(k) === c) return k;
  return -1;
}

/**
 * Where to cut `text` at or before `limit` (> from): after the last line break in the
 * second half of the window, else after the last space, else at `limit` (never inside a
 * surrogate pair or before a combining mark).
 */
export function chunkEnd(text: string, from: number, limit: number): number {
  if (limit >= text.length) return text.length;
  const floor = from + ((limit - from) >> 1);
  // Searched back to the floor only (a `lastIndexOf` searched on to the text's start: over
  // a text with no line break, every chunk read the whole text before it, quadratic time).
  const nl = lastIndexIn(text, 10, floor, limit);
  if (nl >= 0) return nl + 1;
  const sp = lastIndexIn(text, 32, floor, limit);
  if (sp >= 0) return sp + 1;
  let cut = limit;
  while (cut > floor) {
    const c = text.charCodeAt(cut);
    if ((c >= 0xdc00 && c <= 0xdfff) || (c >= 0x300 && c <= 0x36f)) cut--;
    else break;
  }
  if (cut > floor) return cut;
  // A run of marks longer than half a chunk: cut inside it (never inside a surrogate
  // pair) rather than backing off to tiny chunks (one per mark: quadratic-looking time).
  const c = text.charCodeAt(limit);
  return c >= 0xdc00 && c <= 0xdfff ? limit - 1 : limit;
}

function extractChunk(
  input: string,
  opts: ReturnType<typeof resolveOptions>,
  order: EntityType[],
  shared: Record<string, unknown>,
  chunk: number,
): EntityRecord[] {
  const doc = createDoc(input, opts.referenceDate, opts.lexicons, shared, chunk);
  const byType: { [K in EntityType]?: Candidate<K>[] } = {};
  const ctx: RecognizeContext = { candidates: byType };
  const lists: Candidate[][] = [];
  for (const t of order) {
    const rec = RECOGNIZERS[t] as Recognizer;
    const cands = rec.recognize(doc, ctx);
    (byType as Record<string, Candidate[]>)[t] = cands;
    lists.push(cands);
  }
  const kept = resolveListsByStart(lists, doc.text.length);
  const records = kept.map((c) => toRecord(c, doc));
  for (const t of order) RECOGNIZERS[t].finalize?.(records, doc);
  return records.filter((r) => opts.types.has(r.type));
}

/**
 * Extracts entities from Vietnamese text.
 *
 * @returns records sorted by `start`, never overlapping, with offsets into `text`.
 * @throws TypeError when `text` is not a string or an option has the wrong type;
 *   RangeError when an option value is invalid (unknown type, bad referenceDate).
 */
export function extract(text: string, options?: ExtractOptions): EntityRecord[] {
  if (typeof text !== 'string') {
    throw new TypeError(`extract: expected text to be a string, got ${describe(text)}`);
  }
  const opts = resolveOptions(options);
  if (text.length === 0 || opts.types.size === 0) return [];
  const order = plan(opts.types);
  const shared: Record<string, unknown> = {};
  if (text.length <= CHUNK_SIZE) return extractChunk(text, opts, order, shared, 0);
  const out: EntityRecord[] = [];
  let from = 0;
  let chunk = 0;
  while (from < text.length) {
    const to = chunkEnd(text, from, from + CHUNK_SIZE);
    const recs = extractChunk(text.slice(from, to), opts, order, shared, chunk++);
    for (const r of recs) {
      if (from > 0) shift(r, from);
      out.push(r);
    }
    from = to;
  }
  return out;
}

/** Tokens of `text` (syllables, numbers kept whole, punctuation) with offsets into the original text. */
export function tokens(text: string): Token[] {
  if (typeof text !== 'string') throw new TypeError(`tokens: expected a string, got ${describe(text)}`);
  const { text: norm, map } = normalize(text);
  return tokenize(norm).map((t) => {
    const [start, end] = map.toOriginal(t.start, t.end);
    return { ...t, start, end, text: text.slice(start, end) };
  });
}

/** Sentences of `text` as spans of the original text. */
export function sentences(text: string): { start: number; end: number; text: string }[] {
  if (typeof text !== 'string') throw new TypeError(`sentences: expected a string, got ${describe(text)}`);
  const { text: norm, map } = normalize(text);
  return splitSentences(tokenize(norm)).map((s) => {
    const [start, end] = map.toOriginal(s.start, s.end);
    return { start, end, text: text.slice(start, end) };
  });
}
