/**
 * Joint analysis of persons, titles and their links, computed once per document and
 * shared by the person and title recognizers (cached on the Doc object).
 *
 * Order: token view -> places -> titles (grammar) -> organizations and non-person
 * prefixes (blocked tokens) -> person names with their context -> weak titles kept
 * only when a name follows -> holder links -> candidates.
 */
import { memoKey, type Doc } from '../../doc.js';
import { placesCountries, placesVnProvinces } from '../../generated/lexicons.js';
import type { Candidate } from '../recognizer.js';
import type { PersonValue, TitleValue } from '../../types.js';
import { HASH_PRIME, HASH_START, WordIds, callerTries, hashAt, internWord, lexicons, longer, vocabSize, type CallerTries, type KeyList, type Lexicons } from './lexicon.js';
import { TK_CAP_WORD, S8_BLOCKED, S8_IN_PLACE, S8_TAKEN_FOREIGN, S8_TAKEN_GIVEN, S_IN_TITLE, S_ORG_MEMO, S_PLACE_COVER, S_PLACE_END, buildTokens, scratchI32, scratchU8, type Tk } from './tokens.js';
import { EDE_FAMILY_NAMES, NW_COMMON_SURNAME, NW_FOREIGN, NW_GIVEN, NW_MIDDLE, NW_NOT_NAME, NW_PARTICLE, NAME_PARTICLES, FOREIGN_ONLY_PARTICLES, hasNw, prepareNameWords, apostropheJoin, initialJoin, joins, parseForeign, parseInitials, parseVnName, highlandFamilyGiven, HIGHLAND_FIRST, vnTok, orgLike, type NameParse } from './names.js';
import { CONTINENTS, COUNTRY_KEYS, isCountryKey, stateFormLen, ORDINAL_WORDS, LOWER_KNOWN_FIRST, lowerKnownAt, MULTIWORD_COUNTRIES, candidateBefore, DEGREE_OCCUPATIONS, KF_HEAD, KF_ORG, bridgeStopAt, companyTypeEnds, speechAt, capWord, knownOrgAt, koreanGivenAt, nameStartsAt, orgHeadAt, parseOrg, parseTitleAt, type GrammarCtx, type TitleParse } from '../title/grammar.js';

export interface PersonSpan {
  start: number;
  end: number;
  parse: NameParse;
}

export interface Analysis {
  persons: Candidate<'person'>[];
  titles: Candidate<'title'>[];
  /** Normalized [start, end] of the holder of `titles[i]`, or undefined. */
  titleHolders: ([number, number] | undefined)[];
}

/** Cached on the document (see Doc.memo: a WeakMap keyed by it would cost the collector). */
/** Lowercase particles inside a foreign place's name (`Rio de Janeiro`, `Port of Spain`) (pmix3). */
const PLACE_PARTICLES: ReadonlySet<string> = new Set(['de', 'do', 'da', 'dos', 'das', 'del', 'di', 'of']);
const ANALYSIS = memoKey<Analysis>('person analysis');

export function analyze(doc: Doc): Analysis {
  return doc.memo(ANALYSIS, run);
}

const STOP = new Set([
  'của', 'và', 'là', 'cho', 'do', 'với', 'tại', 'ở', 'từ', 'theo', 'khi', 'thì', 'mà', 'nhưng', 'được', 'bị', 'đã', 'đang',
  'sẽ', 'có', 'không', 'này', 'đó', 'các', 'những', 'một', 'vì', 'nên', 'để', 'về', 'trong', 'ngoài', 'trên', 'dưới',
  'sau', 'trước', 'như', 'cùng', 'gồm', 'thuộc', 'bằng', 'hay', 'hoặc', 'lúc', 'nói', 'cũng', 'vừa', 'mới', 'rằng', 'đến',
]);
const ADVERBS = new Set(['ở', 'nữ', 'vị', 'tiếp', 'tục', 'đã', 'đang', 'sẽ', 'từng', 'vừa', 'mới', 'hiện', 'cũng', 'chính', 'thức', 'lại', 'được', 'nay', 'khi', 'đó', 'trước', 'đây', 'sau', 'này', 'còn', 'vẫn', 'đều', 'chính thức', 'năm', 'là', 'dự', 'kiến', 'sắp', 'muốn', 'chỉ', 'nhiều', 'liền']);
const CHAIN = new Set([',', 'kiêm', 'và']);
/** Lowercase units opening a hometown after `quê` (`quê xã Tân Lập`) (pgov4). */
const HOMETOWN_UNITS = new Set(['xã', 'huyện', 'tỉnh', 'phường', 'quận', 'thị', 'thành', 'thôn', 'làng']);
/** Words of an appointing verb before `tham gia Ban Chấp hành ...` (`được chỉ định`, `điều động`). */
const APPOINT_WORDS = new Set(['được', 'chỉ', 'định', 'điều', 'động', 'phân', 'công', 'luân', 'chuyển']);
/** Lowercase levels closing a committee's name (`Ban Chấp hành Đảng bộ tỉnh`). */
const COMMITTEE_LEVELS = new Set(['tỉnh', 'thành', 'phố', 'huyện', 'quận', 'thị', 'xã']);
/** Heads of a day written before a subject's verb (`Ông X hôm 16/9 được bầu làm`). */
const DAY_HEADS = new Set(['hôm', 'ngày', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'tháng']);
/** Counts of times before a verb of holding (`hai lần làm Thủ tướng`). */
const TIMES_COUNTS = new Set(['hai', 'ba', 'bốn', 'năm', 'nhiều', 'vài', 'mấy']);
/** Title kinds that take no organization and stand right before a name (ranks, honorary and religious titles). */
const RANKLIKE_KINDS = new Set<string>(['rank', 'honorary', 'religious']);
/** Vocabulary id of `đình` (a non-person prefix: see blockPass). */
const ID_DINH = internWord('đình');
/** Vocabulary ids of `châu` and `ảnh` (asked at every word of a name run). */
const ID_CHAU = internWord('châu');
/** Vocabulary id of `đảng` (a party's name after a prefix: see blockPass). */
const ID_DANG = internWord('đảng');
/** Vocabulary id of `viên` (`ứng viên`: a candidate's party after a prefix, see lowerPrefixAlone). */
const ID_VIEN = internWord('viên');
/** Vocabulary ids of `cộng`, `ứng` and `cử` (`ứng viên Cộng hòa`, `cử viên`: see blockPass). */
const ID_CONG = internWord('cộng');
const ID_UNG = internWord('ứng');
/** Vocabulary ids of `tập đoàn` and `công ty` (see dropCompanyNames). */
const ID_TAP = internWord('tập');
const ID_DOAN = internWord('đoàn');
const ID_CONG_TY = internWord('công');
const ID_TY = internWord('ty');
/** Legal-form words between `Công ty` and a company's own name. */
const LEGAL_FORM_WORDS: ReadonlySet<string> = new Set(['cổ', 'phần', 'tnhh', 'cp', 'mtv']);
const ID_CU = internWord('cử');
/** Vocabulary id of `đại` (`Đại hội đại biểu`: see titlesPass). */
const ID_DAI = internWord('đại');
const ID_ANH_PHOTO = internWord('ảnh');
/** Lowercase endings of web domains (`Quochoi.vn`, `Dantri.com.vn`). */
const WEB_TLDS = new Set(['vn', 'com', 'net', 'org', 'info', 'gov', 'edu', 'io']);
/** `họa` of `Ảnh minh họa: X` (a credit two words longer). */
const ID_HOA = internWord('họa');
/** `bài` of `Bài: X` (the text's credit). */
const ID_BAI = internWord('bài');
/** Last words of other credit labels before a colon (`Video: X`, `Clip: X`, `Ảnh chụp màn hình: X`) (pair). */
const ID_VIDEO = internWord('video');
const ID_CLIP = internWord('clip');
const ID_HINH = internWord('hình');
/**
 * Vocabulary ids of marks (`-`, `,`, `'`: words of the lexicons): a token is that mark exactly
 * when its id is (its key is its text), so the hot checks read the ids, not the tokens. (Not
 * `"`: no lexicon word, it has no id, which honorificStrength relies on.)
 */
const ID_DASH = internWord('-');
const ID_COMMA = internWord(',');
const ID_APOS = internWord("'");
/** Vocabulary id of `và` (a list of names: see coordAfterPerson). */
const ID_VA = internWord('và');
/** Vocabulary id of `tuổi` (an age between an honorific and a name: see honorificStrength). */
const ID_TUOI = internWord('tuổi');
/** Vocabulary ids of `tên` (`mang tên X`, `đặt tên X`: see the named-thing check) and `lập` (`sáng lập`: see honorificStrength). */
const ID_TEN_NAME = internWord('tên');
const ID_LAP = internWord('lập');
const ID_HOA_ETHNIC = internWord('hoa');
/**
 * Last words of the fields between an analyst's or an expert's noun and the name (`nhà phân tích chính trị
 * Santiago Basabe`, `chuyên gia kinh tế X`): `trị`, `trường`, `tế`, `sự`, `chính`, `ninh`, `sách` (pwhole8).
 */
const ID_FIELD_LAST: readonly number[] = ['trị', 'trường', 'tế', 'sự', 'chính', 'ninh', 'sách'].map(internWord);
const FIELD_PAIRS: ReadonlySet<string> = new Set(['chính trị', 'thị trường', 'kinh tế', 'quân sự', 'tài chính', 'an ninh', 'chính sách']);
/** Last words of the nouns a field follows (`nhà phân tích`, `chuyên gia`, `nhà khoa học`, `nhà nghiên cứu`, `nhà bình luận`). */
const FIELD_OWNER_LAST: ReadonlySet<string> = new Set(['tích', 'gia', 'học', 'cứu', 'luận']);
const ID_OLYMPIC = internWord('olympic');
const ID_PARALYMPIC = internWord('paralympic');
const ID_WIMBLEDON = internWord('wimbledon');
const ID_ASIAD = internWord('asiad');
/** Vocabulary id of `tức` (`(tức Út "trọc")`: see givenPass, which asks at every free capitalized word). */
const ID_TUC = internWord('tức');
/** STOP by vocabulary id. */
const STOP_IDS = new WordIds(STOP);

const F_TITLE = 1;
/** A pre-modifier, post or `Phó` starts with the word: a title may start there (F_TITLE also counts organizations). */
const F_HEAD = KF_HEAD;
const F_PARTICLE = 4;
const F_PLACE = 8;
const F_AGENCY = 16;
const F_ORG = KF_ORG;
const F_PREFIX = 64;
/** Agencies, organizations or org heads, or non-person prefixes start with the word. */
const F_BLOCK = F_AGENCY | F_ORG | F_PREFIX;
/** A word token written capitalized or on a headline line (set by the token view, see F_CAP_WORD there). */
const F_CAP_WORD = TK_CAP_WORD;
let keyFlagArr: Uint8Array | null = null;
/** Quick-rejection flags by vocabulary id (see wordId in ./lexicon.ts). */
function keyFlags(L: Lexicons): Uint8Array {
  if (keyFlagArr) return keyFlagArr;
  // By the tries' first-word ids (no string hashed: this runs in the first extract call,
  // before the engine has compiled anything). A title (F_TITLE) starts with a
  // pre-modifier, a post, an organization, an org head or a vice word.
  const few: [number, number][] = [];
  for (const k of L.vice) few.push([internWord(k), F_TITLE | F_HEAD]);
  for (const k of NAME_PARTICLES) few.push([internWord(k), F_PARTICLE]);
  const a = new Uint8Array(vocabSize());
  L.preMods.markFirstIds(a, F_TITLE | F_HEAD);
  L.posts.markFirstIds(a, F_TITLE | F_HEAD);
  L.organizations.markFirstIds(a, F_TITLE | F_ORG);
  L.orgHeads.markFirstIds(a, F_TITLE | F_ORG);
  L.agencies.markFirstIds(a, F_AGENCY);
  L.nonPersonPrefixes.markFirstIds(a, F_PREFIX);
  L.places.markFirstIds(a, F_PLACE);
  for (const [id, f] of few) a[id] = a[id]! | f;
  keyFlagArr = a;
  return a;
}

/**
 * Quick rejection before parseTitleAt (most words that start a post's name start none
 * there: `tổng` in `tổng số`, `bộ` in `bộ phim`): by vocabulary id, 1 when the word
 * alone is a pre-modifier or a post, or is `Phó` (a title may start there whatever
 * follows); and a bit set of the hashed id pairs that start a pre-modifier or a post of
 * two or more words. A title starts at a word that is neither only when the pair's bit
 * is set (a few other pairs share bits: parseTitleAt decides those).
 */
let titleSoloArr: Uint8Array | null = null;
const TITLE_PAIR_BITS = 1 << 16;
const titlePairs = new Uint8Array(TITLE_PAIR_BITS >> 3);
function titlePairBit(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77)) >>> 16;
}
function titleSolo(L: Lexicons): Uint8Array {
  if (titleSoloArr) return titleSoloArr;
  const solo = new Uint8Array(vocabSize());
  const add = (a: number, b: number): void => {
    if (b < 0) solo[a] = 1;
    else {
      const bit = titlePairBit(a, b);
      titlePairs[bit >> 3] = titlePairs[bit >> 3]! | (1 << (bit & 7));
    }
  };
  L.preMods.forEachPrefix2(add);
  L.posts.forEachPrefix2(add);
  for (const k of L.vice) solo[internWord(k)] = 1;
  titleSoloArr = solo;
  return solo;
}

/**
 * Token positions each pass looks at, ascending: `caps` where a capitalized (or headline)
 * word or a name particle is (the person, place, given-name and foreign-name passes),
 * `titles` where a title or organization may start (F_TITLE), `blocks` where a non-person
 * prefix (F_PREFIX) or, at a capitalized word, an agency or organization may (blockPass
 * does nothing at other words); with caller posts or organizations
 * (`all`), every position for the last two. One scan of the flags, appending without
 * branches (the flags fall irregularly: a test per token per pass mispredicts often),
 * instead of each pass testing every token.
 */
interface Candidates {
  caps: Int32Array;
  capCount: number;
  titles: Int32Array;
  titleCount: number;
  blocks: Int32Array;
  blockCount: number;
}
/** The lists' buffer, reused from one analysis to the next (the analysis is not reentrant). */
let candBuf = new Int32Array(0);
/**
 * The positions givenPass or foreignPass looks at (one at a time), reused from one analysis to
 * the next as candBuf; `liveList(m)` holds at least m.
 */
let liveBuf = new Int32Array(0);
function liveList(m: number): Int32Array {
  if (liveBuf.length < m) liveBuf = new Int32Array(Math.max(m, 2 * liveBuf.length, 2048));
  return liveBuf;
}
/** 1 for a `blocked` value that leaves the word free (0 none, 2 a place's soft block), by value. */
const NOT_BLOCKED_HARD = new Uint8Array([1, 0, 1]);
/** givenPass's and foreignPass's marks by vocabulary id (all 0 between analyses; the analysis is not reentrant). */
let lastMark = new Uint8Array(0);
/**
 * Marks word id `id` in lastMark, noting it in `marked` for the clean-up (`clearMarks`); false
 * for a word without an id (the caller then asks its set by key).
 */
function markId(id: number, marked: number[]): boolean {
  if (id < 0) return false;
  if (lastMark[id] === 0) {
    lastMark[id] = 1;
    marked.push(id);
  }
  return true;
}
/** Clears the marks `markId` made. */
function clearMarks(marked: readonly number[]): void {
  for (const id of marked) lastMark[id] = 0;
}
/** Whether the entries are in text order (sorted by start). */
function inStartOrder(xs: readonly { start: number }[]): boolean {
  for (let x = 1; x < xs.length; x++) if (xs[x - 1]!.start > xs[x]!.start) return false;
  return true;
}
/**
 * By flag byte: bit 0 a `caps` position (F_CAP_WORD or F_PARTICLE), bit 1 a `titles` one
 * (F_TITLE), bit 2 a `blocks` one (F_PREFIX, or F_AGENCY or F_ORG with F_CAP_WORD): one
 * load per token. CAND_BITS_ALL, for caller entries (which may start a post or body at any
 * word): every position is a `titles` and a `blocks` one.
 */
const CAND_BITS = new Uint8Array(256);
const CAND_BITS_ALL = new Uint8Array(256);
for (let f = 0; f < 256; f++) {
  const block = (f & F_PREFIX) !== 0 || ((f & (F_AGENCY | F_ORG)) !== 0 && (f & F_CAP_WORD) !== 0);
  const cap = f & (F_CAP_WORD | F_PARTICLE) ? 1 : 0;
  CAND_BITS[f] = cap | (f & F_TITLE ? 2 : 0) | (block ? 4 : 0);
  CAND_BITS_ALL[f] = cap | 2 | 4;
}
function candidates(flags: Uint8Array, n: number, all: boolean): Candidates {
  if (candBuf.length < 3 * n) candBuf = new Int32Array(Math.max(3 * n, 2 * candBuf.length, 6144));
  const buf = candBuf;
  const bits = all ? CAND_BITS_ALL : CAND_BITS;
  // Write positions in the one buffer: caps from 0, titles from n, blocks from 2n.
  let c = 0;
  let t = n;
  let b = 2 * n;
  for (let i = 0; i < n; i++) {
    const m = bits[flags[i]!]!;
    buf[c] = i;
    buf[t] = i;
    buf[b] = i;
    c += m & 1;
    t += (m >> 1) & 1;
    b += m >> 2;
  }
  return { caps: buf.subarray(0, n), capCount: c, titles: buf.subarray(n, 2 * n), titleCount: t - n, blocks: buf.subarray(2 * n, 3 * n), blockCount: b - 2 * n };
}

function run(doc: Doc): Analysis {
  const L: Lexicons = lexicons();
  const C: CallerTries = callerTries(doc.lexicons);
  // Packed array (no holes), no closure per token.
  // Flags first: it may intern a few constant words (ids are looked up as the token
  // view is built, so this runs before it). The id answers the quick rejections below
  // and every built-in trie step.
  // The name sets' words are interned first (their flags by id must cover every token).
  prepareNameWords(L);
  const KF = keyFlags(L);
  const TSOLO = titleSolo(L);
  const { toks, keys, flags } = buildTokens(doc, KF);
  const n = toks.length;
  const callerPlaces = C.places.size > 0;
  const callerPosts = C.posts.size > 0 || C.organizations.size > 0;
  const cand = candidates(flags, n, callerPosts);
  const caps = cand.caps;
  const capCount = cand.capCount;
  const placeEnd = scratchI32(S_PLACE_END, n, -1);
  /** Token indices where a place starts (placeEnd[i] > i), ascending: the few places, not every token. */
  const placeStarts: number[] = [];
  // Own function: keeps each compiled unit small (one giant function takes TurboFan seconds to compile).
  const placesPass = (): void => {
    // The places' first words and word pairs by id: most words flagged F_PLACE start no
    // place there (`Nam` before no `Định`, `Phi`), told from two bytes instead of a trie walk.
    const starts = L.places.startFilter();
    const placeIds = keys.ids;
    for (let x = 0; x < capCount; x++) {
      const i = caps[x]!;
      // Flags first (other tokens have none): most tokens are passed over without reading
      // them. F_CAP_WORD is `t.kind === 'word' && (t.cap || t.hl)`, which a place needs.
      const f = flags[i]!;
      if (!(f & F_CAP_WORD) || (!(f & F_PLACE) && !callerPlaces)) continue;
      // (Ends only: no match object.)
      const lEnd = starts.may(placeIds, i, n) ? L.places.longestEnd(keys, i) : -1;
      let mEnd = callerPlaces ? Math.max(lEnd, C.places.longestEnd(keys, i)) : lEnd;
      // `Cộng hòa Chile`, `Vương quốc Bỉ`, `Cộng hòa Liên bang Brazil`: a state's official name around a
      // listed country (asked only at the few words that open a form of state) (pdiplo).
      const sf = f & F_PLACE ? stateFormLen(keys, i) : 0;
      if (sf > 0) {
        const ce = L.places.longestEnd(keys, i + sf);
        if (ce > i + sf && ce > mEnd && isCountryKey(keys, i, ce)) mEnd = ce;
      }
      if (mEnd > 0) {
        // All words of a place are capitalized (`Hà Nội`), joiners aside.
        let ok = true;
        // `Nam kỳ`, `Tây Nam bộ`: the regions' last word is often written in lowercase.
        // `Thành phố Hồ Chí Minh`: the unit word's second syllable in lowercase; `Cư M'gar`, `Ea H'leo`:
        // a lowercase syllable glued after an apostrophe (psoc4).
        // `Ả rập Xê út` (Saudi Arabia) is often written with its second syllables in lowercase.
        // `Cộng hòa Séc`, `Cộng hòa xã hội chủ nghĩa Việt Nam`, `Vương quốc Anh`, `Hợp chủng quốc Hoa Kỳ`: a
        // state's official name keeps `hòa`/`quốc` and its middle words in lowercase (the last word is capitalized).
        // `Rio de Janeiro`, `Rio Grande do Sul`, `Tierra del Fuego`: a Romance particle inside a foreign place (pmix3).
        // (A one-word place has no inner word: most places, which skip the compares below.)
        const republic = mEnd > i + 1 && ((keys[i] === 'cộng' && keys[i + 1] === 'hòa') || (keys[i] === 'vương' && keys[i + 1] === 'quốc') || (keys[i] === 'hợp' && keys[i + 1] === 'chủng'));
        // (A lowercase word off a headline is a word without F_CAP_WORD: a capitalized word, most
        // inner words, is passed by one byte.)
        for (let j = i + 1; j < mEnd; j++) if (!(flags[j]! & F_CAP_WORD) && toks[j]!.kind === 'word' && toks[j - 1]!.text !== '-' && !(toks[j - 1]!.text === "'" && !toks[j]!.sp) && !(j === mEnd - 1 && (keys[j] === 'kỳ' || keys[j] === 'bộ')) && !((keys[j] === 'rập' && keys[j - 1] === 'ả') || (keys[j] === 'út' && keys[j - 1] === 'xê')) && !(keys[j] === 'hòa' && keys[j - 1] === 'cộng') && !(republic && j < mEnd - 1) && !(j === i + 1 && keys[j] === 'phố' && keys[i] === 'thành') && !(j < mEnd - 1 && PLACE_PARTICLES.has(keys[j]!))) ok = false;
        if (ok) {
          placeEnd[i] = mEnd;
          placeStarts.push(i);
        }
      }
    }
  };
  placesPass();
  const g: GrammarCtx = { toks, keys, L, C, placeEnd, flags, givenFirst: undefined };
  // parseOrg(g, i, '', true) by position (+1; 0 not computed): the titles and the blocking passes both ask.
  const orgMemo = scratchI32(S_ORG_MEMO, n, 0);
  const orgAt = (i: number): number => {
    let e = orgMemo[i]! - 1;
    if (e < 0) {
      e = parseOrg(g, i, '', true);
      orgMemo[i] = e + 1;
    }
    return e;
  };

  // 1. Titles.
  const titleAt: TitleParse[] = [];
  const inTitle = scratchI32(S_IN_TITLE, n, -1);
  const inPlace = scratchU8(S8_IN_PLACE, n);
  for (const i of placeStarts) if (placeEnd[i]! > i + 1) for (let k = i + 1; k < placeEnd[i]!; k++) inPlace[k] = 1;
  const ids = keys.ids;
  /** The word at i (flagged F_HEAD) is one that starts a title alone, or the pair at i may start one (see titleSolo). */
  const titleMayStart = (i: number): boolean => {
    const a = ids[i]!;
    if (a < 0) return true;
    if (a < TSOLO.length && TSOLO[a] === 1) return true;
    if (a >= TSOLO.length) return true;
    const b = i + 1 < n ? ids[i + 1]! : -1;
    if (b < 0) return false;
    const bit = titlePairBit(a, b);
    return (titlePairs[bit >> 3]! & (1 << (bit & 7))) !== 0;
  };
  // Own function: keeps each compiled unit small (one giant function takes TurboFan seconds to compile).
  /**
   * `cô giáo chủ nhiệm`, `giáo viên chủ nhiệm`: no title starts inside an honorific led by
   * a kinship word (`giáo chủ`), nor in lowercase right after an occupation (`chủ nhiệm`).
   */
  /** The occupations' first words and word pairs by id: most words before a title open none (two bytes read, no trie walk). */
  const occStarts = L.occupations.startFilter();
  const inOccupation = (i: number): boolean => {
    // (A capitalized title is in no occupation: the lookups are skipped.)
    const lower = !toks[i]!.cap;
    for (let b = Math.max(0, i - 2); b < i; b++) {
      if (lower && occStarts.may(ids, b, n) && L.occupations.longestEnd(keys, b) === i) return true;
      // Kinship-led ones only (`cô giáo`): `yêu cầu thủ trưởng` is no `cầu thủ`.
      if (STRONG_HON.has(keys[b]!) && L.honorifics.longestEnd(keys, b) > i) return true;
    }
    return false;
  };
  const titlesPass = (): void => {
    const list = cand.titles;
    let count = cand.titleCount;
    if (!callerPosts) {
      // Exact pre-filter on typed arrays (no token, string or context object read): keeps the
      // positions outside places where a title may start (F_HEAD and titleMayStart) or an
      // organization may (F_ORG: capitalized, or a word opening a known body written in
      // lowercase, as knownOrgAt requires: `chính phủ`, not `chính sách`). The others (about
      // four in five) would find
      // neither below. Compacted in place (only this pass reads the list).
      let m = 0;
      for (let x = 0; x < count; x++) {
        const i = list[x]!;
        const f = flags[i]!;
        if (inPlace[i]) continue;
        if ((f & F_HEAD && titleMayStart(i)) || (f & F_ORG && (f & F_CAP_WORD || (LOWER_KNOWN_FIRST.has(ids[i]) && lowerKnownAt(keys, i))))) list[m++] = i;
      }
      count = m;
    }
    // The next position to look at (a title or organization found ends before it).
    let next = 0;
    for (let x = 0; x < count; x++) {
      const i = list[x]!;
      if (i < next) continue;
      // (Typed arrays first: most positions are passed over without reading their token.
      // Without caller entries every position listed is a word flagged F_TITLE.)
      // No title starts inside a place name (`Trung Quốc Vương Nghị`), nor `đại biểu` of a congress (`Đại hội đại biểu`).
      if (inPlace[i]) continue;
      if (callerPosts) {
        if (toks[i]!.kind !== 'word') continue;
        // Quick rejection: no post, modifier or organization starts with this word.
        if (!(flags[i]! & F_TITLE) && !(C.posts.starts(keys[i]!) || C.organizations.starts(keys[i]!))) continue;
      }
      if (ids[i] === ID_DAI && keys[i + 1] === 'biểu' && keys[i - 1] === 'hội') continue;
      // No pre-modifier, post or `Phó` starts here: no title (parseTitleAt would say null).
      const tp = flags[i]! & F_HEAD || callerPosts ? (callerPosts || titleMayStart(i) ? parseTitleAt(g, i) : null) : null;
      if (!tp || tp.end <= tp.start) {
        // Titles do not start inside an organization's name (`Ủy ban Thường vụ Quốc hội`, `Bộ Tư lệnh Hải quân`).
        // (`trở thành Ủy viên`: a lowercase syllable before a capitalized post opens no `Thành ủy`.)
        // (A listed position holds a word: F_CAP_WORD is capWord(toks[i]), read from the flags.)
        const capI = (flags[i]! & F_CAP_WORD) !== 0;
        if ((flags[i]! & F_ORG || callerPosts) && ((capI && orgHeadAt(g, i, false) > 0) || knownOrgAt(g, i) > 0) && (capI || !(flags[i + 1]! & F_HEAD) || !toks[i + 1]!.cap)) {
          let e = orgAt(i);
          // `Cục Phòng chống ma túy (Bộ Tư lệnh Bộ đội Biên phòng)`, `Đồn Biên phòng X (Bộ Chỉ huy BĐBP tỉnh Y)`: a
          // body glued to an opening bracket (parseOrg reads only spaced words) is passed over whole too, when
          // it is a known body or its head is, so `Tư lệnh` / `Chỉ huy` inside it opens no post (pas).
          if (e <= i + 1 && !toks[i]!.sp && toks[i - 1]?.text === '(') e = Math.max(e, knownOrgAt(g, i), capI ? orgHeadAt(g, i, false) : -1);
          if (e > i + 1) next = e;
        }
        continue;
      }
      // (Checked on parsed titles only: a few lookups, not at every candidate word.)
      if (i > 0 && inOccupation(i)) continue;
      // `bà Đinh Thị Hoàng Hậu`, `ông Lê Hoàng Đế`: a title-cased `Hoàng Hậu` / `Hoàng Đế` right after a
      // Vietnamese surname or middle name in the same capitalized run ends that name, no royal post (psoc6).
      if (i > 0 && keys[i] === 'hoàng' && (keys[i + 1] === 'hậu' || keys[i + 1] === 'đế') && toks[i]!.cap && toks[i + 1]!.cap && !toks[i]!.hl && joins(toks, i) && capWord(toks[i - 1]) && vnTok(toks[i - 1]!) && (hasNw(toks[i - 1], NW_MIDDLE) || hasNw(toks[i - 1], NW_COMMON_SURNAME))) continue;
      // `dịch vụ lãnh sự`, `bảo hộ lãnh sự`: a lowercase `lãnh sự` with no name or place after it is
      // consular work, no consul (`bà B, lãnh sự Việt Nam tại X` keeps its post).
      if (keys[i] === 'lãnh' && keys[i + 1] === 'sự' && !toks[i]!.cap && !toks[i]!.hl && !capWord(toks[i + 2])) continue;
      // `Đặng Đình Tướng`: after a capitalized word `Tướng` is a given name, no general.
      if (keys[i] === 'tướng' && i > 0 && toks[i - 1]!.kind === 'word' && toks[i - 1]!.cap && !toks[i]!.line) continue;
      // `sĩ quan cấp tướng`, `quân hàm tướng`: the grade of generals, no post.
      if (keys[i] === 'tướng' && i > 0 && !toks[i]!.cap && (keys[i - 1] === 'cấp' || keys[i - 1] === 'hàm')) continue;
      // `Không có hạ nghị sĩ Cộng hòa nào ủng hộ`: `có` / `không` before the post and `nào` right after it
      // count its holders (none, any): a group, no title (probes-pusa).
      if (keys[tp.end] === 'nào' && i > 0 && (keys[i - 1] === 'có' || keys[i - 1] === 'không') && !toks[i]!.line) {
        next = tp.end;
        continue;
      }
      titleAt.push(tp);
      for (let k = tp.start; k < tp.end; k++) inTitle[k] = titleAt.length - 1;
      // `Thị trưởng Washington D.C. Muriel Bowser`: the dot closing a dotted abbreviation that ends the
      // post (`D.C`, whose last dot the span leaves out) stands between the post and the holder's name
      // like nothing: it counts as the post's for the name after it (probes-pusa).
      if (tp.end - tp.start >= 3 && toks[tp.end]?.text === '.' && !toks[tp.end]!.sp && toks[tp.end - 1]!.kind === 'word' && /^\p{Lu}$/u.test(toks[tp.end - 1]!.text) && toks[tp.end - 2]!.text === '.' && !toks[tp.end - 2]!.sp && capWord(toks[tp.end + 1]) && toks[tp.end + 1]!.sp && !toks[tp.end + 1]!.line) inTitle[tp.end] = titleAt.length - 1;
      next = tp.end;
    }
  };
  titlesPass();

  const lines = lineBounds(toks);
  const theoAuthors: [number, number][] = [];
  const lastContent = lastLines(toks, lines, L, keys, theoAuthors);
  // Byline lines, with the token index their names end before (a source may follow).
  const bylineLines = new Map<number, number>();
  /** Starts of two-word given names accepted as items of a list (see listedGivenAt). */
  const listedGiven = new Set<number>();
  for (const ln of lastContent) {
    const be = isBylineLine(toks, lines, ln, L, keys);
    if (be >= 0) bylineLines.set(ln, be);
  }
  // Byline lines are among the last few: tokens before the first one's start (nearly all)
  // are answered by one comparison (this runs at every word of a name run).
  let bylineFrom = n;
  for (const ln of bylineLines.keys()) bylineFrom = Math.min(bylineFrom, lines.get(ln)!.first);
  const inByline = (i: number): boolean => i >= bylineFrom && (bylineLines.get(toks[i]!.lineNo) ?? -1) > i;

  // 2. Blocked tokens: organizations, non-person prefixes and what follows them, agencies.
  const blocked = scratchU8(S8_BLOCKED, n);
  /**
   * `Trường đã khai`, `bị Khoa bắn` (after `Mai Văn Trường`, `Triệu Văn Khoa`): a capitalized head or
   * prefix that is also a given name, alone before a verb that needs a subject, blocks no name (pcourt).
   */
  const clerkUnitName = (i: number): boolean => {
    if (i < 2 || toks[i]!.cap || (keys[i] !== 'xã' && keys[i] !== 'phường')) return false;
    const w = CLERK_JOBS.get(keys[i - 1]!);
    if (w === undefined || keys[i - 2] !== w || toks[i - 1]!.cap) return false;
    const q = i + 1;
    if (!capWord(toks[q]) || !toks[q]!.sp || toks[q]!.line || (keys[q + 1] !== 'văn' && keys[q + 1] !== 'thị') || !hasNw(toks[q], NW_COMMON_SURNAME)) return false;
    let end = q + 1;
    while (end < n && end - q < 5 && joins(toks, end)) end++;
    if (end - q < 3) return false;
    const vn = parseVnName(g, q, end);
    return !!vn && vn.end === end;
  };
  const loneGivenVerb = (i: number): boolean => toks[i]!.cap && !toks[i]!.hl && hasNw(toks[i], NW_GIVEN) && toks[i + 1]?.kind === 'word' && !toks[i + 1]!.cap && !!toks[i + 1]!.sp
    && subjectVerbAt(keys, i + 1);
  const loneGivenAfterRole = (i: number): boolean => {
    const t = toks[i]!, nx = toks[i + 1];
    return t.cap && !t.hl && hasNw(t, NW_GIVEN) && (!nx || !!nx.line || (!nx.sp && (nx.text === ',' || nx.text === ';' || nx.text === '.' || nx.text === ')'))) && honorificStrength(L, keys, toks, i) >= 1;
  };
  // Own function: keeps each compiled unit small (one giant function takes TurboFan seconds to compile).
  const blockPass = (): void => {
    const list = cand.blocks;
    // The next position to look at (what was blocked ends before it).
    let next = 0;
    for (let x = 0; x < cand.blockCount; x++) {
      const i = list[x]!;
      if (i < next || inTitle[i]! >= 0) continue;
      const f = flags[i]!;
      // Quick rejection: no agency, organization, org head or prefix starts with this word.
      // (Without caller entries every position listed is a word with one of those flags.)
      let callerOrg = false;
      if (callerPosts) {
        if (toks[i]!.kind !== 'word') continue;
        callerOrg = C.organizations.starts(keys[i]!);
        if (!(f & F_BLOCK) && !callerOrg) continue;
      }
      // An agency or organization starts at a capitalized word only (F_CAP_WORD: capitalized
      // or on a headline, `capWord`): at a lowercase one only a prefix may, and its token is
      // read only then.
      if (f & F_CAP_WORD) {
        const agEnd = f & F_AGENCY ? L.agencies.longestEnd(keys, i) : -1;
        // `Jacob Zuma`, `Michael Bloomberg`: a one-word agency right after a known foreign first
        // name is that person's surname; so is one right after a strong honorific (`ông Zuma`).
        if (agEnd > 0 && !(agEnd === i + 1 && ((i > 0 && joins(toks, i) && toks[i - 1]!.cap && hasNw(toks[i - 1], NW_FOREIGN) && !toks[i - 1]!.hl) || honorificStrength(L, keys, toks, i) >= 2))) {
          for (let k = i; k < agEnd; k++) blocked[k] = 1;
          next = agEnd;
          continue;
        }
        // A capitalized word inside a run of name words (asked only for an organization's word;
        // the word before by its blocks and flags first).
        if ((f & F_ORG || callerOrg) && !(toks[i]!.cap && i > 0 && blocked[i - 1] === 0 && inTitle[i - 1]! < 0 && flags[i - 1]! & F_CAP_WORD && joins(toks, i) && toks[i - 1]!.cap && toks[i - 1]!.kind === 'word') && (knownOrgAt(g, i) > 0 || orgHeadAt(g, i, false) > 0) && honorificStrength(L, keys, toks, i) < 2 && !(f & F_PREFIX && L.nonPersonPrefixes.longestEnd(keys, i) > 0) && !inByline(i)) {
          const e = orgAt(i);
          // `bị Khoa bắn`: a lone head that is also a given name, before a verb of a subject, is left to the names.
          // (`vợ bị cáo Khoa, khai`: such a head alone after a role noun, closed by punctuation, is the given name (pwhole6).)
          if (e > i + 0 && !(e === i + 1 && (loneGivenVerb(i) || loneGivenAfterRole(i)))) {
            for (let k = i; k < e; k++) blocked[k] = 1;
            next = e;
            continue;
          }
        }
      }
      // `gia đình Nguyễn Văn A` (family): `đình` (a communal house) is no prefix there
      // (checked on matches only, by vocabulary id: this runs at every prefix word).
      // (Ends only, -1 for none: no match objects.)
      const np0End = f & F_PREFIX ? L.nonPersonPrefixes.longestEnd(keys, i) : -1;
      // A prefix in lowercase (no particle) that reaches no capitalized word would block its
      // own words alone, and no later pass reads a lowercase word's block (a name run never
      // extends over one): the checks below are skipped (most prefix words).
      // (No prefix: nothing below happens, and the token is not read.)
      if (np0End <= 0 || lowerPrefixAlone(i, np0End)) continue;
      const t = toks[i]!;
      // `thông báo`, `cảnh báo`, `dự báo`, `khai báo` are verbs: their `báo` names no paper (`thông báo Nguyễn Văn A rời đội`).
      // (`Cơ quan Thuế Liên bang Mikhail Mishustin`: the `bang` of `Liên bang` (federal) is no state (pw13).)
      // (`HLV bóng đá Nguyễn Văn Khải`: the `đá` of `bóng đá` (football) is no reef's `Đá` (pspc).)
      // (`cựu chủ ngân hàng Guillermo Lasso`, `nhà ngân hàng Mario Draghi`: a banker, no bank's name (paw).)
      const npEnd = np0End > 0 && ((ids[i] === ID_DINH && keys[i - 1] === 'gia') || (np0End === i + 1 && keys[i] === 'bang' && keys[i - 1] === 'liên') || (np0End === i + 1 && !toks[i]!.cap && keys[i] === 'đá' && keys[i - 1] === 'bóng') || (np0End === i + 1 && !toks[i]!.cap && keys[i] === 'báo' && BAO_VERB_FIRST.has(keys[i - 1] ?? '')) || (np0End === i + 1 && !toks[i]!.cap && COMPOUND_LAST_FIRST.get(keys[i]!)?.has(keys[i - 1] ?? '') === true) || (np0End === i + 2 && !toks[i]!.cap && keys[i] === 'ngân' && (keys[i - 1] === 'chủ' || keys[i - 1] === 'nhà'))) ? -1 : np0End;
      const honHereEnd = npEnd > 0 ? L.honorifics.longestEnd(keys, i) : -1;
      // (`Trường đã khai` after `Mai Văn Trường`: a lone prefix that is also a given name, before a subject's verb.)
      if (npEnd === i + 1 && loneGivenVerb(i)) continue;
      // `Kế toán xã Phạm Thị Duyên`, `cán bộ địa chính phường Lê Văn Hùng`: after a commune clerk's job and a lowercase
      // `xã` / `phường`, a full Vietnamese name with `Văn` / `Thị` is the clerk's, no commune's (pcommune).
      if (npEnd === i + 1 && clerkUnitName(i)) continue;
      // `thượng đỉnh Biden - Putin`: a summit named by its two leaders' known surnames names persons (pmix3).
      if (npEnd >= i + 2 && keys[npEnd - 1] === 'đỉnh' && keys[npEnd - 2] === 'thượng' && toks[npEnd + 1]?.text === '-' && hasNw(toks[npEnd], NW_FOREIGN) && hasNw(toks[npEnd + 2], NW_FOREIGN) && capWord(toks[npEnd]) && capWord(toks[npEnd + 2]) && !joins(toks, npEnd + 1) && !joins(toks, npEnd + 3)) {
        // (Past the names: `đỉnh` also opens a mountain's name.)
        next = npEnd + 3;
        continue;
      }
      // (`Ảnh: Trường Thịnh`: a one-word prefix that is also a given name opens a photographer's name in a credit (plong).)
      // `đối tượng Nguyễn Văn A`, `thần tượng Cristiano Ronaldo`: the prefix (`tượng`, a
      // statue) is the last word of an honorific that started before it.
      // `đặt tên X cho đường ...`, `Đại lộ ... được đặt tên X`, `con đường mang tên X`: the name given to a street,
      // a bridge, a park or a school is its name, no person; `đặt tên` / `mang tên` block only there (ry).
      if (npEnd === i + 2 && ids[i + 1] === ID_TEN_NAME && !namedThingAround(i, npEnd)) continue;
      if (npEnd > 0 && !(honHereEnd > npEnd) && !contestBeforeName(i, npEnd) && (honorificStrength(L, keys, toks, i) < 2 || capPrefixLowerEnd(toks, i, npEnd)) && prefixCaseOk(toks, i, npEnd) && !inByline(i) && !lawFieldAt(i) && !(i > 0 && honorificEndsOver(L, keys, toks, i, npEnd)) && !surnameLikePrefix(i, npEnd) && !(npEnd === i + 1 && toks[i]!.cap && hasNw(t, NW_GIVEN) && creditBefore(toks, keys, i)) && !(toks[i]!.cap && L.foreignFull.longestEnd(keys, i) > npEnd)) {
        // The prefix itself (and a named entry such as `Giải Mai Vàng`) is no person.
        for (let k = i; k < npEnd; k++) blocked[k] = 1;
        // `Hạ nghị sĩ đảng Cộng hòa Kevin Brady`: a party's name (no `Cộng hòa` + country); also
        // after a candidate (`ứng viên Cộng hòa Donald Trump`).
        // (By vocabulary ids: this runs at every prefix taken.)
        if (i > 0 && (ids[i - 1] === ID_DANG || (ids[i] === ID_CONG && ids[i - 1] === ID_VIEN && (ids[i - 2] === ID_UNG || ids[i - 2] === ID_CU)))) {
          next = npEnd;
          continue;
        }
        let q = npEnd;
        let skipped = 0;
        // A one-word lowercase prefix (`bản`, `cầu`, `đường`) names what follows it directly.
        const maxSkip = npEnd - i === 1 && !t.cap ? 0 : 3;
        while (q < n && skipped < maxSkip) {
          const x = toks[q]!;
          // `Công an huyện bắt Lê Văn A`: a verb ends the prefix's descriptors.
          // (`Đội bóng xác nhận Neymar ...`, `Câu lạc bộ thông báo X ...`: a verb of saying too.)
          if (x.kind !== 'word' || x.cap || STOP_IDS.has(x.id) || L.honorifics.longestEnd(keys, q) > 0 || bridgeStopAt(keys, q) || speechAt(keys, q)) break;
          q++;
          skipped++;
        }
        // `được đặt tên là X`: the copula before the name given (ry).
        if (q === npEnd && keys[q] === 'là' && npEnd === i + 2 && ids[i + 1] === ID_TEN_NAME) q++;
        // Upper acronyms after a prefix: `Trường THPT`, `Công ty TNHH`; not one that starts a post
        // of its own (`thông báo HLV X`, `Đội bóng sa thải HLV X`, `xác nhận GS X`: the name is the post's holder).
        // (Flags first: an acronym is capitalized; a lowercase word is not read here.)
        while (q < n && q - npEnd < 8 && flags[q]! & F_CAP_WORD && toks[q]!.upper && !toks[q]!.hl && !postStartsAt(q)) q++;
        if (q < n && toks[q]!.upper && postStartsAt(q)) continue;
        // `Công ty TNHH Đầu tư Trần Anh Khoa`: capitalized field words after the legal form, then
        // the company's own name (a person's name there names the company).
        if (q < n && flags[q]! & F_CAP_WORD && toks[q]!.cap && toks[q]!.sp && companyTypeEnds(keys, q)) {
          // (`Công ty cổ phần Đầu tư xây dựng Thái Sơn`, `Thương mại dịch vụ Hoàng Long`: after a capitalized
          // field, a further field may be written in lowercase (ptraffic).)
          for (let g2 = 0; g2 < 3 && q < n && (toks[q]!.cap || (g2 > 0 && toks[q]!.kind === 'word' && !toks[q]!.line)) && toks[q]!.sp; g2++) {
            const ow = toks[q]!.cap ? longer(longer(L.orgWords.longest(keys, q), L.domains.longest(keys, q)), L.orgWordsCap.longest(keys, q)) : longer(L.orgWords.longest(keys, q), L.domains.longest(keys, q));
            if (!ow) break;
            q = ow.end;
            // `Công ty cổ phần Đầu tư và Xây dựng Hoàng Long`: `và` joins two capitalized fields (or a lowercase
            // second one: `Đầu tư và xây dựng` (ptraffic)).
            if (keys[q] === 'và' && q + 1 < n && toks[q + 1]!.kind === 'word' && !toks[q + 1]!.line && toks[q + 1]!.sp && (L.orgWords.longest(keys, q + 1) || (toks[q + 1]!.cap && L.domains.longest(keys, q + 1)))) q++;
          }
          // (The fields themselves name no person: `Xây dựng Hoàng Gia`, `hoàng gia` being a field too.)
          for (let k = i; k < q; k++) blocked[k] = 1;
        }
        // `học bổng "Vừ A Dính"`, `giải thưởng "Nguyễn Văn Trỗi"`: a quoted name right after the prefix
        // names the thing; the whole quote is no person (psoc5).
        if (q === npEnd && toks[q]?.text === '"' && capWord(toks[q + 1]) && !joins(toks, q)) {
          let end = q + 2;
          while (end < n && end - q < 8 && joins(toks, end)) end++;
          if (toks[end]?.text === '"') {
            for (let k = i; k < end; k++) blocked[k] = 1;
            next = end + 1;
            continue;
          }
        }
        // (`đường Bà Triệu`, `trường Bà Triệu`, `đường Ông Ích Khiêm`: a capitalized honorific opening
        // a name right after the prefix is part of the street's or the school's name.)
        // `dự án Khu đô thị Hồ Xương Rồng`, `dự án Khu dân cư X`: a capitalized prefix of several words right
        // after a lowercase one names the thing itself; its own pass (at q) reads the name after it (pprop).
        if (q === npEnd && !toks[i]!.cap && q < n && toks[q]!.cap && !toks[q]!.hl && flags[q]! & F_PREFIX && L.nonPersonPrefixes.longestEnd(keys, q) >= q + 2) {
          next = q;
          continue;
        }
        if (q < n && flags[q]! & F_CAP_WORD && toks[q]!.sp && !toks[q]!.line && (!L.honorifics.longest(keys, q) || (toks[q]!.cap && !toks[q]!.hl && joins(toks, q + 1)))) {
          let end = q + 1;
          // `Công ty TNHH Ernst & Young Việt Nam`: `&` joins a company's name.
          while (end < n && end - q < 10 && (joins(toks, end) || ((toks[end]!.text === '-' || toks[end]!.text === '&') && toks[end + 1] && capWord(toks[end + 1])) || (toks[end]!.kind === 'number' && toks[end]!.sp && end === q + 1))) end++;
          // (`cao tốc Cam Lộ - La Sơn`: a route from one place to another; both ends are places.)
          if (placeEnd[q]! > q) end = toks[placeEnd[q]!]?.text === '-' && end > placeEnd[q]! + 1 && end - placeEnd[q]! <= 3 ? end : Math.min(end, placeEnd[q]!);
          // `Hoa hậu Việt Nam Đỗ Thị Hà`: a crown's name, then the full name of the queen who holds it (probes-ent).
          else if (keys[i + 1] === 'hậu' && (keys[i] === 'hoa' || keys[i] === 'á') && (parseVnName(g, q, end)?.end ?? 0) === end && end - q >= 3) end = q;
          else {
            // A person's name may follow the place: `tỉnh Phú Yên Trần Hữu Thế`.
            for (let p = q + 2; p < end; p++) {
              // `Trường Đại học Y Dược TP Hồ Chí Minh`: a name right after an administrative unit is the place's.
              if (L.adminUnits.longest(keys, p - 1)?.end === p || (p - 2 > q && L.adminUnits.longest(keys, p - 2)?.end === p)) continue;
              // `nút giao Nguyễn Văn Huyên - Hoàng Quốc Việt`: a name after a dash is the second street (psoc6).
              if (toks[p - 1]!.text === '-') continue;
              const vn = parseVnName(g, p, end);
              if (vn && vn.end === end && vn.end - p >= 2) {
                end = p;
                break;
              }
            }
          }
          for (let k = i; k < end; k++) blocked[k] = 1;
          // `các tuyến đường Phạm Văn Đồng, Võ Chí Công và đại lộ ...`: the next names of a
          // list of streets are streets too (not after an honorific or a title).
          // (The span's key is built only when the prefix ends with a street word.)
          if (STREET_LAST_IDS.has(ids[npEnd - 1]) && STREET_PREFIXES.has(spanKey(keys, i, npEnd))) end = streetList(end);
          next = end;
        }
        // `4 khu công nghiệp: Quang Châu, Vân Trung và Song Khê`: the names listed after a colon
        // are the zones or streets themselves.
        else if (toks[q]?.text === ':' && capWord(toks[q + 1]) && toks[q + 1]!.sp && !L.honorifics.longest(keys, q + 1) && (ZONE_PREFIXES.has(spanKey(keys, i, npEnd)) || STREET_PREFIXES.has(spanKey(keys, i, npEnd)))) {
          let end = q + 2;
          while (end < n && end - q < 6 && joins(toks, end)) end++;
          for (let k = q + 1; k < end; k++) blocked[k] = 1;
          next = streetList(end);
        }
      }
    }
  };
  /**
   * The prefix [i, e) is written in lowercase (no word capitalized, on a headline or a name
   * particle), and blockPass, had it taken it, would block those words only: after a one-word
   * lowercase prefix it looks at the next word alone for a capitalized name, after a longer one
   * at most four words on (three skipped lowercase words), and a longer one after `đảng` (or
   * `viên`: a candidate's party, `ứng viên Cộng hòa`) may move its scan past the prefix. (One
   * word more is looked at each time, with no capital in it either: a name may follow a mark
   * there, such as a colon opening a list.)
   */
  /** A title of its own starts at acronym q (`HLV`, `GS`, `CEO`), not inside the one a prefix began. */
  const postStartsAt = (q: number): boolean => {
    const ti = inTitle[q]!;
    return ti >= 0 && titleAt[ti]!.start === q;
  };
  const lowerPrefixAlone = (i: number, e: number): boolean => {
    for (let k = i; k < e; k++) if (flags[k]! & (F_CAP_WORD | F_PARTICLE)) return false;
    if (e > i + 1 && i > 0 && (ids[i - 1] === ID_DANG || ids[i - 1] === ID_VIEN)) return false;
    const reach = e === i + 1 ? e + 2 : e + 5;
    for (let k = e; k < reach && k < n; k++) if (flags[k]! & F_CAP_WORD) return false;
    return true;
  };
  /**
   * `Hồ Đức Phớc cho biết`, `Đoàn Văn Hậu ghi bàn`: a capitalized common surname that is also a
   * lowercase prefix (`hồ` lake, `đoàn` delegation) starting a full name of three or more known
   * syllables, the second a middle name, is a person's name (not `Hồ Dầu Tiếng`).
   */
  /**
   * `nhà vô địch Olympic Ikee Rikako`, `tay vợt Wimbledon Ashleigh Barty`: a games' or a tournament's name
   * (CONTEST_BEFORE_NAME) right after an occupation or honorific and before two capitalized words that are
   * no place describes the person named next; it blocks no name (pworld5).
   */
  const contestBeforeName = (i: number, npEnd: number): boolean =>
    npEnd === i + 1 && toks[i]!.cap && CONTEST_BEFORE_NAME.has(keys[i]!) && i + 2 < n && !!(flags[i + 1]! & F_CAP_WORD) && !!(flags[i + 2]! & F_CAP_WORD) && joins(toks, i + 1) && joins(toks, i + 2) && !(placeEnd[i + 1]! > i + 1) && honorificStrength(L, keys, toks, i) > 0;
  const surnameLikePrefix = (i: number, npEnd: number): boolean => {
    if (npEnd !== i + 1 || !toks[i]!.cap || !hasNw(toks[i], NW_COMMON_SURNAME) || !hasNw(toks[i + 1], NW_MIDDLE) || !joins(toks, i + 1)) return false;
    const vn = parseVnName(g, i, n);
    // `Đoàn Việt Nam giành 2 huy chương`: the delegation of a country, whose name is no given name.
    return !!vn && vn.end - i >= 3 && vn.allKnown && !(placeEnd[i + 1]! >= vn.end);
  };
  /**
   * `đặt tên` / `mang tên` at [i, e) names a street, a bridge, a park or a school (a thing whose name a
   * person's name may be): the thing is said after the name (`cho (tuyến) đường ...`) or opens the
   * clause before the verb within a few words (`Đại lộ vòng cung (R1) dài 3km được đặt tên X`).
   * (Read only at a listed `đặt tên` / `mang tên`.)
   */
  const thingAt = (b: number): boolean => {
    const k = keys[b]!;
    if (!NAMED_THINGS.has(k)) return false;
    if (k === 'lộ') return keys[b - 1] === 'đại';
    if (k === 'viên') return keys[b - 1] === 'công';
    if (k === 'trường') return keys[b - 1] === 'quảng' || keys[b + 1] === 'học';
    if (k === 'cầu') return !(keys[b - 1] === 'yêu' || keys[b - 1] === 'nhu' || keys[b - 1] === 'toàn');
    return true;
  };
  const namedThingAround = (i: number, e: number): boolean => {
    const sent = toks[i]!.sent;
    // After the name: `cho` and the thing (`cho đường`, `cho tuyến đường`, `cho một công viên`).
    let q = e;
    if (keys[q] === 'là') q++;
    while (q < n && q - e < 6 && toks[q]!.kind === 'word' && toks[q]!.cap) q++;
    if (q > e && keys[q] === 'cho') {
      let r = q + 1;
      if (keys[r] === 'tuyến' || keys[r] === 'con' || keys[r] === 'một' || keys[r] === 'các' || keys[r] === 'cây') r++;
      if (r + 1 < n && toks[r + 1]!.sent === sent && (thingAt(r) || thingAt(r + 1))) return true;
    }
    // Before the verb, in its clause: the thing that is named (no person or comma between).
    for (let b = i - 1; b >= 0 && i - b <= 16 && toks[b]!.sent === sent; b--) {
      if (toks[b]!.text === ',' || toks[b]!.text === ';') return false;
      if (thingAt(b)) return true;
      if (toks[b]!.line) break;
    }
    return false;
  };
  /** Blocks the names listed after a street's name at `e` (`, Võ Chí Công và Tố Hữu`); the new end. */
  const streetList = (e: number): number => {
    for (let items = 0; items < 8; items++) {
      const sep = toks[e];
      if (!sep || sep.sent !== toks[e - 1]!.sent || !(sep.text === ',' || keys[e] === 'và')) break;
      const s0 = e + 1;
      if (!capWord(toks[s0]) || !toks[s0]!.sp || inTitle[s0]! >= 0) break;
      let e2 = s0 + 1;
      while (e2 < n && e2 - s0 < 5 && joins(toks, e2)) e2++;
      // Items that are no person's name (`Hàng Bài`, `Tràng Tiền`) carry the list on.
      if (e2 - s0 < 2) break;
      // Another item or the list's end follows (a verb after it makes the name a subject),
      // unless `và` introduced it (the list's last item).
      const nx = toks[e2];
      if (nx && keys[e] !== 'và' && !(nx.kind === 'punct' || keys[e2] === 'và' || keys[e2] === 'thuộc' || keys[e2] === 'đến' || keys[e2] === 'tới' || keys[e2] === 'nối')) break;
      for (let k = s0; k < e2; k++) blocked[k] = 1;
      e = e2;
    }
    return e;
  };
  blockPass();
  for (const i of placeStarts) if (placeEnd[i]! > i && inTitle[i]! < 0) {
    // Places are soft blocks: a name may contain one (`Chu Ngọc Anh`, `Trương Hòa Bình`).
    for (let k = i; k < placeEnd[i]!; k++) if (!blocked[k]) blocked[k] = 2;
  }

  const placeCover = scratchI32(S_PLACE_COVER, n, -1);
  for (const i of placeStarts) if (placeEnd[i]! > i + 1) for (let k = i + 1; k < placeEnd[i]!; k++) if (placeCover[k]! < placeEnd[i]!) placeCover[k] = placeEnd[i]!;
  // A place starting mid-name does not cover the name (`Trương Hòa Bình`): only when its start is no name word.
  for (const i of placeStarts) if (placeEnd[i]! > i + 1 && i > 0 && joins(toks, i) && toks[i - 1]!.cap && toks[i - 1]!.kind === 'word' && !orgLike(toks[i - 1]!)) for (let k = i + 1; k < placeEnd[i]!; k++) placeCover[k] = -1;

  // 3. Persons.
  const persons: PersonSpan[] = [];
  const known = new Set<string>();
  /** Last words of the names taken so far (`Thêl` after `Danh Thêl`: `chị Thêl` is that person). */
  const lastWords = new Set<string>();
  /** Surnames of Chinese names of foreign-names.txt taken so far (`Hứa` after `Hứa Gia Ấn`). */
  const chineseSurnames = new Set<string>();
  const accept = (p: NameParse): void => {
    persons.push({ start: p.start, end: p.end, parse: p });
    if (p.end - p.start >= 2) lastWords.add(keys[p.end - 1]!);
    // A Chinese name of foreign-names.txt in Sino-Vietnamese (`Hứa Gia Ấn`) is met again by its surname
    // (`Ông Hứa, người sáng lập ...`) (pw12).
    if (p.end - p.start >= 2 && vnTok(toks[p.start]!) && L.foreignFull.longestEnd(keys, p.start, p.end) === p.end) chineseSurnames.add(keys[p.start]!);
  };
  const free = (k: number): boolean => k < n && inTitle[k]! < 0 && blocked[k] !== 1;
  // Lowercase bigrams of the document: `huy động` written in lowercase somewhere means `Huy động` is a word.
  // The first few questions scan the document (most documents ask none or a few);
  // then a set of all its lowercase bigrams answers (linear however many ask).
  let lowerBigrams: Set<string> | null = null;
  let bigramQuestions = 0;
  const lowerBigramOf = (i: number): boolean => {
    if (!lowerBigrams && ++bigramQuestions <= 8) {
      const a = keys[i]!;
      const b = keys[i + 1]!;
      const ia = ids[i]!;
      const ib = ids[i + 1]!;
      // Two vocabulary words: the scan compares ids (equal keys, equal ids), no strings.
      if (ia >= 0 && ib >= 0) {
        for (let j = 0; j + 1 < n; j++) if (ids[j] === ia && ids[j + 1] === ib && toks[j]!.kind === 'word' && !toks[j]!.cap && toks[j + 1]!.kind === 'word') return true;
        return false;
      }
      for (let j = 0; j + 1 < n; j++) if (keys[j] === a && keys[j + 1] === b && toks[j]!.kind === 'word' && !toks[j]!.cap && toks[j + 1]!.kind === 'word') return true;
      return false;
    }
    if (!lowerBigrams) {
      lowerBigrams = new Set<string>();
      for (let j = 0; j + 1 < n; j++) if (toks[j]!.kind === 'word' && !toks[j]!.cap && toks[j + 1]!.kind === 'word') lowerBigrams.add(`${keys[j]} ${keys[j + 1]}`);
    }
    return lowerBigrams.has(`${keys[i]} ${keys[i + 1]}`);
  };
  // `Tập đoàn Hà Đô ... Trong quý III, Hà Đô sẽ ...`: a company's own name that reads like a person's
  // (two or three capitalized words right after `Tập đoàn` / `Công ty` and its legal form) names the
  // company again when it stands bare elsewhere in the document (no honorific, no post before it) (pbiz4).
  // (Read only for such a bare name; the document's company names are listed once, by vocabulary ids.)
  const dropCompanyNames = (): void => {
    let names: Set<string> | null = null;
    for (let x = persons.length - 1; x >= 0; x--) {
      const p = persons[x]!;
      const len = p.end - p.start;
      if (len < 2 || len > 3 || p.parse.kind !== 'vn') continue;
      // (The document's company names first: most documents have none, and then nothing is dropped.)
      names ??= companyNames();
      if (names.size === 0) return;
      // (`cổ đông Minh Thuận`: the shareholders of the company the document names, not a person.)
      const ofCompany = p.start >= 2 && keys[p.start - 1] === 'đông' && keys[p.start - 2] === 'cổ';
      if ((p.start > 0 && inTitle[p.start - 1]! >= 0) || (!ofCompany && honorificStrength(L, keys, toks, p.start) > 0)) continue;
      if (names.has(spanKey(keys, p.start, p.end))) persons.splice(x, 1);
    }
  };
  const companyNames = (): Set<string> => {
    const out = new Set<string>();
    // (Locals and the rare second word first: this runs over every token of most documents.)
    const I = ids;
    const last = n - 3;
    // When `tập` and `công` both start a non-person prefix (F_PREFIX: `tập đoàn`, `công ty`),
    // every position holding one is in blockPass's list (ascending, a fifth of the tokens): the
    // scan reads that list instead of every token (the scan of every token was about 0.4 ms
    // of a corpus pass in the profile).
    const list = cand.blocks;
    const viaList = (KF[ID_TAP]! & KF[ID_CONG_TY]! & F_PREFIX) !== 0;
    const count = viaList ? cand.blockCount : last;
    for (let x = 0; x < count; x++) {
      const j = viaList ? list[x]! : x;
      if (j >= last) break;
      const b = I[j + 1];
      if (b !== ID_DOAN && b !== ID_TY) continue;
      if (!((I[j] === ID_TAP && b === ID_DOAN) || (I[j] === ID_CONG_TY && b === ID_TY))) continue;
      let h = j + 2;
      while (h < n && h - j < 6 && LEGAL_FORM_WORDS.has(keys[h]!)) h++;
      // (`Công ty cổ phần Đầu tư Văn Phú - Invest`: the company's name after its capitalized fields;
      // also after several fields, joined by `và` or not: `Công ty cổ phần Đầu tư Địa ốc Kim Phát`,
      // `Công ty CP Đầu tư và Phát triển Nhà Hòa Bình` (pab).)
      for (let f = 0; f < 4; f++) {
        let e = h;
        while (e < n && e - h < 4 && toks[e]!.kind === 'word' && toks[e]!.cap && toks[e]!.sp && !toks[e]!.line) e++;
        if (e - h >= 2 && e - h <= 3) out.add(spanKey(keys, h, e));
        if (f > 2 || !toks[h]?.cap) break;
        const ow = longer(longer(L.orgWords.longest(keys, h), L.domains.longest(keys, h)), L.orgWordsCap.longest(keys, h));
        if (!ow || ow.end >= n) break;
        h = ow.end;
        if (keys[h] === 'và' && h + 1 < n && toks[h + 1]!.cap) h++;
      }
    }
    return out;
  };
  // Own function: keeps each compiled unit small (one giant function takes TurboFan seconds to compile).
  const personsPass = (): void => {
    // The next position to look at (a run ends before it).
    let next = 0;
    // A capitalized (or headline) word or a particle starts a run: others are passed over unread.
    for (let x = 0; x < capCount; x++) {
      const i = caps[x]!;
      if (i < next || !free(i)) continue;
      // A listed word without F_CAP_WORD (capitalized or on a headline) is a lowercase
      // particle: it starts a run only inside a name after an honorific (`bà von der Leyen`).
      // (Also `von` / `van` right after a post: `Chủ tịch Ủy ban châu Âu von der Leyen` (pw13).)
      if (!(flags[i]! & F_CAP_WORD) && !(particleJoin(i) && (honorificStrength(L, keys, toks, i) > 0 || ((keys[i] === 'von' || keys[i] === 'van') && inTitle[i - 1]! >= 0 && titleAt[inTitle[i - 1]!]!.end === i)))) continue;
      // Run of free capitalized tokens (with hyphen joiners and initials).
      let end = i + 1;
      // (By the flags and ids first: a joined word has F_CAP_WORD, a hyphen or apostrophe join its
      // id; most runs end at a word that is read no further.)
      // (A word neither capitalized nor a particle, and no hyphen or apostrophe, ends the run by
      // one byte and one id: read before `free`.)
      while (end < n && (flags[end]! & (F_CAP_WORD | F_PARTICLE) || ids[end] === ID_DASH || ids[end] === ID_APOS) && free(end) && ((flags[end]! & F_CAP_WORD && joins(toks, end)) || ((ids[end] === ID_DASH || ids[end] === ID_APOS) && hyphenJoin(toks, end)) || particleJoin(end))) end += hyphenJoin(toks, end) || (initialJoin(toks, end) && free(end + 2)) ? 2 : initialJoin(toks, end, true) && free(end + 4) ? 4 : 1;
      const r = decideRun(i, end);
      for (const p of r) {
        // `vốn của Kim Oanh Group`, `Tan Hiep Phat Group`, `Song Hong Airlines`: name words the run goes on from into a
        // company word (not an acronym) name the company, without an honorific or a post before them (pwhole4).
        if (p.end < end && orgLike(toks[p.end]!) && !toks[p.end]!.upper && !vnTok(toks[p.end]!) && honorificStrength(L, keys, toks, p.start) === 0 && !(p.start > 0 && inTitle[p.start - 1]! >= 0)) continue;
        accept(p);
      }
      next = Math.max(end, i + 1);
    }
  };
  personsPass();
  for (const [a, b] of theoAuthors) {
    let taken = false;
    for (const p of persons) if (p.start < b && p.end > a) taken = true;
    if (taken || !free(a) || !free(b - 1)) continue;
    const vn = parseVnName(g, a, b);
    persons.push({ start: a, end: b, parse: vn && vn.end === b ? vn : { start: a, end: b, surnameEnd: a, score: 1, allKnown: true, kind: 'vn' } });
  }
  if (theoAuthors.length) persons.sort((x, y) => x.start - y.start);
  dropCompanyNames();

  /**
   * `thần tượng Lionel Messi và Quang Hải`: a run right after `và` that follows a full name
   * (two words or more) is listed with it, as a strong context for a known name.
   */
  /** The person listed before s (`và` or ` - `) is two Vietnamese given names after a kinship word or honorific. */
  function givenPairAt(s: number): boolean {
    if (!coordAfterPerson(s)) return false;
    return introducedPair(persons[persons.length - 1]!, true);
  }
  /**
   * `last` is two Vietnamese given names (not from a common surname) that a kinship word or an
   * honorific introduced, or listed after such a name (`afterComma`: also any name listed right
   * after another person's, past a comma).
   */
  /** A performer's word right before k (`ca sĩ`, `diễn viên`, `nghệ sĩ`, `MC`, `rapper`, `người mẫu`, `danh ca`). */
  function stageWordBefore(k: number): boolean {
    const a = keys[k - 2], b = keys[k - 1];
    return (b === 'sĩ' && (a === 'ca' || a === 'nghệ')) || (b === 'viên' && a === 'diễn') || (b === 'ca' && a === 'danh') || (b === 'mẫu' && a === 'người') || b === 'mc' || b === 'rapper' || b === 'diva';
  }
  function introducedPair(last: PersonSpan, afterComma: boolean): boolean {
    // (`Ca sĩ Hà Vy và Quang Minh`: after a performer's word a stage name may open with a surname's syllable (pshow).)
    return last.end - last.start === 2 && last.parse.kind === 'vn' && vnTok(toks[last.start]!) && vnTok(toks[last.start + 1]!) && (!hasNw(toks[last.start], NW_COMMON_SURNAME) || stageWordBefore(last.start)) && (honorificStrength(L, keys, toks, last.start) > 0 || listedGiven.has(last.start) || (afterComma && toks[last.start - 1]?.text === ',' && persons[persons.length - 2]?.end === last.start - 1));
  }
  /**
   * `các cầu thủ Quang Hải, Văn Hậu và Tiến Linh`: a two-word name after a comma, in a list that
   * goes on (`,` or `và` and a capital after it), following such a name that a kinship word or
   * honorific introduced.
   */
  function listedGivenAt(s: number, e: number): boolean {
    if (s < 2 || ids[s - 1] !== ID_COMMA || !toks[s]!.sp) return false;
    const x = toks[e];
    if (!x || !(x.low === 'và' || x.text === ',') || !capWord(toks[e + 1])) return false;
    const last = persons[persons.length - 1];
    if (last === undefined || last.end !== s - 1 || toks[s - 1]!.sent !== toks[s]!.sent) return false;
    return introducedPair(last, false);
  }
  /**
   * `Tiến Linh và Hồ Tấn Tài đã ghi bàn`, `của Quang Hải, Công Phượng và Quế Ngọc Hải`: a middle name
   * and a known given name (no place), listed before a Vietnamese full name that closes the list after
   * `và` in the same sentence (two-word items of the same kind may stand between), name a person like it.
   */
  /** A middle name (`Tiến`, `Quang`) then a known given name (`Linh`, `Hải`) at s: a player's short name. */
  function middleGivenAt(s: number): boolean {
    return (CORE_MIDDLE_IDS.has(ids[s]) || hasNw(toks[s], NW_MIDDLE)) && hasNw(toks[s + 1], NW_GIVEN);
  }
  function listedBeforeFullAt(s: number, e: number): boolean {
    // (The mark or `và` by its id first: most two-word runs have neither after them, and are not read.)
    if (ids[e] !== ID_COMMA && ids[e] !== ID_VA) return false;
    const x = toks[e];
    if (!x || !(x.text === ',' || (x.low === 'và' && !x.cap)) || placeEnd[s]! >= 0 || placeCover[s]! >= 0) return false;
    if (!middleGivenAt(s)) return false;
    let q = e;
    for (let items = 0; items < 5; items++) {
      const sep = toks[q];
      if (!sep || sep.sent !== toks[s]!.sent || !(sep.text === ',' || (sep.low === 'và' && !sep.cap))) return false;
      const a = q + 1;
      if (!capWord(toks[a]) || !toks[a]!.sp || toks[a]!.hl) return false;
      let b = a + 1;
      while (b < n && b - a < 5 && joins(toks, b)) b++;
      // The full name closes the list after `và` (not a comma: `Tố Hữu, Trần Quý Kiên, ...` may be a list of streets).
      if (b - a >= 3) {
        if (sep.text === ',') return false;
        const vn = parseVnName(g, a, b);
        return !!vn && vn.end === b && (hasNw(toks[a], NW_COMMON_SURNAME) || CORE_MIDDLE_IDS.has(ids[vn.surnameEnd]));
      }
      if (b - a !== 2 || placeEnd[a]! >= 0 || !hasNw(toks[a + 1], NW_GIVEN)) return false;
      q = b;
    }
    return false;
  }
  /** `của Hồ Tấn Tài và Tiến Linh`: a middle and a given name (no place) listed after a Vietnamese full name. */
  function listedAfterFullAt(s: number): boolean {
    if (placeEnd[s]! >= 0 || placeCover[s]! >= 0 || !middleGivenAt(s)) return false;
    if (!coordAfterPerson(s)) return false;
    const last = persons[persons.length - 1]!;
    return last.parse.kind === 'vn' && last.end - last.start >= 3 && last.parse.surnameEnd > last.start;
  }
  function coordAfterPerson(s: number): boolean {
    if (s < 2 || !toks[s]!.sp) return false;
    // `cặp song sinh Trúc Nhi - Diệu Nhi`: also a spaced dash between two names.
    // (The mark or `và` by its id: the word before is read only after one.)
    const dash = ids[s - 1] === ID_DASH && toks[s - 1]!.sp;
    if (!dash && (ids[s - 1] !== ID_VA || toks[s - 1]!.cap)) return false;
    const last = persons[persons.length - 1];
    if (last === undefined || last.end !== s - 1 || toks[s - 1]!.sent !== toks[s]!.sent) return false;
    // `hai bé Trúc Nhi và Diệu Nhi`: after a kinship word the first name may be a given name.
    return last.end - last.start >= 2 && (!dash || honorificStrength(L, keys, toks, last.start) > 0);
  }
  /**
   * One foreign-looking word at k listed with `và` right after a foreign person of the same
   * sentence (`Chuẩn Đô đốc Ohier và Roze`), before no capitalized word, that is no brand, place or
   * organization: not when the document writes the word elsewhere inside a longer capitalized
   * run or after a company noun (`Buffett và Berkshire` with `Berkshire Hathaway`).
   */
  function coordForeignAt(k: number, last: PersonSpan | undefined = persons[persons.length - 1]): boolean {
    if (k < 2 || keys[k - 1] !== 'và' || toks[k - 1]!.cap || !toks[k]!.sp) return false;
    if (last === undefined || last.end !== k - 1 || last.parse.kind !== 'foreign' || toks[last.start]!.sent !== toks[k]!.sent) return false;
    const nx = toks[k + 1];
    if (!nx || nx.cap || nx.line || (nx.kind === 'punct' && nx.text !== ',' && nx.text !== '.' && nx.text !== ';' && nx.text !== '(')) return false;
    // Something must say people: a title before the first name, shared by the list (`Chuẩn Đô đốc
    // Ohier và Roze`), or a speech verb or a predicate only people take after it (`Putin và
    // Gazprom đã ...` is a man and his company).
    if (!(last.start > 0 && inTitle[last.start - 1]! >= 0) && !humanPredicateAt(k + 1) && !speechAt(keys, k + 1)) return false;
    const key = keys[k]!;
    // `JPMorgan`, `SoftBank`: an inner capital names a company.
    if (hasNw(toks[k], NW_NOT_NAME) || placeEnd[k]! >= 0 || placeCover[k]! >= 0 || vnTok(toks[k]!) || toks[k]!.text.slice(1) !== key.slice(1)) return false;
    for (let i = 0; i < n; i++) {
      if (i === k || keys[i] !== key) continue;
      if (joins(toks, i + 1) || (i > 0 && joins(toks, i) && toks[i - 1]!.cap && toks[i - 1]!.sent === toks[i]!.sent)) return false;
      // `tập đoàn năng lượng Gazprom`: a company noun a few words before another mention.
      for (let b = Math.max(0, i - 4); b < i; b++) if (COMPANY_NOUNS.has(keys[b]!)) return false;
    }
    return true;
  }
  /** `gồm Jisoo, Jennie, Rosé và Lisa`: one of three or more single known foreign words listed with `,` and a closing `và`, or with commas only up to the sentence's end (probes-ent). */
  function foreignWordListAt(k: number): boolean {
    const item = (i: number): boolean => {
      const t = toks[i];
      return !!t && t.kind === 'word' && t.cap && !t.hl && hasNw(t, NW_FOREIGN) && !hasNw(t, NW_NOT_NAME) && !BRAND_SURNAMES.has(keys[i]!) && placeEnd[i]! < 0 && placeCover[i]! < 0 && !capWord(toks[i + 1]) && !(i > 0 && capWord(toks[i - 1]));
    };
    if (!item(k)) return false;
    let first = k;
    while (first >= 2 && first > k - 20 && (toks[first - 1]!.text === ',' || (first === k && keys[k - 1] === 'và' && !toks[k - 1]!.cap)) && item(first - 2)) first -= 2;
    let count = 1;
    let q = first;
    while (q + 2 < n && count < 12) {
      const sep = toks[q + 1]!;
      if (sep.text === ',' && item(q + 2)) { q += 2; count++; continue; }
      if (keys[q + 1] === 'và' && !sep.cap && item(q + 2)) return count + 1 >= 3 && q + 2 >= k;
      break;
    }
    // (`gồm Karik, Wowy, Suboi, Binz.`: commas only, when the list closes the sentence or clause.)
    const close = toks[q + 1];
    return count >= 3 && q >= k && (!close || close.text === '.' || close.text === ';' || close.line);
  }
  /** The document writes the word at k elsewhere inside a longer capitalized run or a few words after a company noun (`Nielsen IQ`, `tập đoàn Nielsen`). */
  function companyElsewhere(k: number): boolean {
    const key = keys[k]!;
    for (let i = 0; i < n; i++) {
      if (i === k || keys[i] !== key) continue;
      if (joins(toks, i + 1) || (i > 0 && joins(toks, i) && toks[i - 1]!.cap && toks[i - 1]!.sent === toks[i]!.sent)) return true;
      for (let b = Math.max(0, i - 4); b < i; b++) if (COMPANY_NOUNS.has(keys[b]!)) return true;
    }
    return false;
  }
  function listedForeignAt(fp: NameParse): boolean {
    const k = fp.start;
    if (k < 2 || !toks[k]!.sp || !((keys[k - 1] === 'và' && !toks[k - 1]!.cap) || toks[k - 1]!.text === ',')) return false;
    const last = persons[persons.length - 1];
    if (last === undefined || last.end !== k - 1 || last.parse.kind !== 'foreign' || last.end - last.start < 2 || toks[last.start]!.sent !== toks[k]!.sent) return false;
    for (let j = k; j < fp.end; j++) if (hasNw(toks[j], NW_FOREIGN)) return true;
    // `hai nhà khoa học David Julius và Ardem Patapoutian`: two or three words, none of a Vietnamese
    // shape, a place or a company's, after `và`, when a count of two or more opened the list (pw13;
    // not `Tỷ phú X và Crimson Orbital`, a company).
    if (keys[k - 1] === 'và' && fp.end - k >= 2 && fp.end - k <= 3) {
      let foreign = false;
      for (let b = Math.max(0, last.start - 5); b < last.start; b++) if (keys[b] === 'hai' || keys[b] === 'ba' || keys[b] === 'các' || keys[b] === 'những' || (toks[b]!.kind === 'number' && keys[b + 1] !== 'năm')) foreign = true;
      for (let j = k; j < fp.end && foreign; j++) if (vnTok(toks[j]!) || orgLike(toks[j]!) || placeEnd[j]! > j || placeCover[j]! > j || toks[j]!.upper) foreign = false;
      if (foreign) return true;
    }
    // `Hassan Nasrallah và Hashem Safieddine đều đã thiệt mạng`: the list's predicate says people.
    return keys[k - 1] === 'và' && (humanPredicateAt(fp.end) || speechAt(keys, fp.end));
  }
  /** `, 56 tuổi,` at k: an age between commas (its closing comma is k + 3). */
  function ageAsideAt(k: number): boolean {
    return toks[k]?.text === ',' && toks[k + 1]?.kind === 'number' && keys[k + 2] === 'tuổi' && toks[k + 3]?.text === ',';
  }
  /** k glued right after a capitals code and a glued `-` or `/`: a document number's tail (`QĐ-TTg`). */
  function codeTailAt(k: number): boolean {
    const t = toks[k]!;
    if (t.sp || k < 2) return false;
    const d = toks[k - 1]!;
    return (d.text === '-' || d.text === '/') && !d.sp && toks[k - 2]!.upper;
  }
  function ageAfter(k: number): boolean {
    // `, 24 tuổi` or `(24 tuổi)` right after a name.
    return (toks[k]?.text === ',' || toks[k]?.text === '(') && toks[k + 1]?.kind === 'number' && keys[k + 2] === 'tuổi';
  }
  /**
   * `N.V.Đ. (SN 1993, ...)`, `T.V.K., 24 tuổi`, `N.H.N. (nữ, SN 1996)`: a birth year, an age
   * or a gender right after initials (and their closing dot) makes them a person's.
   */
  function birthAfter(k: number): boolean {
    let q = k;
    if (toks[q]?.text === '.' && !toks[q]!.sp) q++;
    if (toks[q]?.text !== '(' && toks[q]?.text !== ',') return false;
    const w = keys[q + 1] ?? '';
    if (w === 'sn' || (w === 'sinh' && keys[q + 2] === 'năm')) return toks[q + 2]?.kind === 'number' || keys[q + 2] === 'năm';
    if ((w === 'nữ' || w === 'nam') && toks[q]!.text === '(') return toks[q + 2]?.text === ',' || toks[q + 2]?.text === ')';
    return toks[q + 1]?.kind === 'number' && keys[q + 2] === 'tuổi';
  }
  /**
   * `X Y đã bị bắt`, `X Y qua đời`: a predicate only people take (HUMAN_PREDICATES) right after b,
   * maybe after one or two tense adverbs (`đều đã`); asked only for a foreign run that nothing else made a name.
   */
  function humanPredicateAt(b: number): boolean {
    let q = b;
    if (TENSE_ADVERBS.has(keys[q] ?? '')) q++;
    if (TENSE_ADVERBS.has(keys[q] ?? '')) q++;
    const w = keys[q];
    // (Every predicate has two words or more: a phrase is built only after a first word of one.)
    if (w === undefined || toks[q]!.cap || !HUMAN_FIRST.has(w)) return false;
    let phrase = w;
    for (let j = q + 1; j < q + 4 && j < n && !toks[j]!.cap && toks[j]!.kind === 'word'; j++) {
      phrase += ` ${keys[j]}`;
      if (HUMAN_PREDICATES.has(phrase)) return true;
    }
    return false;
  }
  /** `sẽ không ở lại`, `đã ký hợp đồng`, `là cầu thủ ...`: a tense adverb before a lowercase word, or an occupation only people have, at b. */
  function loneSubjectAt(b: number): boolean {
    const x = toks[b + 1];
    const w = toks[b];
    // (Or any lowercase verb-like word after a name word that looks foreign: `Messi ký hợp đồng`,
    // `Djokovic vô địch`; not `Song song với ...`, whose word looks Vietnamese.)
    return (TENSE_ADVERBS.has(keys[b] ?? '') && !!x && x.kind === 'word' && !x.cap && x.sp) || personNounAfter(b) ||
      (b > 0 && !!w && w.kind === 'word' && !w.cap && w.sp && !w.line && !STOP_IDS.has(w.id) && !vnTok(toks[b - 1]!));
  }
  function quoteAttribution(a: number, b: number): boolean {
    // `"...", X nói` / `"..." - X cho biết`: closing quote and comma or dash before, speech verb after.
    // (The comma or dash by its id first: most words have neither before them, and are not read.)
    const i1 = ids[a - 1];
    if (!(i1 === ID_COMMA || i1 === ID_DASH) || toks[a - 2]?.text !== '"') return false;
    return speechAt(keys, b);
  }
  /**
   * `Quang Hải chuyền bóng`, `Tuấn Hải đã đánh đầu`: a player's move (SPORTS_PREDICATES) or a
   * predicate only people take right after b, maybe after tense adverbs.
   */
  function playerPredicateAt(b: number): boolean {
    let q = b;
    if (TENSE_ADVERBS.has(keys[q] ?? '')) q++;
    if (TENSE_ADVERBS.has(keys[q] ?? '')) q++;
    if (keys[q] === undefined || toks[q]!.cap || !toks[q]!.sp) return false;
    let phrase = '';
    for (let j = q; j < q + 3 && j < n && !toks[j]!.cap && toks[j]!.kind === 'word'; j++) {
      phrase = phrase ? `${phrase} ${keys[j]}` : keys[j]!;
      if (SPORTS_PREDICATES.has(phrase) || HUMAN_PREDICATES.has(phrase)) return true;
    }
    return false;
  }
  /** `là (một) nhà thơ`, `, ca sĩ`: an occupation only people have, after a run ending at b. */
  function personNounAfter(b: number): boolean {
    const x = toks[b];
    if (!x || x.line) return false;
    let q = b;
    if (x.text === ',') q = b + 1;
    else if (x.kind === 'word' && x.low === 'là' && x.sp) q = keys[b + 1] === 'một' ? b + 2 : b + 1;
    else return false;
    if (!toks[q]?.sp || toks[q]!.line || toks[q]!.cap) return false;
    const m = L.honorifics.longest(keys, q);
    // `Năm Thìn, nghệ sĩ Xuân Hinh ...`: the noun introduces the name after it.
    return !!m && PERSON_NOUNS.has(keys.slice(q, m.end).join(' ')) && !capWord(toks[m.end]);
  }
  function particleJoin(k: number): boolean {
    // `Von der Leyen`: a lowercase particle between capitalized foreign words.
    // F_PARTICLE is NAME_PARTICLES.has(x.low) (flags by vocabulary id): no set lookup.
    if (!(flags[k]! & F_PARTICLE)) return false;
    const x = toks[k]!;
    if (x.cap || !x.sp) return false;
    let q = k;
    while (q < n && q - k < 3 && hasNw(toks[q], NW_PARTICLE) && !toks[q]!.cap) q++;
    // `Ahmed al-Sharaa`: one particle hyphened to a capitalized word.
    const hy = toks[q + 1];
    if (q === k + 1 && k > 0 && toks[k - 1]!.cap && toks[q]?.text === '-' && !toks[q]!.sp && hy && !hy.sp && hy.kind === 'word' && hy.cap && !vnTok(hy)) return true;
    return q < n && joins(toks, q) && (!vnTok(toks[q]!) || FOREIGN_ONLY_PARTICLES.has(toks[q - 1]!.low)) && k > 0 && (toks[k - 1]!.cap || hasNw(toks[k - 1], NW_PARTICLE) || honorificStrength(L, keys, toks, k) > 0);
  }

  function penNameAt(k: number, e: number): boolean {
    if (toks[k - 1]?.text !== '(' || toks[e]?.text !== ')' || toks[k - 1]!.sent !== toks[k]!.sent) return false;
    const last = persons[persons.length - 1];
    return last !== undefined && last.end === k - 1 && last.end - last.start >= 2 && last.parse.kind === 'vn';
  }
  function teamAfterPlural(s: number, e: number): boolean {
    // Cheap first (this runs at every name an honorific introduces): a team noun's last word
    // right before, or no span key is built.
    if (s < 2 || !TEAM_NOUN_LAST.has(keys[s - 1]!)) return false;
    let h = -1;
    for (let b = s - 1; b >= 1 && b >= s - 3; b--) if (TEAM_NOUNS.has(spanKey(keys, b, s))) h = b;
    if (h < 1 || !TEAM_PLURALS.has(keys[h - 1]!) || toks[h - 1]!.sent !== toks[s]!.sent) return false;
    // `các vận động viên Ánh Viên`, `các cầu thủ Quang Hải`: two known name syllables, no
    // place (`các cầu thủ Bình Dương`), are one person.
    if (e - s === 2 && !(placeEnd[s]! > s) && (hasNw(toks[s], NW_GIVEN) || hasNw(toks[s], NW_MIDDLE)) && hasNw(toks[s + 1], NW_GIVEN)) return false;
    // `các cầu thủ Quang Hải, Văn Hậu và Tiến Linh`: a list of names is people.
    const x = toks[e];
    return !(x && (x.text === ',' || x.low === 'và' || x.text === '-') && capWord(toks[e + 1]));
  }
  /** End of a regnal number in Sino-Vietnamese words at `after` (`đệ tam`, `đệ thập lục`), else `after`. */
  function regnalAfter(after: number): number {
    if (keys[after] !== 'đệ' || !toks[after]!.sp || toks[after]!.cap || !VI_ORDINALS.has(keys[after + 1] ?? '') || !toks[after + 1]!.sp) return after;
    let r = after + 2;
    if (VI_ORDINALS.has(keys[r] ?? '') && toks[r]!.sp && !toks[r]!.cap) r++;
    return r;
  }
  /** The run k..e is exactly an ethnic group's name (ETHNONYMS); an ambiguous one only after ETHNONYM_PEOPLE. */
  function ethnonymAt(k: number, e: number): boolean {
    let key = keys[k]!;
    for (let j = k + 1; j < e; j++) key += (toks[j]!.sp ? ' ' : '') + keys[j];
    if (ETHNONYMS.has(key)) return true;
    return ETHNONYMS_AMBIGUOUS.has(key) && ETHNONYM_PEOPLE.has(keys[k - 1]!);
  }
  function deityAt(k: number, e: number): boolean {
    // (`Bà Chúa Xứ Núi Sam`: also with the place of her shrine. The first word first: this
    // runs at every name of two or more words after `bà` or `ông`.)
    if (e - k >= 2 && DEITY_FIRST.has(keys[k]!) && DEITIES.has(`${keys[k]} ${keys[k + 1]}`)) return true;
    if (e - k !== 1) return false;
    if (keys[k] === 'táo' || keys[k] === 'địa') return true;
    // `ông Công ông Táo`, `ông Công, ông Táo`, `ông Công và ông Táo`.
    const j = toks[k + 1]?.text === ',' || keys[k + 1] === 'và' ? k + 2 : k + 1;
    return keys[k] === 'công' && keys[j] === 'ông' && keys[j + 1] === 'táo';
  }

  /**
   * parseForeign may parse a one-word run of this word (no known full name starting there aside):
   * a capitalized word, no acronym nor company word, that looks foreign or is a known foreign name word.
   */
  function foreignWordMay(t: Tk): boolean {
    // (orgLike last: its first answer for a token may run regexes.)
    return t.kind === 'word' && t.cap && !t.upper && (!vnTok(t) || hasNw(t, NW_FOREIGN)) && !orgLike(t);
  }
  /**
   * `Sheikh Khalifa bin Zayed Al Nahyan`: a Gulf ruler's name (a `bin`/`bint` or `Al` part within five
   * words after its first) makes `Sheikh` before it an honorific, outside the name; `Sheikh Hasina`
   * (Bangladesh) keeps it (pw12).
   */
  function arabNameAfter(a: number, e: number): boolean {
    if (a + 1 >= e) return false;
    for (let j = a + 1; j < e && j <= a + 5; j++) if (keys[j] === 'bin' || keys[j] === 'bint' || (keys[j] === 'al' && toks[j]!.cap)) return true;
    return false;
  }
  /** The word at e goes on, in lowercase and the same sentence, from a one-word run before it (no credit's verb). */
  function captionGoesOn(e: number): boolean {
    const u = toks[e];
    return u !== undefined && u.kind === 'word' && !u.cap && u.sp && !u.line && u.sent === toks[e - 1]!.sent && !CREDIT_VERBS.has(keys[e]!);
  }
  function decideRun(s: number, e: number): NameParse[] {
    const out: NameParse[] = [];
    let k = s;
    while (k < e) {
      const t = toks[k]!;
      // (`Sheikh Sabah Al-Ahmad ...`: the Gulf honorific, skipped below, introduces the name too (pw12).)
      const honS = honorificStrength(L, keys, toks, k) || (k > s && keys[k - 1] === 'sheikh' && toks[k - 1]!.cap && arabNameAfter(k, e) ? 1 : 0);
      const hon = honS > 0;
      const afterTitle = k > 0 && inTitle[k - 1]! >= 0 && toks[k]!.sp && !toks[k]!.line && titleOk(inTitle[k - 1]!);
      const partyCtx = !afterTitle && k === s && partyAfterPost(k);
      // A place after the dash of a credit is where the photo was taken (`Ảnh: X - Quảng Nam`), when it
      // covers the whole capitalized run (`Ảnh: Hoài Nam - Mỹ Hà` is a second name) (pedu).
      // (`Ảnh: Sinh viên Trường ĐH X nhận học bổng`: a caption that opens with its label, one capitalized word
      // whose phrase goes on in lowercase, is no credit; `Ảnh: Hải chụp`, `Ảnh: Hùng cung cấp` still are (puni).)
      const credit = creditBefore(toks, keys, k) && !(toks[k - 1]?.text === '-' && (placeEnd[k]! >= e || placeCover[k]! >= e)) && !(k === s && e - s === 1 && captionGoesOn(e));
      const byline = inByline(k);
      // `hai bé Trúc Nhi và Diệu Nhi`, `cặp song sinh Trúc Nhi - Diệu Nhi`: a name listed
      // after one that a kinship word or honorific introduced shares it.
      const coordCtx = k === s && !hon && e - s === 2 && vnTok(toks[s]!) && vnTok(toks[s + 1]!) && (givenPairAt(s) || listedGivenAt(s, e) || listedBeforeFullAt(s, e) || listedAfterFullAt(s));
      if (coordCtx) listedGiven.add(s);
      const ctx = hon || afterTitle || partyCtx || credit || byline || coordCtx;
      // One word without context (most runs: `Thông`, `Tổng`, `BoE`, `Ông` opening a sentence, a
      // place): every check below ends without a name unless the caller lists names, the word is
      // a letter of initials, a speaker after a quote, or may be a foreign name (a known one, or
      // one looking foreign: see parseForeign). Without those, the run is passed over here.
      if (!ctx && e - s === 1 && C.names.size === 0 && t.end - t.start > 1 && !quoteAttribution(k, e) && !foreignWordMay(t) && L.foreignFull.longestEnd(keys, k, e) <= 0) return out;
      // Leading words that are not names: sentence starters, honorifics in capitals.
      // (`Ban Ki-moon`: a word that is also a Korean surname, before a hyphenated given name.)
      // (A Korean given name is capitalized: the next word's flags first, it is read only then.)
      // (`Tổng Thư ký ASEAN Dato Lim Jock Hoi`: a foreign honorific of honorifics.txt also after a post.)
      // (Ends only, -1 for none: no match objects; `Ông`, `Bà` open many sentences.)
      // (`Ảnh: Ông Lý Thành Công (giữa) thăm ...`: a caption's capitalized `Ông` / `Bà` before a name of two or more
      // words is the pictured person's honorific, no photographer's surname (pbiz5).)
      if ((!ctx && (hasNw(t, NW_NOT_NAME) || (t.cap && L.honorifics.longestEnd(keys, k) > 0)) || (afterTitle && !hon && t.cap && !vnTok(t) && k < e - 1 && L.honorifics.longestEnd(keys, k) > 0) || (hon && t.cap && !vnTok(t) && k < e - 1 && (keys[k] === 'shark' || keys[k] === 'mullah' || keys[k] === 'dato' || keys[k] === 'datuk')) || (t.cap && keys[k] === 'sheikh' && arabNameAfter(k + 1, e)) || (credit && !byline && k === s && e - k >= 3 && t.cap && (keys[k] === 'ông' || keys[k] === 'bà'))) && !(flags[k + 1]! & F_CAP_WORD && koreanGivenAt(toks, k + 1))) {
        const hEnd = L.honorifics.longestEnd(keys, k);
        k = hEnd > 0 ? Math.min(hEnd, e) : k + 1;
        continue;
      }
      // `các cầu thủ Nà Ếch`: players in the plural before one name: their team or village.
      // `tay vợt Wimbledon Ashleigh Barty`, `nhà vô địch Olympic Ikee Rikako`: a games' or a tournament's name
      // between the occupation and a name of two or more words describes the person, it is no part of the name (pworld5).
      if (hon && k === s && e - k >= 3 && t.cap && CONTEST_BEFORE_NAME.has(keys[k]!)) {
        k++;
        continue;
      }
      if (hon && k === s && teamAfterPlural(s, e)) {
        k = e;
        continue;
      }
      // `Bà Chúa Xứ`, `ông Công ông Táo`: gods of folk religion, after their honorific.
      if (hon && k > 0 && (keys[k - 1] === 'bà' || keys[k - 1] === 'ông') && deityAt(k, e)) {
        k = e;
        continue;
      }
      // `cô gái Ba Na`, `bà con Xơ Đăng`, `chàng trai H'Mông`: the people an ethnic group's name follows is no name
      // (`cô gái Thái`: a group name that is also a given name only after a young person's noun or `bà con`) (psoc5).
      if (hon && k === s && k > 0 && ETHNONYM_FIRST.has(keys[k]!) && ethnonymAt(k, e)) {
        k = e;
        continue;
      }
      // `tỷ phú gốc Hoa Forrest Li`, `doanh nhân người Hoa Lý Gia Thành`: after a lowercase `gốc` / `người`, `Hoa`
      // (ethnic Chinese) opening a longer run is the origin, not the name's first word (`Hoa Kỳ` is a place) (pdigital).
      if (k === s && k > 0 && keys[k] === 'hoa' && e - k >= 3 && (keys[k - 1] === 'gốc' || keys[k - 1] === 'người') && !toks[k - 1]!.cap && keys[k + 1] !== 'kỳ' && placeEnd[k]! < 0) {
        k++;
        continue;
      }
      // `ứng viên Dân chủ Raphael Warnock`, `ứng viên Cộng hòa X`: a US party after the
      // honorific, then the name, is no name (`bà Dân chủ trì` stays one).
      // (After `đảng viên` the party ends the phrase too: `một đảng viên Dân chủ,` (pw8); also after
      // `thành viên`: `là thành viên Dân chủ duy nhất bỏ phiếu chống` (pw13).)
      if (hon && e - k === 1 && (toks[k + 2]?.cap || (k >= 2 && keys[k - 1] === 'viên' && (keys[k - 2] === 'đảng' || keys[k - 2] === 'thành'))) && ((keys[k] === 'dân' && keys[k + 1] === 'chủ') || (keys[k] === 'cộng' && keys[k + 1] === 'hòa'))) {
        k = e;
        continue;
      }
      const cn = C.names.longest(keys, k, e);
      if (cn) {
        out.push({ start: k, end: cn.end, surnameEnd: k, score: 3, allKnown: true, kind: 'caller' });
        k = cn.end;
        continue;
      }
      // `Ảnh: Q.Tuấn`, `Ảnh: N. Hùng`: in a photo credit or a byline, an initial and its dot, then
      // a given name (one or two syllables) are one name (ppol2).
      if ((credit || byline) && t.cap && t.end - t.start === 1 && toks[k + 1]?.text === '.' && !toks[k + 1]!.sp) {
        const w = toks[k + 2];
        if (w && w.kind === 'word' && w.cap && !w.upper && !w.line && w.end - w.start > 1 && vnTok(w)) {
          let end = k + 3;
          const w2 = toks[end];
          if (w2 && w2.kind === 'word' && w2.sp && w2.cap && !w2.upper && !w2.line && w2.end - w2.start > 1 && vnTok(w2)) end++;
          out.push({ start: k, end, surnameEnd: k, score: 1, allKnown: true, kind: 'initials' });
          k = end;
          continue;
        }
      }
      const ini = parseInitials(g, k);
      if (ini && (((ctx || t.hl === false) && (hon || credit || byline || afterTitle)) || (!t.hl && birthAfter(ini.end)))) {
        out.push(ini);
        k = ini.end;
        continue;
      }
      // `các vấn đề châu Âu Clement Beaune`: a continent after a lowercase `châu` is no name word.
      if (k > 0 && ids[k - 1] === ID_CHAU && CONTINENTS.has(keys[k]!) && !toks[k - 1]!.cap && !toks[k - 1]!.hl) {
        k++;
        continue;
      }
      // `Y Thông Byă`, `H'Mai Ayun`: Ê Đê and Jrai names open with `Y` (men) or `H'` (women) and end
      // with the family name (two to four words in all).
      // (The run's length first: most runs are one word, whose text is not read then.)
      // (Also right after a capitalized honorific that opens the run: `Ông Y Thanh Hà Niê Kđăm` (psoc3).)
      if ((k === s || hon) && e - k >= 2 && e - k <= 5 && (t.text === 'Y' || (t.text === 'H' && toks[k + 1]?.text === "'" && !toks[k + 1]!.sp)) && !t.hl && EDE_FAMILY.has(keys[e - 1]!)) {
        out.push({ start: k, end: e, surnameEnd: k, score: 2, allKnown: true, kind: 'vn' });
        k = e;
        continue;
      }
      // A place starting here and covering the rest of the run (`Việt Nam`, `Hà Nội`: a run in
      // four starts so): no name parsed from here ends past it, so the checks down to the place
      // branch below do not need the parses, and most such runs end there. They are made then
      // only if the run goes on past that branch.
      const wholePlace = placeEnd[k]! >= e;
      // (The end only, -1 for none.)
      let ffEnd = wholePlace ? -1 : L.foreignFull.longestEnd(keys, k, e);
      // (A Vietnamese name is a surname and at least one given part: none in one word.)
      let vn = wholePlace || e - k < 2 ? null : parseVnName(g, k, e);
      // `doanh nhân Bulgaria Emilian Gebrev`, `cầu thủ Hàn Quốc Son Heung-min`: a nationality
      // between the honorific and a foreign name is no part of the name.
      // (`anh Phùng Văn T.`: a place word before `Văn` / `Thị` is the surname of a Vietnamese name.)
      // (`Orlando Nicolás Hernández Guillén`: a one-word city that is also a given name of
      // foreign-names.txt, before foreign names, opens the name (pw11).)
      // (Nor a one-word place opening a Gulf name: `Sabah Al-Ahmad Al-Jaber Al-Sabah` (pw12).)
      const cityGiven = placeEnd[k] === k + 1 && !COUNTRY_KEYS.has(keys[k]!) && ((hasNw(toks[k], NW_FOREIGN) && hasNw(toks[k + 1], NW_FOREIGN)) || arabNameAfter(k, Math.min(e, k + 2)));
      // (`người đồng cấp Mỹ Blinken`, `người đồng cấp Nga Sergei Lavrov`: a counterpart's country, then the
      // name, also one foreign word (pw13).)
      const counterpart = k === s && k >= 2 && keys[k - 1] === 'cấp' && keys[k - 2] === 'đồng' && placeEnd[k]! > k && (isCountry(keys, k, placeEnd[k]!) || (placeEnd[k] === k + 1 && COUNTRY_KEYS.has(keys[k]!)));
      if ((ctx || counterpart) && placeEnd[k]! > k && placeEnd[k]! < e && !byline && !credit && !cityGiven && !(vn && vn.end >= e && (keys[placeEnd[k]!] === 'văn' || keys[placeEnd[k]!] === 'thị'))) {
        const fn = parseForeign(g, placeEnd[k]!, e);
        // (`chính trị gia đối lập Nga Navalny`, `nhà báo Mỹ Smith`: after any honorific, a country and one known
        // foreign name word closing the run (rw).)
        if (fn && (wordsIn(fn) >= 2 || (fn.end === e && !vnTok(toks[fn.start]!) && (counterpart || (hon && k === s && wordsIn(fn) === 1 && hasNw(toks[fn.start], NW_FOREIGN) && (isCountry(keys, k, placeEnd[k]!) || (placeEnd[k] === k + 1 && COUNTRY_KEYS.has(keys[k]!)))))))) {
          out.push(fn);
          k = fn.end;
          continue;
        }
        // `nhà báo Australia Thành Lôi`: a country, then a Sino-Vietnamese name closing the run (pw12).
        // (Two or three words that are no place, closing the run after the country.)
        // (Not when the whole run reads as a Vietnamese name: `Hàn`, `Thái` are surnames too: `Ông Hàn Ngọc Vũ`.)
        const pk = placeEnd[k]!;
        if (!fn && !(vn && vn.start === k && vn.end >= e) && e - pk >= 2 && e - pk <= 3 && (isCountry(keys, k, pk) || (pk === k + 1 && COUNTRY_KEYS.has(keys[k]!))) && vnTok(toks[pk]!)) {
          let clean = true;
          for (let j = pk; j < e; j++) if (placeEnd[j]! > j || placeCover[j]! > j || !vnTok(toks[j]!) || hasNw(toks[j], NW_NOT_NAME)) clean = false;
          if (clean) {
            out.push({ start: pk, end: e, surnameEnd: pk + 1, score: 1, allKnown: false, kind: 'vn' });
            k = e;
            continue;
          }
        }
      }
      // Inside a place that started before this word (`TP Hồ Chí Minh`).
      if (placeCover[k]! > k && !byline && !credit) {
        k = placeCover[k]!;
        continue;
      }
      // `Công ty du học Hàn Quốc Minh Anh`: a country of two or more words starts no name
      // without an honorific before it (a district may: `Hoàng Mai Anh, 25 tuổi`).
      if (placeEnd[k]! - k >= 2 && vn && vn.end > placeEnd[k]! && !hon && !byline && !credit && !(ffEnd > placeEnd[k]!) && isCountry(keys, k, placeEnd[k]!)) {
        k = placeEnd[k]!;
        continue;
      }
      if (placeEnd[k]! > k && !(vn && vn.end > placeEnd[k]!) && !(ffEnd > placeEnd[k]!)) {
        // A place here: a person only after a strong honorific (`ông Anh`), in a byline or credit.
        const single = placeEnd[k]! - k === 1;
        const longerRun = single && joins(toks, k + 1) && k + 1 < e && honS > 0;
        // `NSƯT Hoàng Mai`, `Thượng tá Hà Nam`: a two-word place right after an honorary,
        // religious or rank title closing the run is the holder's name.
        const afterRank = afterTitle && placeEnd[k]! - k === 2 && placeEnd[k] === e && RANKLIKE_KINDS.has(titleAt[inTitle[k - 1]!]!.kind) && !isCountry(keys, k, e);
        // `NSND Anh Tú`, `Đại tá Anh Dũng`: `Anh` and a given name closing the run after such a title.
        const anhAfterRank = afterTitle && single && keys[k] === 'anh' && e - k === 2 && L.givens.has(keys[k + 1]!) && RANKLIKE_KINDS.has(titleAt[inTitle[k - 1]!]!.kind);
        // `Bộ trưởng Quốc phòng Austin cho biết`: a city that is also a surname of foreign-names.txt,
        // left out of the title before it (see NAME_CITY_POSTS in the title grammar), is its holder.
        // (Also a first name before a known surname: `Ngoại trưởng Argentina Santiago Cafiero`.)
        const cityName = afterTitle && single && hasNw(t, NW_FOREIGN) && !isCountry(keys, k, k + 1) && (placeEnd[k] === e || (k + 1 < e && hasNw(toks[k + 1], NW_FOREIGN) && !(placeEnd[k + 1]! > k + 1)));
        // `Người phát ngôn Bộ Thương mại Trung Quốc Cao Phong`: a full name of foreign-names.txt that is also
        // a district, closing the run right after a title, is its holder (pw8).
        const fullAfterTitle = afterTitle && placeEnd[k] === e && e - k >= 2 && L.foreignFull.longestEnd(keys, k, e) === e && !isCountry(keys, k, e);
        // `Ông Mai Sơn, Phó Tổng cục trưởng ...`: a district of two words that reads as a common surname and a
        // given name, the whole run after `ông`/`bà`, is a person (not a province or a country: `ông Hà Nam`).
        const districtName = honS === 2 && placeEnd[k]! - k === 2 && placeEnd[k] === e && hasNw(t, NW_COMMON_SURNAME) && hasNw(toks[k + 1], NW_GIVEN) && !isCountry(keys, k, e) && !provinceKeys().has(keys[k] + ' ' + keys[k + 1]);
        // `Phó Chủ tịch UBND tỉnh Bắc Giang Mai Sơn cho biết`: likewise right after a title that closes on a
        // place (the title grammar leaves such a district to the holder) (psoc6).
        const districtAfterPlaceTitle = afterTitle && !districtName && placeEnd[k]! - k === 2 && placeEnd[k] === e && k >= 2 && hasNw(t, NW_COMMON_SURNAME) && hasNw(toks[k + 1], NW_GIVEN) && !isCountry(keys, k, e) && !provinceKeys().has(keys[k] + ' ' + keys[k + 1]) && (placeEnd[k - 1] === k || placeEnd[k - 2] === k || (k >= 3 && placeEnd[k - 3] === k));
        // `Quốc vương Kuwait Sabah Al-Ahmad Al-Jaber Al-Sabah`: a one-word place opening a Gulf name (pw12).
        const arabRuler = single && !COUNTRY_KEYS.has(keys[k]!) && arabNameAfter(k, e);
        // `bị cáo Vinh`, `bị can Đức`: a one-word place (a city, a country's short name) closing the run right
        // after the accused's `bị cáo` / `bị can` is the defendant's given name (pformer).
        const accusedGiven = single && honS === 1 && placeEnd[k] === e && k >= 2 && keys[k - 2] === 'bị' && (keys[k - 1] === 'cáo' || keys[k - 1] === 'can') && hasNw(t, NW_GIVEN);
        // `PGS Đức nói`, `TS Anh cho biết`: a one-word place (a country's short name) that is a given name,
        // closing the run right after an academic title, is the holder's name (no degree names a country).
        const degreeGiven = afterTitle && single && placeEnd[k] === e && titleAt[inTitle[k - 1]!]!.kind === 'academic' && hasNw(t, NW_GIVEN);
        if (!(byline || credit || (honS === 2 && single) || accusedGiven || degreeGiven || longerRun || afterRank || anhAfterRank || cityName || fullAfterTitle || districtName || districtAfterPlaceTitle || arabRuler)) {
          k = placeEnd[k]!;
          continue;
        }
      }
      if (wholePlace) {
        ffEnd = L.foreignFull.longestEnd(keys, k, e);
        vn = e - k >= 2 ? parseVnName(g, k, e) : null;
      }
      // `Covid-19`, `H-6K`: codes, not names.
      if (ids[k + 1] === ID_DASH && toks[k + 2]?.kind === 'number') {
        k++;
        continue;
      }
      if (ffEnd > 0 && (!vn || ffEnd >= vn.end)) {
        const fp = parseForeign(g, k, e, ffEnd);
        if (fp) {
          out.push(fp);
          k = fp.end;
          continue;
        }
      }
      if (vn) {
        let vend = vn.end;
        // A place inside the run ends the name (`Hoàng Anh Gia Lai` is a company).
        for (let p = vn.start + 2; p < vend; p++) {
          if (placeEnd[p]! > p && placeEnd[p]! - p >= 2) {
            const pre = parseVnName(g, vn.start, p);
            // (Not a four-word name of known syllables after `ông`/`bà`: `ông Nguyễn Sinh Nhật Tân`.)
            if (pre && pre.end === p && !MIDDLE_ONLY.has(keys[p - 1]!) && !(honS === 2 && vn.allKnown && placeEnd[p] === vn.end && vn.end - vn.start === 4)) vend = p;
            break;
          }
        }
        // `Kim Sang-sik`, `Son Heung-min`: the lowercase syllable hyphened to a Korean given
        // name belongs to it (a capitalized one, `Minh-Lee`, may start another name).
        if (vend === vn.end) while (vend < e && vend - vn.start < 6 && hyphenJoin(toks, vend) && !toks[vend + 1]!.cap && !toks[vend + 1]!.hl) vend += 2;
        const len = vend - vn.start;
        const common = hasNw(toks[vn.start], NW_COMMON_SURNAME) || C.surnames.longest(keys, vn.start) !== null;
        const coreMiddle = CORE_MIDDLE_IDS.has(ids[vn.surnameEnd]);
        // (`Ksor Thăm (28 tuổi)`, `Chau Sóc Kha (SN 1990, ...)`: an age or a birth year right after
        // the name, as police and court news introduce suspects, says a person as an honorific would.)
        // (`Trầm Bê, nguyên Phó Chủ tịch HĐQT ...`: a former post in apposition says a person too.)
        const born = vend === e && (toks[vend]?.text === '(' || toks[vend]?.text === ',') && (birthAfter(vend) || (toks[vend]!.text === ',' && inTitle[vend + 1]! >= 0 && (keys[vend + 1] === 'nguyên' || keys[vend + 1] === 'cựu')));
        const strongCtx = honS === 2 || afterTitle || byline || credit || (k === s && coordAfterPerson(s)) || born;
        // (`Ksor Hlơi`: a Jrai or Bahnar family name and a highland given name no Vietnamese syllable spells,
        // as parseVnName reads them, are a name as sure as known syllables (penv).)
        // (`và Rơ Châm Thuih, nguyên kiểm lâm`: such a name counts as one of a common surname.)
        const highland = vend === vn.surnameEnd + 1 && highlandFamilyGiven(toks, keys, vn.start, vn.surnameEnd);
        const strong = (len >= 3 && (common || coreMiddle || strongCtx || highland)) || (len === 2 && (vn.allKnown || born || highland) && (common || strongCtx || highland));
        const placeAfter = vend < e && placeEnd[vend]! > vend;
        const headline = t.hl && !ctx;
        // `Sao Mai Việt` (a company): two name words right after another capitalized word of
        // the same run, that is no name, honorific, sentence starter or place, are its end.
        const midRun = len === 2 && !ctx && k > s && joins(toks, k) && !hasNw(toks[k - 1], NW_NOT_NAME) && placeEnd[k - 1]! < 0 && placeCover[k - 1]! < 0 && !L.surnames.longest(keys, k - 1, k) && !hasNw(toks[k - 1], NW_GIVEN) && !hasNw(toks[k - 1], NW_MIDDLE);
        // `tập trận ở Hoàng Hải`, `khai trương tại Nguyễn Văn Linh`: a run right after the
        // prepositions of place, without an honorific or a title, names a place or a street.
        // (`đi dạo quanh Hồ Thành Công`, `ven Hồ Văn Quán`: around or along it, a lake.)
        // (Not `vây quanh Hồ Ngọc Hà`, `xoay quanh`: surrounding a person, about one.)
        if (len >= 2 && !ctx && k === s && k > 0 && (keys[k - 1] === 'ở' || keys[k - 1] === 'tại' || (keys[k] === 'hồ' && LAKE_PREPS.has(keys[k - 1]!) && keys[k - 2] !== 'vây' && keys[k - 2] !== 'xoay')) && !toks[k - 1]!.cap) {
          k = vend;
          continue;
        }
        // A street in an address (`tại số 5 Nguyễn Văn Cừ`): none of its words starts a name.
        if (len >= 2 && !ctx && streetAt(vn.start, vend)) {
          k = vend;
          continue;
        }
        // `Văn Phú Invest`, `Trần Anh Group`: name words joined to a company word name the company.
        const companyAfter = !ctx && vend < n && flags[vend]! & F_CAP_WORD && joins(toks, vend) && orgLike(toks[vend]!) && !toks[vend]!.upper && !vnTok(toks[vend]!);
        if (len >= 2 && strong && !midRun && !companyAfter && !(placeAfter && len === 2 && honS < 2) && !(headline && !(len >= 3 && vn.allKnown))) {
          out.push({ ...vn, end: vend });
          k = vend;
          continue;
        }
      }
      // `Nữ tướng Vinamilk Mai Kiều Liên`: a brand between the honorific and a full name is no part of it.
      if (ctx && k === s && !t.hl && !t.upper && !vnTok(t) && k + 2 < e && hasNw(toks[k + 1], NW_COMMON_SURNAME)) {
        const vn2 = parseVnName(g, k + 1, e);
        if (vn2 && vn2.end - k >= 4) {
          // `Đức cha Giuse Nguyễn Chí Linh`: a known foreign first word there is a baptismal
          // name, part of the person's name (even when the name ends like a place).
          if (hasNw(t, NW_FOREIGN)) {
            out.push({ start: k, end: vn2.end, surnameEnd: k, score: vn2.score, allKnown: vn2.allKnown, kind: 'foreign' });
            k = vn2.end;
          } else k++;
          continue;
        }
      }
      if (ctx && !t.hl && !hasNw(t, NW_NOT_NAME) && !(honS === 1 && !afterTitle && !credit && !byline && e - k === 1 && !hasNw(t, NW_GIVEN) && vnTok(t)) && !(e - k === 1 && (keys[k + 1] === 'vận' || keys[k + 1] === 'viện' || keys[k + 1] === 'tước' || keys[k + 1] === 'binh') && toks[k + 1]!.sp && NAME_LIKE_NOUNS.has(keys[k] + ' ' + keys[k + 1]))) {
        // A name after an honorific, a title, in a credit or a byline: the whole run up to 4 words.
        let ce = k + 1;
        let nw = 1;
        let hy = 0;
        let arts = 0;
        // A highland prefix `Y` / `A` alone takes the next capitalized word even when it is a common word
        // (`chị Y Nhớ`, `anh A Biết`): the prefix is no name by itself (psoc6).
        // A monk's or a nun's `Thích` name takes its words whatever they look like (`Thích Nữ Như Thanh`, `Thích
        // Nữ Từ Nhẫn`: a district, a common word) (prelig).
        const dharma = keys[k] === 'thích' && t.cap && !t.upper;
        while (ce < e && nw < 4 && (!hasNw(toks[ce], NW_NOT_NAME) || (dharma && vnTok(toks[ce]!)) || (ce === k + 1 && (keys[k] === 'y' || keys[k] === 'a') && t.cap && !t.upper && toks[ce]!.cap && toks[ce]!.sp && !toks[ce]!.line)) && !(placeEnd[ce]! > ce + 1 && !byline && !credit && !dharma)) {
          if (hyphenJoin(toks, ce)) {
            // Bounded, so `A-B-C-...` stays linear.
            if (++hy > 4) break;
            ce += 2;
          }
          // A middle initial and its dot (`Robert F. Kennedy Jr`) count as no word.
          else if (initialJoin(toks, ce)) ce += 2;
          else if (initialJoin(toks, ce, true)) ce += 4;
          else {
            // Lowercase particles (`Lula da Silva`) are not counted among the four words, nor up to
            // three Arabic articles `Al` before another part (`Sheikh Khalifa bin Zayed Al Nahyan`) (pw12).
            if (toks[ce]!.text === 'Al' && arts < 3 && ce + 1 < e) arts++;
            else if (toks[ce]!.cap || !hasNw(toks[ce], NW_PARTICLE)) nw++;
            ce++;
          }
        }
        // The word after an initial's dot taken or stopping the name (`ông John F. Bộ Y tế`): the
        // name ends at the letter (the dot, and a word past the run, stay outside).
        if (toks[ce - 1]!.text === '.') ce--;
        // `lãnh đạo Hoàng Anh Gia Lai`: a name-like run running into a place is a company.
        // (Not a monk's or a nun's `Thích` name (prelig).)
        if (ce < e && placeEnd[ce]! > ce + 1 && honS < 2 && !byline && !credit && !dharma) {
          k = placeEnd[ce]!;
          continue;
        }
        // `Thủ tướng Chan-o-cha`: a word with glued hyphened parts is a name part whatever it looks like.
        const singleBad = hy === 0 && (
          // `Phó Tổng giám đốc Hàng tiêu dùng Masan`: a word after a business post followed by lowercase words is its org.
          (nw === 1 && afterTitle && !hon && vnTok(t) && toks[k + 1]?.kind === 'word' && !toks[k + 1]!.cap && toks[k + 1]!.sp && BUSINESS_TITLE.test(doc.text.slice(toks[titleAt[inTitle[k - 1]!]!.start]!.start, toks[k - 1]!.end))) ||
          // `Phó Trưởng ban Hướng dẫn ...`: the word and the next one are a word the text writes in lowercase elsewhere.
          (nw === 1 && afterTitle && !hon && hasNw(t, NW_GIVEN) && toks[k + 1]?.kind === 'word' && !toks[k + 1]!.cap && toks[k + 1]!.sp && (lowerBigramOf(k) || GIVEN_COMPOUNDS.has(`${keys[k]} ${keys[k + 1]}`))) ||
          (nw === 1 && honS === 1 && !afterTitle && !credit && !byline && !vnTok(t) && !hasNw(t, NW_FOREIGN) && !C.nameParts.has(t.low) && !(keys[k - 1] === 'tên' && NAMED_PERSON_NOUNS.has(keys[k - 2] ?? ''))) ||
          nw === 1 &&
          // (`ông Moon`, `ông Bach`, `Tổng thống Moon`: a foreign surname that looks like a Vietnamese syllable, after a strong honorific or a post.)
          ((vnTok(t) && t.text.length > 1 && !hasNw(t, NW_GIVEN) && !C.nameParts.has(t.low) && !byline && !credit && !(honS === 2 && (lastWords.has(t.low) || chineseSurnames.has(t.low))) && !((honS === 2 || afterTitle) && hasNw(t, NW_FOREIGN) && !BRAND_SURNAMES.has(t.low))) ||
            (t.text.length === 1 && (toks[k + 1]?.text === '&' || toks[k + 1]?.text === '-'))));
        // `nhân viên Đại sứ quán`: a word that starts a post or an org word is no name.
        // (`anh Hoàng tử vong`: `tử` belongs to the word after it, no post `Hoàng tử` (pcrime3).)
        const startsWord = nw === 1 && (((L.posts.longest(keys, k)?.end ?? 0) > k + 1 && !(keys[k + 1] === 'tử' && TU_WORDS_AFTER.has(keys[k + 2] ?? '') && !!toks[k + 2]?.sp && !toks[k + 2]!.cap)) || (L.orgWords.longest(keys, k)?.end ?? 0) > k + 1 || (L.orgHeads.longest(keys, k)?.end ?? 0) > k + 1);
        if ((singleBad && !ageAfter(ce)) || (startsWord && !byline && !credit)) {
          k++;
          continue;
        }
        // `Nữ hoàng Elizabeth II`, `Giáo hoàng Benedict XVI`: a regnal number ends the name.
        const regnal = nw >= 2 && REGNAL.test(toks[ce - 1]!.text) && !toks[ce - 2]!.upper;
        // An acronym (two or more capitals) or a company-like word makes the run an organization.
        let orgish = false;
        for (let j = k; j < ce && !orgish; j++) {
          const w = toks[j]!;
          // (`Sơn Tùng M-TP`: a letter and a hyphened acronym closing a name run is a stage name's tag (probes-ent).)
          const tag = j === ce - 1 && j - 3 > k && toks[j - 1]!.text === '-' && !toks[j - 1]!.sp && !w.sp && toks[j - 2]!.text.length === 1 && toks[j - 2]!.cap;
          orgish = !(regnal && j === ce - 1) && !tag && ((w.upper && w.text.length > 1) || orgLike(w));
        }
        if (!orgish) {
          const fp = parseForeign(g, k, ce);
          out.push({ start: k, end: fp && ce === e ? regnalAfter(ce) : ce, surnameEnd: k, score: 1, allKnown: false, kind: fp || (ce === k + 1 && chineseSurnames.has(keys[k]!)) ? 'foreign' : 'vn' });
          // A foreign name after an honorific or a post is remembered (`Thống đốc Glenn Youngkin`, then
          // `Glenn Youngkin đã đánh bại ...`).
          if (fp && fp.end === ce) for (let j = k; j < ce; j++) known.add(keys[j]!);
          k = ce;
          continue;
        }
        if (ini) {
          out.push(ini);
          k = ini.end;
          continue;
        }
      }
      // `"...", Thủy Tiên nói`: a short name run between a closing quote and a speech verb;
      // `Xuân Diệu là nhà thơ ...`, `Sơn Tùng, ca sĩ ...`: a run of two or three name
      // syllables described by an occupation only people have.
      // `Huỳnh Văn B (Uyên Huy) - ...`: a pen name in brackets right after a full name.
      // `Quang Hải chuyền bóng cho ...`, `Ở phút 67, Tuấn Hải đánh đầu ...`: a middle name and a
      // known given name opening their sentence or clause before a player's move.
      const player = e - k === 2 && middleGivenAt(k) && (k === 0 || toks[k - 1]!.sent !== t.sent || t.line || toks[k - 1]!.text === ',') && playerPredicateAt(e);
      if (!t.hl && e - k <= 3 && k === s && !orgLike(t) && (quoteAttribution(k, e) || player || (e - k >= 2 && (personNounAfter(e) || penNameAt(k, e))))) {
        let allName = true;
        for (let j = k; j < e; j++) if (!(hasNw(toks[j], NW_GIVEN) || hasNw(toks[j], NW_MIDDLE) || !vnTok(toks[j]!)) || placeEnd[j]! >= 0) allName = false;
        if (allName) {
          out.push({ start: k, end: e, surnameEnd: k, score: 1, allKnown: false, kind: 'vn' });
          k = e;
          continue;
        }
      }
      // Foreign names: apposition with a title, a speech verb, a known first name.
      // (The known full name's end found above, passed on: not looked up again.)
      let fp = parseForeign(g, k, e, ffEnd);
      // `Won Hàn Quốc`: a country after the words ends them (no foreign name runs into a place).
      // A city as the last word after a known first name is a surname (`Lloyd Austin`, `Carlos
      // Mendoza`); a country is not (`Won Hàn Quốc`).
      if (fp) for (let j = fp.start + 1; j < fp.end; j++) if (placeEnd[j]! > j && !(placeEnd[j] === fp.end && j === fp.end - 1 && hasNw(toks[fp.start], NW_FOREIGN) && !vnTok(toks[j]!) && !COUNTRY_KEYS.has(keys[j]!))) {
        fp = { ...fp, end: j };
        break;
      }
      // `Quyết định 28/2021/QĐ-TTg, Viện trưởng ...`: the tail of a document number glued after a
      // capitals code and a dash or slash (`QĐ-TTg`, `CĐ-TTg`) is no foreign name (plaw).
      if (fp && !t.hl && !codeTailAt(fp.start)) {
        const after = fp.end;
        const appos =
          ((toks[after]?.text === ',' || toks[after]?.text === '(' || (toks[after]?.text === '-' && toks[after]!.sp)) && inTitle[after + 1]! >= 0) ||
          // (`Ralf Keller - quan chức trong đảng ...`: a spaced dash likewise.)
          ((toks[after]?.text === ',' || (toks[after]?.text === '-' && toks[after]!.sp)) && (keys[after + 1] === 'một' || keys[after + 1] === 'người' || keys[after + 1] === 'chủ' || (honorificLen(after + 1) >= 2 && !STRONG_HON.has(keys[after + 1]!)) || (STRONG_HON.has(keys[after + 1]!) && YOUNG_PERSON_NOUNS.has(`${keys[after + 1]} ${keys[after + 2]}`))) && wordsIn(fp) >= 2);
        // `đại diện Flamingo Redtours cho hay`: a brand speaks through its representative.
        const speech = speechAt(keys, after) && !(fp.start >= 2 && ((keys[fp.start - 1] === 'diện' && keys[fp.start - 2] === 'đại') || keys[fp.start - 1] === 'phía' || keys[fp.start - 1] === 'hãng'));
        const firstKnown = hasNw(toks[fp.start], NW_FOREIGN) && wordsIn(fp) >= 2;
        // `Monteiro, 24 tuổi, ...`, `tiền đạo người Bồ Đào Nha Tiago Monteiro`.
        const age = ageAfter(after);
        // `Napoléon đệ tam`, `Louis đệ thập lục`: a regnal number in Sino-Vietnamese words.
        const regnalEnd = regnalAfter(after);
        if (regnalEnd > after && !toks[fp.start]!.hl) {
          out.push({ ...fp, end: regnalEnd });
          for (let j = fp.start; j < fp.end; j++) known.add(keys[j]!);
          k = fp.end;
          continue;
        }
        const nationality = fp.start >= 2 && (() => {
          for (let b = Math.max(0, fp.start - 4); b < fp.start; b++) if (placeEnd[b] === fp.start && keys[b - 1] === 'người') return true;
          return false;
        })();
        // A name met before: its last word again (`Biden`, `Joe Biden`), or its first word
        // alone. A known first word with another ending is another entity (`Flamingo
        // Redtours`, then `Flamingo Đại Lải`: a brand and its resorts).
        // `Kim ngạch` at a sentence's start after `Kim Jong-un`: a word, not a bare mention.
        const wordStart = fp.end - fp.start === 1 && (fp.start === 0 || toks[fp.start - 1]!.sent !== toks[fp.start]!.sent || toks[fp.start]!.line) && toks[fp.end]?.kind === 'word' && !toks[fp.end]!.cap && vnTok(toks[fp.start]!) && !SUBJECT_VERBS.has(keys[fp.end]!) && !speechAt(keys, fp.end);
        const remembered = !wordStart && (known.has(keys[fp.end - 1]!) || (known.has(keys[fp.start]!) && fp.end - fp.start === 1));
        // `Bartosz Wilk đã bị bắt`: a full name opening its sentence or clause (after a comma, `rằng`,
        // `cho biết`) before a predicate only people take (no company is arrested, dies or takes office).
        const clauseStart = fp.start === 0 || toks[fp.start - 1]!.sent !== toks[fp.start]!.sent || toks[fp.start]!.line || toks[fp.start - 1]!.text === ',' || keys[fp.start - 1] === 'rằng' || (keys[fp.start - 1] === 'biết' && keys[fp.start - 2] === 'cho');
        // `Matías Ibarra và Fernando Quiroga bị kết án`: also the first of two names before it.
        const human = !speech && wordsIn(fp) >= 2 && clauseStart && (humanPredicateAt(fp.end) || (keys[fp.end] === 'và' && !!toks[fp.end + 1]?.cap && humanPredicateAt(parseForeign(g, fp.end + 1, Math.min(n, fp.end + 6))?.end ?? fp.end)));
        // `Peskov cho biết`, `Prabowo nhậm chức`: one word of a known foreign name (foreign-names.txt)
        // opening its sentence or clause before a speech verb or a predicate only people take;
        // not a place nor a surname that also names a company (`Ford cho biết`).
        // (Also before a tense adverb and a verb, or `là` and an occupation only people have: `Messi sẽ
        // không ở lại`, `Cristiano là cầu thủ xuất sắc nhất`, also after a verb of saying: `xác nhận Messi sẽ rời`.)
        // (And after a lowercase `của` before no capitalized word: `bàn thắng của Ronaldo`, `hợp đồng của Messi`.)
        // (`nói rằng Protasevich "đang hợp tác"`: an opening quote between the name and its predicate, only
        // at a clause's start, before a tense adverb, a speech verb or a predicate only people take (pworld6).)
        const qOpen = clauseStart && (toks[fp.end]?.text === '"' || toks[fp.end]?.text === '“') && !!toks[fp.end]!.sp && toks[fp.end + 1]?.kind === 'word' && !toks[fp.end + 1]!.sp && !toks[fp.end + 1]!.cap;
        const quotedPred = qOpen && (TENSE_ADVERBS.has(keys[fp.end + 1]!) || speechAt(keys, fp.end + 1) || humanPredicateAt(fp.end + 1));
        const lone = !human && wordsIn(fp) === 1 && fp.end - fp.start === 1 && hasNw(toks[fp.start], NW_FOREIGN) && !BRAND_SURNAMES.has(keys[fp.start]!) && placeEnd[fp.start]! < 0 && placeCover[fp.start]! < 0 &&
          (((speech || humanPredicateAt(fp.end) || loneSubjectAt(fp.end) || quotedPred) && (clauseStart || (loneSubjectAt(fp.end) && fp.start >= 2 && (speechAt(keys, fp.start - 1) || speechAt(keys, fp.start - 2))))) ||
            (fp.start >= 1 && keys[fp.start - 1] === 'của' && !toks[fp.start - 1]!.cap && !toks[fp.start]!.hl && !capWord(toks[fp.end]) && toks[fp.end]?.text !== '&' && !companyElsewhere(fp.start)) ||
            // `chính quyền Biden`, `dưới thời Trump`: a leader's administration or era, named by a foreign surname (pmix3).
            (fp.start >= 2 && ((keys[fp.start - 1] === 'quyền' && keys[fp.start - 2] === 'chính') || (keys[fp.start - 1] === 'thời' && !toks[fp.start - 1]!.cap && keys[fp.start - 2] === 'dưới')) && !toks[fp.start]!.hl && !vnTok(toks[fp.start]!) && !capWord(toks[fp.end]) && !COUNTRY_KEYS.has(keys[fp.start]!)));
        // `Ohier và Roze đã ...`: one foreign word listed with `và` right after a foreign person.
        const coord = !lone && !human && fp.end - fp.start === 1 && coordForeignAt(fp.start);
        // `Nicolás Maduro, Diosdado Cabello và Delcy Rodríguez`: a full name with a known word
        // listed with `,` or `và` right after a full foreign name of the same sentence.
        const listed = !coord && wordsIn(fp) >= 2 && listedForeignAt(fp);
        const wordList = !lone && !coord && fp.end - fp.start === 1 && foreignWordListAt(fp.start);
        if (appos || (speech && wordsIn(fp) >= 2) || firstKnown || remembered || age || nationality || quoteAttribution(fp.start, fp.end) || human || lone || coord || listed || wordList) {
          out.push(fp);
          for (let j = fp.start; j < fp.end; j++) known.add(keys[j]!);
          k = fp.end;
          continue;
        }
      }
      k++;
    }
    return out;
  }

  /**
   * A street named after a person, in an address: a house number before the name
   * (`Số 215 Phan Đăng Lưu`, `tại 12 Lê Lợi`, `Địa chỉ: 8 Trần Phú`), or a capitalized
   * ward, district or commune after it (`Nguyễn Chí Thanh, Phường An Bình`).
   */
  function streetAt(s: number, e: number): boolean {
    let h = s - 1;
    // `số 8-12 Lê Duẩn`: a range of house numbers.
    if (h >= 3 && toks[h]?.kind === 'number' && toks[h - 1]!.text === '-' && !toks[h - 1]!.sp && !toks[h]!.sp && toks[h - 2]!.kind === 'number' && keys[h - 4] !== 'tỷ') h -= 2;
    const num = toks[h];
    if (num && num.kind === 'number' && num.sp && h >= 1 && (HOUSE_NUMBER_AFTER.has(keys[h - 1]!) || toks[h - 1]!.text === ':')) return true;
    return ids[e] === ID_COMMA && !!toks[e + 1]?.cap && ADDRESS_UNITS.has(keys[e + 1]!) && toks[e + 2]?.kind === 'word' && (toks[e + 2]!.cap || toks[e + 2]!.kind === 'number');
  }
  /** Words of the honorific or occupation starting at k (`chuyên gia`, `giáo sư`), 0 when none. */
  function honorificLen(k: number): number {
    const m = k < n ? L.honorifics.longest(keys, k) : null;
    return m ? m.end - k : 0;
  }
  function wordsIn(p: NameParse): number {
    let w = 0;
    // (The first word counts also glued to an opening bracket or the text's start: `(Josep Borrell)`.)
    for (let j = p.start; j < p.end; j++) if (toks[j]!.kind === 'word' && (toks[j]!.sp || j === p.start)) w++;
    return w;
  }
  /**
   * `Thượng nghị sĩ đảng Cộng hòa Mitt Romney`: a legislator's party (lowercase `đảng` and its
   * name, outside the title) right between a post and the run at k introduces the name like the
   * post itself, also a foreign first name no list knows (pelect). Read only at a run's first word.
   */
  function partyAfterPost(k: number): boolean {
    if (k < 4 || !toks[k]!.sp || toks[k]!.line || toks[k - 1]!.kind !== 'word') return false;
    for (let q = k - 2; q >= k - 3; q--) {
      if (keys[q] !== 'đảng' || toks[q]!.cap || inTitle[q - 1]! < 0 || inTitle[q]! >= 0) continue;
      const pm = L.organizations.longest(keys, q);
      return !!pm && pm.end === k && titleOk(inTitle[q - 1]!);
    }
    return false;
  }
  function titleOk(ti: number): boolean {
    const tp = titleAt[ti]!;
    if (tp.kind === 'weak' && !tp.hasOrg) return true;
    return !isPluralOrNotHeld(tp);
  }

  // Second pass: a bare given name of a Vietnamese full name met earlier (`Thắng khai nhận`,
  // as crime and court reports write defendants), when nothing says it is something else.
  // Own function: keeps each compiled unit small (one giant function takes TurboFan seconds to compile).
  /**
   * The word before i opens its sentence and is a function word written with a capital
   * only for that (`Theo Hùng, ...`, `Với Trump, ...`): no name runs over it.
   */
  const openerBefore = (i: number): boolean => {
    const o = i - 1;
    if (o < 0 || toks[i]!.line || toks[o]!.sent !== toks[i]!.sent) return false;
    const start = o === 0 || toks[o]!.line || toks[o - 1]!.sent !== toks[o]!.sent;
    return start && hasNw(toks[o], NW_NOT_NAME) && !L.surnames.longest(keys, o);
  };
  /**
   * givenPass's and foreignPass's positions: the capitalized words outside titles, hard blocks
   * and the names the pass has taken (`taken`, its own), written to `live` (returns how many) in one scan of the caps list
   * without branches (the tests fall irregularly: tested word by word in the passes' loops,
   * they would mispredict often). Places (blocked 2) stay: right after a post a remembered
   * given name may be a place word.
   */
  const listFreeCaps = (live: Int32Array, taken: Uint8Array): number => {
    let count = 0;
    for (let x = 0; x < capCount; x++) {
      const i = caps[x]!;
      live[count] = i;
      // (F_CAP_WORD is the flags' top bit; blocked holds 0, 1 or 2; inTitle is -1 outside titles.)
      count += (flags[i]! >> 7) & (taken[i]! ^ 1) & NOT_BLOCKED_HARD[blocked[i]!]! & (inTitle[i]! >>> 31);
    }
    return count;
  };
  const givenPass = (): void => {
      const taken = scratchU8(S8_TAKEN_GIVEN, n);
      for (const p of persons) for (let k = p.start; k < p.end; k++) taken[k] = 1;
      const givenFrom = new Map<string, number>();
      // The one-word keys of givenFrom by vocabulary id (a byte each, cleared below), and whether
      // one has none (then such words are asked of the map): most words are answered by a byte.
      if (lastMark.length < vocabSize()) lastMark = new Uint8Array(vocabSize());
      const marked: number[] = [];
      let oddLast = false;
      /** Marks keys[j], a one-word key of givenFrom. */
      /** Last words of three-word Vietnamese names met (`Nghe` of `Hồ Thị Nghe`). */
      let fullLast: Set<string> | null = null;
      const markLast = (j: number): void => {
        if (!markId(ids[j]!, marked)) oddLast = true;
      };
      for (const p of persons) {
        const pr = p.parse;
        // `Y Nhi Ksor ... Ksor hoàn tất cú đúp`: an Ê Đê or Jrai name (no surname parsed) is met
        // again by its family name, its last word, as a Vietnamese name by its given name.
        const ede = pr.kind === 'vn' && pr.surnameEnd === pr.start && p.end - p.start >= 2 && (toks[p.start]!.text === 'Y' || toks[p.start]!.text === 'H') && EDE_FAMILY.has(keys[p.end - 1]!);
        // `Ksor Bơ ... Bơ ra đầu thú`: a Jrai or Bahnar family name and one given name are met again by the given name (pcourt).
        const highland = pr.kind === 'vn' && p.end - p.start === 2 && pr.surnameEnd === p.start + 1 && HIGHLAND_SURNAMES.has(keys[p.start]!);
        if ((pr.kind === 'vn' && pr.surnameEnd > pr.start && p.end - p.start >= 3) || ede || highland) {
          const key = keys[p.end - 1]!;
          if (pr.kind === 'vn' && p.end - p.start >= 3 && !ede) (fullLast ??= new Set<string>()).add(key);
          markLast(p.end - 1);
          if (!givenFrom.has(key)) givenFrom.set(key, p.end);
          // `Hùng Quang` after `Dương Hùng Quang`: the name without its surname.
          const two = `${keys[p.end - 2]} ${key}`;
          if (p.end - 2 >= pr.surnameEnd && !givenFrom.has(two)) givenFrom.set(two, p.end);
        }
        // `em Y Khiêm Byă ... Khiêm là con trai duy nhất`, `H'Linh Niê ... Linh`: the one given word between
        // `Y` / `H'` and the family name is met again too, as a Vietnamese name's given name (pas).
        if (ede) {
          const gi = p.end - 2;
          const one = toks[p.start]!.text === 'Y' ? p.end - p.start === 3 : p.end - p.start === 4 && toks[p.start + 1]!.kind === 'punct';
          if (one && vnTok(toks[gi]!) && hasNw(toks[gi], NW_GIVEN) && !givenFrom.has(keys[gi]!)) {
            givenFrom.set(keys[gi]!, p.end);
            markLast(gi);
          }
        }
      }
      // `Tạ Phong ... Ông Tạ nói`, `Ngụy Phượng Hòa ... ông Ngụy`: a Sino-Vietnamese full name of foreign-names.txt is
      // met again by its surname right after `ông` / `bà` (pw8).
      let surnameOnly: Set<string> | null = null;
      for (const p of persons) {
        if (p.end - p.start < 2 || p.end - p.start > 3 || !vnTok(toks[p.start]!) || L.foreignFull.longestEnd(keys, p.start) !== p.end) continue;
        const key = keys[p.start]!;
        if (givenFrom.has(key)) continue;
        givenFrom.set(key, p.end);
        (surnameOnly ??= new Set<string>()).add(key);
        markLast(p.start);
      }
      // `tiền vệ Quang Hải ... của Quang Hải`, `anh Minh Tuấn ... Minh Tuấn cho biết`: a middle (or given)
      // name and a given name that context made a person are that person again later, as a pair only
      // (its last word alone opens nothing: it maps past the document's end).
      for (const p of persons) {
        const pr = p.parse;
        if (pr.kind !== 'vn' || p.end - p.start !== 2 || pr.surnameEnd !== pr.start || !hasNw(toks[p.start + 1], NW_GIVEN)) continue;
        if (!(CORE_MIDDLE_IDS.has(ids[p.start]) || hasNw(toks[p.start], NW_MIDDLE) || hasNw(toks[p.start], NW_GIVEN)) || !vnTok(toks[p.start]!) || !vnTok(toks[p.start + 1]!)) continue;
        const key = keys[p.end - 1]!;
        const two = `${keys[p.start]} ${key}`;
        if (!givenFrom.has(two)) givenFrom.set(two, p.end);
        if (!givenFrom.has(key)) givenFrom.set(key, n + 1);
        markLast(p.end - 1);
      }
      // `một người đàn ông tên Hùng. Hùng hứa ...`, `Bị cáo Hưng (còn gọi là Hưng "kính")`: a one-word Vietnamese
      // given name that context made a person is met again, but only opening a clause before a subject's verb,
      // before a quoted nickname or before a prison term (pcourt).
      let solo: Set<string> | null = null;
      for (const p of persons) {
        if (p.end - p.start !== 1 || p.parse.kind !== 'vn' || !toks[p.start]!.cap || !vnTok(toks[p.start]!) || !hasNw(toks[p.start], NW_GIVEN)) continue;
        const key = keys[p.start]!;
        if (givenFrom.has(key)) continue;
        (solo ??= new Set<string>()).add(key);
        givenFrom.set(key, p.end);
        markLast(p.start);
      }
      if (givenFrom.size === 0) return;
      /** keys[j] is a one-word key of givenFrom. */
      const endsName = (j: number): boolean => {
        const id = ids[j];
        return id !== undefined && id >= 0 ? lastMark[id] === 1 : oddLast && j < n && givenFrom.has(keys[j]!);
      };
      /** `Đinh Ngọc Hệ (tức Út "trọc")`: a birth-order name and a quoted nickname, the alias of the name before. */
      const ordinalAliasAt = (i: number): boolean => i > 1 && ids[i - 1] === ID_TUC && toks[i - 2]!.text === '(' && toks[i + 1]?.text === '"' && ORDINAL_ALIASES.has(keys[i]!);
      let added = false;
      let next = 0;
      // (A position left out of the list would be passed over below: none of its tests changes in the loop.)
      const live = liveList(capCount);
      const liveCount = listFreeCaps(live, taken);
      for (let x = 0; x < liveCount; x++) {
        const i = live[x]!;
        if (i < next) continue;
        // Cheap flags first: the map lookups only for free capitalized words. Nothing happens
        // at a word unless it (one word) or the next (the last of two) ends a name met before
        // (asked before the token is read: most words end none).
        const named = endsName(i) || endsName(i + 1);
        if (!named && !ordinalAliasAt(i)) continue;
        // (Past the check above without a name, the word is an ordinal alias.)
        const ordinalAlias = !named || ordinalAliasAt(i);
        const t = toks[i]!;
        if (!t.cap || t.hl) continue;
        const opener = openerBefore(i);
        if (joins(toks, i + 1) && free(i + 1) && !taken[i + 1] && !(i > 0 && joins(toks, i) && toks[i - 1]!.cap && !opener) && !joins(toks, i + 2)) {
          // Two capitalized words: the last two words of a full name met earlier (its last
          // word is a key too: the pair's key is built only then).
          const from2 = givenFrom.has(keys[i + 1]!) ? givenFrom.get(`${keys[i]} ${keys[i + 1]}`) : undefined;
          if (from2 !== undefined && i >= from2 && placeEnd[i]! < 0 && placeCover[i]! < 0 && !L.posts.longest(keys, i) && !L.orgWords.longest(keys, i)) {
            persons.push({ start: i, end: i + 2, parse: { start: i, end: i + 2, surnameEnd: i, score: 1, allKnown: true, kind: 'vn' } });
            added = true;
            next = i + 2;
          }
          continue;
        }
        const from = ordinalAlias ? i : givenFrom.get(keys[i]!);
        if (from === undefined || i < from) continue;
        if (surnameOnly !== null && surnameOnly.has(keys[i]!) && !(i > 0 && (keys[i - 1] === 'ông' || keys[i - 1] === 'bà'))) continue;
        // (`Trung tá Nhật nói` after `Trung tá Nguyễn Quang Nhật`: right after a post, a place word is the name met before.)
        // (`ông Học`, `ông Quận` after `Nguyễn Thái Học`, `Trần Đức Quận`: a given name that also starts sentences, after `ông`/`bà`.)
        // (`Bà Nghe xúc động` after `Hồ Thị Nghe`: the last word of a three-word name, a verb too (psoc5).)
        const honGiven = i > 0 && (keys[i - 1] === 'ông' || keys[i - 1] === 'bà') && (hasNw(t, NW_GIVEN) || (surnameOnly !== null && surnameOnly.has(keys[i]!)) || (fullLast !== null && fullLast.has(keys[i]!)));
        // (`được Chúng mua` after `Ma Seo Chúng`: mid-sentence after a lowercase word, a sentence-opening word is
        // the name met before (pcrime3).)
        const midCap = i > 0 && !t.line && toks[i - 1]!.kind === 'word' && !toks[i - 1]!.cap && toks[i - 1]!.sent === t.sent;
        // (`Chống bị phát hiện` after `Lầu A Chống`: opening a sentence, before `bị`, `đã`, `đang`, `khai`, `thừa nhận`.)
        const openSubject = toks[i + 1]?.kind === 'word' && !!toks[i + 1]!.sp && OPEN_SUBJECT_VERBS.has(keys[i + 1]!) && (i === 0 || t.line || toks[i - 1]!.sent !== t.sent);
        // (`Vinh thừa nhận ...`, `Mỹ hứa trả lãi ...` after `Hồ Quang Vinh`, `Phan Thị Mỹ`: a remembered given name that
        // is also a place, before an act only people do (pcrime4).)
        const placeAct = toks[i + 1]?.kind === 'word' && !!toks[i + 1]!.sp && (PERSON_ACTS.has(keys[i + 1]!) || PERSON_ACTS.has(`${keys[i + 1]} ${keys[i + 2] ?? ''}`));
        if ((hasNw(t, NW_NOT_NAME) && !ordinalAlias && !honGiven && !midCap && !openSubject) || ((placeEnd[i]! > i || placeCover[i]! > i) && !(i > 0 && inTitle[i - 1]! >= 0) && !placeAct)) continue;
        if (joins(toks, i + 1) || (i > 0 && joins(toks, i) && toks[i - 1]!.cap && !opener && !honGiven)) continue;
        const prev = keys[i - 1] ?? '';
        // (`yêu cầu Hùng chuyển tiền`: the `cầu` of a compound verb is no bridge.)
        if (REGION_WORDS.has(prev) && COMPOUND_LAST_FIRST.get(prev)?.has(keys[i - 2] ?? '') !== true) continue;
        // `từ chiều thứ Bảy đến nay` after `Nguyễn Văn Bảy`: a weekday after `thứ` is no name met before (with dates
        // not asked for, no date covers it) (pas).
        if (prev === 'thứ' && ORDINAL_WORDS.has(keys[i]!)) continue;
        const nx = toks[i + 1];
        // `giới thiệu cho Liễu; thu ...`: also before a clause mark, after a lowercase word.
        const markAfter = !!nx && nx.kind === 'punct' && !nx.sp && GIVEN_CLOSERS.has(nx.text) && i > 0 && toks[i - 1]!.kind === 'word' && (!toks[i - 1]!.cap || opener) && toks[i - 1]!.sent === t.sent && !t.line;
        // `Sau đó, T. rủ H. ...`: a remembered initial and its dot after a comma, then the verb.
        const dotVerb = !markAfter && !!nx && (t.text.length === 1 || (t.text.length <= 3 && !vnTok(t))) && nx.text === '.' && !nx.sp && i > 0 && toks[i + 2]?.kind === 'word' && !toks[i + 2]!.cap && !!toks[i + 2]!.sp;
        const initialDot = dotVerb && toks[i - 1]!.text === ',' && toks[i - 1]!.sent === t.sent;
        // `... của 12 người. H. khai nhận ...`: also opening a sentence, before a verb that needs a subject.
        const openDot = dotVerb && !initialDot && (toks[i - 1]!.text === '.' || toks[i - 1]!.sent !== t.sent) && subjectVerbAt(keys, i + 2);
        // `T. đã chỉ đạo H. lập khống hồ sơ`: also inside a clause, after a lowercase word (an object after its
        // verb or preposition), before a lowercase word (pwhole3).
        const midDot = dotVerb && !initialDot && !openDot && toks[i - 1]!.kind === 'word' && !toks[i - 1]!.cap && toks[i - 1]!.sent === t.sent;
        // `Phan Văn Anh Vũ (tức Vũ "nhôm")`: the given name before a quoted nickname; after an alias
        // word the nickname may be capitalized (`tức Sáu "Tàu"`, `biệt danh Tuấn "khỉ"`, `tên gọi khác là Việt "sẹo"`).
        const aliasWord = aliasWordBefore(keys, i) || (prev === 'là' && keys[i - 2] === 'khác');
        const nickname = !!nx && nx.text === '"' && !!nx.sp && toks[i + 2]?.kind === 'word' && !toks[i + 2]!.sp && (aliasWord || (toks[i - 1]?.text === '(' && !toks[i + 2]!.cap));
        // `tuyên phạt Mừng 10 năm tù`, `..., Hùng 15 năm tù`: a sentence's term right after the name.
        const sentenced = !!nx && nx.kind === 'number' && !!nx.sp && (keys[i + 2] === 'năm' || keys[i + 2] === 'tháng') && (keys[i + 3] === 'tù' || prev === 'phạt');
        // `Hùng (30 tuổi) khai nhận`, `Hoa (sinh năm 1984) là ...`: an age or a birth year in brackets between the
        // name and its verb (pcrime3).
        // `Hùng, 30 tuổi, khai nhận`, `Lan, SN 1990, là ...`: the same aside between commas, then a verb that
        // needs a subject.
        const commaAside = !!nx && nx.text === ',' && !nx.sp && !markAfter ? ageCommaEnd(toks, keys, i + 1) : -1;
        if (commaAside >= 0 && !subjectVerbAt(keys, commaAside + 1)) continue;
        const asideEnd = !!nx && nx.text === '(' && !markAfter && !nickname ? ageAsideEnd(toks, keys, i + 1) : commaAside;
        // `...; Khánh, Tú mỗi bị cáo 5 năm tù`: two remembered given names listed with a comma (pcrime4).
        const nf = nx && nx.text === ',' && !nx.sp && !t.line && toks[i + 2]?.kind === 'word' && toks[i + 2]!.cap && toks[i + 2]!.sp && keys[i + 2] !== keys[i] ? givenFrom.get(keys[i + 2]!) : undefined;
        const listNext = nf !== undefined && i + 2 >= nf && toks[i + 3]?.kind === 'word' && !toks[i + 3]!.cap && !!toks[i + 3]!.sp;
        if (!nx || (!markAfter && !initialDot && !openDot && !midDot && !nickname && !sentenced && !listNext && asideEnd < 0 && (nx.kind !== 'word' || nx.cap || !nx.sp))) continue;
        const initial = i === 0 || toks[i - 1]!.sent !== t.sent || t.line || [';', ':', '('].includes(toks[i - 1]!.text);
        // Sentence-initially only before a verb that needs a subject (`Thắng khai nhận`, `Lực đã ...`).
        // `Nam và Bắc bị bắt`: two remembered given names as the subject, then the verb.
        const pairFrom = keys[i + 1] === 'và' && toks[i + 2]?.cap ? givenFrom.get(keys[i + 2]!) : undefined;
        const pairSubject = pairFrom !== undefined && i + 2 >= pairFrom && subjectVerbAt(keys, i + 3);
        if (initial && !pairSubject && !nickname && !openDot && !listNext && !subjectVerbAt(keys, asideEnd >= 0 ? asideEnd + 1 : i + 1)) continue;
        // (`..., nhưng Tùng đã tử vong`: a conjunction opens the clause, then a verb that needs a subject (psoc4).)
        const conjOpen = !initial && CLAUSE_CONJ.has(prev) && subjectVerbAt(keys, i + 1);
        if (solo !== null && !ordinalAlias && solo.has(keys[i]!) && !initial && !conjOpen && !nickname && !sentenced) continue;
        // `Theo Hiệp hội ...` after `Trần Thanh Hiệp`: a two-word organization head is no given name.
        // (`nhưng Hoàng tử vong`: `tử` belongs to the word after it, no `Hoàng tử` (pcrime3).)
        const tuAfter = keys[i + 1] === 'tử' && TU_WORDS_AFTER.has(keys[i + 2] ?? '');
        if ((L.posts.longest(keys, i) && !tuAfter) || L.orgWords.longest(keys, i)?.end === i + 2 || L.orgHeads.longest(keys, i)?.end === i + 2 || lowerBigramOf(i) || (GIVEN_COMPOUNDS.has(`${keys[i]} ${keys[i + 1]}`) && !tuAfter)) continue;
        // (A surname met again alone keeps no given part: `kind` foreign, as the foreign pass gives it.)
        persons.push({ start: i, end: i + 1, parse: { start: i, end: i + 1, surnameEnd: i, score: 1, allKnown: true, kind: surnameOnly !== null && surnameOnly.has(keys[i]!) ? 'foreign' : 'vn' } });
        added = true;
      }
      clearMarks(marked);
      // `Trần Văn Đức (tên thường gọi là Đức "đen")`: a remembered given name that is also a country, after an
      // alias word and before a quoted nickname, is the alias (the loop above leaves places alone) (pcourt).
      for (let x = 0; x < liveCount; x++) {
        const i = live[x]!;
        if (taken[i] || i < 2 || !(placeEnd[i]! > i || placeCover[i]! > i) || toks[i + 1]?.text !== '"' || !toks[i + 1]!.sp || toks[i + 2]?.kind !== 'word' || toks[i + 2]!.sp) continue;
        if (!aliasWordBefore(keys, i)) continue;
        const from = givenFrom.get(keys[i]!);
        if (from === undefined || i < from || persons.some((p) => p.start === i)) continue;
        persons.push({ start: i, end: i + 1, parse: { start: i, end: i + 1, surnameEnd: i, score: 1, allKnown: true, kind: 'vn' } });
        added = true;
      }
      if (added) persons.sort((a, b) => a.start - b.start);
  };
  givenPass();

  // Third pass: bare later mentions of a foreign name seen before (`Salzberg`).
  // Own function: keeps each compiled unit small (one giant function takes TurboFan seconds to compile).
  const foreignPass = (): void => {
      const taken = scratchU8(S8_TAKEN_FOREIGN, n);
      for (const p of persons) for (let k = p.start; k < p.end; k++) taken[k] = 1;
      const foreignKnown = new Set<string>();
      // Its words by vocabulary id too, as in givenPass (lastMark, cleared below).
      if (lastMark.length < vocabSize()) lastMark = new Uint8Array(vocabSize());
      const marked: number[] = [];
      let oddKnown = false;
      for (const p of persons) if (p.parse.kind === 'foreign') for (let k = p.start; k < p.end; k++) if (toks[k]!.cap) {
        foreignKnown.add(keys[k]!);
        if (!markId(ids[k]!, marked)) oddKnown = true;
      }
      if (foreignKnown.size) {
        let next = 0;
        // (The loop below still asks `taken`, which it sets.)
        const live = liveList(capCount);
        const liveCount = listFreeCaps(live, taken);
        for (let x = 0; x < liveCount; x++) {
          const i = live[x]!;
          if (i < next) continue;
          // (The set before the token: most words are no remembered name.)
          if (taken[i] || !free(i) || !(ids[i]! >= 0 ? lastMark[ids[i]!] === 1 : oddKnown && foreignKnown.has(keys[i]!)) || !toks[i]!.cap || toks[i]!.hl) continue;
          // `chị N.` met elsewhere, then `N.H.N.`: a remembered letter inside initials gives the
          // whole initials (not a one-letter person, one per letter).
          if (toks[i]!.text.length === 1) {
            let s0 = i;
            while (s0 >= 2 && i - s0 < 8 && toks[s0 - 1]!.text === '.' && !toks[s0 - 1]!.sp && !toks[s0]!.sp && toks[s0 - 2]!.kind === 'word' && toks[s0 - 2]!.text.length === 1 && toks[s0 - 2]!.cap) s0 -= 2;
            const ini = parseInitials(g, s0);
            if (ini && ini.end > i) {
              let ok = true;
              for (let q = ini.start; q < ini.end; q++) if (taken[q] || !free(q)) ok = false;
              if (ok) {
                persons.push({ start: ini.start, end: ini.end, parse: ini });
                for (let q = ini.start; q < ini.end; q++) taken[q] = 1;
              }
              next = ini.end;
              continue;
            }
          }
          if (joins(toks, i + 1) || (i > 0 && joins(toks, i) && toks[i - 1]!.cap && !toks[i - 1]!.line && free(i - 1) && !openerBefore(i))) continue;
          // `Al-Ula` after `Al-Hajraf`: a remembered word glued by a hyphen to another is part of that word (pw12).
          if (hyphenJoin(toks, i + 1) || (i >= 2 && toks[i - 1]!.text === '-' && !toks[i - 1]!.sp && !toks[i]!.sp)) continue;
          // `Kim ngạch`: a sentence-initial word running into a lowercase word is no bare mention.
          const atStart = i === 0 || toks[i - 1]!.sent !== toks[i]!.sent || toks[i]!.line;
          if (atStart && toks[i + 1]?.kind === 'word' && !toks[i + 1]!.cap && vnTok(toks[i]!) && !SUBJECT_VERBS.has(keys[i + 1]!) && !speechAt(keys, i + 1)) continue;
          const bare: PersonSpan = { start: i, end: i + 1, parse: { start: i, end: i + 1, surnameEnd: i, score: 1, allKnown: true, kind: 'foreign' } };
          persons.push(bare);
          // `Keller và Baumann công bố ...`: a foreign word listed after the bare mention.
          if (keys[i + 1] === 'và' && toks[i + 2]?.cap && !taken[i + 2] && free(i + 2) && !joins(toks, i + 3) && parseForeign(g, i + 2, i + 3) && coordForeignAt(i + 2, bare)) {
            persons.push({ start: i + 2, end: i + 3, parse: { start: i + 2, end: i + 3, surnameEnd: i + 2, score: 1, allKnown: false, kind: 'foreign' } });
            taken[i + 2] = 1;
            next = i + 3;
          }
        }
        // (Sorted only when a mention went in out of order: most documents add none.)
        if (!inStartOrder(persons)) persons.sort((a, b) => a.start - b.start);
      }
      clearMarks(marked);
  };
  foreignPass();
  // `Ảnh: Quochoi.vn`, `theo Dangcongsan.vn`: a word glued to a dot and a lowercase web domain
  // ending is a site's name, no person (checked per found name only) (pparty).
  {
    let w = 0;
    for (const p of persons) {
      const d = toks[p.end];
      if (!(d && d.text === '.' && !d.sp && WEB_TLDS.has(toks[p.end + 1]?.text ?? '') && !toks[p.end + 1]!.sp)) persons[w++] = p;
    }
    persons.length = w;
  }
  // `Panusaya Sithijirawattanakul, còn gọi là Rung,`, `Nguyễn Văn Hải (hay còn gọi là Tư)`: an alias of one to
  // three capitalized words after a name and `, còn gọi là` / `, biệt danh` is that person again, closed by `,`,
  // `)` or `.`; a quoted nickname is left to givenPass (looked at only after a found name) (pasia).
  {
    let added = false;
    const np = persons.length;
    for (let x = 0; x < np; x++) {
      const p = persons[x]!;
      const c = toks[p.end];
      if (!c || (c.text !== ',' && c.text !== '(') || c.sp && c.text === ',') continue;
      let r = p.end + 1;
      while (r - p.end <= 3 && (keys[r] === 'hay' || keys[r] === 'còn' || keys[r] === 'được' || keys[r] === 'thường')) r++;
      if (keys[r] === 'gọi' && keys[r + 1] === 'là') r += 2;
      else if (keys[r] === 'biệt' && keys[r + 1] === 'danh') r += keys[r + 2] === 'là' ? 3 : 2;
      else continue;
      const a = r;
      while (r < n && r - a < 3 && toks[r]!.kind === 'word' && toks[r]!.cap && !!toks[r]!.sp && !toks[r]!.line && toks[r]!.sent === c.sent && inTitle[r]! < 0) r++;
      const e = toks[r];
      if (r === a || !e || !(e.text === ',' || e.text === ')' || e.text === '.') || e.sp) continue;
      if (persons.some((q) => q.start < r && a < q.end)) continue;
      persons.push({ start: a, end: r, parse: { start: a, end: r, surnameEnd: a, score: 1, allKnown: false, kind: vnTok(toks[a]!) ? 'vn' : 'foreign' } });
      added = true;
    }
    if (added && !inStartOrder(persons)) persons.sort((q1, q2) => q1.start - q2.start);
  }

  // 4. Titles: weak and academic heads need an organization or a following name.
  // The persons by their first token and by the token one past their name.
  const personAt = new Map<number, PersonSpan>();
  const pEndAt = new Map<number, PersonSpan>();
  for (const p of persons) {
    personAt.set(p.start, p);
    pEndAt.set(p.end, p);
  }
  const keptTitles: TitleParse[] = [];
  for (const tp of titleAt) {
    if (isPluralOrNotHeld(tp)) continue;
    // `Ông Sahin và vợ đồng sáng lập công ty năm 2008`: a lowercase `đồng sáng lập` right after its
    // subject (a name, a pronoun or an adverb) is the verb co-found, no post (pmix3).
    if (tp.start > 0 && keys[tp.start] === 'đồng' && keys[tp.start + 1] === 'sáng' && keys[tp.start + 2] === 'lập' && !toks[tp.start]!.cap && (pEndAt.has(tp.start) || CO_FOUND_SUBJECTS.has(keys[tp.start - 1]!))) continue;
    // `Hội nghị Bộ trưởng Quốc phòng các nước ASEAN`, `Hội nghị Thủ tướng Chính phủ với doanh
    // nghiệp`: a post (with its organization) naming a conference; not when a name follows it.
    if ((tp.hasOrg || tp.headEnd - tp.headStart > 2) && tp.start >= 2 && keys[tp.start - 1] === 'nghị' && keys[tp.start - 2] === 'hội' && toks[tp.start - 2]!.cap && !toks[tp.start - 2]!.hl && toks[tp.start]!.sp && !toks[tp.start]!.line && !personAt.has(tp.end)) continue;
    const nameAfter = personAfter(tp.end) !== null;
    // `ông A (Chủ tịch HĐQT), ông B (thành viên độc lập), bà C (thành viên)`: a bare `thành viên` that
    // fills a bracket right after a name is that person's post, the body named by the list (r2b).
    const bracketOfName = tp.kind === 'weak' && !tp.hasOrg && keys[tp.headStart] === 'thành' && keys[tp.headStart + 1] === 'viên' && tp.headEnd - tp.headStart === 2 && tp.start >= 2 && toks[tp.start - 1]!.text === '(' && toks[tp.end]?.text === ')' && pEndAt.has(tp.start - 1);
    if ((tp.kind === 'weak' || tp.kind === 'academic') && !tp.hasOrg && !nameAfter && !bracketOfName && !holdingBefore(tp.start) && !chainedToName(tp) && !aideOfNamed(tp)) continue;
    if (!nameAfter && tp.headEnd - tp.headStart === 2 && keys[tp.headStart] === 'anh' && keys[tp.headStart + 1] === 'hùng') continue;
    // `thành viên Jungkook`, `Thành viên Lisa của Blackpink`: a member with no body named is one of a group, no post (probes-ent).
    if (tp.kind === 'weak' && !tp.hasOrg && !bracketOfName && tp.headEnd - tp.headStart === 2 && keys[tp.headStart] === 'thành' && keys[tp.headStart + 1] === 'viên') continue;
    if (tp.kind === 'weak' && keys[tp.headStart] === 'lãnh' && tp.hasOrg && isGroupLeadership(tp)) continue;
    // `tự coi mình là nhà lãnh đạo toàn cầu`, `hiện là lãnh đạo trong công ty con`: a leader
    // with no body and no name after `là` describes a role, no post.
    // (Also after `trở thành`: `X dự kiến trở thành nhà lãnh đạo nước ngoài đầu tiên gặp Y` (pwb).)
    if (!tp.hasOrg && !nameAfter && tp.start === tp.headStart && (keys[tp.start - 1] === 'là' || (keys[tp.start - 1] === 'thành' && keys[tp.start - 2] === 'trở')) && (keys[tp.headStart] === 'lãnh' || (keys[tp.headStart] === 'nhà' && keys[tp.headStart + 1] === 'lãnh') || (keys[tp.headStart] === 'thủ' && keys[tp.headStart + 1] === 'lĩnh' && !toks[tp.headStart]!.cap))) continue;
    // (`đều là thủ lĩnh kỳ cựu`: a lowercase `thủ lĩnh` likewise (pw12).)
    // `Đạt Lai Lạt Ma, nhà lãnh đạo tinh thần Tây Tạng`: a spiritual leader is a role, no post (pw5).
    if (!tp.hasOrg && !nameAfter && keys[tp.end] === 'tinh' && keys[tp.end + 1] === 'thần' && !toks[tp.end]!.cap && keys[tp.end - 1] === 'đạo' && keys[tp.end - 2] === 'lãnh') continue;
    // `(đó là) lãnh đạo hai bệnh viện`: a weak head over counted bodies leads them as a group.
    if (tp.kind === 'weak' && !tp.hasOrg && !nameAfter && toks[tp.end]?.sp && (L.plural.longest(keys, tp.end) !== null || (toks[tp.end]!.kind === 'number' && !toks[tp.end + 1]?.cap))) continue;
    // `Ông Thắng là tiến sĩ kinh tế`: a lowercase degree in a field, with no name after it, is a degree
    // in a biography, no title (ppol2).
    if (tp.kind === 'academic' && !nameAfter && tp.end - tp.start === 2 && !toks[tp.start]!.cap && (keys[tp.start] === 'tiến' || keys[tp.start] === 'thạc') && keys[tp.start + 1] === 'sĩ' && toks[tp.end]?.kind === 'word' && !toks[tp.end]!.cap && toks[tp.end]!.sp) continue;
    keptTitles.push(tp);
  }

  /** A games' name ends right before the four-digit year at k (`Olympic Tokyo 2020`, `Thế vận hội 2020`, `Euro 2020`). */
  function gamesBeforeYear(k: number): boolean {
    if (!/^(?:19|20)\d\d$/u.test(toks[k]!.text)) return false;
    for (let j = k - 1; j >= k - 2 && j >= 0; j--) {
      const w = keys[j];
      if (w === 'olympic' || w === 'paralympic' || w === 'games' || w === 'asiad' || w === 'euro' || w === 'expo' || (w === 'hội' && keys[j - 1] === 'vận')) return true;
    }
    return false;
  }
  function personAfter(k: number): PersonSpan | null {
    let q = k;
    // `Hiệu trưởng Trường X (Hà Nội), bà Y`: a short bracket (the place) between the title and
    // `,` + an honorific; the comma then counts as the title's own.
    let cm = k;
    // `Chủ tịch Ban tổ chức Olympic Tokyo 2020 Yoshiro Mori`: the games' year (a date of its own) between
    // the post and the holder's full name (paw).
    if (toks[q]?.kind === 'number' && toks[q]!.sp && toks[q + 1]?.sp && !toks[q + 1]!.line && gamesBeforeYear(q) && (personAt.get(q + 1)?.end ?? q + 1) - (q + 1) >= 2) q++;
    if (toks[q]?.text === '(' && toks[q]!.sp) {
      let r = q + 1;
      while (r < n && r - q < 9 && toks[r]!.text !== ')' && toks[r]!.text !== '(') r++;
      if (r > q + 1 && toks[r]?.text === ')' && toks[r + 1]?.text === ',' && toks[r + 2]?.sp && L.honorifics.longest(keys, r + 2)) q = cm = r + 1;
      // `Cục trưởng Cục Quản lý giá (Bộ Tài chính) Nguyễn Anh Tuấn`: the parent body in brackets,
      // then the holder's full name right after it.
      else if (r > q + 1 && toks[r]?.text === ')' && toks[r + 1]?.sp && capWord(toks[q + 1]) && (personAt.get(r + 1)?.end ?? r + 1) - (r + 1) >= 2) q = r + 1;
      // `Chủ tịch UBND tỉnh (khi đó) Lê Văn Dũng`: `then` in brackets between the post and its holder (pcourt).
      else if (r === q + 3 && toks[r]?.text === ')' && toks[r + 1]?.sp && keys[q + 2] === 'đó' && (keys[q + 1] === 'khi' || keys[q + 1] === 'lúc') && personAt.has(r + 1)) q = r + 1;
    }
    // `Tổng thống Nga khi đó Dmitry Medvedev`: `then` without brackets, then the holder's full name (plong).
    else if ((keys[q] === 'khi' || keys[q] === 'lúc') && keys[q + 1] === 'đó' && toks[q]!.sp && toks[q + 2]?.sp && (personAt.get(q + 2)?.end ?? q + 2) - (q + 2) >= 2) q += 2;
    // `Người phát ngôn của ông Navalny, bà Kira Yarmysh`, `... của ông, bà Y`: whom the post serves,
    // then `,` + an honorific and the holder.
    let servedRank = false;
    if (keys[q] === 'của' && toks[q + 1]?.sp) {
      const sh = L.honorifics.longest(keys, q + 1);
      const r = sh ? (personAt.get(sh.end)?.end ?? sh.end) : -1;
      if (sh && toks[r]?.text === ',' && toks[r + 1]?.sp && L.honorifics.longest(keys, r + 1)) q = cm = r;
      // `Người phát ngôn của ông Guterres, Stephane Dujarric, cho biết`: or a full name of two words
      // or more closed by a comma (pw9).
      else if (sh && toks[r]?.text === ',' && toks[r + 1]?.sp && (personAt.get(r + 1)?.end ?? r + 1) - (r + 1) >= 2 && toks[personAt.get(r + 1)!.end]?.text === ',') q = cm = r;
      // `Người phát ngôn của nhóm, Đại tá X`, `... của lực lượng này, ông Y`: a body named in
      // lowercase (one to three words), then `,` + an honorific or a rank and the holder (pw8).
      else if (!sh && !toks[q + 1]!.cap) {
        let r2 = q + 1;
        while (r2 - q <= 3 && toks[r2]?.kind === 'word' && !toks[r2]!.cap && toks[r2]!.sp && !personAt.has(r2)) r2++;
        const ti = toks[r2]?.text === ',' && toks[r2 + 1]?.sp ? inTitle[r2 + 1] : undefined;
        const rank = ti !== undefined && ti >= 0 && titleAt[ti]!.start === r2 + 1 && personAt.has(titleAt[ti]!.end);
        if (r2 > q + 1 && toks[r2]?.text === ',' && toks[r2 + 1]?.sp && (rank || L.honorifics.longest(keys, r2 + 1))) {
          q = cm = r2;
          servedRank = rank;
        }
      }
    }
    if (toks[q]?.text === '.' && !toks[q]!.sp && toks[q + 1]?.sp) q++;
    else if (toks[q]?.text === ',') q++;
    else if (toks[q]?.text === '-' && toks[q]!.sp && toks[q + 1]?.sp) q++;
    // `Tổng giám đốc: ông Đỗ Văn F; Phó Tổng giám đốc: bà Vũ Thị G.`: a labelled list.
    else if (toks[q]?.text === ':' && toks[q + 1]?.sp && L.honorifics.longest(keys, q + 1)) {
      const lp = personAfter(q + 1);
      const ts = titleStartBefore(k);
      const before = ts > 0 ? toks[ts - 1]! : null;
      const close = lp ? toks[lp.end] : undefined;
      const opens = !before || before.sent !== toks[ts]!.sent || before.line || toks[ts]!.line || before.text === ':' || before.text === ';';
      return lp && opens && (!close || close.line || close.text === ';' || close.text === '.' || close.text === ',') ? lp : null;
    }
    // `Thượng nghị sĩ đảng Cộng hòa X`: the party (the member's affiliation) between post and name.
    if (keys[q] === 'đảng' && !toks[q]!.cap) {
      const pm = L.organizations.longest(keys, q);
      if (pm && pm.end > q + 1 && toks[q + 1]!.cap) q = pm.end;
    }
    // `Tổng thống Zambia đầu tiên Kenneth Kaunda`: `đầu tiên` describes the holder named right after.
    if (keys[q] === 'đầu' && keys[q + 1] === 'tiên' && toks[q + 2]?.sp && personAt.has(q + 2)) q += 2;
    // `Bộ trưởng Tài chính mới Hoàng Tuần Tài`: `mới` (new) describes the holder named right after (pw8).
    else if (keys[q] === 'mới' && toks[q]!.sp && !toks[q]!.cap && toks[q + 1]?.sp && personAt.has(q + 1)) q++;
    // `Chủ tịch Tập đoàn Samsung quá cố Lee Kun-hee`: `quá cố` (late) describes the holder named right after (pw14).
    else if (keys[q] === 'quá' && keys[q + 1] === 'cố' && !toks[q]!.cap && toks[q + 2]?.sp && personAt.has(q + 2)) q += 2;
    // `Tướng về hưu Lloyd Austin`, `Đại tá nghỉ hưu X`: `về hưu` / `nghỉ hưu` (retired) describes the holder named right after (pelect).
    else if (retiredAt(keys, toks, q) && toks[q + 2]?.sp && personAt.has(q + 2)) q += 2;
    // `nghị sĩ cánh tả Guido Bellido`, `ứng viên cực hữu X`: the holder's side in politics (pw8).
    else if ((keys[q] === 'cánh' || keys[q] === 'cực') && (keys[q + 1] === 'tả' || keys[q + 1] === 'hữu') && !toks[q]!.cap && toks[q + 2]?.sp && personAt.has(q + 2)) q += 2;
    // `Ủy viên IOC người Canada Dick Pound`: the holder's nationality between the post and the name.
    else if (keys[q] === 'người' && !toks[q]!.cap && capWord(toks[q + 1]) && placeEnd[q + 1]! > q + 1 && personAt.has(placeEnd[q + 1]!)) q = placeEnd[q + 1]!;
    const h = L.honorifics.longest(keys, q);
    if (servedRank && toks[cm]?.text === ',' && q === cm + 1) q = titleAt[inTitle[q]!]!.end;
    else if (h && !personAt.has(q)) q = h.end;
    // `TS. BS Nguyễn Văn Kính`: an occupation's abbreviation between the degree and the name.
    else if (OCCUPATION_ABBR.has(keys[q]!) && toks[q]!.upper && !personAt.has(q) && toks[q + 1]?.sp) q++;
    // `Tổng thống UAE Sheikh Khalifa bin Zayed Al Nahyan`: a Gulf ruler's honorific before the name (pw12).
    else if (keys[q] === 'sheikh' && toks[q]!.cap && !personAt.has(q) && toks[q + 1]?.sp) q++;
    const p = personAt.get(q);
    if (!p) return null;
    if (toks[q]!.sent !== toks[k - 1]!.sent) return null;
    // `,` only when an honorific follows it and the title opens the clause: `Giám đốc Sở, ông B`.
    if (toks[cm]?.text === ',') {
      // `Thủ hiến New Delhi, Arvind Kejriwal, đã ...`: without an honorific, only a full
      // name closed by a comma is the apposition of the title.
      let ts = titleStartBefore(k);
      // (`Phó Chủ tịch HĐQT kiêm Tổng giám đốc X, ông Y, ...`: a chain joined by `kiêm` opens the clause from its first post (pbiz3).)
      for (let hop = 0; hop < 3 && ts >= 2 && keys[ts - 1] === 'kiêm' && inTitle[ts - 2]! >= 0; hop++) ts = titleAt[inTitle[ts - 2]!]!.start;
      // (After a phrase of capacity, a full Vietnamese name opens the main clause: `lợi dụng chức vụ T, Nguyễn Văn A đã ...`.)
      const capacity = heldPost(k) && capacityBefore(ts);
      if (q === cm + 1 && !(toks[p.end]?.text === ',' && p.end - p.start >= 2 && p.parse.kind !== 'initials') && !(p.end - p.start >= 3 && p.parse.kind === 'vn' && capacity)) return null;
      const before = ts > 0 ? toks[ts - 1]! : null;
      // (A comma right after a name makes the title that name's apposition, not a clause
      // opener: `ông A, Chủ tịch UBND huyện, ông B, Bí thư Huyện ủy` lists two people.)
      const opens = ts === 0 || !before || before.sent !== toks[ts]!.sent || before.line || toks[ts]!.line || (before.text === ',' && !pEndAt.has(ts - 1)) || before.text === ':' || before.text === '"' || before.low === 'theo' || capacity || (before.low === 'của' && theoOf(ts - 1) && toks[p.end]?.text === ',') || datelineBefore(ts);
      if (!opens) return null;
    }
    return p;
  }
  /**
   * `Theo quyết định của T, ông X, ...`, `Theo chỉ đạo của T, bà Y, ...`: `của` at o ends a short
   * phrase opened by `theo` (two or three lowercase words between, no punctuation) (psoc9).
   */
  function theoOf(o: number): boolean {
    for (let s = o - 1; s >= 0 && o - s <= 3; s--) {
      const t = toks[s]!;
      if (t.kind !== 'word' || t.sent !== toks[o]!.sent) return false;
      if (keys[s] === 'theo') return s < o - 1;
      if (t.cap && s < o - 1) return false;
    }
    return false;
  }
  /** The title ending at k is a head post or has an organization (not a bare `thành viên`). */
  function heldPost(k: number): boolean {
    const ti = inTitle[k - 1];
    if (ti === undefined || ti < 0) return false;
    const tp = titleAt[ti]!;
    return tp.kind !== 'weak' || tp.hasOrg;
  }
  /** `Trên cương vị Chủ tịch nước, ông B ...`: a phrase of capacity ends right before k. */
  function capacityBefore(k: number): boolean {
    for (let s = Math.max(0, k - 4); s < k; s++) {
      // `Là cố vấn cao cấp cho nhiều ngân hàng, ông B ...`: also a verb of holding opening the sentence.
      const opensSentence = s === 0 || toks[s - 1]!.sent !== toks[s]!.sent || toks[s]!.line;
      if (!CAPACITY_PREPS.has(keys[s]!) && !opensSentence) continue;
      const m = L.holding.longest(keys, s, k);
      if (m && m.end === k) return true;
    }
    // `Để được tiếp tục giữ chức T, ông X ...`, `Theo cáo trạng, lợi dụng chức vụ T, X đã ...`: a verb
    // of holding a few lowercase words into a clause that opens the sentence or follows a comma (pcourt).
    for (let s = Math.max(1, k - 4); s < k; s++) {
      const m = L.holding.longest(keys, s, k);
      if (!m || m.end !== k || keys[s] === 'khỏi' || CAPACITY_PREPS.has(keys[s]!)) continue;
      let o = s;
      // (`Sau 10 năm giữ chức T, ông X ...`: a count of years in the clause too (ppol2); `Chỉ vài giờ sau khi
      // tuyên thệ nhậm chức T, ông X ...`: up to six words (pwhole4).)
      while (o > 0 && s - o < 6 && (toks[o - 1]!.kind === 'word' || toks[o - 1]!.kind === 'number') && toks[o - 1]!.sent === toks[s]!.sent && !toks[o]!.line && !L.leaving.longest(keys, o - 1, s)) o--;
      const opens = o === 0 || toks[o - 1]!.sent !== toks[o]!.sent || toks[o]!.line || (toks[o - 1]!.text === ',' && !!toks[o - 2] && toks[o - 2]!.kind !== 'punct') || datelineBefore(o);
      if (!opens) continue;
      for (let q = o + 1; q < s; q++) if (toks[q]!.cap) return false;
      return true;
    }
    return false;
  }
  /**
   * `(Dân trí) - Sau khi nhậm chức T, ông X ...`: the paper's dateline, a bracket opening its line and a spaced dash,
   * ends right before k; the sapo's first clause opens there as at a sentence's start (pwhole4).
   */
  function datelineBefore(k: number): boolean {
    if (k < 4 || toks[k - 1]!.text !== '-' || !toks[k - 1]!.sp) return false;
    if (toks[k - 2]!.text !== ')') return placeDatelineBefore(k - 1);
    for (let o = k - 3; o >= 0 && k - o <= 6; o--) if (toks[o]!.text === '(') return o === 0 || !!toks[o]!.line;
    return false;
  }
  /**
   * `TP Hồ Chí Minh, ngày 24/4/2021 - Chủ tịch HĐQT X, ông Y cho biết`: a place dateline (capitalized words opening
   * the line, a comma, then only a date: `ngày`, numbers and slashes) ends at the spaced dash at d (pwhole8).
   */
  function placeDatelineBefore(d: number): boolean {
    let c = d - 1;
    while (c > 0 && d - c <= 6 && (toks[c]!.kind === 'number' || toks[c]!.text === '/' || (keys[c] === 'ngày' && !toks[c]!.cap))) c--;
    if (c === d - 1 || toks[c]!.text !== ',') return false;
    for (let o = c - 1; o >= 0 && c - o <= 5; o--) {
      const t = toks[o]!;
      if (t.kind !== 'word' || (!t.cap && t.text !== 'TP')) return false;
      if (o === 0 || t.line) return true;
    }
    return false;
  }
  function titleStartBefore(end: number): number {
    const ti = inTitle[end - 1];
    return ti !== undefined && ti >= 0 ? titleAt[ti]!.start : end;
  }
  function holdingBefore(k: number): boolean {
    for (let s = Math.max(0, k - 4); s < k; s++) {
      const m = L.holding.longest(keys, s, k);
      // `với tư cách đại biểu`: a phrase of capacity does not make a bare weak head a post.
      if (m && m.end === k && !CAPACITY_PREPS.has(keys[s]!)) return true;
    }
    return false;
  }
  /**
   * `X, nguyên Thư ký của ông Chung,`, `trợ lý riêng của bà Y`: an aide's bare post serving a named person
   * is a post like `thư ký Bộ trưởng` (the aide of a post) (pcrime2).
   */
  function aideOfNamed(tp: TitleParse): boolean {
    if (tp.kind !== 'weak' || tp.headEnd - tp.headStart !== 2) return false;
    if (!((keys[tp.headStart] === 'thư' && keys[tp.headStart + 1] === 'ký') || (keys[tp.headStart] === 'trợ' && keys[tp.headStart + 1] === 'lý'))) return false;
    let q = tp.end;
    if (keys[q] === 'riêng') q++;
    if (keys[q] !== 'của' || !toks[q + 1]?.sp) return false;
    // (After a plain honorific: a post there names whom the aide serves, `trợ lý của HLV X` (pspc).)
    return (keys[q + 1] === 'ông' || keys[q + 1] === 'bà' || keys[q + 1] === 'ngài') && personAt.has(q + 2);
  }
  function chainedToName(tp: TitleParse): boolean {
    // `Thiếu tướng, Giám đốc Công an tỉnh Nguyễn Văn A`: a chain of titles that ends on a name.
    let cur = tp;
    for (let hop = 0; hop < 4; hop++) {
      let q = cur.end;
      if (toks[q]?.text === '.' && !toks[q]!.sp) q++;
      else if (toks[q]?.text === ',' || keys[q] === 'kiêm') q++;
      // `Giáo sư - Nghệ sĩ nhân dân Thái Ly`, `PGS - TS Lê B`: a spaced dash between titles.
      else if (toks[q]?.text === '-' && toks[q]!.sp && toks[q + 1]?.sp) q++;
      else return false;
      const ti = inTitle[q]!;
      if (ti === undefined || ti < 0 || titleAt[ti]!.start !== q) return false;
      cur = titleAt[ti]!;
      if (personAfter(cur.end)) return true;
    }
    return false;
  }
  /** The title's body, ending at e, is a group of states or the Security Council (`ASEAN`, `Hội đồng Bảo an`). */
  function chairOfStates(e: number): boolean {
    return ROTATING_CHAIRS.has(keys[e - 1]!) || (keys[e - 1] === 'an' && keys[e - 2] === 'bảo');
  }
  /** After `Chủ tịch luân phiên`, the body ending at e is a group of states, also written out or with its
   * short name in brackets (`Hội đồng Bảo an Liên hợp quốc`, `Hội đồng Liên minh châu Âu`, `(EU)`) (pwb). */
  function rotatingBody(e: number): boolean {
    // (Not the African Union's: its rotating chair is a head of state, `Chủ tịch luân phiên Liên minh châu Phi (AU)`.)
    if (keys[e - 1] === ')') e--;
    if (keys[e - 1] === 'au') return false;
    if (chairOfStates(e)) return true;
    const k2 = keys[e - 2] + ' ' + keys[e - 1];
    if (k2 === 'châu âu') return keys[e - 3] === 'minh' && keys[e - 4] === 'liên';
    if (keys[e - 1] === 'lhq' || k2 === 'hợp quốc') {
      const b = keys[e - 1] === 'lhq' ? e - 1 : e - 3;
      return keys[b - 1] === 'an' && keys[b - 2] === 'bảo';
    }
    return false;
  }
  /** Before the bare rotating chair at s: a holding verb (`giữ`, `nắm giữ`, `đảm nhận`) and maybe `chức` / `vai
   * trò` / `cương vị`, whose subject right before is a place or `nước` (`Berlin giữ vai trò chủ tịch luân phiên`). */
  function rotatingHeldByPlace(s: number): boolean {
    let q = s;
    if (keys[q - 1] === 'chức') q--;
    else if ((keys[q - 2] === 'vai' && keys[q - 1] === 'trò') || (keys[q - 2] === 'cương' && keys[q - 1] === 'vị')) q -= 2;
    let v = q;
    if ((keys[v - 2] === 'nắm' && keys[v - 1] === 'giữ') || (keys[v - 2] === 'đảm' && (keys[v - 1] === 'nhận' || keys[v - 1] === 'nhiệm'))) v -= 2;
    else if (keys[v - 1] === 'giữ') v--;
    if (v === q) return false;
    // (`Việt Nam chính thức đảm nhiệm vai trò Chủ tịch Hội đồng Bảo an` (pdiplo).)
    if (keys[v - 2] === 'chính' && keys[v - 1] === 'thức') v -= 2;
    if (keys[v - 1] === 'đang' || keys[v - 1] === 'hiện' || keys[v - 1] === 'sẽ' || keys[v - 1] === 'đã') v--;
    if (keys[v - 1] === 'nước' && !toks[v - 1]!.cap) return true;
    for (let i = Math.max(0, v - 4); i < v; i++) if (placeEnd[i] === v) return true;
    return false;
  }
  function isPluralOrNotHeld(tp: TitleParse): boolean {
    const s = tp.start;
    // A count or a holder body never reaches across a line break (`... Covid-19` / `Chủ tịch UBND ...`).
    // `nước giữ chức Chủ tịch luân phiên EU`: the rotating chair of a group of states is a country's (pmix3).
    if (keys[s] === 'chủ' && keys[s + 2] === 'luân' && keys[s + 3] === 'phiên' && tp.end > s + 4 && tp.hasOrg && rotatingBody(tp.end)) return true;
    // `Berlin giữ vai trò chủ tịch luân phiên`, `nước đảm nhận chức Chủ tịch luân phiên`: a bare rotating chair
    // held by a place or a country (paw).
    if (keys[s] === 'chủ' && keys[s + 2] === 'luân' && keys[s + 3] === 'phiên' && tp.end === s + 4 && rotatingHeldByPlace(s)) return true;
    if (s === 0 || toks[s]!.line) return (toks[tp.end]?.kind === 'number' && /^(19|20)\d\d$/u.test(toks[tp.end]!.text) && tp.hasOrg && chairOfStates(tp.end)) || (s > 0 && tp.kind === 'rank' && shipNamed(s, 0));
    const prev = toks[s - 1]!;
    // `3 Phó Chủ tịch` is a count; `Quân khu 4 Trung tướng X`: the number closes the title before.
    if ((prev.kind === 'number' && !(toks[s]!.cap && inTitle[s - 1]! >= 0) && !dateBefore(s - 1)) || prev.text === '%') return true;
    // `Chủ tịch ASEAN 2020`: a chairmanship held by a country for a year (a group of states; not
    // an event's year: `Chủ tịch Ban tổ chức Olympic Tokyo | 2020`).
    if (toks[tp.end]?.kind === 'number' && /^(19|20)\d\d$/u.test(toks[tp.end]!.text) && tp.hasOrg && chairOfStates(tp.end)) return true;
    // `Ủy viên không thường trực Hội đồng Bảo an`: a seat held by a country.
    if (keys[tp.end] === 'không' && keys[tp.end + 1] === 'thường' && keys[tp.end + 2] === 'trực' && tp.end - tp.start === 2 && keys[tp.start] === 'ủy' && keys[tp.start + 1] === 'viên') return true;
    // `Chủ tịch ASEAN năm 2021`: the same for a rotating chair of a group of states.
    if (keys[tp.end] === 'năm' && toks[tp.end + 1]?.kind === 'number' && /^(19|20)\d\d$/u.test(toks[tp.end + 1]!.text) && tp.end - tp.start === 3 && ROTATING_CHAIRS.has(keys[tp.end - 1]!) && keys[tp.start] === 'chủ') return true;
    // `Chủ tịch Hội đồng Bảo an (trong) tháng 4`: the Council's presidency, held by a country for a month (pw16).
    if (keys[s] === 'chủ' && keys[s + 1] === 'tịch' && tp.hasOrg && keys[tp.end - 1] === 'an' && keys[tp.end - 2] === 'bảo') {
      const mo = keys[tp.end] === 'trong' ? tp.end + 1 : tp.end;
      if (keys[mo] === 'tháng' && toks[mo + 1]?.kind === 'number') return true;
    }
    // `Việt Nam đảm nhiệm vai trò Chủ tịch Hội đồng Bảo an Liên hợp quốc`, `Brunei giữ chức Chủ tịch ASEAN`: the chair
    // of a group of states (or of the Council) held by a country or a place (pdiplo).
    if (keys[s] === 'chủ' && keys[s + 1] === 'tịch' && tp.hasOrg && tp.end > s + 2 && rotatingBody(tp.end) && rotatingHeldByPlace(s)) return true;
    // `trao quyền Chủ tịch ASEAN cho Brunei`, `chuyển giao vai trò Chủ tịch ASEAN`: a group of states'
    // chair handed from one country to another (pw16).
    if (tp.hasOrg && ROTATING_CHAIRS.has(keys[tp.end - 1]!) && (keys[s] === 'quyền' ? s + 1 : s) + 3 === tp.end && keys[tp.end - 3] === 'chủ') {
      let q = s;
      if (keys[q - 1] === 'quyền' || keys[q - 1] === 'chức') q--;
      else if ((keys[q - 2] === 'vai' && keys[q - 1] === 'trò') || (keys[q - 2] === 'vị' && keys[q - 1] === 'trí') || (keys[q - 2] === 'cương' && keys[q - 1] === 'vị')) q -= 2;
      if (q < s && (keys[q - 1] === 'trao' || keys[q - 1] === 'giao' || keys[q - 1] === 'nhận')) return true;
      if (q === s && keys[s] === 'quyền' && (keys[s - 1] === 'trao' || keys[s - 1] === 'giao' || keys[s - 1] === 'nhận')) return true;
    }
    for (let b = Math.max(0, s - 2); b < s; b++) {
      const m = L.plural.longest(keys, b, s);
      if (m && m.end === s) {
        // `năm` is also `year`: `năm 2020 Chủ tịch` is not a count; a count word is lowercase before the post.
        if (keys[b] === 'năm' && b === s - 1 && !toks[b]!.cap) return true;
        if (keys[b] !== 'năm') return true;
      }
    }
    // `24 bộ trưởng và thứ trưởng`, `các Phó Thủ tướng, bộ trưởng và ...`: a bare lowercase post
    // coordinated right after a counted bare post is counted too (plong).
    if ((prev.text === ',' || prev.low === 'và' || prev.low === 'hoặc') && !toks[s]!.cap && !tp.hasOrg && s >= 2 && !toks[tp.end]?.cap) {
      // (The title ending right before the separator covers its last word: found by position, no search.)
      const bi = inTitle[s - 2]!;
      const before = bi >= 0 && titleAt[bi]!.end === s - 1 ? titleAt[bi] : undefined;
      if (before && !before.hasOrg && before.start < s - 1 && isPluralOrNotHeld(before)) return true;
    }
    // `Hai nữ Bí thư Huyện ủy`, `các nữ đại biểu`: a gender word between the count and the post.
    if (prev.low === 'nữ' && s >= 2 && !prev.line && ((toks[s - 2]!.kind === 'number' && !dateBefore(s - 2)) || (keys[s - 2] !== 'năm' && L.plural.longest(keys, s - 2, s - 1)?.end === s - 1))) return true;
    // A post held by a country or body: `nước Chủ tịch ASEAN`, `năm Chủ tịch ASEAN`.
    if ((prev.low === 'nước' || prev.low === 'quốc gia') && tp.hasOrg) return true;
    // A post naming a palace, fund or trophy: `Phủ Chủ tịch`, `Dinh Thống đốc`, `Quỹ Tổng
    // thống`, `Cúp Chủ tịch nước`, `Giải thưởng Chủ tịch nước`; `dinh tổng thống` (the palace) also in lowercase.
    if (prev.kind === 'word' && !prev.hl && toks[s]!.sp && !toks[s]!.line && ((prev.cap && NAMED_AFTER_POST.has(prev.low)) || prev.low === 'dinh' || (prev.low === 'thưởng' && s >= 2 && keys[s - 2] === 'giải' && toks[s - 2]!.cap))) return true;
    if (tp.kind === 'rank' && shipNamed(s, 0)) return true;
    // `đeo băng đội trưởng`, `băng thủ quân Viettel`: the captain's armband, no post (its team may follow).
    if (prev.low === 'băng' && !prev.cap && !toks[s]!.cap && ((keys[s] === 'đội' && keys[s + 1] === 'trưởng') || (keys[s] === 'thủ' && keys[s + 1] === 'quân')) && (tp.end === s + 2 || tp.hasOrg)) return true;
    return false;
  }
  /**
   * The number at `k` belongs to a date or a time, not a count (`Sáng 30/4 Chủ tịch ...`,
   * `Năm 2020 Chủ tịch ...`, `Lúc 9 giờ`): a `/` before it or a date word right before it.
   */
  function dateBefore(k: number): boolean {
    const b = toks[k - 1];
    if (!b) return false;
    if (b.text === '/' && !b.sp && toks[k - 2]?.kind === 'number') return true;
    // `2021-2025 Bí thư ...`: a span of years; `3-5 Phó Chủ tịch` stays a count.
    if (b.text === '-' && !b.sp && /^(?:19|20)\d\d$/u.test(toks[k]!.text) && /^(?:19|20)\d\d$/u.test(toks[k - 2]?.text ?? '')) return true;
    if (!toks[k]!.sp) return false;
    // `năm 2020` is a year; `năm 2` may be a count after `năm` (five) or a span of years.
    if (b.low === 'năm') return /^(?:19|20)\d\d$/u.test(toks[k]!.text);
    // `thay cùng lúc 6 bộ trưởng`, `một lúc 3 Phó Chủ tịch` (at once): a count, no clock time.
    if (b.low === 'lúc' && (keys[k - 2] === 'cùng' || keys[k - 2] === 'một')) return false;
    return DATE_WORDS_BEFORE_NUMBER.has(b.low);
  }
  /**
   * A ship named after a rank starts at `s`: `tàu hộ vệ Đô đốc Essen`, `chiến hạm Đô đốc
   * Makarov`, and the next one of a list (`... Đô đốc Grigorovich và Đô đốc Essen`).
   */
  function shipNamed(s: number, depth: number): boolean {
    let b = s - 1;
    while (b >= 0 && s - b <= 3 && SHIP_TYPE_WORDS.has(keys[b]!) && !toks[b]!.cap) b--;
    if (b >= 0 && (keys[b] === 'tàu' || keys[b] === 'hạm') && s - b <= 4) return true;
    if (depth >= 3 || s < 2 || !(keys[s - 1] === 'và' || toks[s - 1]!.text === ',')) return false;
    // The ship before in the list: its name (capitalized words), then its rank.
    let q = s - 2;
    while (q >= 0 && s - q <= 6 && toks[q]!.cap && inTitle[q]! < 0) q--;
    const ti = q >= 0 ? inTitle[q]! : -1;
    return ti >= 0 && titleAt[ti]!.kind === 'rank' && shipNamed(titleAt[ti]!.start, depth + 1);
  }
  function isGroupLeadership(tp: TitleParse): boolean {
    // `lãnh đạo tỉnh`, `lãnh đạo Bộ`: the leadership as a group, unless one leader is meant.
    // Only `vị lãnh đạo ...` / `người lãnh đạo ...` (one leader) or a named leader is a post.
    const prev = keys[tp.start - 1] ?? '';
    if (prev === 'vị' || prev === 'người') return false;
    // `Ông Yair Lapid, lãnh đạo đảng Yesh Atid,`, `X, cựu lãnh đạo Công đảng,`: a party's leader in
    // an apposition right after a name is one person's post (also in brackets or after a spaced dash:
    // `Yair Lapid (lãnh đạo đảng Yesh Atid)`, `ông X - lãnh đạo đảng Y`).
    // Also a capitalized `Đảng` before its name (`X, lãnh đạo Đảng Dân tộc Scotland,`), and a party's
    // leader after a verb of holding (`được bầu làm lãnh đạo Công đảng`).
    const party = (keys[tp.roleEnd] === 'đảng' && (!toks[tp.roleEnd]!.cap || capWord(toks[tp.roleEnd + 1]))) || (keys[tp.roleEnd] === 'công' && keys[tp.roleEnd + 1] === 'đảng');
    // (An age may come between: `X, 41 tuổi, lãnh đạo Công đảng`.)
    const aged = prev === ',' && keys[tp.start - 2] === 'tuổi' && toks[tp.start - 3]?.kind === 'number' && keys[tp.start - 4] === ',' && pEndAt.has(tp.start - 4);
    const opens = prev === ',' || prev === '(' || (prev === '-' && !!toks[tp.start - 1]!.sp);
    if (party && ((opens && (pEndAt.has(tp.start - 1) || aged)) || holdingBefore(tp.start))) return false;
    // `Bà Tsai Ing-wen, lãnh đạo Đài Loan,`: a country's leader in an apposition right after a name (pw12).
    if (opens && pEndAt.has(tp.start - 1) && tp.roleEnd < tp.end && placeEnd[tp.roleEnd] === tp.end && isCountry(keys, tp.roleEnd, tp.end)) return false;
    // `Ông Debretsion Gebremichael, lãnh đạo TPLF,`, `X, lãnh đạo Hamas,`: a named body's leader in an apposition right
    // after a name is that person's post (not a place's or an administrative unit's leadership) (pw15).
    if (opens && pEndAt.has(tp.start - 1) && tp.roleEnd < tp.end && toks[tp.roleEnd]!.cap && !(placeEnd[tp.roleEnd]! > tp.roleEnd) && L.adminUnits.longest(keys, tp.roleEnd) === null) return false;
    // `lãnh đạo Công an phường X cho biết`: the leader who speaks to the press is one person.
    // (Not `nói chung` / `nói riêng`, "in general", nor `tập thể lãnh đạo`, the body.)
    // A short bracket may come between (`lãnh đạo Công an phường X (TP Y) cho biết`).
    let v = tp.end;
    if (toks[v]?.text === '(') for (let q = v + 1; q < n && q - v <= 12 && toks[q]!.sent === toks[v]!.sent; q++) if (toks[q]!.text === ')') {
      v = q + 1;
      break;
    }
    // Only the leader of a body (`lãnh đạo Sở Y tế`): the leadership of a place or an
    // administrative unit (`lãnh đạo tỉnh`, `lãnh đạo huyện X`, `lãnh đạo Phú Quốc`) is a group.
    const placeOrg = placeEnd[tp.roleEnd]! > tp.roleEnd || L.adminUnits.longest(keys, tp.roleEnd) !== null;
    // `lãnh đạo Sở đã giải thích`, `lãnh đạo Sở cũng khẳng định`: a tense word or two before the verb.
    for (let a = 0; a < 2 && SPEAKER_ADVERBS.has(keys[v] ?? ''); a++) v++;
    if (!placeOrg && speechAt(keys, v) && !(keys[v] === 'nói' && (keys[v + 1] === 'chung' || keys[v + 1] === 'riêng')) && !(prev === 'thể' && keys[tp.start - 2] === 'tập')) return false;
    // `Lãnh đạo chính quyền quân sự Myanmar, Thống tướng Min Aung Hlaing,`: a rank and a name in
    // apposition right after the leader of a body name one leader (pw12).
    if (!placeOrg && toks[tp.end]?.text === ',' && inTitle[tp.end + 1]! >= 0) {
      const rk = titleAt[inTitle[tp.end + 1]!]!;
      if (rk.start === tp.end + 1 && rk.kind === 'rank' && personAfter(rk.end) !== null) return false;
    }
    return personAfter(tp.end) === null;
  }

  // 5. Holders (token level).
  const holderOf = new Map<TitleParse, PersonSpan>();
  const titleIdx = new Map<number, TitleParse>();
  for (const tp of keptTitles) titleIdx.set(tp.start, tp);
  /**
   * At the comma q before a residence (`trú tại xã A, huyện B`, `ngụ ...`): the comma (or the
   * bracket's `),` / `) -`) after it that a post follows, else q.
   */
  const residenceSkip = (q: number): number => {
    if (!RESIDENCE_WORDS.has(keys[q + 1] ?? '')) return q;
    for (let z = q + 2; z < n && z - q < 24 && toks[z]!.text !== '(' && toks[z]!.sent === toks[q]!.sent; z++) {
      const x = toks[z]!.text;
      // (`(SN 1972, trú tại phường A, TP B; nguyên Phó Trưởng phòng ...)`: a semicolon closes the residence too.)
      if ((x === ',' || x === ';') && titleIdx.has(z + 1)) return z;
      if (x === ')') return (toks[z + 1]?.text === ',' || (toks[z + 1]?.text === '-' && toks[z + 1]!.sp)) && titleIdx.has(z + 2) ? z + 1 : q;
    }
    return q;
  };
  /**
   * At the comma q after a name: when an alias follows (`, còn gọi là X,`, `, hay còn được gọi là X,`,
   * `, được biết đến là X,`, `, biệt danh X,`), the comma that closes it, else q. The alias holds no
   * post and runs at most eight tokens in the sentence.
   */
  const aliasSkip = (q: number): number => {
    let r = q + 1;
    while (r - q <= 3 && ALIAS_LEAD.has(keys[r] ?? '') && keys[r] !== 'gọi' && keys[r] !== 'biết' && keys[r] !== 'biệt') r++;
    if (keys[r] === 'gọi' && keys[r + 1] === 'là') r += 2;
    else if (keys[r] === 'biết' && keys[r + 1] === 'đến' && keys[r + 2] === 'là') r += 3;
    else if (keys[r] === 'biệt' && keys[r + 1] === 'danh') r += keys[r + 2] === 'là' ? 3 : 2;
    else return q;
    for (let z = r + 1; z < n && z - r <= 8 && toks[z]!.sent === toks[q]!.sent; z++) {
      const x = toks[z]!.text;
      if (x === ',') return titleIdx.has(z + 1) || keys[z + 1] === 'từng' || keys[z + 1] === 'nguyên' || keys[z + 1] === 'là' || keys[z + 1] === 'hiện' || keys[z + 1] === 'nay' ? z : q;
      if (x === '(' || x === ')' || x === '.' || x === ';' || titleIdx.has(z)) return q;
    }
    return q;
  };
  // The titles come in text order (no copy nor sort then: only read below).
  const sorted: readonly TitleParse[] = inStartOrder(keptTitles) ? keptTitles : [...keptTitles].sort((a, b) => a.start - b.start);
  // Own function: keeps each compiled unit small (one giant function takes TurboFan seconds to compile).
  // `GS X, Tổng chủ biên bộ sách Tiếng Việt 1 Cánh Diều, cho biết`: a bare post followed by the work it heads (a
  // book series, a programme, a project), lowercase and closed by a comma, is still the name's apposition (pschool).
  const workTailClosed = (e: number): boolean => {
    const w2 = WORK_TAIL_FIRST.get(keys[e] ?? '');
    if (w2 === undefined || toks[e]!.cap || (w2 !== '' && keys[e + 1] !== w2 && !(keys[e] === 'đề' && keys[e + 1] === 'tài'))) return false;
    for (let r = e + 1; r < n && r - e < 12; r++) {
      const t = toks[r]!;
      if (t.sent !== toks[e]!.sent || inTitle[r]! >= 0 || personAt.has(r)) return false;
      if (t.text === ',') return true;
      if (t.kind === 'punct' && t.text !== '-') return false;
    }
    return false;
  };
  const holdersPass = (): void => {
    // a) title right before the name (also across `,` + honorific or an honorific).
    for (const tp of sorted) {
      // `ứng viên tổng thống X`: a candidate for the post does not hold it.
      if (candidateBefore(keys, tp.start)) continue;
      const p = personAfter(tp.end);
      if (p) holderOf.set(tp, p);
    }
    // c) apposition after the name: `Phạm Hoàng Anh, Phó Bí thư ...`, `ông B - Giám đốc`, `ông B (Giám đốc)`.
    for (const p of persons) {
      let q = p.end;
      // `Nguyễn Văn T. (Chủ tịch UBND xã)`, `ông Lê Văn H., Trưởng Công an xã,`: the dot of a closing
      // initial, glued to it, is the name's, not the sentence's end (pgov).
      if (toks[q]?.text === '.' && !toks[q]!.sp && toks[q]!.sent === toks[p.start]!.sent && /^\p{Lu}$/u.test(toks[q - 1]!.text) && (toks[q + 1]?.text === ',' || toks[q + 1]?.text === '(' || (toks[q + 1]?.text === '-' && toks[q + 1]!.sp))) q++;
      // `Vũ Đình Thắng (SN 1976, nguyên Giám đốc ...)`, `Lê Thị Mai Phương (SN 1983), nguyên Kế toán trưởng`.
      // `Phạm Văn B (56 tuổi, cựu Giám đốc ...)`: an age in place of the birth year.
      if (toks[q]?.text === '(' && (keys[q + 1] === 'sn' || keys[q + 1] === 'sinh' || (toks[q + 1]?.kind === 'number' && keys[q + 2] === 'tuổi' && toks[q + 3]?.text === ','))) {
        let r = q + 1;
        while (r < n && r - q < 6 && toks[r]!.text !== ')' && toks[r]!.text !== ',') r++;
        if (toks[r]?.text === ',') {
          q = r;
          // `(SN 1965, trú tại xã A, huyện B, nguyên Chủ tịch ...)`: the residence, then the post.
          q = residenceSkip(q);
        }
        else if (toks[r]?.text === ')' && (toks[r + 1]?.text === ',' || (toks[r + 1]?.text === '-' && toks[r + 1]!.sp))) q = r + 1;
      }
      // `Nguyễn Văn A (56 tuổi) - Giám đốc ...`, `Huỳnh Văn B (Uyên Huy) - nguyên Chủ tịch ...`: a
      // short bracket that is no post (age, pen name) between the name and its apposition.
      else if (toks[q]?.text === '(' && !titleIdx.has(q + 1)) {
        let r = q + 1;
        // (`Bùi Quang Huy (tức Huy "Nhật Cường"), Tổng Giám đốc ...`: an alias with its quoted nickname.)
        // (`Khang A Tủa (bản Hua Tạt, xã Vân Hồ, tỉnh Sơn La) - Giám đốc HTX ...`: an address in brackets, opening with
        // a lowercase unit word, runs longer; no post inside (pagri).)
        const addr = toks[q + 1] !== undefined && !toks[q + 1]!.cap && L.adminUnits.longest(keys, q + 1) !== null;
        while (r < n && r - q < (keys[q + 1] === 'tức' ? 11 : addr ? 16 : 6) && toks[r]!.text !== ')' && toks[r]!.text !== '(' && !(addr && titleIdx.has(r))) r++;
        if (toks[r]?.text === ')' && (toks[r + 1]?.text === ',' || (toks[r + 1]?.text === '-' && toks[r + 1]!.sp))) q = r + 1;
      }
      // `Nguyễn Văn A, 56 tuổi, Giám đốc ...`.
      else if (ageAsideAt(q)) q = residenceSkip(q + 3);
      // `Lầu Thị Xa, sinh năm 1998, hiện là Bí thư ...`, `Nguyễn Văn A, SN 1970, nguyên Giám đốc ...`: a birth
      // year between commas, like an age (pparty).
      else if (toks[q]?.text === ',' && (keys[q + 1] === 'sn' || keys[q + 1] === 'sinh')) {
        const y = keys[q + 1] === 'sinh' && keys[q + 2] === 'năm' ? q + 3 : q + 2;
        if (toks[y]?.kind === 'number' && /^(?:19|20)\d\d$/u.test(toks[y]!.text) && toks[y + 1]?.text === ',') q = residenceSkip(y + 1);
        // `Đồng chí X, sinh ngày 15/8/1931, quê xã A, huyện B; nguyên T1, nguyên T2`: an obituary's birth day
        // (written with digits, up to its year), then the hometown, then the posts (phonor).
        else if (keys[q + 1] === 'sinh' && keys[q + 2] === 'ngày') {
          let z = q + 3;
          while (z < n && z - q < 9 && /^[\d/.-]+$|^tháng$|^năm$/u.test(keys[z]!)) z++;
          const sp = toks[z]?.text;
          if (z > q + 3 && /(?:19|20)\d\d$/u.test(toks[z - 1]!.text) && (sp === ',' || sp === ';')) q = titleIdx.has(z + 1) ? z : residenceSkip(z);
        }
      }
      // `Kiều Minh Tú, quê xã Tân Lập, huyện Đan Phượng, nguyên Phó Chủ tịch ...`: a hometown between commas, like
      // a residence after an age (pgov4).
      else if (toks[q]?.text === ',' && keys[q + 1] === 'quê' && !toks[q + 1]!.cap) q = residenceSkip(q);
      // `Michael Kokalari, CFA, Giám đốc ...`: a professional credential after the name.
      else if (toks[q]?.text === ',' && CREDENTIALS.has(toks[q + 1]?.text ?? '') && toks[q + 2]?.text === ',') q += 2;
      // `Nguyễn Văn A (SN 1976), còn được biết đến là "bầu" A, từng là Chủ tịch ...`: an alias between
      // commas, like a bracketed `(tức ...)`, is the same person; the post goes to the full name (prm).
      let aliased = false;
      if (toks[q]?.text === ',' && keys[q + 1] !== undefined && ALIAS_LEAD.has(keys[q + 1]!)) {
        const z = aliasSkip(q);
        aliased = z !== q;
        q = z;
      }
      // (A `;` here closed a residence skipped above: it stands for the apposition's comma.)
      const sep = toks[q]?.text === ';' && q > p.end ? ',' : toks[q]?.text;
      if (sep !== ',' && sep !== '(' && !(sep === '-' && toks[q]!.sp)) continue;
      q++;
      // `ông B, chức vụ: Thành viên HĐQT` (filings, disclosure notices): the office named after the label.
      if (keys[q] === 'chức' && (keys[q + 1] === 'vụ' || keys[q + 1] === 'danh') && !titleIdx.has(q)) q += toks[q + 2]?.text === ':' ? 3 : 2;
      // `bà X, nữ Thủ tướng đầu tiên của ...`: a gender word before the apposition's post.
      // (`Thẩm phán X, người chủ tọa phiên tòa, ...`: `người` likewise.)
      if ((keys[q] === 'nữ' || keys[q] === 'nam' || keys[q] === 'người') && !toks[q]!.cap && titleIdx.has(q + 1)) q++;
      // `Tô Lâm (nay là Tổng Bí thư)`, `ông B, hiện là Giám đốc ...`.
      let viaLa = false;
      if ((keys[q] === 'nay' || keys[q] === 'hiện') && keys[q + 1] === 'là') {
        q += 2;
        viaLa = true;
      }
      // (`X, còn gọi là Y, là Giám đốc ...`: `là` right after the alias's comma.)
      else if (aliased && keys[q] === 'là' && titleIdx.has(q + 1)) q++;
      // `bà B, vào thời điểm đó là Bộ trưởng ...`, `ông B, từng là Chủ tịch ...`: time words
      // and adverbs, then `là`.
      // (`Theo ông B, đây là Chủ tịch ...`: a demonstrative, or a speaker before the comma,
      // opens a clause of its own.)
      else if (!titleIdx.has(q) && toks[q]?.kind === 'word' && !toks[q]!.cap && !DEMONSTRATIVES.has(keys[q]!) && keys[p.start - 1] !== 'theo' && keys[p.start - 2] !== 'theo') {
        let r = q;
        let shared = false;
        while (r < n && r - q < 5 && keys[r] !== 'là' && (WHEN_WORDS.has(keys[r]!) || ADVERBS.has(keys[r]!) || keys[r] === 'vào')) {
          if (keys[r] === 'đều') shared = true;
          r++;
        }
        // (`ông A và ông B, đều là Bộ trưởng`: a post both hold is no apposition of B's.)
        if (r > q && !shared && keys[r] === 'là' && toks[r]!.sent === toks[q]!.sent) {
          q = r + 1;
          viaLa = true;
        }
      }
      // `ông A, chuyên gia kinh tế, nguyên Vụ trưởng ...`, `bà B - nhà nghiên cứu, nguyên Giám đốc
      // Bảo tàng ...`: an occupation's apposition (up to its comma), then the name's post,
      // when that post is a former one or closes its own apposition.
      // `ông X, người Tày, Trưởng bản Y`: the name's people (`người` and one to three capitalized
      // words) in apposition, then the name's post (psoc5).
      // (Also `người dân tộc Thái`, `dân tộc Tày`, and an age after it: `ông X, người dân tộc Thái, 67 tuổi,
      // nguyên Chủ tịch UBND huyện` (pparty).)
      if (sep === ',' && (keys[q] === 'người' || keys[q] === 'dân') && !toks[q]!.cap) {
        let w = keys[q] === 'người' ? q + 1 : q;
        if (keys[w] === 'dân' && keys[w + 1] === 'tộc' && !toks[w]!.cap && !toks[w + 1]!.cap) w += 2;
        if (w > q && joins(toks, w)) {
          let r = w + 1;
          while (r < n && r - w < 3 && joins(toks, r)) r++;
          if (ageAsideAt(r)) r += 3;
          if (toks[r]?.text === ',' && titleIdx.has(r + 1) && toks[r + 1]!.sent === toks[p.start]!.sent) q = r + 1;
        }
      }
      if (sep !== '(' && toks[q]?.kind === 'word' && !titleIdx.has(q)) {
        const occ = L.occupations.longest(keys, q);
        if (occ) {
          let r = occ.end;
          while (r < n && r - q < 14 && toks[r]!.text !== ',' && toks[r]!.kind !== 'punct' && inTitle[r]! < 0 && !personAt.has(r)) r++;
          const t2 = toks[r]?.text === ',' ? titleIdx.get(r + 1) : undefined;
          const close = t2 ? toks[t2.end]?.text : undefined;
          if (t2 && toks[r + 1]!.sent === toks[p.start]!.sent && (keys[t2.start] === 'nguyên' || keys[t2.start] === 'cựu' || close === ',' || close === ';' || close === '.')) q = r + 1;
        }
      }
      let tp = titleIdx.get(q);
      if (!tp || toks[q]!.sent !== toks[p.start]!.sent) continue;
      // `bà X - em gái ông Y, hiện là T`: `là` after a relative's name in a kinship apposition has X as its subject (pab).
      const hp = viaLa ? kinOuter(p) ?? p : p;
      // `Bộ trưởng Thể, Thủ tướng nêu rõ`: a bare post after a name that has its own title starts a new clause.
      // An apposition closed by a comma is one (`TS Lại Hoài Nam, đại biểu Quốc hội, ...`), and so
      // is a chain of posts joined by `kiêm` (`Thượng tọa X, Phó Chủ tịch kiêm Tổng Thư ký ...`).
      // (`Phó Chủ tịch X Dmitry Medvedev, cựu Tổng thống và cựu Thủ tướng, ...`: two bare posts joined by
      // `và` that close the apposition together; `Đại tá X, Phó Đoàn trưởng.`: one that closes the sentence (psoc4).)
      // (After a rank, an honorary or a religious title the post is the name's apposition: `Thượng tướng X, Phó Chủ
      // tịch Quốc hội nhận ...` (psoc5).)
      if (!tp.hasOrg && tp.kind === 'head' && sep === ',' && p.start > 0 && inTitle[p.start - 1]! >= 0 && !RANKLIKE_KINDS.has(titleAt[inTitle[p.start - 1]!]!.kind) && !(toks[tp.end]?.text === ',' || toks[tp.end]?.text === ';' || toks[tp.end]?.text === '.' || tp.end >= n || (keys[tp.end] === 'kiêm' && titleIdx.has(tp.end + 1)) || (keys[tp.end] === 'và' && toks[titleIdx.get(tp.end + 1)?.end ?? -1]?.text === ',') || workTailClosed(tp.end))) continue;
      // A name right after this title belongs to it instead.
      for (;;) {
        if (!holderOf.has(tp)) holderOf.set(tp, hp);
        else if (holderOf.get(tp) !== hp) break;
        let nx = tp.end;
        // `Phó Chủ tịch HĐQT - Tổng Giám đốc`: a spaced dash joins two posts of one person too.
        if (toks[nx]?.text === ',' || keys[nx] === 'kiêm' || keys[nx] === 'và' || (toks[nx]?.text === '-' && toks[nx]!.sp)) nx++;
        else if (keys[nx] === 'đồng' && keys[nx + 1] === 'thời' && keys[nx + 2] === 'là') nx += 3;
        // `ông B, Phó Giám đốc Kho bạc; nguyên Đảng ủy viên ...`: a former post after `;` is his too.
        else if (toks[nx]?.text === ';' && (keys[nx + 1] === 'nguyên' || closingPost(nx + 1))) nx++;
        // `ông B, nguyên Giám đốc Sở X (nay là Phó Chủ tịch UBND tỉnh)`: his present post in brackets.
        else if (toks[nx]?.text === '(' && (keys[nx + 1] === 'nay' || keys[nx + 1] === 'hiện') && keys[nx + 2] === 'là') nx += 3;
        else break;
        if (keys[nx] === 'đồng' && keys[nx + 1] === 'thời' && keys[nx + 2] === 'là') nx += 3;
        // `bà X (nguyên Phó Giám đốc Sở Y, nay là Phó Chủ tịch UBND huyện Z)`: her present post after the former
        // one, inside the name's bracket as after its comma (pformer).
        else if (toks[nx - 1]?.text === ',' && (keys[nx] === 'nay' || keys[nx] === 'hiện') && keys[nx + 1] === 'là' && !toks[nx]!.cap) nx += 2;
        // `Bí thư Thành ủy X, phụ trách Ban Y, Ủy viên Z`: a duty between commas (no post, no name in it)
        // is part of the same apposition; the chain goes on after it (ry).
        else if (keys[nx] === 'phụ' && toks[nx - 1]?.text === ',') nx = dutyEnd(nx - 1);
        const t2 = titleIdx.get(nx);
        if (!t2 || toks[nx]!.sent !== toks[p.start]!.sent) break;
        if (personAfter(t2.end) && personAfter(t2.end) !== p && personAfter(t2.end) !== hp) break;
        tp = t2;
      }
    }
    // b) chains before a name: `Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Vương Đình Huệ`.
    for (let x = sorted.length - 2; x >= 0; x--) {
      const a = sorted[x]!;
      const b = sorted[x + 1]!;
      if (holderOf.has(a) || !holderOf.has(b)) continue;
      // `Báo cáo với Thủ tướng, Bộ trưởng Y tế X cho biết`: a bare post after a preposition
      // is the object of the clause before the comma, not the first link of a chain.
      // (`điện đàm với Tổng Bí thư, Chủ tịch nước Trung Quốc X`: the party and state posts one leader
      // holds together stay a chain.)
      if (!a.hasOrg && a.kind === 'head' && a.start > 0 && OBJECT_PREPS.has(keys[a.start - 1]!) && toks[a.end]?.text === ',' && !(spanKey(keys, a.start, a.end) === 'tổng bí thư' && keys[b.start] === 'chủ' && keys[b.start + 1] === 'tịch')) continue;
      // `KT. Bộ trưởng, Thứ trưởng X đã ký`: the post a deputy signs for (`KT.` ký thay, `TL.` thừa
      // lệnh, `TUQ.` thừa ủy quyền) is not the signer's own (plaw).
      if (a.start >= 2 && toks[a.start - 1]!.text === '.' && toks[a.start - 2]!.upper && SIGNED_FOR.has(keys[a.start - 2]!)) continue;
      // `PGS. TS. Vũ Thanh Bình`: degrees each closed by a spaced period.
      const degrees = a.kind === 'academic' && b.kind === 'academic' && b.start === a.end + 1 && toks[a.end]!.text === '.';
      // `Giám đốc Công an tỉnh Đại tá X`, `Giám đốc Bệnh viện PGS.TS Y`: a rank or degree
      // right after a post (no comma) is the same person's; so is a religious, honorary or
      // royal title (`Chủ tịch Hội đồng Trị sự Hòa thượng X`, `Giám đốc Nhà hát NSND Y`,
      // `Ngoại trưởng Saudi Arabia Hoàng tử Faisal bin Farhan`).
      const courtesy = b.kind === 'religious' || b.kind === 'honorary' || (b.kind === 'head' && !b.hasOrg && COURTESY_TITLES.has(spanKey(keys, b.start, b.roleEnd)));
      const rankAfter = b.start === a.end && (b.kind === 'rank' || b.kind === 'academic' || courtesy) && (a.kind === 'head' || a.kind === 'weak');
      // `Thủ tướng và Bộ trưởng Tài chính Taro Aso`, `Nữ hoàng và Thái tử Charles`: a head of state or government joined
      // by `và` to another post before a name is another person (`Chủ tịch và giám đốc
      // điều hành Phòng Thương mại Mỹ X` is one).
      // (Also one with its own country: `Thủ tướng Armenia và Tổng thống Azerbaijan X`.)
      if (degrees || rankAfter || (chainGap(a.end, b.start) && !(b.start === a.end + 1 && keys[a.end] === 'và' && (!a.hasOrg || COUNTRY_KEYS.has(spanKey(keys, a.roleEnd, a.end))) && HEADS_OF_GOVERNMENT.has(spanKey(keys, a.start, a.roleEnd))))) holderOf.set(a, holderOf.get(b)!);
    }
    // d) verbs of holding: `ông B là / làm / giữ chức / được bầu làm Giám đốc Sở`.
    for (let x = 0; x < sorted.length; x++) {
      const tp = sorted[x]!;
      if (holderOf.has(tp)) continue;
      const p = holdingVerbPerson(tp);
      if (p) {
        holderOf.set(tp, p);
        // The chain after it shares the holder.
        for (let y = x + 1; y < sorted.length; y++) {
          const cur = sorted[y - 1]!;
          const nxt = sorted[y]!;
          if (holderOf.has(nxt) || !(chainGap(cur.end, nxt.start) || dutyEnd(cur.end) === nxt.start)) break;
          holderOf.set(nxt, p);
        }
      }
    }
  };
  holdersPass();
  // e) `Chủ tịch Hà Nội thời điểm đó là ông Nguyễn Văn Tùng`: the post, then `là` and the name.
  for (let ix = 0; ix < sorted.length; ix++) {
    const tp = sorted[ix]!;
    if (holderOf.has(tp)) continue;
    let q = tp.end;
    // (`Giám đốc Sở (khi đó) là ông X`: the words of time may stand in brackets.)
    const bracket = toks[q]?.text === '(' && WHEN_WORDS.has(keys[q + 1] ?? '');
    if (bracket) q++;
    // (`Trưởng đoàn công tác của Bộ Y tế tại Bắc Giang là ông X`: where the post is held, a place after `tại` (pcovid).)
    if (!bracket && keys[q] === 'tại' && !toks[q]!.cap && placeEnd[q + 1]! > q + 1 && keys[placeEnd[q + 1]!] === 'là') q = placeEnd[q + 1]!;
    for (let skipped = 0; q < n && skipped < 4 && WHEN_WORDS.has(keys[q]!); skipped++) q++;
    // (`WTO có nữ Tổng giám đốc đầu tiên là bà X`: the first holder of the post (pwb).)
    if (!bracket && keys[q] === 'đầu' && keys[q + 1] === 'tiên' && !toks[q]!.cap) q += 2;
    if (bracket) {
      if (toks[q]?.text !== ')') continue;
      q++;
    }
    if (q >= n || keys[q] !== 'là' || toks[q]!.sent !== toks[tp.start]!.sent) continue;
    // `Tân Giám đốc Công an TP là Thiếu tướng X`: a rank of the person's own before the name.
    const rk = titleIdx.get(q + 1);
    // (`Trưởng ban Lễ tang là Thủ tướng Phạm Minh Chính`: also a post of the person's own before the name (ppol2).)
    // (`Trưởng đoàn công tác là PGS.TS Lương Ngọc Khuê`: or a degree (pcovid).)
    const p = personAfter(q + 1) ?? (rk && (rk.kind === 'rank' || rk.kind === 'head' || rk.kind === 'academic') ? personAfter(rk.end) : null);
    if (p) {
      holderOf.set(tp, p);
      // `Chủ tịch HĐQT kiêm Tổng giám đốc X là ông Y`: the chain before the post shares it.
      for (let x = ix - 1; x >= 0; x--) {
        const a = sorted[x]!;
        if (holderOf.has(a) || !chainGap(a.end, sorted[x + 1]!.start)) break;
        holderOf.set(a, p);
      }
    }
  }
  // f) `miễn nhiệm chức danh Chủ tịch HĐQT đối với ông X`, `đơn từ nhiệm chức vụ T của bà Y`:
  // the office named after `chức vụ`/`chức danh`, then whose it is; also `cách chức T đối với ông X`,
  // `miễn nhiệm tư cách thành viên HĐQT đối với ông X` (pmix3).
  for (const tp of sorted) {
    // (Also `đình chỉ công tác T đối với ông X` and `phê chuẩn kết quả bầu (bổ sung) T đối với ông X`, with
    // `đối với` only: the decision names whose post it is (pgov).)
    const onlyDoiVoi = tp.start >= 2 && ((keys[tp.start - 2] === 'công' && keys[tp.start - 1] === 'tác') || (keys[tp.start - 2] === 'quả' && keys[tp.start - 1] === 'bầu') || (tp.start >= 3 && keys[tp.start - 3] === 'bầu' && keys[tp.start - 2] === 'bổ' && keys[tp.start - 1] === 'sung'));
    if (holderOf.has(tp) || tp.start < 2 || !(onlyDoiVoi || (keys[tp.start - 2] === 'chức' && (keys[tp.start - 1] === 'vụ' || keys[tp.start - 1] === 'danh')) || (keys[tp.start - 2] === 'cách' && keys[tp.start - 1] === 'chức') || (keys[tp.start - 2] === 'tư' && keys[tp.start - 1] === 'cách') || (keys[tp.start - 1] === 'nhiệm' && (keys[tp.start - 2] === 'miễn' || keys[tp.start - 2] === 'bãi')))) continue;
    let q = tp.end;
    // `miễn nhiệm chức vụ T nhiệm kỳ 2021-2026 đối với ông X`: the term between the post and its holder.
    if (keys[q] === 'nhiệm' && keys[q + 1] === 'kỳ') {
      let r = q + 2;
      while (r < n && r - q < 6 && (toks[r]!.kind === 'number' || toks[r]!.text === '-')) r++;
      if (r > q + 2) q = r;
    }
    if (keys[q] === 'đối' && keys[q + 1] === 'với') q += 2;
    else if (keys[q] === 'của' && !onlyDoiVoi) q++;
    else {
      // `ông X (đã) bị (Ban Thường vụ Thành ủy) cách chức T`: the passive's subject, right before `bị`, is whose
      // post it is, like `cách chức T đối với ông X` (pformer).
      if (keys[tp.start - 2] !== 'cách') continue;
      let b = tp.start - 3;
      while (b >= 0 && tp.start - 3 - b < 8 && keys[b] !== 'bị' && toks[b]!.kind === 'word' && toks[b]!.sent === toks[tp.start]!.sent) b--;
      if (b < 1 || keys[b] !== 'bị' || toks[b]!.sent !== toks[tp.start]!.sent) continue;
      let e = b;
      while (e > 0 && b - e < 2 && TENSE_ADVERBS.has(keys[e - 1]!)) e--;
      const subj = persons.find((x) => x.end === e);
      if (subj && toks[subj.start]!.sent === toks[tp.start]!.sent) holderOf.set(tp, subj);
      continue;
    }
    if (q >= n || toks[q]!.sent !== toks[tp.start]!.sent) continue;
    // `... đối với Hòa thượng Thích X`: a title of the person's own before the name.
    const own = titleIdx.get(q);
    const p = personAfter(q) ?? (own ? personAfter(own.end) : null);
    if (p) holderOf.set(tp, p);
  }
  // g) `phong tặng danh hiệu Nghệ sĩ Ưu tú cho ca sĩ X`, `truy tặng danh hiệu T cho liệt sĩ X`: the
  // one person the honour is given to (none when it is shared: `cho ông X và bà Y`) (probes-ent).
  // (`trao danh hiệu Chiến sĩ thi đua toàn quốc cho Đại úy X`: `trao` without `tặng` too (phonor).)
  for (const tp of sorted) {
    // (Also `giao quyền Bộ trưởng Bộ Y tế cho ông X`, `giao nhiệm vụ T cho ông X`: the one the post is given to (ppol2).)
    // (And `trao quyết định bổ nhiệm (chức vụ) T cho Thượng tá X`: the appointee the decision is handed to (pgov3).)
    const bn = tp.start >= 2 && keys[tp.start - 2] === 'chức' && (keys[tp.start - 1] === 'vụ' || keys[tp.start - 1] === 'danh') ? tp.start - 2 : tp.start;
    // (And `trao quyết định thăng quân hàm Thiếu tướng cho Đại tá X`: the officer the rank is given to (phonor).)
    const hs = tp.start;
    const rank = hs >= 2 && keys[hs - 1] === 'hàm' && !toks[hs - 1]!.cap && (keys[hs - 2] === 'thăng' || keys[hs - 2] === 'phong' || (hs >= 3 && keys[hs - 2] === 'quân' && (keys[hs - 3] === 'thăng' || keys[hs - 3] === 'phong')));
    const giao = rank || (tp.start >= 1 && (keys[tp.start - 1] === 'giao' || (tp.start >= 3 && keys[tp.start - 1] === 'vụ' && keys[tp.start - 2] === 'nhiệm' && keys[tp.start - 3] === 'giao') || (bn >= 2 && keys[bn - 1] === 'nhiệm' && keys[bn - 2] === 'bổ' && !toks[bn - 2]!.cap)));
    if (holderOf.has(tp) || (!giao && (tp.start < 3 || keys[tp.start - 1] !== 'hiệu' || keys[tp.start - 2] !== 'danh' || !(keys[tp.start - 3] === 'tặng' || keys[tp.start - 3] === 'phong' || keys[tp.start - 3] === 'trao')))) continue;
    const q = tp.end;
    if (keys[q] !== 'cho' || toks[q]!.cap || q + 1 >= n || toks[q + 1]!.sent !== toks[tp.start]!.sent) continue;
    // (`... cho GS.TS X`, `cho Thiếu tướng X`: the recipient's degrees or rank before the name (psoc3).)
    let r = q + 1;
    for (let m = 0; m < 3 && titleIdx.has(r) && toks[titleIdx.get(r)!.end]?.sp; m++) r = titleIdx.get(r)!.end;
    const p = personAfter(r);
    if (!p) continue;
    const nx = toks[p.end];
    if (nx && (keys[p.end] === 'và' || (nx.text === ',' && capWord(toks[p.end + 1]) && !titleIdx.has(p.end + 1)))) continue;
    holderOf.set(tp, p);
  }

  /**
   * `ông B, Thẩm phán Trung cấp; Thẩm phán Tòa hình sự, TAND TP Hà Nội.`: a post after `;`
   * that closes the sentence (or the next `;`) continues the apposition.
   */
  function closingPost(k: number): boolean {
    const t2 = titleIdx.get(k);
    if (!t2) return false;
    const after = toks[t2.end];
    if (!after || after.line || after.text === ';' || after.text === '(') return true;
    if (after.text !== '.') return false;
    const next = toks[t2.end + 1];
    return !next || next.sent !== after.sent || next.line;
  }
  /** The `(` of a short bracket (up to 8 tokens, none nested) closed by the `)` at c, or -1. */
  function shortBracketOpen(c: number): number {
    for (let o = c - 1; o > 0 && c - o <= 8; o--) {
      if (toks[o]!.text === ')') return -1;
      if (toks[o]!.text === '(') return o;
    }
    return -1;
  }
  /**
   * `, phụ trách Ban Y,` at a (the comma): a duty between two posts of one apposition or one verb of holding
   * (`Bí thư Thành ủy X, phụ trách Ban Y, Ủy viên Z`): the position after its closing comma, else a (ry).
   * Words only inside, no post and no name.
   */
  function dutyEnd(a: number): number {
    if (toks[a]?.text !== ',' || keys[a + 1] !== 'phụ' || keys[a + 2] !== 'trách') return a;
    let c = a + 3;
    while (c < n && c - a < 14 && toks[c]!.kind === 'word' && inTitle[c]! < 0 && !personAt.has(c)) c++;
    return toks[c]?.text === ',' && c > a + 3 && toks[c]!.sent === toks[a]!.sent ? c + 1 : a;
  }
  function chainGap(a: number, b: number): boolean {
    // (Cheap tests first: the gap's key is built only for a short gap in one sentence.)
    if (b <= a || b - a > 3 || toks[a]!.sent !== toks[b]!.sent) return false;
    const gap = spanKey(keys, a, b);
    return (CHAIN.has(gap) || (gap === '-' && toks[a]!.sp) || gap === 'đồng thời là' || gap === ', đồng thời là' || gap === 'kiêm nhiệm' || gap === ', kiêm' || gap === ', nay là' || gap === ', hiện là' || gap === '( nay là' || gap === '( hiện là' || gap === ', rồi');
  }
  /** A kinship noun opening an apposition at k (`con gái`, `vợ`, `em trai`), before a relative's name. */
  function kinAppositionAt(k: number): boolean {
    const w = keys[k], x = keys[k + 1];
    if (toks[k]!.cap) return false;
    if (w === 'vợ' || w === 'chồng') return true;
    if (w === 'con') return x === 'gái' || x === 'trai' || x === 'dâu' || x === 'rể';
    if (w === 'em') return x === 'gái' || x === 'trai';
    if (w === 'anh') return x === 'trai';
    if (w === 'chị') return x === 'gái';
    return false;
  }
  /**
   * The name ending at the comma c, or before one or two asides between commas right after it: an age
   * (`, 53 tuổi,`) or a hometown (`, quê xã Tân Lập, huyện Đan Phượng,`) (pgov4).
   */
  function nameBeforeAsides(c: number, sent: number): PersonSpan | undefined {
    for (let hop = 0; hop < 3 && c > 2; hop++) {
      const pe = pEndAt.get(c);
      if (pe) return toks[pe.start]!.sent === sent ? pe : undefined;
      if (hop > 0 && toks[c]!.text !== ',') return undefined;
      if (keys[c - 1] === 'tuổi' && toks[c - 2]!.kind === 'number' && toks[c - 3]!.text === ',') {
        c -= 3;
        continue;
      }
      let r = c - 1;
      while (r > 1 && c - r < 14 && toks[r]!.sent === sent && keys[r] !== 'quê' && (toks[r]!.kind === 'word' || toks[r]!.kind === 'number' || toks[r]!.text === ',')) r--;
      if (keys[r] === 'quê' && !toks[r]!.cap && r < c - 1 && toks[r - 1]!.text === ',' && (toks[r + 1]!.cap || HOMETOWN_UNITS.has(keys[r + 1]!))) {
        c = r - 1;
        continue;
      }
      return undefined;
    }
    return undefined;
  }
  function holdingVerbPerson(tp: TitleParse): PersonSpan | null {
    // Scan back from the title: a holding verb, then adverbs, then a person (same sentence).
    const sent = toks[tp.start]!.sent;
    let q = tp.start;
    // `được tặng danh hiệu "Công dân Thủ đô ưu tú"`: an opening quote between verb and title.
    if (q > 0 && (toks[q - 1]!.text === '"' || toks[q - 1]!.text === "'")) q--;
    // `là nữ Bí thư`: a gender word between the verb and the post.
    if (q > 0 && (keys[q - 1] === 'nữ' || keys[q - 1] === 'nam')) q--;
    // `từng giữ các chức vụ: Trưởng phòng Kinh tế, ...`: a colon after a verb ending in `chức vụ` /
    // `chức danh` opens the list of posts (probes-pb7).
    if (q > 2 && toks[q - 1]!.text === ':' && (keys[q - 2] === 'vụ' || keys[q - 2] === 'danh') && keys[q - 3] === 'chức') q--;
    let verb = false;
    for (let s = Math.max(0, q - 8); s < q; s++) {
      const m = L.holding.longest(keys, s, q);
      if (m && m.end === q) {
        verb = true;
        q = s;
        break;
      }
    }
    if (!verb) return null;
    // `Liễu tham gia với tư cách là Giám đốc ...`, `Ông B gắn bó với X từ năm 2011 với các vị
    // trí ...`: a phrase of capacity (a preposition first) describes the clause's subject.
    const capacityAt = CAPACITY_PREPS.has(keys[q]!) ? q : -1;
    const verbAt = q;
    // (`được Ban Thường vụ luân chuyển, chỉ định tham gia ... và giữ chức`: the appointing body before the verb.)
    let appointAt = -1;
    // Start of adverbs, a day or an appointing body only before the verb (`X, một giáo viên, ngày 28/7 nhậm chức`).
    let clean = verbAt;
    for (let steps = 0; steps < 8 && q > 0; steps++) {
      // (`Ông T. từng được bầu làm ...`: a closing initial's glued dot is the name's (pgov).)
      const pe = pEndAt.get(q) ?? (q >= 2 && toks[q - 1]!.text === '.' && !toks[q - 1]!.sp && /^\p{Lu}$/u.test(toks[q - 2]!.text) ? pEndAt.get(q - 1) : undefined);
      // (`Con gái bầu Thụy làm Phó Tổng giám đốc`: a relative of the name is the subject.)
      if (pe && toks[pe.start]!.sent === sent) {
        // `X được Tổng thống Moon chọn làm Thủ tướng`, `được ông Y bổ nhiệm làm ...`: the agent of a
        // passive (after `được`, with its post or honorific) is not the subject: look before it.
        const ag = inTitle[pe.start - 1]! >= 0 ? titleAt[inTitle[pe.start - 1]!]!.start : keys[pe.start - 1] === 'ông' || keys[pe.start - 1] === 'bà' ? pe.start - 1 : pe.start;
        if (ag > 0 && keys[ag - 1] === 'được' && toks[ag - 1]!.sent === sent) {
          q = ag - 1;
          continue;
        }
        if (kinBefore(pe.start)) return null;
        // `ông A và ông B với vai trò là Phó Giám đốc ...`: two subjects share the post; no one holder (ry).
        if (coordinatedAfter(pe.start)) return null;
        const r = replacedBy(pe);
        return r === undefined ? pe : r;
      }
      // `do ông A, Thứ trưởng Bộ Y tế làm trưởng đoàn`: an apposition's title right before
      // the verb (no comma after it) lends its holder.
      if (inTitle[q - 1]! >= 0) {
        const t0 = titleAt[inTitle[q - 1]!]!;
        const h0 = t0.end === q ? holderOf.get(t0) : undefined;
        if (h0 && h0.end < t0.start && toks[h0.start]!.sent === sent) return h0;
      }
      // `ông A, Phó Giám đốc Sở, được bổ nhiệm ...`: step over an apposition (title chain) between commas,
      // or between spaced dashes (`Thẩm phán X - Phó Chánh tòa Hình sự - làm chủ tọa`).
      const dashed = toks[q - 1]?.text === '-' && !!toks[q - 1]!.sp;
      // (`ông X, nguyên Chủ tịch UBND TP (giai đoạn 2016-2021), được bầu ...`: a short bracket closes the post.)
      const tb = toks[q - 1]?.text === ',' && toks[q - 2]?.text === ')' ? shortBracketOpen(q - 2) : -1;
      if ((toks[q - 1]?.text === ',' || dashed) && q >= 2 && (inTitle[q - 2]! >= 0 || (tb > 0 && inTitle[tb - 1]! >= 0))) {
        let r = tb > 0 ? tb : q - 1;
        for (let hop = 0; hop < 4 && r > 0 && inTitle[r - 1]! >= 0; hop++) {
          const t0 = titleAt[inTitle[r - 1]!]!;
          r = t0.start;
          // (`ông A, Phó Chủ tịch HĐQT kiêm Tổng giám đốc, giữ chức ...`: a `kiêm` chain too.)
          if ((toks[r - 1]?.text === ',' || keys[r - 1] === 'kiêm') && r >= 2 && inTitle[r - 2]! >= 0) r--;
          else break;
        }
        // (`bầu ông X, T1, và bà Y, T2, làm T3`: two names listed with their appositions share T3: none (pgov).)
        if ((dashed ? toks[r - 1]?.text === '-' && !!toks[r - 1]!.sp : toks[r - 1]?.text === ',') && pEndAt.get(r - 1) && toks[r - 1]!.sent === sent) return coordinatedAfter(pEndAt.get(r - 1)!.start) ? null : pEndAt.get(r - 1)!;
        // (`Đ/c X (SN 1975), Bí thư Huyện ủy, được điều động ...`: a short bracket after the name; also before a
        // dashed apposition: `Ông X (51 tuổi) - Phó Cục trưởng Cục Thuế - được bổ nhiệm ...` (pgov3).)
        if ((dashed ? toks[r - 1]?.text === '-' && !!toks[r - 1]!.sp : toks[r - 1]?.text === ',') && toks[r - 2]?.text === ')') {
          const o = shortBracketOpen(r - 2);
          if (o > 0 && pEndAt.get(o) && toks[o]!.sent === sent) return pEndAt.get(o)!;
        }
        // (`bầu ông X, 53 tuổi, T1, làm T2`, `Ông X, quê xã A, huyện B, T1, được bầu làm T2`: an age or a
        // hometown aside between the name and its apposition (pgov4).)
        if (!dashed && toks[r - 1]?.text === ',') {
          const pa = nameBeforeAsides(r - 1, sent);
          if (pa) return coordinatedAfter(pa.start) ? null : pa;
        }
      }
      // `bà X - em gái ông Y, hiện là T -`, `ông X, con rể ông Y, là T`: an apposition of a kinship noun and a
      // relative's name (with its honorific) closes with a comma or a spaced dash before the verb (and its adverbs):
      // the name before the apposition holds the post (pab).
      let cm = q - 1;
      while (cm > 0 && q - cm < 3 && ADVERBS.has(keys[cm]!) && keys[cm] !== 'là') cm--;
      if (cm >= 5 && (toks[cm]!.text === ',' || (toks[cm]!.text === '-' && toks[cm]!.sp))) {
        const rel = pEndAt.get(cm);
        const pa = rel && toks[rel.start]!.sent === sent ? kinOuter(rel) : undefined;
        if (pa) return pa;
      }
      // `Eric Adams, cựu đại úy cảnh sát, trở thành ...`: an apposition that opens with a post and
      // runs on past it (`cựu Thị trưởng South Bend thuộc bang Indiana,`) up to its comma.
      if (toks[q - 1]?.text === ',' && q >= 3 && inTitle[q - 2]! < 0) {
        for (let r = q - 2; r > 0 && q - r < 16 && toks[r]!.sent === sent; r--) {
          if (toks[r]!.kind !== 'punct') continue;
          if (toks[r]!.text === ',' && inTitle[r + 1]! >= 0 && titleAt[inTitle[r + 1]!]!.start === r + 1 && pEndAt.get(r)) return pEndAt.get(r)!;
          break;
        }
      }
      const prev = q - 1;
      const lw = keys[prev]!;
      if (toks[prev]!.sent !== sent) return null;
      // A purpose, time or condition clause right before the verb has the sentence's subject:
      // `X ký thỏa thuận với Tướng Y để trở lại làm Thủ tướng` (pw12), `Bà X từng giữ chức T1 từ
      // tháng 11/2014 trước khi được bổ nhiệm làm T2` (`trước khi`, `sau khi`: pbiz5), `X sẽ là người
      // đầu tiên ... nếu được Thượng viện phê chuẩn làm T` (`nếu`, also before the passive agent: pworld2).
      const clause = lw === 'để' && q === verbAt ? prev
        : lw === 'khi' && q === verbAt && prev > 0 && (keys[prev - 1] === 'trước' || keys[prev - 1] === 'sau') ? prev - 1
        : lw === 'nếu' && (q === verbAt || q === clean) ? prev : -1;
      if (clause >= 0) {
        // (No person opening the sentence: the rules below may still find one, e.g. the one who
        // leaves a post for another: `Theo quyết định …, ông X thôi giữ chức T1 để nhận nhiệm vụ T2`.)
        const op = sentenceOpener(clause, prev, sent, false);
        if (op) return op;
      }
      // `Ông X đã vi phạm ... trong thời gian giữ chức T`, `Ông X, trong thời gian làm T, đã ...`, `... khi (còn)
      // giữ chức T`: a clause of the tenure right before the verb has the name opening the sentence, when
      // no other name and no verb of saying come between (pcrime2).
      if (q === verbAt && prev > 1) {
        const w = lw === 'còn' || lw === 'đang' ? prev - 1 : prev;
        const at = keys[w] === 'khi' || keys[w] === 'lúc' ? w : keys[w] === 'gian' && keys[w - 1] === 'thời' ? (keys[w - 2] === 'trong' ? w - 2 : w - 1) : -1;
        if (at > 0 && keys[at - 1] !== 'trước' && keys[at - 1] !== 'sau') {
          const op = sentenceOpener(at, at, sent, false);
          if (op && !nameBetween(op.end, at, true)) return op;
        }
      }
      // `X tái cử Ủy viên Bộ Chính trị và tiếp tục giữ chức Bộ trưởng`: a post held by a name
      // before it, then `và` and the verb: the same subject.
      if (lw === 'và' && prev > 0 && inTitle[prev - 1]! >= 0) {
        const t0 = titleAt[inTitle[prev - 1]!]!;
        const h0 = t0.end === prev ? holderOf.get(t0) : undefined;
        if (h0 && h0.end <= t0.start && toks[h0.start]!.sent === sent) return h0;
      }
      // `X, T, được chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy`: the
      // committees joined after `tham gia` (and the appointing verb before it) belong to the same clause.
      if (lw === 'và' && q === verbAt) {
        let r = prev - 1;
        while (r > 1 && prev - r < 14 && toks[r]!.sent === sent && (toks[r]!.text === ',' || (toks[r]!.kind === 'word' && (toks[r]!.cap || toks[r - 1]!.cap || COMMITTEE_LEVELS.has(keys[r]!))))) r--;
        if (r < prev - 1 && keys[r] === 'gia' && keys[r - 1] === 'tham') {
          q = r - 1;
          for (let hop = 0; hop < 5 && q > 1 && (APPOINT_WORDS.has(keys[q - 1]!) || (keys[q - 1] === ',' && APPOINT_WORDS.has(keys[q - 2]!))); hop++) q--;
          appointAt = q;
          continue;
        }
      }
      // `điều động ông X, T1, về nhận công tác tại Sở Giao thông vận tải và giữ chức Giám đốc Sở`: the body one is moved
      // to, after `(về) nhận công tác tại`, then `và` and the verb: the one moved (pgov3).
      // (Also `... và bổ nhiệm giữ chức T`, and the appointing verb before: `được điều động về nhận công tác tại ...`.)
      const va = lw === 'và' ? prev : lw === 'nhiệm' && keys[prev - 1] === 'bổ' && keys[prev - 2] === 'và' ? prev - 2 : -1;
      if (va > 5 && q === verbAt) {
        let r = va - 1;
        while (r > 4 && va - r < 10 && toks[r]!.kind === 'word' && keys[r] !== 'tại' && toks[r]!.sent === sent) r--;
        if (keys[r] === 'tại' && r < va - 1 && toks[r + 1]!.cap && keys[r - 1] === 'tác' && keys[r - 2] === 'công' && keys[r - 3] === 'nhận') {
          q = keys[r - 4] === 'về' || keys[r - 4] === 'đến' ? r - 4 : r - 3;
          for (let hop = 0; hop < 5 && q > 1 && APPOINT_WORDS.has(keys[q - 1]!) && !toks[q - 1]!.cap; hop++) q--;
          appointAt = q;
          continue;
        }
      }
      // `X, giáo sư về quan hệ quốc tế và là cựu T,`: an apposition of lowercase words opening with an
      // occupation or a professorship, then `và là` and the post: the name before the apposition (rw).
      if (lw === 'và' && q === verbAt && keys[verbAt] === 'là' && prev >= 3) {
        let r = prev - 1;
        while (r > 0 && prev - r < 12 && toks[r]!.kind === 'word' && !toks[r]!.cap && toks[r]!.sent === sent) r--;
        const occ = r < prev - 1 && toks[r]!.text === ',' && (L.honorifics.longestEnd(keys, r + 1) > r + 1 || L.occupations.longestEnd(keys, r + 1) > r + 1 || (keys[r + 1] === 'giáo' && keys[r + 2] === 'sư') || (keys[r + 1] === 'phó' && keys[r + 2] === 'giáo' && keys[r + 3] === 'sư'));
        const pa = occ ? pEndAt.get(r) : undefined;
        if (pa && toks[pa.start]!.sent === sent) return pa;
      }
      // `ông X, con rể ông Y và là T,`: an apposition of a kinship noun and a relative's name (with its
      // honorific), then `và là` and the post: the name before the apposition, not the relative (pab).
      if (lw === 'và' && q === verbAt && keys[verbAt] === 'là' && prev >= 4) {
        const rel = pEndAt.get(prev);
        const pa = rel && toks[rel.start]!.sent === sent ? kinOuter(rel) : undefined;
        if (pa) return pa;
      }
      // `Ông X sẽ rời vị trí T1 vào quý III và trở thành T2`, `Ông X nghỉ hưu và chuyển sang làm T2`: two predicates
      // joined by `và` share the name opening the sentence, when no comma and no other name come between (pworld2).
      if (lw === 'và' && q === verbAt && prev > 2) {
        const op = sentenceOpener(prev, prev, sent, true);
        if (op && !nameBetween(op.end, prev, false)) return op;
      }
      // `X, người được hơn 50 nước công nhận là T`: a relative clause on the name, with its agent, before the verb (pw13).
      if (q === verbAt && toks[prev]!.kind === 'word' && !toks[prev]!.cap) {
        let r = prev;
        while (r > 2 && prev - r < 10 && toks[r]!.kind !== 'punct' && toks[r]!.sent === sent && !(keys[r] === 'được' && keys[r - 1] === 'người')) r--;
        const pr = keys[r] === 'được' && keys[r - 1] === 'người' && toks[r - 2]!.text === ',' ? pEndAt.get(r - 2) : undefined;
        if (pr && toks[pr.start]!.sent === sent) return pr;
      }
      // `bầu X làm T1, đồng thời đảm nhận chức T2`: the holder of the post before the comma (pw13).
      if (lw === 'thời' && prev >= 3 && keys[prev - 1] === 'đồng' && toks[prev - 2]!.text === ',' && inTitle[prev - 3]! >= 0) {
        const t0 = titleAt[inTitle[prev - 3]!]!;
        const h0 = t0.end === prev - 2 ? holderOf.get(t0) : undefined;
        if (h0 && toks[h0.start]!.sent === sent) return h0;
      }
      // `Thẩm phán X người Mỹ được bầu làm T`, `Thiếu tướng Y của UAE được bầu làm T`: the subject's
      // nationality or country right before the verb (pw13).
      if (toks[prev]!.kind === 'word' && toks[prev]!.cap && prev >= 3) {
        let pk = -1;
        for (let k = Math.max(1, prev - 2); k <= prev; k++) if (placeEnd[k] === prev + 1 && (keys[k - 1] === 'người' || keys[k - 1] === 'của') && !toks[k - 1]!.cap) { pk = k - 1; break; }
        if (pk > 0 && pEndAt.get(pk) && toks[pk]!.sent === sent) return pEndAt.get(pk)!;
      }
      // `Ông Trí, 52 tuổi, từng làm ...`, `ông B, người được điều động làm ...`.
      if (lw === ',' && prev >= 3 && keys[prev - 1] === 'tuổi' && toks[prev - 2]!.kind === 'number' && keys[prev - 3] === ',') {
        q = prev - 3;
        continue;
      }
      if (lw === 'người' && keys[prev - 1] === ',' && pEndAt.get(prev - 1)) return pEndAt.get(prev - 1)!;
      // (`Ông X, 55 tuổi, người có 10 năm làm T`, `Ông X - người từng giữ chức T`: an age aside before `người`, or
      // a spaced dash (pgov4).)
      if (lw === 'người' && prev >= 2 && (keys[prev - 1] === ',' || (toks[prev - 1]!.text === '-' && toks[prev - 1]!.sp)) && !toks[prev]!.cap) {
        const pa = toks[prev - 1]!.text === '-' ? pEndAt.get(prev - 1) : nameBeforeAsides(prev - 1, sent);
        if (pa && toks[pa.start]!.sent === sent) return pa;
      }
      // (`ông X (62 tuổi), người từng giữ chức T`: a short bracket after the name, as for an apposition.)
      if (lw === 'người' && keys[prev - 1] === ',' && toks[prev - 2]?.text === ')') {
        const o = shortBracketOpen(prev - 2);
        if (o > 0 && pEndAt.get(o) && toks[o]!.sent === sent) return pEndAt.get(o)!;
      }
      // `đề cử bà X, một người Inuit, làm T`, `công bố ông X, một giáo viên ở vùng nông thôn, là T`: an
      // apposition opening with `một` between the name and the verb (pw13).
      if (lw === ',' && prev >= 3) {
        let r = prev - 1;
        while (r > 0 && prev - r < 14 && toks[r]!.kind === 'word' && toks[r]!.sent === sent) r--;
        // (Also a nationality: `bổ nhiệm bà X, người Singapore, làm T`.)
        // (After an age too: `chọn ông X, 85 tuổi, một cựu du kích, làm T`.)
        const ra = toks[r]?.text === ',' && keys[r - 1] === 'tuổi' && toks[r - 2]?.kind === 'number' && toks[r - 3]?.text === ',' ? r - 3 : r;
        // (Also a kinship apposition: `bà X, con gái ông Y, được bầu lại làm T` (pwb).)
        const pa = toks[r]?.text === ',' && ((keys[r + 1] === 'một' && r + 2 < prev) || (keys[r + 1] === 'người' && placeEnd[r + 2] === prev) || (r + 3 < prev && kinAppositionAt(r + 1))) ? pEndAt.get(r) ?? pEndAt.get(ra) : undefined;
        if (pa && toks[pa.start]!.sent === sent) return pa;
      }
      // `ông X, người từng giữ chức T1 dưới thời Tổng thống Y, được ông Z lựa chọn cho vị trí T2`: a relative
      // clause opening with `người` between commas after the name, then the verb (pworld2).
      if (lw === ',' && prev >= 3) {
        let r = prev - 1;
        while (r > 0 && prev - r < 25 && toks[r]!.sent === sent && (toks[r]!.kind !== 'punct' || toks[r]!.text === '(' || toks[r]!.text === ')')) r--;
        const pr = toks[r]?.text === ',' && keys[r + 1] === 'người' && !toks[r + 1]!.cap && r + 2 < prev ? pEndAt.get(r) : undefined;
        if (pr && toks[pr.start]!.sent === sent) return pr;
      }
      // `bà X, người (phụ nữ Maori) đầu tiên giữ chức ...`: the first (woman) to hold the post.
      if (lw === 'tiên' && keys[prev - 1] === 'đầu' && prev >= 4) {
        let r = prev - 2;
        if (toks[r]!.cap && keys[r - 1] === 'nữ') r--;
        if (keys[r] === 'nữ') r -= keys[r - 1] === 'phụ' ? 2 : 1;
        // (`người Mỹ bản địa đầu tiên`, `người gốc Á đầu tiên`: up to four words describing the first one (pmix3).)
        if (keys[r] !== 'người') for (let w = r; w > 0 && r - w < 4 && toks[w]!.kind === 'word'; w--) if (keys[w - 1] === 'người' && toks[w - 1]!.kind === 'word' && !toks[w - 1]!.cap) { r = w - 1; break; }
        const pe = keys[r] === 'người' && keys[r - 1] === ',' ? pEndAt.get(r - 1) : undefined;
        if (pe && toks[pe.start]!.sent === sent) return pe;
        // `X trở thành (là) người phụ nữ đầu tiên giữ chức ...`: the verb's subject.
        const v = keys[r] !== 'người' ? -1 : keys[r - 1] === 'là' ? r - 1 : keys[r - 1] === 'thành' && keys[r - 2] === 'trở' ? r - 2 : -1;
        if (v > 0) {
          // (`X tuyên thệ ..., trở thành người phụ nữ đầu tiên giữ chức T`: a predicate after a comma (pw13).)
          if (q === clean) clean = v;
          q = v;
          continue;
        }
      }
      // `Ông Lý Văn Pả (dân tộc Mông) là trưởng bản`: a short bracket right after the name.
      if (lw === ')' && prev > 0) {
        let o = prev - 1;
        while (o > 0 && prev - o < 10 && toks[o]!.text !== '(' && toks[o]!.text !== ')') o--;
        const pb = toks[o]!.text === '(' ? pEndAt.get(o) : undefined;
        if (pb && toks[pb.start]!.sent === sent) return pb;
      }
      // `X được điều động về Quốc hội làm Chủ nhiệm Ủy ban ...`: the body one is moved to, between
      // `điều động về` / `luân chuyển về` and the verb (ppol2).
      if (q === verbAt && toks[prev]!.kind === 'word' && (toks[prev]!.cap || toks[prev - 1]?.cap)) {
        let v = prev;
        while (v > 2 && prev - v < 6 && toks[v]!.kind === 'word' && keys[v] !== 'về' && (toks[v]!.cap || toks[v - 1]!.cap || toks[v + 1]!.cap) && toks[v]!.sent === sent) v--;
        if (keys[v] === 'về' && ((keys[v - 2] === 'điều' && keys[v - 1] === 'động') || (keys[v - 2] === 'luân' && keys[v - 1] === 'chuyển'))) {
          // (Clean, so a predicate before a comma keeps the sentence's subject: `Ông X thôi làm T1, được điều động về
          // Bộ Tài chính làm T2` (pgov3).)
          if (q === clean) clean = v - 2;
          q = v - 2;
          continue;
        }
      }
      // `Bà Ngân có 10 năm liên tục giữ chức ...`: a count of years held (and `liên tục`) before the verb (ppol2).
      if (lw === 'tục' && keys[prev - 1] === 'liên') {
        q = prev - 1;
        continue;
      }
      if (lw === 'năm' && toks[prev - 1]?.kind === 'number' && keys[prev - 2] === 'có' && toks[prev - 2]!.sent === sent) {
        q = prev - 2;
        continue;
      }
      // (`X từng có nhiều năm làm T`, `có hơn 10 năm giữ chức T` (pgov4).)
      if (lw === 'năm' && prev >= 3 && !toks[prev]!.cap && (keys[prev - 1] === 'nhiều' || (toks[prev - 1]!.kind === 'number' && (keys[prev - 2] === 'hơn' || keys[prev - 2] === 'gần')))) {
        const co = keys[prev - 1] === 'nhiều' ? prev - 2 : prev - 3;
        if (keys[co] === 'có' && toks[co]!.sent === sent) {
          q = co;
          continue;
        }
      }
      // `X thôi giữ chức Bộ trưởng để nhận nhiệm vụ Bí thư Thành ủy`: the one who leaves a post for
      // another holds the new one (the subject before the verb of leaving).
      if (lw === 'để' && prev > 1 && inTitle[prev - 1]! >= 0) {
        const t0 = titleAt[inTitle[prev - 1]!]!;
        let lv = -1;
        for (let s = Math.max(0, t0.start - 3); t0.end === prev && s < t0.start; s++) {
          const lm = L.leaving.longest(keys, s, t0.start);
          if (lm && lm.end === t0.start) {
            lv = s;
            break;
          }
        }
        if (lv > 0) {
          q = lv;
          continue;
        }
      }
      for (let s = Math.max(0, prev - 2); s <= prev; s++) {
        const lm = L.leaving.longest(keys, s, prev + 1);
        if (lm && lm.end === prev + 1) return null;
      }
      // `Ông X hôm 16/9 được bầu làm ...`, `X ngày 13/2 tuyên thệ nhậm chức ...`: a day between
      // the subject and the verb.
      if (toks[prev]!.kind === 'number' && prev > 0 && DAY_HEADS.has(keys[prev - 1]!) && toks[prev]!.text.includes('/')) {
        if (q === clean || adverbsOnly(q, verbAt)) clean = prev - 1;
        q = prev - 1;
        continue;
      }
      // `X, T, từ tháng 8/2020 được UBND tỉnh giao nhiệm vụ làm ...`, `X kể từ ngày 1/11 giữ chức ...`: the date the
      // post is held from, between the subject and the verb (pgov3).
      if (lw === 'từ' && (keys[q] === 'ngày' || keys[q] === 'tháng') && toks[q + 1]?.kind === 'number' && toks[q + 1]!.text.includes('/')) {
        const w = keys[prev - 1] === 'kể' ? prev - 1 : prev;
        if (q === clean) clean = w;
        q = w;
        continue;
      }
      // `X, lãnh đạo đảng ..., lần thứ năm được bổ nhiệm làm ...`: an ordinal of times before the verb.
      if (prev >= 2 && keys[prev - 1] === 'thứ' && keys[prev - 2] === 'lần') {
        if (q === clean || adverbsOnly(q, verbAt)) clean = prev - 2;
        q = prev - 2;
        continue;
      }
      // `người từng hai lần làm Thủ tướng`, `X từng 2 lần làm Tổng thống`: a count of times before the verb.
      if (lw === 'lần' && prev >= 1 && (toks[prev - 1]!.kind === 'number' || TIMES_COUNTS.has(keys[prev - 1]!))) {
        // (Clean like an ordinal, so an apposition before a comma keeps it: `T, bà X, đã 3 lần được bầu làm T2` (pgov).)
        if (q === clean || adverbsOnly(q, verbAt)) clean = prev - 1;
        q = prev - 1;
        continue;
      }
      // `X khẳng định vẫn là T`, `X cam kết sẽ là T của mọi người Mỹ`, `X tuyên bố sẽ trở thành T`: a verb of
      // asserting or promising, then only a tense adverb before the verb, keeps the speaker as the subject (pw16).
      if (q < verbAt && adverbsOnly(q, verbAt) && prev >= 1 && ((lw === 'định' && keys[prev - 1] === 'khẳng') || (lw === 'kết' && keys[prev - 1] === 'cam') || (lw === 'bố' && keys[prev - 1] === 'tuyên'))) {
        q = prev - 1;
        continue;
      }
      // `X gần như chắc chắn / nhiều khả năng / có thể trở thành T`, `X được kỳ vọng sẽ trở thành T` (pw13): two-word adverbs of likelihood
      // (also `bất ngờ`: `X bất ngờ tuyên thệ nhậm chức T`).
      if (prev >= 1 && ((lw === 'ngờ' && keys[prev - 1] === 'bất') || (lw === 'thể' && keys[prev - 1] === 'có') || (lw === 'như' && keys[prev - 1] === 'gần') || (lw === 'chắn' && keys[prev - 1] === 'chắc') || (lw === 'năng' && keys[prev - 1] === 'khả') || (lw === 'vọng' && keys[prev - 1] === 'kỳ'))) {
        q = prev - (keys[prev - 2] === 'nhiều' && lw === 'năng' ? 2 : 1);
        continue;
      }
      // `X được cho là sẽ trở thành T`, `X được dự đoán sẽ làm T`: reported likelihood, a passive of saying (pwb).
      if (prev >= 1 && keys[prev - 1] === 'được' && lw === 'cho' && keys[prev + 1] === 'là') {
        q = prev - 1;
        continue;
      }
      if (prev >= 2 && lw === 'đoán' && keys[prev - 1] === 'dự' && keys[prev - 2] === 'được') {
        q = prev - 2;
        continue;
      }
      // `X được Bộ Tài chính giao làm T`, `được Bộ trưởng Bộ Tài chính giao làm T`: an appointing body whose
      // name ends in a word that is also an adverb (`chính`), right after a capitalized word (pgov4).
      if ((q === verbAt || q === appointAt) && ADVERBS.has(lw) && prev > 0 && toks[prev - 1]!.cap && !toks[prev]!.cap) {
        const ag = agentStart(prev);
        if (ag > 0) {
          if (q === clean) clean = ag;
          q = ag;
          continue;
        }
      }
      // (`3 năm liền được bầu làm`: a count of years before the verb (psoc9).)
      if (ADVERBS.has(lw) || lw === 'ông' || lw === 'bà' || (toks[prev]!.kind === 'number' && (keys[prev - 1] === 'năm' || keys[prev + 1] === 'năm')) || (lw === 'năm' && toks[q]!.kind === 'number')) {
        q = prev;
        continue;
      }
      const h = L.holding.longest(keys, prev, q);
      if (h) {
        q = prev;
        continue;
      }
      // `Ông Nam được HĐQT bổ nhiệm làm ...`, `được Đại hội đồng cổ đông bầu làm ...`: the body
      // that appoints, between `được` and the verb.
      if (q === verbAt || q === appointAt) {
        const ag = agentStart(prev);
        if (ag > 0) {
          if (q === clean) clean = ag;
          q = ag;
          continue;
        }
      }
      // `Ông B sinh ra tại X, là Thượng tướng, từng là Bộ trưởng`: a comma right before the
      // verb (adverbs aside) leaves its subject unsaid: the sentence's subject.
      // `Anh trai ông, Thủ tướng Mahinda Rajapaksa, từng giữ chức Tổng thống`: a titled name in an
      // apposition right before that comma is the one described.
      if (lw === ',' && (adverbsOnly(q, verbAt) || adverbsOnly(q, clean))) {
        const pc = pEndAt.get(prev);
        const ta = pc && pc.start > 0 && inTitle[pc.start - 1]! >= 0 ? titleAt[inTitle[pc.start - 1]!]! : undefined;
        if (pc && ta && ta.end === pc.start && toks[ta.start - 1]?.text === ',' && toks[pc.start]!.sent === sent) return pc;
        // `Người tiền nhiệm, ông Lê Quang Mạnh, được phân công làm ...`: a name with its honorific in an
        // apposition between commas right before the verb is the one described (ppol2).
        if (pc && toks[pc.start]!.sent === sent) {
          const h = keys[pc.start - 1] === 'ông' || keys[pc.start - 1] === 'bà' ? pc.start - 1 : keys[pc.start - 1] === 'chí' && keys[pc.start - 2] === 'đồng' ? pc.start - 2 : -1;
          if (h > 0 && toks[h - 1]?.text === ',') return pc;
        }
        return sentenceSubject(prev, sent);
      }
      // `bầu ông X giữ chức`, `chuyển giao cho ông X` handled above; other words end the scan.
      // `Ông B có nhiều năm kinh nghiệm điều hành như làm Tổng giám đốc X`: examples of the
      // sentence's subject's career, after `như`.
      if (capacityAt < 0 && lw === 'như' && prev === verbAt - 1) return sentenceSubject(prev, sent);
      return capacityAt >= 0 ? capacitySubject(capacityAt, sent) : null;
    }
    return capacityAt >= 0 ? capacitySubject(capacityAt, sent) : null;
  }
  /**
   * `Ông A thay ông B làm Chủ tịch`: the name after `thay (thế)` is the one replaced; the
   * subject before it holds the post (null when there is none). `pe` itself when no `thay`.
   */
  function replacedBy(pe: PersonSpan): PersonSpan | null | undefined {
    let b = pe.start;
    const h = b > 0 ? honorificEndingAt(b) : -1;
    if (h >= 0) b = h;
    // (`A thay Trung tướng B làm T`, `thay Thứ trưởng B`: a rank or post of the replaced one's own before the name (pgov4).)
    else if (b > 0 && inTitle[b - 1]! >= 0 && titleAt[inTitle[b - 1]!]!.end === b) b = titleAt[inTitle[b - 1]!]!.start;
    let v = b - 1;
    if (v >= 0 && keys[v] === 'thế' && keys[v - 1] === 'thay') v--;
    else if (v < 0 || keys[v] !== 'thay') return undefined;
    // `A được bầu làm Chủ tịch, thay bà B chuyển sang làm thành viên HĐQT`, `thay ông B được điều động làm T`:
    // a verb of moving right after the replaced name makes the move (and the post) B's own (pbiz3).
    const mv = keys[pe.end] === 'được' ? pe.end + 1 : pe.end;
    if (keys[mv] === 'chuyển' || ((keys[mv] === 'điều' && keys[mv + 1] === 'động') || (keys[mv] === 'luân' && keys[mv + 1] === 'chuyển'))) return undefined;
    // `X sẽ thay ông B làm T`, `X, cựu đại úy cảnh sát, sẽ thay ông B`: adverbs, an apposition.
    while (v > 0 && ADVERBS.has(keys[v - 1]!) && keys[v - 1] !== 'là') v--;
    const sent = toks[pe.start]!.sent;
    const subj = pEndAt.get(v) ?? (v > 0 && keys[v - 1] === ',' ? sentenceSubject(v - 1, sent) : undefined);
    return subj && toks[subj.start]!.sent === sent ? subj : null;
  }
  /** `giáo sư luật Đới Diệu Đình`, `chuyên gia luật X`: a lowercase `luật` after a scholar's word is their field, no law's name (pw8). */
  function lawFieldAt(i: number): boolean {
    return i >= 2 && keys[i] === 'luật' && !toks[i]!.cap && LAW_SCHOLARS.has(`${keys[i - 2]} ${keys[i - 1]}`);
  }
  /** A kinship noun (and an honorific) right before the name at `start`: `con gái (bầu) X`, `vợ ông Y`. */
  /** The person at start is the second of two joined by `và` (`ông A và ông B`), honorifics allowed (ry). */
  function coordinatedAfter(start: number): boolean {
    let b = start;
    const h = b > 0 ? honorificEndingAt(b) : -1;
    if (h >= 0) b = h;
    if (b < 2 || keys[b - 1] !== 'và') return false;
    const a = pEndAt.get(b - 1);
    if (a) return toks[a.start]!.sent === toks[start]!.sent;
    // `bầu ông X, Giám đốc Sở A, và bà Y, Giám đốc Sở B, làm Ủy viên UBND tỉnh`: two names, each with its
    // apposition, share the post (pgov).
    if (b < 4 || toks[b - 2]!.text !== ',' || inTitle[b - 3]! < 0) return false;
    const ta = titleAt[inTitle[b - 3]!]!;
    if (ta.end !== b - 2 || ta.start < 2 || toks[ta.start - 1]!.text !== ',') return false;
    const a2 = pEndAt.get(ta.start - 1);
    return !!a2 && toks[a2.start]!.sent === toks[start]!.sent;
  }
  function kinBefore(start: number): boolean {
    let b = start;
    const h = b > 0 ? honorificEndingAt(b) : -1;
    if (h >= 0) b = h;
    if (b === 0) return false;
    // (`công bố ông X giữ chức ...`, `tuyên bố`: the verb's `bố` is no father (pbiz4).)
    if (KIN_WORDS.has(keys[b - 1]!) && toks[b - 1]!.sent === toks[start]!.sent && !(keys[b - 1] === 'bố' && b > 1 && BO_VERB_FIRST.has(keys[b - 2]!))) return true;
    return b > 1 && KIN_WORDS.has(`${keys[b - 2]} ${keys[b - 1]}`) && toks[b - 2]!.sent === toks[start]!.sent;
  }
  /**
   * `bà X - em gái ông Y`, `ông X, con rể ông Y`: the name X before a kinship apposition that holds the
   * relative's name `rel` (with its honorific), after a comma or a spaced dash in the same sentence (pab).
   */
  function kinOuter(rel: PersonSpan): PersonSpan | undefined {
    const h = honorificEndingAt(rel.start);
    const s0 = h >= 0 ? h : rel.start;
    const kin = s0 >= 2 && KIN_WORDS.has(keys[s0 - 1]!) && !toks[s0 - 1]!.cap ? s0 - 1 : s0 >= 3 && KIN_WORDS.has(`${keys[s0 - 2]} ${keys[s0 - 1]}`) && !toks[s0 - 2]!.cap ? s0 - 2 : -1;
    const mark = kin > 0 ? toks[kin - 1]! : undefined;
    const pa = mark && (mark.text === ',' || (mark.text === '-' && mark.sp)) ? pEndAt.get(kin - 1) : undefined;
    return pa && toks[pa.start]!.sent === toks[rel.start]!.sent ? pa : undefined;
  }
  /** Start of a one- or two-word honorific ending right before `b`, or -1. */
  function honorificEndingAt(b: number): number {
    for (let s = Math.max(0, b - 2); s < b; s++) if (L.honorifics.longest(keys, s, b)?.end === b) return s;
    return -1;
  }
  /**
   * `được HĐQT`, `được Đại hội đồng cổ đông`, `được Thủ tướng`: an appointing body or post ending
   * at `last` right after `được` (at most six words, starting with a capital): where `được` is, else -1.
   */
  function agentStart(last: number): number {
    let s = last;
    // (`được Tổ chức Thương mại Thế giới (WTO) bổ nhiệm làm`: the body's acronym in brackets (pw13).)
    if (toks[s]!.text === ')' && s >= 4 && toks[s - 2]!.text === '(' && toks[s - 1]!.upper) s -= 3;
    // (`được Bộ GD-ĐT bổ nhiệm làm`, `được Bộ Tư lệnh Quân khu 7 thăng quân hàm`: a glued dash between two acronyms and
    // a unit's number are the body's own (pedu3).)
    while (s > 0 && last - s < 11 && (toks[s]!.kind === 'word' || agentInnerAt(s)) && keys[s] !== 'được' && (capWord(toks[s]) || inTitle[s]! >= 0 || !toks[s]!.cap) && !personAt.has(s)) s--;
    if (s === last || keys[s] !== 'được' || toks[s]!.sent !== toks[last]!.sent) return -1;
    const f = s + 1;
    // `được đảng Quốc Đại chọn làm`: a party written with a lowercase `đảng`.
    // (`được chính quyền quân sự Mali bổ nhiệm làm`: a government or council in lowercase (pw8).)
    if (!(capWord(toks[f]) || (keys[f] === 'đảng' && capWord(toks[f + 1])) || (!toks[f]!.cap && LOWER_AGENTS.has(`${keys[f]} ${keys[f + 1]}`))) || personAt.has(f)) return -1;
    // The agent's words: no verb or function word of a clause of its own.
    // (Save the agent's own verb of appointing, a stop in bridgeStopAt: `được Quốc hội phê chuẩn bổ nhiệm giữ chức`.)
    for (let k = f; k <= last; k++) if (!toks[k]!.cap && bridgeStopAt(keys, k) && !((keys[k] === 'bổ' && keys[k + 1] === 'nhiệm') || (keys[k] === 'đề' && keys[k + 1] === 'cử'))) return -1;
    return s;
  }
  /** Token k inside an agent body's name: a dash or `&` glued between two acronyms, or a unit's short number after a word (`Quân khu 7`, `quận 3`). */
  function agentInnerAt(k: number): boolean {
    const t = toks[k]!;
    if (t.text === '-' || t.text === '&') return !t.sp && !!toks[k + 1] && !toks[k + 1]!.sp && !!toks[k - 1]?.upper && !!toks[k + 1]!.upper;
    return t.kind === 'number' && t.text.length <= 3 && /^\d+$/u.test(t.text) && !!toks[k - 1] && toks[k - 1]!.kind === 'word' && toks[k - 1]!.sp && t.sp;
  }
  /** Tokens [a, b) are adverbs of time or manner only (`từng`, `hiện`), none shared by a plural subject (`đều`). */
  function adverbsOnly(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (!ADVERBS.has(keys[k]!) || keys[k] === 'là') return false;
    return true;
  }
  /**
   * The subject of a sentence whose predicates are joined by commas, the last one before
   * `c` (a comma): a name opening the sentence (after an honorific or its own titles), the
   * only name before `c`, with no quote, colon or bracket between.
   */
  function sentenceSubject(c: number, sent: number): PersonSpan | null {
    let b = c;
    while (b > 0 && c - b < 30 && toks[b - 1]!.sent === sent && !toks[b]!.line) {
      const x = toks[b - 1]!.text;
      // `Ông Luis Arce, ứng viên của đảng ... (MAS), tuyên thệ ...`: an acronym in brackets is no break (pw11).
      if (x === ')' && b >= 3 && toks[b - 3]!.text === '(' && toks[b - 2]!.kind === 'word' && toks[b - 2]!.upper && toks[b - 3]!.sent === sent) {
        b -= 3;
        continue;
      }
      // `Ông X (SN 1968, quê Thanh Hóa) có ..., từng kinh qua ...`: a short bracket right after a name is no break (pgov3).
      if (x === ')' && b >= 3) {
        const o = shortBracketOpen(b - 1);
        if (o > 0 && pEndAt.get(o) && toks[o]!.sent === sent) {
          b = o;
          continue;
        }
      }
      if (x === '"' || x === ':' || x === '(' || x === ')' || x === ';') return null;
      b--;
    }
    if (c - b >= 30 || (b > 0 && toks[b - 1]!.sent === sent && !toks[b]!.line)) return null;
    const p = openingPerson(b, c);
    let own = !!p;
    if (p) for (let k = p.end; k < c && own; k++) if (personAt.has(k) || SPEECH_AFTER_SUBJECT.has(keys[k]!)) own = false;
    return own ? p : reportedSubject(b, c);
  }
  /**
   * `Trưởng thôn X cho biết ông Hùng là người hiền lành, nhiều năm liền được bầu làm T`: the
   * subject of a clause reported after `cho biết` / `nói` / `kể` / `rằng` (an honorific and a name,
   * the only name before the comma c, no verb of saying after it) heads the predicates the commas
   * join (psoc9).
   */
  function reportedSubject(b: number, c: number): PersonSpan | null {
    for (let k = c - 2; k > b; k--) {
      const w = keys[k - 1]!;
      if (!((w === 'biết' && keys[k - 2] === 'cho') || w === 'nói' || w === 'kể' || w === 'rằng') || toks[k - 1]!.cap) continue;
      const q = keys[k] === ',' ? k + 1 : k;
      const h = L.honorifics.longest(keys, q);
      if (!h) return null;
      const p = personAt.get(h.end);
      if (!p || p.end >= c) return null;
      for (let j = p.end; j < c; j++) if (personAt.has(j) || SPEECH_AFTER_SUBJECT.has(keys[j]!)) return null;
      return p;
    }
    return null;
  }
  /**
   * The name opening sentence `sent` before a clause at `from` (openingPerson from the
   * sentence's or line's start, found walking back from `from` while within 30 tokens of
   * `anchor`), or null; with `noComma`, only when no comma comes between.
   */
  function sentenceOpener(from: number, anchor: number, sent: number, noComma: boolean): PersonSpan | null {
    let b = from;
    while (b > 0 && anchor - b < 30 && toks[b - 1]!.sent === sent && !toks[b]!.line && !(noComma && toks[b - 1]!.text === ',')) b--;
    // `Trước khi về PNA, ông X có 12 năm làm việc tại HSBC và giữ chức T`: with noComma, the one comma may close
    // an opening time phrase (openingPerson skips it); the name must come right after that comma (pwhole9).
    if (noComma && anchor - b < 30 && b > 1 && toks[b - 1]!.text === ',' && toks[b - 1]!.sent === sent && !toks[b]!.line) {
      let s = b - 1;
      while (s > 0 && anchor - s < 30 && toks[s - 1]!.sent === sent && !toks[s]!.line && toks[s - 1]!.text !== ',') s--;
      if (anchor - s < 30 && (s === 0 || toks[s - 1]!.sent !== sent || toks[s]!.line)) {
        const p = openingPerson(s, from);
        return p && p.start >= b ? p : null;
      }
    }
    if (anchor - b >= 30 || (noComma && !(b === 0 || toks[b - 1]!.sent !== sent || toks[b]!.line))) return null;
    return openingPerson(b, from);
  }
  /** Another name (or, with `speech`, a verb of saying) starts in [a, b). */
  function nameBetween(a: number, b: number, speech: boolean): boolean {
    for (let k = a; k < b; k++) if (personAt.has(k) || (speech && speechAt(keys, k))) return true;
    return false;
  }
  /**
   * The name that opens a clause at b (after an honorific or its own titles, at most four
   * hops) and ends by `end`, or null.
   */
  function openingPerson(b: number, end: number): PersonSpan | null {
    let q = b;
    // `Còn ông B ..., hiện là T`, `Trong khi đó, bà C ..., là T`: a connective opening the sentence.
    const op = SENTENCE_OPENERS.get(keys[q]!);
    if (op !== undefined && op.length > 0 && op.every((w, j) => keys[q + 1 + j] === w)) q += 1 + op.length;
    else if (op !== undefined && op.length === 0) q++;
    if (q > b && keys[q] === ',') q++;
    // `Sau 10 năm làm kỹ sư, anh X thành lập ..., hiện giữ chức CEO`, `Năm 2015, ông X ..., hiện là T`: an opening
    // time phrase of plain words and numbers (no name, no post) up to its comma (pbiz4, round 3).
    // (`Trước khi về PNA, ông X có 12 năm làm việc tại HSBC và giữ chức T`: also `Trước khi` (pwhole9).)
    else if (q === b && (keys[q] === 'sau' || keys[q] === 'năm' || (keys[q] === 'trước' && keys[q + 1] === 'khi')) && toks[q]!.cap) {
      let r = q + 1;
      while (r < end && r - q < 14 && (toks[r]!.kind === 'word' || toks[r]!.kind === 'number') && !personAt.has(r) && !(inTitle[r]! >= 0)) r++;
      if (r > q + 1 && r < end && toks[r]!.text === ',' && toks[r + 1]?.sp) q = r + 1;
    }
    // `Cha ông, ông Chaim Herzog, là T`, `Vợ ông, bà X, tiếp tục giữ chức T`: a kinship noun and the
    // pronoun of the person just named, then the name in apposition, open the sentence (probes-world pw8).
    else if (q === b && toks[q]?.cap) {
      const k = KIN_WORDS.has(keys[q]!) && (keys[q + 1] === 'ông' || keys[q + 1] === 'bà') ? q + 1 : (keys[q + 2] === 'ông' || keys[q + 2] === 'bà') && KIN_WORDS.has(`${keys[q]} ${keys[q + 1]}`) ? q + 2 : -1;
      // (`Con trai ông, Đỗ Quang Vinh, là T`: also the bare name (pmix3).)
      if (k > 0 && toks[k + 1]?.text === ',' && toks[k + 2]?.sp && (L.honorifics.longest(keys, k + 2) || personAt.has(k + 2))) q = k + 2;
    }
    for (let hop = 0; hop < 4 && q < end && !personAt.has(q); hop++) {
      const ti = inTitle[q]!;
      if (ti !== undefined && ti >= 0 && titleAt[ti]!.start === q) {
        q = titleAt[ti]!.end;
        // (`Tướng về hưu Lloyd Austin, ..., được đề cử giữ chức T`: the retired rank's holder, as in personAfter (pelect).)
        if (retiredAt(keys, toks, q) && personAt.has(q + 2)) q += 2;
      } else {
        const h = L.honorifics.longest(keys, q);
        if (!h) break;
        q = h.end;
      }
    }
    const p = personAt.get(q);
    return p && p.end <= end ? p : null;
  }
  /**
   * The subject of the clause ending at a phrase of capacity at `v`: a name opening the
   * clause (after an honorific or its own titles), the only name before `v` in the clause.
   */
  function capacitySubject(v: number, sent: number): PersonSpan | null {
    let b = v;
    // (A glued hyphen is inside a name: `Okonjo-Iweala` (pw12).)
    while (b > 0 && v - b < 16 && toks[b - 1]!.sent === sent && (!CLAUSE_MARKS.has(toks[b - 1]!.text) || (toks[b - 1]!.text === '-' && !toks[b - 1]!.sp && !toks[b]!.sp))) b--;
    if (v - b >= 16) return null;
    // `X, Bí thư Tỉnh ủy, trở lại Bộ Xây dựng trên cương vị Bộ trưởng`: the clause opens after an
    // apposition (a title chain between commas) that follows the subject's name.
    if (b > 1 && toks[b - 1]!.text === ',' && inTitle[b - 2]! >= 0 && !openingPerson(b, v)) {
      let r = b - 1;
      for (let hop = 0; hop < 4 && r > 0 && inTitle[r - 1]! >= 0; hop++) {
        r = titleAt[inTitle[r - 1]!]!.start;
        if (toks[r - 1]?.text === ',' && r >= 2 && inTitle[r - 2]! >= 0) r--;
        else break;
      }
      const pa = toks[r - 1]?.text === ',' ? pEndAt.get(r - 1) : undefined;
      if (pa && toks[pa.start]!.sent === sent) {
        for (let k = b; k < v; k++) if (personAt.has(k)) return null;
        return pa;
      }
    }
    const p = openingPerson(b, v);
    if (!p) return null;
    for (let k = p.end; k < v; k++) if (personAt.has(k)) return null;
    return p;
  }

  // 6. Candidates.
  const personCands: Candidate<'person'>[] = persons.map((p) => ({
    type: 'person',
    start: toks[p.start]!.start,
    end: toks[p.end - 1]!.end,
    fields: { value: personValue(doc, toks, keys, p, L) },
  }));
  const titleCands: Candidate<'title'>[] = keptTitles.map((tp) => ({
    type: 'title',
    start: toks[tp.start]!.start,
    end: toks[tp.end - 1]!.end,
    fields: { value: titleValue(doc, toks, tp, L) },
    priority: 1,
  }));
  const titleHolders: ([number, number] | undefined)[] = [];
  for (const tp of keptTitles) {
    const p = holderOf.get(tp);
    titleHolders.push(p ? [toks[p.start]!.start, toks[p.end - 1]!.end] : undefined);
  }
  // The token view is not kept: cached with the document, its objects would live (and be
  // copied by the collector) as long as the document does.
  return { persons: personCands, titles: titleCands, titleHolders };
}

/** Prepositions that open a sentence before a capitalized prefix (`Tại Sân bay ...`, `Ở Trường ...`) (pmix3). */
const OPENING_PREPS: ReadonlySet<string> = new Set(['tại', 'ở', 'từ', 'trong', 'theo', 'sau', 'với', 'tới', 'đến', 'trên', 'dưới', 'gần', 'ngoài', 'về', 'cho', 'khi', 'nhưng', 'và', 'còn']);
/**
 * A capitalized prefix of two or more words ending in a lowercase word (`Trường Tiểu học`, `Trường Đại học`,
 * `Trường Mầm non`): after an honorific it stays the prefix (`thầy cô Trường Tiểu học Kim Đồng`, `cô Trường Đại
 * học ...`), since a name run cannot take the lowercase word that completes it (pedu3).
 */
function capPrefixLowerEnd(toks: readonly Tk[], i: number, end: number): boolean {
  if (end < i + 2 || !toks[i]!.cap) return false;
  const last = toks[end - 1]!;
  return last.kind === 'word' && !last.cap && last.sp && !last.line;
}

function prefixCaseOk(toks: readonly Tk[], i: number, end: number): boolean {
  // Prefixes are listed in the case news writes them (`đình` vs `Đình`): the first word
  // must be written as listed, except at a sentence or line start. A capitalized word
  // inside a run of name words (`Nguyễn Trường Sơn`, `Trần Đình Long`) is no prefix.
  const t = toks[i]!;
  // (Not after a preposition opening the sentence: `Tại Sân bay John F. Kennedy` (pmix3).)
  if (t.cap && i > 0 && joins(toks, i) && toks[i - 1]!.cap && toks[i - 1]!.kind === 'word' && !orgLike(toks[i - 1]!) && !t.upper && !(OPENING_PREPS.has(toks[i - 1]!.low) && (i === 1 || toks[i - 1]!.line || toks[i - 2]!.sent !== toks[i - 1]!.sent))) return false;
  const atStart = t.line || i === 0 || toks[i - 1]!.sent !== t.sent;
  // One lowercase word (the usual case): its vocabulary id answers (every form of one
  // lowercase word is a vocabulary word: the prefixes' trie interned it).
  if (end === i + 1 && t.text === t.low) return t.id >= 0 && prefixFormIds()[t.id] === 1;
  // The prefix as written (its words joined by spaces) is a listed form: looked up by its
  // hash, without building the string (a joined string is flattened and hashed again by
  // the set; this runs at every capitalized or multi-word prefix).
  if (writtenIsForm(toks, i, end)) return true;
  // A lowercase word is a form exactly when its vocabulary id is flagged (see above).
  return (atStart || t.hl) && t.id >= 0 && prefixFormIds()[t.id] === 1;
}

/** FNV-1a hash (as `hashOf`) of the texts of toks[i .. end) joined by single spaces. */
function writtenHash(toks: readonly Tk[], i: number, end: number): number {
  let h = HASH_START;
  for (let k = i; k < end; k++) {
    if (k > i) h = Math.imul(h ^ 32, HASH_PRIME);
    const x = toks[k]!.text;
    for (let c = 0; c < x.length; c++) h = Math.imul(h ^ x.charCodeAt(c), HASH_PRIME);
  }
  return h;
}

/**
 * writtenIsForm of one word written as its key with another first code unit (`Đường`,
 * `Cầu`: how a capitalized prefix is written), by vocabulary id: 0 not known yet, else
 * that first code unit times 2, plus 1 when it is a form. Such a text is fixed by the id
 * and the first code unit, so the answer is too.
 */
let oneWordForm = new Int32Array(0);

/** PREFIX_FORMS().has(texts of toks[i .. end) joined by single spaces), without the join. */
function writtenIsForm(toks: readonly Tk[], i: number, end: number): boolean {
  const t = toks[i]!;
  const id = t.id;
  if (end === i + 2) return twoWordsForm(toks, i);
  if (end !== i + 1 || id < 0 || !sameAfterFirst(t.text, t.low)) return writtenIsFormNow(toks, i, end);
  if (id >= oneWordForm.length) {
    const a = new Int32Array(Math.max(vocabSize(), id + 1));
    a.set(oneWordForm);
    oneWordForm = a;
  }
  const first = t.text.charCodeAt(0);
  const m = oneWordForm[id]!;
  if (m !== 0 && m >> 1 === first) return (m & 1) === 1;
  const r = writtenIsFormNow(toks, i, end);
  oneWordForm[id] = (first << 1) | (r ? 1 : 0);
  return r;
}

/**
 * writtenIsForm of two words written in lowercase (`công ty`, most multi-word prefixes), by
 * their vocabulary ids (the key `a * 32768 + b`): such a text is fixed by the ids; also with
 * the first word capitalized (`Công ty`, by the ids and its first code unit: twoCapForms).
 */
const twoLowerForms = new Map<number, boolean>();
const twoCapForms = new Map<number, number>();
function twoWordsForm(toks: readonly Tk[], i: number): boolean {
  const a = toks[i]!;
  const b = toks[i + 1]!;
  if (a.id < 0 || b.id < 0 || a.id >= 32768 || b.id >= 32768 || b.text !== b.low) return writtenIsFormNow(toks, i, i + 2);
  const key = a.id * 32768 + b.id;
  if (a.text !== a.low) {
    // `Công ty`, `Bệnh viện`: the first word capitalized, as oneWordForm, by the ids and its
    // first code unit (then the text is fixed): that code unit times 2, plus 1 for a form.
    if (!sameAfterFirst(a.text, a.low)) return writtenIsFormNow(toks, i, i + 2);
    const first = a.text.charCodeAt(0);
    const m = twoCapForms.get(key);
    if (m !== undefined && m >> 1 === first) return (m & 1) === 1;
    const r = writtenIsFormNow(toks, i, i + 2);
    twoCapForms.set(key, (first << 1) | (r ? 1 : 0));
    return r;
  }
  let r = twoLowerForms.get(key);
  if (r === undefined) {
    r = writtenIsFormNow(toks, i, i + 2);
    twoLowerForms.set(key, r);
  }
  return r;
}

/** `text` and `low` are equal but maybe for their first code unit. */
function sameAfterFirst(text: string, low: string): boolean {
  if (text.length !== low.length) return false;
  for (let c = 1; c < text.length; c++) if (text.charCodeAt(c) !== low.charCodeAt(c)) return false;
  return true;
}

function writtenIsFormNow(toks: readonly Tk[], i: number, end: number): boolean {
  const cands = prefixFormsByHash().get(writtenHash(toks, i, end));
  if (!cands) return false;
  for (const f of cands) {
    let at = 0;
    let ok = true;
    for (let k = i; k < end && ok; k++) {
      if (k > i) ok = f.charCodeAt(at++) === 32;
      const x = toks[k]!.text;
      ok = ok && f.startsWith(x, at);
      at += x.length;
    }
    if (ok && at === f.length) return true;
  }
  return false;
}

let prefixFormHashes: Map<number, string[]> | null = null;
/** PREFIX_FORMS by `hashOf`. */
function prefixFormsByHash(): Map<number, string[]> {
  if (prefixFormHashes) return prefixFormHashes;
  const m = new Map<number, string[]>();
  // The hashes come with the forms (the lexicon snapshot holds them): none computed here.
  const L = lexicons();
  let k = 0;
  for (const f of L.prefixForms) {
    const h = hashAt(L.prefixFormHashes, k++);
    const a = m.get(h);
    if (a) a.push(f);
    else m.set(h, [f]);
  }
  prefixFormHashes = m;
  return m;
}

let prefixFormIdArr: Uint8Array | null = null;
/**
 * Byte per vocabulary id: 1 when PREFIX_FORMS holds the word. The forms that are
 * vocabulary words (lowercase single words) are exactly the lowercased first words of
 * the prefixes, the first-word ids of their trie: no form is built or hashed here
 * (tests/lazy-tables.test.ts checks the two agree).
 */
export function prefixFormIds(): Uint8Array {
  if (prefixFormIdArr) return prefixFormIdArr;
  const a = new Uint8Array(vocabSize());
  lexicons().nonPersonPrefixes.markFirstIds(a, 1);
  prefixFormIdArr = a;
  return a;
}

/** The non-person prefixes as written, and their first words in lowercase (see Lexicons.prefixForms). */
export function PREFIX_FORMS(): Set<string> {
  return lexicons().prefixForms;
}

/**
 * A glued hyphen (`Sang-sik`, `Chan-o-cha`) or a glued apostrophe (`H'Hen`, Ê Đê names;
 * `O'Brien`, `Ma'ruf`: see apostropheJoin) at `k`, followed by a glued word: one name part.
 */
function hyphenJoin(toks: readonly Tk[], k: number): boolean {
  const t = toks[k];
  if (!t || t.sp || !toks[k + 1] || toks[k + 1]!.kind !== 'word') return false;
  // (`H' Hoa Ayŭn`: apostropheJoin alone takes a spaced word after the apostrophe.)
  if (t.text !== '-') return apostropheJoin(toks, k);
  return !toks[k + 1]!.sp;
}

/**
 * Compounds ending in a lowercase prefix word that take a person after them, by last word and first words
 * (`chỉ đạo`, `yêu cầu`, `vận động`, `kích động`, `đồng đội`): their `đạo`, `cầu`, `động`, `đội` name no religion,
 * bridge, cave or team (`T. đã chỉ đạo H. lập khống hồ sơ`, `yêu cầu Trần Văn Nam nộp lại tiền`) (pwhole3).
 */
const COMPOUND_LAST_FIRST: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['đạo', new Set(['chỉ'])],
  ['cầu', new Set(['yêu', 'khẩn'])],
  ['động', new Set(['vận', 'kích'])],
  ['đội', new Set(['đồng'])],
  // `chuyên gia thị trường Lê Văn Hùng`, `chuyên gia môi trường X`: the `trường` of a compound noun is no school (pwhole8).
  ['trường', new Set(['thị', 'môi', 'hiện', 'lập', 'thương', 'chiến'])],
]);
/** First words of verbs ending in `báo` (`thông báo`, `cảnh báo`): that `báo` is no newspaper prefix. */
const BAO_VERB_FIRST: ReadonlySet<string> = new Set(['thông', 'cảnh', 'dự', 'khai', 'loan', 'thư']);
/** Words of foreign-names.txt that also name companies, movements or places, or are Vietnamese words: alone they are no person (`Houthi cho biết`). */
const BRAND_SURNAMES: ReadonlySet<string> = new Set(['ford', 'dell', 'kellogg', 'suzuki', 'tata', 'adani', 'dyson', 'lincoln', 'jordan', 'austin', 'victoria', 'bloomberg', 'disney', 'boeing', 'porsche', 'ferrari', 'walton', 'houthi', 'tiffany', 'mars', 'kalashnikov', 'tyson', 'bose', 'abbott', 'galileo',
  // Vietnamese words without tone marks (`Cha nói`: father).
  'cha', 'may', 'tim', 'sen', 'tan', 'che', 'don', 'kem', 'sung', 'ding', 'pan', 'gong', 'bin']);
/** Lowercase nouns before a company's or a body's name (`tập đoàn Berkshire`). */
const COMPANY_NOUNS: ReadonlySet<string> = new Set(['đoàn', 'ty', 'hãng', 'quỹ', 'hàng', 'chức', 'nhóm', 'đội', 'clb', 'báo', 'kênh', 'đài', 'trang', 'mạng', 'lớn', 'thương']);
/** Tense adverbs between a subject and its predicate (`X đã bị bắt`). */
const TENSE_ADVERBS: ReadonlySet<string> = new Set(['đã', 'vừa', 'mới', 'từng', 'cũng', 'đều', 'sẽ', 'đang']);
/**
 * Predicates only people take (two or three syllables, lowercase keys): a foreign run opening
 * its sentence before one is a name. Not what companies and clubs also do (`bị phạt`, `bị cáo
 * buộc`, `bị truy tố`, `ghi bàn`, `giành chức`).
 */
const HUMAN_PREDICATES: ReadonlySet<string> = new Set([
  'qua đời', 'từ trần', 'thiệt mạng', 'tử vong', 'tự sát', 'bị bắt', 'bị bắn', 'bị đâm', 'bị giết', 'bị sát hại', 'bị ám sát',
  'bị kết án', 'bị tuyên án', 'bị kết tội', 'bị tạm giữ', 'bị tạm giam', 'bị giam', 'bị giam giữ', 'bị trục xuất', 'bị dẫn độ',
  'bị thương', 'bị đầu độc', 'bị truy nã', 'bị bỏ tù', 'bị bắt giữ', 'bị bắt cóc', 'được trả tự do', 'được thả', 'được ân xá',
  'được phóng thích', 'từ chức', 'nhậm chức', 'tuyên thệ', 'đắc cử', 'tái đắc cử', 'thắng cử', 'sinh năm', 'sinh ngày', 'sinh ra',
  'kết hôn', 'ly hôn', 'đính hôn', 'đầu thú', 'bỏ trốn', 'giải nghệ', 'nhập viện', 'xuất viện', 'bị chấn thương',
  'hội đàm', 'điện đàm', 'thăm chính thức', 'tới thăm', 'sang thăm', 'công du', 'bị sa thải', 'bị cách chức', 'bị bãi nhiệm',
  'bị phế truất', 'bị luận tội', 'từ nhiệm', 'kế nhiệm', 'đào tẩu', 'xin tị nạn', 'nghỉ hưu', 'về hưu',
]);

/** First words of HUMAN_PREDICATES. */
const HUMAN_FIRST: ReadonlySet<string> = new Set([...HUMAN_PREDICATES].map((w) => w.split(' ')[0]!));

/**
 * A player's moves (lowercase keys, one to three syllables): a middle name and a given name
 * opening their clause before one is a player (`Quang Hải ghi bàn`); clubs are named by places.
 */
const SPORTS_PREDICATES: ReadonlySet<string> = new Set([
  'ghi bàn', 'lập cú đúp', 'lập công', 'đánh đầu', 'dứt điểm', 'chuyền bóng', 'kiến tạo', 'sút', 'sút bóng', 'vào sân',
  'rời sân', 'đá chính', 'đá phạt', 'đá hỏng', 'nhận thẻ', 'bắt chính', 'cản phá', 'phạm lỗi', 'đột phá', 'lốp bóng',
  'đệm bóng', 'bỏ lỡ', 'ra sân', 'tung lưới', 'băng xuống', 'đi bóng', 'vô lê', 'căng ngang', 'tạt bóng', 'đỡ bóng',
  // (probes-sports: `Quang Hải chuyền chính xác 89%`, `Công Phượng nhận đường chuyền`, `Văn Lâm cứu thua`.)
  'chuyền', 'nhận đường chuyền', 'nhận bóng', 'cứu thua', 'bắt bóng', 'sút phạt', 'đá luân lưu', 'sút luân lưu',
  'bình phục', 'dính chấn thương', 'tỏa sáng', 'được triệu tập',
]);

/** Middle names that mark a Vietnamese full name whatever the surname (`Cà Thị Út`). */
const CORE_MIDDLES = new Set(['thị', 'văn', 'hữu', 'đức', 'đình', 'công', 'bá', 'xuân', 'ngọc', 'thế', 'quang', 'minh', 'thanh', 'hoàng', 'kim', 'trọng', 'quốc', 'tiến', 'mạnh', 'duy', 'hồng', 'thu', 'diệu', 'như', 'tấn', 'sĩ', 'sỹ', 'khắc', 'phú',
  // Hmong middle names (`Giàng A Chua`, `Vàng Seo Sử`, `Sùng Mí Thào`).
  'a', 'seo', 'mí', 'mý']);
/** CORE_MIDDLES by vocabulary id (asked at every two-word run and Vietnamese name: no string hashed). */
const CORE_MIDDLE_IDS = new WordIds(CORE_MIDDLES);

/** A regnal number after a monarch's or pope's name (`Elizabeth II`, `Benedict XVI`). */
const REGNAL = /^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{1,3})$/u;
/** A given name opening a lowercase noun (`Thế vận hội`, `Nghị viện`, `Công tước`): no name after a context word (`chủ nhà Thế vận hội`). */
// (`binh sĩ Vệ binh Quốc gia`: the National Guard, `Vệ` no surname (plong).)
const NAME_LIKE_NOUNS = new Set(['thế vận', 'nghị viện', 'công tước', 'vệ binh']);
/** Last words of nouns for people before `tên` (named): `một người đàn ông tên Somchai`. */
const NAMED_PERSON_NOUNS = new Set(['người', 'ông', 'bà', 'nữ', 'niên', 'trai', 'gái', 'bé', 'khách', 'tượng', 'phạm', 'nhân', 'can', 'cáo', 'chồng', 'vợ', 'con']);
/** Zones whose names a list after a colon gives (`các khu công nghiệp: A, B và C`). */
const ZONE_PREFIXES = new Set(['khu công nghiệp', 'kcn', 'cụm công nghiệp', 'khu chế xuất', 'khu kinh tế']);
/** Things named after a person by `đặt tên` / `mang tên` (their last word: `đại lộ`, `công viên`). */
// (`dinh được đặt tên Norodom`, `con tàu mang tên X`: a palace and a ship are named things too, as ENTITIES.md lists ships (ra1).)
const NAMED_THINGS = new Set(['đường', 'lộ', 'phố', 'cầu', 'hẻm', 'ngõ', 'viên', 'trường', 'hầm', 'dinh', 'tàu']);
/** Prefixes naming streets: the names listed after the first street's are streets too. */
const STREET_PREFIXES = new Set(['đường', 'phố', 'đại lộ', 'tuyến đường', 'tuyến phố', 'các tuyến đường', 'các tuyến phố', 'các đường', 'các phố', 'ngõ', 'hẻm']);
/** Last words of STREET_PREFIXES by vocabulary id. */
const STREET_LAST_IDS = new WordIds([...STREET_PREFIXES].map((w) => w.slice(w.lastIndexOf(' ') + 1)));
/** Posts one person holds in a country (`Thủ tướng và Bộ trưởng Tài chính X`: two people). */
const HEADS_OF_GOVERNMENT = new Set(['thủ tướng', 'tổng thống', 'chủ tịch nước', 'tổng bí thư', 'phó thủ tướng', 'phó tổng thống', 'phó chủ tịch nước', 'quốc vương', 'nhà vua', 'vua', 'nữ hoàng', 'hoàng đế', 'nhật hoàng', 'thiên hoàng', 'thủ hiến', 'ngoại trưởng', 'chủ tịch quốc hội']);
/** Words a house number follows (`số 215`, `tại 12`, `ở 8`; a plot or a house: `khu đất 8-12 Lê Duẩn`, `lô đất 152
 * Trần Phú`, `căn nhà 23 Lê Lợi`, `địa chỉ 15 Thi Sách` (pprov)). */
const HOUSE_NUMBER_AFTER = new Set(['số', 'tại', 'ở', 'đất', 'nhà', 'chỉ']);
/** Administrative units written after a street in an address. */
const ADDRESS_UNITS = new Set(['phường', 'quận', 'xã', 'huyện', 'thị']);
/** Professional credentials written after a name between commas (`X, CFA, Giám đốc ...`). */
const CREDENTIALS: ReadonlySet<string> = new Set(['CFA', 'CPA', 'ACCA', 'MBA', 'PhD', 'FRM', 'CFP']);
/** Words that open an alias after a name and its comma (`còn được biết đến là`, `hay gọi là`, `biệt danh`) (prm). */
const ALIAS_LEAD: ReadonlySet<string> = new Set(['hay', 'còn', 'được', 'thường', 'vẫn', 'gọi', 'biết', 'biệt']);
/** Words right before a lowercase `đồng sáng lập` that make it a verb (`X và vợ đồng sáng lập`, `họ cùng đồng sáng lập`) (pmix3). */
const CO_FOUND_SUBJECTS: ReadonlySet<string> = new Set(['vợ', 'chồng', 'họ', 'cùng', 'đã', 'từng', 'ông', 'bà', 'anh', 'chị', 'mình', 'tôi', 'ấy', 'này']);
/** Bodies written in lowercase that appoint, as the agent of `được ... bổ nhiệm làm` (pw9); a shareholders' meeting (`được đại hội bầu làm`) (pmix3). */
const LOWER_AGENTS: ReadonlySet<string> = new Set(['chính quyền', 'chính phủ', 'quân đội', 'hội đồng', 'ủy ban', 'quốc hội', 'đại hội', 'cổ đông']);
/** Scholars' words before a field of study (`giáo sư luật X`: `luật` is no law's name). */
const LAW_SCHOLARS: ReadonlySet<string> = new Set(['giáo sư', 'chuyên gia', 'giảng viên', 'sinh viên', 'tiến sĩ', 'thạc sĩ', 'học giả']);
/** Kinship nouns whose bearer, not the name after them, is a clause's subject (`con gái bầu X làm ...`). */
const KIN_WORDS: ReadonlySet<string> = new Set(['vợ', 'chồng', 'con', 'con gái', 'con trai', 'con rể', 'con dâu', 'em gái', 'em trai', 'anh trai', 'chị gái', 'bố', 'mẹ', 'cha', 'cháu', 'cháu gái', 'cháu trai', 'ái nữ', 'quý tử', 'bố vợ', 'mẹ vợ', 'bố chồng', 'mẹ chồng']);
/** First words of verbs ending in `bố` (`công bố`, `tuyên bố`): that `bố` is no father (see kinBefore). */
const BO_VERB_FIRST: ReadonlySet<string> = new Set(['công', 'tuyên', 'ban', 'phân', 'khủng']);
/** First words of the work a bare post heads, after it in an apposition (`Tổng chủ biên bộ sách ...`). */
const WORK_TAIL_FIRST: ReadonlyMap<string, string> = new Map([['bộ', 'sách'], ['sách', ''], ['chương', 'trình'], ['dự', 'án'], ['đề', 'án']]);
/** Time words between a post and `là` + its holder (`Chủ tịch tỉnh lúc đó là ông A`). */
const WHEN_WORDS = new Set(['thời', 'điểm', 'đó', 'lúc', 'ấy', 'khi', 'hiện', 'nay', 'tại', 'bấy', 'giờ', 'này', 'trước', 'đây', 'mới']);
/** Prepositions that make the post after them an object (`với Thủ tướng`, `lên Chủ tịch nước`). */
const OBJECT_PREPS = new Set(['với', 'cho', 'gửi', 'lên', 'tới', 'đến']);
/** Signing-block abbreviations before the post signed for: `KT.` (ký thay), `TL.` (thừa lệnh), `TUQ.` (thừa ủy quyền). */
const SIGNED_FOR = new Set(['kt', 'tl', 'tuq']);

/** Groups of states whose chair rotates by year (`Chủ tịch ASEAN năm 2021` is a country). */
const ROTATING_CHAIRS = new Set(['asean', 'apec', 'g20', 'g7', 'au', 'eu']);

/** Royal and courtesy titles a post's holder may also carry before the name (`Hoàng tử`, `Thái tử`). */
/** Verbs after which a remembered given name that also opens sentences (`Chống`, `Mua`) is the subject (pcrime3). */
const OPEN_SUBJECT_VERBS = new Set(['bị', 'đã', 'đang', 'khai', 'thừa']);
/** Words `tử` forms with the word after it (`anh Hoàng tử vong`): `Hoàng tử` is then no post (pcrime3). */
const TU_WORDS_AFTER = new Set(['vong', 'nạn', 'thương', 'trận', 'hình', 'tù', 'tế']);
const COURTESY_TITLES = new Set(['hoàng tử', 'thái tử', 'công chúa', 'hoàng thân', 'thân vương']);
/** Words [a, b) name a country (`hàn quốc`): asked only where a name would start with a place. */
function isCountry(keys: readonly string[], a: number, b: number): boolean {
  return b - a <= 4 && MULTIWORD_COUNTRIES.has(keys.slice(a, b).join(' '));
}
/** Words for a young person in an apposition (`X, cô gái 17 tuổi, ...`), told from a bare honorific (pmix3). */
const YOUNG_PERSON_NOUNS: ReadonlySet<string> = new Set(['cô gái', 'chàng trai', 'cậu bé', 'cô bé', 'bé gái', 'bé trai', 'cụ ông', 'cụ bà', 'em bé', 'cậu thiếu']);
/** Occupations and kin words only people have (no company is a `nhà thơ`), after `là` or a comma. */
const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'nhà thơ', 'nhà văn', 'nhạc sĩ', 'ca sĩ', 'nữ ca sĩ', 'nam ca sĩ', 'họa sĩ', 'diễn viên', 'nữ diễn viên', 'nam diễn viên',
  'cầu thủ', 'vận động viên', 'nhà báo', 'nghệ sĩ', 'nhà giáo', 'nhà khoa học', 'nhà nghiên cứu', 'nhà sử học', 'đạo diễn',
  'biên kịch', 'nhà soạn nhạc', 'người mẫu', 'hoa hậu', 'á hậu', 'nhà thiết kế', 'tiền đạo', 'thủ môn', 'tiền vệ', 'hậu vệ',
  'huấn luyện viên', 'nhà ngoại giao', 'chính trị gia', 'doanh nhân', 'tỷ phú', 'nhà hoạt động', 'danh hài', 'nghệ nhân',
  'nhà điêu khắc', 'nhiếp ảnh gia', 'nhà văn hóa', 'nhà cách mạng', 'nhà triết học', 'nhà toán học', 'nhà vật lý',
]);
/** Capitalized words of palaces, funds and trophies named after a post (`Phủ Chủ tịch`). */
const NAMED_AFTER_POST = new Set(['phủ', 'dinh', 'quỹ', 'cúp']);
/** Verbs of saying and their like: after one, a comma opens reported speech with a subject of its own. */
const SPEECH_AFTER_SUBJECT = new Set(['biết', 'nói', 'cho', 'khẳng', 'nhấn', 'thông', 'chia', 'cho rằng', 'rằng', 'nhận', 'phát', 'kể', 'hỏi', 'đáp', 'yêu', 'đề']);
/** Demonstratives that open a clause as its subject (`đây là ...`). */
const DEMONSTRATIVES = new Set(['đây', 'đó', 'này', 'ấy', 'kia']);
/** Marks after which a bare given name met before may end (`cho Liễu;`, `gặp Thắng.`). */
const GIVEN_CLOSERS = new Set([',', ';', '.', ')', ':', '!', '?']);
/**
 * Jrai, Bahnar and Ê Đê family names written first (`Ksor Bơ`, `Siu Thuyết`): a two-word name of one is remembered
 * by its given name. The Jrai and Bahnar ones of names.ts (HIGHLAND_FIRST), with `Nay` (also a common word, which
 * that list leaves out) and the Ê Đê `Niê`, `Êban`.
 */
const HIGHLAND_SURNAMES: ReadonlySet<string> = new Set([...HIGHLAND_FIRST, 'nay', 'niê', 'êban']);
/** Family names that close Ê Đê and Jrai names (EDE_FAMILY_NAMES), and the Jrai `Nay` (`Nay Phi La`). */
const EDE_FAMILY: ReadonlySet<string> = new Set([...EDE_FAMILY_NAMES, 'nay']);
/** Birth-order names used as aliases (`tức Út "trọc"`, `tức Sáu "Tàu"`). */
const ORDINAL_ALIASES = new Set([...ORDINAL_WORDS, 'út']);
/** First words of the phrases of capacity among the verbs of holding (`với tư cách là`, `ở vị trí`). */
const CAPACITY_PREPS = new Set(['với', 'trên', 'ở', 'trong']);
/** Punctuation that closes a clause, for the scan back to a clause's subject. */
/** Words before a number that make it a date or a time rather than a count. */
const DATE_WORDS_BEFORE_NUMBER = new Set(['ngày', 'tháng', 'năm', 'hôm', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'lúc', 'khuya']);
/** Connectives that may open a sentence before its subject: first word -> the rest ([] when one word). */
const SENTENCE_OPENERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['còn', []],
  ['riêng', []],
  ['tuy', ['nhiên']],
  ['trong', ['khi', 'đó']],
  ['ngoài', ['ra']],
  ['bên', ['cạnh', 'đó']],
  ['trước', ['đó']],
  ['hiện', ['nay']],
]);
const CLAUSE_MARKS = new Set([',', ';', ':', '(', ')', '"', '-', '.', '?', '!']);
/** Occupations written as abbreviations between a degree and the name (`TS. BS`, `ThS. KTS`). */
const OCCUPATION_ABBR = new Set([...DEGREE_OCCUPATIONS, 'kts', 'ncs']);
/** Words of a ship's type between `tàu` and its name (`tàu hộ vệ`, `tàu khu trục`, `tàu sân bay`). */
const SHIP_TYPE_WORDS = new Set(['hộ', 'vệ', 'khu', 'trục', 'tuần', 'dương', 'sân', 'bay', 'ngầm', 'chiến', 'đổ', 'bộ', 'tên', 'lửa', 'tra']);
/** Syllables that are middle names only: a name does not end on them. */
const MIDDLE_ONLY = new Set(['thị', 'văn', 'hữu', 'đình', 'bá', 'công', 'khắc', 'sỹ', 'sĩ']);

const BUSINESS_TITLE = /(giám đốc|tgđ|ceo|chủ tịch hđqt|hội đồng quản trị)$/iu;

/** First words of notes in brackets after a byline's names, any case (`(ghi)`, `(Tổng hợp)`, `(thực hiện)`). */
// (`Thành Đông (từ Glasgow)`: where a correspondent files from (plong).)
const BYLINE_NOTES = new Set(['ghi', 'tổng', 'thực', 'lược', 'dịch', 'biên', 'tường', 'từ']);
/** Sino-Vietnamese ordinals of regnal numbers after `đệ` (`đệ tam` = III). */
const VI_ORDINALS = new Set(['nhất', 'nhị', 'tam', 'tứ', 'ngũ', 'lục', 'thất', 'bát', 'cửu', 'thập']);
/** Words opening a residence inside a name's bracket (`trú tại`, `ngụ`, `quê`). */
const RESIDENCE_WORDS = new Set(['trú', 'ngụ', 'ở', 'quê', 'thường', 'tạm', 'hộ', 'địa']);
/** Words of place before `Hồ` that make it a lake (`quanh Hồ Thành Công`, `ven Hồ Văn Quán`). */
const LAKE_PREPS = new Set(['quanh', 'ven', 'dọc', 'bờ']);
/** Players before a team's name (`các cầu thủ Nà Ếch`), and the plurals that make it a team. */
const TEAM_NOUNS = new Set(['cầu thủ', 'vận động viên', 'vđv', 'tuyển thủ', 'cổ động viên', 'cđv']);
const TEAM_PLURALS = new Set(['các', 'những', 'nhiều']);
/** Last words of TEAM_NOUNS (`thủ`, `viên`, `vđv`, `cđv`). */
const TEAM_NOUN_LAST = new Set([...TEAM_NOUNS].map((w) => w.slice(w.lastIndexOf(' ') + 1)));
/** Gods of folk religion named with `Bà` / `Ông` (`Bà Chúa Xứ`, `Ông Thần Tài`): no persons. */
const DEITIES = new Set(['chúa xứ', 'chúa kho', 'chúa tiên', 'chúa ngọc', 'thiên hậu', 'thần tài', 'ngũ hành', 'bổn mạng']);
/**
 * Names of Vietnam's ethnic groups (lowercase, spaced as news writes them) that no person bears: after a noun
 * of people (`cô gái Ba Na`, `bà con Gia Rai`, `phụ nữ Ê Đê`) they name the group, not a person (psoc5).
 */
const ETHNONYMS = new Set(['ba na', 'bahnar', 'gia rai', 'jrai', 'ê đê', 'êđê', 'ê-đê', "h'mông", 'hmông', 'xơ đăng', 'cơ tu', 'raglai', 'ra glai',
  'cơ ho', "m'nông", 'mnông', 'xtiêng', 'chu ru', 'hà nhì', 'lô lô', 'phù lá', 'sán dìu', 'sán chay', 'khơ mú', 'tà ôi', 'pa cô', 'vân kiều',
  'bru-vân kiều', 'giẻ triêng', 'hrê', 'chơ ro', 'la chí', 'pà thẻn', 'si la', 'cờ lao', 'la hủ', 'rơ măm', 'brâu', 'xinh mun', 'khmer',
  'cao lan', 'pu péo', 'bố y', 'la ha', 'gié triêng', 'co tu', 'ơ đu']);
/** Group names that are also given names or words (`anh Thái`, `chị Dao`): a group only after ETHNONYM_PEOPLE. */
const ETHNONYMS_AMBIGUOUS = new Set(['thái', 'tày', 'nùng', 'mường', 'dao', 'mông', 'chăm', 'hoa', 'kinh', 'lự', 'mạ', 'kháng', 'mảng', 'lào', 'ngái', 'co', 'cống', 'lô']);
/** Last words of nouns of people before an ambiguous group name (`cô gái`, `chàng trai`, `thiếu nữ`, `bà con`, `đồng bào`). */
const ETHNONYM_PEOPLE = new Set(['gái', 'trai', 'nữ', 'con', 'bào', 'ông', 'mẹ', 'nhân', 'dân', 'niên', 'tộc']);
const ETHNONYM_FIRST = new Set([...ETHNONYMS, ...ETHNONYMS_AMBIGUOUS].flatMap((w) => { const f = w.split(/[ -]/)[0]!; return [f, f.replace(/'.*/, '')]; }));
/** First words of DEITIES. */
const DEITY_FIRST = new Set([...DEITIES].map((w) => w.slice(0, w.indexOf(' '))));
/** Adverbs between a speaking leader and the verb of saying (`lãnh đạo Sở đã giải thích`). */
const SPEAKER_ADVERBS = new Set(['đã', 'vừa', 'cũng', 'từng', 'mới', 'sau', 'đó']);
const SUBJECT_VERBS = new Set(['tử vong', 'tử nạn', 'đã', 'bị', 'được', 'đang', 'sẽ', 'khai', 'khai nhận', 'thừa nhận', 'cho biết', 'nói', 'kể', 'chia sẻ', 'cũng', 'vẫn', 'liền', 'tiếp tục', 'không', 'chưa', 'từng', 'vừa', 'cùng', 'là',
  // Court and crime reports (`Hùng thú nhận`, `Hùng còn khai`, `Tú hiện bị tạm giam`).
  'thú nhận', 'còn', 'hiện', 'phủ nhận', 'bỏ trốn', 'khẳng định', 'trình bày', 'tâm sự', 'lập tức', 'nhanh chóng', 'mong muốn', 'năm nay',
  // `Minh và Bảy đều là cán bộ thuế`.
  'đều',
  // Acts told of defendants in crime stories (`Minh về nhà lấy dao`, `Tuấn dùng dao đâm ...`, `Hùng rủ Nam đi`).
  'về', 'đến', 'đi', 'dùng', 'cầm', 'lấy', 'rủ', 'gọi', 'nhận', 'đưa', 'chở', 'thuê', 'mang', 'đâm', 'chạy', 'quay',
  // And in fraud stories (`T. hứa hẹn xin việc ...`, `Hà lừa ...`, `Hà tự xưng ...`) (pmix2).
  'hứa', 'hứa hẹn', 'lừa', 'tự xưng', 'chiếm đoạt', 'giả danh', 'mạo danh',
  // Roles in a crime and surrender (`Luân điều khiển xe máy, Khởi cầm súng`, `Bơ ra đầu thú`, `Trang thu lợi ...`) (pcourt).
  'điều khiển', 'ra đầu', 'đầu thú', 'thu lợi', 'có', 'bắn', 'chém', 'sát hại', 'khống chế', 'cướp', 'trộm', 'bán', 'mua',
  // A defendant's former post (`Tường nguyên là kế toán UBND xã`) (psoc4).
  'nguyên là',
  // Acts told in corruption and fraud trials (`Tám chỉ đạo cán bộ địa chính ...`, `Hùng ký 20 hợp đồng`,
  // `Lan yêu cầu kế toán ...`, `Quân nhờ người quen ...`) (pcrime2).
  'chỉ đạo', 'ký', 'ký duyệt', 'phê duyệt', 'yêu cầu', 'nhờ', 'nộp', 'chuyển', 'lập', 'thông đồng', 'câu kết', 'móc nối',
  'hưởng lợi', 'gửi',
  // Loan sharks, fraud and background (`Hiển cho hàng chục tiểu thương vay ...`, `Vũ thu lời ...`,
  // `Toàn vốn là công nhân`) (pcrime4).
  'cho', 'thu lời', 'vốn là',
  // Human-interest stories: hopes, feelings and recollections (`Mỷ mơ ước trở thành cô giáo`, `Lan xúc động`,
  // `Páo bộc bạch`, `Sùng nhớ lại`) (psoc5).
  'mơ ước', 'ước mơ', 'xúc động', 'bộc bạch', 'cho hay', 'nhớ lại', 'bày tỏ', 'hy vọng', 'trầm ngâm', 'rưng rưng', 'quyết tâm']);
/** Acts only people do (a defendant's statements and promises), after which a remembered given name that is also a place is the person. */
const PERSON_ACTS: ReadonlySet<string> = new Set(['khai', 'khai nhận', 'thừa nhận', 'thú nhận', 'phủ nhận', 'ra đầu', 'đầu thú', 'bỏ trốn', 'tự xưng', 'hứa', 'hứa hẹn', 'bị bắt', 'bị khởi']);
/** Conjunctions that open a clause whose subject may be a remembered one-word given name (`nhưng Tùng đã ...`). */
const CLAUSE_CONJ: ReadonlySet<string> = new Set(['nhưng', 'song', 'thì', 'còn', 'nên']);
/** After the bracket or comma at `o`, an age or a birth year opens an aside: `30 tuổi`, `SN 1990`, `sinh năm 1984`, `sinh 1984`. */
function ageAsideOpens(toks: readonly Tk[], keys: readonly string[], o: number): boolean {
  return (toks[o + 1]!.kind === 'number' && keys[o + 2] === 'tuổi') || keys[o + 1] === 'sn' || (keys[o + 1] === 'sinh' && (keys[o + 2] === 'năm' || toks[o + 2]?.kind === 'number'));
}

/**
 * The closing bracket of an age or birth-year aside opening at `o` (`(30 tuổi)`, `(SN 1990, trú ...)`,
 * `(sinh năm 1984)`), followed by a lowercase word in the same sentence; else -1.
 */
function ageAsideEnd(toks: readonly Tk[], keys: readonly string[], o: number): number {
  const a = toks[o + 1];
  if (!a || !ageAsideOpens(toks, keys, o)) return -1;
  for (let c = o + 2; c < o + 24 && c < toks.length; c++) {
    const t = toks[c]!;
    if (t.sent !== a.sent || t.text === '(') return -1;
    if (t.text === ')') {
      const w = toks[c + 1];
      return w && w.kind === 'word' && !w.cap && w.sp && w.sent === t.sent ? c : -1;
    }
  }
  return -1;
}

/**
 * The index of the comma that closes an age or birth-year aside opened by the comma at `o` (`, 30 tuổi,`,
 * `, SN 1990,`, `, sinh năm 1984,`) when a lowercase word follows it; else -1.
 */
function ageCommaEnd(toks: readonly Tk[], keys: readonly string[], o: number): number {
  const a = toks[o + 1];
  if (!a || !a.sp || !ageAsideOpens(toks, keys, o)) return -1;
  // Only the age or the year itself between the commas.
  let c = -1;
  if (a.kind === 'number' && keys[o + 2] === 'tuổi') c = o + 3;
  else if (keys[o + 1] === 'sn' && toks[o + 2]?.kind === 'number') c = o + 3;
  else if (keys[o + 1] === 'sinh' && keys[o + 2] === 'năm' && toks[o + 3]?.kind === 'number') c = o + 4;
  const t = toks[c];
  if (!t || t.text !== ',' || t.sp || t.sent !== a.sent) return -1;
  const w = toks[c + 1];
  return w && w.kind === 'word' && !w.cap && w.sp && w.sent === t.sent ? c : -1;
}

/** Lowercase `về hưu` / `nghỉ hưu` (retired) at q, between a rank and its holder (`Tướng về hưu Lloyd Austin`) (pelect). */
function retiredAt(keys: readonly string[], toks: readonly Tk[], q: number): boolean {
  return (keys[q] === 'về' || keys[q] === 'nghỉ') && keys[q + 1] === 'hưu' && !toks[q]!.cap;
}

/** An alias word ends right before token i: `tức`, `gọi là`, `biệt danh`, `biệt hiệu`. */
function aliasWordBefore(keys: readonly string[], i: number): boolean {
  const w = keys[i - 1];
  return w === 'tức' || (w === 'là' && keys[i - 2] === 'gọi') || ((w === 'danh' || w === 'hiệu') && keys[i - 2] === 'biệt');
}

/** A verb that needs a subject (SUBJECT_VERBS, one word or two) at token j. */
function subjectVerbAt(keys: readonly string[], j: number): boolean {
  return SUBJECT_VERBS.has(keys[j]!) || SUBJECT_VERBS.has(`${keys[j]} ${keys[j + 1] ?? ''}`);
}

/**
 * Words a given name starts that news capitalizes (`lấy Quốc huy có hình con rồng`,
 * `Hoàng hậu`): no re-mention of a person named `Quốc` or `Hoàng`.
 */

const GIVEN_COMPOUNDS = new Set([
  'quốc huy', 'quốc kỳ', 'quốc ca', 'quốc hiệu', 'quốc khánh', 'quốc tang', 'quốc tịch', 'quốc tổ', 'quốc ngữ', 'quốc lộ',
  'quốc doanh', 'quốc sách', 'quốc bảo', 'quốc sử', 'quốc thiều', 'quốc ấn', 'hoàng tử', 'hoàng hậu', 'hoàng đế', 'hoàng thượng',
  'hoàng gia', 'thái tử', 'thái hậu', 'thái thượng', 'công chúa', 'phật tử', 'phật giáo', 'phật pháp', 'thiên chúa', 'thánh địa',
  // `nhà lãnh đạo Hồi giáo dòng Shiite` (probes-mix).
  'hồi giáo',
]);

/** Commune clerks' jobs by last word, with their first word (`kế toán`, `cán bộ`, `công chức`, `địa chính`) (pcommune). */
const CLERK_JOBS: ReadonlyMap<string, string> = new Map([['toán', 'kế'], ['quỹ', 'thủ'], ['thư', 'văn'], ['chính', 'địa'], ['pháp', 'tư'], ['bộ', 'cán'], ['chức', 'công']]);

const REGION_WORDS = new Set(['người', 'tiếng', 'chữ', 'dân', 'miền', 'phía', 'hướng', 'vùng', 'khu', 'bắc', 'nam', 'đông', 'tây', 'xứ', 'phố', 'đường', 'sông', 'núi', 'chợ', 'cầu', 'xã', 'phường', 'tỉnh', 'huyện', 'quận', 'thôn', 'làng', 'bản', 'ấp']);

// `trẻ em Mỹ`, `con em`, `anh em`, `chị em`: compounds (children, brothers), no honorific `em`.
const NOT_HONORIFIC_AFTER = new Set(['công bố', 'tuyên bố', 'ban bố', 'phân bố', 'cáo bố', 'số con', 'như con', 'nàng tiên', 'trẻ em', 'con em', 'anh em', 'chị em', 'hội cổ', 'đồng cổ']);

/** Games and tournaments named between an occupation and the name it introduces (`tay vợt Wimbledon X`). */
const CONTEST_BEFORE_NAME: ReadonlySet<string> = new Set(['olympic', 'paralympic', 'wimbledon', 'asiad']);

const STRONG_HON = new Set(['ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'bác', 'cụ', 'cháu', 'bé', 'đồng chí', 'đ/c', 'ngài', 'bầu', 'thầy', 'cậu', 'các đồng chí', 'quý ông', 'quý bà']);

/** Second words of NOT_HONORIFIC_AFTER (`bố`, `con`, `tiên`): the pair is looked up only after one of them. */
const NOT_HONORIFIC_SECOND = new Set([...NOT_HONORIFIC_AFTER].map((p) => p.slice(p.indexOf(' ') + 1)));

/** Byte per vocabulary id: 1 when an honorific entry ends with that word (`L.honorifics.lastKeys` by id), 2 when a four-word one does. */
let honLastArr: Uint8Array | null = null;
function honLast(L: Lexicons): Uint8Array {
  if (honLastArr) return honLastArr;
  const ids4: number[] = [];
  for (const k of L.honorificLast4) ids4.push(internWord(k));
  const a = new Uint8Array(vocabSize());
  // By the trie's ids (no string hashed: this runs in the first extract call).
  for (const id of L.honorifics.lastIds()) a[id] = 1;
  // 2: also the last word of a four-word entry (the scan then goes one word further back).
  for (const id of ids4) if (a[id] === 1) a[id] = 2;
  honLastArr = a;
  return a;
}

/** The words s .. k-1 joined by spaces (one to three words without an array). */
function spanKey(keys: readonly string[], s: number, k: number): string {
  if (k - s === 1) return keys[s]!;
  if (k - s === 2) return `${keys[s]} ${keys[s + 1]}`;
  if (k - s === 3) return `${keys[s]} ${keys[s + 1]} ${keys[s + 2]}`;
  return keys.slice(s, k).join(' ');
}

/** 2: a strong honorific (`ông`, `bà`, `đồng chí`) ends right before k; 1: another one (`bác sĩ`, `bố`); 0: none. */
function honorificStrength(L: Lexicons, keys: KeyList, toks: readonly Tk[], k: number): number {
  // Quick rejection: an honorific must end right before k, after white space on the same line.
  if (k === 0) return 0;
  const ids = keys.ids;
  // Most calls: a vocabulary word before k that ends no honorific (and is not the `tuổi` of an
  // age, below) answers 0 by its id before the tokens are read (this runs at every name word).
  if (ids !== undefined) {
    const id = ids[k - 1]!;
    if (id >= 0 && id !== ID_TUOI && id !== ID_LAP && id !== ID_HOA_ETHNIC && id !== ID_OLYMPIC && id !== ID_PARALYMPIC && id !== ID_WIMBLEDON && id !== ID_ASIAD && honLast(L)[id] === 0 && !ID_FIELD_LAST.includes(id)) return 0;
  }
  if (!toks[k]!.sp || toks[k]!.line) return 0;
  // `tiền đạo 21 tuổi Kaoru Mitoma`, `nữ VĐV 13 tuổi X`: an age between the honorific and the name.
  if (k >= 3 && keys[k - 1] === 'tuổi' && toks[k - 2]!.kind === 'number' && toks[k - 1]!.sp && toks[k - 2]!.sp && !toks[k - 2]!.line) return honorificStrength(L, keys, toks, k - 2);
  // `chính trị gia đối lập Navalny`, `nhà hoạt động đối lập X`: the opposition between the occupation and the name (rw).
  if (k >= 3 && keys[k - 1] === 'lập' && keys[k - 2] === 'đối' && !toks[k - 2]!.cap && toks[k - 1]!.sp && toks[k - 2]!.sp && !toks[k - 2]!.line) return honorificStrength(L, keys, toks, k - 2);
  // `nhà phân tích chính trị Santiago Basabe`, `chuyên gia kinh tế X`: the field between the analyst's or the
  // expert's noun and the name (pwhole8).
  if (k >= 4 && FIELD_OWNER_LAST.has(keys[k - 3]!) && !toks[k - 2]!.cap && !toks[k - 1]!.cap && toks[k - 1]!.sp && toks[k - 2]!.sp && !toks[k - 2]!.line && FIELD_PAIRS.has(`${keys[k - 2]} ${keys[k - 1]}`)) {
    const s = honorificStrength(L, keys, toks, k - 2);
    if (s > 0) return s;
  }
  // `tỷ phú gốc Hoa Forrest Li`, `doanh nhân người Hoa X`: the ethnic Chinese origin between the honorific and the name (pdigital).
  if (k >= 3 && keys[k - 1] === 'hoa' && toks[k - 1]!.cap && (keys[k - 2] === 'gốc' || keys[k - 2] === 'người') && !toks[k - 2]!.cap && toks[k - 1]!.sp && toks[k - 2]!.sp && !toks[k - 2]!.line) return honorificStrength(L, keys, toks, k - 2);
  // `nhà vô địch Olympic Ikee Rikako`, `tay vợt Wimbledon X`: a games' or a tournament's name between the occupation and the name (pworld5).
  if (k >= 2 && toks[k - 1]!.cap && CONTEST_BEFORE_NAME.has(keys[k - 1]!) && toks[k - 1]!.sp && !toks[k - 1]!.line) return honorificStrength(L, keys, toks, k - 1);
  let from = k - 3;
  if (ids !== undefined) {
    const id = ids[k - 1]!;
    // A quote has no vocabulary id: `"bầu" Thụy` is looked at only then.
    if (id < 0) return toks[k - 1]!.text === '"' ? quotedHonorific(L, keys, toks, k) : 0;
    const last = honLast(L)[id]!;
    if (last === 0) return 0;
    // Four words back only before the last word of a four-word entry (`chuyên gia phân tích`).
    if (last === 2) from = k - 4;
  } else if (!L.honorifics.lastKeys.has(keys[k - 1]!)) return toks[k - 1]!.text === '"' ? quotedHonorific(L, keys, toks, k) : 0;
  else from = k - 4;
  let best = 0;
  for (let s = Math.max(0, from); s < k; s++) {
    // (The match's end only: no match object.)
    if (L.honorifics.longestEnd(keys, s, k) !== k || !toks[k]!.sp || toks[k]!.line) continue;
    // `công bố`, `tuyên bố`: the kinship word is part of a verb.
    if (s > 0 && NOT_HONORIFIC_SECOND.has(keys[s]!) && NOT_HONORIFIC_AFTER.has(`${keys[s - 1]} ${keys[s]}`)) continue;
    // `bầu Ban Chấp hành`: the verb `bầu` (elect) before a body or a post.
    if (keys[s] === 'bầu' && k === s + 1 && (L.orgHeads.longest(keys, k) || L.organizations.longest(keys, k) || L.posts.longest(keys, k))) continue;
    // `già Nghiêm`, `già A Hôn`: a village elder's `già` before a Vietnamese-looking word only (`đội hình già Real
    // Madrid`: the adjective) (psoc5).
    if (s === k - 1 && keys[s] === 'già' && !vnTok(toks[k]!)) continue;
    // `Shark Tank`: the TV show, not the nickname honorific of `Shark Hưng`.
    if (keys[s] === 'shark' && keys[k] === 'tank') continue;
    // `nhà đầu tư Thiên Ý`, `nhà tài trợ Thiên Long`: companies fill these roles; a Vietnamese-looking word that
    // starts no known surname is the company's name, not a person's (`nhà đầu tư Phạm Nhật Vượng`, `nhà đầu tư
    // Warren Buffett` stay persons; so does a given name introduced by its age or birth year in brackets:
    // `nhà đầu tư Minh Tuấn (45 tuổi)`) (penv).
    if (s === k - 3 && keys[s] === 'nhà' && ((keys[s + 1] === 'đầu' && keys[s + 2] === 'tư') || (keys[s + 1] === 'tài' && keys[s + 2] === 'trợ')) && vnTok(toks[k]!) && L.surnames.longestEnd(keys, k) < 0 && toks[k + 1]?.text !== '(' && toks[k + 2]?.text !== '(') continue;
    // `Câu lạc bộ Anh Westbridge United`: a capitalized `Anh` inside a sentence is England.
    if (s === k - 1 && toks[s]!.cap && keys[s] === 'anh' && s > 0 && toks[s - 1]!.sent === toks[s]!.sent && !toks[s]!.line && toks[s - 1]!.kind === 'word') continue;
    best = Math.max(best, STRONG_HON.has(spanKey(keys, s, k)) ? 2 : 1);
  }
  return best;
}

/** `"bầu" Thụy`: a one-word honorific in quotes right before k (its strength, or 0). */
function quotedHonorific(L: Lexicons, keys: KeyList, toks: readonly Tk[], k: number): number {
  if (k < 3 || toks[k - 1]!.sp || toks[k - 2]!.sp || toks[k - 3]!.text !== '"' || toks[k - 2]!.kind !== 'word') return 0;
  const m = L.honorifics.longest(keys, k - 2, k - 1);
  return m && m.end === k - 1 ? (STRONG_HON.has(keys[k - 2]!) ? 2 : 1) : 0;
}

/** An honorific that starts before `i` ends at `end` (`đối tượng` over the prefix `tượng`). */
function honorificEndsOver(L: Lexicons, keys: KeyList, toks: readonly Tk[], i: number, end: number): boolean {
  if (end >= toks.length || honorificStrength(L, keys, toks, end) === 0) return false;
  for (let s = Math.max(0, i - 2); s < i; s++) {
    const m = L.honorifics.longest(keys, s, end);
    if (m && m.end === end && toks[s]!.sent === toks[i]!.sent) return true;
  }
  return false;
}

/** Words after a photographer's name in a credit (`Ảnh: Hải chụp`, `Ảnh: Hùng cung cấp`, `Ảnh: Minh st`). */
const CREDIT_VERBS: ReadonlySet<string> = new Set(['chụp', 'cung', 'gửi', 'st', 'sưu', 'tư', 'nguồn', 'và', 'thực', 'ghi']);

function creditBefore(toks: readonly Tk[], keys: KeyList, k: number): boolean {
  // `ảnh` one or two tokens back, by vocabulary id first (this runs at every word of a name run);
  // after a dash, further back (below).
  const ids = keys.ids;
  // (A `-` token's id is ID_DASH: no token is read.)
  if (ids !== undefined && ids[k - 1] !== ID_ANH_PHOTO && ids[k - 2] !== ID_ANH_PHOTO && ids[k - 1] !== ID_DASH && ids[k - 2] !== ID_HOA && ids[k - 2] !== ID_BAI && ids[k - 2] !== ID_VIDEO && ids[k - 2] !== ID_CLIP && ids[k - 2] !== ID_HINH) return false;
  let q = k - 1;
  // `Ảnh: Hoàng Lam - Công Bính`: a second name after a spaced dash in a photo credit.
  if (toks[q]?.text === '-' && toks[q]!.sp && toks[k]?.sp) {
    let j = q - 1;
    while (j >= 0 && q - j <= 3 && toks[j]!.kind === 'word' && toks[j]!.cap && toks[j]!.sent === toks[q]!.sent) j--;
    if (j < q - 1 && j >= 0) q = j;
  }
  const colon = toks[q]?.text === ':';
  if (colon) q--;
  // `Ảnh minh họa: Mạnh Quân`: the credit of an illustration.
  if (q >= 2 && keys[q] === 'họa' && keys[q - 1] === 'minh' && keys[q - 2] === 'ảnh') q -= 2;
  // `Video: Hải Long`, `Clip: Minh Anh`, `Đồ họa: Ngọc Diệp`, `Ảnh chụp màn hình: Thanh Tùng`: the credit of a
  // video, a graphic or a screenshot, with its colon (pair).
  else if (colon && q >= 0 && (keys[q] === 'video' || keys[q] === 'clip') && toks[q]!.cap) return q === 0 || toks[q - 1]!.text === '(' || toks[q - 1]!.text === '.' || toks[q]!.line;
  else if (colon && q >= 1 && keys[q] === 'họa' && keys[q - 1] === 'đồ' && toks[q - 1]!.cap) return q === 1 || toks[q - 2]!.text === '(' || toks[q - 2]!.text === '.' || toks[q - 1]!.line;
  else if (colon && q >= 3 && keys[q] === 'hình' && keys[q - 1] === 'màn' && keys[q - 2] === 'chụp' && keys[q - 3] === 'ảnh') q -= 3;
  // `Bài và ảnh: Hoài Sơn`: the credit of both the text and the photos (psoc4).
  if (q >= 2 && keys[q] === 'ảnh' && keys[q - 1] === 'và' && keys[q - 2] === 'bài' && toks[q - 2]!.cap) q -= 2;
  // (`Bài: Minh Phương - Ảnh: Trọng Trinh`, `Bài: X; ảnh: Y`: a second credit after the first, with its colon.)
  return q >= 0 && (keys[q] === 'ảnh' || keys[q] === 'bài') && (q === 0 || toks[q - 1]!.text === '(' || toks[q - 1]!.text === '.' || toks[q]!.line || (colon && ((toks[q - 1]!.text === '-' && toks[q - 1]!.sp) || toks[q - 1]!.text === ';')));
}

interface LineB {
  first: number;
  last: number;
}
/**
 * Token bounds of the document's last lines, by line number: the lines from the last
 * line's number minus 3 on (all lastLines and isBylineLine look at). A line's tokens are
 * consecutive and line numbers never decrease, so a backward scan over those lines only.
 */
function lineBounds(toks: readonly Tk[]): Map<number, LineB> {
  const m = new Map<number, LineB>();
  if (!toks.length) return m;
  const lastNo = toks[toks.length - 1]!.lineNo;
  // Each line's first token by binary search (the last lines are often long paragraphs: a
  // scan would read all their tokens), from the last line back, as a backward scan meets them.
  let end = toks.length;
  for (let no = lastNo; no >= lastNo - 3 && end > 0; no--) {
    // The first token of line `no` or later (every token before `end` is on line `no` or before).
    let lo = 0;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (toks[mid]!.lineNo >= no) hi = mid;
      else lo = mid + 1;
    }
    if (lo < end) {
      m.set(no, { first: lo, last: end });
      end = lo;
    }
  }
  return m;
}

/** Line numbers of the last lines that can hold a byline (before `Theo X` source lines). */
function lastLines(toks: readonly Tk[], lines: Map<number, LineB>, L: Lexicons, keys: readonly string[], theo?: [number, number][]): Set<number> {
  const out = new Set<number>();
  if (!toks.length) return out;
  let ln = toks[toks.length - 1]!.lineNo;
  let guard = 0;
  while (ln >= 1 && guard < 4) {
    const b = lines.get(ln);
    guard++;
    if (!b) {
      ln--;
      continue;
    }
    const first = keys[b.first];
    if (first === 'theo' && theo) {
      // `Theo Thu Hoài` over a publication's line (`VOV`), or `Theo Ngọc HàVietNamNet`:
      // the author of an article taken from another paper.
      const nm = theoAuthor(toks, b, L, keys);
      if (nm) theo.push(nm);
      else theoAuthorList(toks, b, L, keys, theo);
    }
    if (first === 'theo' || first === 'nguồn' || first === '(' || (first === 'tổng' && keys[b.first + 1] === 'hợp') || L.agencies.longest(keys, b.first)) {
      ln--;
      continue;
    }
    out.add(ln);
    // Another byline line right before (rare): only one line.
    break;
  }
  return out;
}

/**
 * `Theo Thu Hoài` (the line ends there), `Theo Ngọc HàVietNamNet` (a publication glued to
 * it): two or three name syllables after `Theo` on a last line, no agency or paper
 * (`Theo Thanh Niên`, `Theo Reuters`). Token range of the name, or null.
 */
function theoAuthor(toks: readonly Tk[], b: LineB, L: Lexicons, keys: readonly string[]): [number, number] | null {
  const s = b.first + 1;
  if (s >= b.last || !toks[b.first]!.cap || L.agencies.longest(keys, s)) return null;
  let e = s;
  while (e < b.last && e - s < 4 && toks[e]!.kind === 'word' && toks[e]!.cap && toks[e]!.sp && !toks[e]!.upper && vnTok(toks[e]!) && (hasNw(toks[e], NW_GIVEN) || hasNw(toks[e], NW_MIDDLE) || L.surnames.longest(keys, e, e + 1) !== null)) e++;
  if (e - s < 2 || e - s > 3) return null;
  // The line ends with the name, or a paper's name glued to it follows.
  // (A comma or dash after it opens a list: `theoAuthorList` reads that.)
  if (e < b.last && (toks[e]!.sp || toks[e]!.text === ',' || toks[e]!.text === '-')) return null;
  return [s, e];
}

/**
 * `Theo Vân Thiêng - Đặng Thùy` (the line ends there): two or more authors of an article
 * taken from another paper, joined by `-` (spaced or not), `,` or `và`; or authors closed by
 * their agency after a slash or in brackets (`Theo Vân Thiêng/VOV-Viêng Chăn`). Each part is two or
 * three capitalized Vietnamese syllables, one of them a known name syllable, and no part
 * names an agency or a paper (`Theo Thanh Niên - Tuổi Trẻ`). Pushes every part, or none.
 */
function theoAuthorList(toks: readonly Tk[], b: LineB, L: Lexicons, keys: readonly string[], theo: [number, number][]): void {
  const parts: [number, number][] = [];
  let s = b.first + 1;
  if (!toks[b.first]!.cap) return;
  while (s < b.last && parts.length < 4) {
    if (L.agencies.longest(keys, s)) return;
    let e = s;
    let known = false;
    while (e < b.last && e - s < 4 && toks[e]!.kind === 'word' && toks[e]!.cap && !toks[e]!.upper && vnTok(toks[e]!) && (e === s || toks[e]!.sp)) {
      if (hasNw(toks[e], NW_GIVEN) || hasNw(toks[e], NW_MIDDLE) || L.surnames.longest(keys, e, e + 1) !== null) known = true;
      e++;
    }
    if (e - s < 2 || e - s > 3 || !known) return;
    parts.push([s, e]);
    if (e === b.last) break;
    const sep = toks[e]!;
    // `Theo Vân Thiêng/VOV-Viêng Chăn`: the agency the authors write for closes the list.
    if ((sep.text === '/' || sep.text === '(') && L.agencies.longest(keys, e + 1)) {
      for (const x of parts) theo.push(x);
      return;
    }
    if (sep.text !== '-' && sep.text !== ',' && keys[e] !== 'và') return;
    s = e + 1;
  }
  if (parts.length < 2 || parts[parts.length - 1]![1] !== b.last) return;
  // `Theo Quảng Ninh - Bình Định`: every part a province or a country reads as places (one
  // place among names stays a name: `Theo Thái Bình - Ngọc Hà`).
  if (parts.every(([a, z]) => provinceKeys().has(keys.slice(a, z).join(' ')))) return;
  for (const x of parts) theo.push(x);
}
let PROVINCE_KEYS: Set<string> | null = null;
/** Provinces and countries, lowercased (built on first use: only `Theo` lines ask). */
function provinceKeys(): Set<string> {
  return (PROVINCE_KEYS ??= new Set([...placesVnProvinces, ...placesCountries].map((x) => x.toLowerCase())));
}

/**
 * A line of short capitalized names joined by ` - `, `,` or `và`: the token index the
 * names end before (a source may follow them), or -1.
 */
function isBylineLine(toks: readonly Tk[], lines: Map<number, LineB>, ln: number, L: Lexicons, keys: readonly string[]): number {
  const b = lines.get(ln);
  if (!b) return -1;
  let end = b.last;
  let words = 0;
  let run = 0;
  for (let i = b.first; i < b.last; i++) {
    const t = toks[i]!;
    // `Nhật LinhTheo Reuters`, `Minh Phương Theo Washington Post`: a source ends the byline
    // part (checked first: `Theo` is capitalized, and the source's words are no name).
    if (keys[i] === 'theo' && i > b.first) {
      // (`Tính theo tỷ giá thời điểm đó, ...`: a lowercase `theo` before a lowercase word opens a
      // paragraph's phrase, no source (pcrime2).)
      if (!t.cap && toks[i + 1]?.kind === 'word' && !toks[i + 1]!.cap && !toks[i + 1]!.upper) return -1;
      end = i;
      break;
    }
    if (t.kind === 'word' && (t.cap || t.hl)) {
      if (hasNw(t, NW_NOT_NAME) && run === 0 && i === b.first) return -1;
      run++;
      words++;
      if (run > 4) return -1;
      continue;
    }
    if (t.text === '-' || t.text === ',' || t.low === 'và' || t.text === '.' || t.text === '&') {
      run = 0;
      continue;
    }
    // `Nhật LinhTheo Reuters`, `Đức Hoàng (Theo Reuters, AFP)`: a source ends the byline part.
    if (keys[i] === 'theo' || (t.text === '(' && keys[i + 1] === 'theo')) {
      end = i;
      break;
    }
    // `Hồng Nhung/VOV-Bangkok`, `Hải Yến (TTXVN)`, `Trà Giang tổng hợp`: an agency after a
    // slash or in brackets, or a compilation note closing the line, also ends it.
    if (words > 0 && (((t.text === '/' || t.text === '(') && L.agencies.longest(keys, i + 1)) || (keys[i] === 'tổng' && keys[i + 1] === 'hợp' && i + 2 >= b.last))) {
      end = i;
      break;
    }
    // `Minh Tuấn - Ngọc Tân (ghi)`, `Thu Hà (tổng hợp)`, `Hải Yến (Tổng hợp)`: a note on the writers' work.
    if (t.text === '(' && BYLINE_NOTES.has(keys[i + 1]!) && words > 0) {
      end = i;
      break;
    }
    return -1;
  }
  return words > 0 && words <= 12 ? end : -1;
}

function personValue(doc: Doc, toks: readonly Tk[], keys: readonly string[], p: PersonSpan, L: Lexicons): PersonValue {
  const name = doc.text.slice(toks[p.start]!.start, toks[p.end - 1]!.end);
  const pr = p.parse;
  if (pr.kind === 'vn' && pr.surnameEnd > pr.start && pr.surnameEnd < p.end) {
    const surname = doc.text.slice(toks[pr.start]!.start, toks[pr.surnameEnd - 1]!.end);
    // The given name is the last name part: with its glued hyphens (`Kim Sang-sik`).
    let g = p.end - 1;
    while (g - 2 >= pr.surnameEnd && hyphenJoin(toks, g - 1)) g -= 2;
    const given = doc.text.slice(toks[g]!.start, toks[p.end - 1]!.end);
    const v: PersonValue = { name, surname, given };
    if (g > pr.surnameEnd) v.middle = doc.text.slice(toks[pr.surnameEnd]!.start, toks[g - 1]!.end);
    return v;
  }
  if (p.end - p.start === 1 && pr.kind !== 'initials' && pr.kind !== 'foreign' && vnTok(toks[p.start]!)) {
    return { name, given: name };
  }
  // Two-word foreign names: given name first, surname last (`Joe Biden`).
  if (pr.kind === 'foreign' && p.end - p.start === 2 && !L.foreignFull.longest(keys, p.start, p.end)) {
    return { name, given: toks[p.start]!.text, surname: toks[p.end - 1]!.text };
  }
  return { name };
}

function titleValue(doc: Doc, toks: readonly Tk[], tp: TitleParse, L: Lexicons): TitleValue {
  const name = doc.text.slice(toks[tp.start]!.start, toks[tp.end - 1]!.end);
  const v: TitleValue = { name };
  if (tp.roleEnd > tp.start) v.role = doc.text.slice(toks[tp.start]!.start, toks[tp.roleEnd - 1]!.end);
  if (tp.roleEnd < tp.end) {
    const orgStart = toks[tp.roleEnd]!.start;
    const org = doc.text.slice(orgStart, toks[tp.end - 1]!.end);
    v.organization = org;
    // Most organizations hold no abbreviation: the expansion is built only for one that does.
    let any = false;
    for (let k = tp.roleEnd; k < tp.end && !any; k++) any = toks[k]!.kind === 'word' && L.abbreviations.has(toks[k]!.text);
    if (!any) return v;
    let expanded = '';
    let last = orgStart;
    let changed = false;
    for (let k = tp.roleEnd; k < tp.end; k++) {
      const t = toks[k]!;
      const long = L.abbreviations.get(t.text);
      expanded += doc.text.slice(last, t.start);
      if (long && t.kind === 'word') {
        expanded += long;
        changed = true;
        // `TP.HCM`, `TP. HCM`, `Tp.HCM`: the abbreviation's period goes with the expansion
        // (`Thành phố Hồ Chí Minh`, never `Thành phố.Hồ Chí Minh`).
        const dot = toks[k + 1];
        if (dot && dot.text === '.' && dot.start === t.end && k + 2 < tp.end) {
          expanded += ' ';
          last = toks[k + 2]!.start;
          k++;
          continue;
        }
      } else expanded += t.text;
      last = t.end;
    }
    if (changed) v.organizationExpanded = expanded;
  }
  return v;
}

export { nameStartsAt };

