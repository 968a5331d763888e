/**
 * Lexicon resources shared by the person and title recognizers: token tries keyed on
 * lowercased syllables, loaded from the snapshot the build generated from the lexicon
 * lists (src/generated/lexicon-snapshot.ts; ./lexicon-build.ts builds them from the
 * lists), plus small per-document overlays built from the caller's `lexicons` option.
 */
import { normalize } from '../../normalize/index.js';
import { tokenize } from '../../tokenize/index.js';
import type { CallerLexicons } from '../../types.js';
import { lexiconSnapshot } from '../../generated/lexicon-snapshot.js';
import { lazyRegExp } from '../../lazy-regexp.js';

// The list-based builder, for the build (scripts/gen-lexicons.mjs) and tests. Not used
// by the library at run time: the bundle leaves it out, with the lexicon lists it reads.
export { buildLexicons, encodeLexicons, optionalJson, optionalList } from './lexicon-build.js';

/** Letters (no marks, digits or punctuation) separated by single spaces (made at first use: see lazyRegExp). */
export const PLAIN_ENTRY = lazyRegExp(String.raw`^\p{L}+(?: \p{L}+)*$`, 'u');

/**
 * Lowercased token keys of a lexicon entry (same tokenizer as the documents). `trusted`
 * entries (the built-in lexicon files, already NFC in the old tone style, which
 * tests/lexicons.test.ts checks) skip normalization, and plain words skip the tokenizer:
 * start-up builds tens of thousands of them. Caller entries are always normalized.
 */
export function entryKeys(entry: string, trusted = false): string[] {
  if (trusted && PLAIN_ENTRY().test(entry)) return entry.toLowerCase().split(' ');
  return tokenize(trusted ? entry : normalize(entry).text).map((t) => t.text.toLowerCase());
}

/**
 * The interned vocabulary of the built-in lexicons: every lowercased key of a built-in
 * entry (and the few constant words the recognizers flag) gets an integer id once, at
 * load. Built-in tries step on these ids, so a document token is hashed once (`wordId`)
 * and every later trie step and flag check is an integer lookup. Caller entries are not
 * interned (the vocabulary stays bounded in a long-running process): their tries step
 * on strings.
 */
// The snapshot's word ids are the vocabulary's first ids: its words are installed before
// anything else is interned (other modules intern constant words as they load).
const WORDS: string[] = lexiconSnapshot ? lexiconSnapshot.vocab.split('\n') : [];
/** `hashOf` of the snapshot's words, two code units each (high half first): no word is hashed at load. */
const SNAPSHOT_HASHES = lexiconSnapshot ? lexiconSnapshot.hashes : '';

/** The id of a lowercased key, adding it to the vocabulary (load time only). */
export function internWord(k: string): number {
  const h = hashOf(k);
  let id = lookupHashed(k, h);
  if (id < 0) {
    id = WORDS.length;
    WORDS.push(k);
    // Kept in the table as it grows (rebuilt at half full, so lookups stay short).
    if (tableSize === id && 2 * WORDS.length <= slotMask + 1) {
      slotPut(slots, slotMask, h, id);
      tableSize = WORDS.length;
    }
  }
  return id;
}

/** The id of a lowercased key, or -1 when no built-in entry has it. */
export function wordId(k: string): number {
  return lookupHashed(k, hashOf(k));
}

/** The interned string of a vocabulary id (one string object per word: its hash is computed already). */
export function vocabWord(id: number): string {
  return WORDS[id]!;
}

/**
 * A fixed set of words answered by vocabulary id (`has(t.id)` is `set.has(t.low)`): its
 * words are interned when it is made (module load, before any token view is built, so a
 * token whose key is one of them has its id); the byte per id is made at the first
 * question.
 */
export class WordIds {
  private readonly ids: number[];
  private bits: Uint8Array | null = null;
  constructor(words: Iterable<string>) {
    this.ids = [];
    for (const w of words) this.ids.push(internWord(w));
  }
  has(id: number | undefined): boolean {
    const a = this.bits ?? this.build();
    return id !== undefined && id >= 0 && id < a.length && a[id] === 1;
  }
  private build(): Uint8Array {
    const a = new Uint8Array(vocabSize());
    for (const id of this.ids) a[id] = 1;
    this.bits = a;
    return a;
  }
}

/** Number of interned words (ids are 0 .. vocabSize() - 1). */
export function vocabSize(): number {
  return WORDS.length;
}

/**
 * Token keys of a document, optionally carrying their vocabulary ids (`ids[i]` is
 * `wordId(keys[i])`): tries then skip the string lookups.
 */
export type KeyList = readonly string[] & { ids?: Int32Array };

/**
 * The vocabulary as an open-addressing hash table (FNV-1a over code units), rebuilt when
 * the vocabulary has grown. Document keys are fresh strings: a `Map` lookup hashes them in
 * the engine and then chases the entry and key objects, while a probe here reads one
 * typed-array record, and compares the key only on a hash match.
 *
 * A slot is a record of SLOT Int32s: the hash's bits above the mask (its low bits chose
 * the slot) with id + 1 below them (0: empty); then the word's length and first code unit
 * (low and high halves; UNFILLED until its first lookup hit), then its next code units two
 * an Int32. `lookupUnits` compares a key of up to SLOT_UNITS code units within the record
 * (most words and nearly all frequent ones): a lookup reads one cache line, where reading
 * the word's code units elsewhere was a second one, usually evicted by the rest of the
 * pipeline (the vocabulary lookups were most of the token view's time). The table holds
 * at least twice as many slots as words, so an id always fits under the mask.
 */
let tableSize = -1;
let slots = new Int32Array(0);
let slotMask = 0;
const SLOT = 4;
/** Code units a record holds: the first one beside the length, then two per Int32. */
const SLOT_UNITS = 1 + 2 * (SLOT - 2);
/** A record's length entry before it is filled (no length is 0xffff). */
const UNFILLED = -1;

/** FNV-1a offset basis and prime: `hashOf` and callers that hash code units as they scan them. */
export const HASH_START = 0x811c9dc5 | 0;
export const HASH_PRIME = 0x01000193;

export function hashOf(s: string): number {
  let h = HASH_START;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), HASH_PRIME);
  return h;
}

/** The k-th hash of a string of hashes (two code units each, high half first, as the snapshot holds them). */
export function hashAt(hashes: string, k: number): number {
  return (hashes.charCodeAt(2 * k) << 16) | hashes.charCodeAt(2 * k + 1);
}

/** Hashes as `hashAt` reads them. */
export function hashString(hashes: Iterable<number>): string {
  let s = '';
  for (const h of hashes) s += String.fromCharCode(h >>> 16, h & 0xffff);
  return s;
}

function vocabTable(): void {
  if (tableSize === WORDS.length) return;
  let cap = 16;
  while (cap < WORDS.length * 2) cap <<= 1;
  const t = new Int32Array(cap * SLOT);
  const mask = cap - 1;
  const H = SNAPSHOT_HASHES;
  const known = Math.min(H.length >> 1, WORDS.length);
  // The snapshot's words (slotPut inlined: this runs at import, before anything is
  // compiled). Their code units are filled at their first lookup hit (fillSlot): filling
  // all of them here cost a fresh process a few ms of its first extract, and a document
  // meets a few hundred.
  for (let id = 0; id < known; id++) {
    const h = (H.charCodeAt(2 * id) << 16) | H.charCodeAt(2 * id + 1);
    let p = h & mask;
    while (t[p * SLOT] !== 0) p = (p + 1) & mask;
    t[p * SLOT] = (h & ~mask) | (id + 1);
    t[p * SLOT + 1] = UNFILLED;
  }
  for (let id = known; id < WORDS.length; id++) slotPut(t, mask, hashOf(WORDS[id]!), id);
  slots = t;
  slotMask = mask;
  tableSize = WORDS.length;
}

function slotPut(t: Int32Array, mask: number, h: number, id: number): void {
  let p = h & mask;
  while (t[p * SLOT]! !== 0) p = (p + 1) & mask;
  t[p * SLOT] = (h & ~mask) | (id + 1);
  t[p * SLOT + 1] = UNFILLED;
}

/** `wordId(k)` when `h` is already `hashOf(k)` (computed while scanning the token). */
export function lookupHashed(k: string, h: number): number {
  if (tableSize !== WORDS.length) vocabTable();
  const t = slots;
  const mask = slotMask;
  for (let p = h & mask; ; p = (p + 1) & mask) {
    const e = t[p * SLOT]!;
    if (e === 0) return -1;
    if (((e ^ h) & ~mask) !== 0) continue;
    const id = (e & mask) - 1;
    if (WORDS[id] === k) return id;
  }
}

/** Code unit `i` of `w`, 0 past its end (as a record holds it). */
function unitAt(w: string, i: number): number {
  return i < w.length ? w.charCodeAt(i) : 0;
}

/** Fills the record at `r` with word `id`'s length and code units; returns its length entry. */
function fillSlot(t: Int32Array, r: number, id: number): number {
  const w = WORDS[id]!;
  t[r + 1] = (w.length & 0xffff) | (unitAt(w, 0) << 16);
  for (let q = 2; q < SLOT; q++) t[r + q] = unitAt(w, 2 * q - 3) | (unitAt(w, 2 * q - 2) << 16);
  return t[r + 1]!;
}

/** By key length (6: longer): the masks of a record's code units 1-2 and 3-4 a key has. */
const MASK_12 = new Int32Array([0, 0, 0xffff, -1, -1, -1, -1]);
const MASK_34 = new Int32Array([0, 0, 0, 0, 0xffff, -1, -1]);

/**
 * `wordId(key)` for the key in code units `u[start]` .. `u[end - 1]` (then at least 4 more
 * entries, any values) when `h` is already its hash, without a string: the caller makes
 * a key string only if it needs one.
 */
export function lookupUnits(u: Uint16Array, start: number, end: number, h: number): number {
  if (tableSize !== WORDS.length) vocabTable();
  const t = slots;
  const mask = slotMask;
  const len = end - start;
  if (len >= 0xffff) return lookupHashed(String.fromCharCode(...u.subarray(start, end)), h);
  const head = (len & 0xffff) | (u[start]! << 16);
  // Code units 1 and 2, 3 and 4 as the record holds them (0 past the key's end): read
  // without a test per unit (the array has room past the text), then masked by the length.
  const m = len < 6 ? len : 6;
  const x1 = (u[start + 1]! | (u[start + 2]! << 16)) & MASK_12[m]!;
  const x2 = (u[start + 3]! | (u[start + 4]! << 16)) & MASK_34[m]!;
  for (let p = h & mask; ; p = (p + 1) & mask) {
    const r = p * SLOT;
    const e = t[r]!;
    if (e === 0) return -1;
    if (((e ^ h) & ~mask) !== 0) continue;
    let w1 = t[r + 1]!;
    if (w1 === UNFILLED) w1 = fillSlot(t, r, (e & mask) - 1);
    if (w1 !== head || ((t[r + 2]! ^ x1) | (t[r + 3]! ^ x2)) !== 0) continue;
    const id = (e & mask) - 1;
    if (len > SLOT_UNITS) {
      const w = WORDS[id]!;
      let k = SLOT_UNITS;
      while (k < len && w.charCodeAt(k) === u[start + k]) k++;
      if (k < len) continue;
    }
    return id;
  }
}

/**
 * The vocabulary id of each one-code-unit key by its code unit (UNIT_UNKNOWN: not looked
 * up yet), for the token view's one-unit tokens (punctuation, mostly: `,` and `.` are
 * the two most frequent tokens), which then skip the hash table. Made at the first
 * lookup, and again when the vocabulary has grown.
 */
const UNIT_UNKNOWN = -2;
let unitIds = new Int32Array(0);
let unitSize = -1;

/** `wordId(String.fromCharCode(c))`. */
export function lookupUnit(c: number): number {
  if (unitSize !== WORDS.length) {
    if (unitIds.length === 0) unitIds = new Int32Array(0x10000);
    unitIds.fill(UNIT_UNKNOWN);
    unitSize = WORDS.length;
  }
  let id = unitIds[c]!;
  if (id === UNIT_UNKNOWN) {
    const k = String.fromCharCode(c);
    id = lookupHashed(k, hashOf(k));
    unitIds[c] = id;
  }
  return id;
}

interface Node<V> {
  /** Keyed by the key itself (caller tries; built-in tries use the edge table). */
  next: Map<string, Node<V>>;
  /** Always present (undefined when no entry ends here): one object shape for all nodes. */
  value: V | undefined;
}

export interface TrieMatch<V> {
  /** Token index one past the match. */
  end: number;
  value: V;
}

/** First slot of the edge (node, word id) in an edge table of `mask + 1` slots. */
function edgeSlot(node: number, id: number, mask: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(id, 0x85ebca77)) & mask;
}

const NO_EDGES = new Int32Array(0);
const NO_ROOT = new Int32Array(0);

/**
 * A built-in trie in its read-only form: nodes numbered breadth first (0 is the root),
 * so the children of a node are consecutive, sorted by word id. Three strings hold
 * one UTF-16 code unit per node: `word` its word id, `first` the number of its first
 * child (one more unit at the end: the children of n are first[n] .. first[n + 1] - 1),
 * `value` FROZEN_NONE, or FROZEN_NONE + 1 + the index of its value in `values`.
 * Strings, not typed arrays: the snapshot (src/generated/lexicon-snapshot.ts) holds
 * them as string literals that the tries read in place, so loading the built-in
 * lexicons decodes nothing.
 */
export interface FrozenTrie {
  word: string;
  first: string;
  value: string;
  /** Number of entries. */
  size: number;
}

/** `value` code of a node where no entry ends ('0': the snapshot stays readable ASCII there). */
const FROZEN_NONE = 48;
/** Node numbers and word ids stay below the surrogates (a string literal holds any other code unit). */
const FROZEN_MAX = 0xd7ff;
/** Children counts up to this are scanned, larger ones searched by halves. */
const LINEAR_CHILDREN = 8;

/** A trie over lowercased token keys: longest match at a token position, linear in the match. */
export class Trie<V> {
  /** String-keyed nodes (caller tries). */
  private readonly root: Node<V> = { next: new Map(), value: undefined };
  size = 0;
  /**
   * Id-keyed tries (built-in lexicons) are built into an open-addressing table of
   * (node, word id, child) triples (nodes are integers, 0 is the root, `values[node]`
   * the value of the entry ending there): building tens of thousands of entries costs a
   * few typed-array writes per key. Lookups read the frozen form (FrozenTrie), made from
   * the table at the first lookup after a change, or loaded as is from the snapshot
   * (then there is no table: the trie is read-only).
   */
  private values: (V | undefined)[] = [undefined];
  private edges: Int32Array;
  private edgeMask = 0;
  private edgeCount = 0;
  /** Word ids of the root's children, in insertion order (building only). */
  private rootIds: number[] = [];

  /** The frozen form (id-keyed tries), null while it must be made from the edge table. */
  private frozen: FrozenTrie | null = null;
  /** Distinct values of the frozen form (see FrozenTrie.value). */
  private frozenValues: readonly V[] = [];
  /**
   * Child node of the root by word id, 0 for none (made at the first lookup after a
   * change; ids past its end, interned later, start no entry).
   */
  private rootChild: Int32Array = NO_ROOT;
  private fWord = '';
  private fFirst = '';
  private fValue = '';

  /** `byId`: steps on interned vocabulary ids (built-in lexicons only). */
  constructor(private readonly byId = false) {
    // String tries (built per document from caller lexicons, nearly always empty) need no table.
    this.edges = byId ? new Int32Array(3 * 64).fill(-1) : NO_EDGES;
    this.edgeMask = byId ? 63 : 0;
  }

  /** The frozen form, made from the edge table when the trie has changed since. */
  private view(): FrozenTrie {
    if (!this.byId) throw new Error('only built-in tries have word ids');
    if (this.frozen) return this.frozen;
    this.freeze();
    return this.frozen!;
  }

  private freeze(): void {
    // Children of each node from the edge table, sorted by word id.
    const n = this.values.length;
    const kids: [number, number][][] = [];
    for (let c = 0; c < n; c++) kids.push([]);
    const e = this.edges;
    for (let p = 0; p < e.length; p += 3) if (e[p] !== -1) kids[e[p]!]!.push([e[p + 1]!, e[p + 2]!]);
    const word: number[] = [0];
    const first: number[] = [];
    const value: number[] = [];
    const values: V[] = [];
    const codeOf = (v: V | undefined): number => {
      if (v === undefined) return FROZEN_NONE;
      let k = values.indexOf(v);
      if (k < 0) k = values.push(v) - 1;
      return FROZEN_NONE + 1 + k;
    };
    // Breadth first: `order[k]` is the table node numbered k.
    const order: number[] = [0];
    value.push(codeOf(this.values[0]));
    for (let k = 0; k < order.length; k++) {
      first.push(order.length);
      for (const [id, c] of kids[order[k]!]!.sort((a, b) => a[0] - b[0])) {
        order.push(c);
        word.push(id);
        value.push(codeOf(this.values[c]));
      }
    }
    first.push(order.length);
    if (order.length > FROZEN_MAX || word.some((id) => id > FROZEN_MAX)) throw new Error('trie too large to freeze');
    this.setFrozen({ word: codes(word), first: codes(first), value: codes(value), size: this.size }, values);
  }

  private setFrozen(f: FrozenTrie, values: readonly V[]): void {
    this.frozen = f;
    this.frozenValues = values;
    this.fWord = f.word;
    this.fFirst = f.first;
    this.fValue = f.value;
    this.rootChild = NO_ROOT;
    this.size = f.size;
  }

  /** The trie in its frozen form with its distinct values (see `fromSnapshot`). */
  snapshot(): FrozenTrie & { values: V[] } {
    const f = this.view();
    return { word: f.word, first: f.first, value: f.value, size: f.size, values: [...this.frozenValues] };
  }

  /** The read-only trie `snapshot()` gave (its word ids must be the vocabulary's). */
  static fromSnapshot<V>(f: FrozenTrie, values: readonly V[]): Trie<V> {
    const t = new Trie<V>(true);
    // No edge table: a loaded trie takes no entries (addKeys throws).
    t.edges = NO_EDGES;
    t.setFrozen(f, values);
    return t;
  }

  /** Child of frozen node `node` by word id, or -1. */
  private frozenChild(node: number, id: number): number {
    const W = this.fWord;
    let lo = this.fFirst.charCodeAt(node);
    let hi = this.fFirst.charCodeAt(node + 1);
    if (hi - lo <= LINEAR_CHILDREN) {
      for (; lo < hi; lo++) {
        const w = W.charCodeAt(lo);
        if (w === id) return lo;
        if (w > id) return -1;
      }
      return -1;
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const w = W.charCodeAt(mid);
      if (w === id) return mid;
      if (w < id) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  /** Calls `f(node, depth)` for each frozen node below the root, depth first. */
  private eachNode(f: (node: number, path: readonly number[]) => void): void {
    const F = this.fFirst;
    const path: number[] = [];
    const walk = (node: number): void => {
      for (let c = F.charCodeAt(node); c < F.charCodeAt(node + 1); c++) {
        path.push(this.fWord.charCodeAt(c));
        f(c, path);
        walk(c);
        path.pop();
      }
    };
    walk(0);
  }

  /** Every entry as its keys joined by single spaces, with its value (tests, tools). */
  entries(): [string, V][] {
    const out: [string, V][] = [];
    if (this.byId) {
      this.view();
      this.eachNode((node, path) => {
        const code = this.fValue.charCodeAt(node);
        if (code !== FROZEN_NONE) out.push([path.map((id) => WORDS[id]!).join(' '), this.frozenValues[code - FROZEN_NONE - 1]!]);
      });
    } else {
      const walk = (n: Node<V>, path: string[]): void => {
        if (n !== this.root && n.value !== undefined) out.push([path.join(' '), n.value]);
        for (const [k, c] of n.next) walk(c, [...path, k]);
      };
      walk(this.root, []);
    }
    return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  add(entry: string, value: V, trusted = false): void {
    this.addKeys(entryKeys(entry, trusted), value);
  }

  private slot(node: number, id: number): number {
    return edgeSlot(node, id, this.edgeMask);
  }

  /** Child of `node` by word id in the edge table, or -1. */
  private child(node: number, id: number): number {
    const e = this.edges;
    for (let p = this.slot(node, id); ; p = (p + 1) & this.edgeMask) {
      const n = e[3 * p]!;
      if (n === -1) return -1;
      if (n === node && e[3 * p + 1] === id) return e[3 * p + 2]!;
    }
  }

  private link(node: number, id: number, child: number): void {
    this.reserve(this.edgeCount + 1);
    this.put(node, id, child);
    this.edgeCount++;
  }

  /** Grows the edge table (load factor at most 1/2) to hold `edges` edges. */
  private reserve(edges: number): void {
    if (2 * edges <= this.edgeMask + 1) return;
    let cap = (this.edgeMask + 1) * 2;
    while (2 * edges > cap) cap *= 2;
    const old = this.edges;
    this.edges = new Int32Array(3 * cap).fill(-1);
    this.edgeMask = cap - 1;
    for (let p = 0; p < old.length; p += 3) if (old[p] !== -1) this.put(old[p]!, old[p + 1]!, old[p + 2]!);
  }

  private put(node: number, id: number, child: number): void {
    const e = this.edges;
    let p = this.slot(node, id);
    while (e[3 * p] !== -1) p = (p + 1) & this.edgeMask;
    e[3 * p] = node;
    e[3 * p + 1] = id;
    e[3 * p + 2] = child;
  }

  /** Adds an entry given as its lowercased token keys (built-in entries already split). */
  addKeys(keys: readonly string[], value: V): void {
    if (keys.length === 0) return;
    if (this.byId) {
      if (this.edges === NO_EDGES) throw new Error('a trie loaded from the snapshot is read-only');
      let node = 0;
      for (const key of keys) {
        const id = internWord(key);
        let c = this.child(node, id);
        if (c < 0) {
          c = this.values.length;
          this.values.push(undefined);
          this.link(node, id, c);
          if (node === 0) this.rootIds.push(id);
        }
        node = c;
      }
      if (this.values[node] === undefined) {
        this.values[node] = value;
        this.size++;
      }
      this.frozen = null;
      this.rootChild = NO_ROOT;
    } else {
      let n = this.root;
      for (const k of keys) {
        let c = n.next.get(k);
        if (!c) {
          c = { next: new Map(), value: undefined };
          n.next.set(k, c);
        }
        n = c;
      }
      if (n.value === undefined) {
        n.value = value;
        this.size++;
      }
    }
    this.last = null;
  }

  /** The root's child by word id (`rootChild`), made for the current vocabulary. */
  private buildRootChild(): Int32Array {
    this.view();
    const m = new Int32Array(vocabSize());
    const W = this.fWord;
    const end = this.fFirst.charCodeAt(1);
    for (let c = 1; c < end; c++) m[W.charCodeAt(c)] = c;
    this.rootChild = m;
    return m;
  }

  private last: Set<string> | null = null;

  /** Last keys of all entries (built on first use): an entry ending right before a position must end on one. */
  get lastKeys(): Set<string> {
    if (!this.last) {
      const out = new Set<string>();
      if (this.byId) {
        for (const id of this.lastIds()) out.add(WORDS[id]!);
      } else {
        const stack: Node<V>[] = [this.root];
        while (stack.length) {
          const node = stack.pop()!;
          for (const [k, child] of node.next) {
            if (child.value !== undefined) out.add(k);
            stack.push(child);
          }
        }
      }
      this.last = out;
    }
    return this.last;
  }

  /** Vocabulary ids of the last words of all entries (built-in tries; `lastKeys` by id, repeats possible). */
  lastIds(): number[] {
    const f = this.view();
    const out: number[] = [];
    for (let c = 1; c < f.value.length; c++) if (f.value.charCodeAt(c) !== FROZEN_NONE) out.push(f.word.charCodeAt(c));
    return out;
  }

  /** Some entry starts with `key` (one lookup, for quick rejection). */
  starts(key: string): boolean {
    if (!this.byId) return this.root.next.has(key);
    const id = wordId(key);
    if (this.rootChild === NO_ROOT) this.buildRootChild();
    return id >= 0 && id < this.rootChild.length && this.rootChild[id]! > 0;
  }

  /**
   * Word ids of the entries' first two words (built-in tries): `f(first, -1)` for each
   * one-word entry, `f(first, second)` for each entry of two or more words (once per pair).
   */
  forEachPrefix2(f: (first: number, second: number) => void): void {
    const v = this.view();
    const F = v.first;
    const end = F.charCodeAt(1);
    for (let c = 1; c < end; c++) {
      const a = v.word.charCodeAt(c);
      if (v.value.charCodeAt(c) !== FROZEN_NONE) f(a, -1);
      const last = F.charCodeAt(c + 1);
      for (let d = F.charCodeAt(c); d < last; d++) f(a, v.word.charCodeAt(d));
    }
  }

  /** This trie's StartFilter (built-in tries), made at its first use. */
  private startFilterMemo: StartFilter | null = null;

  /** The entries' first words and pairs of first words by id (built-in tries; see StartFilter.may). */
  startFilter(): StartFilter {
    // (A trie changed since was frozen anew: the filter is made again for it.)
    const v = this.view();
    if (this.startFilterMemo !== null && this.startFilterMemo.of === v) return this.startFilterMemo;
    const solo = new Uint8Array(vocabSize());
    const pairs = new Uint8Array(PAIR_BITS >> 3);
    this.forEachPrefix2((a, b) => {
      if (b < 0) solo[a] = 1;
      else pairs[pairBit(a, b) >> 3] = pairs[pairBit(a, b) >> 3]! | (1 << (pairBit(a, b) & 7));
    });
    return (this.startFilterMemo = new StartFilter(v, solo, pairs));
  }

  /** `a[id] |= flag` for the vocabulary id of each entry's first word (built-in tries; ids past a's end skipped). */
  markFirstIds(a: Uint8Array, flag: number): void {
    const v = this.view();
    const W = v.word;
    const end = v.first.charCodeAt(1);
    for (let c = 1; c < end; c++) {
      const id = W.charCodeAt(c);
      if (id < a.length) a[id] = a[id]! | flag;
    }
  }

  /** Vocabulary ids of the entries' first words, ascending (built-in tries). */
  firstIds(): number[] {
    const v = this.view();
    const out: number[] = [];
    for (let c = 1; c < v.first.charCodeAt(1); c++) out.push(v.word.charCodeAt(c));
    return out;
  }

  /** First keys of all entries (built-in tries: in word id order). */
  firstKeys(): string[] {
    return this.byId ? this.firstIds().map((id) => WORDS[id]!) : [...this.root.next.keys()];
  }

  addAll(entries: readonly string[], value: V, trusted = false): this {
    if (!trusted) {
      for (const e of entries) this.add(e, value);
      return this;
    }
    // Built-in lists: one lowercasing for the whole list (start-up runs this cold), and
    // one test of the whole list: when every entry is plain letters and single spaces
    // (most lists), no entry needs its own test.
    const joined = entries.join('\n');
    const lower = lowerEach(entries, joined);
    const allPlain = plainLetters(joined) || ALL_PLAIN().test(joined);
    if (this.byId) {
      // At most one new edge per word: size the table once.
      let words = 0;
      for (const e of entries) {
        words++;
        for (let c = e.indexOf(' '); c >= 0; c = e.indexOf(' ', c + 1)) words++;
      }
      this.reserve(this.edgeCount + words);
    }
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      this.addKeys(allPlain || PLAIN_ENTRY().test(e) ? lower[i]!.split(' ') : entryKeys(e, true), value);
    }
    return this;
  }

  /** Longest entry starting at `i` in `keys` (ending at or before `limit`). */
  longest(keys: KeyList, i: number, limit: number = keys.length): TrieMatch<V> | null {
    // Empty tries (the caller's, almost always) match nothing: no lookup.
    if (this.size === 0 || i >= limit) return null;
    if (!this.byId) return this.longestByKey(keys, i, limit);
    // Most calls find no entry starting here: one read of the root's child by word id
    // rejects them. (This front is small enough for the engine to inline at the call.)
    const ids = keys.ids;
    const first = ids !== undefined ? ids[i]! : wordId(keys[i]!);
    if (this.rootChild === NO_ROOT) this.buildRootChild();
    if (first < 0 || first >= this.rootChild.length) return null;
    const node = this.rootChild[first]!;
    if (node === 0) return null;
    return this.longestById(keys, i, limit, node);
  }

  /**
   * End of the longest entry starting at `i` (as `longest(...)?.end`), or -1: no match
   * object is made (for the many callers that want the end only).
   */
  longestEnd(keys: KeyList, i: number, limit: number = keys.length): number {
    if (this.size === 0 || i >= limit) return -1;
    if (!this.byId) return this.longestByKey(keys, i, limit)?.end ?? -1;
    const ids = keys.ids;
    const first = ids !== undefined ? ids[i]! : wordId(keys[i]!);
    if (this.rootChild === NO_ROOT) this.buildRootChild();
    if (first < 0 || first >= this.rootChild.length) return -1;
    let node = this.rootChild[first]!;
    if (node === 0) return -1;
    const V = this.fValue;
    let bestEnd = V.charCodeAt(node) !== FROZEN_NONE ? i + 1 : -1;
    for (let j = i + 1; j < limit; j++) {
      const id = ids !== undefined ? ids[j]! : wordId(keys[j]!);
      if (id < 0) break;
      node = this.frozenChild(node, id);
      if (node < 0) break;
      if (V.charCodeAt(node) !== FROZEN_NONE) bestEnd = j + 1;
    }
    return bestEnd;
  }

  /** Longest entry from `i` on, the root's child by keys[i] being `node`. */
  private longestById(keys: KeyList, i: number, limit: number, node: number): TrieMatch<V> | null {
    const ids = keys.ids;
    const V = this.fValue;
    let code = V.charCodeAt(node);
    let bestEnd = code !== FROZEN_NONE ? i + 1 : -1;
    let bestCode = code;
    for (let j = i + 1; j < limit; j++) {
      const id = ids !== undefined ? ids[j]! : wordId(keys[j]!);
      if (id < 0) break;
      node = this.frozenChild(node, id);
      if (node < 0) break;
      code = V.charCodeAt(node);
      if (code !== FROZEN_NONE) {
        bestEnd = j + 1;
        bestCode = code;
      }
    }
    return bestEnd < 0 ? null : { end: bestEnd, value: this.frozenValues[bestCode - FROZEN_NONE - 1]! };
  }

  private longestByKey(keys: KeyList, i: number, limit: number): TrieMatch<V> | null {
    let bestEnd = -1;
    let bestValue: V | undefined;
    let n: Node<V> | undefined = this.root;
    for (let j = i; j < limit; j++) {
      n = n.next.get(keys[j]!);
      if (!n) break;
      if (n.value !== undefined) {
        bestEnd = j + 1;
        bestValue = n.value;
      }
    }
    return bestEnd < 0 ? null : { end: bestEnd, value: bestValue as V };
  }
}

const PAIR_BITS = 1 << 16;
function pairBit(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77)) >>> 16;
}

/**
 * First words of a built-in trie's entries by vocabulary id (`solo`: a one-word entry is
 * the word), and hashed bits of the id pairs that open its longer entries: see `may`.
 */
export class StartFilter {
  constructor(
    /** The frozen form it was made from. */
    readonly of: FrozenTrie,
    private readonly solo: Uint8Array,
    private readonly pairs: Uint8Array,
  ) {}

  /**
   * False when no entry of the filter's trie starts at token i (word ids `ids`, `n`
   * tokens): the word is no one-word entry and the pair at i opens no longer one (a few
   * pairs share a bit: true then, the trie decides). Reads two bytes where a failed
   * lookup walks the trie.
   */
  may(ids: ArrayLike<number>, i: number, n: number): boolean {
    const a = ids[i]!;
    if (a < 0) return false;
    const solo = this.solo;
    if (a >= solo.length || solo[a] === 1) return true;
    const b = i + 1 < n ? ids[i + 1]! : -1;
    if (b < 0) return false;
    const bit = pairBit(a, b);
    return (this.pairs[bit >> 3]! & (1 << (bit & 7))) !== 0;
  }
}

/** A string of the given UTF-16 code units (in chunks: no huge argument lists). */
export function codes(units: readonly number[]): string {
  let s = '';
  for (let k = 0; k < units.length; k += 4096) s += String.fromCharCode(...units.slice(k, k + 4096));
  return s;
}

/** Entries joined by line breaks, each plain (see PLAIN_ENTRY); linear (separators are no letters). */
const ALL_PLAIN = lazyRegExp(String.raw`^\p{L}+(?:[ \n]\p{L}+)*$`, 'u');

/**
 * `ALL_PLAIN().test(s)` when s is made of ASCII, Latin-1, Latin Extended-A and Vietnamese
 * letters (code points that are all `\p{L}`), single spaces and line breaks; false
 * when it cannot tell (the regex then decides). Tries built as modules load use it: a
 * `\p{L}` regex costs a millisecond or more to compile at its first use.
 */
export function plainLetters(s: string): boolean {
  let prev = 10;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10) {
      // No empty entry or word: a separator follows a letter.
      if (prev === 32 || prev === 10) return false;
    } else if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x17f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1a0 && c <= 0x1b0) || (c >= 0x1ea0 && c <= 0x1ef9))) return false;
    prev = c;
  }
  return prev !== 32 && prev !== 10;
}

/** Lowercased copies of one-line entries, lowercased in one call. */
export function lowerEach(list: readonly string[], joined: string = list.join('\n')): string[] {
  const lower = joined.toLowerCase().split('\n');
  // An entry with a line break (none in the lexicon files) would shift the rest: lowercase one by one.
  return lower.length === list.length ? lower : list.map((e) => e.toLowerCase());
}

export type PostKind = 'head' | 'weak' | 'rank' | 'academic' | 'honorary' | 'religious';

export interface Lexicons {
  surnames: Trie<true>;
  middles: ReadonlySet<string>;
  givens: ReadonlySet<string>;
  /** Foreign full names and Sino-Vietnamese readings (`Tập Cận Bình`). */
  foreignFull: Trie<true>;
  /** Single syllables of foreign names (`joe`, `biden`). */
  foreignParts: ReadonlySet<string>;
  honorifics: Trie<true>;
  nonPersonPrefixes: Trie<true>;
  /**
   * The non-person prefixes as written (their tokens joined by single spaces: `Đình`,
   * `đình làng`) and their first words in lowercase: a prefix matched in lowercase must
   * also be written as listed (see prefixCaseOk in ./analysis.ts).
   */
  prefixForms: Set<string>;
  /** `hashOf` of each of `prefixForms`, in its order, as two UTF-16 code units (high half first): see `hashAt`. */
  prefixFormHashes: string;
  agencies: Trie<true>;
  notNameWords: ReadonlySet<string>;
  places: Trie<true>;
  posts: Trie<PostKind>;
  organizations: Trie<true>;
  orgHeads: Trie<true>;
  orgWords: Trie<true>;
  /** Org words valid only when capitalized (`Quản lý` in `Cục Quản lý giá`). */
  orgWordsCap: Trie<true>;
  domains: Trie<true>;
  adminUnits: Trie<true>;
  preMods: Trie<true>;
  vice: Set<string>;
  postMods: Trie<true>;
  plural: Trie<true>;
  occupations: Trie<true>;
  holding: Trie<true>;
  leaving: Trie<true>;
  abbreviations: Map<string, string>;
  /** Last words of the honorifics of four or more words (`tích` of `chuyên gia phân tích`). */
  honorificLast4: Set<string>;
}

let cached: Lexicons | null = null;

/**
 * The built-in lexicons, made on first use from the snapshot the build generated
 * (src/generated/lexicon-snapshot.ts, see scripts/gen-lexicons.mjs). It holds what
 * building them from the lists gives (buildLexicons; tests/lexicon-snapshot.test.ts).
 */
export function lexicons(): Lexicons {
  if (!cached) {
    if (!lexiconSnapshot) throw new Error('no lexicon snapshot: run `npm run gen`');
    cached = fromSnapshot(lexiconSnapshot);
  }
  return cached;
}

/**
 * A name word set of the snapshot, given by its words' vocabulary ids, made into a Set of
 * strings at its first use: the analysis reads these sets by id (wordSetIds), and few
 * documents ask one for a string (building the four sets cost a fresh process a
 * millisecond or more). An object, not a getter on the lexicons: a getter put the whole
 * Lexicons object in V8's slow dictionary mode, and the person passes read its fields at
 * every candidate.
 */
class IdWordSet implements ReadonlySet<string> {
  private set: Set<string> | null = null;
  constructor(private readonly ids: string) {}
  private words(): Set<string> {
    if (this.set === null) {
      const set = new Set<string>();
      for (let k = 0; k < this.ids.length; k++) set.add(WORDS[this.ids.charCodeAt(k)]!);
      this.set = set;
    }
    return this.set;
  }
  get size(): number {
    return this.words().size;
  }
  has(w: string): boolean {
    return this.words().has(w);
  }
  forEach(f: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const w of this.words()) f.call(thisArg, w, w, this);
  }
  entries(): SetIterator<[string, string]> {
    return this.words().entries();
  }
  keys(): SetIterator<string> {
    return this.words().keys();
  }
  values(): SetIterator<string> {
    return this.words().values();
  }
  [Symbol.iterator](): SetIterator<string> {
    return this.words().values();
  }
}

/** The word sets the name analysis flags by vocabulary id (the snapshot holds their ids). */
export const WORD_SET_NAMES = ['notNameWords', 'givens', 'middles', 'foreignParts'] as const;
export type WordSetName = (typeof WORD_SET_NAMES)[number];

/**
 * Vocabulary ids of the words of set `name` of `L`, in the set's order: read from the
 * snapshot for the built-in lexicons (no word hashed or interned), else interned.
 */
export function wordSetIds(L: Lexicons, name: WordSetName): number[] {
  const ids = L === cached ? lexiconSnapshot?.wordSets[name] : undefined;
  if (ids === undefined) return [...L[name]].map(internWord);
  const out: number[] = [];
  for (let k = 0; k < ids.length; k++) out.push(ids.charCodeAt(k));
  return out;
}

/**
 * The built-in lexicons in a form that loads without building or decoding: the
 * vocabulary (one word a line, in id order) with its hashes, each trie as
 * `Trie.snapshot()` gives it (read in place), the name word sets (WORD_SET_NAMES) as
 * word ids, other sets one entry a line, maps as objects, strings as they are. scripts/gen-lexicons.mjs writes it at build time from
 * `buildLexicons()` (./lexicon-build.ts).
 */
export interface LexiconSnapshot {
  vocab: string;
  /** `hashOf` of each vocabulary word as two UTF-16 code units, high half first. */
  hashes: string;
  tries: Record<string, FrozenTrie & { values: readonly unknown[] }>;
  /** The sets of WORD_SET_NAMES as the vocabulary ids of their words, one code unit each, in their order. */
  wordSets: Record<string, string>;
  sets: Record<string, string>;
  maps: Record<string, Record<string, string>>;
  strings: Record<string, string>;
}

function fromSnapshot(s: LexiconSnapshot): Lexicons {
  const idSet = (name: WordSetName): IdWordSet => {
    const ids = s.wordSets[name];
    if (ids === undefined) throw new Error(`lexicon snapshot: no word set ${name}`);
    return new IdWordSet(ids);
  };
  const trie = <V>(name: keyof Lexicons): Trie<V> => {
    const t = s.tries[name];
    if (!t) throw new Error(`lexicon snapshot: no trie ${name}`);
    return Trie.fromSnapshot(t, t.values as readonly V[]);
  };
  const words = (name: keyof Lexicons): Set<string> => {
    const w = s.sets[name];
    if (w === undefined) throw new Error(`lexicon snapshot: no set ${name}`);
    return new Set(w === '' ? [] : w.split('\n'));
  };
  return {
    surnames: trie('surnames'),
    middles: idSet('middles'),
    givens: idSet('givens'),
    foreignFull: trie('foreignFull'),
    foreignParts: idSet('foreignParts'),
    honorifics: trie('honorifics'),
    nonPersonPrefixes: trie('nonPersonPrefixes'),
    prefixForms: words('prefixForms'),
    prefixFormHashes: s.strings['prefixFormHashes'] ?? '',
    agencies: trie('agencies'),
    notNameWords: idSet('notNameWords'),
    places: trie('places'),
    posts: trie<PostKind>('posts'),
    organizations: trie('organizations'),
    orgHeads: trie('orgHeads'),
    orgWords: trie('orgWords'),
    orgWordsCap: trie('orgWordsCap'),
    domains: trie('domains'),
    adminUnits: trie('adminUnits'),
    preMods: trie('preMods'),
    vice: words('vice'),
    postMods: trie('postMods'),
    plural: trie('plural'),
    occupations: trie('occupations'),
    holding: trie('holding'),
    leaving: trie('leaving'),
    abbreviations: new Map(Object.entries(s.maps['abbreviations'] ?? {})),
    honorificLast4: words('honorificLast4'),
  };
}


/** Per-document tries for the caller's extra entries (empty tries when none). */
export interface CallerTries {
  posts: Trie<PostKind>;
  organizations: Trie<true>;
  names: Trie<true>;
  surnames: Trie<true>;
  places: Trie<true>;
  /** Single syllables of caller names (given names passed alone). */
  nameParts: Set<string>;
}

let noCallerTries: CallerTries | null = null;

export function callerTries(lex: Readonly<CallerLexicons>): CallerTries {
  // No caller lexicons (the usual call): one shared set of empty tries, never modified.
  // (Checks every field of CallerLexicons: a new field must be added here.)
  if (!lex.names?.length && !lex.posts?.length && !lex.organizations?.length && !lex.surnames?.length && !lex.places?.length) {
    return (noCallerTries ??= buildCallerTries({}));
  }
  return buildCallerTries(lex);
}

function buildCallerTries(lex: Readonly<CallerLexicons>): CallerTries {
  const names = new Trie<true>();
  const nameParts = new Set<string>();
  for (const n of lex.names ?? []) {
    names.add(n, true);
    for (const k of entryKeys(n)) nameParts.add(k);
  }
  return {
    posts: new Trie<PostKind>().addAll(lex.posts ?? [], 'head'),
    organizations: new Trie<true>().addAll(lex.organizations ?? [], true),
    names,
    surnames: new Trie<true>().addAll(lex.surnames ?? [], true),
    places: new Trie<true>().addAll(lex.places ?? [], true),
    nameParts,
  };
}

/** Longest of two trie matches. */
export function longer<V>(a: TrieMatch<V> | null, b: TrieMatch<V> | null): TrieMatch<V> | null {
  if (!a) return b;
  if (!b) return a;
  return b.end > a.end ? b : a;
}
