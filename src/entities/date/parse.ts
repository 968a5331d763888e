/**
 * Token-level parser of Vietnamese date expressions. It proposes, at number and
 * keyword tokens only, the longest date expression starting there, as a `Pt` (a point
 * or period with the parts the text states) or a range of two. Resolution against
 * context and the reference date happens in ./resolve.ts.
 *
 * Every rule looks at a bounded number of tokens after its start, so the whole pass
 * is linear in the number of tokens.
 */
import type { Doc } from '../../doc.js';
import type { Token } from '../../tokenize/index.js';
import { parseRoman } from '../../numbers/index.js';
import { keywordBit, keywordIds, NUMBER_BIT, scanOf, type Scan } from '../../numbers/scan.js';
import { LowerWords } from '../../numbers/wordset.js';
import { dateDayNamedBodies, dateDocumentWords, dateQuantityWords } from '../../generated/lexicons.js';
import {
  DAY_CONTEXT_BEFORE,
  MONTH_NAMES,
  MONTH_NAMES_LOWER_OK,
  NUMBER_WORDS,
  POD1,
  POD2,
  REL_AFTER,
  SEASONS,
  WEEKDAYS,
  type PartOfDay,
} from './words.js';
import { validDay } from './calendar.js';
import { lazyRegExp } from '../../lazy-regexp.js';

// Letter tests around numbers, made at first use (see lazyRegExp): as literals in the
// methods below they were parsed again each time those methods were compiled.
const WORDISH_BEFORE = lazyRegExp(String.raw`[\p{L}\p{N}.,/-]`, 'u');
const WORDISH_AFTER = lazyRegExp(String.raw`[\p{L}\p{N}/-]`, 'u');
const LETTER_OR_DIGIT = lazyRegExp(String.raw`[\p{L}\p{N}]`, 'u');
const LETTER = lazyRegExp(String.raw`[\p{L}]`, 'u');

export type Grain = 'century' | 'decade' | 'year' | 'half' | 'quarter' | 'season' | 'month' | 'week' | 'day';

/** A point or period as the text states it. */
export interface Pt {
  grain: Grain;
  y?: number;
  m?: number;
  d?: number;
  /** Quarter 1-4, half 1-2, season code, decade (e.g. 196), century (e.g. 19). */
  q?: number;
  half?: number;
  season?: string;
  decade?: number;
  century?: number;
  bc?: boolean;
  /** Year relative to the reference year (`năm nay` 0, `năm ngoái` -1). */
  yRel?: number;
  /** Month relative to the reference month, for a day (`ngày 5 tháng tới`: +1). */
  mRel?: number;
  /** A lunar year named in the sexagenary cycle (`Tết Bính Ngọ`): (year - 4) mod 60. */
  cycle?: number;
  /** Whole point relative to the reference date, at `grain` (`hôm qua`: day -1). */
  rel?: number;
  /** Weekday (1 = Monday) and how it is anchored. */
  wd?: number;
  wdMode?: 'past' | 'next' | 'near';
  /** Week offset for a weekday anchored on a relative week (`thứ năm tuần tới`). */
  wdWeek?: number;
  /** `vừa qua` / `tới`: the point lies before / after the reference date. */
  dir?: -1 | 1;
  /** A listed day's year follows the list's end: the day `dir` compares with the reference (`ngày 24 và 25/11 tới`). */
  dirDay?: number;
  hh?: number;
  mi?: number;
  pod?: PartOfDay;
  /** `N tháng đầu/cuối năm`: a span of months. */
  months?: { from: number; to: number };
  lunar?: { month: number; day: number; leap?: boolean; last?: boolean };
  /** A month of the lunar calendar (`tháng 2 âm lịch`): a span of days, resolved from `m`. */
  lunarMonth?: boolean;
  /** A lunar day standing for a lunar month's end: its year is the reference's, not the nearest. */
  monthEnd?: boolean;
  /** The last day of its month (`ngày cuối cùng của tháng 6`), its day set when the year is known. */
  lastOfMonth?: boolean;
  /** The first or last such weekday (ISO 1-7) of its month (`thứ Hai đầu tiên của tháng 12`). */
  wdOfMonth?: { wd: number; last: boolean };
  /** Clock time without any date. */
  timeOnly?: boolean;
  /** A fiscal year (`năm tài chính 2021`). */
  fiscal?: boolean;
  /** Day relative to the day the text last named (`tối hôm trước`: -1). */
  narr?: number;
  /** A bare `ngày hôm sau` / `hôm sau` (no part of day): `narr` counts only from a day named in the same or the previous paragraph. */
  narrNear?: boolean;
}

/**
 * A point of one object shape: every field of `Pt`, in one order. The rules build their
 * most frequent points (a day, month or year stated by its numbers) as these;
 * recognizeDates gives every other point this shape too ({@link DatePoint.of}), so the
 * reads of a point's fields there and in ./resolve.ts are plain loads, not megamorphic
 * inline caches (literals of each rule's own fields made some forty shapes).
 */
export class DatePoint implements Pt {
  grain: Grain;
  y: number | undefined;
  m: number | undefined;
  d: number | undefined;
  q: Pt['q'] = undefined;
  half: Pt['half'] = undefined;
  season: Pt['season'] = undefined;
  decade: Pt['decade'] = undefined;
  century: Pt['century'] = undefined;
  bc: Pt['bc'] = undefined;
  yRel: Pt['yRel'] = undefined;
  mRel: Pt['mRel'] = undefined;
  cycle: Pt['cycle'] = undefined;
  rel: Pt['rel'] = undefined;
  wd: Pt['wd'] = undefined;
  wdMode: Pt['wdMode'] = undefined;
  wdWeek: Pt['wdWeek'] = undefined;
  dir: Pt['dir'] = undefined;
  dirDay: Pt['dirDay'] = undefined;
  hh: Pt['hh'] = undefined;
  mi: Pt['mi'] = undefined;
  pod: Pt['pod'] = undefined;
  months: Pt['months'] = undefined;
  lunar: Pt['lunar'] = undefined;
  lunarMonth: Pt['lunarMonth'] = undefined;
  monthEnd: Pt['monthEnd'] = undefined;
  lastOfMonth: Pt['lastOfMonth'] = undefined;
  wdOfMonth: Pt['wdOfMonth'] = undefined;
  timeOnly: Pt['timeOnly'] = undefined;
  fiscal: Pt['fiscal'] = undefined;
  narr: Pt['narr'] = undefined;
  narrNear: Pt['narrNear'] = undefined;
  constructor(grain: Grain, y?: number, m?: number, d?: number) {
    this.grain = grain;
    this.y = y;
    this.m = m;
    this.d = d;
  }

  /** `p` itself when it is a DatePoint, else a DatePoint with its fields. */
  static of(p: Pt): DatePoint {
    return p instanceof DatePoint ? p : Object.assign(new DatePoint(p.grain), p);
  }

  /** A DatePoint with the fields of `fields` (a rule's literal). */
  static from(fields: Pt): DatePoint {
    return Object.assign(new DatePoint(fields.grain), fields);
  }

  /** A DatePoint with the fields of `p`, then those of `more`. */
  static extend(p: Pt, more: Partial<Pt>): DatePoint {
    return Object.assign(new DatePoint(p.grain), p, more);
  }
}

export interface Parsed {
  /** Token range [first, last). */
  first: number;
  last: number;
  pt: Pt;
  to?: Pt;
  mod?: 'START' | 'MID' | 'END';
  /** A range joined by `đến` / `tới` (a `từ` before it belongs to the span). */
  wordRange?: boolean;
}

/**
 * Parse results are built by {@link parsed}: one object shape, every field present. The
 * rules and recognizeDates read their fields many times; literals of each rule's own
 * fields made eight shapes, and those reads went through megamorphic inline caches.
 */
function parsed(first: number, last: number, pt: Pt, to?: Pt, mod?: Parsed['mod'], wordRange?: boolean): Parsed {
  return { first, last, pt, to, mod, wordRange };
}

const MY_RE = /^(\d{1,2})\/(\d{4})$/;
/** `tháng 10.2025`, `quý 2.2025`: a month or quarter and its year joined by a dot (after the head word only). */
const MY_DOT_RE = /^(\d{1,2})\.((?:19|20)\d{2})$/;
const CLOCK_RE = /^(\d{1,2})[hHgG:](\d{2})?$/;

// Cheap shape checks before the regexes: most number tokens are plain figures, which
// none of them match. Each check only rejects strings its regex cannot match.
function sepAt1or2(s: string, a: number, b: number): boolean {
  const c1 = s.charCodeAt(1);
  const c2 = s.charCodeAt(2);
  return c1 === a || c1 === b || c2 === a || c2 === b;
}
/** sepAt1or2 on the text starting at `start` of `str`. */
function sepAt1or2At(str: string, start: number, a: number, b: number): boolean {
  const c1 = str.charCodeAt(start + 1);
  const c2 = str.charCodeAt(start + 2);
  return c1 === a || c1 === b || c2 === a || c2 === b;
}
/**
 * What `/^(\d{1,2})([/.])(\d{1,2})(?:\2(\d{4}|\d{2}))?$/.exec` gives (DM_RE, the grammar
 * dmExec reads): the whole, the day, the separator, the month, the year if any.
 */
type DayMonth = readonly [whole: string, day: string, sep: string, month: string, year: string | undefined];

function isDigitAt(s: string, k: number): boolean {
  const c = s.charCodeAt(k);
  return c >= 48 && c <= 57;
}

/**
 * DM_RE's match: `d/m`, `d/m/yy(yy)`, `d.m.yyyy`, read by hand (no match array from the
 * regex engine). The regex cannot backtrack into another reading: a day or month of two
 * digits given back leaves a digit where the separator or the end must be.
 */
function dmExec(s: string): DayMonth | null {
  const n = s.length;
  if (n < 3 || n > 10 || !isDigitAt(s, 0)) return null;
  const k = isDigitAt(s, 1) ? 2 : 1;
  const sep = s.charCodeAt(k);
  if (sep !== 47 && sep !== 46) return null;
  let e = k + 1;
  while (e < n && e < k + 3 && isDigitAt(s, e)) e++;
  if (e === k + 1) return null;
  if (e === n) return [s, s.slice(0, k), s.charAt(k), s.slice(k + 1, e), undefined];
  if (s.charCodeAt(e) !== sep) return null;
  const yl = n - e - 1;
  if (yl !== 4 && yl !== 2) return null;
  for (let q = e + 1; q < n; q++) if (!isDigitAt(s, q)) return null;
  return [s, s.slice(0, k), s.charAt(k), s.slice(k + 1, e), s.slice(e + 1)];
}
/** `MY_RE.exec`: `m/yyyy`. */
function myExec(s: string): RegExpExecArray | null {
  if (s.length < 6 || s.length > 7 || !sepAt1or2(s, 47, 47)) return null;
  return MY_RE.exec(s);
}
/** `CLOCK_RE.exec`: `14h30`, `8h`, `14:30`, `9g`. */
function clockExec(s: string): RegExpExecArray | null {
  if (s.length < 2 || s.length > 5) return null;
  const c1 = s.charCodeAt(1) | 32;
  const c2 = s.charCodeAt(2) | 32;
  // `|32` folds `H`/`G` to `h`/`g`, and `:` (58) to itself.
  if (c1 !== 104 && c1 !== 103 && c1 !== 58 && c2 !== 104 && c2 !== 103 && c2 !== 58) return null;
  return CLOCK_RE.exec(s);
}
/** Whether `lower[start, end)` may be a clock time (what clockExec checks first). */
function clockShape(lower: string, start: number, end: number): boolean {
  const n = end - start;
  if (n < 2 || n > 5) return false;
  const c1 = lower.charCodeAt(start + 1);
  if (c1 === 104 || c1 === 103 || c1 === 58) return true;
  if (n < 3) return false;
  const c2 = lower.charCodeAt(start + 2);
  return c2 === 104 || c2 === 103 || c2 === 58;
}
/** The value of `lower[start, end)` when it is one to four ASCII digits (`^\d{1,4}$`), else -1. */
function intAt(lower: string, start: number, end: number): number {
  const n = end - start;
  if (n === 0 || n > 4) return -1;
  let v = 0;
  for (let k = start; k < end; k++) {
    const c = lower.charCodeAt(k);
    if (c < 48 || c > 57) return -1;
    v = v * 10 + (c - 48);
  }
  return v;
}
/** Counted nouns after `quý 2-3` (`mỗi quý 2-3 lần`: a count, no range of quarters) and words before one (pmix3). */
const QUARTER_RANGE_NOT_BEFORE: ReadonlySet<string> = new Set(['lần', 'tháng', 'ngày', 'tuần', 'đợt', 'người', 'cuộc', 'vụ', 'kỳ', '%']);
const QUARTER_RANGE_NOT_AFTER: ReadonlySet<string> = new Set(['mỗi', 'hằng', 'hàng']);
const ROMAN_QUARTER: ReadonlyMap<string, number> = new Map([
  ['I', 1],
  ['II', 2],
  ['III', 3],
  ['IV', 4],
]);

const QUANTITY = new Set(dateQuantityWords);
const DOCUMENT = new Set(dateDocumentWords);
const YEAR_REJECT_BEFORE = new Set([
  'khoảng',
  'gần',
  'hơn',
  'trên',
  'dưới',
  'tổng',
  'số',
  'mã',
  'top',
  'hạng',
  'thứ',
  'lúc',
  'đạt',
  'gồm',
  'mất',
  'còn',
  'chỉ',
  'tăng',
  'giảm',
  'cao',
  'dài',
  'rộng',
  'nặng',
  'xuống',
  'lên',
  'độ',
  'phòng',
  'tầng',
  'km',
  'quốc lộ',
  'ql',
  'tỉnh lộ',
  'đường',
  'hotline',
  'model',
  'type',
  // A patient's number in Covid-19 reports (`Bệnh nhân 1979`, `BN 2001`, `ca bệnh 1980`): BN1900-BN2100 of early 2021 (pcovid2).
  'bệnh nhân',
  'bn',
  'ca bệnh',
]);
/** Heavenly stems and earthly branches (lowercase), for lunar years named `Bính Ngọ`. */
const CAN: readonly string[] = ['giáp', 'ất', 'bính', 'đinh', 'mậu', 'kỷ', 'canh', 'tân', 'nhâm', 'quý'];
const CHI: ReadonlyMap<string, number> = new Map([
  ['tý', 0],
  ['sửu', 1],
  ['dần', 2],
  ['mão', 3],
  ['mẹo', 3],
  ['thìn', 4],
  ['tỵ', 5],
  ['tị', 5],
  ['ngọ', 6],
  ['mùi', 7],
  ['thân', 8],
  ['dậu', 9],
  ['tuất', 10],
  ['hợi', 11],
]);
/** Words before `12/3` that make it a class or an address, not a date: `lớp 12/3`, `hẻm 12/5`. */
/** Classes, addresses and streets named by a number or a day (`lớp 12/3`, `hẻm 12/5`, `đường 3/2`, `phố 19/5`, `đại lộ 30/4`). */
const PLACE_NUMBER_BEFORE = new Set(['lớp', 'hẻm', 'ngõ', 'ngách', 'kiệt', 'kiốt', 'lô', 'căn', 'phòng', 'nhà', 'đường', 'phố', 'lộ']);
/** Second words of the two-word entries: a two-token phrase `X Y` can be one only when Y is. */
function secondWords(set: ReadonlySet<string>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const e of set) {
    const parts = e.split(' ');
    if (parts.length === 2) out.add(parts[1]!);
  }
  return out;
}
/** Heads of bodies named after a day (`Tổng công ty 3/2`, `Bệnh viện 30/4`: lexicons/date/day-named-bodies.txt), and their second words. */
const DAY_NAMED_BODIES: ReadonlySet<string> = new Set(dateDayNamedBodies);
const DAY_NAMED_SECOND = secondWords(DAY_NAMED_BODIES);
const DOCUMENT_SECOND = secondWords(DOCUMENT);
const YEAR_REJECT_SECOND = secondWords(YEAR_REJECT_BEFORE);
/** Nouns after `tuần trước` / `tuần sau` that make it "the week before/after <event>", not deictic. */
const BEFORE_EVENT = new Set(['dịp', 'khi', 'ngày', 'lễ', 'tết', 'kỳ', 'đợt', 'đó', 'đấy', 'nữa']);
/** First words of event nouns after `N ngày trước` (`trước đại hội`, `trước phiên họp`, `trước vụ ám sát`, `trước sự kiện`). */
/** Names of games and feasts after `N tháng trước` (`3 tháng trước Olympic Tokyo`): N months before them, no date ago. */
const EVENT_NAME_AFTER_COUNT: ReadonlySet<string> = new Set(['olympic', 'olympics', 'paralympic', 'asiad', 'euro', 'noel', 'thềm']);
const EVENT_NOUN_FIRST: ReadonlySet<string> = new Set(['đại', 'hội', 'cuộc', 'phiên', 'buổi', 'trận', 'chuyến', 'thời', 'hạn', 'lúc', 'giờ', 'vụ', 'sự']);
/** Words after a bare `năm` that make it no calendar year (`đầu năm mới`, `năm học`). */
// (`tài`: a fiscal year, `năm tài chính` / `năm tài khóa`, with no year stated is no calendar year (pearn).)
const NOT_YEAR_AFTER = new Set(['mới', 'học', 'nào', 'đó', 'ấy', 'tuổi', 'sinh', 'trước', 'sau', 'tới', 'qua', 'tài']);
/** Words before a bare clock time that make it a time of day (`lúc 8h`, `đến 2h`). */
const TIME_BEFORE = new Set(['lúc', 'vào', 'từ', 'đến', 'tới', 'khoảng', 'gần', 'sau', 'trước', 'hơn', 'chừng', 'tầm']);
/** Words before `(d/m)` that make the bracketed numbers a date: `hôm nay (1/10)`, `thứ Sáu tuần trước (6/6)`. */
const BRACKET_AFTER = new Set(['nay', 'qua', 'mai', 'này', 'tới', 'kia', 'trước', 'sau', 'sáng', 'trưa', 'chiều', 'tối', 'đêm']);
/** Nouns before a number that make it an ordinal (`lần 3`, `đợt 2`), not a count of what follows. */
// Also numbered places (`tại quận 12 sáng 25/6`, `phường 3 chiều 4/7`, `Km 12 tối 3/7`): the number names the place, no count.
const ORDINAL_BEFORE: ReadonlySet<string> = new Set(['lần', 'đợt', 'phiên', 'kỳ', 'vòng', 'lượt', 'mũi', 'trận', 'chặng', 'quận', 'phường', 'tổ', 'km', 'khu', 'lô', 'tầng', 'phòng']);
/** Nouns before `thứ N` that make it an ordinal (`Kỳ họp thứ 2`, `Hội nghị lần thứ 3`), not a weekday. */
const ORDINAL_NOUN: ReadonlySet<string> = new Set(['lần', 'đợt', 'kỳ', 'vòng', 'lượt', 'mũi', 'trận', 'chặng', 'họp', 'nghị', 'hội', 'khóa']);
/** `DAY_CONTEXT_BEFORE` words that frame a date only loosely: `sau 6/12 lần` is a count. */
/** Words before `hôm` / `ngày` that count days or make them plural (`vài hôm sau`, `những ngày hôm trước`). */
const HOM_COUNTS: ReadonlySet<string> = new Set(['vài', 'mấy', 'dăm', 'những', 'các', 'mọi', 'nhiều', 'ít', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mỗi', 'từng']);
const WEAK_DAY_HEAD: ReadonlySet<string> = new Set(['sau', 'trước', 'qua', 'từ', 'đến', 'tới', 'hết', 'kể', 'tính', 'nay', 'mai', 'phiên', 'chót']);
/** Holidays named with their day, without `ngày`: `Quốc khánh 2/9`, `Tết Dương lịch 1/1`. */
const HOLIDAY_BEFORE: ReadonlySet<string> = new Set(['quốc khánh', 'tết dương lịch', 'quốc tế lao động', 'quốc tế thiếu nhi']);
/** The last words of HOLIDAY_BEFORE's names. */
const HOLIDAY_LAST = new LowerWords([...HOLIDAY_BEFORE].map((p) => p.slice(p.lastIndexOf(' ') + 1)));
/** National holidays written day-month with the day not above the month (day * 100 + month): 1-1, 3-2, 8-3, 1-5, 7-5, 1-6, 2-9, 10-10. */
const HOLIDAY_DM: ReadonlySet<number> = new Set([101, 302, 803, 105, 705, 106, 209, 1010]);
/** Units counted per day (`uống ngày 1-5 lần`): after them a holiday's numbers are a count. */
const PER_DAY_UNIT: ReadonlySet<string> = new Set(['lần', 'giờ', 'tiếng', 'phút', 'viên', 'cốc', 'ly', 'bữa', 'chuyến', 'km', 'kg']);
/** Plans named by their period: a four-digit year after them is a year (`Kế hoạch 2021-2025`). */
const PLAN_BEFORE: ReadonlySet<string> = new Set(['kế hoạch', 'đề án', 'chương trình']);
/** Words after `ngày` that make no day's name (`ngày càng`, `ngày nay`). */
const NOT_DAY_NAME: ReadonlySet<string> = new Set(['càng', 'nay', 'xưa', 'đêm', 'trước', 'sau', 'thường', 'mai', 'hôm', 'công', 'làm', 'có', 'là']);
/** Words after `tới` that make it the verb `go to` (a visit), not `coming`, after a date (pmix3). */
const TOI_VERB_NEXT: ReadonlySet<string> = new Set(['thăm', 'dự', 'tham', 'làm', 'gặp', 'viếng', 'dâng', 'chúc', 'kiểm', 'khảo', 'thị', 'vùng', 'khu', 'thủ', 'trụ', 'biên', 'nơi', 'tiền']);
/** Words opening a range's right end after `từ <day> tới` (`từ ngày 15/5 tới cuối năm`). */
const TOI_RANGE_END: ReadonlySet<string> = new Set(['cuối', 'đầu', 'giữa', 'tháng', 'quý']);
/** Words after `ngày <name> d/m` that let the date close its phrase. */
const AFTER_NAMED_DAY: ReadonlySet<string> = new Set(['và', 'tới', 'sắp', 'này', 'năm', 'vừa', 'hằng', 'hàng']);
/** `thượng tuần` / `trung tuần` / `hạ tuần` (first, middle, last ten days of a month). */
const TEN_DAYS: ReadonlyMap<string, 'START' | 'MID' | 'END'> = new Map([
  ['thượng', 'START'],
  ['trung', 'MID'],
  ['hạ', 'END'],
]);
/** First syllables of compound nouns ending in `hàng` (`ngân hàng`, `giao hàng`, `khách hàng`): that
 * `hàng` is no `hàng tháng` / `hàng ngày` (monthly, daily) before a dated period word. */
const HANG_NOUN: ReadonlySet<string> = new Set([
  'ngân', 'khách', 'cửa', 'giao', 'đơn', 'mặt', 'bán', 'mua', 'nhà', 'lô', 'đặt', 'xuất', 'nhập', 'nguồn',
  'chuyến', 'kho', 'gian', 'quầy', 'chủ', 'bạn', 'tiền',
]);
const VAGUE_BEFORE = new Set(['ít', 'mấy', 'những', 'các', 'nhiều', 'bao', 'vài', 'mọi', 'hàng', 'hằng', 'mỗi', 'từng', 'suốt']);

const POD2_FIRST: ReadonlySet<string> = new Set([...POD2.keys()].map((k) => k.split(' ')[0]!));

/** The words point() has a case for. */
const POINT_CASES: readonly string[] = [
  'đầu',
  'giữa',
  'cuối',
  'ngày',
  'hôm',
  'mồng',
  'mùng',
  'rằm',
  'tháng',
  'năm',
  'quý',
  'nửa',
  'thập',
  'những',
  'thế',
  'mùa',
  'tài',
  'niên',
  'hè',
  'thứ',
  'chủ',
  'tuần',
  'buổi',
  'thượng',
  'trung',
  'hạ',
  'q1',
  'q2',
  'q3',
  'q4',
  'h1',
  'h2',
];
/**
 * Every word point() dispatches on: its cases and the words its default branch reads
 * (anything else gives no point).
 */
const POINT_WORD_LIST: readonly string[] = [...POINT_CASES, ...POD1.keys(), ...POD2_FIRST, ...NUMBER_WORDS.keys()];
/**
 * POINT_WORD_LIST looked up by offsets: it hands back the constant string, so no slice
 * is made per token and the switch compares interned strings.
 */
const POINT_WORDS = new LowerWords(POINT_WORD_LIST);

/**
 * Lower-case words that may follow a day and month written with a dash or a dot (`ngày
 * 26-4 tới`, `sáng 30-4 tại`): anything else (`ngày 2-3 lần`, `tối 3-4 người`) is a count.
 */
const DM_FOLLOW: ReadonlySet<string> = new Set([
  'tới', 'vừa', 'này', 'năm', 'và', 'đến', 'tại', 'ở', 'khi', 'sau', 'trước', 'hoặc', 'lúc', 'đã', 'sẽ', 'là', 'với',
  'của', 'cho', 'thì', 'mới', 'các', 'hay', 'được', 'bị', 'theo', 'trong', 'nhưng', 'cũng', 'vẫn', 'để', 'ông', 'bà',
  'anh', 'chị', 'nhiều', 'mọi', 'đoàn', 'cơ', 'lực', 'sắp', 'hằng', 'hàng', 'đều', 'nhằm', 'do', 'tiếp', 'chính',
]);

/** Nouns that a date may precede but that, after `sáng nay 2-3`, make the pair a count (`2-3 đoàn khách`). */
const COUNTED_AFTER_PAIR: ReadonlySet<string> = new Set(['đoàn', 'cơ', 'lực']);

/** After `tính chung` / `bình quân` / `lũy kế N tháng`: what makes the count a report's period. */
const REPORT_PERIOD_AFTER: ReadonlySet<string> = new Set([',', ';', ':', 'tăng', 'giảm', 'đạt', 'ước', 'so']);
/** Words before a count that make `N tháng năm 2020` a duration in that year, not its first N months. */
/** Words before `N giờ (M phút)` that make it a duration (`kéo dài`, `mất`, `kỷ lục`, `thời gian`, `liên tục`). */
const TIME_DURATION_BEFORE: ReadonlySet<string> = new Set(['dài', 'mất', 'lục', 'gian', 'suốt', 'trong', 'tục']);
/** Of those, the ones that keep `N giờ` a duration even before a day (`kéo dài 4 giờ hôm 23/12`). */
const TIME_DURATION_STRONG: ReadonlySet<string> = new Set(['dài', 'mất', 'lục', 'suốt', 'tục']);
/** Qualifiers between such a word and the count (`kéo dài gần 4 giờ`). */
const TIME_QUALIFIERS: ReadonlySet<string> = new Set(['gần', 'khoảng', 'hơn', 'chừng', 'trên', 'tròn']);
/** Parts of day in their order through a day. */
const POD_ORDER: readonly PartOfDay[] = ['MO', 'MI', 'AF', 'EV', 'NI'];
/** Before `N tháng Chạp` / `N tháng M âm lịch`, words of duration (`mất 3 tháng Chạp`: three months). */
const LUNAR_DAY_DURATION_BEFORE: ReadonlySet<string> = new Set(['sau', 'vòng', 'mất', 'dài', 'được', 'suốt', 'mỗi', 'thêm', 'trong']);
/** Before `N Tết` (N below 29), the qualifiers of a count of Tết holidays (`hơn 25 Tết xa quê`). */
const TET_DAY_COUNT_BEFORE: ReadonlySet<string> = new Set(['hơn', 'gần', 'khoảng', 'suốt', 'qua', 'mấy', 'chừng', 'ngót', 'ăn']);
const COUNT_DURATION_BEFORE: ReadonlySet<string> = new Set(['sau', 'vòng', 'mất', 'dài', 'hơn', 'gần', 'khoảng', 'được', 'suốt', 'mỗi', 'cách', 'tới', 'đến', 'thêm', 'chừng', 'ngoài']);

/** Words at which an expression can start (anything else is skipped at once): `từ` and the point words. */
const START_WORDS: ReadonlySet<string> = new Set(['từ', ...POINT_WORD_LIST]);

/** The tokens after a plain figure that some rule of numberStart reads (see figureMayStart). */
const FIGURE_NEXT = new LowerWords(['tết', 'giờ', '-', 'đến', 'tới', ',', 'và', 'tháng', 'ngày', 'tuần', 'năm', 'quý', 'tcn', 'trước']);

/** NUMBER_WORDS' keys, tested by offsets. */
const NUMBER_WORD_LOOKUP = new LowerWords(NUMBER_WORDS.keys());

/** START_WORDS' bit in the shared token scan (number tokens are listed there too). */
const START_BIT = keywordBit(START_WORDS);

/**
 * Start words at which point() gives nothing unless the next token is one of a few
 * words, as the first test of the rule it calls says: a number word needs a period
 * noun (countStart), `trung`/`thượng`/`hạ` need `tuần` (tenDays), `những` needs `năm`
 * (decadeNhung), `chủ` needs `nhật` (weekday), `thế` needs `kỷ` (century), `tài` needs
 * `khóa` (fiscal), a word that only opens a two-word part of day (`gần trưa`) needs
 * its second word, `thứ` needs a weekday (weekday: `thứ trưởng` is none), `tuần` needs
 * `đầu`, `cuối` or a relative word (week). Most of these words are something else in
 * running text (`một`, `trung`, `chủ`, `những`, `thứ`), so parseAll tests the next token
 * before calling expr().
 */
const NEXT_REQUIRED: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, readonly string[]>();
  const periods = ['tháng', 'ngày', 'tuần', 'năm', 'quý'];
  const cases = new Set(POINT_CASES);
  for (const w of NUMBER_WORDS.keys()) {
    if (!cases.has(w) && !POD1.has(w) && !POD2_FIRST.has(w)) m.set(w, periods);
  }
  for (const w of POD2_FIRST) {
    if (cases.has(w) || POD1.has(w) || NUMBER_WORDS.has(w)) continue;
    const seconds: string[] = [];
    for (const k of POD2.keys()) if (k.startsWith(w + ' ')) seconds.push(k.slice(w.length + 1));
    m.set(w, seconds);
  }
  m.set('trung', ['tuần']);
  m.set('thượng', ['tuần']);
  m.set('hạ', ['tuần']);
  m.set('những', ['năm']);
  m.set('chủ', ['nhật']);
  m.set('thế', ['kỷ', 'kỉ']);
  m.set('tài', ['khóa']);
  m.set('niên', ['độ']);
  m.set('thứ', [...WEEKDAYS.keys()]);
  m.set('tuần', ['đầu', 'cuối', ...REL_AFTER.keys()]);
  return m;
})();

/**
 * Words whose expression starts with a point at the next token: `từ` (expr reads `từ` and a
 * point), `đầu`, `giữa`, `cuối` (point() reads a point after them). With no point there
 * nothing starts, except after an edge word: `năm`, `tháng`, `tuần` (`cuối năm`, `đầu
 * tháng`, `cuối tuần qua`), `giờ` (`đầu giờ chiều`) and `trưa` (`giữa trưa`). In running
 * text most of them start nothing (`từ đó`, `đầu tư`, `cuối cùng`, `giữa hai`), and
 * parseAll tells so from the scan before calling expr() (see pointMayFollow).
 */
const POINT_HEADS = ['từ', 'đầu', 'giữa', 'cuối'];
/** Words before `đầu` / `cuối` + `ngày D/M` that make it the day's start / end ('' = text start). */
const DAY_EDGE_PREV: ReadonlySet<string> = new Set(['', '.', ',', ':', '(', 'trước', 'đến', 'tới', 'từ', 'vào', 'hết', 'sau', 'trong', 'tính']);
/** After an edge word (not `từ`), the words point() reads even when no point starts there. */
const EDGE_FALLBACK = ['năm', 'tháng', 'tuần'];

/**
 * NEXT_REQUIRED by the shared scan's keyword ids, rebuilt when those change: each list as
 * a word set, so the next token is tested with one lookup rather than one compare a word.
 */
let nextRequiredGen = -1;
let nextRequiredById: (LowerWords | undefined)[] = [];
/**
 * By keyword id (same generation as nextRequiredById): 1 for `từ`, 2 for an edge word of
 * POINT_HEADS, 4 for an edge's fallback word (EDGE_FALLBACK).
 */
let headById = new Uint8Array(0);
const HEAD_TU = 1;
const HEAD_EDGE = 2;
const HEAD_FALLBACK = 4;
function nextRequiredTable(generation: number): (LowerWords | undefined)[] {
  if (generation !== nextRequiredGen) {
    const k = keywordIds();
    headById = new Uint8Array(k.size);
    for (const w of POINT_HEADS) {
      const id = k.idOf(w);
      if (id >= 0) headById[id] = w === 'từ' ? HEAD_TU : HEAD_EDGE;
    }
    for (const w of EDGE_FALLBACK) {
      const id = k.idOf(w);
      if (id >= 0) headById[id]! |= HEAD_FALLBACK;
    }
    const table = new Array<LowerWords | undefined>(k.size).fill(undefined);
    // One set per distinct list (the number words share theirs).
    const sets = new Map<readonly string[], LowerWords>();
    for (const [w, next] of NEXT_REQUIRED) {
      const id = k.idOf(w);
      if (id < 0) continue;
      let set = sets.get(next);
      if (set === undefined) {
        set = new LowerWords(next);
        sets.set(next, set);
      }
      table[id] = set;
    }
    nextRequiredById = table;
    nextRequiredGen = k.generation;
  }
  return nextRequiredById;
}

/** Parser state over one document. */
export class DateParser {
  private readonly toks: readonly Token[];
  private readonly lower: string;
  private readonly text: string;
  /** Parsing the right end of a range (a bare `1/5` needs no other context). */
  private rightEnd = false;

  private readonly doc: Doc;

  constructor(doc: Doc) {
    this.doc = doc;
    this.toks = doc.tokens;
    this.text = doc.text;
    this.lower = doc.lower;
  }

  /** Lowercase text of token i ('' out of range). */
  w(i: number): string {
    if (i < 0 || i >= this.toks.length) return '';
    const t = this.toks[i]!;
    return this.lower.slice(t.start, t.end);
  }
  /**
   * Token i's lowercase text is `word` (false out of range), tested without slicing.
   * (A negative index is not read from the array: `toks[-1]` is a named property lookup,
   * which turned the load's inline cache megamorphic, and every `is` slow.)
   */
  is(i: number, word: string): boolean {
    const t = i >= 0 ? this.toks[i] : undefined;
    return t !== undefined && t.end - t.start === word.length && this.lower.startsWith(word, t.start);
  }
  tok(i: number): Token | undefined {
    return this.toks[i];
  }
  /** Token i follows token i-1 with no space. */
  tight(i: number): boolean {
    const t = this.toks[i];
    return !!t && !t.spaceBefore;
  }
  /**
   * A period noun at i glued after `/` that follows no number is a per-unit tail
   * (`9-11%/năm sau ưu đãi`, `đồng/tháng trước đó`): no relative date starts there (pprop).
   */
  perUnit(i: number): boolean {
    return this.is(i - 1, '/') && this.tight(i - 1) && this.tight(i) && !this.isNum(i - 2);
  }
  /** `đến nay`, `tới nay`, `đến hiện nay`, `nay` at token i: a span running to now. */
  toNow(i: number): boolean {
    if (this.is(i, 'nay')) return true;
    if (!this.is(i, 'đến') && !this.is(i, 'tới')) return false;
    return this.is(i + 1, 'nay') || (this.is(i + 1, 'hiện') && this.is(i + 2, 'nay')) || (this.is(i + 1, 'thời') && this.is(i + 2, 'điểm') && this.is(i + 3, 'này'));
  }
  /**
   * The relative offset of the word at token k after a period noun (`năm tới` +1), but none
   * for `tới` in `tới nay` (`từ đầu năm tới nay`: up to now, not next year).
   */
  relAt(k: number): number | undefined {
    if (this.is(k, 'tới') && this.toNow(k)) return undefined;
    return REL_AFTER.get(this.w(k));
  }
  isNum(i: number): boolean {
    return this.toks[i]?.kind === 'number';
  }
  int(i: number): number | null {
    const t = this.toks[i];
    if (!t || t.kind !== 'number') return null;
    const v = intAt(this.lower, t.start, t.end);
    return v < 0 ? null : v;
  }
  /** A number written in digits or (1-10) in words. */
  count(i: number): number | null {
    if (this.toks[i + 1]?.lineStart) return null;
    const n = this.int(i);
    if (n !== null) return n;
    const t = this.toks[i];
    if (t === undefined) return null;
    const w = NUMBER_WORD_LOOKUP.get(this.lower, t.start, t.end);
    return w === undefined ? null : NUMBER_WORDS.get(w)!;
  }

  /** Token i is a number ending a name or code glued to it by a hyphen (`SARS-CoV-2 ngày 29/4`, `Covid-19 tháng 3`, `Su-30 năm 2021`): no count. */
  codeSuffix(i: number): boolean {
    const t = this.toks[i];
    // (No negative index read: see is.)
    const dash = i >= 1 ? this.toks[i - 1] : undefined;
    const head = i >= 2 ? this.toks[i - 2] : undefined;
    return t !== undefined && t.kind === 'number' && !t.spaceBefore && dash?.text === '-' && !dash.spaceBefore && head?.kind === 'word';
  }

  /**
   * Token i is the second number of a score (`thắng 3-1 chiều 4/4`, `hòa 0-0 tối qua`, `thua 0-1 ngày
   * 7/9`): digits after a dash after digits that do not rise, or rise from 0. No count of the noun
   * after it; a rising pair stays a count (`2-3 ngày`, `trong 1-2 tháng tới`).
   */
  scoreSuffix(i: number): boolean {
    const t = this.toks[i];
    const dash = i >= 1 ? this.toks[i - 1] : undefined;
    const a = i >= 2 ? this.toks[i - 2] : undefined;
    if (t === undefined || t.kind !== 'number' || dash?.text !== '-' || a === undefined || a.kind !== 'number') return false;
    if (!/^\d{1,2}$/u.test(t.text) || !/^\d{1,2}$/u.test(a.text)) return false;
    const x = Number(a.text);
    return x === 0 || x >= Number(t.text);
  }

  /** Token i is a small count making the next noun a duration (`3 ngày`), not a document number (`số 649 năm 2014`). */
  durationCount(i: number): boolean {
    const n = this.count(i);
    if (n === null || n > 60) return false;
    const t = this.toks[i]!;
    if (this.codeSuffix(i) || this.scoreSuffix(i)) return false;
    // `đầu tư`, `hạng Ba`, `thứ hai`; a capital at a sentence's start is no name (`Hai ngày 3 và 4/5`).
    const initial = t.lineStart || this.is(i - 1, '.') || this.is(i - 1, '!') || this.is(i - 1, '?');
    if (t.kind === 'word' && ((t.cap && !initial) || this.is(i, 'tư') || this.is(i - 1, 'thứ') || this.is(i - 1, 'tháng'))) return false;
    // An ordinal, not a count: `lần 2 ngày 5/5`, `đợt 1 ngày 12/3`, `Kỳ họp thứ 10 ngày 20/11`.
    if (this.is(i - 1, 'thứ') || ORDINAL_BEFORE.has(this.w(i - 1))) return false;
    // A number closing a capitalized name before a part of day names the thing, no count (`thủy điện Rào Trăng 3
    // rạng sáng 13/10`, `tàu Hải Đăng 3 sáng 12/4`; `Sa Pa 3 ngày 2 đêm` stays a count) (psoc5).
    const pv = i > 0 ? this.toks[i - 1] : undefined;
    if (t.kind === 'number' && pv !== undefined && pv.kind === 'word' && pv.cap && !pv.lineStart && i >= 2 && !this.is(i - 2, '.') && !this.is(i - 2, '!') && !this.is(i - 2, '?') && (this.is(i + 1, 'sáng') || this.is(i + 1, 'rạng') || this.is(i + 1, 'trưa') || this.is(i + 1, 'chiều') || this.is(i + 1, 'tối'))) return false;
    return !DOCUMENT.has(this.w(i - 1));
  }

  /**
   * Token k is a number closing a capitalized name (an edition: `SEA Games 30`, `ASIAD 18`) right before `năm`
   * and the single year at j, so `năm` heads that year and the number is no count (`sau SEA Games 30 năm 2019`);
   * not at a sentence's start, nor before a range (`KT-XH 5 năm 2021-2025` stays five years) (pfootball).
   */
  private editionBefore(k: number, j: number): boolean {
    const t = this.toks[k];
    const pv = k > 0 ? this.toks[k - 1] : undefined;
    if (t === undefined || t.kind !== 'number' || pv === undefined || pv.kind !== 'word' || !pv.cap || pv.lineStart) return false;
    if (this.is(k - 2, '.') || this.is(k - 2, '!') || this.is(k - 2, '?')) return false;
    const nx = this.toks[j + 1];
    return !(nx !== undefined && (nx.text === '-' || nx.text === '–' || nx.text === '/' || this.is(j + 1, 'đến') || this.is(j + 1, 'tới')));
  }

  /** Token i + 1's lowercase text is one of `words`. */
  private nextIsOneOf(i: number, words: LowerWords): boolean {
    const t = this.toks[i + 1];
    return t !== undefined && words.has(this.lower, t.start, t.end);
  }

  /** All parses in document order, non-overlapping, longest at each start. */
  parseAll(): Parsed[] {
    const out: Parsed[] = [];
    // Expressions start only at number tokens and START_WORDS: the shared scan lists them.
    const scan = scanOf(this.doc);
    const index = scan.index;
    const bits = scan.bits;
    const ids = scan.ids;
    const required = nextRequiredTable(scan.generation);
    const heads = headById;
    // Tokens before `next` belong to an expression already read.
    let next = 0;
    for (let k = 0; k < index.length; k++) {
      const i = index[k]!;
      if (i < next || (bits[k]! & (NUMBER_BIT | START_BIT)) === 0) continue;
      const id = ids[k]!;
      if (id >= 0) {
        const need = required[id];
        if (need !== undefined && !this.nextIsOneOf(i, need)) {
          next = i + 1;
          continue;
        }
        const head = heads[id]! & (HEAD_TU | HEAD_EDGE);
        if (head !== 0 && !this.pointMayFollow(i, k, scan, required, head === HEAD_EDGE)) {
          next = i + 1;
          continue;
        }
      }
      let r = this.expr(i);
      if (r && r.length === 1 && r[0]!.pt.fiscal) r = [this.fiscalYear(r[0]!)];
      // `ngày 5/9 hằng năm`, `tháng Giêng âm lịch hằng năm`: a day or month of every year, no date.
      if (r && r.length && this.yearlyAfter(r[r.length - 1]!.last)) {
        const kept = r.filter((p) => !yearless(p.pt) || (p.to !== undefined && !yearless(p.to)));
        // `tháng 7 và tháng 8 hằng năm`: the items listed before repeat too.
        let first = r[0]!.first;
        while (kept.length === 0 && out.length && yearless(out[out.length - 1]!.pt) && out[out.length - 1]!.last === first - 1 && this.listSep(first - 1)) first = out.pop()!.first;
        // `bắt đầu từ ngày 1/1 và kết thúc vào ngày 31/12 hằng năm`: the start repeats too.
        if (kept.length === 0 && out.length && yearless(out[out.length - 1]!.pt) && this.endsPeriodFrom(out[out.length - 1]!.last, first)) out.pop();
        if (kept.length === 0) {
          next = r[r.length - 1]!.last;
          continue;
        }
        r = kept;
      }
      if (r && r.length) {
        for (const p of r) out.push(p);
        next = r[r.length - 1]!.last;
      } else next = i + 1;
    }
    return out;
  }

  /**
   * Whether a point may start at token i + 1, after `từ` or an edge word at token i (entry k
   * of the scan; see POINT_HEADS): the next token is listed by the scan as a start (a
   * number or a point word) whose own next-token test (NEXT_REQUIRED) holds; after an edge
   * word, also one of its fallback words, `giờ` or `trưa`. When false, expr() at i gives
   * nothing.
   */
  private pointMayFollow(i: number, k: number, scan: Scan, required: readonly (LowerWords | undefined)[], edge: boolean): boolean {
    const k1 = k + 1;
    if (k1 < scan.index.length && scan.index[k1] === i + 1 && (scan.bits[k1]! & (NUMBER_BIT | START_BIT)) !== 0) {
      const id1 = scan.ids[k1]!;
      if (id1 < 0 || (edge && (headById[id1]! & HEAD_FALLBACK) !== 0)) return true;
      const need = required[id1];
      return need === undefined || this.nextIsOneOf(i + 1, need);
    }
    return edge && (this.is(i + 1, 'giờ') || this.is(i + 1, 'trưa'));
  }

  /**
   * A fiscal year whose end the text states right after it (`năm tài chính 2020-2021 của
   * Australia (kết thúc ngày 30/6)`): the twelve months it covers. Otherwise unchanged.
   */
  private fiscalYear(p: Parsed): Parsed {
    const a = p.pt;
    const b = p.to ?? p.pt;
    if (a.grain !== 'year' || b.grain !== 'year' || a.y === undefined || b.y === undefined) return p;
    for (let k = p.last; k < p.last + 8 && k < this.toks.length; k++) {
      if (this.toks[k]!.lineStart || this.is(k, '.')) return p;
      if (!this.is(k, 'kết') || !this.is(k + 1, 'thúc')) continue;
      let j = k + 2;
      if (this.is(j, 'vào')) j++;
      if (this.is(j, 'ngày')) j++;
      const dm = dmExec(this.toks[j]?.text ?? '');
      if (!dm || dm[2] !== '/' || dm[4] !== undefined) return p;
      const m = Number(dm[3]);
      if (m < 1 || m >= 12 || !validDay(undefined, m, Number(dm[1]))) return p;
      const y0 = p.to ? a.y : a.y - 1;
      if (b.y !== y0 + 1) return p;
      return parsed(p.first, p.last, new DatePoint('month', y0, m + 1), new DatePoint('month', b.y, m), p.mod, p.wordRange);
    }
    return p;
  }

  /**
   * The few tokens from `a` to `b` (one clause) say `kết thúc` / `đến`: a period's end follows its
   * start (`từ ngày 1/1 và kết thúc vào ngày 31/12`).
   */
  private endsPeriodFrom(a: number, b: number): boolean {
    if (b - a > 6) return false;
    let ends = false;
    for (let k = a; k < b; k++) {
      const t = this.toks[k]!;
      if (t.lineStart || this.is(k, '.') || this.is(k, ';')) return false;
      if ((this.is(k, 'kết') && this.is(k + 1, 'thúc')) || this.is(k, 'đến')) ends = true;
    }
    return ends;
  }

  /** Tokens j, j + 1 are `hằng năm` / `hàng năm` / `mỗi năm`: what comes before repeats every year. */
  private yearlyAfter(j: number): boolean {
    return this.is(j + 1, 'năm') && (this.is(j, 'hằng') || this.is(j, 'hàng') || this.is(j, 'mỗi'));
  }

  /** An expression (point or range) starting at token i. */
  expr(i: number): Parsed[] | null {
    const t = this.toks[i]!;
    if (t.kind === 'punct') return null;
    // `từ X đến Y`: từ belongs to the span only with both ends. Before a dash it belongs
    // to a range of two whole ends (`từ ngày 19/4 - 25/4`, `Từ năm 1963 - 1964`: the dash
    // stands for `đến`), not to a compact range whose first end borrows its month from
    // the second (`từ 2-3/5`, `từ ngày 24 - 27/4`).
    if (t.kind === 'word' && this.is(i, 'từ')) {
      const l = this.point(i + 1);
      if (!l) return null;
      // `Kể từ ngày 28/1 đến 18h ngày 16/2`: `kể từ` is framing, outside the span (ENTITIES.md), the range too.
      const framed = i > 0 && this.is(i - 1, 'kể');
      if (l.to && l.wordRange) return [framed ? l : withFirst(l, i)];
      const r = this.rangeTail(l, true);
      // `từ năm học 2025-2026`, `từ niên độ 2024-2025`: one school or fiscal year, a single end.
      const oneYear = (this.is(i + 1, 'năm') && (this.is(i + 2, 'học') || l.pt.fiscal === true)) || this.is(i + 1, 'niên');
      if (r) return framed || (this.is(l.last, '-') && (borrowsMonth(r.pt, r.to!) || oneYear)) ? [r] : [withFirst(r, i)];
      return [l];
    }
    const l = this.point(i);
    if (!l) return null;
    if (l.to) return [l];
    const r = this.rangeTail(l, false);
    // `nợ phát sinh trước ngày 10/6/2020 được cơ cấu đến hết ngày 31/12/2021`: a day that bounds
    // what comes before it opens no range with a later `đến` (pbiz5); a dash range stays.
    if (r && !(i > 0 && this.is(i - 1, 'trước') && !this.is(l.last, '-'))) return [r];
    // A list of quarters with the year at its tail: `quý I, II, III, IV năm 2020`.
    if (l.pt.grain === 'quarter' && l.pt.y === undefined && l.pt.yRel === undefined) return this.quarterList(l);
    return [l];
  }

  /** After a left end: a connector and a right end. */
  private rangeTail(l: Parsed, withTu: boolean): Parsed | null {
    let j = l.last;
    let dash = false;
    let het = false;
    if (this.is(j, '-')) {
      dash = true;
      j++;
      if (this.is(j, '-') && this.tight(j)) j++; // `2021--2026`
      if (this.is(j, '/') && this.tight(j)) j++; // `30/4-/1/5`
    } else if (this.is(j, 'đến') || this.is(j, 'tới')) {
      j++;
      if (this.is(j, 'hết')) {
        j++;
        het = true;
      }
    } else if (this.is(j, 'cho') && (this.is(j + 1, 'đến') || this.is(j + 1, 'tới'))) {
      // `từ 0h ngày 8/2 cho đến hết ngày 20/2`, `cho tới ngày 20/2`: `cho` before the connector.
      j += 2;
      if (this.is(j, 'hết')) {
        j++;
        het = true;
      }
    } else return null;
    if (!dash && !withTu && l.pt.grain !== 'day') {
      // `năm 2020 đến năm 2025` without từ is read as a range only between like ends.
    }
    this.rightEnd = true;
    let right: Parsed | null;
    try {
      right = this.point(j) ?? this.abbreviatedEnd(l.pt, j);
    } finally {
      this.rightEnd = false;
    }
    if (!right || right.to) return null;
    let a = l.pt;
    const b = right.pt;
    // `từ 8h đến 11h sáng mai`: a clock time before a dated one is on its day.
    if (a.timeOnly && !b.timeOnly && a.hh !== undefined && b.hh !== undefined && b.grain === 'day') a = onDayOf(a, b);
    // `từ thứ Hai đến thứ Sáu tuần sau`: the first weekday is in the week the second names.
    if (a.wd !== undefined && a.wdWeek === undefined && a.d === undefined && b.wd !== undefined && b.wdWeek !== undefined) {
      a = DatePoint.extend(a, { wdWeek: b.wdWeek, wdMode: b.wdMode });
    }
    // `Từ đầu năm đến ngày 15/3`, `từ tháng 2 đến hết ngày 10/4`: a longer period up to a day is
    // one range when `từ` and `đến` / `tới` frame it.
    // `từ ngày 15/7 đến hết năm 2021`: a day up to the end of a stated year, likewise (pbiz4).
    // `từ ngày 1/12/2021 đến hết tháng 5/2022`: a day up to the end of a stated month of a stated year (pbiz6).
    const dayToYear = withTu && het && a.grain === 'day' && a.hh === undefined && a.wd === undefined && !a.lunar && b.y !== undefined && (b.grain === 'year' ? (a.y === undefined || a.y <= b.y) : b.grain === 'month' && !b.months && !b.lunarMonth && b.m !== undefined && (a.y === undefined ? a.m !== undefined && a.m <= b.m : a.y < b.y || (a.y === b.y && a.m !== undefined && a.m <= b.m)));
    // `từ ngày 25/1 đến hết quý I/2021`, `từ ngày 1/3 đến hết 6 tháng đầu năm 2021`: a day up to the end of
    // a stated quarter or half that holds or follows it, likewise (ptet).
    const partEnd = b.grain === 'quarter' && b.q !== undefined ? b.q * 3 : b.grain === 'half' && b.half !== undefined ? b.half * 6 : 0;
    const dayToPart = withTu && het && partEnd > 0 && a.grain === 'day' && a.hh === undefined && a.wd === undefined && !a.lunar && a.m !== undefined && b.y !== undefined && (a.y === undefined ? a.m <= partEnd : a.y < b.y || (a.y === b.y && a.m <= partEnd));
    // `từ ngày 15/5 đến cuối năm`, `từ ngày 1/6 đến hết năm nay`: a day up to (the end of) its own year,
    // neither year stated, is one range too.
    const dayToThisYear = withTu && !dash && a.grain === 'day' && a.hh === undefined && a.wd === undefined && !a.lunar && a.y === undefined && a.yRel === undefined && a.m !== undefined && b.grain === 'year' && b.y === undefined && (b.rel === undefined || b.rel === 0) && (b.yRel === undefined || b.yRel === 0) && b.dir === undefined && !b.bc && !b.lunar;
    // `từ ngày 1/7 đến hết tháng 12`, `từ ngày 15/5 đến tháng 8`, `từ ngày 5/3 đến tháng 4/2021`: a day
    // up to a later month of the same year, stated at the right end or not at all, is one range too;
    // with `hết`, also up to the day's own month (`từ ngày 19/5 đến hết tháng 5`, pcovid2).
    const dayToMonth = withTu && !dash && a.grain === 'day' && a.hh === undefined && a.wd === undefined && !a.lunar && a.y === undefined && a.yRel === undefined && a.m !== undefined && b.grain === 'month' && !b.months && !b.lunarMonth && b.m !== undefined && (b.yRel === undefined || b.yRel === 0) && (a.m < b.m || (het && a.m === b.m));
    // `từ năm 2018 đến 6 tháng đầu năm 2020`, `từ năm 2019 đến quý II/2021`: a stated year up to a
    // half or quarter of a later stated year is one range when `từ` and `đến` / `tới` frame it (real-rb).
    const yearToPart = withTu && !dash && a.grain === 'year' && a.y !== undefined && !a.bc && (b.grain === 'half' || b.grain === 'quarter') && b.y !== undefined && a.y < b.y;
    if (!compatible(a, b) && !dayToYear && !dayToPart && !dayToMonth && !dayToThisYear && !yearToPart && !(withTu && !dash && b.grain === 'day' && b.hh === undefined && b.wd === undefined && (a.grain === 'month' || a.grain === 'year') && !a.months && !a.lunarMonth && !b.lunar)) return null;
    // `2086 - 1978`, `từ năm 2020 đến năm 2015`: stated years running back are no range.
    if (a.grain === 'year' && b.grain === 'year' && a.y !== undefined && b.y !== undefined && !a.bc && !b.bc && a.y > b.y) return null;
    if (a.timeOnly !== b.timeOnly) return null;
    if (!dash && !withTu && a.grain !== b.grain) return null;
    return parsed(l.first, right.last, a, b, l.mod);
  }

  /** A right end written short: `tháng 5-6`, `năm 1963 - 1964`. */
  private abbreviatedEnd(left: Pt, j: number): Parsed | null {
    const n = this.int(j);
    if (n === null) return null;
    if (left.grain === 'month' && !left.months && n >= 1 && n <= 12 && (left.m ?? 0) < n) {
      const p: Parsed = parsed(j, j + 1, new DatePoint('month', undefined, n));
      return this.yearTail(p);
    }
    if (left.grain === 'decade' && this.toks[j]!.text.length === 4 && n % 10 === 0 && n / 10 > (left.decade ?? 0)) {
      return parsed(j, j + 1, DatePoint.from({ grain: 'decade', decade: n / 10 }));
    }
    if (left.grain === 'year' && n >= 1000 && n <= 2200 && left.y !== undefined && n > left.y && this.toks[j]!.text.length === 4) {
      return parsed(j, j + 1, new DatePoint('year', n));
    }
    return null;
  }

  /** `quý I, II, III, IV năm 2020` -> four quarters sharing the tail year. */
  private quarterList(first: Parsed): Parsed[] {
    const items: Parsed[] = [first];
    let j = first.last;
    for (let k = 0; k < 4; k++) {
      if (!this.is(j, ',') && !this.is(j, 'và')) break;
      const q = ROMAN_QUARTER.get(this.toks[j + 1]?.text ?? '') ?? (this.int(j + 1) !== null && this.int(j + 1)! <= 4 ? this.int(j + 1)! : null);
      if (q === null || q < 1) break;
      // `quý I và 4 tháng năm 2021`: a count of months, not a quarter.
      if (this.is(j + 2, 'tháng') || this.is(j + 2, 'ngày') || this.is(j + 2, 'tuần')) break;
      const p: Parsed = parsed(j + 1, j + 2, DatePoint.from({ grain: 'quarter', q }));
      items.push(this.yearTail(p));
      j = items[items.length - 1]!.last;
      if (items[items.length - 1]!.pt.y !== undefined) break;
    }
    const lastPt = items[items.length - 1]!.pt;
    if (items.length > 1 && (lastPt.y !== undefined || lastPt.yRel !== undefined)) {
      for (const it of items) {
        if (it.pt.y === undefined && it.pt.yRel === undefined) {
          it.pt.y = lastPt.y;
          it.pt.yRel = lastPt.yRel;
        }
      }
    }
    return items;
  }

  /** A point expression at token i (may itself be a range, for `16-19/4`). */
  point(i: number): Parsed | null {
    const t = this.toks[i];
    if (t === undefined) return null;
    if (t.kind === 'number') return this.numberStart(i);
    const wi = POINT_WORDS.get(this.lower, t.start, t.end);
    if (wi === undefined) return null;
    switch (wi) {
      case 'đầu':
      case 'giữa':
      case 'cuối': {
        // `giữa trưa 20/7`: noon, a part of day of its own.
        if (wi === 'giữa' && this.is(i + 1, 'trưa')) return this.pod(i);
        // `bắt đầu năm 2022`, `khởi đầu tháng 7` (begins in ...): `đầu` ends the verb, no START there (pw12).
        // So does `ban đầu` (initially): `phê duyệt ban đầu năm 2016` is the year 2016 (pland).
        if (wi === 'đầu' && i > 0 && (this.is(i - 1, 'bắt') || this.is(i - 1, 'khởi') || this.is(i - 1, 'ban'))) return this.point(i + 1);
        // `đầu giờ chiều 26/4`, `cuối giờ sáng nay`: early / late in that part of day, in the span.
        if (wi !== 'giữa' && this.is(i + 1, 'giờ') && POD1.has(this.w(i + 2))) {
          const r = this.pod(i + 2);
          return r && !r.to ? withFirst(r, i) : null;
        }
        let r = this.point(i + 1);
        if (!r) {
          // `cuối năm`, `đầu tháng`: the current year / month.
          const u = this.w(i + 1);
          // A bare `cuối năm` goes on in the year the narrative states (`Năm 2020, … Cuối năm, …`),
          // else the reference year; `từ đầu năm đến nay` always counts to now.
          if (u === 'năm' && !this.isNum(i + 2) && (!NOT_YEAR_AFTER.has(this.w(i + 2)) || this.toNow(i + 2))) r = parsed(i + 1, i + 2, this.toNow(i + 2) ? DatePoint.from({ grain: 'year', yRel: 0 }) : new DatePoint('year'));
          else if (u === 'tháng' && !this.isNum(i + 2) && this.monthNumber(i + 2) === null) r = parsed(i + 1, i + 2, DatePoint.from({ grain: 'month', rel: 0 }));
          // `cuối tuần qua`: the end of last week (`tuần qua` alone is a duration).
          else if (u === 'tuần' && this.is(i + 2, 'qua') && !VAGUE_BEFORE.has(this.w(i - 1))) r = parsed(i + 1, i + 3, DatePoint.from({ grain: 'week', rel: -1 }));
          // `tăng 1 triệu đồng từ đầu tuần`, `so với đầu tuần`: the start of this week (market
          // reports); a bare `đầu tuần` elsewhere (`thường vào đầu tuần`) and `cuối tuần` (the
          // weekend) stay out.
          else if (u === 'tuần' && wi === 'đầu' && (this.is(i - 1, 'từ') || this.is(i - 1, 'hồi') || (this.is(i - 1, 'với') && this.is(i - 2, 'so')))) r = parsed(i + 1, i + 2, DatePoint.from({ grain: 'week', rel: 0 }));
        }
        if (!r || r.to) {
          return null;
        }
        const g = r.pt.grain;
        // `trước cuối ngày 19/4`, `Đầu ngày 5/3, ...`: the start / end of a headed day, in the span;
        // only after a time preposition or at a clause start (`lần cuối ngày 5/3`, `trận đầu
        // ngày 3/5` are the last time / first match on that day), never `giữa` (between).
        if (g === 'day' && !(wi !== 'giữa' && this.is(i + 1, 'ngày') && DAY_EDGE_PREV.has(this.w(i - 1)))) return null;
        if (r.pt.timeOnly || r.pt.months) return null;
        if (r.mod) return null;
        r.first = i;
        r.mod = wi === 'đầu' ? 'START' : wi === 'giữa' ? 'MID' : 'END';
        return r;
      }
      case 'ngày':
      case 'hôm':
        return this.dayHead(i);
      case 'mồng':
      case 'mùng':
        return this.mungDay(i);
      case 'rằm':
        return this.ram(i);
      case 'tháng':
        return this.month(i);
      case 'năm':
        return this.year(i);
      case 'quý':
        return this.quarter(i);
      case 'q1':
      case 'q2':
      case 'q3':
      case 'q4':
      case 'h1':
      case 'h2':
        return this.quarterAbbrev(i);
      case 'nửa':
        return this.halfWords(i);
      case 'thập':
        return this.decadeWords(i);
      case 'những':
        return this.decadeNhung(i);
      case 'thế':
        return this.century(i);
      case 'mùa':
        // `Thế vận hội Mùa đông 2022`, `Olympic mùa hè 2020`: the Games' name, no season (the year stays a date).
        if ((this.is(i - 1, 'hội') && this.is(i - 2, 'vận')) || this.is(i - 1, 'olympic') || this.is(i - 1, 'paralympic')) return null;
        return this.season(i);
      case 'tài':
        return this.fiscal(i);
      case 'niên':
        return this.nienDo(i);
      case 'hè':
        return this.season(i - 1, i);
      case 'thứ':
      case 'chủ':
        return this.weekday(i, false);
      case 'tuần':
        return this.week(i);
      case 'buổi':
        return this.pod(i);
      case 'thượng':
      case 'trung':
      case 'hạ':
        return this.tenDays(i, TEN_DAYS.get(wi)!);
      default:
        if (POD1.has(wi) || (POD2_FIRST.has(wi) && POD2.has(wi + ' ' + this.w(i + 1)))) return this.pod(i);
        if (NUMBER_WORDS.has(wi)) return this.countStart(i);
        return null;
    }
  }

  // ---------------------------------------------------------------- numbers first

  private numberStart(i: number): Parsed | null {
    const t = this.toks[i]!;
    // Shapes are checked on the lowercase text (at hand after the scan); the token's own
    // string `s` is read only where a shape may match.
    const lower = this.lower;
    const len = t.end - t.start;
    const int = intAt(lower, t.start, t.end);
    // Most number tokens are plain figures that start nothing (counts, amounts): one
    // look at their neighbours skips the rules below (see figureMayStart).
    if (int >= 0 && !this.figureMayStart(i, int, len)) return null;
    // `9T2025`, `6T/2025`, `9M2025`: analysts' shorthand for a year's first months.
    if (int >= 1 && int <= 12 && len <= 2 && this.toks[i + 1]?.spaceBefore === false) {
      const r = this.monthsShorthand(i, int);
      if (r) return r;
    }
    // `30 Tết`, `chiều 29 Tết`: the last day of a lunar year (the 30th of the twelfth
    // month, or its 29th in a short month); which year is resolved like any lunar day
    // without a year: the one nearest the reference date.
    // `27 Tết`, `chiều 28 Tết`, `23 Tết`: the other late days of the twelfth month are written
    // the same way (not after a count's qualifier: `hơn 25 Tết xa quê` counts Tết holidays).
    if (len === 2 && int >= 23 && int <= 30 && this.is(i + 1, 'tết') && (int >= 29 || !TET_DAY_COUNT_BEFORE.has(this.w(i - 1)))) {
      return parsed(i, i + 2, DatePoint.from({ grain: 'day', lunar: { month: 12, day: int, last: int === 30 } }));
    }
    // Clock time `14h30`, `14:30`, `8h`.
    const ck = clockShape(lower, t.start, t.end) ? clockExec(t.text) : null;
    const s = ck ? t.text : '';
    if (ck && !(s.includes(':') && ck[2] === undefined)) {
      let e = i + 1;
      if (ck[2] !== undefined && (this.w(e) === "'" && this.tight(e) || this.is(e, 'phút'))) e++;
      return this.time(i, Number(ck[1]), ck[2] === undefined ? 0 : Number(ck[2]), !!ck[2] || s.includes(':'), e);
    }
    // `8g30`, `lúc 8g` (split by the tokenizer into `8` and `g30`): a clock time.
    const g = this.toks[i + 1];
    if (int >= 0 && int <= 24 && g && !g.spaceBefore && g.kind === 'word' && lower.charCodeAt(g.start) === 103 && (g.end - g.start === 1 || g.end - g.start === 3)) {
      const mi = g.end - g.start === 3 ? intAt(lower, g.start + 1, g.end) : 0;
      if (mi >= 0) {
        const r = this.time(i, int, mi, g.end - g.start === 3, i + 2);
        // `5g muối` is grams: without minutes only with a part of day or after `lúc`/`vào`.
        if (r && (g.end - g.start === 3 || r.pt.pod !== undefined || !r.pt.timeOnly || this.is(i - 1, 'lúc') || this.is(i - 1, 'vào'))) return r;
        return null;
      }
    }
    // `14 giờ 30 (phút)`, `3 giờ rưỡi chiều`.
    if (this.is(i + 1, 'giờ') && int >= 0) {
      const h = int;
      let j = i + 2;
      let mi = 0;
      let withMin = false;
      const m = this.int(j);
      if (m !== null && m < 60) {
        mi = m;
        withMin = true;
        j++;
        if (this.is(j, 'phút')) j++;
      } else if (this.is(j, 'rưỡi')) {
        mi = 30;
        withMin = true;
        j++;
      }
      const r = this.time(i, h, mi, withMin, j);
      // `kéo dài 2 giờ 15 phút`, `mất 3 giờ`, `kỷ lục 8 giờ 32 phút`: a duration, no clock time
      // (a part of day or a day after it still makes it one: `mất 2 giờ` vs `8 giờ sáng`).
      // (Also after a qualifier, `kéo dài gần 4 giờ hôm 23/12`, where the day after is its own date.)
      if (r && r.pt.pod === undefined && (!withMin || r.pt.timeOnly)) {
        const q = TIME_QUALIFIERS.has(this.w(i - 1)) ? this.w(i - 2) : this.w(i - 1);
        if (r.pt.timeOnly ? TIME_DURATION_BEFORE.has(q) : TIME_DURATION_STRONG.has(q)) return null;
      }
      return r;
    }
    // d/m[/y], d.m.yyyy
    const dm = len >= 3 && len <= 10 && sepAt1or2At(lower, t.start, 47, 46) ? dmExec(t.text) : null;
    if (dm) return this.bareDayMonth(i, dm);
    // m/yyyy
    const my = (len === 6 || len === 7) && sepAt1or2At(lower, t.start, 47, 47) ? myExec(t.text) : null;
    if (my) {
      const m = Number(my[1]);
      const y = Number(my[2]);
      if (m < 1 || m > 12 || !this.dateTokenOk(i, false)) return null;
      return parsed(i, i + 1, new DatePoint('month', y, m));
    }
    // `mùa giải 2020/2021`: two consecutive years.
    if (len === 9) {
      const pair = this.yearPair(i);
      if (pair) return parsed(i, i + 1, new DatePoint('year', pair[0]), new DatePoint('year', pair[1]));
    }
    if (int < 0) return null;
    const n = int;
    // `6-7h sáng`: a range of clock times written with `h` once.
    if (n <= 23 && this.is(i + 1, '-') && this.tight(i + 1) && this.tight(i + 2)) {
      const c2 = clockExec(this.toks[i + 2]?.text ?? '');
      if (c2 && /[hHgG]/.test(this.toks[i + 2]!.text) && Number(c2[1]) > n) {
        const right = this.time(i + 2, Number(c2[1]), c2[2] === undefined ? 0 : Number(c2[2]), true);
        if (right && !right.to) {
          const lp: Pt = DatePoint.from({ grain: 'day', hh: n, mi: 0, timeOnly: right.pt.timeOnly });
          if (right.pt.pod) {
            lp.pod = right.pt.pod;
            lp.hh = to24(n, right.pt.pod);
          }
          if (!right.pt.timeOnly) {
            lp.y = right.pt.y;
            lp.m = right.pt.m;
            lp.d = right.pt.d;
            lp.rel = right.pt.rel;
            lp.yRel = right.pt.yRel;
          }
          return parsed(i, right.last, lp, right.pt);
        }
      }
    }
    // `từ 22 đến 23/3`, `ngày 10 đến 11/4`: a bare day range with the month once.
    if (n >= 1 && n <= 31 && len <= 2 && (this.is(i - 1, 'từ') || this.is(i - 1, 'ngày')) && (this.is(i + 1, 'đến') || this.is(i + 1, 'tới'))) {
      let k = i + 2;
      if (this.is(k, 'ngày')) k++;
      const r = dmExec(this.toks[k]?.text ?? '');
      if (r && r[2] === '/' && Number(r[1]) > n && this.dateTokenOk(k, true)) {
        const right = this.bareDayMonth(k, r, true);
        if (right && !right.to) return parsed(i, right.last, new DatePoint('day', undefined, undefined, n), right.pt, undefined, true);
      }
      // `từ 23 đến 29 tháng Chạp`, `từ 28 đến 30 Tết`: the same with a lunar day (the left day
      // takes its lunar month in shareParts).
      const lr = this.lunarRightDay(k, n);
      if (lr) return parsed(i, lr.last, new DatePoint('day', undefined, undefined, n), lr.pt, undefined, true);
    }
    // `tháng 3, 4 và 5/2021`: a bare month listed after `tháng N`.
    if (n >= 1 && n <= 12 && len <= 2 && this.listSep(i - 1) && this.monthListBefore(i, n)) {
      const p = this.yearTail(parsed(i, i + 1, new DatePoint('month', undefined, n)));
      const nx = this.toks[p.last];
      const nw = this.w(p.last);
      const unit = nw === 'tháng' || nw === 'năm' || nw === 'ngày' || nw === 'tuần' || nw === 'giờ';
      // `tháng 3, 4 công nhân`: a count before a noun.
      if (!(nx && (nx.kind === 'number' || nx.text === '%' || unit || (nx.kind === 'word' && QUANTITY.has(nw)))) && (p.last > i + 1 || this.dmContextOk(i, p.last))) {
        if (p.pt.y === undefined && p.pt.yRel === undefined) {
          const y = this.monthListYear(i + 1, n);
          if (y !== undefined) return parsed(p.first, p.last, DatePoint.extend(p.pt, y), p.to, p.mod, p.wordRange);
        }
        return p;
      }
    }
    // `các ngày 22, 23/4/2021`, `hai ngày 22 và 23/4`, `ngày 10, 11 và 12/5`: days listed
    // before a full date take its month.
    if (n >= 1 && n <= 31 && len <= 2 && (this.is(i + 1, ',') || this.is(i + 1, 'và')) && (this.is(i - 1, 'ngày') || this.is(i - 1, '(') || this.dayListBefore(i))) {
      const k = this.dayListEnd(i, n);
      // `(29 và 30/11)`: a bracketed list only when the bracket closes right after it.
      if (k >= 0 && (!this.is(i - 1, '(') || this.is(k + 1, ')'))) {
        const { m, y } = this.listEndMonth(k);
        // `ngày 24 và 25/11 tới`, `ngày 2 và 3/1 năm sau`: the listed days share the year the
        // list's end takes from what follows it (`tới`, `vừa qua`, `năm nay`).
        const tail = this.listEndTail(k, m, y);
        return parsed(i, i + 1, DatePoint.from({ grain: 'day', d: n, m, y: tail.y, yRel: tail.yRel, dir: tail.dir, dirDay: tail.dir === undefined ? undefined : tail.d }));
      }
    }
    // `các ngày 29 - 30/4`, `từ 10 - 15/4`, `hôm 8 - 9/12`: a spaced day range after `ngày`, `hôm` or `từ`.
    if (n >= 1 && n <= 31 && len <= 2 && (this.is(i - 1, 'ngày') || this.is(i - 1, 'từ') || this.is(i - 1, 'hôm')) && this.is(i + 1, '-') && !this.tight(i + 2)) {
      const r = dmExec(this.toks[i + 2]?.text ?? '');
      if (r && r[2] === '/' && Number(r[1]) > n && this.dateTokenOk(i + 2, true)) {
        const right = this.bareDayMonth(i + 2, r, true);
        if (right && !right.to) return parsed(i, right.last, new DatePoint('day', undefined, undefined, n), right.pt);
      }
    }
    // `16-19/4`: a day range written with the month once.
    if (n >= 1 && n <= 31 && this.is(i + 1, '-') && this.tight(i + 1) && this.tight(i + 2)) {
      const r = dmExec(this.toks[i + 2]?.text ?? '');
      if (r && r[2] === '/' && Number(r[1]) > n && this.dateTokenOk(i + 2, true)) {
        const right = this.bareDayMonth(i + 2, r, true);
        if (right && !right.to) return parsed(i, right.last, new DatePoint('day', undefined, undefined, n), right.pt);
      }
      // `25-27 tháng Chạp`, `27-29 Tết`: a lunar day range written with the month once.
      if (len <= 2 && !this.isNum(i - 1) && !LUNAR_DAY_DURATION_BEFORE.has(this.w(i - 1))) {
        const lr = this.lunarRightDay(i + 2, n);
        if (lr) return parsed(i, lr.last, new DatePoint('day', undefined, undefined, n), lr.pt);
      }
      // d-m-yyyy
      const m = this.int(i + 2);
      if (m !== null && m >= 1 && m <= 12 && this.is(i + 3, '-') && this.tight(i + 3) && this.tight(i + 4)) {
        const y = this.int(i + 4);
        if (y !== null && this.toks[i + 4]!.text.length === 4 && validDay(y, m, n)) {
          return this.dayTail(parsed(i, i + 5, new DatePoint('day', y, m, n)));
        }
      }
      // `ngày 26-4`, `Sáng 30-4`: a day and month written with a dash, after a day's head word
      // (or as a range's right end after such a date). Not `ngày 3-5/5` (read above).
      if (m !== null && m >= 1 && m <= 12 && len <= 2 && this.toks[i + 2]!.text.length <= 2 && (this.dayHeadBefore(i) || this.rightEnd || this.dashedDayListed(i) || this.namedDashedDay(i))) {
        const listed = !this.dayHeadBefore(i) && !this.rightEnd;
        const a = this.toks[i + 3];
        const glued = a !== undefined && !a.spaceBefore && (a.kind === 'number' || ((a.text === '/' || a.text === '-' || a.text === '.' || a.text === ',') && this.isNum(i + 4) && this.tight(i + 4)));
        // Not hours: `sáng 9-10 giờ`.
        // (A day above its month after a day's head is no count range, whatever follows:
        // `Sáng nay 20-12 hội nghị khai mạc`; `2-3 đoàn` rises.)
        // A national holiday too (`Ngày 2-9 phố phường`, `dịp 1-5 du khách`), unless counted (`mỗi ngày 1-5 người`).
        const aboveOrHoliday = n > m || (HOLIDAY_DM.has(n * 100 + m) && this.dmContextOk(i, i + 1) && !PER_DAY_UNIT.has(this.w(i + 3)));
        if (!glued && (this.rightEnd || listed || this.dmContextOk(i, i + 3) || (aboveOrHoliday && !listed && this.dayHeadBefore(i))) && validDay(undefined, m, n)) {
          return this.dayTail(parsed(i, i + 3, new DatePoint('day', undefined, m, n)));
        }
      }
    }
    // ISO yyyy-mm-dd
    if (len === 4 && this.is(i + 1, '-') && this.tight(i + 1) && this.tight(i + 2)) {
      const mt = this.toks[i + 2]?.text ?? '';
      if (mt.length === 2 && this.is(i + 3, '-') && this.tight(i + 3) && this.tight(i + 4) && (this.toks[i + 4]?.text.length ?? 0) === 2) {
        const m = Number(mt);
        const d = this.int(i + 4);
        if (d !== null && validDay(n, m, d)) return parsed(i, i + 5, new DatePoint('day', n, m, d));
      }
    }
    // `date 2021-07` (a document's date line): yyyy-mm at a line start or after `date`.
    if (len === 4 && this.is(i + 1, '-') && this.tight(i + 1) && this.tight(i + 2) && (t.lineStart || this.is(i - 1, 'date'))) {
      const mt = this.toks[i + 2]?.text ?? '';
      const m = Number(mt);
      if (mt.length === 2 && m >= 1 && m <= 12 && !this.isNum(i + 3) && !this.is(i + 3, '-')) return parsed(i, i + 3, new DatePoint('month', n, m));
    }
    // `N ngày/tuần/tháng/năm trước`, `N tháng đầu năm`, `D tháng M năm Y`.
    const c = this.countStart(i);
    if (c) return c;
    // `179 TCN`
    const bc = this.bcTail(i + 1);
    if (bc > 0 && n >= 1 && n <= 9999) return parsed(i, bc, DatePoint.from({ grain: 'year', y: n, bc: true }));
    // `(1834-1904)`, `(1890 - 1969)`, `(vua Gia Long 1762-1820)`: a life's or a reign's years
    // closing a bracket, also before 1900.
    const pv = this.toks[i - 1];
    if (len === 4 && n >= 1000 && n < 1900 && (this.is(i - 1, '(') || (pv !== undefined && pv.kind === 'word' && pv.cap && this.openBracketBefore(i - 1))) && this.is(i + 1, '-') && this.is(i + 3, ')')) {
      const b = this.int(i + 2);
      if (b !== null && this.toks[i + 2]!.text.length === 4 && b > n && b - n <= 130 && b <= 2100) return parsed(i, i + 3, new DatePoint('year', n), new DatePoint('year', b));
    }
    // A bare calendar year.
    if (len === 4 && n >= 1900 && n <= 2100 && this.bareYearOk(i)) return parsed(i, i + 1, new DatePoint('year', n));
    return null;
  }

  /**
   * Whether a plain figure (one to four digits, value `n`, `len` digits) at token i may
   * start an expression: a necessary condition of every rule of numberStart for such a
   * token. It is a bare year's figure, or glued to a word (`8g30`), or followed by a token
   * some rule reads next (`30 Tết`, `14 giờ`, `6-7h`, `22 đến 23/3`, `10, 11 và 12/5`,
   * `16-19/4`, `2021-07-21`, `6 tháng đầu năm`, `3 năm trước`, `179 TCN`), or listed after a
   * month (`tháng 3, 4 và 5`: a list separator before it).
   */
  /**
   * A lunar day of the twelfth month or of Tết as a bare day's range end at token k (`29 tháng
   * Chạp`, `30 Tết`), later in the month than `n`; null otherwise. Read only after a range's
   * connector that follows a figure.
   */
  private lunarRightDay(k: number, n: number): Parsed | null {
    const t = this.toks[k];
    if (t === undefined || t.kind !== 'number' || t.end - t.start > 2) return null;
    const nw = this.w(k + 1);
    if (nw !== 'tết' && nw !== 'tháng') return null;
    const r = this.numberStart(k);
    if (!r || r.to || r.pt.lunar === undefined || r.pt.lunar.leap || r.pt.lunar.day <= n) return null;
    return r;
  }

  private figureMayStart(i: number, n: number, len: number): boolean {
    if (len === 4 && n >= 1900 && n <= 2100) return true;
    const nx = this.toks[i + 1];
    if (nx !== undefined && ((!nx.spaceBefore && nx.kind === 'word') || FIGURE_NEXT.has(this.lower, nx.start, nx.end))) return true;
    return this.listSep(i - 1);
  }

  /**
   * `9T2025`, `6T/2025`, `9M2025` (T for tháng, M for months, upper case, glued): the first `n`
   * months of the year, read like `9 tháng đầu năm 2025`; null otherwise.
   */
  private monthsShorthand(i: number, n: number): Parsed | null {
    const t = this.toks[i]!;
    const nx = this.toks[i + 1]!;
    const c = this.text.charCodeAt(nx.start);
    if (c !== 84 && c !== 77) return null; // `T`, `M` (tested first: most glued words are neither)
    if (t.start > 0 && WORDISH_BEFORE().test(this.text.charAt(t.start - 1))) return null;
    let y: number | null = null;
    let last = i + 2;
    if (nx.end - nx.start === 5 && /^[TM](?:19|20)\d{2}$/.test(nx.text)) y = Number(nx.text.slice(1));
    else if (nx.end - nx.start === 1 && this.is(i + 2, '/') && this.tight(i + 2) && this.tight(i + 3) && this.toks[i + 3]?.kind === 'number' && this.toks[i + 3]!.end - this.toks[i + 3]!.start === 4) {
      y = this.int(i + 3);
      last = i + 4;
    }
    if (y === null || y < 1900 || y > 2100) return null;
    const after = this.text.charAt(this.toks[last - 1]!.end);
    if (after !== '' && WORDISH_AFTER().test(after)) return null;
    const pt: Pt = n === 3 ? DatePoint.from({ grain: 'quarter', q: 1, y }) : n === 6 ? DatePoint.from({ grain: 'half', half: 1, y }) : n === 12 ? new DatePoint('year', y) : DatePoint.from({ grain: 'month', months: { from: 1, to: n }, y });
    return parsed(i, last, pt);
  }

  /** Tokens after a year number meaning BC: `TCN`, `trước Công nguyên`, `tr. CN`. Returns the end or 0. */
  private bcTail(j: number): number {
    const t = this.toks[j];
    if (!t) return 0;
    if (t.end - t.start === 3 && this.lower.startsWith('tcn', t.start) && t.text === 'TCN') return j + 1;
    if (this.is(j, 'trước') && (this.is(j + 1, 'công') && this.is(j + 2, 'nguyên'))) return j + 3;
    if (this.is(j, 'trước') && this.toks[j + 1]?.text === 'CN') return j + 2;
    return 0;
  }

  private bareYearOk(i: number): boolean {
    const prev = this.w(i - 1);
    if (YEAR_REJECT_BEFORE.has(prev) || (YEAR_REJECT_SECOND.has(prev) && YEAR_REJECT_BEFORE.has(this.w(i - 2) + ' ' + prev))) return false;
    if (this.isNum(i - 1)) return false;
    if (!this.dateTokenOk(i, false)) return false;
    const next = this.toks[i + 1];
    if (next) {
      const nw = this.w(i + 1);
      if (next.kind === 'number' && !(nw.length === 4 && false)) return false;
      if (nw === '%' || nw === '$' || nw === 'x') return false;
      // (`cổ tức 2020 tỷ lệ 5%`: `tỷ lệ`, `tỷ giá`, `tỷ suất` are a ratio, a rate: no billions (pbiz4).)
      if (next.kind === 'word' && QUANTITY.has(nw) && !(nw === 'lần' && this.is(i + 2, 'lượt')) && !(nw === 'tỷ' && (this.is(i + 2, 'lệ') || this.is(i + 2, 'giá') || this.is(i + 2, 'suất')))) return false;
      if (!next.spaceBefore && next.kind === 'word') return false; // `2020s`, `2020km`
      if ((nw === '.' || nw === ',') && this.isNum(i + 2) && this.tight(i + 1) && this.tight(i + 2)) return false;
    }
    const pt = this.toks[i - 1];
    if (pt && !this.tight(i) === false && pt.kind !== 'word') {
      // glued to punctuation before it: `/2020`, `-2020`, `#2020`
      // (But a league's tier and its season: `LS V.League 1-2021` → `2021` (pedu3).)
      if (pt.text !== '(' && pt.text !== '"' && pt.text !== "'" && !(pt.text === '-' && this.leagueTierBefore(i - 1))) return false;
    }
    return true;
  }

  /** A league's tier (`1`, `2`) glued before the dash at d, after `League` (`V.League 1-2021`, `V-League 2-2021`). */
  private leagueTierBefore(d: number): boolean {
    const t = this.toks[d - 1];
    return !!t && t.kind === 'number' && (t.text === '1' || t.text === '2') && this.w(d - 2) === 'league' && this.tight(d);
  }

  /** Checks a date-like number token is not part of a document number, phone number, etc. */
  private dateTokenOk(i: number, inRange: boolean): boolean {
    const t = this.toks[i]!;
    const after = this.text.charCodeAt(t.end);
    // `05/2021/NĐ-CP`, `12/2020-TT`: glued `/` or `-` then a letter or digit.
    if (after === 47 || (after === 45 && !inRange)) {
      const c2 = this.text.charAt(t.end + 1);
      if (LETTER_OR_DIGIT().test(c2)) {
        if (!(after === 45 && /\d/.test(c2))) return false;
      }
    }
    const before = t.start > 0 ? this.text.charCodeAt(t.start - 1) : 32;
    // `/`, `#`, `.`, `,` glued before; but `30/4-/1/5` (a typo'd range) has its right end after `-/`.
    if ((before === 47 && !(this.rightEnd && this.text.charCodeAt(t.start - 2) === 45)) || before === 35 || before === 46 || before === 44) return false;
    if (before === 45 && t.start > 1 && LETTER().test(this.text.charAt(t.start - 2))) return false; // `NQ-12/2020`
    const p1 = this.w(i - 1);
    if ((DOCUMENT.has(p1) || (DOCUMENT_SECOND.has(p1) && DOCUMENT.has(this.w(i - 2) + ' ' + p1))) && !this.planYear(i)) return false;
    if (PLACE_NUMBER_BEFORE.has(p1)) return false; // `lớp 12/3`, `hẻm 12/5`, `đường 3/2`
    // `Tổng công ty 3/2`, `Bệnh viện 30/4`, `Công ty TNHH MTV 27/7`: a capitalized body named after a day (pcrime2).
    if (DAY_NAMED_SECOND.has(p1) && DAY_NAMED_BODIES.has(this.w(i - 2) + ' ' + p1) && (this.toks[i - 2]?.cap || (this.w(i - 3) === 'tổng' && this.toks[i - 3]?.cap))) return false;
    if (this.toks[i - 1]?.upper && this.toks[i - 1]!.text.length <= 4 && DOCUMENT.has(p1)) return false;
    return true;
  }

  /**
   * Token i is a four-digit year after a plan named by its period (`Kế hoạch 2021-2025`,
   * `đề án 2020`, `chương trình 2021 - 2025`): a year, not a document's number (those carry
   * `/` or `số`: `Kế hoạch 123/KH-UBND`, `Kế hoạch số 2021`).
   */
  private planYear(i: number): boolean {
    const t = this.toks[i]!;
    if (t.kind !== 'number' || t.end - t.start !== 4) return false;
    const n = intAt(this.lower, t.start, t.end);
    if (n < 1900 || n > 2100 || !PLAN_BEFORE.has(this.w(i - 2) + ' ' + this.w(i - 1))) return false;
    // `Kế hoạch 2021-2025/KH-UBND`: a `/` before the next space makes it a document number.
    for (let q = t.end; q < t.end + 12 && q < this.text.length; q++) {
      const c = this.text.charCodeAt(q);
      if (c === 47) return false;
      if (c === 32 || c === 10 || c === 9) break;
    }
    return true;
  }

  private bareDayMonth(i: number, dm: DayMonth, inRange = false): Parsed | null {
    const d = Number(dm[1]);
    const sep = dm[2]!;
    const m = Number(dm[3]);
    let y: number | undefined;
    if (dm[4] !== undefined) {
      y = Number(dm[4]);
      if (dm[4].length === 2) {
        if (sep !== '/') return null;
        y += y < 50 ? 2000 : 1900;
      }
    } else if (sep !== '/' && !(this.dayHeadBefore(i) && this.dmContextOk(i, i + 1))) return null; // `21.7` is a decimal; `ngày 21.7`, `sáng 21.7` are days
    if (!validDay(y, m, d)) return null;
    if (!this.dateTokenOk(i, inRange)) return null;
    const head = this.w(i - 1);
    // After `trước` / `sau` (`tuần trước (6/6)`) only a bracket that closes right after the date.
    const bracketed = head === '(' && ((BRACKET_AFTER.has(this.w(i - 2)) && (this.is(i + 1, ')') || !(this.is(i - 2, 'trước') || this.is(i - 2, 'sau')))) || WEEKDAYS.has(this.w(i - 2)) || this.is(i - 2, 'nhật'));
    const listed = bracketed || (head === 'và' || head === ',' || head === 'hoặc') && (dmExec(this.toks[i - 2]?.text ?? '') !== null || this.dayListBefore(i));
    // (`sáng sớm 1/2`, `tối muộn 1/2`: a two-word part of day whose second word is no part of day alone (pwb).)
    let hasHead = listed || DAY_CONTEXT_BEFORE.has(head) || POD1.has(head) || head === 'buổi' || (head === ',' && this.is(i - 3, 'thứ')) || ((head === 'sớm' || head === 'muộn' || head === 'khuya') && POD2.has(this.w(i - 2) + ' ' + head));
    if (y === undefined && !inRange && !this.rightEnd) {
      // `sau 6/12 lần dự thi`: after a loose head, a fraction of a count is no date.
      if (hasHead && d <= m && WEAK_DAY_HEAD.has(head) && !listed) {
        const nw = this.toks[i + 1]?.kind === 'word' ? this.w(i + 1) : '';
        if (nw !== 'người' && QUANTITY.has(nw)) return null;
        // `sau 2/3 số phiếu`, `chiều nay 2/3 tổng số đại biểu`: a fraction of a whole.
        if (nw === 'số' || nw === 'tổng') return null;
        // `8h sáng nay 3/4 công nhân`: after `nay` / `qua` / `mai` a fraction before a noun.
        if ((head === 'nay' || head === 'qua' || head === 'mai') && this.nounAfter(i + 1)) return null;
      }
      // `ngày bầu cử 3/11`, `Ngày Quốc tế Lao động 1/5`: the day named by `ngày` and its name.
      // Only where the date closes the phrase (`… 3/11.`), not before a noun (`1/3 số khách`).
      if (!hasHead && d <= m) {
        const nx = this.toks[i + 1];
        if (!nx || nx.kind === 'punct' || nx.lineStart || AFTER_NAMED_DAY.has(this.w(i + 1))) hasHead = this.namedDayBefore(i);
        // `Quốc khánh 2/9`, `Tết Dương lịch 1/1`, `Quốc tế Lao động 1/5`: a holiday's name
        // without `ngày` (not before a noun: `tỷ số 2/9 hiệp`).
        if (!hasHead && this.holidayBefore(i)) {
          const nw = this.toks[i + 1]?.kind === 'word' ? this.w(i + 1) : '';
          if (!QUANTITY.has(nw) && nw !== 'số' && nw !== 'tổng' && nw !== 'hiệp') hasHead = true;
        }
      }
    }
    if (y === undefined && !hasHead && !inRange && !this.rightEnd) {
      // Fractions and counts: `2/3 tổng số`, `5/5 hạng mục`, `24/7`.
      if (d <= m || (d === 24 && m === 7)) {
        const nextRange = this.is(i + 1, '-') || this.is(i + 1, 'đến') || this.is(i + 1, 'tới');
        const nextRel = this.is(i + 1, 'này') || this.is(i + 1, 'vừa') || this.is(i + 1, 'năm');
        if (!nextRange && !nextRel) return null;
      }
      const nx = this.toks[i + 1];
      if (nx && nx.kind === 'word' && QUANTITY.has(this.w(i + 1))) return null;
      if (nx && (nx.text === '%' || nx.kind === 'number')) return null;
    }
    return this.dayTail(parsed(i, i + 1, new DatePoint('day', y, m, d)));
  }

  /** A `(` among the six words before token i, with only words between (`(vua Gia Long 1762`). */
  private openBracketBefore(i: number): boolean {
    for (let k = i; k >= i - 6 && k >= 0; k--) {
      const t = this.toks[k]!;
      if (t.text === '(') return true;
      if (t.kind !== 'word' || t.lineStart) return false;
    }
    return false;
  }

  /**
   * `ngày` then two to five words (a day's name: `ngày bầu cử`, `Ngày Quốc tế Lao động`)
   * right before token i, with no number or punctuation between.
   */
  private namedDayBefore(i: number): boolean {
    for (let k = i - 1; k >= i - 6 && k >= 0; k--) {
      const t = this.toks[k]!;
      if (t.kind !== 'word') return false;
      if (k <= i - 3 && this.is(k, 'ngày')) return !NOT_DAY_NAME.has(this.w(k + 1));
      if (t.lineStart) return false;
    }
    return false;
  }

  /** Time of day at token i..end, then part of day and a date. */
  private time(i: number, h: number, mi: number, withMin: boolean, end = i + 1): Parsed | null {
    if (h > 24 || mi > 59) return null;
    // `24 giờ ngày 31/12` (a deadline) is the end of that day: `T24:00`, as ISO 8601 writes it,
    // not the midnight that starts it.
    if (h === 24 && mi !== 0) return null;
    let j = end;
    let pod: PartOfDay | undefined;
    const p2 = POD2.get(this.w(j) + ' ' + this.w(j + 1));
    if (p2) {
      pod = p2;
      j += 2;
    } else if (POD1.has(this.w(j))) {
      pod = POD1.get(this.w(j));
      j++;
    }
    if (pod) h = to24(h, pod);
    // The date after it: `14h ngày 30/9`, `8h sáng nay`, `10h30, thứ Hai (21/7)`.
    let k = j;
    if (this.is(k, ',') && !this.isNum(k + 1)) k++;
    // `19h (giờ Hà Nội) ngày 27/11`: the time zone note between the time and its day.
    else if (this.is(k, '(') && this.is(k + 1, 'giờ')) {
      for (let q = k + 2; q < k + 7 && q < this.toks.length; q++) {
        if (this.is(q, ')')) {
          const nk = this.w(q + 1);
          if (nk === 'ngày' || nk === 'hôm' || nk === 'thứ' || nk === 'chủ') k = q + 1;
          break;
        }
      }
    }
    let date: Parsed | null = null;
    const wk = this.w(k);
    if (pod && (wk === 'nay' || wk === 'mai' || wk === 'qua')) {
      date = parsed(k, k + 1, DatePoint.from({ grain: 'day', rel: wk === 'nay' ? 0 : wk === 'mai' ? 1 : -1 }));
      // `7h sáng nay 21/4`: the explicit date that follows is the same day (as `chiều nay 30/9`).
      const p = this.sameDayAfter(k + 1);
      if (p) date = parsed(k, p.last, p.pt);
    } else if (k === j && wk === 'cùng' && this.is(k + 1, 'ngày')) {
      // `16h45 cùng ngày`: on the day the text last named.
      date = parsed(k, k + 2, DatePoint.from({ grain: 'day', narr: 0 }));
    } else if (wk === 'ngày' || wk === 'hôm' || wk === 'thứ' || wk === 'chủ' || wk === 'mồng' || wk === 'mùng' || this.isNum(k)) {
      const p = this.point(k);
      if (p && !p.to && p.pt.grain === 'day' && p.pt.hh === undefined && !p.pt.timeOnly) date = p;
      else if (!p && pod) date = this.listedDay(k); // `22h đêm 25 đến 2h sáng 26/4`
    }
    if (!date) {
      // `Đúng 7 giờ, khu vực bỏ phiếu ... khai mạc`: `đúng` (sharp) opening a clause before a clock time
      // (not `mất đúng 7 giờ`, a duration) (pparty).
      const sharp = !pod && !withMin && this.is(i - 1, 'đúng') && (i === 1 || this.toks[i - 1]!.lineStart || this.toks[i - 2]!.kind === 'punct');
      if (!pod && !withMin && !sharp && !this.is(i - 1, 'lúc') && !this.is(i - 1, 'vào') && !TIME_BEFORE.has(this.w(i - 1)) && !this.rightEnd && !this.clockAfterDash(j)) return null;
      // `3 giờ` is a duration; `lúc 21 giờ`, `vào 9 giờ` are clock times.
      if (!pod && !withMin && this.toks[i]!.kind === 'number' && this.is(i + 1, 'giờ')) {
        // `từ 7 giờ đến 17 giờ`: both ends of a range of hours are clock times.
        if (!sharp && !this.is(i - 1, 'lúc') && !this.is(i - 1, 'vào') && !this.rightEnd && !this.hourRangeAt(i, j)) return null;
        const nw = this.w(i + 2);
        if (nw === 'qua' || nw === 'tới' || nw === 'nữa' || nw === 'sau' || nw === 'trước') return null; // `vào 2 giờ tới`
      }
      const bare = DatePoint.from({ grain: 'day', hh: h, mi, pod, timeOnly: true });
      // `lúc 7h06 và 7h25 sáng 25/3`: a bare clock time listed before a dated one is on its day (pw15).
      if (this.is(j, 'và') && !this.rightEnd && this.isNum(j + 1)) {
        const nx = this.point(j + 1);
        if (nx && !nx.to && nx.pt.grain === 'day' && nx.pt.hh !== undefined && !nx.pt.timeOnly) return parsed(i, j, onDayOf(bare, nx.pt));
      }
      return parsed(i, j, bare);
    }
    const pt = date.pt;
    pt.hh = h;
    pt.mi = mi;
    pt.pod = pod ?? pt.pod;
    return parsed(i, date.last, pt);
  }

  /**
   * The date at token i right after `sáng nay` / `tối qua` / `7h sáng mai` / `hôm qua` names
   * that day: `chiều nay 30/9`, `7h sáng nay 21/4 (giờ Việt Nam)`, `sáng nay ngày 21/7`,
   * `sáng nay 21-7`. Returns the date's end and point (its own `first` is i). A fraction
   * before a noun is no date: `chiều nay 2/3 số đại biểu` (day not after month, no year, a
   * lowercase word after it).
   */
  private sameDayAfter(i: number): Parsed | null {
    const t0 = this.toks[i];
    if (!t0 || !t0.spaceBefore) return null;
    let k = i;
    if (this.is(k, 'ngày') && this.isNum(k + 1)) k++;
    const t = this.toks[k]!;
    const dm = dmExec(t.text);
    if (dm) {
      if (dm[4] === undefined && Number(dm[1]) <= Number(dm[3]) && this.nounAfter(k + 1)) return null;
      const p = this.bareDayMonth(k, dm, true);
      return p && !p.to ? parsed(i, p.last, p.pt) : null;
    }
    if (t.kind === 'number' && this.is(k + 1, '-') && this.tight(k + 1) && this.tight(k + 2)) {
      const p = this.point(k);
      // `Sáng nay 2-3 đoàn khách`: a count, as `2/3 số` above (day not after month, no year, a noun after).
      // `đoàn`, `cơ quan`, `lực lượng` may follow a date, but after a rising pair of small numbers they are counted.
      if (p && p.pt.y === undefined && p.pt.d !== undefined && p.pt.m !== undefined && p.pt.d < p.pt.m && p.pt.m - p.pt.d <= 2 && p.last === k + 3 && !this.toks[p.last]?.cap && COUNTED_AFTER_PAIR.has(this.w(p.last))) return null;
      if (p && !p.to && p.pt.grain === 'day' && p.pt.d !== undefined && p.pt.m !== undefined && p.pt.hh === undefined) return parsed(i, p.last, p.pt);
    }
    return null;
  }

  /** A holiday's name (`Quốc khánh`, `Tết Dương lịch`, `Quốc tế Lao động`) ends right before token i. */
  private holidayBefore(i: number): boolean {
    // Every holiday's name ends in token i - 1's word: before most figures none does, and no
    // phrase is built (`1-1-1-…` asks this at every figure).
    const t = i >= 1 ? this.toks[i - 1] : undefined;
    if (t === undefined || !HOLIDAY_LAST.has(this.lower, t.start, t.end)) return false;
    const w2 = this.w(i - 2) + ' ' + this.w(i - 1);
    if (HOLIDAY_BEFORE.has(w2)) return true;
    const w3 = this.w(i - 3) + ' ' + w2;
    return HOLIDAY_BEFORE.has(w3) || HOLIDAY_BEFORE.has(this.w(i - 4) + ' ' + w3);
  }

  /** A company result's noun right before the count at i: `lãi`, `lãi ròng`, `lỗ`, `lợi nhuận` (`trước thuế` / `sau thuế`), `doanh thu`. */
  private resultNounBefore(i: number): boolean {
    const b = this.w(i - 1);
    if (b === 'lãi' || b === 'lỗ') return true;
    if (b === 'ròng') return this.is(i - 2, 'lãi');
    if (b === 'thu') return this.is(i - 2, 'doanh');
    if (b === 'nhuận') return this.is(i - 2, 'lợi');
    if (b === 'thuế') return (this.is(i - 2, 'trước') || this.is(i - 2, 'sau')) && this.is(i - 3, 'nhuận') && this.is(i - 4, 'lợi');
    return false;
  }

  /** Token i opens a phrase: a line's or clause's start, or after `vào` / `từ` / `đến` (not `trong sáng`). */
  private listOpenerAt(i: number): boolean {
    const t = this.toks[i];
    const pv = this.toks[i - 1];
    if (!t || t.lineStart || !pv) return true;
    if (pv.kind === 'punct') return pv.text !== '-' && pv.text !== '/';
    const w = this.w(i - 1);
    return w === 'vào' || w === 'từ' || w === 'đến' || w === 'cả';
  }

  /** Token i is a lowercase word on the same line that does not follow a date (`số`, `công nhân`). */
  private nounAfter(i: number): boolean {
    const nx = this.toks[i];
    return !!nx && nx.kind === 'word' && !nx.lineStart && !nx.cap && !nx.upper && !DM_FOLLOW.has(this.w(i));
  }

  /** `từ 7 giờ đến 17 giờ` (i at `7`, j after `giờ`): `từ` before and `đến`/`tới`/`-` and another `N giờ` after. */
  private hourRangeAt(i: number, j: number): boolean {
    if (!this.is(i - 1, 'từ')) return false;
    if (!this.is(j, 'đến') && !this.is(j, 'tới') && !this.is(j, '-')) return false;
    return this.toks[j + 1]?.kind === 'number' && this.is(j + 2, 'giờ');
  }

  /** `2020/2021` at token j (consecutive years, as in `năm học 2020/2021`): the two years, else null. */
  private yearPair(j: number): [number, number] | null {
    const t = this.toks[j];
    if (!t || t.kind !== 'number' || t.end - t.start !== 9 || this.lower.charCodeAt(t.start + 4) !== 47) return null;
    const a = intAt(this.lower, t.start, t.start + 4);
    const b = intAt(this.lower, t.start + 5, t.end);
    if (a < 1900 || a > 2100 || b !== a + 1 || !this.dateTokenOk(j, true)) return null;
    return [a, b];
  }

  /**
   * A day and month written with a dash or a dot, head word at i - 1 and the date ending
   * before token k, reads as a date: no `mỗi`/`hằng` before the head (`mỗi ngày 1-2 viên`),
   * and punctuation, a line's end, a capitalized word or a word of DM_FOLLOW after it.
   */
  private dmContextOk(i: number, k: number): boolean {
    const b = this.w(i - 2);
    if (b === 'mỗi' || b === 'hằng' || b === 'hàng' || b === 'mấy' || b === 'vài') return false;
    const t = this.toks[k];
    if (!t || t.lineStart || t.kind === 'punct') return true;
    if (t.kind !== 'word') return false;
    if (t.cap || t.upper) return true;
    // `Sáng nay 2-3 đoàn khách`: after `nay` / `qua` / `mai`, a rising pair of small numbers before `đoàn` is a count.
    const hw = this.w(i - 1);
    if ((hw === 'nay' || hw === 'qua' || hw === 'mai') && k === i + 3 && COUNTED_AFTER_PAIR.has(this.w(k))) {
      const d = this.int(i);
      const m = this.int(i + 2);
      if (d !== null && m !== null && d < m && m - d <= 2) return false;
    }
    return DM_FOLLOW.has(this.w(k));
  }

  /** The word before token i is a day's head word: `ngày`, `hôm`, `mùng`, a part of day (`sáng`, `rạng sáng`). */
  private dayHeadBefore(i: number): boolean {
    const w = this.w(i - 1);
    // `thứ Hai (26-4)`, `chiều nay (26-4)`
    if (w === '(') return BRACKET_AFTER.has(this.w(i - 2)) || (this.is(i - 2, 'nhật') && this.is(i - 3, 'chủ')) || (WEEKDAYS.has(this.w(i - 2)) && this.is(i - 3, 'thứ'));
    if ((w === 'nay' || w === 'qua' || w === 'mai') && (POD1.has(this.w(i - 2)) || this.is(i - 2, 'hôm'))) return true; // `sáng nay 21-7`
    return w === 'ngày' || w === 'hôm' || w === 'mùng' || w === 'mồng' || w === 'dịp' || w === 'lễ' || POD1.has(w);
  }

  /**
   * A dashed day-month at token i after a holiday's name (`Quốc khánh 2-9`, not before a counted
   * noun) or closing a day's name (`Ngày Giải phóng miền Nam 30-4.`), as `/` dates are read.
   */
  private namedDashedDay(i: number): boolean {
    const nx = this.toks[i + 3];
    const nw = nx?.kind === 'word' ? this.w(i + 3) : '';
    if (this.holidayBefore(i)) return !QUANTITY.has(nw) && nw !== 'số' && nw !== 'tổng' && nw !== 'hiệp';
    return (!nx || nx.kind === 'punct' || nx.lineStart || AFTER_NAMED_DAY.has(nw)) && this.namedDayBefore(i);
  }

  /** Token i follows `ngày 30-4 và` / `sáng 30-4,`: a dashed day-month listed after a headed one. */
  private dashedDayListed(i: number): boolean {
    if (!this.listSep(i - 1)) return false;
    if (this.is(i - 3, '-') && this.tight(i - 3) && this.tight(i - 2) && this.isNum(i - 2) && this.isNum(i - 4) && this.dayHeadBefore(i - 4)) return true;
    // `ngày 24 và 25-11`, `các ngày 24, 25 và 26-11`: bare days opened by `ngày`, rising.
    return this.dayListBefore(i) && (this.int(i - 2) ?? 99) < (this.int(i) ?? 0);
  }

  /** Token j is `,`, `và` or `hoặc`: a list's separator. */
  private listSep(j: number): boolean {
    return this.is(j, ',') || this.is(j, 'và') || this.is(j, 'hoặc');
  }

  /**
   * The token index of the full date (`12/5`) that ends a list of bare days starting at
   * day `n` (token i): `10, 11 và 12/5`, days rising; -1 when there is none.
   */
  private dayListEnd(i: number, n: number): number {
    let j = i + 1;
    let prev = n;
    for (let step = 0; step < 6 && this.listSep(j); step++) {
      const u = this.toks[j + 1];
      if (!u || u.kind !== 'number') return -1;
      const r = dmExec(u.text);
      if (r) return r[2] === '/' && Number(r[1]) > prev && validDay(undefined, Number(r[3]), n) ? j + 1 : -1;
      const v = this.int(j + 1);
      if (v === null || v <= prev || v > 31 || u.text.length > 2) return -1;
      // `24 và 25-11`: the last day written with a dash and its month.
      const dashed = this.dashedMonthAt(j + 1);
      if (dashed) return validDay(undefined, dashed.m, n) ? j + 1 : -1;
      prev = v;
      j += 2;
    }
    return -1;
  }

  /**
   * Day number at token i written with a dash and its month, glued (`25-11`, `25-11-2026`):
   * the month and the four-digit year if any; null otherwise (or when more is glued on).
   */
  private dashedMonthAt(i: number): { m: number; y?: number } | null {
    if (!this.is(i + 1, '-') || !this.tight(i + 1) || !this.tight(i + 2) || (this.toks[i + 2]?.text.length ?? 3) > 2) return null;
    const m = this.int(i + 2);
    if (m === null || m < 1 || m > 12) return null;
    const a = this.toks[i + 3];
    if (a === undefined || a.spaceBefore) return { m };
    if (a.text === '-' && this.tight(i + 4) && this.toks[i + 4]?.text.length === 4) {
      const y = this.int(i + 4);
      const b = this.toks[i + 5];
      if (y !== null && (b === undefined || b.spaceBefore || b.kind === 'punct')) return { m, y };
      return null;
    }
    return a.kind === 'punct' && a.text !== '-' && a.text !== '/' && a.text !== '.' ? { m } : null;
  }

  /** The year words after the full date at token k that ends a list of days: its year, `năm nay`, `tới`, `vừa qua`. */
  private listEndTail(k: number, m: number, y: number | undefined): Pt {
    const dashed = dmExec(this.toks[k]!.text) === null;
    const last = dashed ? k + (y === undefined ? 3 : 5) : k + 1;
    const r = dmExec(this.toks[k]!.text);
    let p: Parsed = parsed(k, last, new DatePoint('day', y, m, r ? Number(r[1]) : (this.int(k) ?? 1)));
    if (y === undefined) p = this.yearTail(p);
    return this.afterRel(p).pt;
  }

  /** The month (and year) of the full date at token k that ends a list of days (see dayListEnd). */
  private listEndMonth(k: number): { m: number; y?: number } {
    const r = dmExec(this.toks[k]!.text);
    if (r) return { m: Number(r[3]), y: r[4] === undefined ? undefined : r[4].length === 4 ? Number(r[4]) : undefined };
    return this.dashedMonthAt(k)!;
  }

  /**
   * After month `n` ending before token j, a list of bare months rising to one with its
   * year (`, 4 và 5/2021`): that year, else undefined.
   */
  private monthListYear(j: number, n: number): Pick<Pt, 'y' | 'yRel'> | undefined {
    let prev = n;
    for (let step = 0; step < 6 && this.listSep(j); step++) {
      const u = this.toks[j + 1];
      if (!u || u.kind !== 'number') return undefined;
      const my = myExec(u.text);
      if (my) {
        const m = Number(my[1]);
        return m > prev && m <= 12 && this.dateTokenOk(j + 1, true) ? { y: Number(my[2]) } : undefined;
      }
      const v = this.int(j + 1);
      if (v === null || v <= prev || v > 12 || u.text.length > 2) return undefined;
      prev = v;
      j += 2;
    }
    // The last bare month's year: `, 10 năm ngoái`.
    if (prev === n) return undefined;
    const t = this.yearTail(parsed(j - 1, j, new DatePoint('month', undefined, prev))).pt;
    if (t.y !== undefined) return { y: t.y };
    if (t.yRel !== undefined) return { yRel: t.yRel };
    return undefined;
  }

  /**
   * `tháng` at token i follows a count N (2-12) and opens a list of exactly N rising months, so the count
   * counts the months listed, no duration: `trong 3 tháng 10, 11 và 12/2020`, `hai tháng 4 và 5` (pprice).
   */
  private countedMonthList(i: number): boolean {
    const n = this.count(i - 1);
    if (n === null || n < 2 || n > 12) return false;
    let prev = 0;
    let items = 0;
    let j = i + 1;
    let k = j;
    for (let step = 0; step < 13; step++) {
      const t = this.toks[j];
      const m = t !== undefined && t.kind === 'number' ? /^(\d{1,2})(?:\/\d{4})?$/u.exec(t.text) : null;
      if (m === null) {
        if (step === 0) return false;
        break; // `, tổng số tiền`: the list ended at the separator
      }
      const v = Number(m[1]);
      if (v < 1 || v > 12 || v <= prev) return false;
      prev = v;
      items++;
      k = j;
      if (!this.listSep(j + 1)) break;
      j += 2;
    }
    // The list closes with `và`/`hoặc` or a year (`10, 11 và 12`, `7, 8/2021`), not a count (`10, 11 người`).
    const last = this.toks[k];
    const closed = this.is(k - 1, 'và') || this.is(k - 1, 'hoặc') || (last !== undefined && last.text.includes('/')) || this.is(k + 1, 'năm');
    return items === n && closed;
  }

  /** `tháng` at token i opens a list of bare months that ends with its year: `(các) tháng 7, 8 và 9/2021`. */
  private datedMonthList(i: number): boolean {
    const t = this.toks[i + 1];
    if (!t || t.kind !== 'number' || t.text.length > 2) return false;
    const n = this.int(i + 1);
    return n !== null && n >= 1 && n <= 12 && this.monthListYear(i + 2, n) !== undefined;
  }

  /** Month number `n` at token i follows a list of bare months opened by `tháng` (`tháng 3, 4 và` before it), rising. */
  private monthListBefore(i: number, n: number): boolean {
    let k = i - 1;
    let next = n;
    for (let step = 0; step < 6 && this.listSep(k); step++) {
      const p = this.toks[k - 1];
      const v = this.int(k - 1);
      if (!p || p.kind !== 'number' || p.text.length > 2 || v === null || v < 1 || v >= next) return false;
      // `các tháng 7, 8 và 9` (habitual, no year) lists no date; `các tháng 7, 8 và 9/2021` does.
      if (this.is(k - 2, 'tháng')) return !VAGUE_BEFORE.has(this.w(k - 3)) || this.datedMonthList(k - 2);
      next = v;
      k -= 2;
    }
    return false;
  }

  /** Token i follows a list of bare days opened by `ngày` (`ngày 10, 11 và` before it). */
  private dayListBefore(i: number): boolean {
    let k = i - 1;
    for (let step = 0; step < 6 && this.listSep(k); step++) {
      const p = this.toks[k - 1];
      if (!p || p.kind !== 'number' || p.text.length > 2 || this.int(k - 1) === null) return false;
      if (this.is(k - 2, 'ngày')) return true;
      k -= 2;
    }
    return false;
  }

  /** A dash then a clock time written with `h` at j and a part of day or a day (`9h - 11h30 trưa ngày 3/8`): a range of times. */
  private clockAfterDash(j: number): boolean {
    if (!this.is(j, '-')) return false;
    const t = this.toks[j + 1];
    if (!t || t.kind !== 'number') return false;
    if (clockExec(t.text) === null || t.text.includes(':')) return false;
    // Only with a part of day or a day after it: `9h - 10h mỗi ngày` may be hours of work.
    const w = this.w(j + 2);
    return POD1.has(w) || w === 'ngày' || w === 'hôm';
  }

  /** Part of day then a date: `Chiều 21/7`, `sáng nay`, `tối mai`, `chiều tối ngày 27/4/2021`. */
  private pod(i: number): Parsed | null {
    // `2 chiều qua hầm`: two directions (`lần 3 sáng 26/4` is an ordinal, no count: see durationCount).
    // `đêm 25 rạng sáng 26/4`: the number is the day of a part of day before it.
    if (this.durationCount(i - 1) && !POD1.has(this.w(i - 2)) && !this.is(i - 2, 'ngày')) return null;
    // (`suốt đêm 17/10`: the whole night of a written day, no habit (psoc4).)
    if (this.vagueAt(i - 1) && !(this.is(i - 1, 'suốt') && dmExec(this.toks[i + 1]?.text ?? ''))) return null; // `các tối thứ Bảy`: habitual
    // `lãi suất (kỳ hạn) qua đêm hôm 15/3`: `qua đêm` after a rate or a term is the overnight tenor, no
    // night; the date after it stands alone (pbank).
    if (this.is(i, 'đêm') && this.is(i - 1, 'qua') && (this.is(i - 2, 'hạn') || this.is(i - 2, 'suất'))) return null;
    let j = i;
    if (this.is(j, 'buổi')) j++;
    let pod: PartOfDay | undefined;
    const p2 = POD2.get(this.w(j) + ' ' + this.w(j + 1));
    if (p2) {
      pod = p2;
      j += 2;
    } else {
      pod = POD1.get(this.w(j));
      if (!pod) return null;
      j++;
    }
    const wj = this.w(j);
    let date: Parsed | null = null;
    if (wj === 'nay' || wj === 'mai' || wj === 'qua') {
      date = parsed(j, j + 1, DatePoint.from({ grain: 'day', rel: wj === 'nay' ? 0 : wj === 'mai' ? 1 : -1 }));
      // `chiều nay 30/9`: the explicit date that follows is the same day.
      const p = this.sameDayAfter(j + 1);
      if (p) date = parsed(j, p.last, p.pt);
    } else if (wj === 'cùng' && this.is(j + 1, 'ngày')) {
      // `chiều cùng ngày`: the part of the day the text last named.
      date = parsed(j, j + 2, DatePoint.from({ grain: 'day', narr: 0 }));
    } else if (wj === 'hôm' && (this.is(j + 1, 'nay') || this.is(j + 1, 'qua') || this.is(j + 1, 'kia') || this.is(j + 1, 'trước') || this.is(j + 1, 'sau'))) {
      date = this.dayHead(j);
    } else if (wj === 'ngày' || wj === 'hôm' || wj === 'thứ' || wj === 'chủ' || wj === 'mồng' || wj === 'mùng' || this.isNum(j)) {
      const p = this.point(j);
      if (p && !p.to && p.pt.grain === 'day' && p.pt.hh === undefined && !p.pt.timeOnly) {
        date = p;
        // `tối ngày 14, sáng ngày 15/8`: a bare day takes the month of the dated one after it.
        if (p.pt.m === undefined && p.pt.d !== undefined && p.pt.rel === undefined && p.pt.wd === undefined && p.last === p.first + 2) {
          const l = this.listedDay(p.last - 1);
          if (l) date = parsed(p.first, p.last, DatePoint.extend(p.pt, { m: l.pt.m, y: l.pt.y }), p.to, p.mod, p.wordRange);
        }
      } else if (!p) date = this.listedDay(j);
    } else if (this.listSep(j) && !this.is(j, ',') && this.listOpenerAt(i)) {
      // `Chiều tối và đêm nay`, `sáng và chiều mai`: a part of day listed before one with its day.
      let k = j + 1;
      if (POD2.has(this.w(k) + ' ' + this.w(k + 1))) k += 2;
      else if (POD1.has(this.w(k))) k++;
      else k = -1;
      const wk = k > 0 ? this.w(k) : '';
      if (wk === 'nay' || wk === 'mai' || wk === 'qua') date = parsed(j, j, DatePoint.from({ grain: 'day', rel: wk === 'nay' ? 0 : wk === 'mai' ? 1 : -1 }));
    } else if ((wj === 'đến' || wj === 'tới') && this.is(i - 1, 'từ') && !this.rightEnd && POD1.has(this.w(j + 1))) {
      // `từ rạng sáng đến trưa 15/11`, `Từ chiều đến đêm nay`: a bare part of day opening a range is on
      // the day of the right end when it comes earlier in that day (`từ tối đến sáng mai` spans two days: none).
      const r = this.point(j + 1);
      const rp = r?.pt.pod;
      if (r && !r.to && rp !== undefined && r.pt.hh === undefined && r.pt.narr === undefined && r.pt.grain === 'day' && POD_ORDER.indexOf(pod) < POD_ORDER.indexOf(rp)) date = parsed(j, j, DatePoint.extend(r.pt, {}));
    }
    if (!date) return null;
    date.pt.pod = pod;
    return parsed(i, date.last, date.pt);
  }

  // ---------------------------------------------------------------- days

  /**
   * A bare day listed before a dated one, with a part of day between:
   * `đêm 26 và rạng sáng 27/12` -> day 26 of December (the month and year of the next).
   */
  private listedDay(j: number): Parsed | null {
    const n = this.int(j);
    if (n === null || n < 1 || n > 31 || this.toks[j]!.text.length > 2) return null;
    // `đêm 25 và rạng sáng 26/4`, `đêm 25 rạng sáng 26/4`, `tối 25 đến sáng 26/4` (a range).
    let k = j + 1;
    if (this.is(k, 'và') || this.is(k, ',') || this.is(k, 'đến') || this.is(k, 'tới')) k++;
    // `chiều 26 đến hết ngày 28/11`
    if (k > j + 1 && this.is(k, 'hết') && this.is(k + 1, 'ngày') && !this.is(k - 1, 'và') && !this.is(k - 1, ',')) k++;
    // The next item's clock time: `22h đêm 25 đến 2h sáng 26/4`.
    if (k > j + 1 && this.toks[k]?.kind === 'number' && clockShape(this.lower, this.toks[k]!.start, this.toks[k]!.end)) k++;
    if (POD2.has(this.w(k) + ' ' + this.w(k + 1))) k += 2;
    else if (POD1.has(this.w(k))) k++;
    // `đêm 26 đến ngày 28/11`, `đêm 26 và ngày 27/11`: the next item is a whole day.
    else if (!(k > j + 1 && this.is(k, 'ngày'))) return null;
    if (this.is(k, 'ngày')) k++;
    const dm = dmExec(this.toks[k]?.text ?? '');
    if (!dm || dm[2] !== '/' || Number(dm[1]) <= n) return null;
    const m = Number(dm[3]);
    const y = dm[4] !== undefined && dm[4].length === 4 ? Number(dm[4]) : undefined;
    if (!validDay(y, m, n)) return null;
    return parsed(j, j + 1, new DatePoint('day', y, m, n));
  }

  /** `trung tuần tháng 4`, `hạ tuần tháng 10/2020`: a month with a position (like `giữa tháng 4`). */
  private tenDays(i: number, mod: 'START' | 'MID' | 'END'): Parsed | null {
    if (!this.is(i + 1, 'tuần') || !this.is(i + 2, 'tháng')) return null;
    const r = this.month(i + 2);
    if (!r || r.to || r.mod || r.pt.months) return null;
    r.first = i;
    r.mod = mod;
    return r;
  }

  /**
   * `hôm nay` at token i naming the present as an era, not the day: before `và mai sau`
   * (today and the future), or after a generation (`các thế hệ hôm nay`, `thế hệ trẻ Việt Nam
   * hôm nay`, `giới trẻ hôm nay`; up to three capitalized words of a country between).
   */
  private presentEra(i: number): boolean {
    if (this.is(i + 2, 'và') && this.is(i + 3, 'mai') && this.is(i + 4, 'sau')) return true;
    let k = i - 1;
    for (let n = 0; n < 3; n++) {
      const t = this.toks[k];
      if (t === undefined || t.kind !== 'word' || !t.cap || t.lineStart) break;
      k--;
    }
    if (this.is(k, 'trẻ')) {
      if (this.is(k - 1, 'giới') || this.is(k - 1, 'lớp')) return true;
      k--;
    }
    return this.is(k, 'hệ') && this.is(k - 1, 'thế');
  }

  /** `ngày ...`, `hôm ...` */
  private dayHead(i: number): Parsed | null {
    const head = this.w(i);
    const j = i + 1;
    const wj = this.w(j);
    // `những ngày qua`; `nội các` (the cabinet) ends in `các` but counts nothing: `cải tổ nội các ngày 29/3`.
    // (`suốt ngày 17/10`: the whole of a written day (psoc4).)
    if (this.vagueAt(i - 1) && !(this.is(i - 1, 'các') && this.is(i - 2, 'nội')) && !this.bankHang(i) && !(this.is(i - 1, 'suốt') && dmExec(this.toks[j]?.text ?? ''))) return null;
    // `chiều ngày 30 Tết`: the Tết eve with its head word.
    if (head === 'ngày' && this.is(j + 1, 'tết') && this.isNum(j)) {
      const eve = this.numberStart(j);
      if (eve && eve.pt.lunar) return parsed(i, eve.last, eve.pt);
    }
    // `4 ngày 3 đêm`, `hai ngày 24-25/7`; not the minutes of `7 giờ 15 ngày 26/11`.
    // (`thủy điện Rào Trăng 3 ngày 12/10`: digits closing a capitalized name, then a day and month, are the name's.)
    const nw2 = this.toks[i - 2];
    const nameNum = this.toks[i - 1]?.kind === 'number' && nw2 !== undefined && nw2.kind === 'word' && nw2.cap && !nw2.lineStart && !this.is(i - 3, '.') && this.isNum(j) && this.w(j).includes('/');
    if (this.durationCount(i - 1) && !nameNum && !(this.is(i - 2, 'giờ') && this.isNum(i - 3))) return null;
    // `ngày mùng 1 Tết`, `ngày rằm tháng Giêng`: the head word before a lunar day's own head.
    if (head === 'ngày' && (wj === 'mùng' || wj === 'mồng' || wj === 'rằm')) {
      const r = wj === 'rằm' ? this.ram(j) : this.mungDay(j);
      return r ? withFirst(r, i) : null;
    }
    // `ngày đầu tiên của tháng 7`, `ngày cuối cùng của năm 2025`: the month's or year's first or last day.
    if (head === 'ngày' && ((wj === 'đầu' && this.is(j + 1, 'tiên')) || (wj === 'cuối' && this.is(j + 1, 'cùng')))) {
      const r = this.edgeDay(i, j + 2, wj === 'đầu');
      if (r) return r;
    }
    if (head === 'hôm' && (wj === 'nay' || wj === 'qua' || wj === 'kia')) {
      // `thế hệ trẻ Việt Nam hôm nay`, `hôm nay và mai sau`: the present as an era, vague like `ngày nay`.
      if (wj === 'nay' && this.presentEra(i)) return null;
      // `hôm qua 23/4`: the explicit date that follows is the same day.
      const p = this.sameDayAfter(j + 1);
      if (p) return parsed(i, p.last, p.pt);
      return this.afterRel(parsed(i, j + 1, DatePoint.from({ grain: 'day', rel: wj === 'nay' ? 0 : wj === 'qua' ? -1 : -2 })));
    }
    // `tối hôm trước`, `sáng ngày hôm sau`: relative to the day just told, after a part of day or a time.
    const pv = i >= 1 ? this.toks[i - 1] : undefined; // (no negative index read: see is)
    const timed = POD1.has(this.w(i - 1)) || (pv?.kind === 'number' && (clockExec(pv.text) !== null)) || this.is(i - 1, 'sớm');
    if (timed && head === 'hôm' && (wj === 'trước' || wj === 'sau') && !this.is(j + 1, 'đó')) {
      return parsed(i, j + 1, DatePoint.from({ grain: 'day', narr: wj === 'trước' ? -1 : 1 }));
    }
    if (timed && head === 'ngày' && wj === 'hôm' && (this.is(j + 1, 'trước') || this.is(j + 1, 'sau'))) {
      return parsed(i, j + 2, DatePoint.from({ grain: 'day', narr: this.is(j + 1, 'trước') ? -1 : 1 }));
    }
    // `tăng 12% so với ngày hôm trước`, `ngay ngày hôm sau`, `Hôm sau, ...`: also without a part of day, the day
    // before / after the day the text last named (pcovid). A bare `hôm trước` stays vague (`Hôm trước, tôi gặp anh
    // ấy`: the other day); not a count's (`vài hôm sau`), the day after next (`hôm sau nữa`) or an event's (`hôm
    // trước khi ...`).
    if (!timed && ((head === 'ngày' && wj === 'hôm' && (this.is(j + 1, 'trước') || this.is(j + 1, 'sau'))) || (head === 'hôm' && wj === 'sau' && !this.is(i - 1, 'ngày')))) {
      const e = head === 'ngày' ? j + 2 : j + 1;
      const pw = this.w(i - 1);
      if (!this.is(e, 'khi') && !this.is(e, 'nữa') && this.toks[i - 1]?.kind !== 'number' && !HOM_COUNTS.has(pw)) {
        return parsed(i, e, DatePoint.from({ grain: 'day', narr: this.is(e - 1, 'trước') ? -1 : 1, narrNear: true }));
      }
    }
    if (head === 'ngày' && (wj === 'mai' || wj === 'kia')) {
      const p = this.sameDayAfter(j + 1);
      if (p) return parsed(i, p.last, p.pt);
      return parsed(i, j + 1, DatePoint.from({ grain: 'day', rel: wj === 'mai' ? 1 : 2 }));
    }
    if (head === 'ngày' && wj === 'hôm' && (this.is(j + 1, 'qua') || this.is(j + 1, 'nay'))) {
      // `ngày hôm qua 20/7`: the same day.
      const p = this.sameDayAfter(j + 2);
      if (p) return parsed(i, p.last, p.pt);
      return parsed(i, j + 2, DatePoint.from({ grain: 'day', rel: this.is(j + 1, 'nay') ? 0 : -1 }));
    }
    if (wj === 'thứ' || wj === 'chủ') {
      const r = this.weekday(j, true);
      return r ? withFirst(r, i) : null;
    }
    const t = this.toks[j];
    if (!t || t.kind !== 'number') return null;
    const dm = dmExec(t.text);
    if (dm) {
      const r = this.bareDayMonth(j, dm, true);
      return r ? withFirst(r, i) : null;
    }
    const n = this.int(j);
    if (n === null || n < 1 || n > 31 || t.text.length > 2) return null;
    // `ngày 16-19/4`, `ngày 21-7-2021`; and `hôm 8 - 9/12`: a spaced day range after `hôm`
    // keeps its head word (a range only).
    if (this.is(j + 1, '-')) {
      const tight = this.tight(j + 1);
      if (tight || head === 'hôm') {
        const r = this.numberStart(j);
        if (r && (tight || r.to)) return withFirst(r, i);
      }
      // `ngày 2-3 lần`: a count, not the day `ngày 2`.
      if (tight && this.tight(j + 2) && this.isNum(j + 2)) return null;
    }
    if (this.is(j + 1, 'tháng')) {
      const mo = this.monthNumber(j + 2);
      if (mo) {
        if (!validDay(undefined, mo.m, n)) return null;
        return this.dayTail(parsed(i, mo.end, new DatePoint('day', undefined, mo.m, n)));
      }
    }
    if (head === 'ngày') {
      // `ngày 15 hằng tháng`, `ngày 20 của tháng`: a day of every month, no date.
      if ((this.is(j + 1, 'hằng') || this.is(j + 1, 'hàng') || this.is(j + 1, 'mỗi') || this.is(j + 1, 'của')) && this.is(j + 2, 'tháng')) return null;
      // `ngày 15`: a day of the current month. Not `ngày 1 người`, `ngày 2 lần`.
      const nx = this.toks[j + 1];
      if (nx && nx.kind === 'word' && (QUANTITY.has(this.w(j + 1)) || NUMBER_WORDS.has(this.w(j + 1)))) return null;
      if (nx && nx.kind === 'number') return null;
      // `ngày 14, 15 và 16/9`: listed days take the month of the full date that ends the list.
      if (this.listSep(j + 1)) {
        const k = this.dayListEnd(j, n);
        if (k >= 0) {
          const { m, y } = this.listEndMonth(k);
          const tail = this.listEndTail(k, m, y);
          return parsed(i, j + 1, DatePoint.from({ grain: 'day', d: n, m, y: tail.y, yRel: tail.yRel, dir: tail.dir, dirDay: tail.dir === undefined ? undefined : tail.d }));
        }
      }
      return this.dayTail(parsed(i, j + 1, new DatePoint('day', undefined, undefined, n)));
    }
    return null;
  }

  /** `mồng 3 tháng 3`, `mùng 1 Tết`, `mùng 2/9`. */
  private mungDay(i: number): Parsed | null {
    const t = this.toks[i + 1];
    if (!t || t.kind !== 'number') {
      // `mùng một Tết`
      const n = NUMBER_WORDS.get(this.w(i + 1));
      if (n && this.is(i + 2, 'tết')) return this.lunarTail(parsed(i, i + 3, DatePoint.from({ grain: 'day', lunar: { month: 1, day: n } })));
      return null;
    }
    const dm = dmExec(t.text);
    if (dm) {
      const r = this.bareDayMonth(i + 1, dm, true);
      return r ? withFirst(r, i) : null;
    }
    // `mùng 2-9`, `mùng 10-3 âm lịch`: a day and month joined by a dash.
    if (this.is(i + 2, '-') && this.tight(i + 2) && this.tight(i + 3)) {
      const r = this.numberStart(i + 1);
      if (r && !r.to && r.pt.grain === 'day' && (r.pt.m !== undefined || r.pt.lunar !== undefined)) return withFirst(r, i);
    }
    const n = this.int(i + 1);
    if (n === null || n < 1 || n > 10) return null;
    if (this.is(i + 2, 'tết')) return this.lunarTail(parsed(i, i + 3, DatePoint.from({ grain: 'day', lunar: { month: 1, day: n } })));
    if (this.is(i + 2, 'tháng')) {
      const mo = this.monthNumber(i + 3);
      // `mùng 10 tháng Giêng`: a festival day of the first lunar month (`tháng Giêng` alone
      // may be January; with `mùng` it is the lunar month, like `rằm tháng Giêng`).
      if (mo && mo.m === 1 && this.is(mo.end - 1, 'giêng') && !(this.is(mo.end, 'dương') && this.is(mo.end + 1, 'lịch'))) {
        return this.lunarTail(parsed(i, mo.end, DatePoint.from({ grain: 'day', lunar: { month: 1, day: n } })));
      }
      if (mo) return this.dayTail(parsed(i, mo.end, new DatePoint('day', undefined, mo.m, n)));
    }
    return this.dayTail(parsed(i, i + 2, new DatePoint('day', undefined, undefined, n)));
  }

  /** `rằm tháng Giêng`, `rằm tháng 7`: day 15 of a lunar month. */
  private ram(i: number): Parsed | null {
    if (!this.is(i + 1, 'tháng')) return null;
    const mo = this.monthNumber(i + 2);
    if (!mo) return null;
    return this.lunarTail(parsed(i, mo.end, DatePoint.from({ grain: 'day', lunar: { month: mo.m, day: 15 } })));
  }

  /** Year (and `âm lịch`) after a lunar day. */
  private lunarTail(p: Parsed): Parsed {
    let j = p.last;
    if (this.is(j, 'âm') && this.is(j + 1, 'lịch')) j += 2;
    // `mùng 1 Tết Bính Ngọ`: the lunar year by its name in the sixty-year cycle. The name
    // stays out of the span, as in the project's annotated articles (`mùng 1 Tết` in
    // `mùng 1 Tết Tân Sửu`); it only says which year.
    if (this.is(j - 1, 'tết')) {
      const cycle = this.cycleAt(j);
      if (cycle !== null) return parsed(p.first, j, DatePoint.extend(p.pt, { cycle }), p.to, p.mod, p.wordRange);
    }
    // `rằm tháng Giêng năm Bính Ngọ`: a year tail with the year's name (in the span, like `năm 2026`).
    if (this.is(j, 'năm')) {
      const cycle = this.cycleAt(j + 1);
      if (cycle !== null) return parsed(p.first, j + 3, DatePoint.extend(p.pt, { cycle }), p.to, p.mod, p.wordRange);
    }
    const r = this.yearTail(parsed(p.first, j, p.pt, p.to, p.mod, p.wordRange));
    // `Rằm tháng 7 vừa qua`, `mùng 1 Tết tới`: the markers after a day are in its span.
    return r.pt.y === undefined && r.pt.yRel === undefined ? this.afterRel(r) : r;
  }

  /** A year's name in the sixty-year cycle at token j (`Bính Ngọ`, capitalized): (year - 4) mod 60, else null. */
  private cycleAt(j: number): number | null {
    if (!this.toks[j]?.cap || !this.toks[j + 1]?.cap) return null;
    const c = CAN.indexOf(this.w(j));
    const z = CHI.get(this.w(j + 1));
    if (c < 0 || z === undefined || c % 2 !== z % 2) return null;
    // The year whose stem is c and branch z: (year - 4) mod 10 = c, mod 12 = z.
    let cycle = 0;
    while (cycle % 10 !== c || cycle % 12 !== z) cycle++;
    return cycle;
  }

  /** A month number or name at token j: `7`, `Bảy`, `Giêng`. */
  private monthNumber(j: number): { m: number; end: number } | null {
    const t = this.toks[j];
    if (!t) return null;
    if (t.kind === 'number') {
      const n = this.int(j);
      if (n !== null && n >= 1 && n <= 12 && t.text.length <= 2) return { m: n, end: j + 1 };
      return null;
    }
    const w = this.w(j);
    if (w === 'mười' && (this.is(j + 1, 'một') || this.is(j + 1, 'hai'))) return { m: this.is(j + 1, 'một') ? 11 : 12, end: j + 2 };
    const m = MONTH_NAMES.get(w);
    if (m && (t.cap || MONTH_NAMES_LOWER_OK.has(w))) return { m, end: j + 1 };
    return null;
  }

  /** After a day: `năm 2021`, `/năm nay`, `vừa qua`, `tới`, `âm lịch`. */
  private dayTail(p: Parsed): Parsed {
    let r = p;
    // `ngày 15 tháng này`, `ngày 5 tháng tới`, `ngày 20 tháng trước`: a day of a month named
    // against the reference month (`tháng sau đó` / `tháng trước đó` count from the story: no).
    if (r.pt.grain === 'day' && r.pt.d !== undefined && r.pt.m === undefined && r.pt.y === undefined && r.pt.rel === undefined && r.pt.wd === undefined && this.is(r.last, 'tháng')) {
      const rw = this.w(r.last + 1);
      const mRel = rw === 'này' ? 0 : rw === 'tới' || rw === 'sau' ? 1 : rw === 'trước' ? -1 : undefined;
      if (mRel !== undefined && !this.is(r.last + 2, 'đó') && !this.is(r.last + 2, 'nữa')) {
        r.last += 2;
        r.pt.mRel = mRel;
        return r;
      }
    }
    // `ngày 23 tháng Chạp`: the twelfth month by its lunar name is the lunar month.
    // (Followed by `âm lịch`, the rule below takes it with its span.)
    if (r.pt.lunar === undefined && r.pt.d !== undefined && r.pt.m === 12 && this.is(r.last - 1, 'chạp') && !(this.is(r.last, 'âm') && this.is(r.last + 1, 'lịch'))) {
      r.pt = DatePoint.from({ grain: 'day', y: r.pt.y, lunar: { month: 12, day: r.pt.d, last: r.pt.d === 30 } });
      // `ngày 23 tháng Chạp năm Canh Tý`: the lunar year by its name is in the span.
      const cycle = r.pt.y === undefined && this.is(r.last, 'năm') ? this.cycleAt(r.last + 1) : null;
      if (cycle !== null) {
        r.last += 3;
        r.pt.cycle = cycle;
        return this.afterRel(r);
      }
    }
    if (this.is(r.last, 'âm') && this.is(r.last + 1, 'lịch') && r.pt.d !== undefined && r.pt.m !== undefined) {
      r.last += 2;
      r.pt = DatePoint.from({ grain: 'day', y: r.pt.y, lunar: { month: r.pt.m, day: r.pt.d } });
      // `ngày 15/8 âm lịch năm Ất Tỵ`
      const cycle = r.pt.y === undefined && this.is(r.last, 'năm') ? this.cycleAt(r.last + 1) : null;
      if (cycle !== null) {
        r.last += 3;
        r.pt.cycle = cycle;
        return this.afterRel(r);
      }
    }
    // `ngày 12/6 năm Tân Sửu`: a day with a year named in the sixty-year cycle is a lunar day.
    if (r.pt.lunar === undefined && r.pt.y === undefined && r.pt.yRel === undefined && r.pt.d !== undefined && r.pt.m !== undefined && this.is(r.last, 'năm')) {
      const cycle = this.cycleAt(r.last + 1);
      if (cycle !== null) {
        r.last += 3;
        r.pt = DatePoint.from({ grain: 'day', lunar: { month: r.pt.m, day: r.pt.d }, cycle });
        return this.afterRel(r);
      }
    }
    if (r.pt.y === undefined) r = this.yearTail(r);
    if (r.pt.lunar === undefined && this.is(r.last, 'âm') && this.is(r.last + 1, 'lịch') && r.pt.d !== undefined && r.pt.m !== undefined) {
      r.last += 2;
      r.pt = DatePoint.from({ grain: 'day', y: r.pt.y, yRel: r.pt.yRel, lunar: { month: r.pt.m, day: r.pt.d } });
    }
    return this.afterRel(r);
  }

  /** `vừa qua`, `tới`, `sắp tới` after a point. */
  private afterRel(p: Parsed): Parsed {
    const j = p.last;
    if (this.is(j, 'vừa') && this.is(j + 1, 'qua')) return extended(p, j + 2, 'dir', -1);
    if (p.pt.rel === undefined && p.pt.y === undefined && p.pt.yRel === undefined) {
      // (Not the verb `tới` before a place: `ngày 14/1 tới Vũ Hán`, nor before a visit's verb or place
      // word: `ngày 8/4 tới thăm vùng Donbass`, `hôm 5/3 tới dự lễ`.)
      const nt = this.toks[j + 1];
      // (Nor the connector before a range's right end: `ngày 15/5 tới hết năm 2021`, and after `từ`:
      // `từ ngày 15/5 tới cuối năm` (plaw).)
      if (this.is(j, 'tới') && !this.is(j + 1, 'hết') && !((this.is(p.first - 1, 'từ') || (this.is(p.first - 1, 'ngày') && this.is(p.first - 2, 'từ'))) && TOI_RANGE_END.has(this.w(j + 1))) && !TOI_VERB_NEXT.has(this.w(j + 1)) && !this.is(j + 1, 'nay') && !this.is(j + 1, 'hiện') && !this.isNum(j + 1) && !POD1.has(this.w(j + 1)) && !this.is(j + 1, 'ngày') && !this.is(j + 1, 'năm') && !(nt && nt.kind === 'word' && (nt.cap || nt.upper) && !nt.lineStart)) {
        // `ngày 19/5 tới đây`: `tới đây` (coming) is one marker, like `vừa qua`.
        return extended(p, this.is(j + 1, 'đây') ? j + 2 : j + 1, 'dir', 1);
      }
      if (this.is(j, 'sắp') && this.is(j + 1, 'tới')) return extended(p, j + 2, 'dir', 1);
    }
    return p;
  }

  /** `năm 2021`, `năm nay`, `năm ngoái` after a day, month, quarter or season. */
  private yearTail(p: Parsed): Parsed {
    const j = p.last;
    // `tháng 9 cùng năm`, `tháng 11 năm đó`: the year the story is in (filled from the narrative).
    if (this.is(j, 'cùng') && this.is(j + 1, 'năm') && this.int(j + 2) === null && this.relAt(j + 2) === undefined) {
      p.last = j + 2;
      return p;
    }
    if (!this.is(j, 'năm')) return p;
    // `nửa đầu năm tài chính 2020`, `6 tháng đầu năm tài khóa 2021`: a fiscal year keeps its head
    // words, like `năm tài chính 2020` alone (pearn).
    if (this.fiscalAt(j)) {
      const f = this.toks[j + 3];
      const n = f && f.kind === 'number' && f.end - f.start === 4 ? this.int(j + 3) : null;
      return n !== null && n >= 1900 && n <= 2100 ? extended(p, j + 4, 'y', n) : p;
    }
    if (this.is(j + 1, 'đó') || this.is(j + 1, 'ấy')) {
      p.last = j + 2;
      return p;
    }
    const t = this.toks[j + 1];
    if (!t) return p;
    const n = this.int(j + 1);
    if (n !== null && t.text.length >= 3 && n >= 100 && n <= 2200) {
      const bc = this.bcTail(j + 2);
      if (bc) {
        p.pt.y = n;
        p.pt.bc = true;
        p.last = bc;
        return p;
      }
      return extended(p, j + 2, 'y', n);
    }
    const rel = this.relAt(j + 1);
    if (rel !== undefined && !this.is(j + 1, 'tới') ? true : rel !== undefined) {
      return extended(p, j + 2, 'yRel', rel);
    }
    return p;
  }

  // ---------------------------------------------------------------- weekdays, weeks

  /** `thứ Hai`, `thứ 2`, `Chủ nhật`, then `, 21/7`, `tuần tới`, `vừa qua`. */
  private weekday(i: number, headed: boolean): Parsed | null {
    let dow: number | undefined;
    let j = i + 1;
    const t1 = this.toks[i + 1];
    if (this.is(i, 'chủ')) {
      if (!this.is(i + 1, 'nhật')) return null;
      dow = 7;
      j = i + 2;
    } else {
      dow = WEEKDAYS.get(this.w(i + 1));
      if (!dow || !t1) return null;
      j = i + 2;
    }
    // `Kỳ họp thứ 2 ngày 20/7`, `lần thứ hai`: an ordinal after the noun it counts, not a weekday.
    // (`cuộc họp thứ 2 tuần sau` names its week: a weekday.)
    if (this.is(i, 'thứ') && !(t1 && t1.cap && t1.kind === 'word') && ORDINAL_NOUN.has(this.w(i - 1)) && !this.is(j, 'tuần')) return null;
    // `thứ Hai đầu tiên của tháng 12`, `Chủ nhật cuối cùng của tháng 5`: that weekday of the month
    // named after it, not the one near the reference date (without a month, no date).
    if ((this.is(j, 'đầu') && this.is(j + 1, 'tiên')) || (this.is(j, 'cuối') && this.is(j + 1, 'cùng'))) {
      let k = j + 2;
      if (this.is(k, 'của')) k++;
      const r = this.is(k, 'tháng') ? this.month(k) : null;
      if (!r || r.to || r.mod || r.pt.grain !== 'month' || r.pt.m === undefined || r.pt.months || r.pt.lunarMonth || r.pt.rel !== undefined) return null;
      r.first = i;
      r.pt.grain = 'day';
      r.pt.wdOfMonth = { wd: dow, last: this.is(j, 'cuối') };
      return r;
    }
    // The date it names: `thứ Hai, 21/7/2021`, `thứ 2 (21/7)` is two entities.
    let k = j;
    if (this.is(k, ',')) k++;
    if (this.is(k, 'ngày')) k++;
    const dm = dmExec(this.toks[k]?.text ?? '');
    if (dm) {
      const r = this.bareDayMonth(k, dm, true);
      if (r && !r.to) return withFirst(r, i);
    }
    // `ngày thứ 4 liên tiếp`, `ngày thứ hai`: an ordinal day unless anchored.
    const anchored = this.is(j, 'tuần') || this.is(j, 'tới') || this.is(j, 'này') || (this.is(j, 'vừa') && this.is(j + 1, 'qua'));
    if (headed && this.is(i, 'thứ') && !(t1 && t1.cap && t1.kind === 'word') && !anchored) return null;
    const prev = this.w(i - 1);
    if (POD1.has(prev) && VAGUE_BEFORE.has(this.w(i - 2))) return null; // `các tối thứ Bảy`: habitual
    if (this.habitualWeekdays(i, j)) return null; // `các tối thứ Bảy, Chủ nhật`, `thứ Hai, thứ Năm hằng tuần`
    // `... là thứ Tư`: a description; not a weekday anchored in a week (`rơi vào thứ Hai tuần sau`) (pbiz4).
    if ((prev === 'là' || (prev === 'vào' && this.is(i - 2, 'rơi'))) && !anchored) return null;
    const ordinalRisk = this.is(i, 'thứ') && !(t1 && (t1.cap || t1.kind === 'number'));
    // `ngày 29/11 (thứ Bảy)`: the bracketed weekday is the day just written.
    if (this.is(i - 1, '(') && this.is(j, ')')) {
      const dmb = dmExec(this.toks[i - 2]?.text ?? '');
      if (dmb && dmb[2] === '/') {
        const d = Number(dmb[1]);
        const m = Number(dmb[3]);
        const y = dmb[4] !== undefined && dmb[4].length === 4 ? Number(dmb[4]) : undefined;
        // A weekday that does not fit a written year is a slip of the weekday or the day: the
        // text still means the day just written (`ngày 29/11/2025 (thứ Sáu)`).
        if ((dmb[4] === undefined || y !== undefined) && validDay(y, m, d)) {
          return parsed(i, j, new DatePoint('day', y, m, d));
        }
      }
    }
    if (this.is(j, 'tuần')) {
      const rel = REL_AFTER.get(this.w(j + 1));
      if (rel !== undefined && !this.is(j + 1, 'ngoái')) return parsed(i, j + 2, DatePoint.from({ grain: 'day', wd: dow, wdWeek: rel, wdMode: 'near' }));
    }
    // `thứ Bảy và Chủ nhật tuần này`: a listed weekday shares the week of the list's end.
    {
      let k = j;
      for (let n = 0; n < 3 && (this.is(k, ',') || this.is(k, 'và')); n++) {
        const e = this.weekdayEnd(k + 1);
        if (e < 0) break;
        k = e;
      }
      if (k > j && this.is(k, 'tuần')) {
        const rel = REL_AFTER.get(this.w(k + 1));
        if (rel !== undefined && !this.is(k + 1, 'ngoái') && !BEFORE_EVENT.has(this.w(k + 2))) {
          return parsed(i, j, DatePoint.from({ grain: 'day', wd: dow, wdWeek: rel, wdMode: 'near' }));
        }
      }
    }
    const dateCtx = headed || prev === 'vào' || prev === 'hôm' || prev === 'sáng' || prev === 'chiều' || prev === 'tối' || prev === 'trưa' || prev === 'đêm' || prev === 'từ' || prev === 'đến' || prev === 'tới' || prev === 'cuối' || prev === 'đầu';
    if (this.is(j, 'vừa') && this.is(j + 1, 'qua')) return parsed(i, j + 2, DatePoint.from({ grain: 'day', wd: dow, wdMode: 'past' }));
    // (`từ thứ Hai tới thứ Tư`: `tới` joins two weekdays, it is no `next`.)
    if ((this.is(j, 'tới') && this.weekdayEnd(j + 1) < 0 || this.is(j, 'này')) && (!ordinalRisk || dateCtx)) {
      if (this.is(j, 'tới') && (this.isNum(j + 1))) return null;
      return parsed(i, j + 1, DatePoint.from({ grain: 'day', wd: dow, wdMode: this.is(j, 'tới') ? 'next' : 'near' }));
    }
    // `Thứ hai (12/4), HĐND ...`: a bracketed day right after says it is a weekday, no ordinal.
    if (ordinalRisk && !dateCtx) { const b0 = this.bracketDay(j); return b0 ? parsed(i, j, b0) : null; }
    // `thứ 2` alone: only with date context.
    if (t1 && t1.kind === 'number' && !dateCtx) return null;
    // `thứ Hai (26/4)`: the bracketed date (its own entity) says which Monday.
    const b = this.bracketDay(j);
    if (b) return parsed(i, j, b);
    return parsed(i, j, DatePoint.from({ grain: 'day', wd: dow, wdMode: 'near' }));
  }

  /** The day of a bracketed `(d/m)` or `(d/m/yyyy)` at token j, or null. */
  private bracketDay(j: number): Pt | null {
    if (!this.is(j, '(')) return null;
    // `(ngày 29/11)`: the head word inside the bracket changes nothing.
    if (this.is(j + 1, 'ngày')) j++;
    // `(26-4)`
    if (this.is(j + 2, '-') && this.tight(j + 2) && this.tight(j + 3) && this.is(j + 4, ')')) {
      const d = this.int(j + 1);
      const m = this.int(j + 3);
      return d !== null && m !== null && m >= 1 && m <= 12 && validDay(undefined, m, d) ? new DatePoint('day', undefined, m, d) : null;
    }
    if (!this.is(j + 2, ')')) return null;
    const dm = dmExec(this.toks[j + 1]?.text ?? '');
    if (!dm || dm[2] !== '/') return null;
    const d = Number(dm[1]);
    const m = Number(dm[3]);
    const y = dm[4] !== undefined && dm[4].length === 4 ? Number(dm[4]) : undefined;
    if (dm[4] !== undefined && y === undefined) return null;
    return validDay(y, m, d) ? new DatePoint('day', y, m, d) : null;
  }

  /** Index one past a weekday name at token k (`thứ Bảy`, `Chủ nhật`, `thứ 2`), or -1. */
  private weekdayEnd(k: number): number {
    if (this.is(k, 'chủ') && this.is(k + 1, 'nhật')) return k + 2;
    if (this.is(k, 'thứ') && WEEKDAYS.has(this.w(k + 1))) return k + 2;
    return -1;
  }

  /**
   * The weekday at tokens [i, j) is one of a list of weekdays said of every week: the
   * list ends with `hằng tuần` / `mỗi tuần`, or starts after `các` / `những` / `mỗi`
   * (with a part of day: `các tối thứ Bảy, Chủ nhật`). At most three items each way.
   */
  private habitualWeekdays(i: number, j: number): boolean {
    let k = j;
    for (let n = 0; n < 3 && (this.is(k, ',') || this.is(k, 'và')); n++) {
      const e = this.weekdayEnd(k + 1);
      if (e < 0) break;
      k = e;
    }
    if ((this.is(k, 'hằng') || this.is(k, 'hàng') || this.is(k, 'mỗi')) && this.is(k + 1, 'tuần')) return true;
    // Backwards over `thứ Bảy, ` items to the list's start.
    let b = i;
    for (let n = 0; n < 3 && (this.is(b - 1, ',') || this.is(b - 1, 'và')); n++) {
      const c = this.is(b - 3, 'thứ') || this.is(b - 3, 'chủ') ? b - 3 : -1;
      if (c < 0 || this.weekdayEnd(c) !== b - 1) break;
      b = c;
    }
    const pw = this.w(b - 1);
    // `các ngày thứ Bảy và Chủ nhật`, `những ngày thứ Hai`: said of every such day.
    if (pw === 'ngày' && VAGUE_BEFORE.has(this.w(b - 2))) return true;
    if (b === i) return false;
    return this.vagueAt(b - 1) || (POD1.has(pw) && this.vagueAt(b - 2));
  }

  /**
   * Token j is a vague or habitual word (`các`, `hằng`, `mỗi` ...) before a head, but not the
   * given name `Hằng` written inside a sentence (`bà Lê Thị Thu Hằng chiều 25/3`: pw16).
   */
  private vagueAt(j: number): boolean {
    if (!VAGUE_BEFORE.has(this.w(j))) return false;
    // `nội các` (the cabinet) ends in `các` but counts nothing: `cuộc họp nội các sáng 24/5` (pworld4).
    if (this.is(j, 'các') && this.is(j - 1, 'nội')) return false;
    if (!this.is(j, 'hằng')) return true;
    const t = this.toks[j]!;
    const c = this.text.charCodeAt(t.start);
    const p = this.toks[j - 1];
    return !(c !== this.lower.charCodeAt(t.start) && p !== undefined && /^\p{L}/u.test(p.text));
  }

  /**
   * `ngân hàng tháng 7`, `ngân hàng ngày 5/7`, `giao hàng tháng 4-5`, `khách hàng tháng 5/2021`: the
   * `hàng` of a compound noun (a bank, goods, a customer, a shop, an order) makes no `hàng tháng` /
   * `hàng ngày` (monthly, daily) of the period word at i (pbiz5, pprov).
   */
  private bankHang(i: number): boolean {
    return this.is(i - 1, 'hàng') && HANG_NOUN.has(this.w(i - 2));
  }

  /**
   * An event after `tuần trước` / `tuần sau` / `quý trước` makes them the period before or after
   * it, no relative date: `dịp`, `lễ`, … (BEFORE_EVENT), and the holiday break itself,
   * `nghỉ lễ` / `nghỉ Tết` (`đề xuất tuần sau nghỉ lễ cho học sinh nghỉ thêm`).
   */
  private beforeEvent(k: number): boolean {
    const w = this.w(k);
    return BEFORE_EVENT.has(w) || (w === 'nghỉ' && (this.is(k + 1, 'lễ') || this.is(k + 1, 'tết')));
  }

  /** `tuần này`, `tuần trước`, `tuần tới`, `tuần sau`. */
  private week(i: number): Parsed | null {
    if ((this.vagueAt(i - 1) && !this.bankHang(i)) || (this.count(i - 1) !== null && !this.codeSuffix(i - 1))) return null;
    // `tuần đầu tháng 8`, `tuần cuối cùng của tháng 9`: the month at its start or end (like
    // `thượng tuần tháng 8`).
    if (this.is(i + 1, 'đầu') || this.is(i + 1, 'cuối')) return this.monthPart(i, i + 1, this.is(i + 1, 'đầu') ? 'START' : 'END');
    const rel = this.relAt(i + 1);
    if (rel === undefined || this.is(i + 1, 'ngoái') || this.is(i + 1, 'nay') || this.perUnit(i)) return null;
    if ((rel === -1 || rel === 1) && this.beforeEvent(i + 2)) return null; // `tuần trước dịp lễ`: the week before an event
    return parsed(i, i + 2, DatePoint.from({ grain: 'week', rel }));
  }

  // ---------------------------------------------------------------- months, years

  /** `tháng 7`, `tháng 7/2021`, `tháng Bảy năm 2021`, `tháng này`, `tháng 9 vừa qua`. */
  private month(i: number): Parsed | null {
    if ((this.vagueAt(i - 1) && !this.datedMonthList(i) && !this.bankHang(i)) || (this.count(i - 1) !== null && !this.codeSuffix(i - 1) && !this.countedMonthList(i))) return null;
    // `Cách mạng Tháng Tám`, `Cách mạng tháng Mười Nga`: a revolution's name, not this year's month.
    if (this.is(i - 1, 'mạng') && this.is(i - 2, 'cách') && this.yearTail(parsed(i, i + 2, new DatePoint('month'))).last === i + 2) return null;
    const t = this.toks[i + 1];
    if (!t) return null;
    if (t.kind === 'number') {
      const my = myExec(t.text) ?? MY_DOT_RE.exec(t.text);
      if (my) {
        const m = Number(my[1]);
        if (m < 1 || m > 12 || !this.dateTokenOk(i + 1, true)) return null;
        return this.afterRel(parsed(i, i + 2, new DatePoint('month', Number(my[2]), m)));
      }
    }
    const mo = this.monthNumber(i + 1);
    if (mo) {
      // `tháng 11-2025`: the year after a glued dash.
      const dy = t.kind === 'number' ? this.dashYear(mo.end) : null;
      if (dy !== null) return this.afterRel(parsed(i, mo.end + 2, new DatePoint('month', dy, mo.m)));
      let p: Parsed = parsed(i, mo.end, new DatePoint('month', undefined, mo.m));
      // `tháng 7 này`: this year's July, whatever year the text spoke of before.
      p = this.yearTail(p);
      if (p.pt.y === undefined && p.pt.yRel === undefined && this.is(p.last, 'này')) p = parsed(p.first, p.last + 1, DatePoint.extend(p.pt, { dir: undefined, yRel: 0 }), p.to, p.mod, p.wordRange);
      if (this.is(p.last, 'âm') && this.is(p.last + 1, 'lịch')) {
        p = parsed(p.first, p.last + 2, DatePoint.extend(p.pt, { lunarMonth: true }), p.to, p.mod, p.wordRange);
        if (p.pt.y === undefined) p = this.yearTail(p);
      } else if (p.pt.y === undefined && p.pt.yRel === undefined) {
        p = this.listTail(p);
        // `tháng 3, 4 và 5/2021`: the year of the list's last month.
        const y = p.pt.y === undefined ? this.monthListYear(p.last, mo.m) : undefined;
        if (y !== undefined) p = parsed(p.first, p.last, DatePoint.extend(p.pt, y), p.to, p.mod, p.wordRange);
      }
      return this.afterRel(p);
    }
    const rel = this.relAt(i + 1);
    if (rel !== undefined && !this.is(i + 1, 'ngoái') && !this.is(i + 1, 'nay') && !this.perUnit(i)) {
      return parsed(i, i + 2, DatePoint.from({ grain: 'month', rel }));
    }
    return null;
  }

  /**
   * A month listed before another that states its year or calendar: `tháng 3 và tháng
   * 4/2020`, `cuối tháng 3 và tháng 4/2020`, `tháng 4, tháng 5 âm lịch`. The listed month
   * shares them (the next item is read again as its own expression).
   */
  private listTail(p: Parsed): Parsed {
    let j = p.last;
    if (!this.is(j, ',') && !this.is(j, 'và') && !this.is(j, 'hoặc')) return p;
    j++;
    if (this.is(j, 'đầu') || this.is(j, 'giữa') || this.is(j, 'cuối')) j++;
    if (!this.is(j, 'tháng')) return p;
    const mo = this.monthNumber(j + 1);
    let k: number;
    let y: number | undefined;
    if (mo) k = mo.end;
    else {
      const my = myExec(this.toks[j + 1]?.text ?? '');
      if (!my || this.toks[j + 1]!.kind !== 'number' || !this.dateTokenOk(j + 1, true)) return p;
      k = j + 2;
      y = Number(my[2]);
    }
    if (y === undefined && this.is(k, 'năm')) {
      const n = this.int(k + 1);
      if (n !== null && n >= 1000 && n <= 2200 && this.toks[k + 1]!.text.length === 4) y = n;
    }
    if (y !== undefined) return parsed(p.first, p.last, DatePoint.extend(p.pt, { y }), p.to, p.mod, p.wordRange);
    if (mo && this.is(k, 'âm') && this.is(k + 1, 'lịch')) return parsed(p.first, p.last, DatePoint.extend(p.pt, { lunarMonth: true }), p.to, p.mod, p.wordRange);
    return p;
  }

  /** `năm 2021`, `năm nay`, `năm ngoái`, `năm 44 trước Công nguyên`, `năm tài chính 2020`. */
  private year(i: number): Parsed | null {
    const prev = this.w(i - 1);
    let j = i + 1;
    // `năm tài chính 2020`, `năm tài khóa 2021`
    const fiscal = this.is(j, 'tài') && (this.is(j + 1, 'chính') || this.is(j + 1, 'khóa'));
    if (fiscal) j += 2;
    else if (this.is(j, 'học') && this.isNum(j + 1)) j += 1; // `năm học 2023-2024`
    const t = this.toks[j];
    if (!t) return null;
    // `năm học 2020/2021`
    const pair = j > i + 1 ? this.yearPair(j) : null;
    if (pair) return parsed(i, j + 1, fiscal ? DatePoint.from({ grain: 'year', y: pair[0], fiscal }) : new DatePoint('year', pair[0]), new DatePoint('year', pair[1]));
    const n = this.int(j);
    if (n !== null) {
      // (`lớp 10 năm 2021`: a school grade, no count.)
      if (this.durationCount(i - 1) && !this.is(i - 2, 'lớp') && !this.editionBefore(i - 1, j)) return null; // `5 năm 2021-2025`: a duration noun
      const bc = this.bcTail(j + 1);
      if (bc && n >= 1) return parsed(i, bc, DatePoint.from({ grain: 'year', y: n, bc: true }));
      if (t.text.length < 3 || n < 100 || n > 2200) return null;
      if (n < 1000 && this.toks[j + 1] && QUANTITY.has(this.w(j + 1))) return null;
      if (!this.dateTokenOk(j, true)) return null;
      return this.afterRel(parsed(i, j + 1, fiscal ? DatePoint.from({ grain: 'year', y: n, fiscal }) : new DatePoint('year', n)));
    }
    if (j !== i + 1 || this.perUnit(i)) return null;
    if ((VAGUE_BEFORE.has(prev) && !(prev === 'hàng' && HANG_NOUN.has(this.w(i - 2)))) || (this.count(i - 1) !== null && !this.codeSuffix(i - 1) && !this.is(i - 2, 'lớp'))) return null;
    const w = this.w(i + 1);
    if (w === 'kia' && prev !== 'hôm') return parsed(i, i + 2, DatePoint.from({ grain: 'year', yRel: -2 }));
    const rel = this.relAt(i + 1);
    if (rel === undefined) return null;
    return parsed(i, i + 2, DatePoint.from({ grain: 'year', yRel: rel }));
  }

  /** A glued `-` and a four-digit year at token j (`tháng 11-2025`, `quý 4-2025`): the year, else null. */
  private dashYear(j: number): number | null {
    if (!this.is(j, '-') || !this.tight(j) || !this.tight(j + 1)) return null;
    const t = this.toks[j + 1];
    if (!t || t.kind !== 'number' || t.end - t.start !== 4) return null;
    const n = this.int(j + 1);
    if (n === null || n < 1900 || n > 2100) return null;
    // `11-2025-...`: part of a longer code.
    const after = this.text.charCodeAt(t.end);
    if (after === 45 || after === 47) return null;
    return n;
  }

  /** `Q3/2025`, `Q4-2024` (capital Q, glued year): a quarter. */
  private quarterAbbrev(i: number): Parsed | null {
    const t = this.toks[i]!;
    const letter = this.text.charCodeAt(t.start);
    if (letter !== 81 && letter !== 72) return null; // `Q`, `H` (`H1/2025`: a half)
    if (t.start > 0 && LETTER_OR_DIGIT().test(this.text.charAt(t.start - 1))) return null;
    const q = this.text.charCodeAt(t.start + 1) - 48;
    let y: number | null = null;
    if ((this.is(i + 1, '/') || this.is(i + 1, '.')) && this.tight(i + 1) && this.tight(i + 2) && this.toks[i + 2]?.kind === 'number' && this.toks[i + 2]!.end - this.toks[i + 2]!.start === 4) {
      const n = this.int(i + 2);
      const after = this.text.charCodeAt(this.toks[i + 2]!.end);
      if (n !== null && n >= 1900 && n <= 2100 && after !== 47 && after !== 45) y = n;
    } else y = this.dashYear(i + 1);
    if (y === null) return null;
    if (letter === 72) return parsed(i, i + 3, DatePoint.from({ grain: 'half', half: q, y }));
    return parsed(i, i + 3, DatePoint.from({ grain: 'quarter', q, y }));
  }

  /** `quý I/2021`, `quý 3 năm 2020`, `quý 1 năm nay`, `quý tới`, `quý 3 này`. */
  private quarter(i: number): Parsed | null {
    const t = this.toks[i + 1];
    if (!t) return null;
    let q: number | null = null;
    let end = i + 2;
    let y: number | undefined;
    if (t.kind === 'number') {
      const my = /^([1-4])[/.](\d{4})$/.exec(t.text);
      if (my) {
        q = Number(my[1]);
        y = Number(my[2]);
      } else {
        const n = this.int(i + 1);
        if (n !== null && n >= 1 && n <= 4 && t.text.length === 1) q = n;
      }
    } else {
      q = ROMAN_QUARTER.get(t.text) ?? null;
      if (q === null) {
        const w = this.w(i + 1);
        const nw = NUMBER_WORDS.get(w);
        if (nw && nw <= 4 && w !== 'năm') q = nw;
      }
      if (q !== null && (this.is(i + 2, '/') || this.is(i + 2, '.')) && this.tight(i + 2) && this.tight(i + 3)) {
        const yy = this.int(i + 3);
        if (yy !== null && this.toks[i + 3]!.text.length === 4) {
          y = yy;
          end = i + 4;
        }
      }
    }
    if (q === null) {
      const rel = this.relAt(i + 1);
      // `quý trước ngày 20`: the quarter's (report) before a day, not last quarter.
      if ((rel === -1 || rel === 1) && this.beforeEvent(i + 2)) return null;
      if (rel !== undefined && !this.is(i + 1, 'ngoái') && !this.is(i + 1, 'nay')) return parsed(i, i + 2, DatePoint.from({ grain: 'quarter', rel }));
      if (this.is(i + 1, 'đầu') && this.is(i + 2, 'tiên')) {
        // `quý đầu tiên của năm 2025`: `của` and the year are in the span.
        if (this.is(i + 3, 'của') && this.is(i + 4, 'năm')) {
          const r = this.yearTail(parsed(i, i + 4, DatePoint.from({ grain: 'quarter', q: 1 })));
          if (r.last > i + 4) return r;
        }
        return this.yearTail(parsed(i, i + 3, DatePoint.from({ grain: 'quarter', q: 1 })));
      }
      // `quý đầu năm 2021`, `quý cuối năm ngoái`, `quý cuối năm`: the first / last quarter (not `các quý đầu năm`).
      if ((this.is(i + 1, 'đầu') || this.is(i + 1, 'cuối')) && this.is(i + 2, 'năm') && !VAGUE_BEFORE.has(this.w(i - 1)) && !NOT_YEAR_AFTER.has(this.w(i + 3))) {
        const r = this.yearTail(parsed(i, i + 2, DatePoint.from({ grain: 'quarter', q: this.is(i + 1, 'đầu') ? 1 : 4 })));
        if (r.last === i + 2 && !this.isNum(i + 3)) r.last = i + 3;
        return r.last > i + 2 ? r : null;
      }
      return null;
    }
    // `quý II-III năm 2021`, `quý III-IV/2021`, `quý 3-4`: two quarters joined by a dash, sharing the year (pmix3).
    if (y === undefined && end === i + 2 && this.is(end, '-')) {
      const t2 = this.toks[end + 1];
      const q2 = !t2 ? null : t2.kind === 'number' ? (t2.text.length === 1 ? this.int(end + 1) : null) : ROMAN_QUARTER.get(t2.text) ?? null;
      // (`mỗi quý 2-3 lần`: a count after the quarter word, no quarter at all.)
      if (t2 && t2.kind === 'number' && QUARTER_RANGE_NOT_BEFORE.has(this.w(end + 2))) return null;
      if (q2 !== null && q2 > q && q2 <= 4 && !QUARTER_RANGE_NOT_AFTER.has(this.w(i - 1))) {
        let e2 = end + 2;
        let y2: number | undefined;
        if ((this.is(e2, '/') || this.is(e2, '.')) && this.tight(e2) && this.tight(e2 + 1) && this.int(e2 + 1) !== null && this.toks[e2 + 1]!.text.length === 4) {
          y2 = this.int(e2 + 1)!;
          e2 += 2;
        }
        let r: Parsed = parsed(i, e2, DatePoint.from({ grain: 'quarter', q, y: y2 }));
        if (y2 === undefined) r = this.yearTail(r);
        r.to = DatePoint.from({ grain: 'quarter', q: q2, y: r.pt.y, yRel: r.pt.yRel });
        return r;
      }
    }
    // `quý 4-2025`, `quý IV-2025`: the year after a glued dash.
    if (y === undefined) {
      const yy = this.dashYear(end);
      if (yy !== null) {
        y = yy;
        end += 2;
      }
    }
    let p: Parsed = parsed(i, end, DatePoint.from({ grain: 'quarter', q, y }));
    if (y === undefined) p = this.yearTail(p);
    if (p.pt.y === undefined && p.pt.yRel === undefined && this.is(p.last, 'này')) p = parsed(p.first, p.last + 1, DatePoint.extend(p.pt, { yRel: 0 }), p.to, p.mod, p.wordRange);
    return this.afterRel(p);
  }

  /**
   * A part of a month named at its start or end, from token `first`, the position word at
   * `k` (`đầu`, `cuối`, then `tiên` / `cùng`, then `của`) and the month after: the month with
   * `mod` (`tuần đầu tháng 8`, `10 ngày cuối tháng 11`), or null.
   */
  private monthPart(first: number, k: number, mod: 'START' | 'END'): Parsed | null {
    let j = k + 1;
    if (this.is(j, mod === 'START' ? 'tiên' : 'cùng')) j++;
    if (this.is(j, 'của')) j++;
    if (!this.is(j, 'tháng')) return null;
    const r = this.month(j);
    if (!r || r.to || r.mod || r.pt.grain !== 'month' || r.pt.months || r.pt.lunarMonth) return null;
    r.first = first;
    r.mod = mod;
    return r;
  }

  /**
   * The first or last day of the month or year named at token k (after an optional `của`):
   * `ngày đầu tiên của tháng 7` (from `ngày` at i), `ngày cuối cùng của năm 2025`; null otherwise.
   */
  private edgeDay(i: number, k: number, first: boolean): Parsed | null {
    if (this.is(k, 'của')) k++;
    if (this.is(k, 'tháng')) {
      const r = this.month(k);
      if (!r || r.to || r.mod || r.pt.grain !== 'month' || r.pt.m === undefined || r.pt.months || r.pt.lunarMonth || r.pt.rel !== undefined) return null;
      r.first = i;
      r.pt.grain = 'day';
      if (first) r.pt.d = 1;
      else r.pt.lastOfMonth = true;
      return r;
    }
    if (this.is(k, 'năm')) {
      const r = this.year(k);
      if (!r || r.to || r.mod || r.pt.grain !== 'year' || (r.pt.y === undefined && r.pt.yRel === undefined) || r.pt.bc) return null;
      r.first = i;
      r.pt.grain = 'day';
      r.pt.m = first ? 1 : 12;
      r.pt.d = first ? 1 : 31;
      r.pt.fiscal = undefined;
      return r;
    }
    return null;
  }

  /** `năm tài chính`, `năm tài khóa` at token j. */
  private fiscalAt(j: number): boolean {
    return this.is(j, 'năm') && this.is(j + 1, 'tài') && (this.is(j + 2, 'chính') || this.is(j + 2, 'khóa'));
  }

  /** `nửa đầu năm 2021`, `nửa cuối năm nay`. */
  private halfWords(i: number): Parsed | null {
    const w = this.w(i + 1);
    // `nửa đêm 25/11`: midnight, a part of day.
    if (w === 'đêm') return this.pod(i);
    const half = w === 'đầu' ? 1 : w === 'cuối' || w === 'sau' ? 2 : 0;
    // `nửa đầu tháng 12`: the month, at its start or end.
    if (half && this.is(i + 2, 'tháng')) {
      const r = this.month(i + 2);
      if (!r || r.to || r.mod || r.pt.grain !== 'month' || r.pt.months || r.pt.lunarMonth) return null;
      return parsed(i, r.last, r.pt, r.to, half === 1 ? 'START' : 'END', r.wordRange);
    }
    // `nửa đầu 2025`, `nửa cuối 2024`: a four-digit year without `năm`.
    if (half && this.toks[i + 2]?.kind === 'number' && this.toks[i + 2]!.end - this.toks[i + 2]!.start === 4) {
      const n = this.int(i + 2);
      if (n !== null && n >= 1900 && n <= 2100 && this.dateTokenOk(i + 2, false)) return parsed(i, i + 3, DatePoint.from({ grain: 'half', half, y: n }));
    }
    if (!half || !this.is(i + 2, 'năm')) return null;
    const p = this.yearTail(parsed(i, i + 2, DatePoint.from({ grain: 'half', half })));
    // (A fiscal year with no year stated is no calendar half: `nửa đầu năm tài chính (từ tháng 4 ...)`.)
    return p.last > i + 2 ? p : this.fiscalAt(i + 2) ? null : parsed(i, i + 3, DatePoint.from({ grain: 'half', half }));
  }

  /** Starting at a count: `6 tháng đầu năm`, `3 năm trước`, `21 tháng 7 năm 2021`. */
  private countStart(i: number): Parsed | null {
    // Every rule below needs a period noun right after the count: most counts have none.
    if (!this.is(i + 1, 'tháng') && !this.is(i + 1, 'ngày') && !this.is(i + 1, 'tuần') && !this.is(i + 1, 'năm') && !this.is(i + 1, 'quý')) return null;
    const n = this.count(i);
    if (n === null || n < 1) return null;
    const unit = this.w(i + 1);
    const before = this.w(i - 1);
    // `3 quý đầu năm (2025)`, `2 quý cuối năm`: like `9 tháng đầu năm`.
    if (unit === 'quý') {
      if (n > 4 || !(this.is(i + 2, 'đầu') || this.is(i + 2, 'cuối')) || !this.is(i + 3, 'năm')) return null;
      const first = this.is(i + 2, 'đầu');
      const base: Pt =
        n === 1 ? DatePoint.from({ grain: 'quarter', q: first ? 1 : 4 }) : n === 2 ? DatePoint.from({ grain: 'half', half: first ? 1 : 2 }) : n === 4 ? new DatePoint('year') : DatePoint.from({ grain: 'month', months: first ? { from: 1, to: 9 } : { from: 4, to: 12 } });
      const p = this.yearTail(parsed(i, i + 3, base));
      return p.last > i + 3 ? p : this.fiscalAt(i + 3) ? null : parsed(i, i + 4, base);
    }
    // `10 ngày đầu tháng 11`, `2 tuần cuối tháng 9`: the month at its start or end.
    if (((unit === 'ngày' && n <= 15) || (unit === 'tuần' && n <= 2)) && (this.is(i + 2, 'đầu') || this.is(i + 2, 'cuối')) && !VAGUE_BEFORE.has(before)) {
      const r = this.monthPart(i, i + 2, this.is(i + 2, 'đầu') ? 'START' : 'END');
      if (r) return r;
    }
    // `6 tháng đầu năm (2021)`, `9 tháng cuối năm`
    if (unit === 'tháng' && n <= 12 && (this.is(i + 2, 'đầu') || this.is(i + 2, 'cuối')) && this.is(i + 3, 'năm')) {
      const first = this.is(i + 2, 'đầu');
      const months = first ? { from: 1, to: n } : { from: 13 - n, to: 12 };
      const base: Pt =
        n === 3 ? DatePoint.from({ grain: 'quarter', q: first ? 1 : 4 }) : n === 6 ? DatePoint.from({ grain: 'half', half: first ? 1 : 2 }) : n === 12 ? new DatePoint('year') : DatePoint.from({ grain: 'month', months });
      const p = this.yearTail(parsed(i, i + 3, base));
      return p.last > i + 3 ? p : this.fiscalAt(i + 3) ? null : parsed(i, i + 4, base);
    }
    // `6 tháng năm 2024`, `9 tháng năm nay`: in reports, the year's first N months (like
    // `6 tháng đầu năm 2024`). Not after words of duration (`sau 6 tháng năm 2020`); the
    // `ngoài` of `nước ngoài` (foreign) is none (`vốn vay nước ngoài 11 tháng năm 2020`).
    if (unit === 'tháng' && n >= 2 && n <= 11 && this.is(i + 2, 'năm') && !VAGUE_BEFORE.has(before) && (!COUNT_DURATION_BEFORE.has(before) || (before === 'ngoài' && this.is(i - 2, 'nước')))) {
      const base: Pt = n === 3 ? DatePoint.from({ grain: 'quarter', q: 1 }) : n === 6 ? DatePoint.from({ grain: 'half', half: 1 }) : DatePoint.from({ grain: 'month', months: { from: 1, to: n } });
      const p = this.yearTail(parsed(i, i + 2, base));
      if (p.last > i + 2 && !(p.pt.yRel !== undefined && this.is(p.last - 1, 'tới'))) return p;
    }
    // `Tính chung 9 tháng, …`, `bình quân 4 tháng tăng 0,89%`, `lũy kế 5 tháng đạt …`: a statistics
    // report's period without `năm` is the year's first N months, as `9 tháng năm nay` is. Only after
    // these report words and before a comma or a verb of the figure (`bình quân 6 tháng liền kề` stays
    // a duration).
    if (unit === 'tháng' && n >= 2 && n <= 11 && ((before === 'chung' && this.is(i - 2, 'tính')) || (before === 'quân' && this.is(i - 2, 'bình')) || (before === 'kế' && (this.is(i - 2, 'lũy') || this.is(i - 2, 'luỹ')))) && REPORT_PERIOD_AFTER.has(this.w(i + 2))) {
      return parsed(i, i + 2, n === 3 ? DatePoint.from({ grain: 'quarter', q: 1 }) : n === 6 ? DatePoint.from({ grain: 'half', half: 1 }) : DatePoint.from({ grain: 'month', months: { from: 1, to: n } }));
    }
    // `Lãi ròng 9 tháng của ngân hàng đạt …`, `lợi nhuận trước thuế 6 tháng tăng …`, `doanh thu 9 tháng, …`: a
    // company's result named by a count of months is its report's period, the year's first N months, like
    // `Tính chung 9 tháng` (pwhole9). Only right after the result's noun and before a comma, a verb of the
    // figure or `của`; written in digits, as reports write it (`Doanh thu hai tháng của bộ phận nội địa bằng
    // thu của cả năm` compares spans of time: gold-dev).
    if (unit === 'tháng' && n >= 2 && n <= 11 && this.isNum(i) && (REPORT_PERIOD_AFTER.has(this.w(i + 2)) || this.is(i + 2, 'của')) && this.resultNounBefore(i)) {
      return parsed(i, i + 2, n === 3 ? DatePoint.from({ grain: 'quarter', q: 1 }) : n === 6 ? DatePoint.from({ grain: 'half', half: 1 }) : DatePoint.from({ grain: 'month', months: { from: 1, to: n } }));
    }
    // `3 năm trước`, `hai tuần trước`
    if ((unit === 'ngày' || unit === 'tuần' || unit === 'tháng' || unit === 'năm') && this.is(i + 2, 'trước') && !VAGUE_BEFORE.has(before)) {
      const nx = this.w(i + 3);
      if (nx === 'đó' || nx === 'khi' || nx === 'kia' || nx === 'nữa' || this.isNum(i + 3)) return null;
      // `Covid-19 tuần trước`: the number ends a name, the week is last week (read from `tuần`).
      if (this.codeSuffix(i)) return null;
      // `năm học 2025-2026 tháng trước`: a year's figure counts no days, weeks or months ago
      // (2026 months ago is 1857).
      if (unit !== 'năm' && n >= 1900 && this.int(i) === n) return null;
      // `một ngày trước đại hội`: N days before an event, not N days ago.
      if (BEFORE_EVENT.has(nx) || EVENT_NOUN_FIRST.has(nx)) return null;
      // `6 tháng trước Thế vận hội`, `2 tháng trước bầu cử`: two-word events (their first word alone is too
      // common); `chỉ còn (hơn) 6 tháng trước X`: what is left before something is a duration (paw).
      if ((nx === 'thế' && this.is(i + 4, 'vận')) || (nx === 'bầu' && this.is(i + 4, 'cử'))) return null;
      // `3 tháng trước Olympic Tokyo`, `2 tuần trước Giáng sinh`, `1 tháng trước SEA Games`, `trước thềm`: named
      // games and feasts, one word or a fixed pair (pwhole3).
      if (EVENT_NAME_AFTER_COUNT.has(nx) || (nx === 'giáng' && this.is(i + 4, 'sinh')) || (nx === 'sea' && this.is(i + 4, 'games')) || (nx === 'world' && this.is(i + 4, 'cup'))) return null;
      if (before === 'còn' || (COUNT_DURATION_BEFORE.has(before) && this.is(i - 2, 'còn'))) return null;
      if (before === 'trong' || before === 'cách' || before === 'từ') {
        // `cách đây 3 năm` is handled as not a date; `từ 3 năm trước` is a date
        if (before !== 'từ') return null;
      }
      const grain: Grain = unit === 'ngày' ? 'day' : unit === 'tuần' ? 'week' : unit === 'tháng' ? 'month' : 'year';
      return parsed(i, i + 3, DatePoint.from({ grain, rel: -n }));
    }
    // `21 tháng 7 năm 2021` without `ngày`: only with the year.
    if (unit === 'tháng' && this.int(i) !== null && n <= 31) {
      const mo = this.monthNumber(i + 2);
      if (mo && validDay(undefined, mo.m, n)) {
        // `23 tháng Chạp`, `10 tháng 3 âm lịch`, `29 tháng Chạp năm Canh Tý`: a lunar day needs no
        // `ngày` (no count of months is named by the lunar month or calendar).
        if (!this.isNum(i - 1) && !LUNAR_DAY_DURATION_BEFORE.has(before) && ((this.is(mo.end - 1, 'chạp') && n <= 30) || (this.is(mo.end, 'âm') && this.is(mo.end + 1, 'lịch')) || (this.is(mo.end, 'năm') && this.cycleAt(mo.end + 1) !== null))) {
          const q = this.dayTail(parsed(i, mo.end, new DatePoint('day', undefined, mo.m, n)));
          if (q.pt.lunar !== undefined) return q;
        }
        // `Ngày 25/2, tức 14 tháng Giêng`, `(14 tháng Giêng)`: a bare day of `tháng Giêng` glossing another
        // date is the lunar one (a January day is written `14/1`).
        if (mo.m === 1 && this.is(mo.end - 1, 'giêng') && n <= 30 && (this.is(i - 1, 'tức') || (this.is(i - 1, '(') && this.isNum(i - 2) && this.w(i - 2).includes('/')))) {
          return this.lunarTail(parsed(i, mo.end, DatePoint.from({ grain: 'day', lunar: { month: 1, day: n } })));
        }
        const p = this.yearTail(parsed(i, mo.end, new DatePoint('day', undefined, mo.m, n)));
        if (p.pt.y !== undefined && !this.isNum(i - 1)) return p;
      }
    }
    return null;
  }

  /** `thập niên 1990`, `thập kỷ 90`. */
  private decadeWords(i: number): Parsed | null {
    const w = this.w(i + 1);
    if (w !== 'niên' && w !== 'kỷ' && w !== 'kỉ') return null;
    return this.decadeNumber(i, i + 2);
  }

  /** `những năm 1960` (the 1960s). */
  private decadeNhung(i: number): Parsed | null {
    if (!this.is(i + 1, 'năm')) return null;
    return this.decadeNumber(i, i + 2);
  }

  private decadeNumber(i: number, j: number): Parsed | null {
    const t = this.toks[j];
    if (!t || t.kind !== 'number') return null;
    const n = this.int(j);
    if (n === null) return null;
    let dec: number;
    if (t.text.length === 4 && n % 10 === 0 && n >= 1000 && n <= 2200) dec = n / 10;
    else if (t.text.length === 2 && n % 10 === 0) dec = n >= 30 ? 190 + n / 10 : 200 + n / 10;
    else return null;
    let end = j + 1;
    if (this.is(end, 's') && this.tight(end)) end++;
    return parsed(i, end, DatePoint.from({ grain: 'decade', decade: dec }));
  }

  /** `thế kỷ XX`, `thế kỷ 21`. */
  private century(i: number): Parsed | null {
    const w = this.w(i + 1);
    if (w !== 'kỷ' && w !== 'kỉ') return null;
    const t = this.toks[i + 2];
    if (!t) return null;
    const n = t.kind === 'number' ? this.int(i + 2) : parseRoman(t.text);
    if (n === null || n < 1 || n > 30) return null;
    const bc = this.bcTail(i + 3);
    if (bc) return parsed(i, bc, DatePoint.from({ grain: 'century', century: n, bc: true }));
    return parsed(i, i + 3, DatePoint.from({ grain: 'century', century: n - 1 }));
  }

  /** `tài khóa 2021` (fiscal year), with its head words. */
  private fiscal(i: number): Parsed | null {
    if (!this.is(i + 1, 'khóa')) return null;
    const n = this.int(i + 2);
    if (n === null || this.toks[i + 2]!.text.length !== 4 || n < 1900 || n > 2100) return null;
    return parsed(i, i + 3, new DatePoint('year', n));
  }

  /**
   * `niên độ 2020-2021`, `niên độ tài chính 2023`: a fiscal year, with its head words, read
   * like `năm tài chính 2023` (a dash and a second year make the range).
   */
  private nienDo(i: number): Parsed | null {
    if (!this.is(i + 1, 'độ')) return null;
    let j = i + 2;
    if (this.is(j, 'tài') && this.is(j + 1, 'chính')) j += 2;
    const pair = this.yearPair(j);
    if (pair) return parsed(i, j + 1, DatePoint.from({ grain: 'year', y: pair[0], fiscal: true }), new DatePoint('year', pair[1]));
    const n = this.int(j);
    if (n === null || this.toks[j]!.text.length !== 4 || n < 1900 || n > 2100 || !this.dateTokenOk(j, true)) return null;
    return parsed(i, j + 1, DatePoint.from({ grain: 'year', y: n, fiscal: true }));
  }

  /** `mùa xuân 1975`, `mùa hè năm nay`. */
  private season(i: number, first = i): Parsed | null {
    const s = SEASONS.get(this.w(i + 1));
    if (!s) return null;
    if (first !== i && (this.is(i, 'mùa') || !this.isNum(i + 2) && !this.is(i + 2, 'năm'))) return null;
    const n = this.int(i + 2);
    if (n !== null && this.toks[i + 2]!.text.length === 4) return parsed(first, i + 3, DatePoint.from({ grain: 'season', season: s, y: n }));
    const p = this.yearTail(parsed(first, i + 2, DatePoint.from({ grain: 'season', season: s })));
    // `mùa hè này`: this year's season, like `tháng 7 này`, `quý III này` (pcovid2).
    if (p.last === i + 2 && first === i && this.is(i + 2, 'này')) return parsed(first, i + 3, DatePoint.from({ grain: 'season', season: s, yRel: 0 }));
    return p.last > i + 2 ? p : null;
  }
}

/** A calendar point below the year that states no year of its own (`5/9`, `tháng 7`, `quý I`). */
function yearless(p: Pt): boolean {
  return p.y === undefined && p.yRel === undefined && p.rel === undefined && p.grain !== 'year' && p.grain !== 'decade' && p.grain !== 'century' && p.wd === undefined;
}

// Parse results are fresh objects that belong to the caller (no rule keeps or shares
// one it returns), so a rule that extends a result (a year, `vừa qua`, the head word
// before it) updates it in place: copying it with a spread at every step was a good
// part of the cost of each date read.

/** `p` starting at token `first`. */
function withFirst(p: Parsed, first: number): Parsed {
  p.first = first;
  return p;
}

/** `p` extended to token `last`, its point's `key` set to `value`. */
function extended<K extends 'dir' | 'y' | 'yRel'>(p: Parsed, last: number, key: K, value: Pt[K]): Parsed {
  p.pt[key] = value;
  p.last = last;
  return p;
}

/** 12-hour clock with a part of day -> 24-hour. */
function to24(h: number, pod: PartOfDay): number {
  if ((pod === 'AF' || pod === 'EV') && h < 12) return h + 12;
  if (pod === 'NI' && h >= 6 && h < 12) return h + 12;
  if (pod === 'MI' && h < 6) return h + 12;
  if (pod === 'MO' && h === 12) return 0;
  return h;
}

/** Two range ends of kinds that can form a range. */
/**
 * A range's first end that takes a part from the second: a day without its month (`24 - 27/4`),
 * or a month without its year before a month with one (`tháng 1-3/2021`).
 */
function borrowsMonth(a: Pt, b: Pt): boolean {
  if (a.grain === 'month') return a.m !== undefined && a.y === undefined && a.yRel === undefined && !a.lunarMonth && b.grain === 'month' && (b.y !== undefined || b.yRel !== undefined);
  return a.grain === 'day' && a.d !== undefined && a.m === undefined && a.hh === undefined && b.m !== undefined;
}

/** Clock time `a` (no date) on the day of the dated time `b`, in `b`'s part of day when it fits. */
function onDayOf(a: Pt, b: Pt): Pt {
  const p: Pt = DatePoint.extend(b, { hh: a.hh, mi: a.mi, pod: a.pod });
  if (!a.pod && b.pod && a.hh! <= 12) {
    const h = to24(a.hh!, b.pod);
    if (h <= b.hh!) p.hh = h;
  }
  return p;
}

function compatible(a: Pt, b: Pt): boolean {
  if (a.timeOnly || b.timeOnly) return !!a.timeOnly && !!b.timeOnly;
  const rank = (p: Pt): number => (p.grain === 'day' ? 0 : p.grain === 'week' ? 1 : p.grain === 'month' ? 2 : p.grain === 'quarter' ? 3 : p.grain === 'half' ? 4 : p.grain === 'season' ? 5 : p.grain === 'year' ? 6 : p.grain === 'decade' ? 7 : 8);
  if (a.months || b.months) return false;
  return Math.abs(rank(a) - rank(b)) <= 0 || (a.grain === 'month' && b.grain === 'year') || (a.grain === 'year' && b.grain === 'month');
}
