/**
 * Recognizer for `date` entities (ENTITIES.md, section date; docs/DATES.md).
 *
 * 1. ./parse.ts proposes expressions at number and keyword tokens (bounded lookahead,
 *    linear in the document);
 * 2. ./resolve.ts turns each into a TIMEX3-style value: range ends share missing
 *    parts, a year stated just before fills a bare day or month, else the reference
 *    date (the caller's `referenceDate`, else a date the document states about itself
 *    on its first lines), else `X`.
 */
import type { Doc } from '../../doc.js';
import type { Candidate, Recognizer } from '../recognizer.js';
import type { DateDetail, DateValue } from '../../types.js';
import { DateParser, DatePoint, type Parsed, type Pt } from './parse.js';
import { monthsRange, resolvePoint, type Ref, type Resolved, type YearContext } from './resolve.js';
import { addDays, isoWeekday, validDay } from './calendar.js';
import { lazyRegExp } from '../../lazy-regexp.js';

export { lunarToSolar, solarToLunar } from './lunar.js';

const DOC_DATE_ISO = /^[^\n\d]{0,30}?(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?!\d)/;
const DOC_DATE_DMY = /(?:^|[^\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/;

/** The date a document states about itself on its first lines: `date 2021-07`, a dateline. */
export function documentDate(text: string): Ref | undefined {
  let pos = 0;
  for (let line = 0; line < 3 && pos < text.length; line++) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const l = text.slice(pos, Math.min(nl, pos + 200));
    pos = nl + 1;
    if (!l.trim()) {
      line--;
      if (pos > 2000) break;
      continue;
    }
    const iso = DOC_DATE_ISO.exec(l);
    if (iso) {
      const year = Number(iso[1]);
      const month = Number(iso[2]);
      const day = iso[3] !== undefined ? Number(iso[3]) : undefined;
      if (month >= 1 && month <= 12 && (day === undefined || validDay(year, month, day))) return { year, month, day };
    }
    // A dateline: a short line with a full date (`Thứ Hai, 21/7/2021 14:30`).
    if (l.length <= 80) {
      const dmy = DOC_DATE_DMY.exec(l);
      if (dmy) {
        const day = Number(dmy[1]);
        const month = Number(dmy[2]);
        const year = Number(dmy[3]);
        if (validDay(year, month, day)) return { year, month, day };
      }
    }
  }
  return undefined;
}

interface Ctx extends YearContext {
  sentence: number;
  line: number;
  fine: boolean;
  /**
   * A year named in passing mid-sentence (`chia cổ tức 2019 ngay sau ngày 22/4`,
   * `ĐHĐCĐ thường niên năm 2020 lần 3 sáng 26/4`): it fills no bare day.
   */
  weak: boolean;
  /** The first year of a school year or season just named (`năm học 2025-2026` → 2025). */
  academic?: number;
  /** The school year is the one an admission is for (`tuyển sinh vào lớp 10 năm học 2021-2022`): its days are before it starts. */
  admission?: boolean;
  /** Set by the end of a year (`Cuối năm ngoái, …`): a first-half month told after it is in the next year. */
  yearEnd?: boolean;
  /**
   * The year is a dividend's (`trả cổ tức năm 2020 … vào tháng 7`): the business year it is paid for, paid
   * later; a bare month or quarter of its sentence is not in it.
   */
  dividend?: boolean;
}

/** Words before a month that look back (`hồi tháng 3`, `trước tháng 3`): no move into the next year. */
/** A four-digit year in brackets right after a date: `nửa cuối năm (2008)`. */
const BRACKET_YEAR = /^ ?\((1[5-9]\d\d|20\d\d)\)/u;
/** A point with no year of its own, written or relative. */
function yearless(pt: Pt): boolean {
  return pt.y === undefined && pt.yRel === undefined && pt.rel === undefined && pt.dir === undefined && pt.mRel === undefined && !pt.timeOnly && pt.grain !== 'century' && pt.grain !== 'decade';
}
const BACK_BEFORE: ReadonlySet<string> = new Set(['hồi', 'trước']);
/** A bare month of the first half of a year, with no year, relative or lunar part (`tháng 2`). */
function earlyMonth(pt: Pt): boolean {
  return pt.grain === 'month' && pt.m !== undefined && pt.m <= 6 && pt.y === undefined && pt.yRel === undefined && pt.rel === undefined && pt.dir === undefined && !pt.lunarMonth && !pt.months;
}
/** Words before a mid-sentence year that make it the time the sentence speaks of (`vào năm 2019, ngày 3/2`). */
const TIME_PREP: ReadonlySet<string> = new Set(['vào', 'trong', 'từ', 'đến', 'tới', 'hồi', 'sang', 'suốt', 'cuối', 'đầu', 'giữa']);
/** An anniversary (`kỷ niệm 46 năm Ngày toàn thắng 30/4/1975`): its date sets no narrative time. */
export const ANNIVERSARY_BEFORE = /kỷ niệm[^.;:!?\n]{0,40}$/u;
/** ANNIVERSARY_BEFORE on the 50 code units before `start`: run only when `kỷ niệm` is there (most dates have none). */
export function anniversaryBefore(lower: string, start: number): boolean {
  const head = lower.slice(Math.max(0, start - 50), start);
  return head.includes('kỷ niệm') && ANNIVERSARY_BEFORE.test(head);
}

/** Two day points covering a lunar month (`tháng 2 âm lịch`): its first and last days. */
function lunarMonthDays(a: Pt, b: Pt): [Pt, Pt] {
  const first: Pt = { grain: 'day', y: a.y, yRel: a.yRel, dir: a.dir, lunar: { month: a.m!, day: 1 }, monthEnd: true };
  const last: Pt = { grain: 'day', y: b.y, yRel: b.yRel, dir: b.dir, lunar: { month: b.m!, day: 30, last: true }, monthEnd: true };
  return [first, last];
}

/**
 * Line numbers of offsets: the index of the non-blank line (paragraph) an offset is on,
 * blank lines between paragraphs not counted. The line starts are found as far as asked
 * only (dates are met in text order, so the text after the last one is never scanned).
 */
class Lines {
  /** Starts of the non-blank lines found so far (the first line starts at 0, blank or not). */
  private readonly starts: number[] = [0];
  /** The next line break to look at, or -1 when there is none. */
  private next: number;
  constructor(private readonly text: string) {
    this.next = text.indexOf('\n');
  }
  /** The line of offset `pos`. */
  lineOf(pos: number): number {
    const starts = this.starts;
    // Find starts until one lies after `pos` (or the text ends).
    while (this.next >= 0 && starts[starts.length - 1]! <= pos) this.advance();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  /** Reads the line break at `next` and the blank lines after it; notes the next line's start. */
  private advance(): void {
    const text = this.text;
    let i = this.next;
    let k = i + 1;
    while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 10)) {
      if (text.charCodeAt(k) === 10) i = k;
      k++;
    }
    if (k < text.length) this.starts.push(i + 1);
    this.next = text.indexOf('\n', i + 1);
  }
}

/** A's month (and day, when both have one) comes after B's within a year. */
function laterInYear(A: Pt, B: Pt): boolean {
  if (A.m === undefined || B.m === undefined) return false;
  return A.m > B.m || (A.m === B.m && A.d !== undefined && B.d !== undefined && A.d > B.d);
}

/**
 * Range ends share the parts the other end states (`từ 21/5 đến 2/7/1968`, `23-27/4`).
 * The points are updated in place: parse results belong to recognizeDates, which reads
 * each once.
 */
function shareParts(A: Pt, B: Pt): [Pt, Pt] {
  // Lunar ends keep their own years (`từ 29 Tết đến mùng 5 Tết` spans two lunar years):
  // see lunarLeftEnd.
  // `từ mùng 1 đến mùng 3 Tết`, `từ mùng 6 đến mùng 8 tháng Giêng`: a bare day before a
  // lunar day is in its lunar month (its year: lunarLeftEnd).
  if (!A.lunar && B.lunar && !B.lunar.leap && A.grain === 'day' && A.d !== undefined && A.m === undefined && A.y === undefined && A.yRel === undefined && A.rel === undefined && A.dir === undefined && A.d < B.lunar.day) {
    A.lunar = { month: B.lunar.month, day: A.d };
    A.d = undefined;
  }
  if (A.lunar || B.lunar) return [A, B];
  // `năm 200 - 100 TCN`, `từ năm 111 đến năm 40 TCN`: a larger year before a BC one is BC too.
  if (B.bc && !A.bc && A.y !== undefined && B.y !== undefined && A.y > B.y && A.yRel === undefined) A.bc = true;
  // `từ ngày 5 tháng tới đến ngày 10/11/2026`: a day of a relative month keeps its own month and year.
  if (A.y === undefined && A.yRel === undefined && (B.y !== undefined || B.yRel !== undefined) && A.rel === undefined && A.dir === undefined && A.mRel === undefined) {
    A.y = B.y;
    A.yRel = B.yRel;
    A.bc = B.bc;
    // `từ 18/11 đến 16/1 năm nay`: a left end later in the year than the right is in the year before.
    if (!B.bc && laterInYear(A, B)) {
      if (A.y !== undefined) A.y--;
      else if (A.yRel !== undefined) A.yRel--;
    }
  }
  if (B.y === undefined && B.yRel === undefined && (A.y !== undefined || A.yRel !== undefined) && B.rel === undefined && B.dir === undefined) {
    B.y = A.y;
    B.yRel = A.yRel;
    B.bc = A.bc;
    // `từ 20/12/2025 đến 5/1`: a right end earlier in the year than the left is in the next year.
    if (!A.bc && laterInYear(A, B)) {
      if (B.y !== undefined) B.y++;
      else if (B.yRel !== undefined) B.yRel++;
    }
  }
  if (A.grain === 'day' && A.m === undefined && B.m !== undefined && !A.lunar && A.mRel === undefined) A.m = B.m;
  // `từ ngày 12/9 đến ngày 17`: a bare right day is in the left end's month (`từ 28/9 đến
  // ngày 3`: the next one).
  if (B.grain === 'day' && B.d !== undefined && B.m === undefined && B.mRel === undefined && B.rel === undefined && B.wd === undefined && A.grain === 'day' && A.d !== undefined && A.m !== undefined && A.rel === undefined) {
    B.m = B.d < A.d ? (A.m % 12) + 1 : A.m;
    if (B.m === 1 && A.m === 12 && B.y !== undefined) B.y++;
  }
  // `từ ngày 1 đến ngày 10 tháng tới`: both ends in the next month.
  if (A.grain === 'day' && A.m === undefined && A.y === undefined && A.mRel === undefined && B.mRel !== undefined && !A.lunar) A.mRel = B.mRel;
  if (A.dir !== undefined && B.dir === undefined) B.dir = A.dir;
  if (B.dir !== undefined && A.dir === undefined) A.dir = B.dir;
  return [A, B];
}

/**
 * A lunar left end without a year of its own: its last occurrence on or before the right
 * end (`từ 29 Tết đến mùng 5 Tết`, `từ 23 tháng Chạp đến mùng 5 Tết`), or null.
 */
function lunarLeftEnd(a: Pt, rb: Resolved, ref: Ref | undefined, ctx: YearContext | undefined): Resolved | null {
  return a.lunar ? leftEndBefore(a, rb, ref, ctx) : null;
}

/**
 * A left end without a year of its own, in the last year that puts it on or before the
 * right end rb (see lunarLeftEnd; `từ 28/9 đến 3/10` read in March: September this year
 * and October last year when each end is placed on its own), or null.
 */
function leftEndBefore(a: Pt, rb: Resolved, ref: Ref | undefined, ctx: YearContext | undefined): Resolved | null {
  if (a.monthEnd || a.y !== undefined || a.yRel !== undefined || a.cycle !== undefined) return null;
  if (rb.y === undefined || rb.m === undefined || rb.d === undefined) return null;
  const right = rb.y * 10000 + rb.m * 100 + rb.d;
  for (const y of [rb.y, rb.y - 1, rb.y - 2]) {
    const r = resolvePoint({ ...a, y }, ref, ctx);
    if (r.y !== undefined && r.m !== undefined && r.d !== undefined && r.y * 10000 + r.m * 100 + r.d <= right) {
      return { ...r, filled: [...r.filled, 'year'], yearStated: false };
    }
  }
  return null;
}

/** A clock time without a date (`lúc 8h`) placed on the day the text last named. */
function onDay(pt: Pt, day: { y: number; m: number; d: number }): void {
  pt.y = day.y;
  pt.m = day.m;
  pt.d = day.d;
  pt.timeOnly = false;
}

/** Whether a plain object has an own enumerable key (`Object.keys(o).length > 0` without the array). */
function hasKeys(o: object): boolean {
  for (const k in o) if (Object.prototype.hasOwnProperty.call(o, k)) return true;
  return false;
}

/** `a` then the entries of `b` not in it, each once (a copy). */
function mergeFilled(a: Resolved['filled'], b: Resolved['filled'] | undefined): Resolved['filled'] {
  const out: Resolved['filled'] = [];
  for (const x of a) if (!out.includes(x)) out.push(x);
  if (b) for (const x of b) if (!out.includes(x)) out.push(x);
  return out;
}

function isSpaceCode(c: number): boolean {
  // What `\s` and `trim` treat as white space.
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

// (Made at first use: see lazyRegExp.)
const LEADING_PUNCT_RE = lazyRegExp(String.raw`^\p{P}+`, 'u');

/** The last white-space-separated word of `lower[max(0, start - 8), start)`, leading punctuation removed. */
function wordBefore(lower: string, start: number): string {
  const from = Math.max(0, start - 8);
  let e = start;
  while (e > from && isSpaceCode(lower.charCodeAt(e - 1))) e--;
  let b = e;
  while (b > from && !isSpaceCode(lower.charCodeAt(b - 1))) b--;
  if (b === e) return '';
  const w = lower.slice(b, e);
  const c = w.charCodeAt(0);
  // Letters and digits start most words: no punctuation to strip. Latin-1 letters and
  // Latin Extended-A/B (0xC0-0x24F: no punctuation there, `×` and `÷` are symbols) and
  // the Vietnamese letters of Latin Extended Additional (0x1E00-0x1EFF) are letters too.
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)) return w;
  return w.replace(LEADING_PUNCT_RE(), '');
}

function detailOf(r: Resolved, p: Pt, end?: Resolved): DateDetail {
  const det: DateDetail = {};
  if (r.grain && r.grain !== 'season') det.grain = r.grain;
  if (p.pod) det.partOfDay = p.pod;
  if (r.relative || (end && end.relative)) det.relative = true;
  if (r.filled.length || (end && end.filled.length)) det.filled = mergeFilled(r.filled, end ? end.filled : undefined);
  if (p.lunar) det.lunar = { ...(p.y !== undefined ? { year: p.y } : {}), month: p.lunar.month, day: p.lunar.day, ...(p.lunar.leap ? { leap: true } : {}) };
  const s = r.start;
  const e = end ? end.end : r.end;
  if (s) det.startDate = s;
  if (e) det.endDate = e;
  return det;
}

/** Framing words before an expression that make its year a comparison, not narrative context. */
export const DOCUMENT_BEFORE = /(?:\d\/[\p{L}\d][\p{L}\d-]*|[A-ZĐ]{2,}-[A-ZĐ]{2,}[\p{L}\d-]*|Nghị định|Quyết định|Thông tư|Chỉ thị|Nghị quyết|Công văn|Luật|Kết luận|Thông báo)[^.;\n]{0,12}$/u;
/**
 * DOCUMENT_BEFORE on the 40 code units of `text` before `start`. A match ends in the last
 * 12 (then up to 12 code units that are no `.`, `;` or line break), so it needs: a `/` or
 * `-` (the code alternatives, which hold no space) in the space-free run that reaches
 * the last 13 code units, or a capital `N`, `Q`, `T`, `C`, `L` or `K` opening one of the
 * document words (at most 10 long) in the last 22. Most dates have neither: no slice, no regex.
 */
export function documentBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - 40);
  let may = false;
  for (let k = start - 1; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (c === 47 || c === 45) {
      may = true;
      break;
    }
    if (c === 32 && k < start - 13) break;
  }
  for (let k = Math.max(from, start - 22); !may && k < start; k++) {
    const c = text.charCodeAt(k);
    may = c === 78 || c === 81 || c === 84 || c === 67 || c === 76 || c === 75;
  }
  return may && DOCUMENT_BEFORE.test(text.slice(from, start));
}
const HABITUAL_AFTER = /^\s*(?:[,-]\s*)?(?:hằng|hàng|mỗi|các) (?:ngày|tuần|đêm|sáng|tối)/;
/**
 * Words before a date in its clause that tell a plan (`sẽ`, `dự kiến`, `dự định`, `kế hoạch`,
 * `sắp`; a target or an aim: `dự tính`, `mục tiêu`, `phấn đấu`), and the ones that tell a past, which stop the look back (`đã`, `vừa`, `hồi`,
 * `từng`): see plannedBefore.
 */
const PLAN_WORDS: ReadonlySet<string> = new Set(['sẽ', 'sắp']);
const PLAN_PAIRS: ReadonlySet<string> = new Set(['dự kiến', 'dự định', 'kế hoạch', 'dự tính', 'mục tiêu', 'phấn đấu']);
const PAST_WORDS: ReadonlySet<string> = new Set(['đã', 'vừa', 'hồi', 'từng']);
/** How many tokens before a date plannedBefore looks at (16: a plan word 13 tokens back, `Đức sẽ có thể tiêm chủng cho mọi người dân có nhu cầu trước ngày 21/9`, pwhole3; 10 before). */
const PLAN_REACH = 16;

/**
 * Whether the clause before token `first` tells a plan (`Dự kiến, dự án sẽ hoàn thành vào
 * tháng 3`; `công ty dự kiến khai trương vào ngày 24/12`): within PLAN_REACH tokens of its
 * sentence, a plan word before any past word or `;` / `:`.
 */
function plannedBefore(doc: Doc, first: number): boolean {
  const toks = doc.tokens;
  const lower = doc.lower;
  for (let k = first - 1; k >= 0 && k >= first - PLAN_REACH; k--) {
    // The line before (a headline, a list item) is another clause.
    if (toks[k + 1]!.lineStart) return false;
    const t = toks[k]!;
    if (t.kind !== 'word') {
      const c = lower.charCodeAt(t.start);
      // A sentence's or a clause's end (a comma goes on: `Dự kiến, …`).
      if (c === 46 || c === 59 || c === 58 || c === 33 || c === 63) return false;
      continue;
    }
    const w = lower.slice(t.start, t.end);
    if (PAST_WORDS.has(w)) return false;
    if (PLAN_WORDS.has(w)) return true;
    if (k > 0 && toks[k - 1]!.kind === 'word' && PLAN_PAIRS.has(lower.slice(toks[k - 1]!.start, t.end))) return true;
  }
  return false;
}

const HABITUAL_BEFORE = lazyRegExp(String.raw`(?:suốt|thường|thường xuyên|hằng ngày|hàng ngày|mỗi ngày|thường lệ)\s+(?:\p{L}+\s+){0,2}$`, 'u');
const NO_CONTEXT_BEFORE = new Set(['kỳ', 'với', 'từ', 'sinh', 'sn']);
/** `cổ tức` right before a year (`chia cổ tức năm 2020`, `cổ tức 2020`): the business year a dividend is paid for. */
const DIVIDEND_BEFORE = /cổ tức $/u;
/**
 * A bare year that ends an event's name (`Olympic Tokyo 2020`, `Euro 2020`, `Expo 2020 Dubai`): the
 * event is named, not a time the text goes on in; in 2021 the postponed games and fairs still bear 2020
 * (`Chủ tịch Ủy ban Tổ chức Olympic Tokyo 2020 X cho biết … vào tháng 6` in May 2021 → June 2021) (pwhole5).
 */
const EVENT_NAME_BEFORE: ReadonlySet<string> = new Set(['tokyo', 'olympic', 'paralympic', 'euro', 'expo']);
/**
 * A clause of background before a mid-sentence date (`leo thang sau khi Nga sáp nhập Crimea
 * hồi tháng 3/2014.`): its year holds for its own sentence only, not for the next paragraph.
 */
const BACKGROUND_BEFORE = /(?:sau khi|từ khi|kể từ khi)[^.;:!?\n,]{0,60}$/u;
/** BACKGROUND_BEFORE on the 70 code units before `start`: run only when `khi`, which every match holds, is there (most dates have none). */
function backgroundBefore(lower: string, start: number): boolean {
  const head = lower.slice(Math.max(0, start - 70), start);
  return head.includes('khi') && BACKGROUND_BEFORE.test(head);
}

/**
 * A comparison right before a relative `tháng trước` / `quý trước` / `năm trước` (`so với`,
 * `so với cùng kỳ`, `cao hơn`, `gấp 2 lần`): the period before is counted from the period the
 * sentence named (`CPI tháng 10 tăng 0,35% so với tháng trước` → September).
 */
export const COMPARE_BEFORE = /(?:so với|hơn|lần)(?: cùng kỳ| cùng thời điểm)? $/u;
/**
 * COMPARE_BEFORE on the 24 code units before `start`. Asked at every date; a match ends in
 * `với `, `hơn `, `lần `, `kỳ ` or `điểm `, so the two code units before `start` reject most
 * dates without a slice or the regex.
 */
export function compareBefore(lower: string, start: number): boolean {
  if (start < 2 || lower.charCodeAt(start - 1) !== 32) return false;
  const c = lower.charCodeAt(start - 2);
  // `i` (với), `n` (hơn, lần), `ỳ` (kỳ), `m` (điểm).
  if (c !== 0x69 && c !== 0x6e && c !== 0x1ef3 && c !== 0x6d) return false;
  return COMPARE_BEFORE.test(lower.slice(Math.max(0, start - 24), start));
}

/** A school year or a season of play (`năm học 2025-2026`, `mùa giải 2025/2026`) before its years. */
const ACADEMIC_WORDS = '(?:năm học|niên khóa|niên học|mùa giải)';
const ACADEMIC_BEFORE = new RegExp(`${ACADEMIC_WORDS} ?$`);
/** The same words opening the expression itself (`năm học 2025-2026`). */
const ACADEMIC_OWN = new RegExp(`^${ACADEMIC_WORDS} `);
/**
 * An admission before the school year (`Kỳ thi tuyển sinh vào lớp 10 năm học 2021-2022 … ngày 12/6`): held before it
 * starts; also its cut-off scores and selection (`Điểm chuẩn vào lớp 10 … năm học 2021-2022 được công bố chiều 27/7`) (psoc4).
 */
const ADMISSION_BEFORE = /(?:tuyển sinh|thi vào lớp|điểm chuẩn|xét tuyển)/u;

/**
 * The first year of `{from: "2025", to: "2026"}` (two years in a row) when the text names it a
 * school year or a season: its months from August are in the first year, the others in the second.
 */
function academicStart(v: DateValue, lower: string, start: number, end: number): number | undefined {
  if (typeof v !== 'object' || v.from.length !== 4 || v.to.length !== 4) return undefined;
  const a = Number(v.from);
  if (Number(v.to) !== a + 1) return undefined;
  const head = lower.slice(Math.max(0, start - 12), start);
  const own = lower.slice(start, Math.min(end, start + 12));
  return ACADEMIC_BEFORE.test(head) || ACADEMIC_OWN.test(own) ? a : undefined;
}

/**
 * The reference a relative `tháng trước` / `quý trước` / `năm trước` after a comparison counts
 * from: the period its sentence named before it, at the same grain (a year for `năm trước`),
 * else undefined (the reference date).
 */
function comparedTo(lower: string, p: Parsed, start: number, end: number, sentence: number, period: { sentence: number; y: number; m: number | undefined; q: number | undefined } | undefined): Ref | undefined {
  const g = p.pt.grain;
  if (!period || period.sentence !== sentence || !(p.pt.rel === -1 || (g === 'year' && p.pt.yRel === -1 && p.pt.y === undefined)) || p.mod || !lower.endsWith('trước', end)) return undefined;
  if (!compareBefore(lower, start)) return undefined;
  if (g === 'year') return { year: period.y, month: 1, day: 1 };
  if (g === 'month' && period.m !== undefined) return { year: period.y, month: period.m, day: 1 };
  if (g === 'quarter' && period.q !== undefined) return { year: period.y, month: period.q * 3 - 2, day: 1 };
  return undefined;
}

/**
 * The parse results with every point a {@link DatePoint} (one object shape): each read of
 * a point's field below and in ./resolve.ts is then a plain load, not a megamorphic
 * inline cache (resolution took about a third less time with the points of some forty
 * shapes the parser built as literals). The parser builds DatePoints; this is a guard.
 * A point shared by a range's two ends stays one.
 */
function onePointShape(parsed: Parsed[]): Parsed[] {
  for (let k = 0; k < parsed.length; k++) {
    const p = parsed[k]!;
    if (!(p.pt instanceof DatePoint)) {
      const pt = DatePoint.of(p.pt);
      if (p.to === p.pt) p.to = pt;
      p.pt = pt;
    }
    if (p.to !== undefined && !(p.to instanceof DatePoint)) p.to = DatePoint.of(p.to);
  }
  return parsed;
}

export function recognizeDates(doc: Doc): Candidate<'date'>[] {
  // The document's own date is read from its first lines, once: later chunks of a long
  // input (see docs/ARCHITECTURE.md) reuse it.
  const shared = doc.shared as { documentDate?: Ref | null };
  // With the caller's reference date it is never used (all chunks share the options).
  if (doc.referenceDate === undefined && (doc.chunk === 0 || shared.documentDate === undefined)) {
    shared.documentDate = documentDate(doc.text) ?? null;
  }
  const ref: Ref | undefined = doc.referenceDate ?? shared.documentDate ?? undefined;
  const parser = new DateParser(doc);
  const parsed = onePointShape(parser.parseAll());
  const out: Candidate<'date'>[] = [];
  if (parsed.length === 0) return out;
  const lines = new Lines(doc.text);
  let ctx: Ctx | undefined;
  /** The last single day the text named (a bare clock time after it is on that day). */
  /** `hh`: the minute of the day of the last clock time on that day. */
  let lastDay: { y: number; m: number; d: number; line: number; hh: number | undefined } | undefined;
  /** The last period (no single day) the current sentence named, which a comparison counts from. */
  let period: { sentence: number; y: number; m: number | undefined; q: number | undefined } | undefined;
  /** The sentence of the date before (a planned date after another date of its sentence is told from that one). */
  let prevSentence = -2;
  /** Days (month * 100 + day) the text named in the reference year, single days only (a set: a long text names many). */
  let refDays: Set<number> | undefined;
  for (const p0 of parsed) {
    let p = p0;
    let dayFilled = false;
    const start = doc.tokens[p.first]!.start;
    const end = doc.tokens[p.last - 1]!.end;
    const sentence = doc.sentenceIndexAt(start);
    const afterOther = sentence === prevSentence;
    prevSentence = sentence;
    const line = lines.lineOf(start);
    let useCtx: YearContext | undefined;
    if (ctx && (ctx.sentence === sentence || ((ctx.fine || !ref) && line - ctx.line <= 1))) useCtx = ctx.sentence === sentence ? ctx : { year: ctx.year };
    // `Năm học 2025-2026 khai giảng ngày 5/9 … nghỉ hè từ tháng 6`: September 2025, June 2026.
    if (useCtx && ctx && ctx.academic !== undefined && ctx.sentence === sentence) {
      const academic = ctx.academic;
      const admission = ctx.admission === true;
      const yearOf = (m: number): number => (m >= 8 || admission ? academic : academic + 1);
      if (!p.to && p.pt.m !== undefined && p.pt.y === undefined && p.pt.rel === undefined) {
        useCtx = { year: yearOf(p.pt.m) };
      } else if (p.to && yearless(p.pt) && yearless(p.to) && (p.pt.m !== undefined || p.to.m !== undefined)) {
        // A range, when both ends fall on the same side of August (`từ tháng 9 đến tháng 12`;
        // `kỳ thi tuyển sinh … năm học 2021-2022 … 2 ngày 2-3/6`, an admission's, before the year).
        const from = yearOf(p.pt.m ?? p.to.m!);
        if (yearOf(p.to.m ?? p.pt.m!) === from) useCtx = { year: from };
      }
    }
    // `Cuối năm 2019, … Đến tháng 1, …`: the story moves on into the next year.
    // (Not after a comparison: `Tháng 12/2020, CPI tăng 0,1% so với tháng 1` is the same year's January.)
    if (useCtx && ctx && ctx.yearEnd && earlyMonth(p.pt) && (!p.to || earlyMonth(p.to)) && !BACK_BEFORE.has(wordBefore(doc.lower, start)) && !compareBefore(doc.lower, start)) {
      useCtx = { year: ctx.year + 1 };
    }
    // `Ông Suga trở thành Thủ tướng hồi tháng 9/2020 … Theo thăm dò công bố ngày 11/4, …` in an article of
    // 17/4/2021: a bare day or month of an earlier sentence that the last year's month would put months
    // BEFORE that month (the story stepping back), while the reference year puts it after that month and
    // not after the reference date, is the recent one: a month-dated background step does not pull later
    // news back a year. Not when the text says it steps back (`trước đó`, `hồi`) (pwhole9).
    if (
      useCtx && ctx && ctx.sentence !== sentence && ctx.month !== undefined && ref !== undefined && ref.month !== undefined &&
      useCtx.year === ctx.year && ctx.year + 1 === ref.year && !p.to && yearless(p.pt) && p.pt.m !== undefined && p.pt.rel === undefined &&
      !p.pt.lunar && !p.pt.lunarMonth && p.pt.m < ctx.month && (p.pt.m < ref.month || (p.pt.m === ref.month && (p.pt.d ?? 1) <= (ref.day ?? 31))) &&
      !BACK_BEFORE.has(wordBefore(doc.lower, start)) && !compareBefore(doc.lower, start) &&
      !doc.lower.slice(Math.max(0, start - 60, sentence >= 0 ? doc.sentences[sentence]!.start : 0), start).includes('trước đó')
    ) {
      useCtx = undefined;
    }
    // `nửa cuối năm (2008)`, `tháng 3 (2019)`: a year in brackets right after is the date's own.
    if (yearless(p.pt) && (!p.to || yearless(p.to))) {
      // (It opens with `(` or ` (`: most dates are followed by neither.)
      const c = doc.text.charCodeAt(end);
      const by = c === 40 || (c === 32 && doc.text.charCodeAt(end + 1) === 40) ? BRACKET_YEAR.exec(doc.text.slice(end, end + 9)) : null;
      if (by) useCtx = { year: Number(by[1]) };
    }
    // `sau vụ tấn công ngày 11/9`, `vụ khủng bố 11/9`: the 2001 attacks on the US, in a sentence about
    // terrorism (rw).
    if (!p.to && p.pt.d === 11 && p.pt.m === 9 && p.pt.grain === 'day' && yearless(p.pt) && ref !== undefined && ref.year > 2001 && nineElevenBefore(doc, start, sentence)) useCtx = { year: 2001 };
    if (useCtx && ref && useCtx.year === ref.year) useCtx = undefined;
    // `ngày 28/4 tới`, `tháng 9 vừa qua`: placed against the reference date, not the narrative.
    if (useCtx && (p.pt.dir !== undefined || (p.to !== undefined && p.to.dir !== undefined))) useCtx = undefined;
    if (useCtx && ctx && ctx.weak && p.pt.d !== undefined && ctx.sentence === sentence) useCtx = undefined;
    // `công ty sẽ trả cổ tức năm 2020 bằng tiền mặt tỷ lệ 10% vào tháng 7` in April 2021: July 2021 (pwhole5).
    if (useCtx && ctx && ctx.dividend && ctx.sentence === sentence && yearless(p.pt) && (!p.to || yearless(p.to))) useCtx = undefined;
    // `Sáng nay (26/2), … ¶ … hồi tháng 12/2020 … ¶ Giá xăng dầu từ 15h ngày 26/2` (pab), `… ngày 1/2. ¶ Năm 2020,
    // Myanmar thu hút … ¶ Các ngân hàng đóng cửa chiều 1/2` (paw2): a day the text already named in the reference
    // year, named again bare, is that same day; a year stated in another sentence does not move it.
    if (useCtx && refDays !== undefined && ctx && ctx.sentence !== sentence && ref !== undefined && useCtx.year !== ref.year && !p.to && p.pt.d !== undefined && p.pt.m !== undefined && yearless(p.pt) && refDays.has(p.pt.m * 100 + p.pt.d)) useCtx = undefined;
    // `Năm 2020, hãng lỗ … ¶ Hãng dự kiến hoàn thành trong quý II`: a past year of an earlier sentence
    // does not carry into a plan (`dự kiến`, `sẽ`); the plan is told from the reference date (plong).
    if (useCtx && ctx && ctx.sentence !== sentence && ref !== undefined && useCtx.year < ref.year && yearless(p.pt) && (!p.to || yearless(p.to)) && plannedBefore(doc, p.first)) useCtx = undefined;
    // `Bị cáo X tại phiên tòa sáng 11/12. Ảnh: Y` after `Theo cáo trạng, năm 2019, …`: a photo caption
    // shows the reported event; a past year of the narrative does not carry into it (plong).
    if (useCtx && ctx && ctx.sentence !== sentence && ref !== undefined && useCtx.year < ref.year && yearless(p.pt) && !p.to && captionAfter(doc.text, end)) useCtx = undefined;
    // `hôm 21/4` reports a recent day: it takes the reference year, not the narrative's.
    if (useCtx && doc.lower.startsWith('hôm', start) && p.pt.rel === undefined) useCtx = undefined;
    // `hy sinh ngày 27/4/1972 (tức ngày 14/3 năm Nhâm Tý)`, `sinh ngày 2/3/1926, tức 19 tháng Giêng năm Bính Dần`:
    // a cycle year glossing the day just named is the one nearest that day's year, even where that day set no
    // narrative year (a birth day) (phonor: obituaries and martyrs' records).
    if (p.pt.cycle !== undefined && !p.to && lastDay !== undefined && lastDay.line === line && wordBefore(doc.lower, start) === 'tức') useCtx = { year: lastDay.y };
    // `Dự kiến, dự án sẽ hoàn thành vào tháng 3` in an article of November: a planned month
    // (or day) is the coming one, as if `tới` followed it, when the reference year would put
    // it two months or more in the past (or, by the six-month rule, in last year); not after
    // another date of the sentence (`Hồi tháng 3, ông nói sẽ hoàn thành vào tháng 6`).
    if (!useCtx && !afterOther && !p.to && ref !== undefined && ref.month !== undefined && p.pt.m !== undefined && !p.pt.lunar && !p.pt.lunarMonth && yearless(p.pt)) {
      const diff = p.pt.m - ref.month;
      if ((diff <= -2 || diff > 6) && plannedBefore(doc, p.first)) p.pt.dir = 1;
    }
    // `Cuộc điều tra sẽ bắt đầu từ thứ Tư` on a Monday: a planned bare weekday is the coming one
    // (the reference day itself stays), not the latest past one (paw2).
    if (!afterOther && !p.to && p.pt.wd !== undefined && p.pt.wdMode === 'near' && p.pt.wdWeek === undefined && p.pt.d === undefined && ref !== undefined && ref.day !== undefined && plannedBefore(doc, p.first)) {
      if (p.pt.wd !== isoWeekday({ year: ref.year, month: ref.month!, day: ref.day })) p.pt.wdMode = 'next';
    }
    // `Phiên đấu giá bắt đầu lúc 8h`: a clock time with no day is on the day just named,
    // unless it is habitual (`hằng ngày`).
    if (
      p.pt.timeOnly &&
      lastDay &&
      // Within three paragraphs; further when the story goes on later the same day
      // (`1h40 ngày 6/9` … four paragraphs … `Đến 2h30`).
      (line - lastDay.line <= 3 || (lastDay.hh !== undefined && p.pt.hh !== undefined && p.pt.hh * 60 + (p.pt.mi ?? 0) > lastDay.hh && line - lastDay.line <= 8)) &&
      !HABITUAL_AFTER.test(doc.lower.slice(end, end + 14)) &&
      !HABITUAL_BEFORE().test(doc.lower.slice(Math.max(0, start - 24), start))
    ) {
      dayFilled = true;
      // `nhập viện lúc 21h ngày 14/2 … làm việc liên tục đến 1h sáng`: a small-hours time (before 6h) told after an
      // evening time (from 18h) of the day just named, within three paragraphs, is past midnight: the next day;
      // not when the text steps back (`trước đó`) (pwhole4).
      let day: { y: number; m: number; d: number } = lastDay;
      if (p.pt.hh !== undefined && p.pt.hh < 6 && lastDay.hh !== undefined && lastDay.hh >= 18 * 60 && line - lastDay.line <= 3 && !doc.lower.slice(Math.max(0, start - 60), start).includes('trước đó')) {
        const nx = addDays({ year: lastDay.y, month: lastDay.m, day: lastDay.d }, 1);
        day = { y: nx.year, m: nx.month, d: nx.day };
      }
      // Parse results are read once, here: their points are updated in place.
      onDay(p.pt, day);
      if (p.to && p.to.timeOnly) onDay(p.to, day);
    }
    if (p.pt.narr !== undefined) {
      // (A bare `ngày hôm sau` far from the day last named follows a story the text has not dated: `X` (pcovid).)
      if (lastDay && (!p.pt.narrNear || line - lastDay.line <= 1)) {
        const d = addDays({ year: lastDay.y, month: lastDay.m, day: lastDay.d }, p.pt.narr);
        p.pt.y = d.year;
        p.pt.m = d.month;
        p.pt.d = d.day;
        dayFilled = true;
      } else p.pt.timeOnly = true;
    }
    let value: DateValue;
    let detail: DateDetail;
    let main: Resolved | undefined;
    let oneDay = false;
    // A lunar month (`tháng 2 âm lịch`, `từ tháng 2 đến tháng 8 âm lịch`) is the span of its days.
    if (p.pt.grain === 'month' && !p.pt.months && (p.pt.lunarMonth || (p.to && p.to.lunarMonth && p.to.grain === 'month'))) {
      const [a, b] = lunarMonthDays(p.pt, p.to ?? p.pt);
      p = { ...p, pt: a, to: b };
    }
    if (p.pt.months) {
      const r = monthsRange(p.pt, ref, useCtx);
      value = r.value;
      detail = { grain: 'month', ...(r.filled.length ? { filled: r.filled } : {}) };
    } else if (p.to) {
      const [a, b] = shareParts(p.pt, p.to);
      let rb = resolvePoint(b, ref, useCtx);
      let ra = lunarLeftEnd(a, rb, ref, useCtx) ?? resolvePoint(a, ref, useCtx);
      // Each end's year filled on its own may run the range back: the left end goes before the right.
      if (!a.lunar && a.grain === 'day' && ra.filled.includes('year') && ra.y !== undefined && ra.m !== undefined && ra.d !== undefined && rb.y !== undefined && rb.m !== undefined && rb.d !== undefined && ra.y * 10000 + ra.m * 100 + ra.d > rb.y * 10000 + rb.m * 100 + rb.d) {
        ra = leftEndBefore(a, rb, ref, useCtx) ?? ra;
      }
      // `từ tháng 8 đến tháng 12` (May 2021): a right-end month whose year was filled on its own goes
      // after the left end (not back to December 2020) (pw5); after a day too (`từ ngày 1/7 đến hết tháng 12`).
      if (!a.lunar && !b.lunar && (a.grain === 'month' || a.grain === 'day') && b.grain === 'month' && b.y === undefined && rb.filled.includes('year') && ra.y !== undefined && ra.m !== undefined && rb.y !== undefined && rb.m !== undefined && ra.y * 100 + ra.m > rb.y * 100 + rb.m) {
        rb = resolvePoint({ ...b, y: rb.m >= ra.m ? ra.y : ra.y + 1 }, ref, useCtx);
      }
      // `từ thứ Hai đến thứ Sáu` with no week named: the right end is the first such day after the left.
      if (ref && ref.month !== undefined && ref.day !== undefined && a.wd !== undefined && b.wd !== undefined && a.d === undefined && b.d === undefined && a.wdWeek === undefined && b.wdWeek === undefined && a.wdMode === 'near' && b.wdMode === 'near' && ra.start !== undefined && rb.start !== undefined && rb.start < ra.start) {
        const later = addDays({ year: ref.year, month: ref.month, day: ref.day }, 7);
        rb = resolvePoint(b, { ...ref, year: later.year, month: later.month, day: later.day }, useCtx);
      }
      value = { from: ra.value, to: rb.value };
      detail = detailOf(ra, a, rb);
      main = rb;
      // `từ 7h30 đến 10h30 ngày 8/12`: a range of hours within one day names that day for a later
      // `cùng ngày` (`lúc 10h30 cùng ngày`) (phonor: funeral timetables).
      if (ra.y !== undefined && ra.y === rb.y && ra.m === rb.m && ra.d !== undefined && ra.d === rb.d) oneDay = true;
    } else {
      const r = resolvePoint(p.pt, comparedTo(doc.lower, p, start, end, sentence, period) ?? ref, useCtx);
      value = r.value;
      detail = detailOf(r, p.pt);
      main = r;
    }
    // A period after a comparison (`so với năm 2023`, `so với cùng kỳ năm trước`) is what the
    // sentence compares with, not its subject: no period to count from.
    if (compareBefore(doc.lower, start)) {
      // (keep the period named before)
    } else if (p.pt.rel === undefined && !p.to && main && main.y !== undefined) {
      const g = main.grain;
      if (g === 'year' || g === 'half' || g === 'quarter' || g === 'month') {
        period = { sentence, y: main.y, m: g === 'month' ? main.m : undefined, q: g === 'quarter' ? p.pt.q : undefined };
      }
    } else if (p.pt.months && typeof value === 'object') {
      period = { sentence, y: Number(value.from.slice(0, 4)), m: undefined, q: undefined };
    }
    if ((!p.to || oneDay) && main && main.d !== undefined && main.m !== undefined && main.y !== undefined && (main.grain === 'day' || main.grain === 'partOfDay' || main.grain === 'minute')) {
      if (ref !== undefined && main.y === ref.year) (refDays ??= new Set()).add(main.m * 100 + main.d);
      // (`trưa 20/1 (giờ Mỹ), tức rạng sáng 21/1 (giờ Việt Nam)`: a gloss after `tức` restates the day just
      // named in another clock or calendar; `chiều cùng ngày` later is the day the story is told in (pwhole4).)
      if (!(lastDay !== undefined && lastDay.line === line && wordBefore(doc.lower, start) === 'tức')) {
        const hp = oneDay && p.to ? p.to : p.pt;
        lastDay = { y: main.y, m: main.m, d: main.d, line, hh: main.grain === 'minute' && hp.hh !== undefined ? hp.hh * 60 + (hp.mi ?? 0) : undefined };
      }
    }
    if (dayFilled) detail.filled = ['year', 'month', 'day'];
    const fields: Candidate<'date'>['fields'] = { value };
    if (p.mod) fields.mod = p.mod;
    if (hasKeys(detail)) fields.detail = detail;
    out.push({ type: 'date', start, end, fields });
    // Update the year context.
    if (main && main.yearStated && main.y !== undefined && !main.filled.includes('year')) {
      const opens = sentence >= 0 && doc.sentences[sentence]!.start === start;
      // A relative month or day in mid-sentence (`vào tháng 9 năm ngoái, …`) sets no narrative year.
      const weakRelative = main.relative && main.grain !== 'year' && !opens;
      // A year after the reference year is a plan or a deadline, not the narrative's time.
      const future = ref !== undefined && main.y > ref.year;
      if (
        !weakRelative &&
        !NO_CONTEXT_BEFORE.has(wordBefore(doc.lower, start)) &&
        !(main.grain === 'year' && !p.to && doc.text.charCodeAt(start) >= 48 && doc.text.charCodeAt(start) <= 57 && EVENT_NAME_BEFORE.has(wordBefore(doc.lower, start))) &&
        // The date of a cited document (`Chỉ thị 16/CT-TTg ngày 31/3/2020`) sets no narrative time.
        !documentBefore(doc.text, start) &&
        !anniversaryBefore(doc.lower, start)
      ) {
        const opensSentence = sentence >= 0 && (doc.sentences[sentence]!.start === start || (main.grain === 'year' && leadInBefore(doc.lower, doc.sentences[sentence]!.start, start, end)));
        const fine = opensSentence || main.grain === 'day' || main.grain === 'month' || main.grain === 'minute' || main.grain === 'partOfDay';
        // A range of years closing an apposition on a person is background (`X, người cầm quyền từ năm
        // 1980 đến năm 1988, qua đời sáng 23/11`: a tenure), not the time a later bare day is in; the
        // apposition may name a long post (`X (62 tuổi), người từng giữ chức Chủ tịch HĐQT Công ty … trong
        // giai đoạn 2012 - 2018, bị khởi tố ngày 8/1`), within its sentence.
        const weak = !fine && main.grain === 'year' && (p.to ? !opensSentence && doc.text.charCodeAt(end) === 44 && doc.lower.slice(Math.max(0, start - 120, sentence >= 0 ? doc.sentences[sentence]!.start : 0), start).includes(', người ') : !p.mod && !TIME_PREP.has(wordBefore(doc.lower, start)));
        const background = !opensSentence && backgroundBefore(doc.lower, start);
        ctx = { year: main.y, month: fine ? main.m : undefined, sentence, line, fine: fine && !future && !background, weak };
        if (weak && !p.to && DIVIDEND_BEFORE.test(doc.lower.slice(Math.max(0, start - 8), start))) ctx.dividend = true;
        if (!p.to && p.mod === 'END' && main.grain === 'year') ctx.yearEnd = true;
        // `Riêng tháng 12/2020, … ¶ Tính từ đầu tháng 1, …` in a January article: a past December closes its
        // year like `Cuối năm 2020`; a first-half month told next is in the following year (pwhole4).
        else if (!p.to && main.grain === 'month' && main.m === 12 && ref !== undefined && main.y < ref.year) ctx.yearEnd = true;
        const academic = p.to ? academicStart(value, doc.lower, start, end) : undefined;
        if (academic !== undefined) {
          ctx.academic = academic;
          if (ADMISSION_BEFORE.test(doc.lower.slice(Math.max(0, start - 60), start))) ctx.admission = true;
        }
      }
    } else if (main && useCtx && ctx && main.filled.includes('year')) {
      // The narrative goes on in the context year.
      ctx = { ...ctx, line };
    }
  }
  return out;
}

/** An attack's noun right before a bare `11/9` (or `ngày 11/9`) in a sentence that names terrorism (`khủng bố`). */
const NINE_ELEVEN_BEFORE = /(?:sự kiện|vụ khủng bố|vụ tấn công(?: khủng bố)?|cuộc tấn công(?: khủng bố)?|các vụ tấn công(?: khủng bố)?|thảm kịch) (?:ngày )?$/u;
function nineElevenBefore(doc: Doc, start: number, sentence: number): boolean {
  if (sentence < 0) return false;
  const head = doc.lower.slice(Math.max(0, start - 32), start);
  if (!NINE_ELEVEN_BEFORE.test(head)) return false;
  const sn = doc.sentences[sentence]!;
  return doc.lower.slice(sn.start, sn.end).includes('khủng bố');
}

/** The rest of the line after `end` carries a photo credit (`Ảnh: X`, `(Ảnh: Reuters)`): a caption. */
function captionAfter(text: string, end: number): boolean {
  let e = text.indexOf('\n', end);
  if (e < 0) e = text.length;
  if (e - end > 300) return false;
  const rest = text.slice(end, e);
  return rest.includes('Ảnh:') || rest.includes('(Ảnh') || rest.includes('Ảnh minh họa');
}

/**
 * A year set off by commas right after a short lead-in that opens the sentence (`Theo cáo trạng, năm
 * 2017, ...`, `Trước đó, năm 2018, ...`): it opens the sentence's story as a sentence-opening year does.
 */
function leadInBefore(lower: string, sentStart: number, start: number, end: number): boolean {
  if (start - sentStart > 40 || lower.charCodeAt(start - 2) !== 44 || lower.charCodeAt(start - 1) !== 32 || lower.charCodeAt(end) !== 44) return false;
  const lead = lower.slice(sentStart, start - 2);
  if (lead.includes(',') || lead.includes('"')) return false;
  let words = 1;
  for (let i = 0; i < lead.length; i++) if (lead.charCodeAt(i) === 32) words++;
  return words <= 5;
}

/** Recognizer for `date` entities (see ENTITIES.md). */
export const dateRecognizer: Recognizer<'date'> = {
  type: 'date',
  recognize(doc: Doc) {
    return recognizeDates(doc);
  },
};

export type { Parsed };
