/** Types of bench/score.mjs (so tests/bench-score.test.ts typechecks). */
export interface SpanLike {
  start: number;
  end: number;
  text?: string;
}
export interface RecordLike extends SpanLike {
  type: string;
  value?: unknown;
  mod?: string;
  holder?: SpanLike;
}
export interface Counts {
  gold: number;
  pred: number;
  strict: number;
  lenientPred: number;
  lenientGold: number;
  valueTotal: number;
  valueCorrect: number;
  valueModCorrect: number;
  holderTotal: number;
  holderCorrect: number;
  pairsGold: number;
  pairsPred: number;
  pairsCommon: number;
}
export type Table = Record<string, Counts>;
export interface PRF {
  p: number | null;
  r: number | null;
  f1: number | null;
}
export interface Acc {
  acc: number | null;
  n: number;
}
export interface TypeSummary {
  gold: number;
  pred: number;
  strict: PRF;
  lenient: PRF;
  value: Acc | null;
  valueMod?: Acc;
  holder?: Acc;
  holderPairs?: PRF & { gold: number; pred: number };
}
export const TYPES: readonly string[];
export const VALUE_TYPES: readonly string[];
export function canonical(v: unknown): string;
export function valueEqual(a: unknown, b: unknown): boolean;
export function overlaps(a: SpanLike, b: SpanLike): boolean;
export function emptyCounts(): Counts;
export function emptyTable(types?: readonly string[]): Table;
export function addTable(a: Table, b: Table): Table;
export function scoreDoc(gold: readonly RecordLike[], pred: readonly RecordLike[], types?: readonly string[]): Table;
export function scoreDocs(docs: readonly { gold: readonly RecordLike[]; pred: readonly RecordLike[] }[], types?: readonly string[]): Table;
export function ratio(num: number, den: number): number | null;
export function prf(tpPred: number, npred: number, tpGold: number, ngold: number): PRF;
export function summarizeCounts(c: Counts, type: string): TypeSummary;
export function summarize(table: Table): Record<string, TypeSummary>;
export function syllableKeep(text: string, tokens: readonly unknown[]): { syllables: number; kept: number; share: number | null };
export function trimSpan(text: string, start: number, end: number): { start: number; end: number; text: string } | null;
export function bioToSpans(tokens: readonly { start: number; end: number; tag: string }[], label: string, type: string): { type: string; start: number; end: number }[];
