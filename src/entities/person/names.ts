/**
 * Name shapes on the token view: Vietnamese full names (surname, middle names, given
 * name), foreign names, initials.
 */
import type { CallerTries, Lexicons } from './lexicon.js';
import { internWord, vocabSize, wordSetIds } from './lexicon.js';
import type { Tk } from './tokens.js';
import { lazyRegExp } from '../../lazy-regexp.js';

export interface NameParse {
  start: number;
  end: number;
  /** Token index one past the surname (== start when there is none). */
  surnameEnd: number;
  /** Known-lexicon score: higher is surer. */
  score: number;
  /** All syllables after the surname are known name syllables. */
  allKnown: boolean;
  kind: 'vn' | 'foreign' | 'initials' | 'caller';
}

export interface NameCtx {
  toks: readonly Tk[];
  keys: readonly string[];
  L: Lexicons;
  C: CallerTries;
}

/** A capitalized word token written right after the previous one with one space, on the same line. */
export function joins(t: readonly Tk[], k: number): boolean {
  const x = t[k];
  return !!x && x.kind === 'word' && x.sp && !x.line && (x.cap || x.hl);
}

/**
 * A middle initial at k inside a name: one capital letter after a foreign-looking word and a
 * space, its dot glued to it, then a space and a capitalized word (`George W. Bush`); with
 * `pair`, two such initials glued together (`George H.W. Bush`).
 */
export function initialJoin(t: readonly Tk[], k: number, pair = false): boolean {
  const x = t[k];
  // (A word's text's length is end - start: asked at every word a name run extends over, so the
  // text itself is not read.)
  if (!x || x.kind !== 'word' || x.end - x.start !== 1 || !x.cap || !x.sp || x.line) return false;
  // After a foreign given name only (`Trần Văn B. Sau đó`: an anonymized name, then a sentence).
  const g = t[k - 1];
  if (!g || g.kind !== 'word' || !g.cap || vnTok(g)) return false;
  const d = t[k + 1];
  if (!d || d.text !== '.' || d.sp) return false;
  if (!pair) return joins(t, k + 2) && t[k + 2]!.text.length > 1;
  // (`pair`: a second initial glued to the first one's dot, `H.W.`.)
  const y = t[k + 2];
  const e = t[k + 3];
  return !!y && y.kind === 'word' && y.text.length === 1 && y.cap && !y.sp && !!e && e.text === '.' && !e.sp && joins(t, k + 4) && t[k + 4]!.text.length > 1;
}

/**
 * A glued apostrophe at k inside a foreign name part: after a single capital before a capitalized
 * word (`O'Brien`, `D'Angelo`, `N'Golo`, Ê Đê `H'Hen`), or after a capitalized word of two to five
 * letters before a lowercase one of three or more, or of two other than English `'ll`, `'re`, `'ve`
 * (`Ma'ruf`, Samoan `Mata'afa`, `Sa'ar`; not English `'s`).
 */
export function apostropheJoin(t: readonly Tk[], k: number): boolean {
  const x = t[k];
  if (!x || x.text !== "'" || x.sp) return false;
  const a = t[k - 1];
  const b = t[k + 1];
  if (!a || !b || a.kind !== 'word' || b.kind !== 'word' || !a.cap) return false;
  // `H' Hoa Ayŭn`: an Ê Đê woman's `H'` spaced from her given name, when an Ê Đê or Jrai family name
  // closes the capitalized words after it (one to three) (psoc4).
  if (b.sp) return a.text === 'H' && b.cap && !b.line && edeCloses(t, k + 1);
  if (a.text.length === 1) return b.cap;
  // (`Sa'ar`, `Ra'am`, `Ze'ev`: two letters after the apostrophe, but no English `'ll`, `'re`, `'ve`.)
  return a.text.length <= 5 && !a.upper && !b.cap && (b.text.length >= 3 || (b.text.length === 2 && b.text !== 'll' && b.text !== 're' && b.text !== 've'));
}

/** Capitalized spaced words from k on (one to three) whose last is an Ê Đê or Jrai family name. */
function edeCloses(t: readonly Tk[], k: number): boolean {
  for (let j = k; j < k + 3; j++) {
    const w = t[j];
    if (!w || w.kind !== 'word' || !w.cap || !w.sp || w.line) return false;
    if (j > k && EDE_FAMILY_NAMES.has(w.low)) return true;
  }
  return false;
}

const VN_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;
const NON_VN = /[fjwz]|^[^aeiouyăâêôơư]*$/iu;
/**
 * Two vowel groups split by a consonant, in a word of letters only (no hyphen or apostrophe: `Ê-đê`, `H'Mông`
 * stay): ONLY_LETTERS and VOWEL_CONSONANT_VOWEL. (Two regexes, each linear: one anchored pattern with
 * `\p{L}*` around the groups backtracked quadratically on a long word of vowels.)
 */
const ONLY_LETTERS = /^\p{L}+$/u;
const VOWEL_CONSONANT_VOWEL = /[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ][^aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ\P{L}]+[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/u;

/** Looks like a Vietnamese syllable (has Vietnamese letters, or plain letters in a VN shape). */
export function vnLike(low: string): boolean {
  // (A word of letters with two vowel groups is no one syllable, whatever its accents: `Mariângela`,
  // `Simão`, `Sebastián` are foreign (pvax).)
  if (VN_LETTER.test(low)) return !(VOWEL_CONSONANT_VOWEL.test(low) && ONLY_LETTERS.test(low));
  if (NON_VN.test(low)) return false;
  const m = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?([aeiouy]{1,3})(ng|nh|ch|[cmnpt])?$/u.exec(low);
  return !!m && VN_NUCLEI.has(m[2]!);
}
/**
 * `vnLike(t.low)`, memoized on the token and, for a vocabulary word, by its id (the
 * regexes then run once per word of the vocabulary, not at every token that asks).
 */
export function vnTok(t: Tk): boolean {
  if (t.vn === 0) {
    const id = t.id;
    if (id >= 0) {
      if (id >= vnById.length) {
        const a = new Uint8Array(Math.max(vocabSize(), id + 1));
        a.set(vnById);
        vnById = a;
      }
      if (vnById[id] === 0) vnById[id] = vnLike(t.low) ? 2 : 1;
      t.vn = vnById[id]!;
    } else t.vn = vnLike(t.low) ? 2 : 1;
  }
  return t.vn === 2;
}
/** vnLike of vocabulary words by id: 0 not computed yet, 1 no, 2 yes. */
let vnById = new Uint8Array(0);

/** Vowel clusters of Vietnamese syllables (accents folded). */
const VN_NUCLEI = new Set([
  'a', 'e', 'i', 'o', 'u', 'y', 'ai', 'ao', 'au', 'ay', 'eo', 'eu', 'ia', 'ie', 'iu', 'oa', 'oe', 'oi', 'oo', 'ua', 'ue', 'ui',
  'uo', 'uu', 'uy', 'ya', 'ye', 'yeu', 'ieu', 'oai', 'oay', 'oeo', 'uay', 'uoi', 'uya', 'uye', 'uyu', 'uou', 'uai',
]);

export const HEADLINE_STOP = new Set([
  'được', 'bị', 'là', 'làm', 'đã', 'đang', 'sẽ', 'có', 'không', 'và', 'với', 'của', 'cho', 'nói', 'tại', 'ở', 'từ', 'về',
  'khi', 'thì', 'mà', 'để', 'vì', 'nên', 'bầu', 'bắt', 'giữ', 'nhận', 'trao', 'thăm', 'gặp', 'qua', 'đời', 'mất', 'lên', 'xuống',
  'ra', 'vào', 'tiếp', 'chỉ', 'đạo', 'yêu', 'cầu', 'kêu', 'gọi', 'chia', 'sẻ', 'trở', 'thành', 'đến', 'tới', 'cùng', 'vẫn', 'còn',
  'gì', 'sao', 'nào', 'ai', 'đâu', 'thế', 'muốn', 'cần', 'phải', 'hãy', 'đừng', 'chưa', 'rồi', 'xong',
]);

/** The most common Vietnamese surnames: a two-syllable name needs one of these to stand without context. */
export const COMMON_SURNAMES = new Set([
  'nguyễn', 'trần', 'lê', 'phạm', 'hoàng', 'huỳnh', 'phan', 'vũ', 'võ', 'đặng', 'bùi', 'đỗ', 'hồ', 'ngô', 'dương', 'lý',
  'đinh', 'đào', 'trịnh', 'mai', 'trương', 'lâm', 'phùng', 'cao', 'hà', 'chu', 'tạ', 'lương', 'đàm', 'kiều', 'lưu',
  'tô', 'tôn', 'thái', 'quách', 'văn', 'vương', 'triệu', 'đoàn', 'hứa', 'doãn', 'khổng', 'lại', 'nghiêm', 'từ',
  'châu', 'âu', 'lục', 'thân', 'mạc', 'ninh', 'giang', 'khúc', 'cù', 'tăng', 'kim', 'la', 'ông',
]);

/**
 * Name-word flags by vocabulary id: membership of a token's key in the name lexicons'
 * word sets (`nw(t) & NW_GIVEN` is `L.givens.has(t.low)`), so the hot name checks read
 * a byte by the token's id instead of hashing its key into a string set. Every word of
 * those sets is interned (prepareNameWords) before the first token view is built, so a
 * token whose key is such a word always has an id.
 */
export const NW_NOT_NAME = 1;
export const NW_GIVEN = 2;
export const NW_MIDDLE = 4;
export const NW_FOREIGN = 8;
export const NW_COMMON_SURNAME = 16;
export const NW_PARTICLE = 32;
export const NW_HEADLINE_STOP = 64;
/** A built-in surname starts with the word (parseVnName asks the surname trie only then). */
const NW_SURNAME_START = 128;
let nameWordArr = new Uint8Array(0);
let nameWordsReady = false;

/** Interns the name sets' words and builds their flags (once; before any token view is built). */
export function prepareNameWords(L: Lexicons): void {
  if (nameWordsReady) return;
  // The lexicons' sets by their words' ids (the snapshot holds them: nothing hashed), then
  // this module's own sets, interned.
  const sets: [number[], number][] = [
    [wordSetIds(L, 'notNameWords'), NW_NOT_NAME],
    [wordSetIds(L, 'givens'), NW_GIVEN],
    [wordSetIds(L, 'middles'), NW_MIDDLE],
    [wordSetIds(L, 'foreignParts'), NW_FOREIGN],
  ];
  for (const [words, f] of [
    [COMMON_SURNAMES, NW_COMMON_SURNAME],
    [NAME_PARTICLES, NW_PARTICLE],
    [HEADLINE_STOP, NW_HEADLINE_STOP],
  ] as const) sets.push([[...words].map(internWord), f]);
  const a = new Uint8Array(vocabSize());
  for (const [ids, f] of sets) for (const id of ids) a[id] = a[id]! | f;
  // (The trie's words were interned as it was built: every first word's id is below a's end.)
  L.surnames.markFirstIds(a, NW_SURNAME_START);
  nameWordArr = a;
  nameWordsReady = true;
}

/** The token's key is in the name set of flag `f` (false for a missing token). */
export function hasNw(t: Tk | undefined, f: number): boolean {
  return (nw(t) & f) !== 0;
}

/** Name-word flags of a token (0 for a missing token or a word in none of the sets). */
export function nw(t: Tk | undefined): number {
  if (t === undefined) return 0;
  const id = t.id;
  return id >= 0 && id < nameWordArr.length ? nameWordArr[id]! : 0;
}

/** Vietnamese full name starting at `k` (surname first), or null. */
/** Vietnamese onsets of two or three letters written as a given name's initial (`Nguyễn Thị Ng.`). */
/** A highland given name: an onset cluster (`hr`, `bl`, `kr`...) and a short rhyme, letters only (`hreng`, `blúp`). */
const HIGHLAND_GIVEN = /^[bdghkmnprst][lrh][a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]{1,5}$/u;
const INITIAL_DIGRAPHS = new Set(['ch', 'gh', 'gi', 'kh', 'ng', 'ngh', 'nh', 'ph', 'qu', 'th', 'tr']);

/** Middles no word of running text is (`Văn`, `Thị`; Hmong `A`, `Seo`, `Mí`, `Mý`). */
const STRONG_MIDDLES = new Set(['văn', 'thị', 'seo', 'mí', 'mý', 'a', 'đình', 'hữu', 'bá']);
/** Two-syllable given names whose last syllable is also a sentence word (`Lê Quang Tự Do`: `Do`, because)
 *  (pdigital): keyed by the syllable before it. */
const GIVEN_PAIR_BEFORE: ReadonlyMap<string, string> = new Map([['tự', 'do']]);

/** Jrai and Bahnar family names written first, after which a highland given name alone ends the name
 *  (`Rơ Châm Thuih`, `Ksor Hlơi`); keyed by their first word, the two-word ones by `rơ` and their second. */
export const HIGHLAND_FIRST: ReadonlySet<string> = new Set(['ksor', 'siu', 'kpă', 'rmah', 'rcom', 'puih', 'kpuih']);
const HIGHLAND_RO = new Set(['châm', 'mah', 'lan', 'ô', 'com']);
const VN_CLUSTERS = new Set(['gh', 'kh', 'nh', 'ph', 'th', 'tr']);
/** A highland given name no Vietnamese syllable spells: a cluster onset (`Hlơi`, `Blếch`) or a rhyme
 *  Vietnamese lacks (`Thuih`). */
function highlandGivenTok(t: Tk): boolean {
  const low = t.low;
  return !t.upper && HIGHLAND_GIVEN.test(low) && (!VN_CLUSTERS.has(low.slice(0, 2)) || !vnTok(t));
}
/** `k..sEnd` a Jrai or Bahnar family name and the word at `sEnd` a highland given name (`Rơ Châm Thuih`, `Ksor Hlơi`). */
export function highlandFamilyGiven(toks: readonly Tk[], keys: readonly string[], k: number, sEnd: number): boolean {
  const g = toks[sEnd];
  return g !== undefined && g.kind === 'word' && highlandGivenTok(g) &&
    (sEnd === k + 1 ? HIGHLAND_FIRST.has(keys[k]!) : sEnd === k + 2 && keys[k] === 'rơ' && HIGHLAND_RO.has(keys[k + 1]!));
}

export function parseVnName(c: NameCtx, k: number, limit: number): NameParse | null {
  const { toks, keys, L, C } = c;
  const t = toks[k];
  if (!t || t.kind !== 'word' || !(t.cap || t.hl)) return null;
  // The surname's end (the longer of the two lexicons' matches; no match objects).
  // (Most capitalized words start no surname: the name-word byte answers before the trie;
  // before the flags are made, the trie.)
  const sEnd = Math.max(!nameWordsReady || nw(t) & NW_SURNAME_START ? L.surnames.longestEnd(keys, k, limit) : -1, C.surnames.longestEnd(keys, k, limit));
  if (sEnd < 0) return null;
  // Every surname token must be written as a name (capitalized, joined).
  for (let j = k + 1; j < sEnd; j++) if (!joins(toks, j)) return null;
  let j = sEnd;
  let score = 2;
  let allKnown = true;
  let parts = 0;
  while (j < limit && parts < 4 && joins(toks, j)) {
    const low = keys[j]!;
    const f = nw(toks[j]);
    const known = (f & (NW_GIVEN | NW_MIDDLE)) !== 0 || C.nameParts.has(low);
    // A sentence-opening word is the given name after a middle that only names carry (`Ma Seo Chúng`, `Giàng A
    // Mua`, `Nguyễn Văn Chúng`): the last part then (pcrime3); also after `Đình`, `Hữu`, `Bá`, middles rarely given names
    // (`Trần Đình Liệu`) (phealth2).
    if (f & NW_NOT_NAME && parts > 0 && !known) {
      const m = keys[j - 1]!;
      if (toks[j]!.hl || toks[j]!.upper || !vnTok(toks[j]!) || !(STRONG_MIDDLES.has(m) || GIVEN_PAIR_BEFORE.get(m) === low) || joins(toks, j + 1)) break;
      allKnown = false;
      parts++;
      j++;
      break;
    }
    // In all-caps headlines, common words end the name (`NGUYỄN VĂN A ĐƯỢC BẦU`).
    if (toks[j]!.hl && f & NW_HEADLINE_STOP) break;
    if (!known && parts > 0 && (low.length === 1 || (INITIAL_DIGRAPHS.has(low) && toks[j + 1]?.text === '.' && !toks[j + 1]!.sp))) {
      // An initial as the given name: `Vũ Thế L.`, also a two-letter onset and its dot (`Lê Văn Kh.`).
      allKnown = false;
      parts++;
      j++;
      break;
    }
    if (!known) {
      // `Đinh Văn Hreng`, `Rơ Mah Thị Hlim`: after `Văn` / `Thị`, a highland given name that no Vietnamese
      // syllable spells (a consonant cluster) is the last part too (psoc5).
      // (Also right after a Jrai or Bahnar family name, as the whole given name: `Rơ Châm Thuih`, `Ksor Hlơi`,
      // met without an honorific after `và` or a comma (penv).)
      if (parts === 0 && highlandFamilyGiven(toks, keys, k, sEnd)) {
        return { start: k, end: j + 1, surnameEnd: sEnd, score, allKnown: false, kind: 'vn' };
      }
      // `Hoàng Vũ Samson`, `Đặng Văn Robert`: a naturalized player's foreign given name of foreign-names.txt after a
      // Vietnamese surname and a known middle name, closing the name (pfootball).
      const naturalized = parts > 0 && (nw(toks[j - 1]) & NW_MIDDLE) !== 0 && (f & NW_FOREIGN) !== 0 && !joins(toks, j + 1);
      if ((!vnTok(toks[j]!) && !naturalized && !(parts > 0 && (keys[j - 1] === 'văn' || keys[j - 1] === 'thị') && HIGHLAND_GIVEN.test(low))) || toks[j]!.upper) break;
      // An unknown syllable only as the last one.
      allKnown = false;
      parts++;
      j++;
      break;
    }
    score += f & NW_GIVEN ? 1 : 0.5;
    parts++;
    j++;
  }
  if (parts === 0) return null;
  const lastLow = keys[j - 1]!;
  if (parts === 1 && !(nw(toks[j - 1]) & NW_GIVEN || C.nameParts.has(lastLow))) return null;
  if (!allKnown && parts < 2) return null;
  // A known middle must precede an unknown given name (`Nguyễn Trung Cấp`).
  if (!allKnown && j - 2 >= sEnd && !(nw(toks[j - 2]) & (NW_MIDDLE | NW_GIVEN))) return null;
  return { start: k, end: j, surnameEnd: sEnd, score, allKnown, kind: 'vn' };
}

const MAX_INITIALS = 8;

/** Initials written as a name: `N.V.A`, `N.H` (dots, no spaces), at least two letters. */
export function parseInitials(c: NameCtx, k: number): NameParse | null {
  const { toks } = c;
  let j = k;
  let letters = 0;
  // Bounded: real initials have a few letters; this keeps every caller linear (`A.A.A.A...`).
  while (j < toks.length && letters < MAX_INITIALS) {
    const t = toks[j]!;
    // (A capitalized token is a word; its text's length is end - start: asked at every word
    // of a name run, so the text itself is not read.)
    // (The first may be a two- or three-letter onset before a glued letter: `Ng.V.H`.)
    if (!(t.cap && (t.end - t.start === 1 || (j === k && t.end - t.start <= 3 && INITIAL_DIGRAPHS.has(t.low) && toks[j + 1]?.text === '.' && toks[j + 2]?.end === (toks[j + 2]?.start ?? 0) + 1 && !toks[j + 2]!.sp)))) break;
    if (j > k && t.sp) break;
    letters++;
    j++;
    const d = toks[j];
    if (d && d.text === '.' && !d.sp && toks[j + 1] && !toks[j + 1]!.sp && toks[j + 1]!.kind === 'word' && toks[j + 1]!.text.length === 1) {
      j++;
      continue;
    }
    break;
  }
  // `Y.K. Joshi`, `M.M. Naravane` (Indian names): initials, their dot, then one foreign-looking
  // surname (a Vietnamese syllable after them starts a sentence: `anh N.V.A. Sau đó`).
  // One initial too before a longer such surname (`S. Jaishankar`) (pw12).
  const d = toks[j];
  const w = toks[j + 1];
  if (letters === 0 || (letters === 1 && !(d && w && w.end - w.start > 4))) return null;
  if (letters <= 3 && d && d.text === '.' && !d.sp && w && w.kind === 'word' && w.sp && !w.line && w.cap && !w.upper && w.end - w.start > 2 && !vnTok(w) && !orgLike(w) && !(nw(w) & NW_NOT_NAME) && !c.L.agencies.longest(c.keys, j + 1)) {
    // `K.P. Sharma Oli`: a second word after it when that one is a known foreign name (pw8).
    const w2 = toks[j + 2];
    const two = !!w2 && w2.kind === 'word' && w2.sp && !w2.line && w2.cap && !w2.upper && !vnTok(w2) && hasNw(w2, NW_FOREIGN) && !orgLike(w2);
    return { start: k, end: two ? j + 3 : j + 2, surnameEnd: j + 1, score: 1, allKnown: false, kind: 'foreign' };
  }
  if (letters < 2) return null;
  return { start: k, end: j, surnameEnd: k, score: 1, allKnown: true, kind: 'initials' };
}

/** Capitalized words of news that are never names (diseases, platforms, brands). */
const NOT_NAMES = new Set(['covid', 'sars', 'ncov', 'mers', 'ebola', 'zika', 'internet', 'facebook', 'google', 'youtube', 'zalo', 'tiktok', 'twitter', 'instagram', 'iphone', 'android', 'windows', 'website', 'email', 'online', 'video', 'clip', 'app', 'wifi', 'bitcoin', 'pfizer', 'moderna', 'astrazeneca', 'vaccine', 'vắc', 'olympic', 'seagames', 'euro', 'world']);

/**
 * Family names that close Ê Đê and Jrai names (`Y Thông Byă`, `H'Mai Ayun`), lowercase; the
 * person analysis adds `nay` (also the adverb `now`), which the title grammar leaves out.
 */
export const EDE_FAMILY_NAMES: ReadonlySet<string> = new Set(['niê', 'êban', 'byă', 'mlô', 'adrơng', 'hđơk', 'hdok', 'bkrông', 'ayun', 'ayŭn', 'knul', 'mdrang', 'hmok', 'kbuôr', 'êñuôl', 'hwing', 'arul', 'alio', 'kpor', 'kđăm', 'knơng', 'ksor', 'siu', 'kpă', 'rcom', 'rmah', 'hlong', 'ktla']);
export const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'la', 'le', 'bin', 'binti', 'al', 'el', 'ter', 'zu']);
/**
 * Particles that are never a Vietnamese word: after one, a capitalized word that happens to be
 * spelled like a Vietnamese syllable still continues the name (`Alejandro Díaz de León`,
 * `Ricardo Ponce de Leon`), where `da`, `di`, `la` ... (Vietnamese words too) still need a
 * foreign-looking word after them.
 */
export const FOREIGN_ONLY_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'della', 'dos', 'das', 'der', 'von']);

const ORG_WORDS = new Set(['group', 'bank', 'corp', 'corporation', 'holdings', 'holding', 'capital', 'inc', 'ltd', 'airlines', 'airways', 'air', 'airline', 'pacific', 'motors', 'media', 'news', 'times', 'post', 'company', 'co', 'jsc', 'fund', 'partners', 'securities', 'pharma', 'energy', 'land', 'foods', 'retail', 'home', 'mart', 'tech', 'group.',
  // Sector words of company names (`CVS Health`, `Prudential Financial`, `Samsung Electronics`).
  'health', 'healthcare', 'insurance', 'life', 'assurance', 'financial', 'finance', 'investment', 'investments', 'industries', 'international', 'global',
  'systems', 'solutions', 'logistics', 'telecom', 'electronics', 'entertainment', 'studios', 'ventures', 'resources',
  'services', 'petroleum', 'chemicals', 'pharmaceuticals', 'biotech', 'technologies', 'technology', 'brands', 'networks', 'invest', 'sons', 'cloud',
  // Hospitality and travel words closing a hotel's, resort's or agency's name (`Sun Peninsula Resort`,
  // `Sheraton Nha Trang Hotel`, `Hoang Long Travel`) (pair).
  'resort', 'resorts', 'hotel', 'hotels', 'spa', 'villas', 'suites', 'travel', 'tours', 'tourist',
  // Film, cinema and music firms (`Công ty Galaxy Studio`, `Lotte Cinema`, `BHD Star Cineplex`, `Đông Tây Promotion`) (pshow).
  'studio', 'cinema', 'cinemas', 'cineplex', 'pictures', 'films', 'records', 'music', 'production', 'productions', 'promotion', 'entertainments']);
const ORG_SUFFIX = /(group|bank|corp|tech|soft|land|holdings?|capital|inc|ltd|airlines?|motors?|pharma|media|news|times|post|mart|com)$/iu;

/** Looks like a company or product word (`VietBank`, `TPBank`, `Vingroup`, `NextTech`, `H-6K`). */
export function orgLike(t: Tk): boolean {
  // Memoized on the token (its fields, headline flag included, are final once the view is built).
  if (t.org === 0) t.org = orgLikeNow(t) ? 2 : 1;
  return t.org === 2;
}

/** NOT_NAMES (1) and ORG_WORDS (2) by vocabulary id: the token's id answers without hashing its key. */
let orgWordFlags: Uint8Array | null = null;
// Interned at load, before any token view looks its keys up.
for (const w of NOT_NAMES) internWord(w);
for (const w of ORG_WORDS) internWord(w);
function orgWordFlag(id: number): number {
  if (!orgWordFlags) {
    const f = new Uint8Array(vocabSize());
    for (const w of NOT_NAMES) f[internWord(w)] = 1;
    for (const w of ORG_WORDS) f[internWord(w)] = f[internWord(w)]! | 2;
    orgWordFlags = f;
  }
  return id < 0 ? 0 : orgWordFlags[id] ?? 0;
}

/**
 * `/\p{N}/u` or `/^\p{Lu}.*\p{Ll}\p{Lu}/u` (internal capital) matches the token's text.
 * Most tokens are decided by a scan of code units: an ASCII digit is a number; a text
 * with no other uppercase letter after the first character, of ASCII, Latin-1/Extended
 * A-B letters, combining marks and Vietnamese letters (ranges with no `\p{N}` and no
 * uppercase letter equal to its lowercase), has neither. The regexes decide the rest.
 */
function digitOrInnerCap(t: Tk): boolean {
  const text = t.text;
  const low = t.low;
  if (text.length === low.length) {
    let plain = true;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) return true;
      if ((i > 0 && c !== low.charCodeAt(i)) || (c >= 0x80 && !(c >= 0xc0 && c <= 0x24f) && !(c >= 0x300 && c <= 0x36f) && !(c >= 0x1e00 && c <= 0x1eff))) {
        plain = false;
        break;
      }
    }
    if (plain) return false;
  }
  return NUMBER_CHAR().test(text) || INNER_CAP().test(text);
}

// (Made at first use: see lazyRegExp.)
const NUMBER_CHAR = lazyRegExp(String.raw`\p{N}`, 'u');
const INNER_CAP = lazyRegExp(String.raw`^\p{Lu}.*\p{Ll}\p{Lu}`, 'u');
const MC_NAME = lazyRegExp(String.raw`^Ma?c\p{Lu}\p{Ll}{2,}$`, 'u');
const INNER_CAP_NAME = lazyRegExp(String.raw`^\p{Lu}\p{Ll}{1,2}\p{Lu}\p{Ll}{2,}$`, 'u');

function orgLikeNow(t: Tk): boolean {
  if (t.kind !== 'word') return false;
  const wf = orgWordFlag(t.id);
  if (wf & 1) return true;
  if (t.upper && !t.hl) return true;
  // `McCarthy`, `MacArthur`: the inner capital of a Scottish or Irish surname is no company's,
  // nor is that of a surname of foreign-names.txt (`DeSantis`, `DeVos`, `DiCaprio`).
  if (digitOrInnerCap(t) && !MC_NAME().test(t.text) && !(INNER_CAP_NAME().test(t.text) && hasNw(t, NW_FOREIGN))) return true;
  if (wf & 2) return true;
  // A company suffix (`Novaland`, `Techcombank`), unless the word is a known foreign name
  // part (`Haaland`, `Garland`, `Cleveland`).
  return t.text.length > 5 && ORG_SUFFIX.test(t.text) && !hasNw(t, NW_FOREIGN);
}

/**
 * A run of capitalized non-Vietnamese-looking words (foreign name shape) at `k`, up to 4
 * words, hyphen-joined parts included (`Kim Jong-un`). Acceptance needs context.
 */
export function parseForeign(c: NameCtx, k: number, limit: number, knownFullEnd?: number): NameParse | null {
  const { toks, keys, L } = c;
  // (`knownFullEnd`: `L.foreignFull.longestEnd(keys, k, limit)`, when the caller has it.)
  const fullEnd = knownFullEnd ?? L.foreignFull.longestEnd(keys, k, limit);
  if (fullEnd > 0 && toks[k]!.cap) {
    let ok = true;
    for (let j = k + 1; j < fullEnd; j++) if (toks[j]!.kind === 'word' && !toks[j]!.cap && toks[j - 1]!.text !== '-') ok = false;
    if (ok) return { start: k, end: fullEnd, surnameEnd: k, score: 3, allKnown: true, kind: 'foreign' };
  }
  const t = toks[k];
  if (!t || t.kind !== 'word' || !t.cap || t.upper || orgLike(t)) return null;
  let j = k + 1;
  let words = 1;
  const f0 = nw(t);
  let foreignish = !vnTok(t) || (f0 & NW_FOREIGN) !== 0;
  let known = f0 & NW_FOREIGN ? 1 : 0;
  let hyphens = 0;
  let arabicArticles = 0;
  while (j < limit && words < 4) {
    const x = toks[j]!;
    // hyphen-joined part: `Jong-un`, `Al-Sisi` (bounded, so `A-B-C-...` stays linear)
    if (x.text === '-' && !x.sp && toks[j + 1] && !toks[j + 1]!.sp && toks[j + 1]!.kind === 'word') {
      if (++hyphens > 4) break;
      j += 2;
      continue;
    }
    // `O'Brien`, `Ma'ruf`: an apostrophe-joined part (a foreign-looking one makes the name foreign).
    if (x.text === "'" && apostropheJoin(toks, j)) {
      if (++hyphens > 4) break;
      if (!vnTok(toks[j + 1]!)) foreignish = true;
      j += 2;
      continue;
    }
    // Lowercase particles inside foreign names: `Ursula von der Leyen`, `Bashar al-Assad`.
    const fx = nw(x);
    if (fx & NW_PARTICLE && x.sp && !x.cap) {
      let q = j;
      while (q < limit && q - j < 3 && nw(toks[q]) & NW_PARTICLE && toks[q]!.sp && !toks[q]!.cap) q++;
      if (q < limit && joins(toks, q) && (!vnTok(toks[q]!) || FOREIGN_ONLY_PARTICLES.has(toks[q - 1]!.low))) {
        j = q;
        continue;
      }
      // `Abdel Fattah al-Burhan`: one particle hyphened to a capitalized word.
      const hy = toks[q + 1];
      if (q === j + 1 && q + 1 < limit && toks[q]!.text === '-' && !toks[q]!.sp && hy && !hy.sp && hy.kind === 'word' && hy.cap && !vnTok(hy)) {
        foreignish = true;
        words++;
        j = q + 2;
        continue;
      }
      break;
    }
    // A middle initial: `George W. Bush`, `John F. Kennedy` (a capital letter, its dot, then
    // a capitalized word), inside the limit.
    if (j + 2 < limit && initialJoin(toks, j)) {
      j += 2;
      continue;
    }
    // Two initials glued by their dots: `George H.W. Bush`.
    if (j + 4 < limit && initialJoin(toks, j, true)) {
      j += 4;
      continue;
    }
    if (!joins(toks, j) || x.upper || orgLike(x)) break;
    if (fx & NW_NOT_NAME) break;
    if (!vnTok(x) || fx & NW_FOREIGN) foreignish = true;
    if (fx & NW_FOREIGN) known++;
    // The Arabic article written `Al` (`Tamim bin Hamad Al Thani`, `Nawaf Al-Ahmad Al-Jaber Al-Sabah`)
    // is a particle: up to three of them do not count as words (pw12).
    if (x.text === 'Al' && arabicArticles < 3 && j + 1 < limit && (toks[j + 1]!.text === '-' || joins(toks, j + 1))) arabicArticles++;
    else words++;
    j++;
  }
  if (!foreignish) return null;
  // The word after an initial's dot ended the name (`John F. Vietcombank`): the dot stays outside.
  if (toks[j - 1]!.text === '.') j--;
  return { start: k, end: j, surnameEnd: k, score: known, allKnown: known === words, kind: 'foreign' };
}
