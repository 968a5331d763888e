/**
 * The document every recognizer reads: the input normalized and tokenized once per
 * `extract` call.
 */
import { foldKeyAligned, normalize, unchanged, type OffsetMap } from './normalize/index.js';
import { splitSentencesAt, tokenizeNormalized, tokenizeWithBreaks, type DocToken, type Sentence } from './tokenize/index.js';
import type { CallerLexicons } from './types.js';

export interface YMD {
  year: number;
  month: number;
  day: number;
}

export interface Doc {
  /** The original input. */
  readonly input: string;
  /** Normalized text (NFC, canonical tone placement, plain spaces and dashes). */
  readonly text: string;
  /** `text` lowercased, same length and offsets. */
  readonly lower: string;
  /** `text` lowercased and accent-folded (`đ` -> `d`), same length and offsets. */
  readonly fold: string;
  /** Normalized offsets -> original offsets. */
  readonly map: OffsetMap;
  /** The tokens (DocTokens: the person and title analysis's token view fills in their view fields). */
  readonly tokens: readonly DocToken[];
  readonly sentences: readonly Sentence[];
  /**
   * The tokens with a cased code unit (see Tokenized.cased), when the tokenizer made
   * `lower` (else undefined): every other token's text is its own lowercase.
   */
  readonly casedTokens: readonly number[] | undefined;
  /** Reference date from the caller's options, if any. */
  readonly referenceDate?: YMD;
  /** Caller lexicons, validated. */
  readonly lexicons: Readonly<CallerLexicons>;
  /**
   * State shared by all chunks of one `extract` call. Long inputs are processed in
   * chunks (split at line breaks); a recognizer that carries document context (a year
   * stated earlier, the document's own date, person ids) keeps it here under its own key.
   */
  readonly shared: Record<string, unknown>;
  /** Index of this chunk (0 for the first or only one). */
  readonly chunk: number;
  /** Index of the token containing or following normalized offset `pos` (tokens.length if none). */
  tokenIndexAt(pos: number): number;
  /** Index of the sentence containing normalized offset `pos`, or -1. */
  sentenceIndexAt(pos: number): number;
  /**
   * Per-document memo: `make(doc)` the first time `key` is asked, the same value after.
   * Recognizers cache per-document work here (not in a WeakMap keyed by the document:
   * V8's young-generation collector keeps WeakMap values alive, so every document's
   * cached objects were copied and promoted, several times the collector's work).
   */
  memo<T>(key: MemoKey<T>, make: (doc: Doc) => T): T;
}

/** A key for `Doc.memo` (one module-level constant per cached thing). */
export interface MemoKey<T> {
  readonly name: string;
  /** Phantom: ties the key to its value type. */
  readonly _value?: T;
}

export function memoKey<T>(name: string): MemoKey<T> {
  return { name };
}

/**
 * A class (prototype methods and getter, fields assigned once in a fixed order) rather
 * than an object literal with closures: V8 kept everything such a literal reached alive
 * across young-generation collections (a document's tokens and strings were copied and
 * promoted, then freed only by a full collection), several times the collector's work.
 */
/** Index of the first span (sorted, not overlapping) ending after `pos`: binary search. */
function firstEndingAfter(spans: readonly { end: number }[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

class DocImpl implements Doc {
  private foldCache: string | undefined = undefined;
  private memos: Map<MemoKey<unknown>, unknown> | undefined = undefined;
  constructor(
    readonly input: string,
    readonly text: string,
    readonly lower: string,
    readonly map: OffsetMap,
    readonly tokens: readonly DocToken[],
    readonly sentences: readonly Sentence[],
    readonly casedTokens: readonly number[] | undefined,
    readonly referenceDate: YMD | undefined,
    readonly lexicons: Readonly<CallerLexicons>,
    readonly shared: Record<string, unknown>,
    readonly chunk: number,
  ) {}

  get fold(): string {
    if (this.foldCache === undefined) this.foldCache = foldKeyAligned(this.text).fold;
    return this.foldCache;
  }

  memo<T>(key: MemoKey<T>, make: (doc: Doc) => T): T {
    const m = (this.memos ??= new Map());
    if (m.has(key)) return m.get(key) as T;
    const v = make(this);
    m.set(key, v);
    return v;
  }

  tokenIndexAt(pos: number): number {
    return firstEndingAfter(this.tokens, pos);
  }

  sentenceIndexAt(pos: number): number {
    const sentences = this.sentences;
    const i = firstEndingAfter(sentences, pos);
    return i < sentences.length && sentences[i]!.start <= pos ? i : -1;
  }
}

export function createDoc(
  input: string,
  referenceDate?: YMD,
  lexicons: CallerLexicons = {},
  shared: Record<string, unknown> = {},
  chunk = 0,
): Doc {
  // Most text is already normal (or normal but for curly quotes and the like, replaced one
  // code unit for one): then one pass, the tokenizer's, checks it on the way.
  const quick = typeof input === 'string' ? tokenizeNormalized(input) : undefined;
  const { text, map } = quick !== undefined ? unchanged(quick.text) : normalize(input);
  const { tokens, breaks, lower: tokLower, cased } = quick ?? tokenizeWithBreaks(text);
  // The tokenizer lowercases on the way unless a code unit has no one-to-one lowercase;
  // then native lowercasing, which keeps the length except for a few letters
  // (`İ` -> `i̇`), where the aligned table takes over.
  let lower = tokLower ?? text.toLowerCase();
  if (lower.length !== text.length) lower = foldKeyAligned(text).lower;
  const sentences = splitSentencesAt(tokens, breaks);
  return new DocImpl(input, text, lower, map, tokens, sentences, tokLower !== undefined ? cased : undefined, referenceDate, lexicons, shared, chunk);
}
