/**
 * The token view the person and title recognizers work on: the document's tokens with
 * lowercased keys, sentence and headline flags, and words glued by a missing space
 * split apart (`Bỉnhcho` -> `Bỉnh` `cho`, `LinhTheo` -> `Linh` `Theo`), as scraped
 * news often has them.
 */
import type { Doc } from '../../doc.js';
import { docToken, type DocToken, type Token, type TokenKind } from '../../tokenize/index.js';
import { HASH_PRIME, HASH_START, hashOf, lexicons, lookupHashed, lookupUnit, lookupUnits, vocabWord } from './lexicon.js';
import { CodeUnits } from '../../normalize/units.js';
import { lazyRegExp } from '../../lazy-regexp.js';

/**
 * An entry of the token view: a document token (DocToken, whose fields the view fills in:
 * `low`, `sent`, `hl`, `id`, and the memos `org` and `vn`), or a new one for each part of a
 * split glued word. One type and one object shape for both (see docToken).
 */
export type Tk = DocToken;

/** Function words often glued to the name before them in scraped text. */
const GLUED_AFTER = new Set([
  'cho', 'được', 'và', 'là', 'đã', 'đang', 'cũng', 'nói', 'khi', 'thì', 'có', 'không', 'tại', 'của', 'với', 'vừa',
  'làm', 'sẽ', 'ký', 'thay', 'trong', 'cùng', 'chia', 'cho biết', 'từng', 'bị', 'đến', 'về', 'ở',
]);
const GLUED_CAP_AFTER = new Set(['Theo', 'Nguồn', 'Ảnh']);
/**
 * Papers an article is taken from, glued to its author's name on the last line (`Theo
 * Ngọc HàVietNamNet`, `Theo Thanh HuyềnĐầu tư`): looked for in the last tokens only.
 */
const GLUED_TAIL = ['VietnamNet', 'VietNamNet', 'Đầu'];
/** How many tokens at the end of a document GLUED_TAIL is looked for in. */
const TAIL_TOKENS = 8;

// (Made at first use: see lazyRegExp. Documents from the tokenizer key their tokens without them.)
const UPPER_START = lazyRegExp(String.raw`^\p{Lu}`, 'u');
const HAS_LOWER = lazyRegExp(String.raw`\p{Ll}`, 'u');
const CAMEL = lazyRegExp(String.raw`\p{Ll}\p{Lu}`, 'u');

/**
 * A token view entry not reused from the document's tokens: a DocToken, the shape of
 * those (one object shape for every entry: the analysis's reads stay monomorphic).
 */
function newTk(start: number, end: number, text: string, low: string, kind: TokenKind, cap: boolean, upper: boolean, sp: boolean, line: boolean, sent: number, lineNo: number, id: number): Tk {
  return docToken(kind, start, end, text, sp, line, cap, upper, low, sent, lineNo, id);
}

function mk(doc: Doc, start: number, end: number, kind: TokenKind, sp: boolean, line: boolean, sent: number, lineNo: number): Tk {
  const text = doc.text.slice(start, end);
  const cap = kind === 'word' && UPPER_START().test(text);
  const low = text.toLowerCase();
  return newTk(start, end, text, low, kind, cap, cap && text.length > 1 && !HAS_LOWER().test(text), sp, line, sent, lineNo, lookupHashed(low, hashOf(low)));
}

function isNameSyllable(low: string): boolean {
  const L = lexicons();
  return L.givens.has(low) || L.middles.has(low) || L.surnames.longest([low], 0) !== null;
}

/** Capitalized words that end in a GLUED_AFTER word but are one company or place word (`Cathay`). */
const NOT_GLUED = new Set(['cathay']);

/** GLUED_AFTER longest first: the first match is the earliest split point. */
const GLUED_BY_LENGTH = [...GLUED_AFTER].sort((a, b) => b.length - a.length);
/** GLUED_BY_LENGTH (two or more letters) by last code unit, order kept: most words match none. */
const GLUED_BY_LAST = new Map<number, string[]>();
for (const w of GLUED_BY_LENGTH) {
  if (w.length < 2) continue;
  const c = w.charCodeAt(w.length - 1);
  let a = GLUED_BY_LAST.get(c);
  if (!a) GLUED_BY_LAST.set(c, (a = []));
  a.push(w);
}
/** Last code units of GLUED_CAP_AFTER. */
const GLUED_CAP_LAST = new Set([...GLUED_CAP_AFTER].map((w) => w.charCodeAt(w.length - 1)));

/** Whether code units `u[start]` .. `u[end - 1]` hold an ASCII digit. */
function digitIn(u: Uint16Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (u[i]! - 48 >>> 0 < 10) return true;
  return false;
}

/**
 * The key of a document token (its vocabulary id in keyId), for a document without the
 * tokenizer's list of cased tokens (buildTokens keys the others inline).
 */
function keyOfToken(lower: string, t: Token): string {
  const key = lowOf(lower, t);
  keyId = lookupHashed(key, lowHash);
  // A word of the vocabulary keys on the vocabulary's own string: set lookups then find
  // its hash computed, and equal keys are one object.
  return keyId >= 0 ? vocabWord(keyId) : key;
}

/** Vocabulary id of the last key keyOfToken returned. */
let keyId = -1;

/** `hashOf` of the last string `lowOf` returned (computed in the same scan). */
let lowHash = 0;
/** Whether the last token `lowOf` read was already lowercase (its key is its text). */
let lowSame = true;

/**
 * Lowercased token text: the token's own string when it is already lowercase (most
 * words: no new string), checked against `doc.lower` code unit by code unit.
 */
function lowOf(lower: string, t: Token): string {
  const text = t.text;
  const start = t.start;
  const end = t.end;
  let h = HASH_START;
  let same = true;
  for (let c = start; c < end; c++) {
    const u = lower.charCodeAt(c);
    const x = text.charCodeAt(c - start);
    // `İ` (U+0130) lowercases to two code units, `Σ` (U+03A3) by context, and the
    // document's aligned lowercase copy leaves surrogates as they are: only toLowerCase
    // on the token itself gives its key then.
    if (x >= 0x130 && (x === 0x130 || x === 0x3a3 || (x >= 0xd800 && x <= 0xdfff))) {
      const low = text.toLowerCase();
      lowHash = hashOf(low);
      lowSame = low === text;
      return low;
    }
    if (u !== x) same = false;
    h = Math.imul(h ^ u, HASH_PRIME);
  }
  lowHash = h;
  lowSame = same;
  // Otherwise lowercasing maps code unit to code unit, so the document's lowercase copy
  // holds the key (a substring is cheaper than lowercasing the token).
  return same ? text : lower.slice(start, end);
}

/** The token start of an entry of Doc.casedTokens (`~start` when followed by its end). */
function casedStart(e: number): number {
  return e < 0 ? ~e : e;
}

/** Where to split a glued word token, or -1 (`cap`: it starts with an uppercase letter). */
function gluePoint(text: string, cap: boolean, tail = false): number {
  if (!cap || text.length < 4) return -1;
  const last = text.charCodeAt(text.length - 1);
  if (tail) for (const w of GLUED_TAIL) {
    if (text.length > w.length + 1 && text.endsWith(w)) {
      const left = text.slice(0, text.length - w.length);
      if (HAS_LOWER().test(left) && isNameSyllable(left.toLowerCase())) return left.length;
    }
  }
  // `LinhTheo`: a name syllable then a capitalized credit word.
  if (GLUED_CAP_LAST.has(last)) for (const w of GLUED_CAP_AFTER) {
    if (text.length > w.length + 1 && text.endsWith(w)) {
      const left = text.slice(0, text.length - w.length);
      if (HAS_LOWER().test(left) && isNameSyllable(left.toLowerCase())) return left.length;
    }
  }
  // `Bỉnhcho`, `TPHCMcho`: a capitalized syllable or acronym then a function word.
  const rights = GLUED_BY_LAST.get(last);
  if (!rights) return -1;
  for (const right of rights) {
    const j = text.length - right.length;
    if (j < 2 || !text.endsWith(right)) continue;
    const left = text.slice(0, j);
    const leftUpper = !HAS_LOWER().test(left);
    const camel = CAMEL().test(left);
    // `Sancho`, `Camacho`: a known foreign name stays whole (looked up only for a word
    // that would split: most capitalized words end in no function word).
    // (`Cathay Pacific`: a company word that only looks glued (`Ca` `thay`) stays whole (pasia).)
    if (leftUpper || camel || isNameSyllable(left.toLowerCase())) return lexicons().foreignParts.has(text.toLowerCase()) || NOT_GLUED.has(text.toLowerCase()) ? -1 : j;
  }
  return -1;
}

/** Vietnamese words written in plain ASCII that news glues to a name (`anhJohn`, `choMaria`). */
const ASCII_GLUE_WORDS = new Set(['anh', 'em', 'cho', 'con', 'trong', 'theo', 'sau', 'khi']);
const UPPER_CHAR = lazyRegExp(String.raw`\p{Lu}`, 'u');
const LOWER_CHAR = lazyRegExp(String.raw`\p{Ll}`, 'u');

/** Whether the lowercase letters the last firstUpper passed over were all ASCII. */
let scanAscii = true;

/**
 * The index of the first uppercase letter of `text` from `from` on, or -1 when a code unit
 * that is no letter comes before it (or no letter is uppercase); sets scanAscii.
 */
function firstUpper(text: string, from: number): number {
  scanAscii = true;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let up = c >= 0x41 && c <= 0x5a;
    if (!up && !(c >= 0x61 && c <= 0x7a)) {
      if (c < 0x80) return -1;
      const ch = text[i]!;
      up = UPPER_CHAR().test(ch);
      if (!up) {
        if (!LOWER_CHAR().test(ch)) return -1;
        scanAscii = false;
      }
    }
    if (up) return i;
  }
  return -1;
}

/**
 * Where a lowercase word glued to a capitalized one splits (`bàUrsula` -> `bà` `Ursula`,
 * `tịchHội` -> `tịch` `Hội`), or -1: the first uppercase letter after two or more
 * lowercase letters, when those carry a Vietnamese letter outside ASCII or are one of a
 * few ASCII Vietnamese words (`anhJohn`; so `iPhone`, `mRNA`, `kWh`, `mmHg` stay whole),
 * and a letter follows the capital (`vớiAFP` too).
 */
function lowerGluePoint(text: string): number {
  const i = firstUpper(text, 0);
  if (i < 0) return -1;
  return i < 2 || (scanAscii && !ASCII_GLUE_WORDS.has(text.slice(0, i))) || i + 1 >= text.length ? -1 : i;
}

/** Capitalized ASCII Vietnamese words news glues to the next capitalized word (`TheoChủ tịch`), lowercased. */
const CAP_ASCII_GLUE_WORDS = new Set(['theo', 'sau', 'khi', 'trong', 'cho', 'anh', 'con', 'em']);

/**
 * Where a capitalized Vietnamese word glued to a capitalized one splits (`TheoChủ` -> `Theo`
 * `Chủ`, `HuyệnCần` -> `Huyện` `Cần`), or -1: the second uppercase letter, after a capital and
 * one or more lowercase letters that carry a Vietnamese letter outside ASCII or spell one of a
 * few ASCII Vietnamese words, and before a lowercase letter (so `McCain`, `AstraZeneca`,
 * `VietBank`, `UPCoM` and `SARS-CoV-2` stay whole).
 */
function capGluePoint(text: string): number {
  const i = firstUpper(text, 1);
  if (i < 2 || i + 1 >= text.length || !LOWER_CHAR().test(text[i + 1]!)) return -1;
  return scanAscii && !CAP_ASCII_GLUE_WORDS.has(text.slice(0, i).toLowerCase()) ? -1 : i;
}

/**
 * Scratch typed arrays reused from one analysis to the next, by slot: a fresh typed
 * array per pass and document costs an off-heap buffer each. The analysis is not
 * reentrant and keeps none of them; each view has exactly `n` entries, all set to
 * `fill`. Large documents get fresh arrays (the kept buffers stay small).
 */
const SCRATCH_MAX = 1 << 16;
const I32_SCRATCH: Int32Array[] = [];
const U8_SCRATCH: Uint8Array[] = [];
/** A zero- (or `fill`-) filled array of `n` from slot `slot` of `pool`, grown as needed. */
function scratch<A extends Int32Array | Uint8Array>(pool: A[], make: (n: number) => A, slot: number, n: number, fill: number): A {
  if (n > SCRATCH_MAX) return fill === NO_FILL ? make(n) : (make(n).fill(fill) as A);
  let b = pool[slot];
  if (!b || b.length < n) {
    b = make(Math.max(n, 2048, b ? Math.min(2 * b.length, SCRATCH_MAX) : 0));
    pool[slot] = b;
  }
  const v = b.subarray(0, n) as A;
  return fill === NO_FILL ? v : (v.fill(fill) as A);
}
/** `fill` for a scratch array whose caller writes every entry: stale values are left. */
const NO_FILL = 0x7fff_ffff;
const newI32 = (n: number): Int32Array => new Int32Array(n);
const newU8 = (n: number): Uint8Array => new Uint8Array(n);
export function scratchI32(slot: number, n: number, fill: number): Int32Array {
  return scratch(I32_SCRATCH, newI32, slot, n, fill);
}
export function scratchU8(slot: number, n: number, fill = 0): Uint8Array {
  return scratch(U8_SCRATCH, newU8, slot, n, fill);
}
/** Scratch slots (one array each per analysis): Int32Array ones, then Uint8Array ones. */
export const S_SENT_OF = 0;
export const S_IDS = 1;
export const S_PLACE_END = 2;
export const S_ORG_MEMO = 3;
export const S_IN_TITLE = 4;
export const S_PLACE_COVER = 5;
export const S8_FLAGS = 0;
export const S8_IN_PLACE = 1;
export const S8_BLOCKED = 2;
export const S8_TAKEN_GIVEN = 3;
export const S8_TAKEN_FOREIGN = 4;

/**
 * Bit of the view's flags (beside the word flags by vocabulary id, which never use it):
 * a word token starting with an uppercase letter or on a headline line (`cap || hl`).
 */
export const TK_CAP_WORD = 128;

/** The token view with its keys, their vocabulary ids and per-word flags. */
export interface TokenView {
  toks: Tk[];
  /** `toks[i].low`, with `ids[i]` = `toks[i].id` (tries step on the ids). */
  keys: string[] & { ids: Int32Array };
  /** `wordFlags[id]` of each word token (0 for other tokens and unknown words). */
  flags: Uint8Array;
}

/**
 * Builds the token view of `doc` (and the keys, ids and flags by vocabulary id from
 * `wordFlags`, in the same pass). Linear in the number of tokens.
 *
 * One loop, the common token keyed inline (keyOfToken is the general route): most of the
 * view's time was per-token calls, branches and memory reads, each paid 157K times a corpus.
 */
export function buildTokens(doc: Doc, wordFlags: Uint8Array = NO_FLAGS): TokenView {
  const tokens = doc.tokens;
  // The entries and keys are stored in copies of the tokens array, packed arrays of the
  // right length (a glued word split appends): no growth by push (a copy of the array at
  // each growth), and no holes (`new Array(n)` has them, slower for every reader).
  const out: Tk[] = tokens.slice();
  const keyList = tokens.slice() as unknown as string[];
  let at = 0; // entries made
  const nt = tokens.length;
  // One more entry per glued word split: a few splits fit in the slack (most documents
  // with any have one or two), more grow the arrays (rare). Every entry is written below:
  // no fill.
  let ids = scratchI32(S_IDS, nt + GLUE_SLACK, NO_FILL);
  let flags = scratchU8(S8_FLAGS, nt + GLUE_SLACK, NO_FILL);
  // The sentences partition the tokens in order: the index follows the loop (a token in
  // none, which splitSentencesAt never leaves, would get 0).
  const sentences = doc.sentences;
  let si = 0;
  let sentFirst = sentences.length > 0 ? sentences[0]!.first : 0;
  let sentLast = sentences.length > 0 ? sentences[0]!.last : -1;
  let lineNo = -1;
  let line0 = 0; // Math.max(lineNo, 0)
  const lower = doc.lower;
  const cased = doc.casedTokens;
  const noCased = cased === undefined;
  // `doc.lower`'s code units, read in an array: the hashing and key comparing loops read
  // a typed array faster than a string (no check of the string's representation per read).
  const U = LOWER_UNITS.load(lower);
  let c = 0;
  let nextCased = cased !== undefined && cased.length > 0 ? casedStart(cased[0]!) : -1;
  // Headline lines (mostly all-caps words), counted as the entries are made: a line of
  // the view starts at each entry with `line` set (and at the first entry).
  let lineFirst = 0;
  const tailFrom = nt - TAIL_TOKENS;
  let words = 0;
  let upper = 0;
  for (let k = 0; k < nt; k++) {
    const t = tokens[k]!;
    const lineStart = t.lineStart;
    if (lineStart) {
      lineNo++;
      line0 = lineNo;
      if (at > 0) {
        if (words >= 3 && upper / words >= 0.7) markHeadline(out, flags, lineFirst, at);
        lineFirst = at;
        words = 0;
        upper = 0;
      }
    }
    if (k >= sentLast) {
      while (k >= sentLast && si + 1 < sentences.length) {
        si++;
        sentFirst = sentences[si]!.first;
        sentLast = sentences[si]!.last;
      }
    }
    const sent = k >= sentFirst && k < sentLast ? si : 0;
    const start = t.start;
    const end = t.end;
    // Whether the token has a cased code unit, from the tokenizer's list (-1: no list).
    let isCased = -1;
    if (!noCased) {
      isCased = 0;
      if (start === nextCased) {
        // 2: more code units than the first are cased (`UBND`, `iPhone`, `TheoChủ`).
        isCased = cased[c]! < 0 ? 2 : 1;
        c += isCased;
        nextCased = c < cased.length ? casedStart(cased[c]!) : -1;
      }
    }
    const kind = t.kind;
    const text = t.text;
    const isWord = kind === 'word';
    const cap = isWord && t.cap;
    // Where a glued word token splits (-1: it does not); `spaced`: its right part reads as
    // if the missing space were there, so the title grammar and the name runs go on across
    // it (`Chủ tịchHội đồng châu Âu`).
    let j = -1;
    let spaced = false;
    if (cap && end - start >= 4 && gluedEnd(U, start, end)) j = gluePoint(text, true, k >= tailFrom);
    if (j <= 0) {
      let id: number;
      let low: string;
      let same: boolean; // the token is its own lowercase
      if (isCased < 0) {
        low = keyOfToken(lower, t);
        id = keyId;
        same = lowSame;
      } else {
        // The key's code units are in `doc.lower` (U): hashed and looked up there, and a
        // string made only for a word outside the vocabulary with a cased code unit. A token
        // of one code unit (punctuation, mostly) is looked up by that unit.
        if (end - start === 1) id = lookupUnit(U[start]!);
        else {
          let h = HASH_START;
          for (let q = start; q < end; q++) h = Math.imul(h ^ U[q]!, HASH_PRIME);
          id = lookupUnits(U, start, end, h);
        }
        // A token already in lowercase keys on its own text (equal to the vocabulary's
        // string: reading that one from the words array was a cache miss per token in the
        // whole pipeline, and the later set lookups on keys measured no slower); a word of
        // the vocabulary with a cased code unit on the vocabulary's string (no new string).
        same = isCased === 0;
        low = same ? text : id >= 0 ? vocabWord(id) : lower.slice(start, end);
      }
      // Same as `mk`: the tokenizer's flag counts letters only (`A1` is no acronym there).
      const up = cap && (t.upper || (end - start > 1 && digitIn(U, start, end) && !HAS_LOWER().test(text)));
      // `bàUrsula`, `tịchHội`: a lowercase Vietnamese word glued to a capitalized one (only
      // words that are not all lowercase, as the cased list (or lowOf) says, are looked at).
      if (isWord && !same && !cap) {
        j = lowerGluePoint(text);
        spaced = true;
      } else if (cap && !up && isCased !== 1 && j < 0) {
        // `TheoChủ tịch`, `HuyệnCần Giờ`: a capitalized Vietnamese word glued to a capitalized one
        // (only tokens with an inner cased code unit, as the cased list says, are looked at) (rx).
        j = capGluePoint(text);
        spaced = true;
      }
      if (j <= 0) {
        // The document's token is the entry (see DocToken), its view fields set here; a new
        // one only where the view's `upper` differs (`F1`, `U23`: see `mk`).
        let x: Tk;
        if (up === t.upper) {
          x = t;
          x.low = low;
          x.sent = sent;
          x.id = id;
        } else x = newTk(start, end, text, low, kind, cap, up, t.spaceBefore, lineStart, sent, line0, id);
        ids[at] = id;
        let f = 0;
        if (isWord) {
          if (id >= 0) f = wordFlags[id] ?? 0;
          // (`Wendy's`, `Moody's`: a brand's possessive, glued by the tokenizer, is no name word (pbiz4, round 3).)
          if (cap && !(end - start > 3 && U[end - 1] === 115 && (text.charCodeAt(end - start - 2) === 39 || text.charCodeAt(end - start - 2) === 0x2019))) {
            f |= TK_CAP_WORD;
            if (up || end - start === 1) upper++;
          }
          words++;
        }
        flags[at] = f;
        out[at] = x;
        keyList[at] = low;
        at++;
        continue;
      }
    }
    if (ids.length < at + (nt - k) + 1) {
      const grownIds = new Int32Array(ids.length * 2 + 2);
      grownIds.set(ids);
      ids = grownIds;
      const grownFlags = new Uint8Array(ids.length);
      grownFlags.set(flags);
      flags = grownFlags;
    }
    for (let part = 0; part < 2; part++) {
      const y = part === 0
        ? mk(doc, start, start + j, 'word', t.spaceBefore, lineStart, sent, line0)
        : mk(doc, start + j, end, 'word', spaced, false, sent, line0);
      ids[at] = y.id;
      flags[at] = y.id >= 0 ? wordFlags[y.id] ?? 0 : 0;
      if (y.cap) flags[at] = flags[at]! | TK_CAP_WORD;
      words++;
      if (y.upper || (y.cap && y.text.length === 1)) upper++;
      out[at] = y;
      keyList[at] = y.low;
      at++;
    }
  }
  if (words >= 3 && upper / words >= 0.7) markHeadline(out, flags, lineFirst, at);
  const n = at;
  if (ids.length !== n) {
    // Views (no copy): the analysis uses them only while it runs, like the scratch arrays.
    ids = ids.subarray(0, n);
    flags = flags.subarray(0, n);
  }
  const keys = keyList as string[] & { ids: Int32Array };
  keys.ids = ids;
  return { toks: out, keys, flags };
}

function markHeadline(out: Tk[], flags: Uint8Array, a: number, b: number): void {
  for (let k = a; k < b; k++) {
    const x = out[k]!;
    x.hl = true;
    if (x.kind === 'word') flags[k] = flags[k]! | TK_CAP_WORD;
  }
}

/** Entries for glued word splits beyond the document's tokens before the arrays grow. */
const GLUE_SLACK = 16;

/**
 * 1 at the bucket of each word gluePoint splits off the end of a token (the function words,
 * credit words and papers, lowercased; two to GLUE_MAX code units), by the hash of its code units
 * from the last one back (endStep). A token is looked at only if it ends with one of them
 * (its last 2, 3, ... code units hashed the same way: see gluedEnd): most capitalized words
 * end in none. (Hashing only endings of two to four units let every `-ng` word through,
 * `Hoàng`, `Trung`, for `đang`, `trong`: about 950 gluePoint calls per corpus pass, all but
 * 20 for nothing, which cost 0.3-0.5 ms of the view's time.)
 */
const GLUE_WORDS = new Uint8Array(4096);
/** Step of the ending hash: from the last code unit back, one unit at a time. */
function endStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x9e3779b1);
}
/** The longest word in GLUE_WORDS (in code units). */
let GLUE_MAX = 0;
for (const w of [...GLUED_BY_LENGTH, ...[...GLUED_CAP_AFTER, ...GLUED_TAIL].map((x) => x.toLowerCase())]) {
  // (A word with a space, `cho biết`, ends no token.)
  if (w.length < 2 || w.includes(' ')) continue;
  let h = 0;
  for (let i = w.length - 1; i >= 0; i--) h = endStep(h, w.charCodeAt(i));
  GLUE_WORDS[h >>> 20] = 1;
  GLUE_MAX = Math.max(GLUE_MAX, w.length);
}
/**
 * Whether the token at `start`..`end` (four or more code units) may end with a word of
 * GLUE_WORDS after two or more code units (gluePoint splits only there), read on
 * `doc.lower`'s code units: a word ending in one (lowercase) has its code units there too.
 */
function gluedEnd(lower: Uint16Array, start: number, end: number): boolean {
  const max = Math.min(GLUE_MAX, end - start - 2);
  let h = endStep(0, lower[end - 1]!);
  for (let n = 2; n <= max; n++) {
    h = endStep(h, lower[end - n]!);
    if (GLUE_WORDS[h >>> 20] === 1) return true;
  }
  return false;
}
const NO_FLAGS = new Uint8Array(0);
/** The token view's copy of `doc.lower`'s code units (its own scratch: the tokenizer's is reloaded by any tokenize call). */
const LOWER_UNITS = new CodeUnits();
