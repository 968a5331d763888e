/**
 * The compositional grammar of posts, on the token view (see docs/PEOPLE.md):
 *
 *   title  := pre? vice? HEAD post* org? term? acronym?
 *   pre    := nguyên | cựu | tân | Quyền | đương kim ...        (modifiers.json)
 *   vice   := Phó
 *   post   := Thường trực | Thứ nhất | điều hành ...             (modifiers.json)
 *   org    := segment (connector segment)*
 *   segment:= KNOWN-ORG tail? | ORG-HEAD tail? | ADMIN-UNIT place | PLACE | DOMAIN
 *           | acronym/company word | của segment
 *   tail   := (org word | capitalized word | number | và word | acronym)*, stopping
 *             before a person's name
 *   term   := khóa XIII
 *
 * All matching is by token tries (linear in the text): no substring scans.
 */
import type { Lexicons, PostKind, CallerTries } from '../person/lexicon.js';
import { HASH_PRIME, HASH_START, Trie, WordIds, longer, vocabSize, wordId, type KeyList, type StartFilter } from '../person/lexicon.js';
import { EDE_FAMILY_NAMES, NAME_PARTICLES, NW_COMMON_SURNAME, NW_FOREIGN, NW_GIVEN, NW_HEADLINE_STOP, NW_MIDDLE, NW_NOT_NAME, hasNw, joins, orgLike, parseForeign, parseVnName, vnTok, type NameCtx } from '../person/names.js';
import type { Tk } from '../person/tokens.js';
import { dateDayNamedBodies, dateQuantityWords, placesCountries, titleSpeechVerbs } from '../../generated/lexicons.js';

export interface GrammarCtx extends NameCtx {
  toks: readonly Tk[];
  keys: readonly string[];
  L: Lexicons;
  C: CallerTries;
  /** placeEnd[i]: end of a place name starting at token i, or -1. */
  placeEnd: Int32Array;
  /** Quick-rejection flags of word tokens by first words of lexicon entries (KF_HEAD, KF_ORG; 0 for other tokens). */
  flags: Uint8Array;
  /** givenMetBefore's table (fullNameEnds), made at its first question in an analysis. */
  givenFirst?: Map<string, number> | undefined;
  /** Set while a leadership's (`lãnh đạo`) organization is read: a verb of saying then `.` does not end it (pvax). */
  leaderOrg?: boolean;
}

/** Flag: a pre-modifier, post or `Phó` starts with the word (a superset of the posts' first words). */
export const KF_HEAD = 2;
/** Flag: a known organization or an org head starts with the word. */
export const KF_ORG = 32;

export interface TitleParse {
  start: number;
  end: number;
  /** Token index where the organization begins (== end when none). */
  roleEnd: number;
  kind: PostKind;
  hasOrg: boolean;
  /** The head word's tokens (for plural and weak checks). */
  headStart: number;
  headEnd: number;
}

/** Org heads that may be written in lowercase inside a title (`Giám đốc công ty ...`). */
/** Company heads that an indefinite `một` / `một số` may open after a business post (real-rb). */
const INDEFINITE_COMPANY = new Set(['công ty', 'công ty con', 'công ty thành viên', 'tập đoàn', 'tổng công ty', 'ngân hàng', 'hãng', 'quỹ', 'doanh nghiệp']);
/** Bare lowercase parent companies after `thuộc` (real-rb). */
const PARENT_COMPANY = new Set(['tập đoàn', 'tổng công ty', 'công ty', 'ngân hàng']);
const LOWER_ORG_HEADS = new Set([
  'công ty', 'công ty con', 'công ty thành viên', 'tập đoàn', 'tổng công ty', 'ngân hàng', 'bệnh viện', 'bệnh viện dã chiến', 'trường', 'trường đại học', 'đại học', 'học viện',
  'khoa', 'phòng', 'phòng giao dịch', 'hãng', 'nhà máy', 'xí nghiệp', 'hợp tác xã', 'quỹ', 'viện', 'trung tâm', 'chùa', 'đội', 'đồn',
  'trạm', 'báo', 'tờ', 'tờ báo', 'trang tin', 'đài', 'tạp chí', 'hội', 'hiệp hội', 'câu lạc bộ', 'đội tuyển', 'ban', 'sở', 'cục', 'chi cục', 'tổ',
  'sân bay', 'cảng', 'nhà ga', 'bảo tàng', 'thư viện', 'nhà hát', 'trại giam', 'kho bạc', 'vườn quốc gia', 'nhà xuất bản',
  'hội đồng', 'khách sạn', 'siêu thị', 'công đoàn', 'công an', 'giáo xứ', 'giáo phận', 'giáo hạt', 'kênh', 'ủy ban',
  // `Thượng nghị sĩ X, chủ tịch tiểu ban,` (a subcommittee) (pw13).
  'tiểu ban',
  // `Chủ tịch phái đoàn Nghị viện châu Âu (EP)`: a parliament's or a body's delegation (paw).
  'phái đoàn',
  // `Giám đốc khu du lịch` (psoc4).
  'khu du lịch',
  // `Giám đốc kinh doanh của khu nghỉ dưỡng Fusion Phú Quốc`: a resort named by its lowercase kind (pair).
  'khu nghỉ dưỡng',
  // `Hiệu trưởng trường ĐH Y Dược TP.HCM`, `Hiệu trưởng trường THPT Chu Văn An`, `Hiệu trưởng trường tiểu học`: a school
  // written with a lowercase `trường` before its level (pedu3).
  'trường đh', 'trường thpt', 'trường thcs', 'trường thpt chuyên', 'trường tiểu học', 'trường mầm non', 'trường cao đẳng', 'trường trung cấp',
  // `Giám đốc doanh nghiệp tư nhân Út Sang` (a sole proprietorship's legal form) (probes-pb7).
  'doanh nghiệp tư nhân',
  // `Giám đốc Marketing của chuỗi bán lẻ X` (a retail or restaurant chain) (pbiz).
  'chuỗi bán lẻ', 'chuỗi cửa hàng', 'chuỗi siêu thị', 'chuỗi nhà hàng', 'chuỗi nhà thuốc', 'chuỗi khách sạn',
  // `CEO startup giao đồ ăn FoodGo`, `CTO của ví điện tử PayNhanh`, `Giám đốc sàn thương mại điện tử Sendo`: a
  // start-up, an e-wallet or a marketplace named by its kind (pbiz4, round 3).
  'startup', 'ví điện tử', 'sàn thương mại điện tử', 'sàn tmđt',
  // `Tổ trưởng tổ hợp tác trồng dứa Đồng Giao`: a farmers' cooperative group, written lowercase (pagri).
  'tổ hợp tác',
  // `Bí thư đoàn trường THPT Lê Hồng Phong`: a school's Youth Union written lowercase (pschool).
  'đoàn trường', 'đoàn trường thpt', 'đoàn trường thcs', 'đoàn trường đại học', 'đoàn trường đh', 'đoàn trường cao đẳng',
]);
/** First words of Central Highlands place names (`Ea Kmar`, `Ia Le`, `Plei Ơi`, `Kon Tum`, `Chư Sê`, `Krông Búk`, `Ko Siêr`, `Dak Ro Wa`). */
const HIGHLAND_PLACE_FIRST: ReadonlySet<string> = new Set(['ea', 'ia', 'plei', 'kon', 'chư', 'cư', 'krông', 'đắk', 'đăk', 'bon', 'ko', 'kô', 'dak', 'đak']);
/** Last words of heads that name their unit: a capitalized run after them is the unit's name. */
const UNIT_NAMING_LAST = new Set(['thôn', 'bản', 'ấp', 'xóm', 'làng', 'khu', 'phố', 'tổ', 'buôn', 'khóm', 'sóc', 'phòng', 'ban', 'đồn', 'trạm', 'hạt', 'xã', 'phường', 'huyện', 'tỉnh', 'quận', 'trại', 'đoàn', 'nhóm', 'vụ', 'viện', 'sở', 'cục']);
/** Admin units that may stand alone (`Chủ tịch UBND tỉnh`). */
const LONE_ADMIN = new Set(['tỉnh', 'huyện', 'xã', 'phường', 'quận', 'thành phố', 'thị xã', 'thị trấn', 'thôn', 'ấp']);
/** Org heads named by a field or a proper name rather than a person's name. */
const DIPLOMAT = new Set(['đại diện', 'đại sứ', 'tổng lãnh sự', 'lãnh sự', 'trưởng đại diện', 'tùy viên', 'công sứ', 'đặc phái viên', 'đại diện thường trực', 'điều phối viên thường trú', 'trưởng đại diện thường trú', 'trưởng phái đoàn', 'trưởng phái đoàn đại diện thường trực', 'trưởng thương vụ', 'tham tán công sứ', 'tham tán', 'đại sứ đặc mệnh toàn quyền', 'đại biện', 'đại biện lâm thời',
  // An attaché's or counsellor's field (`Tùy viên lao động tại Hàn Quốc`, `Tham tán thương mại Việt Nam tại Nhật Bản`) (plabor).
  'tùy viên quốc phòng', 'tùy viên quân sự', 'tùy viên lao động', 'tùy viên thương mại', 'tùy viên báo chí', 'tùy viên văn hóa',
  'tùy viên công an', 'tham tán thương mại', 'tham tán kinh tế', 'tham tán lao động', 'tham tán văn hóa', 'tham tán chính trị',
  'tham tán báo chí', 'tham tán quốc phòng']);
/** Leaders of a party's group in a chamber, and the chambers (`Lãnh đạo phe đa số tại Thượng viện Mỹ`). */
/** Heads naming a faction (its body inside the head): a place after `tại`/`ở`, then the holder, belongs to them (pmix3). */
const FACTION_HEADS: ReadonlySet<string> = new Set(['lãnh đạo phe đối lập', 'thủ lĩnh phe đối lập', 'lãnh đạo phe ly khai', 'thủ lĩnh phe ly khai']);
const FLOOR_LEADERS = new Set(['lãnh đạo phe đa số', 'lãnh đạo phe thiểu số', 'thủ lĩnh phe đa số', 'thủ lĩnh phe thiểu số', 'lãnh đạo phe đối lập', 'thủ lĩnh phe đối lập', 'lãnh đạo đa số', 'lãnh đạo thiểu số', 'lãnh đạo phe cộng hòa', 'lãnh đạo phe dân chủ']);
const CHAMBERS = new Set(['thượng viện', 'hạ viện', 'quốc hội', 'nghị viện']);
/** Ruling, opposition and the wings, between a lowercase `đảng` and the party's name. */
const PARTY_SIDES: ReadonlySet<string> = new Set(['cầm quyền', 'đối lập', 'cánh hữu', 'cánh tả', 'cực hữu', 'cực tả', 'trung hữu', 'trung tả']);
/** Lowercase units a post may head in the plural (`Thủ trưởng các cơ quan`). */
const PLURAL_UNITS = new Set(['cơ quan', 'đơn vị', 'cơ sở']);
const LEVELS = new Set(['tỉnh', 'huyện', 'xã', 'cơ sở', 'trung ương', 'thành phố', 'quận', 'phường']);

function keyOf(keys: readonly string[], a: number, b: number): string {
  // One or two words (nearly every call) without an intermediate array.
  if (b === a + 1) return keys[a] ?? '';
  if (b === a + 2 && a + 1 < keys.length) return `${keys[a]} ${keys[a + 1]}`;
  // Three or more words (head keys such as `tổng giám đốc`): joined without a slice.
  if (b > a && b <= keys.length && a >= 0) {
    let k = keys[a]!;
    for (let j = a + 1; j < b; j++) k += ' ' + keys[j]!;
    return k;
  }
  return keys.slice(a, b).join(' ');
}

/** A head key headKeyOf made, with its words' vocabulary ids (to tell hash collisions). */
interface HeadKey {
  ids: Int32Array;
  key: string;
  /** headBits(key). */
  bits: number;
}
/**
 * Head keys of two or more words, by a hash of their words' ids (a direct-mapped table: a
 * slot holds the last key hashed there; heads come from the post lexicons, a few hundred).
 */
const HEAD_SLOTS = 1024;
const headKeys: (HeadKey | undefined)[] = new Array<HeadKey | undefined>(HEAD_SLOTS).fill(undefined);
/**
 * keyOf for a title's head words: a head of two or more vocabulary words gets one shared
 * string, so the head sets (headBits) and the one-entry memos compare and hash it once,
 * instead of a fresh string joined, flattened and hashed at every title (the first set
 * lookup of the fresh key was about 8% of parseTitleAt's own time).
 */
function headKeyOf(keys: KeyList, a: number, b: number): string {
  const ids = keys.ids;
  if (ids === undefined || b - a < 2 || a < 0 || b > ids.length) return keyOf(keys, a, b);
  let h = HASH_START;
  for (let j = a; j < b; j++) {
    const id = ids[j]!;
    // (A word of no built-in entry: a caller's post, keyed as usual.)
    if (id < 0) return keyOf(keys, a, b);
    h = Math.imul(h ^ id, HASH_PRIME);
  }
  // (A mask, not `%`: the unsigned hash is no small integer, and `%` on it took a float remainder.)
  const slot = h & (HEAD_SLOTS - 1);
  const e = headKeys[slot];
  if (e !== undefined && e.ids.length === b - a) {
    let same = true;
    for (let j = 0; same && j < e.ids.length; j++) same = e.ids[j] === ids[a + j];
    if (same) {
      // Primes headBits' one-entry memo (the parse asks it next): no map lookup of the key.
      lastHead = e.key;
      lastHeadBits = e.bits;
      return e.key;
    }
  }
  const key = keyOf(keys, a, b);
  headKeys[slot] = { ids: ids.slice(a, b), key, bits: headBits(key) };
  return key;
}

/** Bits of firstBits: an entry of that built-in lexicon starts with the word. */
const FB_ADMIN = 1;
const FB_FOREIGN_FULL = 2;
const FB_DOMAIN = 4;
const FB_ORG_WORD = 8;
const FB_PRE_MOD = 16;
const FB_POST_MOD = 32;
const FB_ORG_WORD_CAP = 64;
const FB_HONORIFIC = 128;
let firstBits = new Uint8Array(0);
let firstBitsOf: Lexicons | null = null;
/**
 * May an entry of the built-in lexicon `bit` names start at token k? One byte per word
 * for eight lexicons (made at the first question), by vocabulary id: most of the
 * grammar's lookups find no entry starting there, and this one small table stays in
 * cache where each trie's own root table (four bytes per word of the vocabulary) would
 * not. True when it cannot tell (keys without ids, a word interned later).
 */
function mayStart(c: GrammarCtx, k: number, bit: number): boolean {
  if (firstBitsOf !== c.L) {
    const L = c.L;
    const a = new Uint8Array(vocabSize());
    L.adminUnits.markFirstIds(a, FB_ADMIN);
    L.foreignFull.markFirstIds(a, FB_FOREIGN_FULL);
    L.domains.markFirstIds(a, FB_DOMAIN);
    L.orgWords.markFirstIds(a, FB_ORG_WORD);
    L.preMods.markFirstIds(a, FB_PRE_MOD);
    L.postMods.markFirstIds(a, FB_POST_MOD);
    L.orgWordsCap.markFirstIds(a, FB_ORG_WORD_CAP);
    L.honorifics.markFirstIds(a, FB_HONORIFIC);
    firstBits = a;
    firstBitsOf = L;
  }
  const ids = (c.keys as KeyList).ids;
  if (ids === undefined || k < 0) return true;
  // Past the end no entry starts (the tries say none there).
  if (k >= ids.length) return false;
  const id = ids[k]!;
  // A word no built-in entry has starts none (the tries step on its id).
  if (id < 0) return false;
  return id >= firstBits.length || (firstBits[id]! & bit) !== 0;
}

/** The given name at q closed a Vietnamese full name earlier in the text (`Nguyễn Quang Nhật`). */
function givenMetBefore(c: GrammarCtx, q: number): boolean {
  if (!hasNw(c.toks[q], NW_GIVEN)) return false;
  const first = (c.givenFirst ??= fullNameEnds(c)).get(c.keys[q]!);
  return first !== undefined && first < q;
}

/**
 * Each word that closes a Vietnamese full name in the text (a capitalized word before it,
 * a common surname one or two words before that), by key, with its first position: one
 * scan per analysis, asked by givenMetBefore at any position (a scan back from each
 * question would be quadratic on text that asks at every few words).
 */
function fullNameEnds(c: GrammarCtx): Map<string, number> {
  const { toks, keys } = c;
  const out = new Map<string, number>();
  for (let j = 2; j < toks.length; j++) {
    if (!capWord(toks[j - 1]) || out.has(keys[j]!)) continue;
    if (hasNw(toks[j - 2], NW_COMMON_SURNAME) || (j >= 3 && capWord(toks[j - 2]) && hasNw(toks[j - 3], NW_COMMON_SURNAME))) out.set(keys[j]!, j);
  }
  return out;
}

/** The word at k is a capitalized word written as part of a name. */
function capWord(t: Tk | undefined): boolean {
  return !!t && t.kind === 'word' && (t.cap || t.hl);
}

/**
 * Countries of two or more words, lowercased (`hàn quốc`, `bồ đào nha`), from
 * lexicons/places/countries.txt (the snapshot's place trie does not tell countries from
 * provinces).
 */
export const MULTIWORD_COUNTRIES: ReadonlySet<string> = new Set(placesCountries.filter((x) => x.includes(' ')).map((x) => x.toLowerCase()));
/**
 * Every country as a lowercase key (one word, or its words joined by spaces): an envoy's
 * brief closing the phrase (`về Myanmar,`; not `về Hà Nội.`), an organization's country.
 */
export const COUNTRY_KEYS: ReadonlySet<string> = new Set(placesCountries.map((x) => x.toLowerCase()));

/**
 * A state's official name opens with its form of state, then words of that form, then the country
 * (`Cộng hòa Chile`, `Vương quốc Bỉ`, `Cộng hòa Liên bang Brazil`, `Cộng hòa Ả Rập Ai Cập`,
 * `Cộng hòa Xã hội chủ nghĩa Dân chủ Sri Lanka`): how many words come before the country at a
 * (0: none). Credentials ceremonies and state visits write every country so (pdiplo).
 */
export function stateFormLen(keys: readonly string[], a: number): number {
  const k0 = keys[a];
  let q: number;
  if ((k0 === 'cộng' && keys[a + 1] === 'hòa') || (k0 === 'vương' && keys[a + 1] === 'quốc') || (k0 === 'liên' && keys[a + 1] === 'bang')) q = a + 2;
  else if ((k0 === 'hợp' && (keys[a + 1] === 'chủng' || keys[a + 1] === 'chúng') && keys[a + 2] === 'quốc') || (k0 === 'đại' && keys[a + 1] === 'công' && keys[a + 2] === 'quốc')) q = a + 3;
  else return 0;
  for (let m = 0; m < 4; m++) {
    const w = keys[q];
    if ((w === 'liên' && keys[q + 1] === 'bang') || (w === 'dân' && keys[q + 1] === 'chủ') || (w === 'nhân' && keys[q + 1] === 'dân') || (w === 'hồi' && keys[q + 1] === 'giáo') || (w === 'ả' && keys[q + 1] === 'rập') || (w === 'thống' && keys[q + 1] === 'nhất')) q += 2;
    else if (w === 'xã' && keys[q + 1] === 'hội' && keys[q + 2] === 'chủ' && keys[q + 3] === 'nghĩa') q += 4;
    else break;
  }
  return q - a;
}
/** Is a..b a country: a listed one, or a state's official name around one (`Cộng hòa Chile`)? */
export function isCountryKey(keys: readonly string[], a: number, b: number): boolean {
  if (COUNTRY_KEYS.has(keyOf(keys, a, b))) return true;
  const f = stateFormLen(keys, a);
  if (f === 0 || b <= a + f) return false;
  const k = keyOf(keys, a + f, b);
  // (`đảng Cộng hòa Mỹ` is a party: no state is named so.)
  return COUNTRY_KEYS.has(k) && !(f === 2 && keys[a] === 'cộng' && (k === 'mỹ' || k === 'hoa kỳ'));
}

/** `ứng viên`, `ứng cử viên` or `ứng cử` right before token s: a candidate for the post at s. */
export function candidateBefore(keys: readonly string[], s: number): boolean {
  if (keys[s - 1] === 'viên') return keys[s - 2] === 'ứng' || (keys[s - 2] === 'cử' && keys[s - 3] === 'ứng');
  return keys[s - 1] === 'cử' && keys[s - 2] === 'ứng';
}

/** Does a person's name start at k (Vietnamese full name or caller name)? */
export function nameStartsAt(c: GrammarCtx, k: number): boolean {
  const t = c.toks[k];
  if (!t || !capWord(t)) return false;
  if (c.C.names.longest(c.keys, k)) return true;
  const vn = parseVnName(c, k, c.toks.length);
  if (!vn) return false;
  // A place is no name start unless the name runs past it (`Phùng Văn Hòa` vs the town `Phùng`);
  // a country of two or more words starts none (`Hàn Quốc | Chung Eui-yong`, as in the person pass).
  if (c.placeEnd[k]! > k && vn.end <= c.placeEnd[k]!) return false;
  if (c.placeEnd[k]! > k + 1 && c.placeEnd[k]! - k <= 4 && MULTIWORD_COUNTRIES.has(keyOf(c.keys, k, c.placeEnd[k]!))) return false;
  const len = vn.end - vn.start;
  const common = hasNw(c.toks[k], NW_COMMON_SURNAME) || c.C.surnames.longest(c.keys, k) !== null;
  return (len >= 3 && (common || vn.allKnown || markedSurname(c, k, len))) || (len === 2 && common && vn.allKnown);
}

/**
 * A rarer surname (from the lexicon) at k with `Văn` or `Thị` after it, in a name of `len`
 * words (three or more), counts as a common one: `BIDV | Cấn Văn Lực`, not `Văn Lực`.
 */
function markedSurname(c: GrammarCtx, k: number, len: number): boolean {
  return len >= 3 && (c.keys[k + 1] === 'văn' || c.keys[k + 1] === 'thị') && c.L.surnames.longest(c.keys, k) !== null;
}

/**
 * Where a person's name that runs to the end of the capitalized run [k, end) starts,
 * or -1. Prefers a common surname and a three-syllable name (`Bạch Mai | Nguyễn Quang Tuấn`).
 */
/**
 * `Chủ tịch HĐND TP Đà Nẵng | Lương Nguyễn Minh Triết`: right after a place, two common surnames then
 * two given words (no `Văn`/`Thị`) are one name of a double surname (ppol2).
 */
function doubleSurname(c: GrammarCtx, p: number): boolean {
  if (p < 1 || !hasNw(c.toks[p + 1], NW_COMMON_SURNAME) || c.keys[p + 2] === 'văn' || c.keys[p + 2] === 'thị') return false;
  return placeEndsAt(c, p);
}

/** Words before medicine's `Y` in a body's name (`Đại học Y`, `Sở Y Tế`), and after it (`Y Dược`, `Y khoa`). */
const MEDICINE_BEFORE = new Set(['học', 'sở', 'bộ', 'viện', 'trường', 'ngành', 'khoa', 'phòng', 'trung', 'vụ']);
/** Words before `bộ` that make a party body, no ministry (`Chi bộ Y Thuân Ksơr`, `Đảng bộ`): medicine's `Y` never follows (psoc5). */
const PARTY_BODY_BEFORE_BO: ReadonlySet<string> = new Set(['chi', 'đảng']);
const MEDICINE_AFTER = new Set(['tế', 'dược', 'khoa', 'học', 'sinh']);
/** `Chủ tịch Hội đồng Dân tộc | Y Thanh Hà Niê Kđăm`: an Ê Đê name (`Y` + words + family name) closes the run at p (ppol2). */
function edeNameAt(c: GrammarCtx, p: number, end: number): boolean {
  const t = c.toks[p]!;
  return t.text === 'Y' && !t.hl && end - p >= 3 && end - p <= 5 && EDE_FAMILY_NAMES.has(c.keys[end - 1]!);
}

/**
 * Surnames that are never a body's, a place's or a given name's word: opening a four-word name before a
 * second common surname, they start a double-surname name (`Sở Tài chính | Nguyễn Hoàng Anh Tuấn`,
 * `Bệnh viện Bạch Mai | Trần Lê Minh Hà`), not a one-word body before a three-word name (psoc4).
 */
const DOUBLE_FIRST: ReadonlySet<string> = new Set(['nguyễn', 'trần', 'lê', 'phạm', 'huỳnh', 'phan', 'vũ', 'võ', 'đặng', 'bùi', 'đỗ', 'ngô', 'trương', 'đinh']);

function bestNameSplit(c: GrammarCtx, k: number, end: number): number {
  let best = -1;
  let bestScore = 0;
  for (let p = k; p < end; p++) {
    if (edeNameAt(c, p, end)) return p;
    if ((c.placeEnd[p]! > p && c.placeEnd[p]! >= end) || (p > 0 && c.placeEnd[p - 1]! > p && adminAt(c, p - 1) === p)) continue;
    const cn = c.C.names.longest(c.keys, p, end);
    if (cn && cn.end === end) return p;
    const vn = parseVnName(c, p, end);
    // In all-caps headlines the run goes on past the name: a full name is enough.
    if (!vn || (vn.end !== end && !(c.toks[p]!.hl && vn.end - p >= 3))) continue;
    const len = vn.end - p;
    if (len > 4) continue;
    const common = hasNw(c.toks[p], NW_COMMON_SURNAME) || c.C.surnames.longest(c.keys, p) !== null || markedSurname(c, p, len);
    if (!common && len < 3) continue;
    // A four-syllable name with `Thị`/`Văn` second scores as a three-syllable one
    // (`Bộ Y tế | Nguyễn Thị Kim Tiến`, not `Kim Tiến`: Kim is also a surname).
    // (So does one from a common surname whose two middle words are known middle names: `Bùi Tá Hoàng Vũ`,
    // not `Hoàng Vũ`; not when the second word is a common surname: `Bạch Mai | Nguyễn Quang Tuấn` (psoc4).)
    const marked4 = len === 4 && (c.keys[p + 1] === 'thị' || c.keys[p + 1] === 'văn' || (common && vn.allKnown && hasNw(c.toks[p + 1], NW_MIDDLE) && !hasNw(c.toks[p + 1], NW_COMMON_SURNAME) && hasNw(c.toks[p + 2], NW_MIDDLE)) || doubleSurname(c, p) || (DOUBLE_FIRST.has(c.keys[p]!) && hasNw(c.toks[p + 1], NW_COMMON_SURNAME) && c.placeEnd[p]! < 0));
    const score = (common ? 4 : 1) + (len === 3 || marked4 ? 2 : len === 2 ? 1 : 0) + (vn.allKnown ? 1 : 0);
    if (score > bestScore) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}

/** Words of [a, b) look foreign: no Vietnamese syllables with diacritics, no acronyms or company words, two or more non-Vietnamese shapes. */
function foreignRun(c: GrammarCtx, a: number, b: number): boolean {
  let nonVn = 0;
  for (let j = a; j < b; j++) {
    const t = c.toks[j]!;
    // (A Vietnamese letter in a word that is no one syllable is a foreign accent: `Mariângela Simão` (pvax).)
    if (t.upper || orgLike(t) || (VN_DIACRITIC.test(t.low) && vnTok(t))) return false;
    if (!vnTok(t)) nonVn++;
  }
  return nonVn >= 2;
}
const VN_DIACRITIC = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/u;

const BARE_FIELD_HEADS = new Set(['sở', 'bộ', 'cục', 'vụ', 'ban']);
/**
 * A labour union or an association written by its bare head, right before q (`Công đoàn`, `Liên đoàn`,
 * `Tổng Liên đoàn`, `Hội`, `Hiệp hội`, `Hội đồng`): such a body is named by its trade or members, never
 * after a person, so a name right after it is the holder's (`Chủ tịch Tổng Liên đoàn Nguyễn Đình Khang`)
 * (plabor). Companies and groups are left out: they are named after people (`Công ty Nguyễn Kim`).
 */
function bareUnionHead(keys: readonly string[], q: number): boolean {
  const a = keys[q - 1];
  if (a === 'đoàn') return keys[q - 2] === 'công' || keys[q - 2] === 'liên';
  if (a === 'đồng') return keys[q - 2] === 'hội';
  return a === 'hội';
}
const AFTER_NAME_NUMBER = new Set(['đối', 'của', 'tại', 'ở', 'và', 'cho', 'theo', 'từ', 'đã']);
/**
 * A one- or two-digit number at q, after a space, that ends a company's name (`Lilama 10`,
 * `EVNGENCO 3`): it closes the phrase or the holder's name follows it.
 */
function companyNumberAt(c: GrammarCtx, q: number): boolean {
  const t = c.toks[q];
  return t?.kind === 'number' && t.sp && /^\d{1,2}$/u.test(t.text) && (numberEndsName(c.toks, q) || nameStartsAt(c, q + 1));
}
/** Heads of bodies that may be named after a day (lexicons/date/day-named-bodies.txt, shared with the date parser). */
const DAY_NAMED_BODIES: ReadonlySet<string> = new Set(dateDayNamedBodies);
/** Such a head (`Công ty`, `Bệnh viện`, ...) right before q: a body that may be named after a day (`Tổng công ty 3/2`). */
// (Capitalized, as names are: `Tổng công ty 3/2`, not `giám đốc công ty 3/2 đã ký`.)
function dayNamedBodyBefore(toks: readonly Tk[], keys: readonly string[], q: number): boolean {
  if (q < 2 || !DAY_NAMED_BODIES.has(keyOf(keys, q - 2, q))) return false;
  return !!toks[q - 2]!.cap || (keys[q - 3] === 'tổng' && !!toks[q - 3]?.cap);
}
/** The number at q ends a name: punctuation closing the phrase, a line's end or a preposition follows. */
function numberEndsName(toks: readonly Tk[], q: number): boolean {
  const nx = toks[q + 1];
  if (!nx || nx.line) return true;
  // `Trưởng ban Tổ chức SEA Games 22 năm 2003`: an edition's number before `năm` and a single year (a date of its
  // own, as the date parser reads it: see editionBefore) (pfootball).
  if (nx.kind === 'word') return nx.sp && !nx.cap && (AFTER_NAME_NUMBER.has(nx.low) || (nx.low === 'năm' && !!toks[q + 2]?.sp && /^(19|20)\d\d$/u.test(toks[q + 2]!.text) && !['-', '–', '/'].includes(toks[q + 3]?.text ?? '')));
  // `Công ty cổ phần Xây lắp điện 1 (PCC1)`: the company's bracketed acronym follows (probes-pb7).
  if (nx.text === '(' && nx.sp && toks[q + 2]?.upper) {
    for (let j = q + 3; j < q + 6 && j < toks.length; j++) {
      if (toks[j]!.text === ')') return true;
      if (toks[j]!.sp || (toks[j]!.kind !== 'number' && !toks[j]!.upper)) break;
    }
  }
  return nx.text === ',' || nx.text === ';' || nx.text === ')' || (nx.text === '.' && (!toks[q + 2] || toks[q + 2]!.sp || toks[q + 2]!.line) && toks[q + 2]?.kind !== 'number');
}

/** One to five lowercase words right before q, after a capitalized word of the same name. */
function lowerTailAfterCap(toks: readonly Tk[], q: number): boolean {
  for (let j = q - 1; j >= 0 && j >= q - 6; j--) {
    const w = toks[j]!;
    if (w.kind !== 'word' || !w.sp) return false;
    if (capWord(w)) return j < q - 1;
  }
  return false;
}

/** A foreign name (known first name, two or more words) starts at k. */
function foreignNameAt(c: GrammarCtx, k: number): boolean {
  if (!hasNw(c.toks[k], NW_FOREIGN) && !(mayStart(c, k, FB_FOREIGN_FULL) ? c.L.foreignFull.longest(c.keys, k) : null)) return false;
  // `Bệnh viện Tim Hà Nội`: a known first name followed by a place is an org word (no
  // foreign name runs into a place, as in the person pass).
  if (k + 1 < c.toks.length && c.placeEnd[k + 1]! > k + 1) return false;
  const f = parseForeign(c, k, c.toks.length);
  return !!f && f.end - f.start >= 2;
}

/** A capitalized run starting at k (joined words), end index. */
/**
 * `Tr'Hy`, `Ch'ơm` at q: a capitalized word (not a headline's) glued by an apostrophe to the next word, one
 * highland place name after a lowercase unit word; not an Ê Đê woman's `H'` (her name) (pflood).
 */
function apostrophePlaceAt(toks: readonly Tk[], q: number): boolean {
  const t = toks[q];
  return capWord(t) && !t!.hl && t!.text !== 'H' && toks[q + 1]?.text === "'" && !toks[q + 1]!.sp && toks[q + 2]?.kind === 'word' && !toks[q + 2]!.sp;
}

function capRunEnd(c: GrammarCtx, k: number): number {
  let j = k;
  if (!capWord(c.toks[j])) return k;
  j++;
  // Bounded: names and org names are short; this keeps every caller linear.
  while (j < c.toks.length && j - k < MAX_RUN && joins(c.toks, j)) j++;
  return j;
}
const MAX_RUN = 8;

/** Posts of a village's or hamlet's head: the village's name follows the post. */
const VILLAGE_HEADS = new Set(['trưởng thôn', 'phó trưởng thôn', 'trưởng ấp', 'phó trưởng ấp', 'trưởng bản', 'phó trưởng bản', 'trưởng xóm', 'trưởng buôn', 'trưởng khu phố', 'trưởng làng']);
/**
 * `Phố Châu Lê Văn Tâm`, `Đồng Sang Nguyễn Văn Khải`: the start of a closing three-word name of a
 * common surname, `Văn`/`Thị` and a given name, after at least one word of the run (else -1).
 */
function surnameVanSplit(c: GrammarCtx, k: number, end: number): number {
  const p = end - 3;
  if (p <= k || end - k > 7) return -1;
  const m = c.keys[p + 1];
  if ((m !== 'văn' && m !== 'thị') || !hasNw(c.toks[p], NW_COMMON_SURNAME) || !c.toks[p + 2]!.cap) return -1;
  return c.placeEnd[p]! > p ? -1 : p;
}

/**
 * First position in [k, end) where a person's name starts and runs to the end of the
 * capitalized run, or `end` when none (the org keeps at least `minKeep` tokens).
 */
function nameSplit(c: GrammarCtx, k: number, end: number, minKeep: number): number {
  // (A closing `Nguyễn Văn A` is the name even where a rarer surname opens a longer one: `Phố Châu Lê Văn Tâm`.)
  const sv = surnameVanSplit(c, k + minKeep - 1, end);
  if (sv >= k + minKeep) return sv;
  for (let p = k + minKeep; p < end; p++) {
    if (edeNameAt(c, p, end)) return p;
    // (`Vietcombank TP | Hồ Chí Minh`: no name inside a place that starts with its unit word.)
    if (c.placeEnd[p]! > p || (c.placeEnd[p - 1]! > p && adminAt(c, p - 1) === p)) continue;
    const vn = parseVnName(c, p, end);
    if (vn && vn.end === end) {
      // `xã Quỳnh Thạch Hồ Sỹ Tuấn`, `xã Cẩm Quan Trần Quốc Bảo`: a four- or five-word name whose
      // rarer first word is followed by a common surname (not `Văn` / `Thị`) opening a name to the
      // end is the place's last word, then the holder's name (psoc4).
      if (end - p >= 4 && end - p <= 5 && !hasNw(c.toks[p], NW_COMMON_SURNAME) && hasNw(c.toks[p + 1], NW_COMMON_SURNAME) && c.keys[p + 1] !== 'văn' && c.keys[p + 1] !== 'thị') {
        const vn2 = parseVnName(c, p + 1, end);
        if (vn2 && vn2.end === end) return p + 1;
      }
      return p;
    }
    const cn = c.C.names.longest(c.keys, p, end);
    if (cn && cn.end === end) return p;
  }
  // Foreign name after a company word: `Vingroup Phạm ...` handled above; `Tesla Elon Musk`.
  for (let p = k + minKeep; p < end; p++) {
    if (hasNw(c.toks[p], NW_FOREIGN) && orgLike(c.toks[p - 1]!) && end - p >= 2 && end - p <= 3) return p;
  }
  return end;
}

function postAt(c: GrammarCtx, k: number): { end: number; value: PostKind } | null {
  // Quick rejection: a word no built-in post starts with (and no caller posts).
  if (k < c.flags.length && !(c.flags[k]! & KF_HEAD) && c.toks[k]!.kind === 'word' && c.C.posts.size === 0) return null;
  return longer(c.L.posts.longest(c.keys, k), c.C.posts.longest(c.keys, k));
}

function knownOrgAt(c: GrammarCtx, k: number): number {
  const t = c.toks[k];
  if (!t || t.kind !== 'word') return -1;
  if (!(c.flags[k]! & KF_ORG) && c.C.organizations.size === 0) return -1;
  // Lowercase only for entries written in lowercase (`hải quân`, `chính quyền`): most
  // lowercase words start none of those (one root read), so no organization is looked up.
  // (`Trưởng ban Chỉ đạo Nhà nước các công trình, dự án ...`: a lowercase `ban` after `Trưởng`, before a
  // capitalized word, opens a known `Ban ...` body, commas and all (psoc6).)
  const lower = !t.cap && !t.hl && !(c.keys[k] === 'ban' && k > 0 && c.keys[k - 1] === 'trưởng' && capWord(c.toks[k + 1]));
  if (lower && !lowerKnownAt(c.keys, k)) return -1;
  const e = Math.max(c.L.organizations.longestEnd(c.keys, k), c.C.organizations.longestEnd(c.keys, k));
  if (e < 0) return -1;
  if (lower && LOWER_KNOWN_TRIE.longestEnd(c.keys, k, e) !== e) return -1;
  return e;
}
const PRESIDE_ROLE = new Set(['làm', 'là', 'vị', 'người', 'với', 'nguyên', 'cựu']);
/** Words before a bare `chủ tọa` that make it a noun (the presiding judge), and first words of the judge's acts after it. */
const PRESIDE_NOUN_BEFORE = new Set(['vị', 'được', 'của', 'lời', 'với', 'phía']);
const PRESIDE_OBJECTS = new Set(['cuộc', 'buổi', 'phiên', 'hội', 'kỳ', 'lễ', 'đại', 'các', 'những']);
const PRESIDE_ACTS = new Set(['hỏi', 'yêu', 'nhắc', 'tuyên', 'cho', 'đề', 'công', 'giải', 'nói', 'đọc', 'cắt', 'quyết', 'chấp', 'mời', 'nhấn', 'khẳng', 'bác', 'hoãn', 'dừng', 'tạm', 'đã', 'liên', 'lưu', 'chất', 'phân', 'xác', 'nêu', 'kết', 'thông', 'giữ', 'ngắt', 'truy']);
const LOWER_KNOWN: readonly string[] = ['hải quân', 'không quân', 'quân đội', 'lực lượng vũ trang', 'các lực lượng vũ trang', 'chính quyền', 'chính phủ', 'nội các', 'hạ viện', 'thượng viện', 'chi bộ', 'ban kiểm soát', 'ban giám đốc', 'ban điều hành', 'ban giám hiệu', 'nhà trường', 'ban quản lý', 'ban tổng giám đốc', 'hội đồng quản trị', 'hội đồng thành viên', 'cơ quan ngang bộ', 'tỉnh ủy', 'thành ủy', 'huyện ủy', 'quận ủy', 'thị ủy', 'đảng ủy', 'ban thường vụ', 'ban thường vụ tỉnh ủy', 'ban thường vụ thành ủy', 'ủy ban nhân dân', 'tòa án nhân dân', 'viện kiểm sát nhân dân',
  // A party committee at any level, named generically (`Bí thư cấp ủy`, `Phó Bí thư cấp ủy các cấp`) (ra1).
  'cấp ủy',
  // A class's or school's parents' board (`Trưởng ban đại diện cha mẹ học sinh lớp 9C`) (pschool).
  'ban đại diện cha mẹ học sinh', 'ban đại diện phụ huynh', 'ban đại diện phụ huynh học sinh', 'hội cha mẹ học sinh'];
/**
 * LOWER_KNOWN as a trie on word ids (the span's check without building its key). Built
 * as the module loads, before any document's words are looked up.
 */
const LOWER_KNOWN_TRIE = new Trie<true>(true).addAll(LOWER_KNOWN, true, true);
/** First words of LOWER_KNOWN by vocabulary id: a lowercase word that is none starts no known organization (knownOrgAt). */
export const LOWER_KNOWN_FIRST = new WordIds(LOWER_KNOWN.map((x) => x.slice(0, x.indexOf(' ') < 0 ? x.length : x.indexOf(' '))));
/**
 * A LOWER_KNOWN entry starts at k (asked after LOWER_KNOWN_FIRST): knownOrgAt finds a
 * known organization at a lowercase word only then (`chính` opens `chính phủ`, not `chính sách`).
 */
export function lowerKnownAt(keys: KeyList, k: number): boolean {
  // The entries' first words and word pairs by id first (every entry has two or more words):
  // of the ~6,000 corpus words asked (`các`, `chính`, `thành` ...), 240 open an entry, and
  // the others are told from two bytes instead of a trie walk.
  const ids = keys.ids;
  if (ids !== undefined && k >= 0 && k < ids.length && !(lowerKnownStarts ??= LOWER_KNOWN_TRIE.startFilter()).may(ids, k, ids.length)) return false;
  return LOWER_KNOWN_TRIE.longestEnd(keys, k) > k;
}
/** LOWER_KNOWN_TRIE's start filter (made at its first question, once the vocabulary is complete). */
let lowerKnownStarts: StartFilter | null = null;

function orgHeadAt(c: GrammarCtx, k: number, first: boolean): number {
  const t = c.toks[k];
  if (!t || t.kind !== 'word' || !(c.flags[k]! & KF_ORG)) return -1;
  const e = c.L.orgHeads.longestEnd(c.keys, k);
  if (e < 0) return -1;
  if (t.cap || t.hl) return e;
  // `HLV trưởng tuyển Anh`, `Đội trưởng tuyển Việt Nam`: sports news' short `tuyển` (national
  // team) before its country (not `tuyển sinh`, `tuyển dụng`).
  if (first && e === k + 1 && c.keys[k] === 'tuyển') return c.toks[k + 1]?.sp && c.placeEnd[k + 1]! > k + 1 ? e : -1;
  if (first && LOWER_ORG_HEADS.has(keyOf(c.keys, k, e))) {
    // `Trưởng đoàn hội đàm`: `hội` starts a word there (talks, conference), no association.
    if (e === k + 1 && c.keys[k] === 'hội' && HOI_WORDS.has(c.keys[k + 1] ?? '')) return -1;
    // `Thủ tướng ban hành Quyết định`, `Tổng thống ban bố tình trạng khẩn cấp`: `ban` starts a verb or a
    // time word there, no board (pw8).
    if (e === k + 1 && c.keys[k] === 'ban' && BAN_WORDS.has(c.keys[k + 1] ?? '')) return -1;
    return e;
  }
  return -1;
}
/** Words after a lowercase `ban` that make it another word (`ban hành`, `ban bố`, `ban đầu`, `ban đêm`). */
const BAN_WORDS = new Set(['hành', 'bố', 'đầu', 'ngày', 'đêm', 'tặng', 'phát', 'thưởng', 'ơn', 'trưa', 'chiều', 'sáng', 'mai']);
/** Words after a lowercase `hội` that make it another word (`hội đàm`, `hội nghị`, `hội thảo`). */
const HOI_WORDS = new Set(['đàm', 'nghị', 'thảo', 'chẩn', 'ý', 'tụ', 'họp', 'nhập', 'thi', 'diễn', 'ngộ', 'chứng', 'đủ', 'trường', 'viên', 'kiến', 'làng', 'chợ', 'xuân', 'hè', 'trại', 'sách']);

function adminAt(c: GrammarCtx, k: number): number {
  const m = (mayStart(c, k, FB_ADMIN) ? c.L.adminUnits.longest(c.keys, k) : null);
  if (!m) return -1;
  const key = keyOf(c.keys, k, m.end);
  const nx = c.toks[m.end];
  if (key === 'xã' && c.keys[m.end] === 'hội') return -1;
  if (nx && nx.sp !== false && (capWord(nx) || nx.kind === 'number')) return m.end;
  // `tổ dân phố số 5`, `thôn số 3`.
  if (nx && nx.sp && nx.low === 'số' && c.toks[m.end + 1]?.kind === 'number' && c.toks[m.end + 1]!.sp) return m.end;
  if (nx && !nx.sp && c.toks[k + 1]?.text === '.' && capWord(nx)) return m.end;
  if (key === 'tp.' && nx && capWord(nx)) return m.end;
  if (LONE_ADMIN.has(key) && !c.toks[k]!.cap) return m.end;
  if (loneVillage(c, k, m.end)) return m.end;
  return -1;
}

/** Villages that stand alone only before a comma, a semicolon or a period (`Bí thư Chi bộ bản,`; not `bản lĩnh`) (psoc5). */
const LONE_VILLAGE = new Set(['bản', 'buôn', 'xóm', 'khóm']);
function loneVillage(c: GrammarCtx, k: number, end: number): boolean {
  const nx = c.toks[end];
  return end === k + 1 && !c.toks[k]!.cap && LONE_VILLAGE.has(c.keys[k]!) && nx !== undefined && (nx.text === ',' || nx.text === ';' || nx.text === '.');
}

/**
 * A company's legal form ends right before `q` (`TNHH`, `cổ phần`, `MTV`, `một thành
 * viên`, `tư nhân`): a person's name after it is the company's name (`Công ty TNHH Trần
 * Quang Lộc`).
 */
export function companyTypeEnds(keys: readonly string[], q: number): boolean {
  const a = keys[q - 1];
  if (a === 'tnhh' || a === 'mtv') return true;
  if (a === 'phần') return keys[q - 2] === 'cổ';
  // `Công ty CP` (cổ phần), not the `CP` of `NĐ-CP`.
  if (a === 'cp') return keys[q - 2] === 'ty';
  if (a === 'nhân') return keys[q - 2] === 'tư';
  return a === 'viên' && keys[q - 2] === 'thành' && keys[q - 3] === 'một';
}

/**
 * A company's legal form and its field end right before `q` (`Công ty cổ phần Bất động
 * sản | Trần Anh Khoa`, `Công ty cổ phần Phân phối | Nguyễn Kim Long`): the name after
 * them is the company's.
 */
/** Stage arts that name a theatre before the person it is named after (`Nhà hát Cải lương Trần Hữu Trang`). */
const THEATRE_ARTS: readonly (readonly string[])[] = [['cải', 'lương'], ['tuồng'], ['chèo'], ['kịch'], ['múa', 'rối'], ['ca', 'múa', 'nhạc'], ['ca', 'kịch']];
/**
 * Does `Nhà hát` and a stage art end right before q? A theatre is named by its art, then
 * by a person (`Nhà hát Cải lương Trần Hữu Trang`, `Nhà hát Tuồng Đào Tấn`): a name there is
 * the theatre's, as right after a bare head (pshow). Only read where a name starts at q.
 */
function theatreArtEnds(keys: readonly string[], q: number): boolean {
  for (const art of THEATRE_ARTS) {
    const p = q - art.length;
    if (p < 2 || keys[p - 1] !== 'hát' || keys[p - 2] !== 'nhà') continue;
    let ok = true;
    for (let j = 0; j < art.length && ok; j++) ok = keys[p + j] === art[j];
    if (ok) return true;
  }
  return false;
}

function companyFieldEnds(c: GrammarCtx, q: number): boolean {
  const { keys, L } = c;
  for (let p = q - 1; p >= 0 && q - p <= 8; p--) {
    if (!companyTypeEnds(keys, p)) continue;
    let m = p;
    for (let guard = 0; m < q && guard < 6; guard++) {
      // (`Công ty Cổ phần Tập đoàn | Hà Đô`: a group's head word after the legal form too.)
      const w0 = longer(longer((mayStart(c, m, FB_ORG_WORD) ? L.orgWords.longest(keys, m, q) : null), (mayStart(c, m, FB_DOMAIN) ? L.domains.longest(keys, m, q) : null)), (mayStart(c, m, FB_ORG_WORD_CAP) ? L.orgWordsCap.longest(keys, m, q) : null));
      const w = w0 ?? (keys[m] === 'tập' && keys[m + 1] === 'đoàn' && m + 2 <= q ? { end: m + 2 } : null);
      if (!w) break;
      m = w.end;
    }
    return m === q;
  }
  return false;
}

/**
 * End of a company's own name (two or three Vietnamese words starting no name, ending the
 * capitalized run) after the place [ps, q) that follows a lowercase field of a company
 * (`Công ty ... du học Nhật Bản | Bắc Nam`), or q when there is none.
 */
function companyOwnNameEnd(c: GrammarCtx, ps: number, q: number): number {
  const { toks, keys, L } = c;
  // `Ngân hàng TMCP Sài Gòn Thương Tín`, `Ngân hàng TMCP Việt Nam Thịnh Vượng Nguyễn Đức Vinh`:
  // after a legal form and a place, one to three words starting no name are the company's own
  // name (up to the holder's name).
  // (Also a bank named right after `Ngân hàng` by its place: `Ngân hàng Sài Gòn Thương Tín`,
  // `Ngân hàng Việt Nam Thịnh Vượng` (pbiz).)
  if (keys[ps - 1] === 'tmcp' || companyTypeEnds(keys, ps) || (keys[ps - 1] === 'hàng' && keys[ps - 2] === 'ngân')) {
    const runEnd = capRunEnd(c, q);
    const sp = bestNameSplit(c, q, runEnd);
    const own = sp > q ? sp : runEnd;
    if (own - q > 3 || sp === q || (sp < 0 && nameStartsAt(c, q)) || hasNw(toks[q], NW_COMMON_SURNAME) || runEnd - q >= MAX_RUN) return q;
    for (let j = q; j < own; j++) {
      const t = toks[j]!;
      if (!vnTok(t) || t.upper || c.placeEnd[j]! > j || postAt(c, j) || orgHeadAt(c, j, false) > 0 || (mayStart(c, j, FB_HONORIFIC) ? L.honorifics.longest(keys, j) : null)) return q;
    }
    return own;
  }
  const f = toks[ps - 1];
  if (!f || f.kind !== 'word' || f.cap) return q;
  let company = false;
  for (let b = ps - 2; b >= 1 && ps - b <= 8; b--) {
    if ((keys[b] === 'ty' && keys[b - 1] === 'công') || (keys[b] === 'đoàn' && keys[b - 1] === 'tập')) {
      company = true;
      break;
    }
  }
  if (!company) return q;
  let fieldOk = false;
  for (let b = ps - 1; b >= ps - 3 && b >= 0; b--) {
    const w = (mayStart(c, b, FB_ORG_WORD) ? L.orgWords.longest(keys, b, ps) : null);
    if (w && w.end === ps) {
      fieldOk = true;
      break;
    }
  }
  if (!fieldOk) return q;
  const runEnd = capRunEnd(c, q);
  if (runEnd - q < 2 || runEnd - q > 3 || runEnd - q >= MAX_RUN) return q;
  for (let j = q; j < runEnd; j++) {
    const t = toks[j]!;
    if (!vnTok(t) || t.upper || c.placeEnd[j]! > j || postAt(c, j) || (mayStart(c, j, FB_HONORIFIC) ? L.honorifics.longest(keys, j) : null)) return q;
  }
  if (nameStartsAt(c, q) || hasNw(toks[q], NW_COMMON_SURNAME) || c.C.surnames.longest(keys, q) || L.surnames.longest(keys, q)) return q;
  return runEnd;
}

/** `X bin ...`, `X Al-...`: the word at q is the first of a Gulf name (pw12). */
function gulfNameNext(toks: readonly Tk[], keys: readonly string[], q: number): boolean {
  const a = toks[q + 1];
  if (!a || !a.sp || a.line) return false;
  if ((keys[q + 1] === 'bin' || keys[q + 1] === 'bint') && !a.cap) return capWord(toks[q + 2]);
  if (a.text !== 'Al') return false;
  const b = toks[q + 2];
  if (b?.text === '-' && !b.sp) return !!toks[q + 3] && !toks[q + 3]!.sp && toks[q + 3]!.cap;
  // (`Akbar Al Baker`: a spaced `Al` before a capitalized family name closing the run.)
  return !!b && b.kind === 'word' && b.sp && !b.line && b.cap && !b.upper && !orgLike(b) && !capWord(toks[q + 3]);
}

/** Acronyms of parent bodies that a unit's post writes in brackets (`Vụ trưởng Vụ Chính sách tiền tệ (NHNN)`). */
const PARENT_ACRONYMS: ReadonlySet<string> = new Set(['nhnn', 'vcci', 'btc', 'bct']);
/** Heads of the units inside such a body. */
const SUBUNIT_HEADS: ReadonlySet<string> = new Set(['vụ', 'cục', 'ban', 'viện']);

/**
 * `Vụ trưởng Vụ Chính sách tiền tệ (NHNN)`, `Trưởng ban Pháp chế (VCCI)`: the bracketed acronym of
 * the parent body of a unit (organization opening at o) stays outside the title, like a parent
 * written in full (`(Bộ Tài chính)`); a body's own acronym (`Cục Điều tra Liên bang (FBI)`) stays in (pbiz5).
 */
function parentAcronym(c: GrammarCtx, o: number, end: number): boolean {
  const { toks, keys } = c;
  return toks[end]?.text === '(' && !!toks[end + 1]?.upper && toks[end + 2]?.text === ')' && PARENT_ACRONYMS.has(keys[end + 1] ?? '') && SUBUNIT_HEADS.has(keys[o] ?? '');
}

/** Words that end with `vụ` (`nhiệm vụ`, `dịch vụ`): no `Vụ trưởng` / `Vụ phó` head starts at their `vụ`. */
const VU_WORDS_BEFORE: ReadonlySet<string> = new Set(['nhiệm', 'dịch', 'phục', 'nghĩa', 'nghiệp', 'thời', 'sự', 'chức']);

/** Org name tail after an org head: org words, capitalized words, numbers, `và`, joiners. */
/** Kinds of work a project board is named after (`Ban Quản lý dự án đường Hồ Chí Minh`). */
const PROJECT_WORK: ReadonlySet<string> = new Set(['đường', 'cầu', 'cảng', 'hầm']);
const PROJECT_WORK2: ReadonlySet<string> = new Set(['cao tốc', 'sân bay', 'đường sắt', 'nhà ga', 'thủy điện', 'nhiệt điện']);

/** Words naming a shrine, a temple or its festival right before a deity's or a heroine's name that opens
 * with a kinship word (`Miếu Bà Chúa Xứ`, `đền Bà Chúa Kho`, `Lễ hội Vía Bà`, `Đền Ông Hoàng Mười`) (prelig). */
const SHRINE_BEFORE: ReadonlySet<string> = new Set(['đền', 'miếu', 'phủ', 'vía', 'lăng', 'đình']);

/** A capitalized `Bà` / `Ông` right after a shrine word and before another capitalized word is part of the
 * shrine's name, not the holder's honorific. */
function shrineHonorificAt(toks: readonly Tk[], keys: readonly string[], q: number): boolean {
  const t = toks[q]!;
  return q > 0 && t.cap && t.sp && (keys[q] === 'bà' || keys[q] === 'ông') && SHRINE_BEFORE.has(keys[q - 1]!) && toks[q - 1]!.kind === 'word' && capWord(toks[q + 1]) && !!toks[q + 1]!.sp;
}

function parseTail(c: GrammarCtx, k: number, afterKnown: boolean): number {
  const { toks, keys, L } = c;
  let q = k;
  let n = 0;
  // `steps` bounds the loop also where it does not count words (joiners, bridges), so
  // every caller stays linear on hostile input.
  for (let steps = 0; q < toks.length && n < 14 && steps < 40; steps++) {
    const t = toks[q]!;
    // `Trung tâm Thông tin và Dự báo kinh tế - xã hội quốc gia`: the compound `kinh tế - xã hội`
    // (`văn hóa - xã hội`) inside a name, its dash no connector to a parent body (pbiz5).
    if (t.text === '-' && n > 0 && q >= 2 && keys[q + 1] === 'xã' && keys[q + 2] === 'hội' && ((keys[q - 1] === 'tế' && keys[q - 2] === 'kinh') || (keys[q - 1] === 'hóa' && keys[q - 2] === 'văn'))) {
      q += 3;
      n++;
      continue;
    }
    if (t.kind === 'word' && t.sp) {
      // `Ban Chỉ đạo Trung ương về phòng, chống thiên tai`: the body's field after `về`.
      if (t.low === 'về' && (n > 0 || afterKnown) && toks[q + 1]?.kind === 'word' && !toks[q + 1]!.cap && toks[q + 1]!.sp && (mayStart(c, q + 1, FB_ORG_WORD) ? L.orgWords.longest(keys, q + 1) : null)) {
        q++;
        continue;
      }
      // (`... Trung ương về Phòng, chống thiên tai`: the field capitalized, then going on in lowercase (plong).)
      if (t.low === 'về' && (n > 0 || afterKnown) && toks[q + 1]?.kind === 'word' && toks[q + 1]!.cap && !toks[q + 1]!.upper && toks[q + 1]!.sp) {
        const fe = mayStart(c, q + 1, FB_ORG_WORD) ? L.orgWords.longest(keys, q + 1)?.end ?? -1 : -1;
        const y = fe > 0 ? toks[fe] : undefined;
        if (fe - (q + 1) >= 2 || y && (y.text === ',' || (y.kind === 'word' && !y.cap && y.sp)) && (mayStart(c, y.text === ',' ? fe + 1 : fe, FB_ORG_WORD) ? L.orgWords.longest(keys, y.text === ',' ? fe + 1 : fe) : null)) {
          q++;
          continue;
        }
      }
      // `Ban Quản lý dự án đường Hồ Chí Minh`, `Ban Quản lý dự án cầu Mỹ Thuận`, `... dự án sân bay Long Thành`:
      // after `dự án`, a lowercase kind of work names the project with the capitalized name after it (pprov).
      if ((n > 0 || afterKnown) && !t.cap && keys[q - 1] === 'án' && keys[q - 2] === 'dự') {
        const w = t.low === 'đường' && keys[q + 1] === 'cao' && keys[q + 2] === 'tốc' && !toks[q + 1]!.cap ? 3 : PROJECT_WORK2.has(t.low + ' ' + (keys[q + 1] ?? '')) && toks[q + 1]!.sp && !toks[q + 1]!.cap ? 2 : PROJECT_WORK.has(t.low) ? 1 : 0;
        const y = toks[q + w];
        if (w > 0 && y?.sp && !y.line && capWord(y) && !postAt(c, q + w) && !(mayStart(c, q + w, FB_HONORIFIC) ? L.honorifics.longest(keys, q + w) : null)) {
          // The project's name is the capitalized run (a place in full: `Hồ Chí Minh`), less a holder's
          // name closing it (`cầu Mỹ Thuận Trần Văn Nam`); a spaced dash joins the two ends of a road
          // (`cao tốc Trung Lương - Mỹ Thuận`).
          let s0 = q + w;
          let e = capRunEnd(c, s0);
          if (toks[e]?.text === '-' && toks[e]!.sp && toks[e + 1]?.sp && !toks[e + 1]!.line && capWord(toks[e + 1])) {
            s0 = e + 1;
            e = capRunEnd(c, s0);
          }
          q = c.placeEnd[s0]! >= e ? e : nameSplit(c, s0, e, 1);
          n++;
          continue;
        }
      }
      // `Chi cục Quản lý thị trường số 4`, `Đội CSGT số 3`: the unit's number, also right after the
      // head (`Trại giam số 6`, `Trường Tiểu học số 1`).
      if (t.low === 'số' && (n > 0 || afterKnown || q === k) && toks[q + 1]?.kind === 'number' && toks[q + 1]!.sp && /^\d{1,3}$/u.test(toks[q + 1]!.text)) {
        q += 2;
        n++;
        continue;
      }
      // A new line ends the organization (`Tân Tổng giám đốc Vietcombank ¶ HĐQT Ngân hàng ...`:
      // a headline, then the lead opening with a known body).
      if (t.line && q > k) break;
      // `Quốc vương Kuwait Sabah Al-Ahmad ...`: a word before `bin` or a glued `Al-` opens a Gulf name (pw12).
      if (t.cap && gulfNameNext(toks, keys, q) && !COUNTRY_KEYS.has(keys[q]!)) break;
      // (A known organization counts here only capitalized: lowercase words skip the lookup.)
      const ko = capWord(t) ? knownOrgAt(c, q) : -1;
      if (ko > 0) {
        q = ko;
        n++;
        continue;
      }
      // A unit inside the organization named by a two-word head: `Đảng ủy Kho bạc tỉnh`.
      if ((n > 0 || afterKnown) && capWord(t)) {
        const oh = orgHeadAt(c, q, false);
        if (oh > q + 1) {
          q = oh;
          n++;
          continue;
        }
      }
      // (The longest of the three lexicons' matches, by end: no match objects.)
      const owEnd = Math.max((mayStart(c, q, FB_ORG_WORD) ? L.orgWords.longestEnd(keys, q) : -1), (mayStart(c, q, FB_DOMAIN) ? L.domains.longestEnd(keys, q) : -1), t.cap ? (mayStart(c, q, FB_ORG_WORD_CAP) ? L.orgWordsCap.longestEnd(keys, q) : -1) : -1);
      // `Phó Chánh Văn phòng Bộ Công an thông tin tại buổi họp báo`: a lowercase field word that is a verb
      // of saying, followed by what follows a speaker's verb, ends the title.
      if (owEnd > 0 && (n > 0 || afterKnown) && !t.cap && !t.hl && speechAt(keys, q) && (SPEECH_NEXT.has(keys[owEnd] ?? '') || (SPEECH_END.has(keys[owEnd] ?? '') && !c.leaderOrg))) break;
      // `Phó Tổng cục trưởng Tổng cục Thống kê dự báo CPI tháng 2 sẽ tăng`: after a named body, a
      // lowercase `dự báo` (the one verb of saying that is also a field word) is the speaker's verb;
      // right after a bare head it is the field (`Trung tâm dự báo khí tượng thủy văn`).
      if (owEnd > 0 && (n > 0 || afterKnown) && !t.cap && !t.hl && keys[q] === 'dự' && keys[q + 1] === 'báo') break;
      // `Bí thư Huyện ủy trẻ nhất tỉnh`: a lowercase word compared (`nhất`, `hơn` after it) describes the holder.
      if (owEnd > 0 && !t.cap && (keys[owEnd] === 'nhất' || keys[owEnd] === 'hơn')) break;
      if (owEnd > 0 && (t.cap || !toks[q]!.upper)) {
        // An org word must not start a new post or org head in capitals, nor a full
        // Sino-Vietnamese name of foreign-names.txt closing the run (`Thống đốc Dịch Cương`: `dịch`, an epidemic).
        // (`Phó Trưởng Ban Chỉ huy Quân sự huyện`: after `ban`, `Chỉ huy` names the body, no new post.)
        if (!(t.cap && postAt(c, q) && keys[q - 1] !== 'ban') && !(t.cap && (mayStart(c, q, FB_FOREIGN_FULL) ? c.L.foreignFull.longest(keys, q) : null)?.end === capRunEnd(c, q))) {
          q = owEnd;
          n++;
          continue;
        }
      }
      if (capWord(t)) {
        if (t.line) break;
        if (t.hl && hasNw(t, NW_HEADLINE_STOP)) break;
        // `UBND xã A Vao, huyện Đakrông`, `Công an xã A Bung, huyện B`: right after a lowercase unit word, `A` and one
        // syllable, then a comma and a higher unit, are a Katu, Ta Oi or Van Kieu commune's or village's name, which
        // the address goes on after, not a holder's name (pflood).
        if ((n > 0 || afterKnown) && t.text === 'A' && !t.hl && q > 0 && !toks[q - 1]!.cap && LONE_ADMIN.has(keys[q - 1]!) && toks[q + 1]?.sp && capWord(toks[q + 1]) && !toks[q + 1]!.upper && capRunEnd(c, q) === q + 2 && toks[q + 2]?.text === ',' && higherUnitAt(c, q + 3, keys[q - 1]!)) {
          q += 2;
          n++;
          continue;
        }
        // `UBND xã Tr'Hy`, `xã Ch'ơm, huyện Tây Giang`: right after a lowercase unit word, a capitalized word glued by an
        // apostrophe to the next word is one Katu or highland place name (an Ê Đê woman's `H'` name stays the holder's) (pflood).
        if ((n > 0 || afterKnown) && q > 0 && !toks[q - 1]!.cap && LONE_ADMIN.has(keys[q - 1]!) && apostrophePlaceAt(toks, q)) {
          q += 3;
          n++;
          continue;
        }
        // `Phó Bí thư Tỉnh ủy A Pớt`, `Tỉnh ủy Y Ngọc`: after the organization, `A` / `Y` and one or two
        // syllables closing the run are a Ba Na or Xơ Đăng name, the holder's (ppol2).
        // (Not medicine's `Y` in a body's name: `Đại học Y Hà Nội`, `Sở Y Tế`, `Học viện Y Dược`.)
        if ((n > 0 || afterKnown) && (t.text === 'A' || t.text === 'Y') && !t.hl && toks[q + 1]?.sp && vnTok(toks[q + 1]!) && !toks[q + 1]!.upper && !(t.text === 'Y' && ((MEDICINE_BEFORE.has(keys[q - 1] ?? '') && !(keys[q - 1] === 'bộ' && PARTY_BODY_BEFORE_BO.has(keys[q - 2] ?? ''))) || MEDICINE_AFTER.has(keys[q + 1]!) || c.placeEnd[q + 1]! > q + 1))) {
          const re = capRunEnd(c, q);
          if (re - q >= 2 && re - q <= 3) break;
        }
        // `trụ trì chùa Kom Pong Chrây,`, `trụ trì chùa Linh Sơn Trường Thọ`: after a lowercase `chùa` (a pagoda, Khmer ones
        // named in three or four words), the capitalized run is the pagoda's name, up to a monk's `Thích` name or a
        // post (`trụ trì chùa Bửu Long Thượng tọa Thích X`) (psoc5).
        if (q > 0 && keys[q - 1] === 'chùa' && !toks[q - 1]!.cap && t.sp && !t.hl) {
          const re = capRunEnd(c, q);
          let pe = q;
          while (pe < re && keys[pe] !== 'thích' && !(pe > q && (postAt(c, pe) || (mayStart(c, pe, FB_HONORIFIC) ? L.honorifics.longest(keys, pe) : null)))) pe++;
          if (pe > q + 1) {
            q = pe;
            n++;
            continue;
          }
        }
        // `Phó Chủ tịch UBND tỉnh H'Yim Kđoh`, `Bí thư Chi bộ H'Lim Êban`: after the organization, an Ê Đê or Jrai
        // woman's `H'` glued to a capitalized word opens the holder's name (psoc5).
        if ((n > 0 || afterKnown) && t.text === 'H' && !t.hl && toks[q + 1]?.text === "'" && !toks[q + 1]!.sp && capWord(toks[q + 2]) && !toks[q + 2]!.sp) break;
        if (postAt(c, q) && !(mayStart(c, q, FB_DOMAIN) ? c.L.domains.longest(keys, q) : null)) break;
        // (`Cảng cá Tắc Cậu, cho biết`, `Công ty Tân Bà,`: a capitalized kinship word closing a capitalized run names no
        // holder when no name follows it; it is the last syllable of the body's name (pagri).)
        if ((mayStart(c, q, FB_HONORIFIC) ? L.honorifics.longest(keys, q) : null) && !t.hl && !shrineHonorificAt(toks, keys, q) && !(n > 0 && t.sp && toks[q - 1]!.kind === 'word' && toks[q - 1]!.cap && !toks[q - 1]!.upper && (toks[q + 1] === undefined || toks[q + 1]!.line || (toks[q + 1]!.kind === 'punct' && toks[q + 1]!.text !== "'")))) break;
        // `Phó Chủ tịch UBND xã Ea Wer (huyện Buôn Đôn)`, `UBND xã Ia Le`: right after a lowercase unit word, a Central
        // Highlands place word opens the unit's two-word name (then the holder's, if more words follow), never a
        // foreign-looking holder's name (pas).
        if ((n > 0 || afterKnown) && HIGHLAND_PLACE_FIRST.has(keys[q]!) && !(c.placeEnd[q]! > q) && q > 0 && !toks[q - 1]!.cap && LONE_ADMIN.has(keys[q - 1]!) && toks[q + 1]?.sp && capWord(toks[q + 1])) {
          const re = capRunEnd(c, q);
          q = re - q <= 3 ? re : q + 2;
          n++;
          continue;
        }
        // A name longer than a place it starts with is a name (`Phùng Văn Hòa`, not the town `Phùng`).
        // A place of two or more words (`Hàn Quốc`) starts no name (as in the person pass).
        if (c.placeEnd[q]! === q + 1 && (n > 0 || afterKnown) && nameStartsAt(c, q) && !companyTypeEnds(keys, q) && !companyFieldEnds(c, q)) {
          const vn = parseVnName(c, q, toks.length);
          if (vn && vn.end > c.placeEnd[q]!) break;
        }
        // A place ends the organization (`Sở Y tế Hà Nội`, `Bộ đội Biên phòng Quảng Trị`).
        if (c.placeEnd[q]! > q) {
          const placeStart = q;
          q = c.placeEnd[q]!;
          // `Hội đồng Doanh nghiệp Việt Nam - Hoa Kỳ`, `Hội Hữu nghị Việt Nam - Nhật Bản`: two
          // places joined by a spaced dash name a bilateral body.
          if (toks[q]?.text === '-' && toks[q]!.sp && toks[q + 1]?.sp && !toks[q + 1]!.line && capWord(toks[q + 1]) && c.placeEnd[q + 1]! > q + 1 && (n > 0 || afterKnown)) q = c.placeEnd[q + 1]!;
          // `Công ty cổ phần Sông Đà 5`: a company named after a place, then its number (probes-pb7).
          // (Also after the legal form and a field: `Công ty cổ phần Xây dựng Sông Đà 8` (pbiz).)
          if ((companyTypeEnds(keys, placeStart) || (keys[placeStart - 1] === 'ty' && keys[placeStart - 2] === 'công')) && companyNumberAt(c, q) || (companyNumberAt(c, q) && companyFieldEnds(c, placeStart))) {
            q++;
            n++;
            break;
          }
          // `Trường THPT Yên Phong số 1`, `THPT Quế Võ 1`: a school named after a place, then its number (psoc9).
          if (SCHOOL_LEVEL_KEYS.has(keys[placeStart - 1]!) || (keys[placeStart - 1] === 'học' && keys[placeStart - 2] === 'tiểu') || (keys[placeStart - 1] === 'non' && keys[placeStart - 2] === 'mầm')) {
            if (keys[q] === 'số' && toks[q]!.sp && !toks[q]!.cap && companyNumberAt(c, q + 1)) {
              q += 2;
              n++;
              break;
            }
            if (companyNumberAt(c, q)) {
              q++;
              n++;
              break;
            }
          }
          // `Công ty TNHH tư vấn du học Nhật Bản Bắc Nam`, `Công ty du học Hàn Quốc Minh Anh`:
          // after a company's field and a country, Vietnamese words that start no name are
          // the company's own name.
          const ownName = joins(toks, q) ? companyOwnNameEnd(c, placeStart, q) : q;
          if (ownName > q) {
            q = ownName;
            n++;
            break;
          }
          // `Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi`: a board over a named
          // zone and the province's other zones (probes-pb7).
          if (keys[q] === 'và' && keys[q + 1] === 'các' && keys[q + 2] === 'khu' && keys[placeStart - 1] !== 'tỉnh' && keys.slice(Math.max(k, placeStart - 3), placeStart).includes('khu') && toks[q]!.sp && toks[q + 1]!.sp && !toks[q + 1]!.line && (n > 0 || afterKnown)) {
            const m = mayStart(c, q + 1, FB_ORG_WORD) ? L.orgWords.longest(keys, q + 1) : null;
            if (m && m.end > q + 2) {
              q = m.end;
              n++;
              continue;
            }
          }
          // `CLB Porto Verde Rui Almeida`: foreign words after the place, the last two the holder;
          // all of them right after a known body or field and its country (`Bộ trưởng Y tế
          // Indonesia Budi Gunadi Sadikin`: a ministry has no brand after its country).
          if (joins(toks, q) && !vnTok(toks[q]!)) {
            const runEnd = capRunEnd(c, q);
            if (afterKnown && placeStart === k && foreignRun(c, q, runEnd) && runEnd - q <= 4) break;
            // After an organization's country (not a city), all of them (`Thống đốc Ngân hàng Trung
            // ương Sri Lanka Ajith Nivard Cabraal`).
            if (runEnd - q >= 3 && runEnd - q <= 4 && foreignRun(c, q, runEnd) && COUNTRY_KEYS.has(keyOf(keys, placeStart, q))) break;
            if (foreignRun(c, q, runEnd) && runEnd - q >= 3) {
              q = runEnd - 2;
              break;
            }
          }
          // `HLV trưởng tuyển Thái Lan Polking nói`, `Chủ tịch CLB Barcelona Laporta cho biết`: one
          // foreign word after the place, then a speech verb, is the holder's surname.
          if (joins(toks, q) && !vnTok(toks[q]!) && !toks[q]!.upper && capRunEnd(c, q) === q + 1 && toks[q + 1]?.sp && speechAt(keys, q + 1)) break;
          // `Bộ trưởng Năng lượng UAE Suhail al-Mazrouei`, `... Saudi Arabia Abdulaziz bin Salman`: one
          // foreign word after the place, then a lowercase name particle, opens the holder's name.
          if (joins(toks, q) && !vnTok(toks[q]!) && capRunEnd(c, q) === q + 1 && toks[q + 1]?.kind === 'word' && !toks[q + 1]!.cap && NAME_PARTICLES.has(keys[q + 1]!)) break;
          // `Ban Quản lý dự án Mỹ Thuận Võ Thành Thống`, `Công ty Đức Long Trần Văn Hùng`: a place the
          // lexicon lacks opens with a country's word (`Mỹ`, `Đức`); one Vietnamese word that starts no
          // name, then a full name of three or more words closing the run: the word ends the org's
          // name and the name is the holder's (ptraffic).
          if (joins(toks, q) && vnTok(toks[q]!) && !toks[q]!.upper && c.placeEnd[q]! < 0 && joins(toks, q + 1) && !nameStartsAt(c, q) && !postAt(c, q) && nameStartsAt(c, q + 1)) {
            const vn = parseVnName(c, q + 1, toks.length);
            if (vn && vn.end - vn.start >= 3 && vn.end === capRunEnd(c, q + 1)) {
              q++;
              n++;
              break;
            }
          }
          // `Thuận Thành Xanh`: a capitalized word right after the place still names the org.
          // (Not a foreign name with a hyphened first name: `Bộ trưởng Giáo dục Pháp Jean-Michel Blanquer`.)
          if (joins(toks, q) && !nameStartsAt(c, q) && !postAt(c, q) && c.placeEnd[q]! < 0 && (q + 1 >= toks.length || !joins(toks, q + 1)) && !(toks[q + 1]?.text === '-' && !toks[q + 1]!.sp && foreignNameAt(c, q))) {
            q++;
            n++;
            continue;
          }
          break;
        }
        // `Giám đốc Sở Dương Đình Chỉnh`: a department, ministry or board is named by its field,
        // never after a person: a name right after the bare head is the holder's.
        if (n === 0 && q === k && !afterKnown && (BARE_FIELD_HEADS.has(keys[q - 1] ?? '') || bareUnionHead(keys, q)) && nameStartsAt(c, q)) break;
        // So is a school's Youth Union without the school's level: `Bí thư Đoàn trường Nguyễn Văn Hải` (pschool).
        if (n === 0 && q === k && !afterKnown && keys[q - 1] === 'trường' && keys[q - 2] === 'đoàn' && nameStartsAt(c, q)) break;
        // So is a cooperative: `Chủ nhiệm HTX Nguyễn Văn An cho biết` (the chairman, not an HTX named after him)
        // (probes-pb7).
        if (n === 0 && q === k && !afterKnown && (keys[q - 1] === 'htx' || (keys[q - 1] === 'xã' && keys[q - 2] === 'tác' && keys[q - 3] === 'hợp')) && nameStartsAt(c, q)) break;
        // `Văn phòng luật sư Quang Minh`, `Công ty luật Hòa An`: a law firm's own name.
        const lawFirm = q >= 3 && ((keys[q - 1] === 'sư' && keys[q - 2] === 'luật' && keys[q - 3] === 'phòng') || (keys[q - 1] === 'luật' && keys[q - 2] === 'ty' && keys[q - 3] === 'công'));
        if (((n === 0 && !afterKnown) || lawFirm || theatreArtEnds(keys, q) || companyTypeEnds(keys, q) || companyFieldEnds(c, q)) && nameStartsAt(c, q)) {
          // First words after a generic head may be a person's name naming the org
          // (`Trường Nguyễn Trãi`, `Đại học Lý Quang Diệu`), unless another name follows.
          const vn = parseVnName(c, q, toks.length)!;
          const runEnd = capRunEnd(c, q);
          let sp = bestNameSplit(c, q + 1, runEnd);
          if (sp > 0 && runEnd - sp < 3) sp = -1;
          q = sp > 0 ? sp : vn.end;
          n++;
          if (sp > 0) break;
          continue;
        }
        {
          const runEnd = capRunEnd(c, q);
          const sp = bestNameSplit(c, q, runEnd);
          if (sp === q) break;
          if (sp > q) {
            q = sp;
            break;
          }
        }
        // `Tập đoàn Ford Jim Farley`: right after a generic head, one brand word then a known
        // two-word foreign name (the holder's).
        if (n === 0 && !afterKnown && !vnTok(t) && !t.upper && capRunEnd(c, q) - q === 3 && foreignNameAt(c, q + 1)) {
          q++;
          n++;
          break;
        }
        if (foreignNameAt(c, q)) break;
        // A run of three or more foreign words after an org head: the last two are the holder
        // (`CLB Porto Verde | Rui Almeida`); after the org's name, two foreign words are a name.
        if (!vnTok(t) && !t.upper) {
          const runEnd = capRunEnd(c, q);
          const allForeign = foreignRun(c, q, runEnd);
          // Right after a generic head the words are its name (`bệnh viện Sir Ganga Ram`).
          if (allForeign && runEnd - q >= 3 && (n > 0 || afterKnown)) {
            q = runEnd - 2;
            break;
          }
          // (Also right after a known body: `Ủy ban châu Âu | Henrik Dalgaard`.)
          if (allForeign && runEnd - q === 2 && (n > 0 || afterKnown)) break;
        }
        // `Chánh Văn phòng Nội các Matsuno cho biết`: one foreign word then a lowercase word is the holder.
        if (n > 0 || afterKnown) {
          const nx = toks[q + 1];
          if (!vnTok(t) && !orgLike(t) && (!nx || (nx.kind === 'word' && !nx.cap && nx.sp))) break;
        }
        q++;
        n++;
        // `Bách khoa`, `Hồ tiêu`, `Thể dục`, `Quốc vụ`: org names capitalize only a word's first syllable.
        const x = toks[q];
        if (x && x.kind === 'word' && !x.cap && x.sp && vnTok(x) && vnTok(t) && !t.upper && !bridgeStopAt(keys, q) && !(mayStart(c, q, FB_HONORIFIC) ? L.honorifics.longest(keys, q) : null)) {
          const y = toks[q + 1];
          if (!y || y.kind !== 'word' || capWord(y) || (mayStart(c, q + 1, FB_ORG_WORD) ? L.orgWords.longest(keys, q + 1) : null) || !y.sp || (y.low === 'và' && capWord(toks[q + 2])) || (y.low === 'về' && (mayStart(c, q + 2, FB_ORG_WORD) ? L.orgWords.longest(keys, q + 2) : null)) || (!y.line && adminAt(c, q + 1) > 0) || (y.low === 'của' && (toks[q + 2]?.upper || (toks[q + 2] !== undefined && orgLike(toks[q + 2]!))))) q++;
        }
        continue;
      }
      // Lowercase words between capitalized parts of one name: `Cục Quản lý chất lượng`,
      // `Hợp tác xã sầu riêng Ngũ Hiệp`, `Cảnh sát điều tra tội phạm về ma túy Công an tỉnh`.
      if (!t.cap && q > 0 && toks[q - 1]!.kind === 'word' && (toks[q - 1]!.cap || n > 0 || (q === k && !afterKnown))) {
        const r = lowercaseBridge(c, q, q === k && !afterKnown);
        if (r > q) {
          q = r;
          continue;
        }
      }
      if (t.low === 'và' && (n > 0 || (q > 0 && toks[q - 1]!.kind === 'word' && q > k - 1))) {
        const nx = toks[q + 1];
        if (nx && (capWord(nx) || (mayStart(c, q + 1, FB_ORG_WORD) ? L.orgWords.longest(keys, q + 1) : null)) && (orgHeadAt(c, q + 1, false) < 0 || (mayStart(c, q + 1, FB_ORG_WORD) ? L.orgWords.longestEnd(keys, q + 1) : -1) > orgHeadAt(c, q + 1, false)) && !postAt(c, q + 1) && !nameStartsAt(c, q + 1) && !(mayStart(c, q + 1, FB_HONORIFIC) ? L.honorifics.longest(keys, q + 1) : null)) {
          q++;
          continue;
        }
        break;
      }
    }
    // (Not an age: `Giám đốc Sở 50 tuổi` (pgov).)
    // (`Tổng công ty 3/2`, `Bệnh viện 30/4`: a firm or hospital named after a day (pcrime2).)
    if (t.kind === 'number' && t.sp && n === 0 && !afterKnown && (/^\d{1,4}$/u.test(t.text) || (/^\d{1,2}\/\d{1,2}$/u.test(t.text) && dayNamedBodyBefore(toks, keys, q))) && keys[q + 1] !== 'tuổi') {
      q++;
      n++;
      continue;
    }
    // `Ban Chỉ đạo 389 tỉnh`, `BCĐ 138`: a steering committee named after its decision's number.
    // (Also right after the known `Ban Chỉ đạo`, and with the decision's glued issuer: `Ban Chỉ đạo 138/CP` (pcrime3).)
    if (t.kind === 'number' && t.sp && (n > 0 || afterKnown) && q > 1 && ((keys[q - 1] === 'đạo' && keys[q - 2] === 'chỉ') || keys[q - 1] === 'bcđ') && /^\d{2,3}$/u.test(t.text)) {
      q++;
      n++;
      if (toks[q]?.text === '/' && !toks[q]!.sp && toks[q + 1]?.upper && !toks[q + 1]!.sp) q += 2;
      continue;
    }
    // `Ban Quản lý dự án 85 (Bộ GTVT)`, `Ban Quản lý dự án 6,`: a project board's number (also before
    // the holder's name: `Giám đốc Ban Quản lý dự án 85 Nguyễn Văn A` (psoc6)).
    if (t.kind === 'number' && t.sp && n > 0 && q > 1 && keys[q - 1] === 'án' && keys[q - 2] === 'dự' && /^\d{1,3}$/u.test(t.text) && (numberEndsName(toks, q) || (toks[q + 1]?.text === '(' && !!toks[q + 1]!.sp) || nameStartsAt(c, q + 1))) {
      q++;
      n++;
      continue;
    }
    // `Trung tâm Đăng kiểm 29-05V`, `Trung tâm Đăng kiểm xe cơ giới 15-03D`: a vehicle inspection
    // centre's code (province, number and an optional letter, glued).
    if (t.kind === 'number' && t.sp && n > 0 && (keys[q - 1] === 'kiểm' || keys[q - 1] === 'giới') && toks[q + 1]?.text === '-' && !toks[q + 1]!.sp && toks[q + 2]?.kind === 'number' && !toks[q + 2]!.sp && /^\d{2}$/u.test(t.text) && /^\d{2}$/u.test(toks[q + 2]!.text)) {
      const letter = toks[q + 3]?.kind === 'word' && !toks[q + 3]!.sp && toks[q + 3]!.text.length === 1 && toks[q + 3]!.cap;
      // (Not a range of a count: `12-14 người`.)
      if (letter || numberEndsName(toks, q + 2)) {
        q += letter ? 4 : 3;
        n++;
        continue;
      }
    }
    // `trụ trì chùa Kỳ Quang 2 đối với ...`: a one- or two-digit number closing a capitalized
    // name, before punctuation ending the phrase, a line's end or a preposition (not a count: `2 năm`).
    // (Also after a sentence-case word of two syllables: `Công ty TNHH MTV Cà phê 49,`; and before the
    // holder's full name: `Phó Tổng giám đốc Tổng công ty May 10 Thân Đức Việt` (pbiz5).)
    // (A three-digit number, as a hotline or an army hospital's code names a body, also before the body's
    // place: `Trung tâm Cấp cứu 115 Hà Nội`, `Bệnh viện Trung ương Quân đội 108,` (pwhole6).)
    if (t.kind === 'number' && t.sp && n > 0 && q > 1 && (capWord(toks[q - 1]) || (toks[q - 1]!.kind === 'word' && toks[q - 2]!.kind === 'word' && capWord(toks[q - 2]))) && (/^\d{1,2}$/u.test(t.text) ? numberEndsName(toks, q) || nameStartsAt(c, q + 1) : /^\d{3}$/u.test(t.text) && (numberEndsName(toks, q) || nameStartsAt(c, q + 1) || (!!toks[q + 1]?.sp && (c.placeEnd[q + 1]! > q + 1 || adminAt(c, q + 1) > q + 1))))) {
      q++;
      n++;
      continue;
    }
    // `Công ty Truyền tải điện 1,`, `Tổng công ty Xây dựng công trình giao thông 8,`, `Ban Quản lý dự án
    // điện 2,`: a numbered state firm whose name closes on up to five lowercase words after a capitalized
    // one, before the phrase's punctuation (pbiz4), or before the holder's name (`Giám đốc Công ty Truyền tải
    // điện 1 Nguyễn Văn A`) (penergy).
    if (t.kind === 'number' && t.sp && n > 0 && q > 2 && /^\d{1,2}$/u.test(t.text) && ((numberEndsName(toks, q) && toks[q + 1]?.kind !== 'word') || (toks[q + 1]?.sp && !toks[q + 1]!.line && capWord(toks[q + 1]) && nameStartsAt(c, q + 1))) && lowerTailAfterCap(toks, q)) {
      q++;
      n++;
      continue;
    }
    // `Tài chính - Kế hoạch`, `Thi đua - Khen thưởng`: two fields joined by a dash.
    if (t.text === '-' && t.sp && q > 0 && toks[q - 1]!.kind === 'word' && capWord(toks[q + 1]) && toks[q + 1]!.sp && ((mayStart(c, q + 1, FB_ORG_WORD) ? L.orgWords.longest(keys, q + 1) : null) || (mayStart(c, q + 1, FB_ORG_WORD_CAP) ? L.orgWordsCap.longest(keys, q + 1) : null)) && !postAt(c, q + 1) && orgHeadAt(c, q + 1, false) < 0) {
      q++;
      continue;
    }
    // `Đội CSGT - TT Công an huyện`, `Phòng TC - KH`: a unit's acronym closed by a spaced dash and a
    // second short acronym (`Cảnh sát giao thông - Trật tự`, written short), not a post, a body or a
    // place of its own (plocal).
    if (t.text === '-' && t.sp && n > 0 && toks[q - 1]!.kind === 'word' && toks[q - 1]!.upper && !toks[q - 1]!.hl) {
      const x = toks[q + 1];
      if (x && x.sp && !x.line && x.kind === 'word' && x.upper && !x.hl && x.text.length <= 4 && !postAt(c, q + 1) && orgHeadAt(c, q + 1, false) < 0 && !(c.placeEnd[q + 1]! > q + 1)) {
        q += 2;
        n++;
        continue;
      }
    }
    // `Công ty cổ phần Thành Thành Công - Biên Hòa,`, `Tổng công ty Sông Đà - Thăng Long (STL)`: a
    // name closed by a dash and a place, where the phrase ends.
    if (t.text === '-' && t.sp && n > 0 && capWord(toks[q - 1]) && toks[q + 1]?.sp && capWord(toks[q + 1]) && c.placeEnd[q + 1]! > q + 1) {
      const e = c.placeEnd[q + 1]!;
      const x = toks[e];
      if (!x || x.line || x.text === ',' || x.text === '.' || x.text === ';' || x.text === ')' || (x.text === '(' && x.sp)) {
        q = e;
        n++;
        continue;
      }
    }
    // `Phòng Tài chính - kế hoạch`, `Phòng CSGT đường bộ - đường sắt`: a lowercase field of
    // two or more syllables after a dash, ending the phrase or followed by the unit's place
    // or parent body (not `- ông X`, `- người đứng đầu ...`).
    if (t.text === '-' && t.sp && (n > 0 || afterKnown) && toks[q - 1]!.kind === 'word' && toks[q + 1]?.sp && toks[q + 1]!.kind === 'word' && !toks[q + 1]!.cap && !toks[q + 1]!.hl) {
      const f = longer((mayStart(c, q + 1, FB_ORG_WORD) ? L.orgWords.longest(keys, q + 1) : null), (mayStart(c, q + 1, FB_DOMAIN) ? L.domains.longest(keys, q + 1) : null));
      if (f && f.end - q > 2 && !postAt(c, q + 1) && dashFieldEnds(c, f.end)) {
        q = f.end;
        n++;
        continue;
      }
    }
    // `Cushman & Wakefield`, `Procter & Gamble`: a spaced ampersand between two capitalized words of one name.
    if (t.text === '&' && t.sp && n > 0 && capWord(toks[q - 1]) && toks[q + 1]?.sp && capWord(toks[q + 1])) {
      q++;
      continue;
    }
    // Joiners inside acronyms: `LĐ-TB&XH`, `KH&ĐT`.
    if ((t.text === '&' || t.text === '-') && !t.sp && n > 0 && toks[q + 1] && !toks[q + 1]!.sp && (toks[q + 1]!.kind === 'word' || (t.text === '-' && toks[q + 1]!.kind === 'number'))) {
      q += 2;
      continue;
    }
    break;
  }
  return q;
}

/**
 * After a lowercase field at e: the phrase ends, or a capitalized word, an admin unit or `và` follows
 * (also a bracket opening on a capitalized word, the parent body: `Vụ Pháp luật hình sự - hành chính
 * (Bộ Tư pháp)`, plaw).
 */
function dashFieldEnds(c: GrammarCtx, e: number): boolean {
  const x = c.toks[e];
  if (!x || x.line) return true;
  if (x.kind === 'punct') return x.text !== '-' && (x.text !== '(' || capWord(c.toks[e + 1]));
  if (x.kind !== 'word' || !x.sp) return false;
  return capWord(x) || x.low === 'và' || (mayStart(c, e, FB_ADMIN) ? c.L.adminUnits.longest(c.keys, e) : null) !== null;
}

const BRIDGE_STOP = new Set([
  'cho', 'là', 'của', 'đã', 'đang', 'sẽ', 'được', 'bị', 'có', 'không', 'và', 'với', 'khi', 'thì', 'mà', 'để', 'tại', 'ở',
  'từ', 'theo', 'trong', 'này', 'đó', 'các', 'những', 'một', 'vừa', 'mới', 'cũng', 'nói', 'gửi', 'ký', 'họp', 'thăm', 'đến',
  'nêu', 'cùng', 'sau', 'trước', 'hôm', 'ngày', 'năm', 'tháng', 'sáng', 'chiều', 'tối', 'đêm', 'qua', 'nay', 'ông', 'bà',
  'anh', 'chị', 'mời', 'tiếp', 'trao', 'tặng', 'bắt', 'phạt', 'cấm', 'giao', 'chuyển', 'đưa', 'lập', 'thu', 'bán', 'mua',
  'gọi', 'hỏi', 'tìm', 'đón', 'khen', 'đọc',
]);

/**
 * A verb or function word at `j` that no organization's or place's name runs over
 * (`Công an huyện bắt Lê Văn A`: the name after the verb is its object, not the unit's name).
 */
export function bridgeStopAt(keys: KeyList, j: number): boolean {
  const ids = keys.ids;
  // By vocabulary id when the keys carry them (the token view's do): no string hashed.
  if (ids !== undefined) {
    const id = ids[j];
    if (BRIDGE_STOP_IDS.has(id)) return true;
    if (!BRIDGE_PHRASE_FIRST_IDS.has(id)) return false;
  }
  const w = keys[j] ?? '';
  return BRIDGE_STOP.has(w) || (BRIDGE_PHRASE_FIRST.has(w) && BRIDGE_STOP_PHRASES.has(`${w} ${keys[j + 1] ?? ''}`));
}

/**
 * Lowercase words bridging two capitalized parts of one org name: at most four, none a
 * common verb or function word, and a capitalized word (not a sentence start) right after.
 */
function lowercaseBridge(c: GrammarCtx, q: number, afterHead = false): number {
  const { toks, keys } = c;
  let j = q;
  let ve = false;
  while (j < toks.length && j - q < 5) {
    const x = toks[j]!;
    if (x.kind !== 'word' || x.cap || !x.sp) break;
    if (x.low === 'về' && j > q) {
      ve = true;
      j++;
      continue;
    }
    if (bridgeStopAt(keys, j)) break;
    // `Chủ tịch Ủy ban châu Âu von der Leyen`: a foreign name's particle opens the holder's name (pw13).
    if (j === q && (x.low === 'von' || x.low === 'van' || x.low === 'der')) return q;
    // `Chủ tịch UBND tỉnh trẻ nhất Đồng bằng sông Cửu Long`: a superlative or a comparison describes
    // the holder; it bridges to no name (ppol2).
    if ((x.low === 'nhất' && keys[j - 1] !== 'thống' && keys[j - 1] !== 'thứ' && keys[j - 1] !== 'duy') || x.low === 'hơn') return q;
    // `Hội nghị do Phó Chủ tịch ...`: `do` (by) ends the name (`tự do` belongs to it).
    if (x.low === 'do' && keys[j - 1] !== 'tự') break;
    j++;
  }
  if (j === q) return q;
  const nx = toks[j];
  if (!nx || !capWord(nx) || !nx.sp || nx.line) return q;
  if ((mayStart(c, j, FB_HONORIFIC) ? c.L.honorifics.longest(keys, j) : null) || hasNw(nx, NW_NOT_NAME)) return q;
  // `HĐND tỉnh xem xét Phó Chủ tịch UBND tỉnh`: a post after the lowercase words is the verb's
  // object, not more of the organization's name.
  if (postAt(c, j) || tryHead(c, j)) return q;
  // After `về`, only an organization may follow (`... tội phạm về ma túy Công an tỉnh`).
  if (ve && knownOrgAt(c, j) < 0 && orgHeadAt(c, j, false) < 0) return q;
  // Before a person's name or a place, only organization words bridge, except one or two
  // words right after a generic head (`Hợp tác xã sầu riêng Ngũ Hiệp`).
  if (nameStartsAt(c, j) || (c.placeEnd[j]! > j && !(afterHead && j - q <= 2))) {
    let p = q;
    while (p < j) {
      const m = (mayStart(c, p, FB_ORG_WORD) ? c.L.orgWords.longest(keys, p, j) : null);
      if (!m) return q;
      p = m.end;
    }
  }
  return j;
}
const BRIDGE_STOP_PHRASES = new Set([
  'kiểm tra', 'yêu cầu', 'đề nghị', 'chỉ đạo', 'phối hợp', 'làm việc', 'ban hành', 'thông báo', 'công bố', 'tiếp nhận', 'xử lý',
  'phê duyệt', 'trao tặng', 'chủ trì', 'tham dự', 'cho biết', 'khuyến cáo', 'cảnh báo', 'hướng dẫn', 'quyết định', 'đánh giá',
  'khẳng định', 'nhấn mạnh', 'thông tin', 'giải thích', 'tổ chức', 'triển khai', 'phát hiện', 'bắt giữ', 'khởi tố', 'xác định',
  'triệu tập', 'vận động', 'truy nã', 'truy tố', 'truy bắt', 'tạm giữ', 'tạm giam', 'xử phạt',
  // (`Chủ tịch Ủy ban châu Âu phát biểu thông điệp Liên minh`: a speaker's verb before a body it names.)
  'phát biểu', 'tuyên bố', 'kêu gọi', 'chỉ trích', 'cáo buộc',
  // (`Bộ trưởng Quốc phòng nữ đầu tiên của Nhật Bản`: the first (woman) describes the holder.)
  'nữ đầu', 'đầu tiên',
  // (`Ngoại trưởng Myanmar do quân đội bổ nhiệm Wunna Maung Lwin`: verbs of appointing before their object (pw13).)
  'bổ nhiệm', 'đề cử', 'cách chức', 'sa thải',
  // (`Chủ tịch Tập đoàn Samsung quá cố Lee Kun-hee`: the late holder; the post ends before it (pw14).)
  'quá cố',
]);
/** First words of BRIDGE_STOP_PHRASES: the pair's string is built only after one of them. */
const BRIDGE_PHRASE_FIRST = new Set([...BRIDGE_STOP_PHRASES].map((p) => p.slice(0, p.indexOf(' '))));
/** BRIDGE_STOP and BRIDGE_PHRASE_FIRST by vocabulary id. */
const BRIDGE_STOP_IDS = new WordIds(BRIDGE_STOP);
const BRIDGE_PHRASE_FIRST_IDS = new WordIds(BRIDGE_PHRASE_FIRST);

/** One organization segment at k, or k when none. */
/** A place name ends right before k (one to four words). */
/** A capitalized unit's name closes right before k: on a capitalized word, or on one or two lowercase syllables after one. */
function unitClosesBefore(toks: GrammarCtx['toks'], k: number): boolean {
  return toks[k - 1]!.kind === 'word' && k >= 3 && (capWord(toks[k - 1]) || (toks[k - 2]!.kind === 'word' && (capWord(toks[k - 2]) || (toks[k - 3]!.kind === 'word' && capWord(toks[k - 3])))));
}
/** An industrial park's head (`khu công nghiệp`, `cụm công nghiệp`, `KCN`) in [a, b). */
function parkIn(keys: readonly string[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (keys[k] === 'kcn' || keys[k] === 'ccn' || (keys[k] === 'công' && keys[k + 1] === 'nghiệp' && (keys[k - 1] === 'khu' || keys[k - 1] === 'cụm'))) return true;
  return false;
}
/** One foreign-looking word at k closing its capitalized run, or followed by a place that closes it (`Savills Hà Nội`): the run's end, else -1. */
function brandPlaceEnd(c: GrammarCtx, k: number): number {
  const r = capRunEnd(c, k);
  if (r === k + 1) return r;
  const pe = c.placeEnd[k + 1]!;
  return pe > k + 1 && r === pe && c.toks[k + 1]!.sp && !c.toks[k + 1]!.line ? pe : -1;
}
/** A capitalized word opens a run of plain words that closes right before k, at most n words back. */
function capWithin(toks: GrammarCtx['toks'], k: number, n: number): boolean {
  // (`Giám đốc Quan hệ nhà đầu tư (IR) của X`: the unit's bracketed acronym before `của` is skipped.)
  if (k >= 4 && toks[k - 1]!.text === ')' && toks[k - 2]!.upper && toks[k - 3]!.text === '(') k -= 3;
  for (let s = k - 1; s >= 0 && s >= k - n; s--) {
    const t = toks[s]!;
    if (t.kind !== 'word' || t.line) return false;
    if (capWord(t)) return true;
  }
  return false;
}
function placeEndsAt(c: GrammarCtx, k: number): boolean {
  for (let s = Math.max(0, k - 4); s < k; s++) if (c.placeEnd[s] === k) return true;
  return false;
}
function orgSegment(c: GrammarCtx, k: number, first: boolean, head: string, lineOk = false): number {
  const e = orgSegment0(c, k, first, head, lineOk);
  // `Trưởng ấp Tân Lập 1`, `Trưởng ấp Kinh 8`: a village head's village closed by its number (psoc9).
  if (!first || !headIs(head, HB_VILLAGE)) return e;
  if (e > k) return villageNumberEnd(c, -1, -1, e);
  // (A bare syllable is the village's name only with its number: `Trưởng ấp Hùng cho biết` names the head.)
  const t = c.toks[k];
  if (t && capWord(t) && !t.hl && !t.line && vnTok(t)) {
    const n = villageNumberEnd(c, -1, -1, k + 1);
    if (n > k + 1) return n;
  }
  return e;
}
function orgSegment0(c: GrammarCtx, k: number, first: boolean, head: string, lineOk = false): number {
  const { toks, keys } = c;
  const t = toks[k];
  if (!t || t.kind !== 'word' || !t.sp) return k;
  if (t.line && !lineOk) return k;
  // `Quốc vương Kuwait Sabah Al-Ahmad ...`: a Gulf name starts here, no organization (pw12).
  // (The Gulf test first: it reads the next token and fails at nearly every word, where the
  // country set's lookup of the key was about a fifth of orgSegment's own time.)
  if (t.cap && gulfNameNext(toks, keys, k) && !COUNTRY_KEYS.has(keys[k]!)) return k;
  // `Trưởng đoàn kiểm tra số 3`, `Trưởng đoàn công tác số 2`: a team's number after a team head's post (pcourt).
  if (first && t.low === 'số' && head.startsWith('trưởng đoàn') && toks[k + 1]?.kind === 'number' && toks[k + 1]!.sp && /^\d{1,2}$/u.test(toks[k + 1]!.text)) return k + 2;
  // `Giám đốc một công ty bất động sản`, `chủ tịch của một số công ty con`: an indefinite company
  // (`một`, `một số` before a lowercase company head) after a business post is the post's
  // organization (real-rb); not after other posts (`Chủ tịch một tỉnh`, `Trưởng phòng một trường`).
  if (first && t.low === 'một' && !t.cap && businessHead(head)) {
    const q = keys[k + 1] === 'số' && toks[k + 1]!.sp && !toks[k + 1]!.cap ? k + 2 : k + 1;
    const x = toks[q];
    const e = x && x.sp && !x.line && !x.cap ? orgHeadAt(c, q, true) : -1;
    if (e > q && INDEFINITE_COMPANY.has(keyOf(keys, q, e))) {
      const r = orgSegment(c, q, true, head);
      if (r > q) return r;
    }
    return k;
  }
  // `của` + org
  if (t.low === 'của' && !first) {
    const ko2 = knownOrgAt(c, k + 1);
    // `Tư lệnh Hạm đội 7 của Mỹ`: the country of the organization named before.
    // (Also a country before the holder's foreign name: `Bộ trưởng Y tế của Đức Jens Spahn`.)
    if (ko2 < 0 && capWord(toks[k + 1]) && c.placeEnd[k + 1]! > k + 1 && (!joins(toks, c.placeEnd[k + 1]!) || (COUNTRY_KEYS.has(keyOf(keys, k + 1, c.placeEnd[k + 1]!)) && foreignNameAt(c, c.placeEnd[k + 1]!)))) return c.placeEnd[k + 1]!;
    // `Chủ tịch Ủy ban Kiểm toán của HĐQT Vinamilk`: the known body's own tail.
    if (ko2 > 0) return parseTail(c, ko2, true);
    // `Giám đốc khu vực Đông Nam Á của hãng Google,`, `... của Tập đoàn Prudential`: after a business
    // post's region, a company head and its name are the company (pbiz).
    if (businessHead(head) && placeEndsAt(c, k)) {
      const oh = orgHeadAt(c, k + 1, true);
      if (oh > k + 1) {
        const r = orgSegment(c, k + 1, true, head);
        if (r > oh) return r;
      }
    }
    // `Giám đốc Trung tâm Phân tích của SSI`, `Chủ tịch Tiểu ban Thuế của EuroCham`: the company
    // (an acronym or a word with an inner capital) the unit named before belongs to.
    const x = toks[k + 1];
    if (x && x.kind === 'word' && x.sp && !x.line && !x.hl && (x.upper || orgLike(x)) && !postAt(c, k + 1)) {
      let q = k + 2;
      while (q < toks.length && q - k < 4 && toks[q]!.sp && toks[q]!.kind === 'word' && (toks[q]!.upper || orgLike(toks[q]!)) && !toks[q]!.hl && !postAt(c, q)) q++;
      return q;
    }
    // `Giám đốc điều hành khu vực Đông Nam Á của Grab,`: after a region, one foreign-looking
    // word (no known first name) closing the phrase is the company.
    // (`của Savills Hà Nội,`, `của Savills Việt Nam,`: the brand's country or city closing the phrase is its branch (pbiz4, round 3).)
    const be = x && capWord(x) && x.sp && !x.line && !x.hl ? brandPlaceEnd(c, k + 1) : -1;
    if (be > 0 && businessHead(head) && !vnTok(x!) && !hasNw(x!, NW_FOREIGN) && clauseEndsAt(c, be)) {
      if (placeEndsAt(c, k)) return be;
      // `Chủ tịch Ủy ban Kiểm toán của Vinamilk,`, `Giám đốc Trung tâm Điều hành bay của Vietjet,`: a
      // capitalized unit's company too (pbiz4).
      // (The unit's name closes on a capitalized word or on one or two lowercase syllables after one.)
      // (Also after the unit's bracketed acronym: `Giám đốc Quan hệ nhà đầu tư (IR) của Vinamilk,` (pbiz3).)
      if (unitClosesBefore(toks, k) || (toks[k - 1]!.text === ')' && capWithin(toks, k, 5))) return be;
      // (A unit's field of three or four lowercase syllables after its capitalized word: `Bộ phận Nghiên cứu thị
      // trường của Savills,` (pbiz4, round 3).)
      if (capWithin(toks, k, 4)) return be;
      // (`Giám đốc Quan hệ nhà đầu tư của Vinamilk,`: likewise after a field closing in lowercase (pmix3).)
      if (k >= 2 && toks[k - 1]!.kind === 'word' && !toks[k - 1]!.cap) for (let s = k - 2; s >= 0 && s >= k - 5; s--) if ((mayStart(c, s, FB_DOMAIN) ? c.L.domains.longestEnd(keys, s) : -1) === k) return be;
    }
    // `Phó Giám đốc Trung tâm Nghiên cứu của Chứng khoán Sông Hồng`, `Giám đốc Khối Phân tích của Công ty
    // Chứng khoán X`: after a business post's capitalized unit, a capitalized company head and its name are
    // the company the unit belongs to (pbiz3).
    // (`Chứng khoán` is no organization head elsewhere: here it opens a securities firm's short name.)
    // (The unit may close on up to four lowercase syllables here: `Khối Ngân hàng bán lẻ của Ngân hàng X`,
    // `Quan hệ nhà đầu tư của Tập đoàn X`.)
    // (A unit head's too: `Trưởng bộ phận Quan hệ nhà đầu tư (IR) của Bất động sản X` (pearn).)
    if (x && capWord(x) && x.sp && !x.line && !x.hl && (businessHead(head) || headIs(head, HB_UNIT_END)) && capWithin(toks, k, 5)) {
      // (Likewise `Bất động sản`, `Địa ốc`: a real-estate firm's short name (pearn).)
      const oh = keys[k + 1] === 'chứng' && keys[k + 2] === 'khoán' && toks[k + 2]!.sp ? k + 3
        : keys[k + 1] === 'bất' && keys[k + 2] === 'động' && keys[k + 3] === 'sản' && toks[k + 2]!.sp && toks[k + 3]!.sp ? k + 4
        : keys[k + 1] === 'địa' && keys[k + 2] === 'ốc' && toks[k + 2]!.sp ? k + 3 : orgHeadAt(c, k + 1, true);
      if (oh > k + 1) {
        const r = orgSegment(c, k + 1, true, head);
        if (r > oh) return r;
        // (A sector word's brand of one or two words closing the phrase is the firm's name even when it
        // reads as a person's (`của Bất động sản Kim Ngân,`): no holder stands between `của` and a comma.)
        const y = toks[oh];
        if (y && capWord(y) && y.sp && !y.line && !y.hl && !y.upper && (oh === k + 4 || oh === k + 3)) {
          const re = capRunEnd(c, oh);
          if (re - oh <= 2 && clauseEndsAt(c, re)) return re;
        }
      }
    }
    // `... của Quxora Bank`, `của Kestrel Capital`: a short run ending in a company word.
    if (x && capWord(x) && x.sp && !x.line && !x.hl && !nameStartsAt(c, k + 1)) {
      const r = capRunEnd(c, k + 1);
      const last = toks[r - 1]!;
      if (r - k >= 3 && r - k <= 4 && orgLike(last) && !last.upper && !vnTok(last)) return r;
    }
    return k;
  }
  if (t.low === 'của' && first) {
    // `trợ lý của HLV Kiatisak`, `trợ lý của HLV Chu Đình Nghiêm`: a post's acronym after `của` is the
    // person served, no body (the post stands on its own and takes its holder).
    if (toks[k + 1]?.upper && postAt(c, k + 1)?.value === 'head') return k;
    const r = orgSegment(c, k + 1, true, head);
    if (r > k + 1) return r;
    const x = toks[k + 1];
    if (capWord(x) && !nameStartsAt(c, k + 1)) {
      const end = capRunEnd(c, k + 1);
      // `của Westbridge Daniel Okafor`: one foreign word is the org, two more are the holder.
      if (x && !vnTok(x) && !x.upper) {
        if (end - (k + 1) === 1) return end;
        if (end - (k + 1) >= 3) return end - 2;
        // `Phó chủ tịch của Berkshire Hathaway`: two foreign words after a post's `của` name
        // its company, unless they read as a known person's name or the post serves a person
        // (`trợ lý của ...`).
        const y = toks[k + 2]!;
        if (!headIs(head, HB_AIDE) && !vnTok(y) && !y.upper && !foreignNameAt(c, k + 1) && !hasNw(toks[k + 2], NW_FOREIGN)) return end;
      }
      let foreignOrg = false;
      for (let j = k + 1; j < end; j++) if (orgLike(toks[j]!) || /(corporation|company|group|institute|university|foundation|association|bank)$/iu.test(toks[j]!.text)) foreignOrg = true;
      if (foreignOrg) return end;
    }
    return k;
  }
  // `Thượng nghị sĩ Cộng hòa Lindsey Graham`, `Nghị sĩ Dân chủ X`: a legislator's party.
  // (The two words compared one by one: no key string is built at every segment.)
  if (first && t.cap && ((keys[k] === 'cộng' && keys[k + 1] === 'hòa') || (keys[k] === 'dân' && keys[k + 1] === 'chủ')) && headIs(head, HB_LEGISLATOR) && toks[k + 1]!.sp) return k + 2;
  // `Chủ tịch đảng Dân chủ Tự do`, `Lãnh đạo đảng Lao động`: a party written after a
  // lowercase `đảng` (a legislator's party stays outside: `Thượng nghị sĩ đảng Cộng hòa X`).
  // (`lãnh đạo đảng cầm quyền Luật pháp và Công lý (PiS)`, `Chủ tịch đảng đối lập Lao động`: ruling or
  // opposition before the party's name (pw8).)
  // (Also its side: `lãnh đạo đảng cánh hữu Yamina`, `đảng cực hữu Tập hợp Quốc gia` (pw12).)
  const kp = t.low === 'đảng' && !t.cap && head !== 'thành viên' && toks[k + 2] !== undefined && PARTY_SIDES.has(keyOf(keys, k + 1, k + 3)) && !toks[k + 1]!.cap && toks[k + 1]!.sp && toks[k + 2]!.sp ? k + 2 : k;
  if (t.low === 'đảng' && !t.cap && !t.hl && !headIs(head, HB_LEGISLATOR) && capWord(toks[kp + 1]) && toks[kp + 1]!.sp && !toks[kp + 1]!.line) {
    const r = parseTail(c, kp + 1, false);
    // `lãnh đạo đảng Cộng hòa tại Hạ viện`: a party's two-word name keeps its lowercase second word (pw5).
    if (r > kp + 1 && toks[r]?.sp && !toks[r]!.cap && PARTY_WORDS.has(keyOf(keys, r - 1, r + 1))) return r + 1;
    if (r > kp + 1) return r;
  }
  // `bổ nhiệm X làm Tổng thư ký đảng.`, `Chủ tịch đảng,`: the party named before, closing the phrase (pw12).
  if (first && t.low === 'đảng' && !t.cap && !t.hl && kp === k && !headIs(head, HB_LEGISLATOR) && head !== 'thành viên' && (!toks[k + 1] || (toks[k + 1]!.kind === 'punct' && toks[k + 1]!.text !== '-' && toks[k + 1]!.text !== '(' && toks[k + 1]!.text !== '&'))) return k + 1;
  // `Lãnh đạo liên minh Spolu Petr Fiala`: a coalition named after a lowercase `liên minh`, like `đảng` (pw11).
  if (t.low === 'liên' && !t.cap && keys[k + 1] === 'minh' && !toks[k + 1]!.cap && toks[k + 1]!.sp && !headIs(head, HB_LEGISLATOR) && capWord(toks[k + 2]) && toks[k + 2]!.sp && !toks[k + 2]!.line && !toks[k + 2]!.hl) {
    const r = parseTail(c, k + 2, false);
    if (r > k + 2) return r;
  }
  const ko = knownOrgAt(c, k);
  let oh = orgHeadAt(c, k, first);
  // `Trưởng nhóm khoa học của WHO`: a lowercase head that opens a longer field word (`khoa học`) is no body (pw5).
  if (oh === k + 1 && !t.cap && ko < 0 && ((mayStart(c, k, FB_ORG_WORD) ? c.L.orgWords.longest(keys, k) : null)?.end ?? 0) > oh) oh = -1;
  // `Tổng thư ký LHQ Ban Ki-moon`: a one-word head (`Ban`, board) before a hyphenated Korean
  // given name is the holder's surname.
  if (oh === k + 1 && ko < 0 && t.cap && koreanGivenAt(toks, k + 1)) oh = -1;
  // `Ông Lê Văn A, Chủ tịch HĐQT Hoàng Huy, cho biết`: in an apposition to a name after `ông`/`bà`,
  // a two- to four-word run closed by a comma after a business post is the company, even when it
  // reads like a person's name (not a `Văn`/`Thị` name): the holder was named before the post.
  if (ko < 0 && first && capWord(t) && !t.hl && businessHead(head) && nameStartsAt(c, k) && honorificNameBefore(c, k)) {
    const runEnd = capRunEnd(c, k);
    if (runEnd - k >= 2 && runEnd - k <= 4 && toks[runEnd]?.text === ',' && !(keys[k + 1] === 'văn' || keys[k + 1] === 'thị')) return runEnd;
  }
  // `Bộ trưởng Công Thương Trần Tuấn Anh`: a ministry's field whose first word reads as a
  // surname (`Công`), then the holder's name.
  if (ko < 0 && first && capWord(t) && nameStartsAt(c, k)) {
    const dm = (mayStart(c, k, FB_DOMAIN) ? c.L.domains.longest(keys, k) : null);
    if (dm && dm.end - k >= 2 && nameStartsAt(c, dm.end)) return parseTail(c, dm.end, true);
  }
  // `Trưởng thôn Đồng Sang Nguyễn Văn Khải`: after a village head's post, a run that closes on a common
  // surname, `Văn`/`Thị` and a given name is the village's name, then the holder's (pcourt).
  if (ko < 0 && first && capWord(t) && headIs(head, HB_VILLAGE) && nameStartsAt(c, k)) {
    const sv = surnameVanSplit(c, k, capRunEnd(c, k));
    if (sv > k) return sv;
  }
  // `Trưởng bản Nậm Củng Tẩn Láo Lở`, `Trưởng bản Pả Vi Vàng A Sùng`: after a village head's post, a run of five
  // words whose third is a surname and second no common one is a two-word village, then a three-word name (psoc6).
  if (ko < 0 && first && capWord(t) && headIs(head, HB_VILLAGE)) {
    const re = capRunEnd(c, k);
    if (re - k === 5 && !hasNw(toks[k + 1], NW_COMMON_SURNAME) && c.C.surnames.longest(keys, k + 1) === null && c.L.surnames.longest(keys, k + 2) !== null && !(c.placeEnd[k + 2]! > k + 2)) {
      const vn = parseVnName(c, k + 2, re);
      if (vn && vn.end === re) return k + 2;
    }
  }
  // `Thị trưởng Vũ Hán Chu Tiên Vương`, `Thị trưởng Thạch Gia Trang Mã Vũ Quân`: a place of two or more words
  // (whose first word may read as a surname), then a name starting right after it (pw12).
  if (ko < 0 && capWord(t) && c.placeEnd[k]! >= k + 2 && toks[c.placeEnd[k]!]?.sp && !toks[c.placeEnd[k]!]!.line && ((mayStart(c, c.placeEnd[k]!, FB_FOREIGN_FULL) ? c.L.foreignFull.longestEnd(keys, c.placeEnd[k]!, toks.length) : -1) > 0 || nameStartsAt(c, c.placeEnd[k]!))) return c.placeEnd[k]!;
  // `CEO Tân Á Land Phùng Minh Đạt`, `Tổng giám đốc Hà Đô Group Nguyễn Văn A`: after a business post, one
  // to three Vietnamese words and an English company word (Land, Group, Holdings, Corp) are the company,
  // when the run ends there or a Vietnamese name closes it (the holder's), also when the brand reads as a
  // name (`Hà Đô`) (pland).
  if (ko < 0 && first && capWord(t) && !t.hl && vnTok(t) && businessHead(head)) {
    const runEnd = capRunEnd(c, k);
    for (let j = k + 1; j < runEnd && j - k <= 3; j++) {
      const w = keys[j]!;
      if (w === 'land' || w === 'group' || w === 'holdings' || w === 'corp') {
        if (j + 1 === runEnd) return j + 1;
        const vn = parseVnName(c, j + 1, runEnd);
        if (vn && vn.end === runEnd && runEnd - j - 1 >= 2 && hasNw(toks[j + 1], NW_COMMON_SURNAME)) return j + 1;
        break;
      }
      if (!vnTok(toks[j]!)) break;
    }
  }
  if (ko < 0 && capWord(t) && nameStartsAt(c, k)) return k;
  if (ko > 0 && ko >= oh) return parseTail(c, ko, true);
  if (oh > 0) return parseTail(c, oh, false);
  // `Ban Quản lý dự án đầu tư xây dựng khu vực huyện Sóc Sơn`: a lowercase `khu vực` before a commune-or-higher unit
  // word with its name is the area the body serves, that unit (pcommune).
  if (keys[k] === 'khu' && keys[k + 1] === 'vực' && !t.cap && toks[k + 1]!.sp && toks[k + 2]?.sp && !toks[k + 2]!.cap && !toks[k + 2]!.line) {
    const m2 = mayStart(c, k + 2, FB_ADMIN) ? c.L.adminUnits.longest(keys, k + 2) : null;
    if (m2 && (ADMIN_RANK.get(keyOf(keys, k + 2, m2.end)) ?? 0) >= 1 && adminAt(c, k + 2) === m2.end && capWord(toks[m2.end])) {
      const e = orgSegment(c, k + 2, false, head, lineOk);
      if (e > m2.end) return e;
    }
  }
  const ad = adminAt(c, k);
  if (ad > 0) {
    // `Giám đốc Vietcombank TP Hồ Chí Minh`: a place listed with its unit word is taken whole.
    if (c.placeEnd[k]! > ad) return c.placeEnd[k]!;
    let q = ad;
    if (toks[q]?.text === '.' && !toks[q]!.sp && ['tp', 'tx', 'tt', 'q', 'p'].includes(keys[ad - 1]!) && toks[q + 1] && !toks[q + 1]!.line) q++;
    const nx = toks[q];
    if (nx && nx.line) return LONE_ADMIN.has(keyOf(keys, k, ad)) ? ad : k;
    // `Đảng ủy xã Tr'Hy`: a capitalized word glued by an apostrophe to the next is one place name (see parseTail) (pflood).
    if (nx && !toks[k]!.cap && LONE_ADMIN.has(keyOf(keys, k, ad)) && apostrophePlaceAt(toks, q) && !(c.placeEnd[q]! > q + 3)) return q + 3;
    // `Giám đốc Y tế bang Kerry Chant`: a foreign name right after a lowercase `bang` is the holder's.
    // (Also `vùng`, `tỉnh`: `Thống đốc vùng Sergei Furgal` (pw13).)
    if (nx && (keys[k] === 'bang' || keys[k] === 'vùng' || keys[k] === 'tỉnh') && !toks[k]!.cap && c.placeEnd[q]! < 0 && foreignNameAt(c, q) && capRunEnd(c, q) - q === 2) return ad;
    if (nx && c.placeEnd[q]! > q) {
      // `xã Tân Thạnh Tây`, `phường An Phú Đông`, `phường Phước Long B`: a known place and a compass word or a
      // letter name another unit (psoc4).
      const pe = c.placeEnd[q]!;
      if (toks[pe]?.sp && !toks[pe]!.line && capWord(toks[pe]) && (PLACE_COMPASS.has(keys[pe]!) || UNIT_LETTER.test(toks[pe]!.text)) && (capRunEnd(c, pe) === pe + 1 || nameStartsAt(c, pe + 1))) return pe + 1;
      // `phường Long Bình Tân`: after a lowercase unit word, one more Vietnamese syllable closing the
      // capitalized run names another unit; a holder's name is never a bare syllable right after a place (psoc9).
      if (!toks[k]!.cap && toks[pe]?.sp && !toks[pe]!.line && capWord(toks[pe]) && !toks[pe]!.hl && vnTok(toks[pe]!) && capRunEnd(c, pe) === pe + 1 && keys[pe] !== 'văn' && keys[pe] !== 'thị' && !postAt(c, pe) && (mayStart(c, pe, FB_ADMIN) ? c.L.adminUnits.longest(keys, pe) : null) === null) return villageNumberEnd(c, k, ad, pe + 1);
      return villageNumberEnd(c, k, ad, pe);
    }
    // (`tân Chủ tịch UBND tỉnh 49 tuổi`: an age after the unit is no unit's number (pgov).)
    if (nx && nx.kind === 'number' && keys[q + 1] !== 'tuổi') return q + 1;
    if (nx && nx.low === 'số' && toks[q + 1]?.kind === 'number' && toks[q + 1]!.sp) return q + 2;
    // `Công an tỉnh | Đại tá ...`: a rank after the unit is no place name.
    if (nx && capWord(nx) && !nameStartsAt(c, q) && !postAt(c, q)) {
      const runEnd = capRunEnd(c, q);
      // `Thủ hiến bang Victoria Daniel Andrews`: a foreign name after the unit's own name.
      for (let p = q + 1; p < runEnd - 1 && p - q <= 3; p++) if (runEnd - p <= 3 && foreignNameAt(c, p) && !vnTok(toks[q]!)) return p;
      // (`Cảnh sát trưởng hạt Santa Fe Adan Mendoza`: also two known foreign words closing the run, the second a
      // one-word place that is also a surname (pw14).)
      if (runEnd - q >= 3 && !vnTok(toks[q]!) && hasNw(toks[runEnd - 2], NW_FOREIGN) && hasNw(toks[runEnd - 1], NW_FOREIGN) && c.placeEnd[runEnd - 1] === runEnd && !(c.placeEnd[runEnd - 2]! > runEnd - 2)) return runEnd - 2;
      const ns = nameSplit(c, q, runEnd, 1);
      return ns === runEnd ? villageNumberEnd(c, k, ad, ns) : ns;
    }
    // `Chủ tịch UBND xã Lê Lợi`, `Công an quận Ngô Quyền`, `phường Lê Hồng Phong, TP Quy Nhơn`: many
    // units are named after heroes. After a lowercase unit, a name of two words, or one the address
    // goes on after (a comma and a unit of a higher level), is the unit's name, not the holder's.
    if (nx && capWord(nx) && !toks[k]!.cap && LONE_ADMIN.has(keyOf(keys, k, ad))) {
      const runEnd = capRunEnd(c, q);
      if (runEnd - q === 2 && keys[q + 1] !== 'văn' && keys[q + 1] !== 'thị' && !toks[runEnd - 1]!.hl) return runEnd;
      if (runEnd - q <= 4 && toks[runEnd]?.text === ',' && higherUnitAt(c, runEnd + 1, keyOf(keys, k, ad))) return runEnd;
      // `Chủ tịch UBND xã Lê Lợi Trần Văn Nam`: the unit's name, then the holder's full name.
      if (runEnd - q >= 4) {
        const p = nameSplit(c, q, runEnd, 2);
        if (p < runEnd && runEnd - p >= 2) return p;
      }
    }
    return LONE_ADMIN.has(keyOf(keys, k, ad)) || loneVillage(c, k, ad) ? ad : k;
  }
  // `Phó Thủ tướng Hàn Chính`: a one-word place (`Hàn`, Korea) opening a known foreign name that
  // closes the run is the holder's surname.
  // `Người phát ngôn Bộ Thương mại Trung Quốc Cao Phong`: after a country, a known Sino-Vietnamese name
  // closing the run is the holder, even when it also names a Vietnamese district (pw8).
  // (One test of the foreign name for both rules, before the country's key is joined and hashed:
  // the byte of mayStart rejects nearly every place, where the key was built at each.)
  if (capWord(t) && c.placeEnd[k]! > k && mayStart(c, k, FB_FOREIGN_FULL) && c.L.foreignFull.longestEnd(keys, k, toks.length) === capRunEnd(c, k)) {
    if (c.placeEnd[k] === k + 1) return k;
    if (k >= 2 && (COUNTRY_KEYS.has(keys[k - 1]!) || COUNTRY_KEYS.has(keyOf(keys, k - 2, k)))) return k;
  }
  // `Phó Chủ tịch UBND tỉnh Bắc Giang Mai Sơn`: right after a place, a two-word place that reads as a
  // surname and a given name closing the run is the holder (a district never follows its province) (psoc6).
  if (!first && capWord(t) && c.placeEnd[k] === k + 2 && capRunEnd(c, k) === k + 2 && hasNw(t, NW_COMMON_SURNAME) && hasNw(toks[k + 1], NW_GIVEN) && vnTok(t) && vnTok(toks[k + 1]!) && placeEndsAt(c, k)) return k;
  // (Not a place opening a longer ministry field: `Bộ trưởng Châu Âu và Ngoại giao Pháp`.)
  if (capWord(t) && c.placeEnd[k]! > k && !(first && (mayStart(c, k, FB_DOMAIN) ? c.L.domains.longestEnd(keys, k) : -1) > c.placeEnd[k]!)) return c.placeEnd[k]!;
  // `Ủy viên châu Âu`: a continent after a lowercase `châu`.
  // (`châu Á - Thái Bình Dương`: Asia-Pacific, one region.)
  if (continentAt(c, k)) return continentEnd(c, k);
  if (capWord(t) && first) {
    const dm = (mayStart(c, k, FB_DOMAIN) ? c.L.domains.longest(keys, k) : null);
    if (dm) return parseTail(c, dm.end, true);
    if ((mayStart(c, k, FB_ORG_WORD) ? c.L.orgWords.longest(keys, k) : null) || (mayStart(c, k, FB_ORG_WORD_CAP) ? c.L.orgWordsCap.longest(keys, k) : null)) return parseTail(c, k, true);
  }
  // Acronyms, but not a degree or rank written in capitals (`Bệnh viện Bạch Mai | PGS.TS ...`).
  // Nor a post of its own (`KT. CHỦ TỊCH | PHÓ CHỦ TỊCH`, a signature's two posts).
  if (t.kind === 'word' && orgLike(t) && !t.hl && !tryHead(c, k)) {
    let q = k + 1;
    // (`Trưởng phòng GD-ĐT`, `TC-KH`: acronyms glued by `-` or `&` are one.)
    for (;;) {
      if (q < toks.length && toks[q]!.sp && !toks[q]!.line && toks[q]!.kind === 'word' && orgLike(toks[q]!) && !toks[q]!.hl && !postAt(c, q) && !(c.placeEnd[q]! > q + 1)) q++;
      else if ((toks[q]?.text === '-' || toks[q]?.text === '&') && !toks[q]!.sp && toks[q + 1]?.kind === 'word' && !toks[q + 1]!.sp && toks[q + 1]!.upper && !toks[q + 1]!.hl) q += 2;
      else break;
    }
    // `Giám đốc Vietcombank TP Hồ Chí Minh`: a place that opens with its unit's acronym is whole.
    if (q < toks.length && toks[q]!.sp && c.placeEnd[q]! > q + 1 && adminAt(c, q) > 0) return c.placeEnd[q]!;
    // `Phòng CSGT đường bộ - đường sắt`: a lowercase field after the acronym, then its parent.
    if (first && toks[q]?.sp && toks[q]!.kind === 'word' && !toks[q]!.cap && !toks[q]!.hl && toks[q + 2]?.text === '-') {
      const f = (mayStart(c, q, FB_ORG_WORD) ? c.L.orgWords.longest(keys, q) : null);
      if (f && f.end === q + 2) {
        const r = parseTail(c, f.end, true);
        if (r > f.end) return r;
      }
    }
    // `Phó Tổng giám đốc thường trực EVNGENCO 3,`: one acronym and a one- or two-digit number closing the
    // phrase or before the holder's name, after a business post, name a numbered company (like `Lilama 10`).
    if (q === k + 1 && businessHead(head) && companyNumberAt(c, q)) return q + 1;
    // `CEO SK Hynix Lee Seok-hee`, `Cố vấn cấp cao của CK Hutchison.`: after a business post (or a post's
    // `của`), a two- or three-letter Latin acronym that is no known body, then one foreign-looking word
    // (no known first name or surname), is one company (`LG Chem`, `JP Morgan`), before the holder's
    // name or where the phrase closes (pwecon).
    if (q === k + 1 && first && t.upper && /^[A-Z]{2,3}$/u.test(t.text) && (businessHead(head) || keys[k - 1] === 'của')) {
      const x = toks[q];
      if (x && capWord(x) && x.sp && !x.line && !x.hl && !x.upper && !vnTok(x) && !hasNw(x, NW_FOREIGN) && !hasNw(x, NW_COMMON_SURNAME) && !orgLike(x) && c.placeEnd[q]! < 0 && knownOrgAt(c, k) < 0 && clauseEndsAt(c, q + 1)) return q + 1;
    }
    return q;
  }
  // `CEO Goldman Sachs David Solomon`: a firm of agencies.txt (banks, research firms, media)
  // after a business post is its company.
  if (first && capWord(t) && !t.hl && businessHead(head)) {
    const ag = c.L.agencies.longest(keys, k);
    if (ag) return ag.end;
  }
  // `CEO Apple Tim Cook`, `Giám đốc điều hành Tesla Elon Musk`: after a business post, a
  // foreign brand that is no name part, then a two-word foreign name (the holder's), or three
  // words from a known first name (`Giám đốc tài chính Masan Michael Hung Nguyen`).
  // So are a paper after an editor's post and a town after a mayor's (`Tổng biên tập Time Edward
  // Felsenthal`, `Thị trưởng Surfside Charles Burkett`).
  if (first && capWord(t) && !t.hl && (businessHead(head) || headIs(head, HB_BRAND_THEN_NAME)) && !vnTok(t) && !hasNw(t, NW_FOREIGN) && !(mayStart(c, k, FB_FOREIGN_FULL) ? c.L.foreignFull.longest(keys, k) : null) && (capRunEnd(c, k) - k === 3 || (capRunEnd(c, k) - k === 4 && hasNw(toks[k + 1], NW_FOREIGN))) && foreignNameAt(c, k + 1)) return k + 1;
  // `Chủ tịch Sony Kenichiro Yoshida`: a brand the lexicons keep from names (or a company-like word), then
  // two foreign-looking words closing the run (pw12).
  if (first && capWord(t) && !t.hl && businessHead(head) && !vnTok(t) && (hasNw(t, NW_NOT_NAME) || orgLike(t)) && !hasNw(t, NW_FOREIGN) && capRunEnd(c, k) - k === 3 && foreignRun(c, k + 1, k + 3)) return k + 1;
  // `CEO Berkshire Hathaway Warren Buffett`: a two-word brand, then a known first name and a
  // surname (the holder's).
  // (Also a two-word paper after an editor's post: `Tổng biên tập Apple Daily Ryan Law` (pw12).)
  if (first && capWord(t) && !t.hl && (businessHead(head) || headIs(head, HB_BRAND_THEN_NAME)) && !vnTok(t) && !hasNw(t, NW_FOREIGN) && capRunEnd(c, k) - k === 4 && !vnTok(toks[k + 1]!) && !hasNw(toks[k + 1], NW_FOREIGN) && hasNw(toks[k + 2], NW_FOREIGN) && foreignNameAt(c, k + 2)) return k + 2;
  // Also a three-word brand, then a known first name and a surname closing the run (`Tổng giám
  // đốc Shoei Kisen Kaisha Kenji Matsuda`, `Chủ tịch Mitsui OSK Lines Kenji Matsuda`) (paw2).
  if (first && capWord(t) && !t.hl && (businessHead(head) || headIs(head, HB_BRAND_THEN_NAME)) && !vnTok(t) && !hasNw(t, NW_FOREIGN) && capRunEnd(c, k) - k === 5 && !vnTok(toks[k + 1]!) && !hasNw(toks[k + 1], NW_FOREIGN) && !vnTok(toks[k + 2]!) && !hasNw(toks[k + 2], NW_FOREIGN) && hasNw(toks[k + 3], NW_FOREIGN) && foreignNameAt(c, k + 3)) return k + 3;
  // `Chủ tịch Tata Sons Natarajan Chandrasekaran`: a brand closed by a company word, then a two-word
  // foreign name (the holder's) (pw12).
  if (first && capWord(t) && !t.hl && businessHead(head) && !vnTok(t) && capRunEnd(c, k) - k === 4 && !toks[k + 1]!.upper && orgLike(toks[k + 1]!) && !vnTok(toks[k + 2]!) && !orgLike(toks[k + 2]!) && !orgLike(toks[k + 3]!) && foreignRun(c, k + 2, k + 4)) return k + 2;
  // `Giám đốc tài chính Huawei Mạnh Vãn Chu`: a brand, then a full Sino-Vietnamese name of
  // foreign-names.txt closing the run (the holder's).
  if (first && capWord(t) && !t.hl && businessHead(head) && !vnTok(t) && !hasNw(t, NW_FOREIGN) && (mayStart(c, k + 1, FB_FOREIGN_FULL) ? c.L.foreignFull.longest(keys, k + 1) : null)?.end === capRunEnd(c, k)) return k + 1;
  // `Tổng giám đốc Pinduoduo Trần Lỗi`: a foreign brand, then a Sino-Vietnamese name (a common
  // surname, no place, and one or two syllables) closing the run.
  if (first && capWord(t) && !t.hl && businessHead(head) && !vnTok(t) && !hasNw(t, NW_FOREIGN) && hasNw(toks[k + 1], NW_COMMON_SURNAME) && c.placeEnd[k + 1]! < 0) {
    const re = capRunEnd(c, k);
    if (re - k >= 3 && re - k <= 4 && vnTok(toks[k + 1]!) && vnTok(toks[re - 1]!) && vnTok(toks[k + 2]!) && c.placeEnd[k + 2]! < 0) return k + 1;
  }
  // `Chủ tịch HĐQT Đất Xanh Group`: a run ending in a company word after a business post, even
  // when its first word also opens sentences.
  if (first && capWord(t) && !t.hl && businessHead(head) && hasNw(t, NW_NOT_NAME)) {
    const runEnd = capRunEnd(c, k);
    const last = toks[runEnd - 1]!;
    if (runEnd - k >= 2 && runEnd - k <= 4 && orgLike(last) && !last.upper && !vnTok(last)) return runEnd;
    // `Chủ tịch HĐQT Đất Xanh,`, `Chủ tịch HĐQT Đất Xanh Lương Trí Thìn`: two or three Vietnamese
    // words closing the phrase or before the holder's name are the company, as `Chủ tịch Hòa Phát`.
    if (runEnd - k >= 2 && vnTok(t)) {
      const p = nameSplit(c, k, runEnd, 2);
      if (p - k <= 3 && (p < runEnd || clauseEndsAt(c, p)) && vnTok(toks[k + 1]!) && (p - k === 2 || vnTok(toks[k + 2]!))) return p;
    }
  }
  // `Chủ tịch Thai Airways Piyasvasti Amranand`, `Giám đốc điều hành Philippine Airlines X`: after a business
  // post, a capitalized word then a company word (`Airways`, `Air`, `Group`) is the company, also when the first
  // word is a Vietnamese syllable or a place (pasia).
  if (first && capWord(t) && !t.hl && businessHead(head) && capWord(toks[k + 1]) && !!toks[k + 1]!.sp && !toks[k + 1]!.upper && !toks[k + 1]!.line && orgLike(toks[k + 1]!) && !nameStartsAt(c, k)) return k + 2;
  // A brand kept from names (`Grab`, `Samsung`, `Tesla`) is still a company after a business
  // post (`Tổng giám đốc Samsung Việt Nam`); Vietnamese sentence words (`Theo`, `Trong`) are not.
  // A second post is no organization of the first (`Chủ tịch | Phó Chủ tịch thường trực`).
  if (first && capWord(t) && !t.hl && !nameStartsAt(c, k) && (!hasNw(t, NW_NOT_NAME) || (!vnTok(t) && businessHead(head))) && !(mayStart(c, k, FB_HONORIFIC) ? c.L.honorifics.longest(keys, k) : null) && !tryHead(c, k)) {
    // A proper name right after the head: an org (`Chủ tịch Vingroup`) or the holder
    // (`Thủ tướng Prayut`). Keep company-like words only.
    const runEnd = capRunEnd(c, k);
    const p = nameSplit(c, k, runEnd, 1);
    // `Chủ tịch Giuse Nguyễn Năng`, `Tổng Thư ký Phêrô Nguyễn Văn Khảm`: a known foreign first name in
    // Vietnamese spelling (a baptismal name), then a Vietnamese name, is the holder's; a brand-like
    // foreign name stays the company (`Tổng giám đốc Ford Phạm Văn Dũng`) (psoc5).
    if (p === k + 1 && runEnd - k >= 3 && hasNw(t, NW_FOREIGN) && (BAPTISMAL_PLAIN.has(keys[k]!) || (VN_SPELLED.test(t.text) && TWO_SYLLABLES.test(t.low))) && hasNw(toks[k + 1], NW_COMMON_SURNAME)) return k;
    // `Người đồng sáng lập Lương Nhữ Ba`: a full Sino-Vietnamese name of foreign-names.txt closing the run is
    // the holder's, though a rarer surname inside it reads as a name's start (pw14).
    if (p < runEnd && p > k && (mayStart(c, k, FB_FOREIGN_FULL) ? c.L.foreignFull.longest(keys, k) : null)?.end === runEnd) return k;
    if (p < runEnd && p > k) return p;
    if (/(group|bank|corp|tech)$/iu.test(t.text)) return k + 1;
    // `Vua Charles III`: a monarch's name and regnal number, the holder.
    if (headIs(head, HB_ROYAL) && runEnd - k >= 2 && /^[IVX]{1,5}$/u.test(toks[runEnd - 1]!.text) && !toks[runEnd - 2]!.upper) return k;
    // `Chủ tịch Masan Group`: a run ending in a company word is the org; so is one ending
    // in an English word of company names (`Giám đốc điều hành Bannockburn Global Forex`).
    if (runEnd - k <= 4 && (orgLike(toks[runEnd - 1]!) || (runEnd - k >= 2 && hasNw(toks[runEnd - 1], NW_NOT_NAME) && !vnTok(toks[runEnd - 1]!)))) return runEnd;
    // `Bộ trưởng Lloyd Austin`, `Thị trưởng Eric Houston`: a known first name and a foreign
    // place word as its surname are the holder, no brand and branch.
    if (runEnd - k === 2 && hasNw(t, NW_FOREIGN) && c.placeEnd[k + 1] === runEnd && !vnTok(toks[k + 1]!)) return k;
    // `Tổng Giám đốc Nielsen Việt Nam`: a foreign brand and the country of its branch.
    if (!vnTok(toks[k]!)) {
      for (let p = k + 1; p < runEnd && p - k <= 2; p++) {
        if (c.placeEnd[p] === runEnd && runEnd - k <= 4) return runEnd;
        // `Tổng giám đốc Samsung Việt Nam Choi Joo Ho`: the holder's name right after the country.
        const pe = c.placeEnd[p]!;
        if (pe > p && pe < runEnd && (nameStartsAt(c, pe) || foreignNameAt(c, pe))) return pe;
        if (vnTok(toks[p]!)) break;
      }
    }
    // `Ông X, Tổng thư ký Vitas, cho biết`: in an apposition to a name after `ông`/`bà`, one
    // foreign-looking word closed by a comma after any post is its body (an association's short
    // name), not a second holder (pbiz4).
    if (runEnd - k === 1 && !vnTok(t) && !hasNw(t, NW_FOREIGN) && toks[k + 1]?.text === ',' && honorificNameBefore(c, k)) return k + 1;
    // `Tổng giám đốc Nestlé Việt Nam Binu Jacob`: a brand (also with a Latin accent), its
    // branch's country, then two or three foreign words closing the run: the holder's name.
    if (businessHead(head) && !hasNw(t, NW_FOREIGN)) {
      for (let p = k + 1; p < runEnd && p - k <= 2; p++) {
        const pe = c.placeEnd[p]!;
        if (pe > p && runEnd - pe >= 2 && runEnd - pe <= 3 && foreignRun(c, pe, runEnd)) return pe;
        if (pe > p) break;
      }
    }
    // `Trưởng buôn Ea Kmar`, `Trưởng làng Plei Ơi`, `Chủ tịch UBND xã Ia Le`: after a head that names its unit, a Central
    // Highlands place word opens the unit's two-word name (then the holder's, if more words follow) (psoc4).
    // `Trưởng thôn Tu Poong A Bảy`, `Trưởng làng Kon Klor Y Bloi`: after a head that names its unit and the unit's name,
    // a Ba Na or Xơ Đăng `A` / `Y` and one or two Vietnamese-looking syllables closing the run are the holder's name (psoc5).
    if (headIs(head, HB_UNIT_NAMING) && runEnd - k >= 3) {
      for (let p = runEnd - 2; p >= runEnd - 3 && p > k; p--) {
        const a = toks[p]!;
        if ((a.text === 'A' || a.text === 'Y') && !a.hl && a.sp && vnTok(toks[p + 1]!) && !toks[p + 1]!.upper && !(c.placeEnd[p]! > p)) return p;
      }
    }
    if (HIGHLAND_PLACE_FIRST.has(keys[k]!) && headIs(head, HB_UNIT_NAMING) && runEnd - k >= 2) return runEnd - k <= 3 ? runEnd : k + 2;
    if ((mayStart(c, k, FB_FOREIGN_FULL) ? c.L.foreignFull.longest(keys, k) : null) || foreignNameAt(c, k)) return k;
    // `HLV Hữu Thắng`, `Đội trưởng Hùng Dũng`: after a post that is no business post, a middle
    // name and a known given name (no place) are the holder, named without the surname.
    // Not after a head that names its unit (`Trưởng thôn Đông Xá`, `Trưởng khoa ...`): the unit's name.
    if (runEnd - k === 2 && !businessHead(head) && !headIs(head, HB_UNIT_NAMING) && hasNw(toks[k], NW_MIDDLE) && hasNw(toks[k + 1], NW_GIVEN) && c.placeEnd[k]! < 0 && c.placeEnd[k + 1]! < 0 && vnTok(toks[k]!) && vnTok(toks[k + 1]!)) return k;
    // Two or more Vietnamese-looking words that are no person's name: a company (`Chủ tịch Hòa Phát`);
    // so are Vietnamese words ending in an English one after a business post (`nhà sáng lập Trung Nguyên Legend`).
    if (runEnd - k >= 2 && runEnd - k <= 4) {
      let vnWords = 0;
      for (let j = k; j < runEnd; j++) if (vnTok(toks[j]!)) vnWords++;
      if (vnWords === runEnd - k) return runEnd;
      if (vnWords === runEnd - k - 1 && vnWords >= 2 && !vnTok(toks[runEnd - 1]!) && businessHead(head)) return runEnd;
    }
    // One foreign-looking word after a business post: a company (`Phó Tổng giám đốc Vietjet`).
    // (`nguyên Tổng Giám đốc Vinafood 1,`, `Giám đốc Lilama 10`: a one- or two-digit number closing the
    // phrase or before the holder's name ends the company's name, no count.)
    if (runEnd - k === 1 && !vnTok(t) && !hasNw(t, NW_FOREIGN) && businessHead(head)) return companyNumberAt(c, k + 1) ? k + 2 : k + 1;
    // `Chủ tịch HĐQT Thế giới Di động,`, `Phó Tổng giám đốc Hàng tiêu dùng Masan`: a company's
    // name in sentence case (capitalized words, each followed by one lowercase syllable or
    // organization words), closing the phrase.
    if (runEnd - k === 1 && vnTok(t) && (businessHead(head) || headIs(head, HB_UNIT_END))) {
      const r = parseTail(c, k, true);
      if (r >= k + 3 && sentenceCaseName(c, k, r) && (clauseEndsAt(c, r) || (toks[r]?.text === '(' && toks[r]!.sp))) return r;
    }
  }
  return k;
}

/**
 * Counted nouns after a number (lexicons/date/quantity-words.txt): `3 người`, `5 hộ`; and
 * spans of time or first syllables of counted nouns (`12 năm`, `2 gia đình`, `40 nhân khẩu`).
 */
const COUNTED: ReadonlySet<string> = new Set([...dateQuantityWords, 'năm', 'tháng', 'tuần', 'ngày', 'giờ', 'gia', 'nhân', 'thành', 'tuổi']);

/** A Korean given name written with a hyphen starts at j (`Ki-moon`, `Jae-in`, `Jong-un`). */
export function koreanGivenAt(toks: readonly Tk[], j: number): boolean {
  const a = toks[j];
  const h = toks[j + 1];
  const b = toks[j + 2];
  return !!a && !!h && !!b && a.kind === 'word' && a.cap && !a.upper && a.sp && h.text === '-' && h.start === a.end && b.kind === 'word' && !b.cap && b.start === h.end && b.text.length <= 6 && !VN_DIACRITIC.test(a.low) && !VN_DIACRITIC.test(b.low);
}

/** Ordinal words after `thứ` (`Thủ tướng thứ chín của ...`). */
export const ORDINAL_WORDS = new Set(['hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười']);

/** `tư cách` or `tư cách là` (in the capacity of) right before the post at i (pelect). */
function capacityWordsBefore(keys: readonly string[], i: number): boolean {
  const j = keys[i - 1] === 'là' ? i - 1 : i;
  return j >= 2 && keys[j - 1] === 'cách' && keys[j - 2] === 'tư';
}

/** Post modifiers that may also follow the post's country or body (`Tổng thống Mỹ đắc cử`). */
const TRAILING_MODS = new Set(['đắc cử', 'mãn nhiệm', 'sắp mãn nhiệm', 'tạm quyền', 'lâm thời', 'chuyển tiếp', 'bị phế truất', 'bị lật đổ', 'đối lập']);

/** National posts whose holder may bear a city's name (`Bộ trưởng Austin`, `Tổng thống Washington`). */
/** Lowercase words after `đại sứ` that make it a campaign's or a brand's ambassador (`đại sứ thương hiệu`). */
const PROMO_AFTER_ENVOY = new Set(['thiện chí', 'thương hiệu', 'hình ảnh', 'truyền thông']);
const NAME_CITY_POSTS = new Set(['bộ trưởng', 'ngoại trưởng', 'tổng thống', 'thủ tướng', 'tướng', 'phó tổng', 'phó thủ', 'đại sứ']);

/** Legislators: the party after them is an affiliation (`Thượng nghị sĩ đảng Cộng hòa X`). */
const LEGISLATORS = new Set(['nghị sĩ', 'thượng nghị sĩ', 'hạ nghị sĩ']);

/**
 * [k, r) reads as a name in sentence case: two or more capitalized words, and each lowercase
 * stretch is one syllable or organization words (`Thế giới Di động`, `Hàng tiêu dùng Masan`),
 * with no verb or function word.
 */
function sentenceCaseName(c: GrammarCtx, k: number, r: number): boolean {
  const { toks, keys, L } = c;
  let caps = 0;
  let j = k;
  while (j < r) {
    const t = toks[j]!;
    if (t.kind !== 'word' || (j > k && !t.sp)) return false;
    if (capWord(t)) {
      caps++;
      j++;
      continue;
    }
    if (bridgeStopAt(keys, j)) return false;
    const ow = (mayStart(c, j, FB_ORG_WORD) ? L.orgWords.longest(keys, j, r) : null);
    const e = ow ? ow.end : j + 1;
    if (!ow && j + 1 < r && !capWord(toks[j + 1])) return false;
    j = e;
  }
  return caps >= 2;
}

/** Multi-sport games a delegation goes to (first words, lowercase keys). */
const GAMES: readonly (readonly string[])[] = [['sea', 'games'], ['asian', 'games'], ['asiad'], ['olympic'], ['paralympic'], ['thế', 'vận', 'hội'], ['đại', 'hội', 'thể', 'thao']];

/**
 * End of a multi-sport games' name at k (`SEA Games 31`, `Olympic Tokyo`, `ASIAD 18`, `Đại hội Thể thao
 * trong nhà châu Á` is not taken past its first words), or k: the games' words, then a one- or
 * two-digit edition or a host city (a four-digit year is a date and stays out).
 */
function gamesEnd(c: GrammarCtx, k: number): number {
  const { toks, keys } = c;
  for (const g of GAMES) {
    let ok = true;
    for (let j = 0; j < g.length; j++) if (keys[k + j] !== g[j] || (j > 0 && (!toks[k + j]!.sp || toks[k + j]!.line))) ok = false;
    if (!ok) continue;
    let e = k + g.length;
    const nx = toks[e];
    if (nx && nx.sp && !nx.line && nx.kind === 'number' && /^\d{1,2}$/u.test(nx.text)) e++;
    else if (nx && nx.sp && !nx.line && capWord(nx) && c.placeEnd[e]! > e) e = c.placeEnd[e]!;
    return e;
  }
  return k;
}

/**
 * The name of a tournament right after `giải` at q: up to four lowercase words (its sport: `đua xe đạp`), then its
 * name in sentence case (`Marathon quốc tế Hà Nội`, `Cúp truyền hình TP Hồ Chí Minh`: up to two lowercase words
 * between capitalized ones); only when a clause mark, the line's end or a year (a date of its own) closes it; or
 * the sport alone in organization words before a clause mark (`giải bóng đá,`). q when none (pedu3).
 */
function tournamentEnd(c: GrammarCtx, q: number): number {
  const { toks, keys } = c;
  const plain = (j: number): boolean => {
    const x = toks[j];
    return !!x && x.kind === 'word' && !x.cap && x.sp && !x.line;
  };
  let j = q;
  while (j - q < 4 && plain(j) && !bridgeStopAt(keys, j) && !speechAt(keys, j)) j++;
  let last = j;
  let r = j;
  while (r - j < 10) {
    const x = toks[r];
    if (!x || !x.sp || x.line || x.kind !== 'word') break;
    if (capWord(x)) {
      // (No post, and no person's name right after `giải`: `Trưởng ban tổ chức giải Lê Văn Bình,` is its holder.)
      if (r === j && (postAt(c, r) || tryHead(c, r) || (j === q && (nameStartsAt(c, r) || foreignNameAt(c, r))))) break;
      last = ++r;
    } else if (r > j && plain(r) && capWord(toks[r + 1]) && toks[r + 1]!.sp && !toks[r + 1]!.line) r++;
    else if (r > j && plain(r) && plain(r + 1) && capWord(toks[r + 2]) && toks[r + 2]!.sp && !toks[r + 2]!.line) r += 2;
    else break;
  }
  const closed = (e: number): boolean => {
    const nx = toks[e];
    if (!nx || nx.line) return true;
    if (nx.kind === 'number') return /^(19|20)\d\d$/u.test(nx.text) && nx.sp;
    return nx.text === ',' || nx.text === '.' || nx.text === ';' || nx.text === ')' || nx.text === ':';
  };
  if (last > j) return closed(last) ? last : q;
  if (j === q || !closed(j)) return q;
  // The sport alone: organization words only.
  let w = q;
  while (w < j) {
    const m = mayStart(c, w, FB_ORG_WORD) ? c.L.orgWords.longest(keys, w, j) : null;
    if (!m) return q;
    w = m.end;
  }
  return j;
}

/** Monarchs' posts: a name with a regnal number after them is the holder (`Vua Charles III`). */
/** Words `tử` forms with the word after it (`tử vong`, `tử nạn`, `tử hình`): no royal head before them. */
const TU_WORDS_AFTER = new Set(['vong', 'nạn', 'thương', 'trận', 'hình', 'tù', 'tế']);
const ROYAL_HEADS = new Set(['vua', 'nhà vua', 'nữ hoàng', 'hoàng đế', 'quốc vương', 'nữ vương', 'thái tử', 'hoàng tử', 'công chúa']);

/** Last words of a company's bracketed English short name (`(Nam A Bank)`, `(Cen Land)`). */
const SHORT_NAME_LAST: ReadonlySet<string> = new Set(['bank', 'land', 'group', 'capital', 'holdings', 'securities', 'airlines', 'airways', 'corp', 'corporation', 'invest']);

/** Baptismal names with no Vietnamese letter (`Giuse Nguyễn Năng`); the others are told by their spelling. */
const BAPTISMAL_PLAIN = new Set(['giuse', 'gioan', 'maria', 'anna', 'cosma', 'luca', 'simon']);
/** A Vietnamese letter in a word that is no Vietnamese syllable: a foreign name spelled the Vietnamese way (`Phêrô`). */
const VN_SPELLED = /[ăâđêôơư]/iu;
/** A consonant between two vowels: two syllables in one word, which no Vietnamese word has (`phêrô`). */
const TWO_SYLLABLES = /[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ][^aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/u;
/** Posts whose organization is one brand-like word before the holder's two-word foreign name (a central bank's short name after a governor's post: `Thống đốc Banxico Alejandro Díaz de León`). */
const BRAND_THEN_NAME_HEADS = new Set(['tổng biên tập', 'phó tổng biên tập', 'thị trưởng', 'phó thị trưởng', 'thống đốc', 'phó thống đốc']);

const BUSINESS_HEADS = new Set(['tgđ', 'gđ', 'pgđ', 'giám đốc', 'tổng giám đốc', 'chủ tịch', 'ceo', 'nhà sáng lập', 'đồng sáng lập', 'nhà đồng sáng lập', 'người sáng lập', 'người đồng sáng lập', 'founder', 'giám đốc điều hành', 'chủ tịch hđqt', 'chủ tịch hội đồng quản trị', 'chủ tịch hđtv', 'chủ tịch hội đồng thành viên', 'thành viên hđqt', 'thành viên hội đồng quản trị', 'trưởng ban kiểm soát', 'kế toán trưởng', 'kinh tế trưởng', 'chuyên gia kinh tế trưởng', 'trưởng đại diện', 'tổng giám đốc điều hành', 'chủ tịch điều hành', 'cfo', 'coo', 'cto']);

/** Bits of headBits: the head key is in that set, or has that form. */
const HB_BUSINESS = 1;
const HB_SERVING = 2;
const HB_AIDE = 4;
const HB_ENVOY = 8;
const HB_DIPLOMAT = 16;
const HB_FLOOR_LEADER = 32;
const HB_FACTION = 64;
const HB_LEGISLATOR = 128;
const HB_VILLAGE = 256;
const HB_ROYAL = 512;
const HB_BRAND_THEN_NAME = 1024;
/** UNIT_HEAD_END matches. */
const HB_UNIT_END = 2048;
/** The last word is in UNIT_NAMING_LAST. */
const HB_UNIT_NAMING = 4096;
/** Head sets' answers by head key (made at a head's first question: heads come from the post lexicons). */
const HEAD_BITS = new Map<string, number>();
/** The last head headBits answered, and its bits (`''`, no head, has none). */
let lastHead = '';
let lastHeadBits = 0;
/**
 * The head sets a head key is in, as HB_ bits: one integer test per set instead of a
 * string hash lookup (a title's parse asks about its one head up to thirty times, so a
 * one-entry memo answers nearly all; with headKeyOf's shared strings the memo's test is
 * a pointer compare).
 */
function headBits(head: string): number {
  // Standalone organizations (orgAt, blockPass) parse with no head: no memo entry spent on them.
  if (head === '') return 0;
  if (head === lastHead) return lastHeadBits;
  let b = HEAD_BITS.get(head);
  if (b === undefined) {
    b = (BUSINESS_HEADS.has(head) || head.startsWith('giám đốc ') || head.startsWith('tổng giám đốc ') ? HB_BUSINESS : 0)
      | (SERVING_HEADS.has(head) ? HB_SERVING : 0) | (AIDE_HEADS.has(head) ? HB_AIDE : 0) | (ENVOY_HEADS.has(head) ? HB_ENVOY : 0)
      | (DIPLOMAT.has(head) ? HB_DIPLOMAT : 0) | (FLOOR_LEADERS.has(head) ? HB_FLOOR_LEADER : 0) | (FACTION_HEADS.has(head) ? HB_FACTION : 0)
      | (LEGISLATORS.has(head) ? HB_LEGISLATOR : 0) | (VILLAGE_HEADS.has(head) ? HB_VILLAGE : 0) | (ROYAL_HEADS.has(head) ? HB_ROYAL : 0)
      | (BRAND_THEN_NAME_HEADS.has(head) ? HB_BRAND_THEN_NAME : 0) | (UNIT_HEAD_END.test(head) ? HB_UNIT_END : 0)
      | (UNIT_NAMING_LAST.has(head.slice(head.lastIndexOf(' ') + 1)) ? HB_UNIT_NAMING : 0);
    // (Bounded: caller posts could bring new heads at every call.)
    if (HEAD_BITS.size < 4096) HEAD_BITS.set(head, b);
  }
  lastHead = head;
  lastHeadBits = b;
  return b;
}
/** The head is in the set of HB_ bit `bit`. */
function headIs(head: string, bit: number): boolean {
  return (headBits(head) & bit) !== 0;
}
/** A business post, also a functional director (`giám đốc tài chính`, `giám đốc marketing`). */
function businessHead(head: string): boolean {
  return headIs(head, HB_BUSINESS);
}

/** Party names whose second word news writes in lowercase (`đảng Cộng hòa`, `đảng Dân chủ`). */
const PARTY_WORDS = new Set(['cộng hòa', 'dân chủ', 'lao động', 'bảo thủ', 'tự do', 'xã hội', 'cộng sản']);
const ENVOY_HEADS = new Set(['đặc phái viên', 'đặc sứ', 'đại diện đặc biệt', 'điều phối viên đặc biệt', 'báo cáo viên đặc biệt']);
/** Boards named in lowercase after `Trưởng ban` (`ban giám khảo`, `ban tổ chức`). */
const BOARD_NAMES = new Set([
  'giám khảo', 'tổ chức', 'biên tập', 'chỉ đạo', 'quản lý', 'tuyên giáo', 'nữ công', 'tham vấn', 'vận động', 'thư ký',
  'dân vận', 'đại diện', 'công tác', 'bầu cử', 'kiểm phiếu', 'điều phối', 'soạn thảo', 'chấp hành', 'thường vụ', 'cán sự',
  'pháp chế', 'trị sự', 'tuyên huấn', 'kiểm tra', 'thanh tra', 'chuyên môn', 'điều hành', 'kiểm soát', 'liên lạc', 'hậu cần',
  'trọng tài',
]);
/** Aides and envoys: `... của` + the post they serve is one post. */
const AIDE_HEADS = new Set(['đặc phái viên', 'đặc sứ', 'đại diện đặc biệt', 'điều phối viên đặc biệt', 'trợ lý', 'thư ký', 'thư ký báo chí', 'cố vấn', 'cố vấn trưởng',
  // (A senior or medical adviser serves a post as an adviser does: `Cố vấn cấp cao của Tổng giám đốc WHO` (pvax).)
  'cố vấn cấp cao', 'cố vấn cao cấp', 'cố vấn y tế', 'cố vấn y tế trưởng', 'chánh văn phòng', 'người phát ngôn', 'phát ngôn viên']);
/**
 * Aides whose post may name the post it serves (`trợ lý Tổng thống Nga`, `Chánh văn phòng
 * Tổng thống Ukraine`): AIDE_HEADS but a special representative and a press secretary, whose
 * organization is read as usual.
 */
const SERVING_HEADS: ReadonlySet<string> = new Set([...AIDE_HEADS].filter((h) => h !== 'đại diện đặc biệt' && h !== 'thư ký báo chí'));

/**
 * An envoy's brief at q (`về Iran`, `về khí hậu`) when the holder's name follows it: the
 * brief's end, else q.
 */
function envoyBriefEnd(c: GrammarCtx, q: number): number {
  const { toks, keys } = c;
  if (keys[q] !== 'về') return q;
  let r = c.placeEnd[q + 1]! > q + 1 ? c.placeEnd[q + 1]! : q + 1;
  let cont = false;
  if (r === q + 1) {
    // `về châu Phi`, `về vùng Sừng châu Phi`: a continent, or a region named before one.
    const lead = r;
    // (`về tiến trình hòa bình Trung Đông`: up to five lowercase words when a place closes them (pw8).)
    if (!continentAt(c, r)) while (r < toks.length && r - q <= 5 && toks[r]!.kind === 'word' && !toks[r]!.cap && toks[r]!.sp) r++;
    if (r - q > 4 && !continentAt(c, r) && !(capWord(toks[r]) && continentAt(c, r + 1)) && !(c.placeEnd[r]! > r)) r = q + 4;
    if (continentAt(c, r)) r += 2, cont = true;
    else if (capWord(toks[r]) && toks[r]!.kind === 'word' && continentAt(c, r + 1)) r += 3, cont = true;
    // `về vấn đề Triều Tiên`: a place closing the brief.
    else if (r > lead && c.placeEnd[r]! > r) r = c.placeEnd[r]!, cont = true;
  }
  if (r > q + 1 && toks[r]?.sp && !toks[r]!.line && (nameStartsAt(c, r) || foreignNameAt(c, r))) return r;
  // (Also two or three foreign-looking words closing the run: `về Afghanistan Zamir Kabulov` (pw12).)
  if (r > q + 1 && capWord(toks[r]) && toks[r]!.sp && !toks[r]!.line && capRunEnd(c, r) - r >= 2 && capRunEnd(c, r) - r <= 3 && foreignRun(c, r, capRunEnd(c, r))) return r;
  // `Bà X, Đặc phái viên Liên hợp quốc về Myanmar, ...`, `làm Đặc phái viên ASEAN về Myanmar.`:
  // a country as the brief also where the phrase closes.
  const x = toks[r];
  // Also before the clause's verb (`Đặc phái viên Liên hợp quốc về Myanmar đã lên án ...`).
  // `làm Đặc phái viên Tổng thống về khí hậu.`: a lowercase field closing the phrase.
  // (Also a region named before a continent: `Đặc phái viên ... về vùng Sừng châu Phi, đã tới` (pw8), and lowercase
  // words closed by a place: `Đặc phái viên Mỹ về hòa giải Afghanistan, từng ...` (pw15).)
  if (r > q + 1 && (r - q <= 3 || cont) && !toks[q + 1]!.cap && keys[q + 1] !== 'nước' && (!x || x.line || (x.kind === 'punct' && BRIEF_CLOSERS.has(x.text)))) return r;
  if (r > q + 1 && c.placeEnd[q + 1]! === r && r - q <= 5 && COUNTRY_KEYS.has(keyOf(keys, q + 1, r)) && (!x || x.line || (x.kind === 'punct' && BRIEF_CLOSERS.has(x.text)) || (x.sp && x.kind === 'word' && !x.cap && (BRIEF_VERB_OPENERS.has(keys[r]!) || speechAt(keys, r))))) return r;
  return q;
}
const BRIEF_CLOSERS = new Set([',', '.', ';', ':', ')']);
// (`thay`, `kế`: `làm Đặc phái viên về Myanmar thay bà X`, `kế nhiệm` (pw13).)
const BRIEF_VERB_OPENERS = new Set(['đã', 'sẽ', 'đang', 'cũng', 'vừa', 'hôm', 'ngày', 'trong', 'từ', 'vào', 'năm', 'thay', 'kế']);

/** Continents after a lowercase `châu`, one token each (`châu Âu`); `Đại Dương` is two and never matched. */
/** Words before a lowercase `đồng` that make it part of another word (`hội đồng`, `cộng đồng`, `hợp đồng`). */
const CO_WORDS_BEFORE: ReadonlySet<string> = new Set(['hội', 'cộng', 'hợp', 'bất', 'tương', 'đồng', 'cánh', 'ruộng']);
export const CONTINENTS: ReadonlySet<string> = new Set(['âu', 'á', 'phi', 'mỹ', 'úc']);
/** Lowercase `châu` + a continent at k (`châu Âu`, `châu Á`). */
/** The end of the continent a lowercase `châu` opens at k (`châu Âu`; `châu Á - Thái Bình Dương`, one region). */
function continentEnd(c: GrammarCtx, k: number): number {
  const { toks, keys } = c;
  return keys[k + 1] === 'á' && toks[k + 2]?.text === '-' && toks[k + 2]!.sp && keys[k + 3] === 'thái' && keys[k + 4] === 'bình' && keys[k + 5] === 'dương' ? k + 6 : k + 2;
}
function continentAt(c: GrammarCtx, k: number): boolean {
  const t = c.toks[k];
  return !!t && t.low === 'châu' && !t.cap && !t.hl && capWord(c.toks[k + 1]) && c.toks[k + 1]!.sp && CONTINENTS.has(c.keys[k + 1]!);
}

/**
 * The field of a post in charge at q, right after `phụ trách` / `chuyên trách` (`kinh tế`,
 * `các vấn đề châu Âu`, `vấn đề cứu trợ nhân đạo`): up to six words, no verb or function
 * word past the first, ending before the holder's name or punctuation closing the phrase.
 * Its end, or q when there is none.
 */
function portfolioEnd(c: GrammarCtx, q: number, head = ''): number {
  const { toks, keys } = c;
  let r = q;
  let placeTo = -1;
  while (r < toks.length && r - q < 10) {
    const t = toks[r]!;
    // `phụ trách Đông Á - Thái Bình Dương`: two regions joined by a spaced dash.
    if (t.text === '-' && t.sp && placeTo === r && toks[r + 1]?.sp && capWord(toks[r + 1]) && c.placeEnd[r + 1]! > r + 1) {
      r = c.placeEnd[r + 1]!;
      continue;
    }
    // `phụ trách văn hóa - xã hội`: two fields joined by a spaced dash.
    if (t.text === '-' && t.sp && r > q && toks[r + 1]?.kind === 'word' && !toks[r + 1]!.cap && toks[r + 1]!.sp && !toks[r + 1]!.line) {
      r++;
      continue;
    }
    if (t.kind !== 'word' || !t.sp || t.line) break;
    if (continentAt(c, r)) {
      r = placeTo = r + 2;
      continue;
    }
    // `phụ trách ứng phó Covid-19`: the disease is part of the field.
    if (r > q && keys[r] === 'covid') {
      r += toks[r + 1]?.text === '-' && !toks[r + 1]!.sp && toks[r + 2]?.text === '19' && !toks[r + 2]!.sp ? 3 : 1;
      continue;
    }
    if (capWord(t)) {
      if (c.placeEnd[r]! > r && !nameStartsAt(c, r)) {
        r = placeTo = c.placeEnd[r]!;
        continue;
      }
      // `Ủy viên châu Âu phụ trách Thị trường Nội khối Thierry Breton`: a capitalized field, and the
      // capitalized Vietnamese words after it (pw13).
      const fw = nameStartsAt(c, r) || foreignNameAt(c, r) ? null : longer(c.L.domains.longest(keys, r), c.L.orgWords.longest(keys, r));
      if (fw) {
        r = fw.end;
        while (r < toks.length && r - q < 10 && capWord(toks[r]) && toks[r]!.sp && !toks[r]!.line && vnTok(toks[r]!) && !nameStartsAt(c, r)) r++;
        continue;
      }
      break;
    }
    // `phụ trách chính sách phát triển và quan hệ đối tác`: two lowercase fields joined by `và`.
    const andField = t.low === 'và' && r > q && !toks[r - 1]!.cap && toks[r + 1]?.sp && toks[r + 1]!.kind === 'word' && !toks[r + 1]!.cap && !toks[r + 1]!.hl && !bridgeStopAt(keys, r + 1);
    if (!(r === q && (t.low === 'các' || t.low === 'lĩnh')) && !andField && bridgeStopAt(keys, r)) break;
    r++;
  }
  if (r === q) return q;
  // `Phó Tổng giám đốc phụ trách khối bán lẻ của ACB`, `... phụ trách kinh doanh Vinamilk`:
  // the company the field belongs to, before the phrase ends.
  if (head !== '' && toks[r]?.sp && !toks[r]!.line && (keys[r] === 'của' || capWord(toks[r])) && !nameStartsAt(c, r) && !foreignNameAt(c, r)) {
    const x = keys[r] === 'của' ? r + 1 : r;
    const o = toks[x]?.sp && !toks[x]!.line ? parseOrg(c, x, head) : x;
    if (o > x && clauseEndsAt(c, o)) return o;
  }
  const nx = toks[r];
  if (!nx || nx.line || nx.text === ',' || nx.text === ';' || nx.text === ')' || nx.text === '(') return r;
  // `Phó Tổng Giám đốc phụ trách tài chính của doanh nghiệp`: a short field closed by `của` and a body
  // the grammar does not parse is still the field; the `của` phrase stays outside (probes-pb7).
  if (nx.sp && nx.low === 'của' && r - q <= 3) return r;
  // `... phụ trách an ninh Đại tá Nguyễn Văn A`: a rank or another post of the holder's.
  if (nx.sp && capWord(nx) && postAt(c, r)) return r;
  if (nx.text === '.' && (!toks[r + 1] || toks[r + 1]!.sent !== nx.sent || toks[r + 1]!.line)) return r;
  if (nx.sp && (nameStartsAt(c, r) || foreignNameAt(c, r))) return r;
  // Two or three foreign-looking words (`Ylva Johansson`): a name the lexicon lacks.
  if (nx.sp && capWord(nx)) {
    const runEnd = capRunEnd(c, r);
    if (runEnd - r >= 2 && runEnd - r <= 3 && foreignRun(c, r, runEnd)) return r;
  }
  return q;
}

/** Punctuation closing the phrase at q (`,`, `;`, `)`, a sentence's `.`) or a line's end. */
function phraseClosedAt(toks: readonly Tk[], q: number): boolean {
  const nx = toks[q];
  return !nx || nx.line || nx.text === ',' || nx.text === ';' || nx.text === ')' || (nx.text === '.' && (!toks[q + 1] || toks[q + 1]!.sp || toks[q + 1]!.line));
}

/** First words of kinship nouns (`vợ`, `con gái`, `em trai`, `mẹ`) opening an apposition. */
const KIN_FIRST: ReadonlySet<string> = new Set(['vợ', 'chồng', 'con', 'em', 'anh', 'chị', 'bố', 'mẹ', 'cha', 'cháu']);

/** The phrase ends at q: punctuation closing it, a line's end, a dash, the holder's name or a verb of saying. */
/** `ông/bà Name, <post> k`: the post (its words before k) follows a comma after a full name
 * that an honorific opens (scans at most 8 tokens back, then at most 4 name words). */
function honorificNameBefore(c: GrammarCtx, k: number): boolean {
  const { toks } = c;
  let j = k - 1;
  while (j > 0 && k - j <= 8 && toks[j]!.kind === 'word' && !toks[j]!.line) j--;
  if (toks[j]?.text !== ',' || toks[j]!.line) return false;
  if (j < 3 || toks[j - 1]!.kind !== 'word' || !toks[j - 1]!.cap) return false;
  // `Bà X, em gái Chủ tịch HĐQT Cao Minh Tiến,`: an apposition opening with a kinship noun names a
  // relative, whose post (and name after it) it is: no company there.
  if (KIN_FIRST.has(c.keys[j + 1]!) || (c.keys[j + 1] === 'ái' && c.keys[j + 2] === 'nữ')) return false;
  for (let m = 2; m <= 4 && j - m >= 1; m++) {
    const w = toks[j - m]!;
    if (w.kind !== 'word' || !w.cap) return false;
    const hk = c.keys[j - m - 1];
    if (hk === 'ông' || hk === 'bà') return true;
  }
  return false;
}

function clauseEndsAt(c: GrammarCtx, q: number): boolean {
  const nx = c.toks[q];
  if (!nx || nx.line) return true;
  if (nx.kind === 'punct') return nx.text === ',' || nx.text === ';' || nx.text === ')' || nx.text === '.' || nx.text === ':' || (nx.text === '-' && nx.sp);
  if (!nx.sp) return false;
  const h = (mayStart(c, q, FB_HONORIFIC) ? c.L.honorifics.longest(c.keys, q) : null);
  return nameStartsAt(c, q) || foreignNameAt(c, q) || (h !== null && capWord(c.toks[h.end])) || speechAt(c.keys, q);
}

/** A steering committee (`ban chỉ đạo`) is named in [a, b). */
function steeringIn(keys: KeyList, a: number, b: number): boolean {
  for (let j = a + 1; j + 1 < b; j++) if (keys[j] === 'chỉ' && keys[j + 1] === 'đạo' && keys[j - 1] === 'ban') return true;
  return false;
}
/** The compass words of a lowercase region (`miền Bắc`, `phía Nam`, `miền Trung`). */
const COMPASS = new Set(['bắc', 'nam', 'trung', 'đông', 'tây']);
/** Lowercase units a business post heads inside a company (`Giám đốc khối bán lẻ`, `Trưởng bộ phận phân tích`). */
const UNIT_WORDS = new Set(['khối', 'bộ phận', 'mảng', 'khu vực']);
/** Posts whose head already names the unit (`Trưởng phòng`, `Giám đốc chi nhánh`). */
// (Not `Bộ trưởng Quốc phòng`: defence is no office (`Bộ trưởng Quốc phòng người Mỹ gốc Phi đầu tiên`, pw8).)
// (`Trưởng trạm y tế xã Tân Lập`: a station head's lowercase field, then its commune (pcovid).)
const UNIT_HEAD_END = /(?:^|(?<!quốc) )(?:phòng|bộ phận|khối|chi nhánh|nhóm|trạm)$/u;

/**
 * After a post at p with no organization: a lowercase unit and its field, then the company
 * (`Giám đốc khối bán lẻ Vietcombank`, `Trưởng phòng phân tích Công ty Chứng khoán X`,
 * `Giám đốc khối khách hàng doanh nghiệp của BIDV`), or the field alone when the phrase
 * ends there (`Trưởng phòng kinh doanh, ông A`). Its end, else p.
 */
function unitFieldEnd(c: GrammarCtx, p: number, head: string, capUnit = false): number {
  const { toks, keys, L } = c;
  let q = p;
  const t = toks[q];
  if (!t || t.kind !== 'word' || !t.sp || t.line) return p;
  let unit = headIs(head, HB_UNIT_END);
  // `Giám đốc Phân tích đầu tư Công ty X`: organization words continuing a post's own field,
  // then the company (no plain words, and the company must follow).
  let orgWordsOnly = false;
  if (!unit) {
    if ((t.cap && !capUnit) || t.hl) return p;
    const u = UNIT_WORDS.has(keys[q]!) ? 1 : UNIT_WORDS.has(keyOf(keys, q, q + 2)) ? 2 : 0;
    // (`Giám đốc Nghiên cứu và Phát triển của X`: a second field joined to the post's own by `và`.)
    const andField = keys[q] === 'và' && !!toks[q + 1]?.sp && !toks[q + 1]!.hl && !!(mayStart(c, q + 1, FB_ORG_WORD) ? L.orgWords.longest(keys, q + 1) : null);
    if (u === 0 && (andField || (mayStart(c, q, FB_ORG_WORD) ? L.orgWords.longest(keys, q) : null)) && head.indexOf(' ', head.indexOf(' ') + 1) > 0) orgWordsOnly = true;
    else if (u === 0 || (keys[q] === 'khối' && keys[q + 1] === 'lượng')) return p;
    q += u;
    unit = true;
  }
  // The unit's field: organization words, or at most three other plain Vietnamese words.
  const f0 = q;
  let plain = 0;
  let lastOrg = false;
  let afterAnd = false;
  // `Trưởng bộ phận Vĩ mô và Chiến lược thị trường của VNDirect`: a unit head's field in title
  // case (organization words only), kept only when the company follows (below).
  const unitHead = headIs(head, HB_UNIT_END);
  let capField = false;
  while (q < toks.length && q - f0 < 10) {
    const x = toks[q]!;
    const titled = x.cap && !afterAnd && unitHead && (q === f0 || lastOrg);
    // `trưởng nhóm kỹ thuật về Covid-19 của WHO`: the disease is part of the field.
    if (q > f0 && keys[q] === 'covid' && x.sp && !x.line) {
      q += toks[q + 1]?.text === '-' && !toks[q + 1]!.sp && toks[q + 2]?.text === '19' && !toks[q + 2]!.sp ? 3 : 1;
      continue;
    }
    // `Tổng giám đốc khu vực châu Á - Thái Bình Dương của X`: a continent after a lowercase `châu`
    // (and Asia-Pacific as one region) is part of the field (pbiz).
    if (continentAt(c, q)) {
      q = continentEnd(c, q);
      lastOrg = true;
      continue;
    }
    if (x.kind !== 'word' || (x.cap && !afterAnd && !titled) || x.hl || !x.sp || x.line) break;
    afterAnd = false;
    const ow = longer((mayStart(c, q, FB_ORG_WORD) ? L.orgWords.longest(keys, q) : null), (mayStart(c, q, FB_DOMAIN) ? L.domains.longest(keys, q) : null));
    if (ow) {
      if (titled) capField = true;
      q = ow.end;
      lastOrg = true;
      continue;
    }
    // (A title-case plain word there too, `Trưởng bộ phận Phân tích của VNDirect`, at most three.)
    if (titled) {
      if (!vnTok(x) || plain >= 3 || postAt(c, q)) break;
      capField = true;
      plain++;
      q++;
      lastOrg = true;
      continue;
    }
    // `phân tích kinh tế vĩ mô và nghiên cứu thị trường`: two fields joined by `và`.
    if ((lastOrg || (q === f0 && orgWordsOnly) || capField) && keys[q] === 'và' && toks[q + 1]?.sp && (!toks[q + 1]!.cap || q === f0 || capField) && (mayStart(c, q + 1, FB_ORG_WORD) ? L.orgWords.longest(keys, q + 1) : null)) {
      q++;
      lastOrg = false;
      afterAnd = true;
      continue;
    }
    lastOrg = false;
    if (q - f0 >= 5) break;
    const hon = (mayStart(c, q, FB_HONORIFIC) ? L.honorifics.longest(keys, q) : null);
    if (orgWordsOnly || bridgeStopAt(keys, q) || !vnTok(x) || (hon && capWord(toks[hon.end])) || postAt(c, q) || plain >= 3) break;
    plain++;
    q++;
  }
  if (q === f0 && toks[q]?.kind === 'word' && !capWord(toks[q])) return q > p && clauseEndsAt(c, q) ? q : p;
  const x = keys[q] === 'của' && toks[q]!.sp ? q + 1 : q;
  const o = toks[x]?.sp && !toks[x]!.line ? parseOrg(c, x, head) : x;
  if (o > x) return o;
  if (orgWordsOnly) return p;
  // One foreign-looking word is the company (`Trưởng phòng nghiên cứu của VNDirect`).
  const w = toks[x];
  if (w && w.sp && !w.line && capWord(w) && !w.hl && !vnTok(w) && !hasNw(w, NW_FOREIGN) && capRunEnd(c, x) === x + 1 && clauseEndsAt(c, x + 1)) return x + 1;
  // The field alone, closing the phrase, in organization words only (`Trưởng phòng kinh doanh, ông
  // A`): plain words there are a clause's verb (`Trưởng phòng vắng mặt, phó phòng thay.`).
  return q > p && x === q && plain === 0 && !capField && clauseEndsAt(c, q) ? q : p;
}

/**
 * The post at i follows `,`, ` - ` or `(` after a name that an honorific introduces or that
 * opens the sentence (`Ông A, Chủ tịch ...`, `Trương Mỹ Lan, Chủ tịch ...`), a short bracket
 * aside between (`(SN 1970)`): not a name closing another title (`Bộ trưởng X Merrick Garland,`).
 */
function honoredNameBefore(c: GrammarCtx, i: number): boolean {
  const { toks, keys } = c;
  let s0 = i - 1;
  // `Bà X, cựu Chủ tịch HĐQT kiêm Tổng giám đốc Tập đoàn Y Z,`: the second post of a chain joined by `kiêm`.
  if (toks[s0]!.low === 'kiêm' && s0 > 0) {
    s0--;
    while (s0 > 0 && i - s0 < 12 && toks[s0]!.kind === 'word' && !toks[s0]!.line) s0--;
  }
  const b = toks[s0]!;
  if (toks[i]!.line || !(b.text === ',' || b.text === '(' || (b.text === '-' && b.sp))) return false;
  let j = s0 - 1;
  if (toks[j]?.text === ')') {
    let o = j - 1;
    while (o > 0 && j - o < 8 && toks[o]!.text !== '(') o--;
    if (toks[o]?.text !== '(') return false;
    j = o - 1;
  }
  // `Ông Choi Jae-won, Giám đốc ...`: a hyphened given name's glued lowercase part (pbiz3).
  if (j >= 2 && toks[j]!.kind === 'word' && !toks[j]!.sp && !toks[j]!.cap && toks[j - 1]!.text === '-' && !toks[j - 1]!.sp && capWord(toks[j - 2])) j -= 2;
  if (!capWord(toks[j]) || toks[j]!.hl) return false;
  let k = j;
  while (k > 0 && j - k < 5 && joins(toks, k) && capWord(toks[k - 1]) && toks[k - 1]!.sent === toks[j]!.sent) k--;
  // A sentence's opening run is a name, not an adverbial of place (`Tại Hà Nội, Bộ trưởng ...`, `Hà Nội, ...`).
  if (k === 0 || toks[k]!.line || toks[k - 1]!.sent !== toks[k]!.sent) return (mayStart(c, k, FB_HONORIFIC) ? c.L.honorifics.longest(keys, k) : null) !== null || (!hasNw(toks[k], NW_NOT_NAME) && !(c.placeEnd[k]! > k));
  for (let s = Math.max(0, k - 3); s < k; s++) if ((mayStart(c, s, FB_HONORIFIC) ? c.L.honorifics.longest(keys, s) : null)?.end === k) return true;
  return false;
}

/** Lowercase nouns of bodies that end a subject (`công ty`, `ngân hàng`, `nước`), by their last word's pair. */
const BODY_NOUNS = new Set(['công ty', 'ngân hàng', 'doanh nghiệp', 'tổ chức', 'quốc gia', 'tập đoàn', 'đơn vị', 'hiệp hội', 'nước', 'quỹ', 'hãng']);

/** A body's or a country's name ends at token j (an acronym, a brand with an inner capital, a place, or a body noun). */
function bodyEndsAt(c: GrammarCtx, j: number): boolean {
  const t = c.toks[j];
  if (!t || t.kind !== 'word') return false;
  if (!t.hl && ((t.upper && t.text.length >= 2) || orgLike(t))) return true;
  if (!t.cap && (BODY_NOUNS.has(t.low) || (j > 0 && BODY_NOUNS.has(keyOf(c.keys, j - 1, j + 1))))) return true;
  for (let s = j; s >= 0 && s >= j - 3; s--) {
    if (c.placeEnd[s] === j + 1) return !(s > 0 && (mayStart(c, s - 1, FB_HONORIFIC) ? c.L.honorifics.longest(c.keys, s - 1) : null)?.end === s);
  }
  // `Công ty Chè Mộc Sơn là ...`: an organization's name running up to j.
  for (let s = j - 1; s >= 0 && s >= j - 6; s--) {
    const x = c.toks[s]!;
    if (x.kind !== 'word' || x.sent !== t.sent) return false;
    if (knownOrgAt(c, s) > 0 || orgHeadAt(c, s, true) > 0) return parseOrg(c, s, '', true) === j + 1;
  }
  return false;
}

/** The post at i follows a comma, a bracket, a spaced dash, `kiêm` or `là`: it describes a name before it. */
function appositionBefore(c: GrammarCtx, i: number): boolean {
  const b = c.toks[i - 1];
  if (!b || c.toks[i]!.line) return false;
  // After a comma or a dash, a name (or a bracket closing its aside) comes before: not `Tuy nhiên, CEO ...`.
  if (b.text === ',' || (b.text === '-' && b.sp)) {
    const a = c.toks[i - 2];
    // (Not after an acronym or a place: `Theo WHO, Trưởng Đại diện UNICEF X cho biết`, `... 1,2 triệu USD,
    // Trưởng Đại diện ...`, `Tại Hà Nội, ...` open a clause, no name's apposition (pdiplo).)
    if (a && a.upper && a.text.length > 1 && !a.hl) return false;
    if (a && capWord(a) && placeEndsAt(c, i - 1)) return false;
    return !!a && (capWord(a) || a.text === ')');
  }
  return b.text === '(' || b.low === 'kiêm' || b.low === 'là';
}

/**
 * One to three capitalized foreign-looking words at x (no Vietnamese diacritics, one at least
 * no Vietnamese syllable or a word with an inner capital) that close the phrase: their end,
 * else x; not from a known first name or a person's name (`CEO Apple Tim Cook`). `fresh`: they
 * follow the post itself.
 */
function closingCompanyEnd(c: GrammarCtx, x: number, fresh: boolean): number {
  const { toks } = c;
  const t = toks[x];
  if (!t || !t.sp || t.line || !capWord(t) || t.hl) return x;
  if (hasNw(t, NW_FOREIGN) || nameStartsAt(c, x) || (!fresh && foreignNameAt(c, x))) return x;
  const runEnd = capRunEnd(c, x);
  if (runEnd - x > 3) return x;
  let foreign = false;
  for (let j = x; j < runEnd; j++) {
    const w = toks[j]!;
    if (VN_DIACRITIC.test(w.low) || postAt(c, j) || c.placeEnd[j]! > j) return x;
    if (!vnTok(w) || orgLike(w)) foreign = true;
  }
  if (!foreign) return x;
  const nx = toks[runEnd];
  if (phraseClosedAt(toks, runEnd) || (nx!.text === '-' && nx!.sp) || (nx!.sp && speechAt(c.keys, runEnd))) return runEnd;
  return x;
}

/** After a plural unit or a board at e, the lowercase organization words that go on naming it (`các cơ quan | chuyên môn`): their end, else e. */
function lowerOrgWordsEnd(c: GrammarCtx, e: number): number {
  const t = c.toks[e];
  if (!t || !t.sp || t.kind !== 'word' || t.cap) return e;
  return (mayStart(c, e, FB_ORG_WORD) ? c.L.orgWords.longest(c.keys, e) : null)?.end ?? e;
}

/**
 * After an election body ending at q (`Ban bầu cử`, `Tổ bầu cử`): the constituency or polling
 * area it serves, with its number (`đơn vị bầu cử số 3`, `đơn vị số 3`, `khu vực bỏ phiếu số
 * 5`), or its own number (`số 2`): the end, else q.
 */
function pollUnitEnd(c: GrammarCtx, q: number): number {
  const { toks, keys } = c;
  let k = q;
  if (keys[k] === 'đơn' && keys[k + 1] === 'vị') k += keys[k + 2] === 'bầu' && keys[k + 3] === 'cử' ? 4 : 2;
  else if (keys[k] === 'khu' && keys[k + 1] === 'vực') k += keys[k + 2] === 'bỏ' && keys[k + 3] === 'phiếu' ? 4 : 2;
  for (let j = q; j < k; j++) if (!toks[j]!.sp || toks[j]!.line || toks[j]!.cap) return q;
  const s = toks[k];
  const nb = toks[k + 1];
  if (!s || s.cap || !s.sp || s.line || keys[k] !== 'số' || !nb || nb.kind !== 'number' || !nb.sp || !/^\d{1,3}$/u.test(nb.text)) return q;
  return k + 2;
}

/** After a parents' board, `lớp 9C` / `lớp 12A1` (a class) or a lowercase `trường` (the school) belongs to it. */
function parentsBoardUnitEnd(c: GrammarCtx, q: number): number {
  const { toks, keys } = c;
  const w = toks[q];
  if (!w || !w.sp || w.line || w.cap) return q;
  if (keys[q - 1] === 'sinh' && keys[q - 2] !== 'học') return q;
  if (keys[q] === 'trường') return capWord(toks[q + 1]) && toks[q + 1]!.sp ? q : q + 1;
  if (keys[q] !== 'lớp') return q;
  const n = toks[q + 1];
  if (!n || !n.sp || n.line || !/^\d{1,2}(?:[A-Z]{1,2}\d{0,2})?$/u.test(n.text)) return q;
  const x = toks[q + 2];
  if (x && !x.sp && /^[A-Z]{1,2}\d{0,2}$/u.test(x.text) && /^\d{1,2}$/u.test(n.text)) return q + 3;
  return q + 2;
}

/** A count or plural word right before the title at i (`một cố vấn của ...`, `các trợ lý`). */
function countedBefore(c: GrammarCtx, i: number): boolean {
  if (i === 0 || c.toks[i]!.line) return false;
  if (c.toks[i - 1]!.kind === 'number') return true;
  for (let b = Math.max(0, i - 2); b < i; b++) if (c.L.plural.longest(c.keys, b, i)?.end === i) return true;
  return false;
}

/** Organization phrase after a head at k: returns its end (k when none). */
/**
 * `các huyện, thị xã, thành phố`, `cấp huyện, cấp xã`: more bare administrative levels after
 * the one ending at `q`, joined by `,` or a last `và`. A level followed by a capitalized word
 * is a named place (`xã A, huyện B`), so the list stops before it. `open` (after `các`/`cấp`)
 * lets the list end anywhere; otherwise the clause must end right after it.
 */
function levelListEnd(c: GrammarCtx, q: number, cap: boolean, open: boolean): number {
  const { toks, keys } = c;
  let end = q;
  for (let guard = 0; guard < 6; guard++) {
    const sep = toks[end];
    if (!sep || (sep.text !== ',' && sep.low !== 'và') || toks[end + 1]?.line) break;
    let x = end + 1;
    if (cap) {
      if (keys[x] !== 'cấp') break;
      x++;
    }
    const u = toks[x];
    if (!u || u.cap || u.kind !== 'word' || !u.sp) break;
    const m = (mayStart(c, x, FB_ADMIN) ? c.L.adminUnits.longest(keys, x) : null);
    if (!m || !LONE_ADMIN.has(keyOf(keys, x, m.end))) break;
    const nx = toks[m.end];
    if (nx && nx.sp && !nx.line && nx.kind === 'word' && nx.cap) break;
    end = m.end;
    if (sep.low === 'và') break;
  }
  if (end === q) return q;
  // `các tỉnh, thành phố trực thuộc Trung ương`
  if (keys[end] === 'trực' && keys[end + 1] === 'thuộc' && keys[end + 2] === 'trung' && keys[end + 3] === 'ương') end += 4;
  if (open) return end;
  const nx = toks[end];
  return !nx || nx.line || nx.text === ',' || nx.text === '.' || nx.text === ';' ? end : q;
}

/** Lowercase kinds of body listed after a plural post (`Thủ trưởng các sở, ban, ngành`) (r2s). */
const UNIT_LIST: ReadonlySet<string> = new Set(['sở', 'ban', 'ngành', 'phòng', 'đơn vị', 'cơ quan', 'địa phương', 'ban ngành', 'sở ngành', 'đoàn thể']);
/** Two-word compounds opened by a listed unit word that are no body (`ban hành`, `phòng chống`). */
const UNIT_LIST_NOT: ReadonlySet<string> = new Set(['ban hành', 'ban đầu', 'ban ngày', 'ban đêm', 'ban bố', 'phòng chống', 'phòng ngừa', 'phòng tránh', 'phòng dịch', 'phòng cháy', 'phòng thủ', 'phòng vệ', 'ngành nghề', 'ngành hàng', 'sở hữu', 'sở thích', 'sở tại', 'cơ quan chức']);

/**
 * `Thủ trưởng các sở, ban, ngành`, `thủ trưởng các phòng, ban, đơn vị thành phố`, `các sở ngành, đơn vị
 * thuộc tỉnh`: after a plural post's first body (ending at `e`), more lowercase kinds of body joined
 * by `,` or a last `và` are the same post over each (r2s). After such a list, a bare level (`thành
 * phố`, `thuộc tỉnh`) that closes it names where the bodies are.
 */
function unitListEnd(c: GrammarCtx, e: number): number {
  const { toks, keys } = c;
  const unitAt = (x: number): number => {
    const u = toks[x];
    if (!u || u.cap || u.kind !== 'word' || !u.sp || u.line) return -1;
    const two = keyOf(keys, x, x + 2);
    if (UNIT_LIST_NOT.has(two)) return -1;
    if (UNIT_LIST.has(two)) return x + 2;
    return UNIT_LIST.has(keys[x]!) ? x + 1 : -1;
  };
  let end = e;
  // `các sở ngành`, `các ban ngành`: the compound written without a comma.
  if (keys[end] === 'ngành' && (keys[end - 1] === 'sở' || keys[end - 1] === 'ban') && unitAt(end) === end + 1) end++;
  let listed = end > e;
  for (let guard = 0; guard < 6; guard++) {
    const sep = toks[end];
    if (!sep || (sep.text !== ',' && sep.low !== 'và')) break;
    const r = unitAt(end + 1);
    if (r < 0) break;
    end = r;
    listed = true;
    if (sep.low === 'và') break;
  }
  if (!listed) return e;
  const lvl = (x: number): number => {
    const u = toks[x];
    if (!u || u.cap || u.kind !== 'word' || !u.sp || u.line) return -1;
    const m = mayStart(c, x, FB_ADMIN) ? c.L.adminUnits.longest(keys, x) : null;
    if (!m || !LONE_ADMIN.has(keyOf(keys, x, m.end))) return -1;
    const nx = toks[m.end];
    return nx && nx.kind === 'word' && (nx.cap || !nx.sp) ? -1 : m.end;
  };
  const l = keys[end] === 'thuộc' ? lvl(end + 1) : lvl(end);
  return l > 0 ? l : end;
}

/** Village units that end a village head's post (`Trưởng thôn`, `Trưởng bản`), ranked below communes. */
const VILLAGE_UNIT_WORDS: ReadonlySet<string> = new Set(['thôn', 'ấp', 'bản', 'xóm', 'buôn', 'khóm']);

/**
 * `ấp Kinh 8`, `thôn Tân Lập 1`: after a lowercase village unit (k..ad; k < 0: the unit was in the
 * village head's post) whose name ends at e, a
 * one- or two-digit number closing the phrase (punctuation, a line's end, a speech verb) is part of
 * the village's name; else e. (`thôn Tân Lập 3 người ...` counts people.)
 */
function villageNumberEnd(c: GrammarCtx, k: number, ad: number, e: number): number {
  const { toks, keys } = c;
  const n = toks[e];
  if (!n || n.kind !== 'number' || !n.sp || n.line || n.text.length > 2 || !/^[0-9]+$/.test(n.text)) return e;
  if (k >= 0 && (toks[k]!.cap || !VILLAGE_UNIT_WORDS.has(keyOf(keys, k, ad)))) return e;
  const x = toks[e + 1];
  if (!x || x.line || x.text === ',' || x.text === '.' || x.text === ';' || x.text === ')' || speechAt(keys, e + 1)) return e + 1;
  return e;
}

/** School levels written before a school's own name (`Trường THPT Yên Phong số 1`). */
const SCHOOL_LEVEL_KEYS: ReadonlySet<string> = new Set(['thpt', 'thcs', 'th', 'ptdtnt', 'ptdtbt', 'pt', 'ptth', 'ptcs']);

/** Compass and position words that end a unit's name after a known place (`xã Tân Thạnh Tây`). */
const PLACE_COMPASS: ReadonlySet<string> = new Set(['đông', 'tây', 'nam', 'bắc', 'trung', 'thượng', 'hạ']);
/** One capital letter that tells twin units apart (`Phước Long A`, `Phước Long B`). */
const UNIT_LETTER = /^[A-E]$/u;

/** Rank of an administrative unit key (higher contains lower); 0 for hamlets and unknown. */
const ADMIN_RANK: ReadonlyMap<string, number> = new Map([
  ['xã', 1], ['phường', 1], ['thị trấn', 1], ['tt', 1], ['tt.', 1],
  ['huyện', 2], ['quận', 2], ['thị xã', 2], ['tx', 2], ['tx.', 2], ['đặc khu', 2],
  ['thành phố', 3], ['tp', 3], ['tp.', 3],
  ['tỉnh', 4],
  // Villages and wards' quarters rank below communes (`Trưởng ấp 4, xã A`).
  ['thôn', 0.5], ['ấp', 0.5], ['bản', 0.5], ['xóm', 0.5], ['khu phố', 0.5], ['tổ dân phố', 0.5], ['khu dân cư', 0.5],
  ['buôn', 0.5], ['khóm', 0.5],
]);

/**
 * Football leagues are bodies of their own (`Chủ tịch La Liga`) but no parent of the body before a comma:
 * `Trưởng phòng Thi đấu của VPF, V-League 2021 sẽ tạm dừng` starts a new clause at the league (psport2).
 */
const LEAGUES: ReadonlySet<string> = new Set(['la liga', 'serie a', 'ligue 1', 'bundesliga', 'premier league', 'v-league', 'v - league', 'v league', 'v.league', 'v . league']);

/**
 * After the comma at q, inside an organization phrase that started at k: the end of a
 * higher administrative level that locates the last named unit of the phrase (`xã A, huyện
 * B`, `thị xã A, tỉnh B`, `quận A, Hà Nội`), else q. The last unit is looked for in the few
 * tokens before the comma only.
 */
function higherLevelEnd(c: GrammarCtx, k: number, q: number): number {
  const { toks, keys } = c;
  let rank = 0;
  // `Trưởng thôn Đông Hưng, xã A`: a village head's post ends on its unit word, right before the organization (psoc4).
  let lo = k > 0 && !toks[k - 1]!.cap && VILLAGE_UNIT_WORDS.has(keys[k - 1]!) ? k - 1 : k;
  // Also a ward's quarter of two or three words (`Trưởng khu phố Đông Hà, phường A`, `Trưởng khu dân cư 4, phường A`) (plocal).
  if (lo === k && k >= 2 && !toks[k - 1]!.cap && (keys[k - 1] === 'phố' || keys[k - 1] === 'cư')) {
    if (keys[k - 2] === 'khu' && keys[k - 1] === 'phố') lo = k - 2;
    else if (k >= 3 && ((keys[k - 3] === 'tổ' && keys[k - 2] === 'dân' && keys[k - 1] === 'phố') || (keys[k - 3] === 'khu' && keys[k - 2] === 'dân' && keys[k - 1] === 'cư'))) lo = k - 3;
  }
  for (let j = q - 1; j >= lo && j >= q - 6; j--) {
    const m = (mayStart(c, j, FB_ADMIN) ? c.L.adminUnits.longest(keys, j) : null);
    // (A quarter of several words may be capitalized: `Tổ dân phố số 5, phường A` (plocal).)
    if (!m || m.end >= q || adminAt(c, j) < 0 || (toks[j]!.cap && !keys[j]!.startsWith('tp') && !(m.end - j >= 2 && (ADMIN_RANK.get(keyOf(keys, j, m.end)) ?? 1) < 1))) continue;
    rank = ADMIN_RANK.get(keyOf(keys, j, m.end)) ?? 0;
    break;
  }
  if (rank === 0) return q;
  const x = q + 1;
  const u = toks[x];
  if (!u || u.line || !u.sp || u.kind !== 'word') return q;
  const m = (mayStart(c, x, FB_ADMIN) ? c.L.adminUnits.longest(keys, x) : null);
  if (m) {
    const r = ADMIN_RANK.get(keyOf(keys, x, m.end)) ?? 0;
    if (r <= rank || adminAt(c, x) !== m.end || (u.cap && !keys[x]!.startsWith('tp'))) return q;
    const e = orgSegment(c, x, false, '');
    return e > m.end ? e : q;
  }
  // A bare province or city after a district-level unit.
  // (`quận A, B và C` lists districts: a place followed by `và` or another comma and a
  // capitalized word is a list.)
  if (rank <= 2 && capWord(u) && c.placeEnd[x]! > x) {
    const e = c.placeEnd[x]!;
    if (keys[e] === 'và' || (toks[e]?.text === ',' && capWord(toks[e + 1]) && !keys[e + 1]!.startsWith('tp'))) return q;
    return e;
  }
  return q;
}

/** At x (after a comma), a unit of a higher level than `unit`, or a place after a district-level unit. */
function higherUnitAt(c: GrammarCtx, x: number, unit: string): boolean {
  const rank = ADMIN_RANK.get(unit) ?? 0;
  const u = c.toks[x];
  if (!u || u.line || !u.sp || u.kind !== 'word') return false;
  const m = c.L.adminUnits.longest(c.keys, x);
  if (m) return (ADMIN_RANK.get(keyOf(c.keys, x, m.end)) ?? 0) > rank;
  return rank >= 1 && rank <= 2 && capWord(u) && c.placeEnd[x]! > x;
}

/** After the comma at q, an organization k..q that names no place: its province or city, see parseOrg. */
function cityLocatorEnd(c: GrammarCtx, k: number, q: number): number {
  const { toks, keys } = c;
  if (q - k > 12) return q;
  // (`Hợp tác xã` is a cooperative, no commune: `Chủ nhiệm Hợp tác xã A, xã B`.)
  // A cooperative is named after its village or an old commune (`HTX Nông nghiệp Thanh Hà, xã Quý Sơn`): a place in
  // its name still lets a commune, district or province written with its unit word locate it (pagri).
  const coop = keys[k] === 'htx' || (keys[k] === 'hợp' && keys[k + 1] === 'tác' && keys[k + 2] === 'xã');
  let named = false;
  for (let j = k; j < q; j++) if (c.placeEnd[j]! > j || (adminAt(c, j) > 0 && !(keys[j] === 'xã' && keys[j - 1] === 'tác' && keys[j - 2] === 'hợp'))) {
    if (!coop) return q;
    named = true;
  }
  const x = q + 1;
  const u = toks[x];
  if (!u || u.line || !u.sp || u.kind !== 'word') return q;
  if (named) {
    const mu = (mayStart(c, x, FB_ADMIN) ? c.L.adminUnits.longest(keys, x) : null);
    const rk = mu ? ADMIN_RANK.get(keyOf(keys, x, mu.end)) ?? 0 : 0;
    if (rk < 1) return q;
  }
  let e = q;
  let unit = '';
  const m = (mayStart(c, x, FB_ADMIN) ? c.L.adminUnits.longest(keys, x) : null);
  if (c.placeEnd[x]! > x && capWord(u)) e = c.placeEnd[x]!;
  else if (m) {
    unit = keyOf(keys, x, m.end);
    // A commune or district locates a local body too (`Hiệu trưởng Trường Tiểu học số 2, xã A`,
    // `Tổ trưởng Tổ bầu cử số 7, xã B, huyện C`), under the same closing test (psoc9).
    if ((ADMIN_RANK.get(unit) ?? 0) < 1) return q;
    if (adminAt(c, x) !== m.end) return q;
    e = orgSegment(c, x, false, '');
    if (e <= m.end) return q;
  } else return q;
  const nx = toks[e];
  if (!nx || nx.line || nx.text === '.' || nx.text === ';' || nx.text === ')' || speechAt(keys, e)) return e;
  if (nx.text === ',' && speechAt(keys, e + 1)) return e;
  // `Hiệu trưởng Trường Tiểu học số 2, xã A, ông B`: the holder's honorific and name follow (psoc9).
  if (nx.text === ',' && toks[e + 1]?.sp && !toks[e + 1]!.cap && (mayStart(c, e + 1, FB_HONORIFIC) ? c.L.honorifics.longest(keys, e + 1) : null) && capWord(toks[e + 2])) return e;
  // `xã A, huyện B, cho biết`: a higher level follows, which the caller's next step takes.
  if (unit !== '' && (ADMIN_RANK.get(unit) ?? 0) < 3 && nx.text === ',' && higherUnitAt(c, e + 1, unit)) return e;
  return q;
}

/** A known field (a lowercase organization word or a ministry's field) starting at x, capitalized: its end, or -1. */
function capFieldEnd(c: GrammarCtx, x: number, lower = false): number {
  const { toks, keys, L } = c;
  const tx = toks[x];
  if (!tx || tx.line || !tx.sp || tx.cap === lower || tx.kind !== 'word') return -1;
  const w = longer((mayStart(c, x, FB_ORG_WORD) ? L.orgWords.longest(keys, x) : null), (mayStart(c, x, FB_DOMAIN) ? L.domains.longest(keys, x) : null));
  return w ? w.end : -1;
}

/**
 * End of a list of fields after the comma at q inside one organization's name (`Trung tâm Động lực
 * học, Kinh tế và Chính sách`, `Viện Kinh tế, Chính trị và Pháp luật`): every item a known field
 * written with a capital, the last after `và`, and the phrase closing after it (punctuation, a
 * line's end, `ở` / `tại` a place); else -1.
 */
function fieldListEnd(c: GrammarCtx, q: number): number {
  const { toks, keys } = c;
  let p = q;
  // `Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh Nghệ An`: the same list in lowercase after a
  // lowercase field, closing the phrase or followed by the body's province or district (pprov).
  const lower = !toks[q + 1]?.cap && toks[q - 1]?.kind === 'word' && !toks[q - 1]!.cap;
  for (let g = 0; g < 4; g++) {
    let e = capFieldEnd(c, p + 1, lower);
    if (e < 0) return -1;
    if (keys[p] === 'và') {
      // (`..., tố cáo và thanh tra khu vực III`: lowercase field words go on after the last item.)
      if (lower) for (let g2 = 0; g2 < 3 && toks[e]?.sp && !toks[e]!.line && !toks[e]!.cap; g2++) {
        const f = capFieldEnd(c, e, true);
        if (f <= e) break;
        e = f;
      }
      const last = toks[e];
      return phraseClosedAt(toks, e) || ((keys[e] === 'ở' || keys[e] === 'tại') && !last!.line && c.placeEnd[e + 1]! > e + 1) || (lower && !last!.line && !last!.cap && adminAt(c, e) > e) ? e : -1;
    }
    const nx = toks[e];
    if (!nx || nx.line) return -1;
    if (nx.text === ',' || (keys[e] === 'và' && !nx.cap)) p = e;
    else return -1;
  }
  return -1;
}

function parseOrg(c: GrammarCtx, k: number, head: string, standalone = false): number {
  const { toks, keys } = c;
  let q = k;
  let any = false;
  for (let guard = 0; guard < 12; guard++) {
    const r = orgSegment(c, q, !any, head, standalone && q === k);
    if (r > q) {
      q = r;
      any = true;
      continue;
    }
    const t = toks[q];
    if (!t) break;
    if (t.low === 'mới' && keys[q + 1] === 'của') {
      const r2 = orgSegment(c, q + 1, true, head);
      if (r2 > q + 1) {
        q = r2;
        any = true;
        continue;
      }
    }
    // `Đặc phái viên Mỹ về Iran Robert Malley`, `Đặc phái viên về khí hậu John Kerry`: an
    // envoy's brief, when the holder's name follows it.
    if (t.low === 'về' && headIs(head, HB_ENVOY)) {
      const r = envoyBriefEnd(c, q);
      if (r > q) {
        q = r;
        any = true;
        continue;
      }
    }
    // `Đại sứ tại Mỹ Philippe Etienne`, `triệu hồi Đại sứ tại Australia`: a diplomat's post
    // names its host country after `tại` also without the sending country.
    if (t.low === 'tại' && !any && headIs(head, HB_DIPLOMAT) && c.placeEnd[q + 1]! > q + 1) {
      q = c.placeEnd[q + 1]!;
      any = true;
      continue;
    }
    // `làm Đại sứ tại Liên hợp quốc`: a mission to a body, also without the sending country (pw9;
    // not a ministry where an envoy is summoned: `tại Bộ Ngoại giao`).
    if (t.low === 'tại' && !any && headIs(head, HB_DIPLOMAT) && capWord(toks[q + 1]) && keys[q + 1] !== 'bộ') {
      const ko = knownOrgAt(c, q + 1);
      if (ko > q + 1) {
        q = ko;
        any = true;
        continue;
      }
    }
    // `Lãnh đạo phe đa số tại Thượng viện Mỹ`: a floor leader's chamber after `tại`.
    if (t.low === 'tại' && !any && headIs(head, HB_FLOOR_LEADER) && toks[q + 1]?.cap && CHAMBERS.has(keyOf(keys, q + 1, q + 3))) {
      const r = orgSegment(c, q + 1, true, head);
      if (r > q + 1) {
        q = r;
        any = true;
        continue;
      }
    }
    // `Đại sứ đặc mệnh toàn quyền nước CHXHCN Việt Nam tại Hà Lan`, `Tổng thống nước Cộng hòa Pháp`:
    // a lowercase `nước` (state) before the country the post serves.
    if (t.low === 'nước' && !t.cap && !any && q === k && t.sp && toks[q + 1]?.sp && !toks[q + 1]!.line && capWord(toks[q + 1]) && c.placeEnd[q + 1]! > q + 1 && isCountryKey(keys, q + 1, c.placeEnd[q + 1]!)) {
      q = c.placeEnd[q + 1]!;
      any = true;
      continue;
    }
    // `Lãnh đạo ngành y tế thị xã Nghĩa Lộ cho biết`: a lowercase `ngành` (sector) + a ministry's field is
    // the body a leader heads, like `Sở Y tế`; only for `lãnh đạo`, whose group reading stays without a
    // verb of saying or a name (ra2).
    if (t.low === 'ngành' && !any && q === k && c.leaderOrg && !t.cap && t.sp && toks[q + 1]?.sp && !toks[q + 1]!.line) {
      const dm = mayStart(c, q + 1, FB_DOMAIN) ? c.L.domains.longest(keys, q + 1) : null;
      if (dm) {
        q = dm.end;
        any = true;
        continue;
      }
    }
    if (!any) break;
    // `UBND TP. Hà Nội`, `Công an TX.Sơn Tây`: an abbreviated unit's period, then the place.
    if (t.text === '.' && !t.sp && q > k && (keys[q - 1] === 'tp' || keys[q - 1] === 'tx' || keys[q - 1] === 'tt') && toks[q + 1] && !toks[q + 1]!.line && capWord(toks[q + 1]) && c.placeEnd[q + 1]! > q + 1) {
      q = c.placeEnd[q + 1]!;
      continue;
    }
    // `Giám đốc Agribank chi nhánh tỉnh Nghệ An`, `Ngân hàng Nhà nước chi nhánh TP.HCM`: the
    // organization's branch in a place.
    if (t.low === 'chi' && !t.cap && keys[q + 1] === 'nhánh' && t.sp && toks[q + 1]!.sp && toks[q + 2]?.sp && !toks[q + 2]!.line) {
      const x = q + 2;
      const r = adminAt(c, x) > 0 ? orgSegment(c, x, false, head) : capWord(toks[x]) && c.placeEnd[x]! > x ? c.placeEnd[x]! : x;
      if (r > x) {
        q = r;
        continue;
      }
    }
    // `Trưởng Ban Dân nguyện thuộc Ủy ban Thường vụ Quốc hội`, `Giám đốc Trung tâm X thuộc Sở Y tế`:
    // the parent body after `thuộc` (a known organization or a capitalized organization head).
    // `thuộc` and a body's first word, on the same line: its parent body.
    const thuoc = t.low === 'thuộc' && !t.cap && q > k && t.sp && toks[q + 1]?.sp && !toks[q + 1]!.line;
    // (Also a lowercase known body: `chủ tịch ủy ban vấn đề đối ngoại thuộc hạ viện Nga` (rw).)
    if (thuoc && (capWord(toks[q + 1]) ? knownOrgAt(c, q + 1) > q + 1 || orgHeadAt(c, q + 1, false) > q + 1 : knownOrgAt(c, q + 1) > q + 1)) {
      const r = orgSegment(c, q + 1, true, head);
      if (r > q + 1) {
        q = r;
        continue;
      }
    }
    // `chủ tịch của một số công ty con thuộc tập đoàn,`: a bare lowercase parent company (the group
    // the text is about) after `thuộc`, closing the clause (real-rb).
    if (thuoc && !toks[q + 1]!.cap && (c.flags[q + 1]! & KF_ORG)) {
      const e = orgHeadAt(c, q + 1, true);
      if (e > q + 1 && PARENT_COMPANY.has(keyOf(keys, q + 1, e)) && toks[e]?.kind === 'punct' && clauseEndsAt(c, e)) {
        q = e;
        continue;
      }
    }
    // `Phó Chủ tịch UBND quận, phường`: one post at two bare levels, when the list ends the clause.
    if (t.text === ',' && q > k && !toks[q - 1]!.cap && (LONE_ADMIN.has(keys[q - 1]!) || (q - 2 >= k && LONE_ADMIN.has(keyOf(keys, q - 2, q))))) {
      const r = levelListEnd(c, q, false, false);
      if (r > q) {
        q = r;
        continue;
      }
    }
    // `UBND xã A, huyện B, tỉnh C`, `Trung tâm Y tế thị xã A, tỉnh B`, `quận A, Hà Nội`: the
    // higher administrative levels that locate the last named unit belong to the title.
    if (t.text === ',') {
      const r = higherLevelEnd(c, k, q);
      if (r > q) {
        q = r;
        continue;
      }
    }
    // `Phó Giám đốc Sở Du lịch, TPHCM cho biết`, `Giám đốc Sở Y tế, tỉnh B`: the province or
    // city of an organization named without one, when the clause ends or a speech verb follows.
    if (t.text === ',' && !standalone) {
      const r = cityLocatorEnd(c, k, q);
      if (r > q) {
        q = r;
        continue;
      }
    }
    // `Công ty Vàng bạc Đá quý Sài Gòn - SJC,`: the organization's short name after a dash,
    // closing the phrase.
    if (t.text === '-' && t.sp && toks[q + 1]?.sp && !toks[q + 1]!.line && toks[q + 1]!.kind === 'word' && !toks[q + 1]!.hl && (toks[q + 1]!.upper || orgLike(toks[q + 1]!)) && toks[q + 1]!.text.length >= 2 && !postAt(c, q + 1)) {
      // (Also before the holder's name: `Tổng giám đốc Tổng công ty Điện lực Dầu khí Việt Nam - CTCP Lê Như Linh` (penergy).)
      if (phraseClosedAt(toks, q + 2) || (toks[q + 1]!.upper && toks[q + 2]?.sp && !toks[q + 2]!.line && capWord(toks[q + 2]) && nameStartsAt(c, q + 2))) {
        q += 2;
        continue;
      }
    }
    // `Trung tâm Động lực học, Kinh tế và Chính sách`: a list of fields inside one organization's
    // name, each a known field starting with a capital, the last after `và`, closing the phrase (r2w).
    if (t.text === ',' && q > k && toks[q - 1]!.kind === 'word') {
      const r = fieldListEnd(c, q);
      if (r > q) {
        q = r;
        continue;
      }
    }
    // Parent organization after ` - ` or `,`: `Viện X - Viện Hàn lâm ...`, `Ban X, Sở Y`.
    if ((t.text === '-' && t.sp) || t.text === ',') {
      const x = q + 1;
      const capX = x < toks.length && capWord(toks[x]);
      const kx = capX ? knownOrgAt(c, x) : -1;
      if (capX && (kx > 0 || orgHeadAt(c, x, false) > 0) && !postAt(c, x) && !(kx > x && LEAGUES.has(keyOf(keys, x, kx)))) {
        const r2 = orgSegment(c, x, false, head);
        // `Vụ trưởng Vụ Giáo dục Trung học, Bộ sẽ hướng dẫn ...`: a bare head word (no name of its own)
        // before a lowercase word is the body the text is about, the subject of a new clause (pedu).
        const bare = r2 === x + 1 && kx <= x && toks[x]!.cap && !toks[x]!.upper && toks[r2]?.kind === 'word' && !toks[r2]!.cap && toks[r2]!.sp;
        // A rank and its holder's name may follow the parent body (`Phó Cục trưởng Cục Đối ngoại, Bộ Quốc phòng
        // Đại tá X`): the rank is the next title, the parent still this one's (pmil).
        const pr = r2 > x ? postAt(c, r2) : null;
        const rankNext = !!pr && pr.value === 'rank' && toks[pr.end]?.sp === true && nameStartsAt(c, pr.end);
        if (r2 > x && (!pr || rankNext) && !bare) {
          q = r2;
          continue;
        }
      }
      break;
    }
    if ((t.low === 'tại' || (t.low === 'ở' && headIs(head, HB_DIPLOMAT))) && (headIs(head, HB_DIPLOMAT) || keys[q - 1] === 'cao')) {
      if (c.placeEnd[q + 1]! > q + 1) {
        q = c.placeEnd[q + 1]!;
        continue;
      }
      // `Đại sứ Mỹ tại Liên hợp quốc`, `Đại diện thường trực Nga tại EU`: a mission to a body.
      const ko = headIs(head, HB_DIPLOMAT) && capWord(toks[q + 1]) ? knownOrgAt(c, q + 1) : -1;
      if (ko > q + 1) {
        q = ko;
        continue;
      }
      // `Đại sứ Nga tại các tổ chức quốc tế ở Vienna`: a mission to the bodies of a city (probes-world pw8).
      if (headIs(head, HB_DIPLOMAT) && keys[q + 1] === 'các' && keys[q + 2] === 'tổ' && keys[q + 3] === 'chức' && keys[q + 4] === 'quốc' && keys[q + 5] === 'tế' && !toks[q + 5]!.line) {
        q += 6;
        if ((keys[q] === 'ở' || keys[q] === 'tại') && c.placeEnd[q + 1]! > q + 1) q = c.placeEnd[q + 1]!;
        continue;
      }
    }
    // `Chủ tịch Phòng Thương mại châu Âu tại Trung Quốc Hans Becker`: the place an
    // organization works in, when the holder's name follows it directly.
    if (t.low === 'tại' && c.placeEnd[q + 1]! > q + 1) {
      const after = c.placeEnd[q + 1]!;
      if (toks[after]?.sp && !toks[after]!.line && (nameStartsAt(c, after) || foreignNameAt(c, after))) {
        q = after;
        continue;
      }
    }
    if (t.low === 'kiêm' && keys[q + 1] === 'nhiệm' && headIs(head, HB_DIPLOMAT) && c.placeEnd[q + 2]! > q + 2) {
      q = c.placeEnd[q + 2]!;
      continue;
    }
    if (t.low === 'các' && (mayStart(c, q + 1, FB_ADMIN) ? c.L.adminUnits.longest(keys, q + 1) : null) && !toks[q + 1]!.cap) {
      q = levelListEnd(c, (mayStart(c, q + 1, FB_ADMIN) ? c.L.adminUnits.longest(keys, q + 1) : null)!.end, false, true);
      continue;
    }
    if ((t.low === 'các' || t.low === 'cùng') && keys[q + 1] === 'cấp') {
      q += 2;
      continue;
    }
    // `đại biểu HĐND ba cấp`, `Chủ tịch UBND hai cấp`: the counted levels of a council or a people's
    // committee are its levels like `các cấp`, no count of people (pgov).
    if ((t.low === 'ba' || t.low === 'hai' || t.text === '3' || t.text === '2') && keys[q + 1] === 'cấp' && (keys[q - 1] === 'hđnd' || keys[q - 1] === 'ubnd' || (keys[q - 1] === 'dân' && keys[q - 2] === 'nhân'))) {
      q += 2;
      continue;
    }
    if (t.low === 'cấp' && LEVELS.has(keys[q + 1] ?? '')) {
      q = levelListEnd(c, q + 2, true, true);
      continue;
    }
    break;
  }
  return q;
}

/** An honorific (`ông`, `bà`) at k, then a holder's name: a Vietnamese name or two or three foreign
 * words (`Giám đốc Quốc gia Ngân hàng Thế giới (WB) tại Việt Nam bà Carolyn Turk`) (pwb). */
function honoredNameAt(c: GrammarCtx, k: number): boolean {
  const h = mayStart(c, k, FB_HONORIFIC) ? c.L.honorifics.longest(c.keys, k) : null;
  if (!h) return false;
  const q = h.end, t = c.toks[q];
  if (!t || !t.sp || t.line || !capWord(t)) return false;
  if (nameStartsAt(c, q) || foreignNameAt(c, q)) return true;
  const run = capRunEnd(c, q) - q;
  return run >= 2 && run <= 3 && foreignRun(c, q, q + run);
}
/** First words of a state body's name: its posts take no branch after `tại`. */
const STATE_ORG: ReadonlySet<string> = new Set(['bộ', 'chính phủ', 'ubnd', 'ủy ban nhân', 'hđnd', 'hội đồng nhân', 'sở', 'cục', 'quốc hội', 'quốc phòng', 'tỉnh', 'thành ủy', 'thành phố', 'huyện', 'quận', 'xã', 'phường', 'tp', 'đảng', 'tòa', 'công an', 'quân', 'quân đội', 'tỉnh ủy', 'ngoại giao', 'nội vụ', 'tư pháp']);
/** Words before a post that make it the one met, so `tại` after it names the meeting's place. */
const MEET_VERBS: ReadonlySet<string> = new Set(['gặp', 'tiếp', 'thăm', 'đón', 'tiễn', 'mời', 'với', 'và', 'hội đàm', 'hội kiến', 'điện đàm', 'gặp gỡ', 'làm việc']);
/** What may follow a branch that ends a title: the clause's end. */
/** Web domain suffixes that close a company's name (`Base.vn`, `Chotot.com`). */
const WEB_SUFFIXES: ReadonlySet<string> = new Set(['com', 'net', 'vn']);
const BRANCH_CLOSERS: ReadonlySet<string> = new Set([',', '.', ';', ')', '-', ':']);
/** Verbs of saying (lexicons/title/speech-verbs.txt) split into words, by first word. */
/**
 * Words right after a verb of saying (`thông tin tại`, `thông tin thêm`, `thông tin:`), and the
 * sentence's end (SPEECH_END): a quote's speaker named by a post closes it (`..., Phó Viện trưởng Viện
 * Nghiên cứu Y Dược học Quân sự thông tin.`) (pvax).
 */
const SPEECH_NEXT: ReadonlySet<string> = new Set(['tại', 'về', 'thêm', 'với', 'rằng', 'cho', ',', ':']);
/**
 * The sentence's end after a verb of saying; not for a leadership's body (`- lãnh đạo Ban Quản lý dự án thông
 * tin.` stays no title, as gold-dev has it: the leadership speaking as a group).
 */
const SPEECH_END: ReadonlySet<string> = new Set(['.', ';']);
const SPEECH_BY_FIRST = new Map<string, string[][]>();
for (const s of titleSpeechVerbs) {
  const parts = s.split(' ');
  const list = SPEECH_BY_FIRST.get(parts[0]!) ?? [];
  list.push(parts);
  SPEECH_BY_FIRST.set(parts[0]!, list);
}

/** First words of the verbs of saying by vocabulary id (interned as the module loads). */
const SPEECH_FIRST_IDS = new WordIds(SPEECH_BY_FIRST.keys());

/** A verb of saying starts at token k (`cho biết`, `khẳng định`). */
export function speechAt(keys: readonly string[], k: number): boolean {
  // By vocabulary id when the keys carry them (the token view's): most words open no verb
  // of saying, and no string is hashed for them.
  const ids = (keys as KeyList).ids;
  if (ids !== undefined && k >= 0 && k < ids.length && !SPEECH_FIRST_IDS.has(ids[k])) return false;
  const key = keys[k];
  const cands = key === undefined ? undefined : SPEECH_BY_FIRST.get(key);
  if (!cands) return false;
  for (const parts of cands) {
    let ok = true;
    for (let j = 1; j < parts.length; j++) if (keys[k + j] !== parts[j]) ok = false;
    if (ok) return true;
  }
  return false;
}

/** Occupations written as abbreviations after a degree (`GS.TS.BS`), keys lowercased. */
export const DEGREE_OCCUPATIONS: ReadonlySet<string> = new Set(['bs', 'bsckii', 'bscki', 'ks', 'ls', 'ds']);

const TERM_RE = /^(?:[IVXLC]{1,7}|\d{1,2})$/u;
/** Words after `khóa` naming the coming term without its number (`khóa mới`, `khóa tới`). */
const NEXT_TERM: ReadonlySet<string> = new Set(['mới', 'tới']);

/**
 * `L.vice` by vocabulary id (1: a vice word), for the Lexicons `viceIdsOf`; null when a
 * vice word has no id (then the set is asked by key). The analysis interns the vice
 * words before it builds a token view (keyFlags), so a token's id says it.
 */
let viceIds: Uint8Array | null = null;
let viceIdsOf: Lexicons | null = null;
function isVice(c: GrammarCtx, at: number): boolean {
  if (viceIdsOf !== c.L) {
    let a: Uint8Array | null = new Uint8Array(vocabSize());
    for (const w of c.L.vice) {
      const id = wordId(w);
      if (id < 0 || id >= a.length) {
        a = null;
        break;
      }
      a[id] = 1;
    }
    viceIds = a;
    viceIdsOf = c.L;
  }
  const ids = (c.keys as KeyList).ids;
  if (viceIds === null || ids === undefined || at < 0 || at >= ids.length) return c.L.vice.has(c.keys[at] ?? '');
  const id = ids[at]!;
  return id >= 0 && id < viceIds.length && viceIds[id] === 1;
}

/** A head post at `at`, or `Phó` + a head (a weak head becomes a head then). */
function tryHead(c: GrammarCtx, at: number): { end: number; value: PostKind } | null {
  const h = postAt(c, at);
  if (h) return h;
  if (isVice(c, at)) {
    const h2 = postAt(c, at + 1);
    if (h2) return { end: h2.end, value: h2.value === 'weak' ? 'head' : h2.value };
  }
  return null;
}

/** At p, a capitalized `Đại diện`, then a known body or an acronym (its own bracketed acronym may follow), `tại` and a place. */
function agencyRepAt(c: GrammarCtx, p: number): boolean {
  const { toks, keys } = c;
  const t = toks[p];
  if (!t || t.text !== 'Đại' || keys[p + 1] !== 'diện' || !toks[p + 1]!.sp || toks[p + 1]!.cap) return false;
  const x = toks[p + 2];
  if (!x || !x.sp || x.line || x.kind !== 'word' || !x.cap) return false;
  // (A state body's representative is no post: `Đại diện Bộ Y tế tại ...`.)
  if (STATE_ORG.has(keys[p + 2]!) || STATE_ORG.has(keyOf(keys, p + 2, p + 4))) return false;
  let o = x.upper && !x.hl && x.text.length >= 2 ? p + 3 : parseOrg(c, p + 2, '');
  if (o <= p + 2) return false;
  if (toks[o]?.text === '(' && toks[o + 1]?.upper && toks[o + 2]?.text === ')') o += 3;
  // The host is a country (`tại Việt Nam`).
  const pe = keys[o] === 'tại' && !!toks[o]!.sp && !toks[o]!.line && !!toks[o + 1]?.sp && capWord(toks[o + 1]) ? c.placeEnd[o + 1]! : -1;
  return pe > o + 1 && COUNTRY_KEYS.has(keyOf(keys, o + 1, pe));
}
/** Parses a title starting at token i, or null. */
/** `nước này` (this country) in lowercase at token q, on one line. */
function thisCountryAt(c: GrammarCtx, q: number): boolean {
  const a = c.toks[q], b = c.toks[q + 1];
  return !!a && !!b && c.keys[q] === 'nước' && c.keys[q + 1] === 'này' && !a.cap && a.sp && b.sp && !a.line && !b.line;
}

/** `nước Mỹ`, `nước Nhật`: a lowercase `nước` then a place; the place's end, or -1 (pworld2). */
function nuocCountryEnd(c: GrammarCtx, q: number): number {
  const a = c.toks[q], b = c.toks[q + 1];
  if (!a || !b || c.keys[q] !== 'nước' || a.cap || !a.sp || !b.sp || a.line || b.line || !capWord(b)) return -1;
  return c.placeEnd[q + 1]! > q + 1 ? c.placeEnd[q + 1]! : -1;
}

export function parseTitleAt(c: GrammarCtx, i: number): TitleParse | null {
  const { toks, keys, L } = c;
  const t0 = toks[i];
  if (!t0 || t0.kind !== 'word') return null;
  // `hội đồng lãnh đạo Taliban` (a leadership council): a lowercase `đồng` ending `hội đồng`, `cộng đồng`, `hợp
  // đồng` opens no co-leader's post (pw12).
  if (i > 0 && !t0.cap && keys[i] === 'đồng' && CO_WORDS_BEFORE.has(keys[i - 1]!) && toks[i - 1]!.kind === 'word') return null;
  let p = i;
  // `chính quyền Tổng thống ...`: `quyền` is part of a word there.
  // `giữ nguyên Bộ trưởng Tài chính X` (keeps X on): `nguyên` ends the verb, no `nguyên` (former) there (pw12).
  const pre = i > 0 && ((keys[i] === 'quyền' && keys[i - 1] === 'chính') || (keys[i] === 'nguyên' && keys[i - 1] === 'giữ' && !toks[i]!.cap)) ? null : (mayStart(c, p, FB_PRE_MOD) ? L.preMods.longest(keys, p) : null);
  let head = null as { end: number; value: PostKind } | null;
  let headStart = p;
  if (pre) {
    const h = tryHead(c, pre.end);
    if (h) {
      head = h;
      headStart = pre.end;
    } else {
      // `nguyên Quyền Chủ tịch ...`, `cựu Quyền Tổng giám đốc`: two modifiers stacked (pbiz4).
      const pre2 = mayStart(c, pre.end, FB_PRE_MOD) ? L.preMods.longest(keys, pre.end) : null;
      const h2 = pre2 ? tryHead(c, pre2.end) : null;
      if (pre2 && h2) {
        head = h2;
        headStart = pre2.end;
      }
    }
  }
  if (!head) {
    head = tryHead(c, p);
    headStart = p;
    // `Đại diện WHO tại Việt Nam`, `Đại diện Quỹ Nhi đồng Liên hợp quốc (UNICEF) tại Việt Nam`: an international
    // body's representative in a country (a capitalized `Đại diện`, a known body or an acronym, `tại` and a place) (pcovid).
    if (!head && agencyRepAt(c, p)) head = { end: p + 2, value: 'head' };
    if (!head) return null;
    // `trở thành Ủy viên`, `nhiệm vụ Trưởng Ban`: a lowercase syllable of the word before does not
    // open `Thành ủy viên` / `Vụ trưởng` when a capitalized post starts right after it.
    // (But a co-chair's `đồng` is the post's own: `X, đồng Chủ tịch đảng Xanh,`; not `hội đồng`, `hợp đồng`.)
    // (`nhiệm vụ phó giám đốc`, `dịch vụ trưởng ...`: a lowercase `vụ` ending a word opens no `Vụ phó` / `Vụ trưởng`.)
    if (!t0.cap && !t0.hl && keys[p] === 'vụ' && VU_WORDS_BEFORE.has(keys[p - 1] ?? '')) return null;
    // (`nhiệm vụ Phó Giám đốc`: nor `Vụ phó` when a capitalized `Phó` opens a post.)
    if (head.end - p >= 2 && !t0.cap && !t0.hl && toks[p + 1]?.cap && (postAt(c, p + 1) || (keys[p + 1] === 'phó' && postAt(c, p + 2))) && !(keys[p] === 'đồng' && !CO_WORDS_BEFORE.has(keys[p - 1] ?? ''))) return null;
  }
  // `Trưởng Ban Tổ chức`: a capitalized `Ban` opens the organization, the head is `Trưởng`.
  // `Trưởng Ban quản lý các khu công nghiệp`: also a known body named in lowercase after it.
  // (The head's words compared one by one: no key string is built for the test.)
  if (head.end - headStart === 2 && keys[headStart] === 'trưởng' && keys[headStart + 1] === 'ban' && toks[head.end - 1]!.cap && (capWord(toks[head.end]) || knownOrgAt(c, head.end - 1) > head.end)) head = { end: head.end - 1, value: 'weak' };
  // `Phó Trưởng ban Chỉ đạo Quốc gia ...`: a known `Ban ...` body written after a lowercase
  // `ban` also opens the organization (`Trưởng ban Tổ chức` stays a post and a domain).
  else if (keys[head.end - 1] === 'ban' && head.end - 1 > headStart && capWord(toks[head.end]) && (L.organizations.longest(keys, head.end - 1)?.end ?? 0) > head.end) {
    head = { end: head.end - 1, value: head.value };
  }
  // `Trưởng ban đại diện cha mẹ học sinh lớp 9C`, `Phó ban đại diện phụ huynh`: a parents' board written
  // in lowercase opens the organization too (a diplomat's `Trưởng đại diện` has no `ban`) (pschool).
  else if (keys[head.end - 1] === 'ban' && keys[head.end] === 'đại' && head.end - 1 > headStart && knownOrgAt(c, head.end - 1) > head.end + 2) {
    head = { end: head.end - 1, value: head.value };
  }
  // `Chánh Văn phòng Chủ tịch nước`: a known `Văn phòng ...` body (named after a post)
  // opens the organization, so the post inside it is no title of its own.
  // (A lowercase `văn phòng` stays in the head: `Chánh văn phòng Tổng thống Ukraine` serves the post.)
  else if (keys[head.end - 1] === 'phòng' && keys[head.end - 2] === 'văn' && toks[head.end - 2]!.cap && head.end - 2 > headStart && (L.organizations.longest(keys, head.end - 2)?.end ?? 0) > head.end) {
    head = { end: head.end - 2, value: head.value };
  }
  p = head.end;
  // `giám đốc thẩm` (cassation review), `Đại sứ quán` (embassy) are no posts.
  if (keys[p] === 'thẩm' && keys[p - 1] === 'đốc') return null;
  if (keys[p] === 'quán' && (keys[p - 1] === 'sứ' || keys[p - 1] === 'sự')) return null;
  // `Đại sứ thiện chí của chương trình`, `đại sứ thương hiệu`, `đại sứ hình ảnh`: a campaign's or a brand's
  // ambassador is a promotional role, no diplomatic post (pshow).
  if (keys[p - 1] === 'sứ' && keys[p - 2] === 'đại' && p === headStart + 2 && !toks[p]?.cap && PROMO_AFTER_ENVOY.has(keyOf(keys, p, p + 2))) return null;
  // `anh Hoàng tử vong`, `tuyên phạt Thái tử hình`: a given name, then `tử` of a word that follows (death, killed in
  // action, death sentence), is no `Hoàng tử` / `Thái tử` (pcrime3).
  if (keys[p - 1] === 'tử' && TU_WORDS_AFTER.has(keys[p] ?? '') && toks[p]!.sp && !toks[p]!.cap) return null;
  // `phê chuẩn tướng X` (approve general X): `chuẩn` ends the verb `phê chuẩn`, no rank `chuẩn tướng` (pw9).
  if (keys[headStart] === 'chuẩn' && !toks[headStart]!.cap && headStart > 0 && keys[headStart - 1] === 'phê') return null;
  const headKey = headKeyOf(keys as KeyList, isVice(c, headStart) ? headStart + 1 : headStart, head.end);
  /** The head sets headKey is in (HB_ bits). */
  const hb = headBits(headKey);
  // `Anh hùng Nguyễn Văn A`: the honorary title is written `Anh hùng` (`anh hùng` is a hero,
  // `Anh Hùng` a man called Hùng); the person pass keeps it only before a name.
  if (headKey === 'anh hùng' && (!toks[headStart]!.cap || toks[headStart + 1]!.cap)) return null;
  // `Việt Nam là thành viên của WTO`, `SSI là thành viên`: a membership held by a country or a body.
  if (head.value === 'weak' && headKey === 'thành viên' && i >= 2 && keys[i - 1] === 'là' && bodyEndsAt(c, i - 2)) return null;
  // `đình chỉ tư cách thành viên của Guinea`: membership status, no post.
  if (head.value === 'weak' && headKey === 'thành viên' && i >= 2 && keys[i - 1] === 'cách' && keys[i - 2] === 'tư') return null;
  // `cựu thành viên đảng Likud`, `thành viên đảng đối lập CHP`: a party's member, no post (not `Đảng ủy`, `Đảng đoàn`) (pw8).
  if (head.value === 'weak' && headKey === 'thành viên' && keys[head.end] === 'đảng' && keys[head.end + 1] !== 'ủy' && keys[head.end + 1] !== 'đoàn') return null;
  // `thành viên HTX Nông sản an toàn Tòng Lệnh`, `thành viên hợp tác xã`, `thành viên tổ hợp tác`: a cooperative's
  // member (a farmer who joined it), no post, like a party's member (pagri).
  if (head.value === 'weak' && headKey === 'thành viên' && (keys[head.end] === 'htx' || (keys[head.end] === 'hợp' && keys[head.end + 1] === 'tác') || (keys[head.end] === 'tổ' && keys[head.end + 1] === 'hợp' && keys[head.end + 2] === 'tác'))) return null;
  // `là Thạc sĩ chuyên ngành quản trị kinh doanh`, `Tiến sĩ chuyên ngành Luật`: a degree in a field named after
  // `chuyên ngành` is a biography's degree, no title, like a lowercase `thạc sĩ quản lý công` (ra1).
  if (head.value === 'academic' && keys[head.end] === 'chuyên' && keys[head.end + 1] === 'ngành') return null;
  // A bare `Trưởng` must be capitalized (`tăng trưởng` is growth).
  if (head.value === 'weak' && head.end - headStart === 1 && keys[headStart] === 'trưởng' && !toks[headStart]!.cap) return null;
  // A lowercase `chỉ huy` is also the verb command and a noun modifier (`căn cứ chỉ huy`, `người chỉ huy`): a post
  // only in an apposition after a comma (`X, chỉ huy Sư đoàn Dù 82,`) or after `làm` (pw15), and only before a
  // named unit: `làm chỉ huy mới của lực lượng Quds`, `làm chỉ huy lực lượng này` give no bare `chỉ huy`.
  if (head.value === 'weak' && headKey === 'chỉ huy' && !toks[headStart]!.cap && (!(headStart > 0 && (keys[headStart - 1] === ',' || keys[headStart - 1] === 'làm')) || !capWord(toks[head.end]))) return null;
  // `nữ tướng ngân hàng`, `vị nữ tướng của Vietjet`: business news's `nữ tướng` (a woman at the helm of a firm)
  // before a lowercase word is no rank and no post (pab); before a name it stays (`nữ tướng Nguyễn Thị Định`).
  if (head.value === 'weak' && headKey === 'tướng' && !toks[headStart]!.cap && headStart > 0 && keys[headStart - 1] === 'nữ' && toks[head.end]?.kind === 'word' && !toks[head.end]!.cap) return null;
  // Headlines: capital letters say nothing; heads there still count.
  for (let g = 0; g < 4; g++) {
    const m = (mayStart(c, p, FB_POST_MOD) ? L.postMods.longest(keys, p) : null);
    if (!m || !toks[p]!.sp) break;
    p = m.end;
  }
  // `Phó Thủ tướng thứ hai Abdul Salam Hanafi`, `Bộ trưởng Ngoại giao thứ hai Brunei X`: the second post of its
  // kind (like `thứ nhất`), before the holder's name or a place (pw12).
  if (head.value === 'head' && keys[p] === 'thứ' && keys[p + 1] === 'hai' && !toks[p]!.cap && !toks[p + 1]!.cap && toks[p]!.sp && toks[p + 1]!.sp && toks[p + 2]?.sp && !toks[p + 2]!.line && (nameStartsAt(c, p + 2) || foreignNameAt(c, p + 2) || (capWord(toks[p + 2]) && c.placeEnd[p + 2]! > p + 2))) p += 2;
  // `Tổng thống thứ 46 của Mỹ`, `Thủ tướng thứ 9 của Malaysia`: the holder's rank among the
  // post's holders, then the post's country or body after `của`.
  if (head.value === 'head' && keys[p] === 'thứ' && toks[p]!.sp && !toks[p]!.cap && toks[p + 1]?.sp && (toks[p + 1]!.kind === 'number' || ORDINAL_WORDS.has(keys[p + 1]!)) && keys[p + 2] === 'của' && toks[p + 2]!.sp && (parseOrg(c, p + 2, headKey) > p + 3 || thisCountryAt(c, p + 3) || nuocCountryEnd(c, p + 3) > 0)) p += 2;
  // `Giám đốc điều hành (CEO) của Apple`, `Giám đốc tài chính (CFO)`: the post's abbreviation
  // in brackets belongs to it.
  // (`Chủ tịch Hội đồng thành viên (HĐTV) EVN`: the board named in the post, abbreviated.)
  if (head.value === 'head' && toks[p]?.text === '(' && toks[p]!.sp && toks[p + 1]?.upper && !toks[p + 1]!.sp && toks[p + 2]?.text === ')' && (postAt(c, p + 1)?.end === p + 2 || (p - headStart >= 3 && knownOrgAt(c, p + 1) === p + 2))) p += 3;
  // Degrees joined by dots: `GS.TS`, `PGS.TS.BS`.
  // `TTND.PGS.TS`, `NGƯT.TS`: an honorary abbreviation glued to degrees by dots is one title.
  const honoraryDegree = head.value === 'honorary' && toks[headStart]!.upper && toks[p]?.text === '.' && !toks[p]!.sp && toks[p + 1] && !toks[p + 1]!.sp && postAt(c, p + 1)?.value === 'academic';
  if (head.value === 'academic' || honoraryDegree) {
    while (toks[p]?.text === '.' && !toks[p]!.sp && toks[p + 1] && !toks[p + 1]!.sp) {
      const nx = postAt(c, p + 1);
      if (nx && (nx.value === 'academic' || nx.value === 'honorary')) p = nx.end;
      else if (DEGREE_OCCUPATIONS.has(keys[p + 1]!)) p += 2;
      else break;
    }
  }
  // `Bộ trưởng Ngoại giao và Nội vụ`: a second field after a post that lists its own.
  if (head.value === 'head' && keys[p] === 'và' && p > head.end - 1 && capWord(toks[p + 1])) {
    const dm = (mayStart(c, p + 1, FB_DOMAIN) ? L.domains.longest(keys, p + 1) : null);
    if (dm && !postAt(c, p + 1)) p = dm.end;
  }
  const roleEnd = p;
  // Ranks, degrees, honorary and religious titles take no organization.
  // `trợ lý Tổng thống Nga`, `thư ký Bộ trưởng`: an aide's post names the post it serves (also a
  // chief of staff's or chief adviser's: `Chánh văn phòng Tổng thống Ukraine`).
  // Also a weak post with its organization (`cố vấn Thư ký Hội đồng An ninh Quốc gia`), and an
  // envoy's (`Đặc phái viên Tổng thống Mỹ về khí hậu`).
  const servedKind = (hb & HB_SERVING) !== 0 && toks[p]?.sp && !toks[p]!.line ? postAt(c, p)?.value : undefined;
  const servedParse = servedKind === 'head' || servedKind === 'weak' ? parseTitleAt(c, p) : null;
  const served = servedParse && (servedKind === 'head' || servedParse.hasOrg) ? servedParse : null;
  let end: number;
  if (served) end = served.end;
  else if (head.value === 'head' || head.value === 'weak') {
    const lo = c.leaderOrg;
    c.leaderOrg = headKey.endsWith('lãnh đạo');
    end = parseOrg(c, p, headKey);
    // `Phó đoàn ĐBQH tỉnh Quảng Ngãi`: the deputy's short post names its delegation from `đoàn` on, as
    // `Phó Trưởng Đoàn ĐBQH` does (pfootball).
    if (end === p && headKey === 'đoàn' && toks[p]?.sp && !toks[p]!.line) {
      const o = parseOrg(c, p - 1, 'trưởng');
      if (o > p) end = o;
    }
    c.leaderOrg = lo;
  } else end = p;
  // `Thủ tướng nước này`, `Thủ tướng thứ 9 của nước này`: "this country" is the post's country (pw12).
  if (head.value === 'head' && end === p && thisCountryAt(c, p)) end = p + 2;
  // (`Tổng thống thứ 46 của nước Mỹ`: also the country after `nước` (pworld2).)
  else if (head.value === 'head' && end === p && keys[p] === 'của' && keys[p - 2] === 'thứ') end = thisCountryAt(c, p + 1) ? p + 3 : Math.max(end, nuocCountryEnd(c, p + 1));
  // The envoy's brief after the post served (`Đặc phái viên Tổng thống Mỹ về khí hậu John Kerry`).
  if (served && (hb & HB_ENVOY) !== 0 && keys[end] === 'về') end = Math.max(end, envoyBriefEnd(c, end));
  // `Trưởng thôn 3`, `Tổ trưởng tổ dân phố số 5, phường A`: a post named after a village
  // unit takes the unit's number (and the higher levels after it).
  // Not a count (`Trưởng thôn 3 người`, `5 hộ`): a number before a counted noun is no unit's.
  if (end === p && head.value === 'head' && toks[p]?.sp && !toks[p]!.line && (toks[p]!.kind === 'number' || (keys[p] === 'số' && toks[p + 1]?.kind === 'number')) && !(toks[p]!.kind === 'number' && toks[p + 1]?.kind === 'word' && !toks[p + 1]!.cap && COUNTED.has(keys[p + 1]!))) {
    for (let j = head.end - 1; j > headStart && j >= head.end - 3; j--) {
      // (A village-level unit may be capitalized inside the post: `Tổ trưởng Tổ dân phố 5` (plocal).)
      if ((mayStart(c, j, FB_ADMIN) ? L.adminUnits.longest(keys, j) : null)?.end !== head.end || (toks[j]!.cap && (ADMIN_RANK.get(keyOf(keys, j, head.end)) ?? 1) >= 1)) continue;
      let o = toks[p]!.kind === 'number' ? p + 1 : p + 2;
      // `Tổ trưởng tổ dân phố 12 phường Quan Hoa`: a lowercase higher level right after the
      // number, with no comma, locates the unit too (pcity).
      const hu = toks[o];
      if (hu && hu.kind === 'word' && hu.sp && !hu.line && !hu.cap) {
        const hm = mayStart(c, o, FB_ADMIN) ? L.adminUnits.longest(keys, o) : null;
        if (hm && (ADMIN_RANK.get(keyOf(keys, o, hm.end)) ?? 0) >= 1 && adminAt(c, o) === hm.end) {
          const e = orgSegment(c, o, false, '');
          if (e > hm.end) o = e;
        }
      }
      for (let g = 0; g < 3 && toks[o]?.text === ','; g++) {
        const r = higherLevelEnd(c, j, o);
        if (r <= o) break;
        o = r;
      }
      end = o;
      break;
    }
  }
  // `ứng viên tổng thống đảng Dân chủ`: the party is the candidate's, not the post's.
  // (Also after `của`: `ứng viên tổng thống của đảng Dân chủ cầm quyền` (pw12).)
  if (end > p && (keys[p] === 'đảng' || (keys[p] === 'của' && keys[p + 1] === 'đảng' && !toks[p + 1]!.cap)) && !toks[p]!.cap && candidateBefore(keys, i)) end = p;
  // `Chủ nhiệm các Ủy ban của Quốc hội`, `Thủ trưởng các sở`: a (strong) post over a
  // plural organization is still a post; weak heads stay groups (`lãnh đạo các sở`).
  // Also lowercase units (`Thủ trưởng các cơ quan, đơn vị`, `Chủ tịch các xã`).
  if (end === p && head.value === 'head' && keys[p] === 'các' && !toks[p]!.cap && toks[p]!.sp && toks[p + 1]?.sp && !toks[p + 1]!.line && toks[p + 1]!.kind === 'word') {
    if ((c.flags[p + 1]! & KF_ORG) && (knownOrgAt(c, p + 1) > 0 || orgHeadAt(c, p + 1, true) > 0)) {
      const o = parseOrg(c, p + 1, headKey);
      if (o > p + 1) end = o;
    } else if (!toks[p + 1]!.cap && (PLURAL_UNITS.has(keyOf(keys, p + 1, p + 3)) || LONE_ADMIN.has(keys[p + 1]!))) {
      end = PLURAL_UNITS.has(keyOf(keys, p + 1, p + 3)) ? p + 3 : levelListEnd(c, p + 2, false, true);
      end = lowerOrgWordsEnd(c, end);
    }
    if (end > p + 1) end = unitListEnd(c, end);
  }
  // `Ngoại trưởng các nước ASEAN`, `Bộ trưởng Tài chính các nước G20`, `Ngoại trưởng các nước thành viên
  // NATO`: the ministers of a group of states; the group after `các nước` is the post's plural organization.
  if (head.value === 'head' && keys[end] === 'các' && keys[end + 1] === 'nước' && toks[end]!.sp && !toks[end]!.cap && toks[end + 1]!.sp && !toks[end + 1]!.line) {
    let q = end + 2;
    if (keys[q] === 'thành' && keys[q + 1] === 'viên') q += 2;
    const g = toks[q];
    if (g && g.sp && !g.line && g.cap && (g.upper || (g.text.length <= 3 && g.text[0] === 'G' && g.text.charCodeAt(1) >= 48 && g.text.charCodeAt(1) <= 57))) {
      const k = knownOrgAt(c, q);
      end = k > q ? k : q + 1;
    }
  }
  // `Trưởng ban giám khảo`, `Trưởng ban tham vấn`, `Trưởng ban quản lý dự án`: a board
  // named in lowercase after `ban` (also `Trưởng Ban trọng tài VFF`).
  if (end === p && headKey === 'trưởng ban' && toks[p]?.sp && toks[p]!.kind === 'word' && !toks[p]!.cap) {
    const two = BOARD_NAMES.has(keyOf(keys, p, p + 2)) ? p + 2 : BOARD_NAMES.has(keys[p]!) ? p + 1 : p;
    if (two > p) {
      end = two;
      end = lowerOrgWordsEnd(c, end);
      // `Trưởng ban tổ chức giải`: the board of the tournament (not `giải quyết`, `giải ngân`).
      if (keys[end] === 'giải' && toks[end]!.sp && !toks[end]!.cap && !toks[end]!.line && BOARD_NAMES.has(keyOf(keys, p, two)) && (toks[end + 1]?.kind !== 'word' || nameStartsAt(c, end + 1))) end++;
      // `Trưởng ban giám khảo cuộc thi`: the board of the contest (probes-ent).
      else if (keys[end] === 'cuộc' && keys[end + 1] === 'thi' && toks[end]!.sp && !toks[end]!.cap && !toks[end]!.line) {
        end += 2;
        // `Trưởng ban tổ chức cuộc thi Hoa hậu Việt Nam`: the contest's capitalized name, up to a holder's
        // name (a year after it stays a date, as after `Olympic Tokyo`).
        // (Sentence case: a lowercase word between two capitalized ones, `Hoa hậu Việt Nam`; no post, honorific
        // or name inside: `cuộc thi Sao Mai NSND Thanh Hoa`.)
        let q = end;
        let last = end;
        while (q - end < 6 && toks[q]?.sp && !toks[q]!.line && toks[q]!.kind === 'word' && !nameStartsAt(c, q) && !foreignNameAt(c, q) && !postAt(c, q)) {
          if (capWord(toks[q])) last = ++q;
          else if (q > end && capWord(toks[q + 1]) && toks[q + 1]!.sp && !(mayStart(c, q, FB_HONORIFIC) && L.honorifics.longest(keys, q))) q++;
          else break;
        }
        end = last;
      }
      // `Trưởng ban tuyên giáo huyện`, `Trưởng ban đại diện Hội người cao tuổi`: the body it belongs to.
      const o = parseOrg(c, end, headKey);
      if (o > end) end = o;
    }
  }
  // `Trưởng Ban bầu cử đơn vị bầu cử số 3`, `Tổ trưởng Tổ bầu cử khu vực bỏ phiếu số 5`, `Trưởng
  // Ban bầu cử số 2`: an election body's constituency or polling area and its number (pparty).
  if (end > p && keys[end - 1] === 'cử' && keys[end - 2] === 'bầu') end = pollUnitEnd(c, end);
  // `Trưởng ban đại diện cha mẹ học sinh lớp 9C`, `... phụ huynh trường`: the class or the school whose
  // parents the board stands for (pschool).
  if (end > p && (keys[end - 1] === 'sinh' || keys[end - 1] === 'huynh' || keys[end - 1] === 'cmhs')) end = parentsBoardUnitEnd(c, end);
  // `Trưởng đoàn thể thao Việt Nam tại SEA Games 31`, `Trưởng đoàn Việt Nam tại Olympic Tokyo`: a
  // delegation's games after `tại`, with their edition or host city (a year stays a date) (pspc); also after the
  // deputy's short `Phó đoàn` (pfootball).
  if (end > p && (headKey.includes('trưởng đoàn') || headKey === 'đoàn' || headKey === 'đoàn thể thao') && keys[end] === 'tại' && toks[end]!.sp && !toks[end]!.line && toks[end + 1]?.sp && !toks[end + 1]!.line && capWord(toks[end + 1])) {
    const g = gamesEnd(c, end + 1);
    if (g > end + 1) end = g;
  }
  // `Trưởng ban tổ chức giải Marathon quốc tế Hà Nội,`, `Trưởng ban Tổ chức giải đua xe đạp Cúp truyền hình TP Hồ
  // Chí Minh,`: the organizing board's tournament, its sport and its name, when the phrase closes there (pedu3).
  if (end > p && keys[end - 1] === 'chức' && keys[end - 2] === 'tổ' && keys[end] === 'giải' && toks[end]!.sp && !toks[end]!.cap && !toks[end]!.line) {
    const g = tournamentEnd(c, end + 1);
    if (g > end + 1) end = g;
  } else if (end > p + 2 && keys[end - 1] === 'giải' && keys[end - 2] === 'chức' && keys[end - 3] === 'tổ' && !toks[end - 1]!.cap) {
    const g = tournamentEnd(c, end);
    if (g > end) end = g;
  }
  // `Trưởng Văn phòng luật sư Quang Minh`, `Trưởng văn phòng công chứng số 2`: an office
  // head's lowercase field names the office.
  if (end === p && (headKey === 'trưởng văn phòng' || headKey === 'chánh văn phòng') && toks[p]?.sp && !toks[p]!.cap && (keyOf(keys, p, p + 2) === 'luật sư' || keyOf(keys, p, p + 2) === 'công chứng')) end = parseTail(c, p, true);
  // `trợ lý kinh doanh Công ty X`, `thư ký pháp lý Tập đoàn Y`: an aide's field, then the
  // organization.
  if (!served && end === p && (headKey === 'trợ lý' || headKey === 'thư ký') && toks[p]?.sp && toks[p]!.kind === 'word' && !toks[p]!.cap) {
    const f = longer((mayStart(c, p, FB_ORG_WORD) ? L.orgWords.longest(keys, p) : null), (mayStart(c, p, FB_DOMAIN) ? L.domains.longest(keys, p) : null));
    if (f && f.end - p <= 3 && capWord(toks[f.end]) && toks[f.end]!.sp && (knownOrgAt(c, f.end) > 0 || orgHeadAt(c, f.end, true) > 0)) {
      const o = parseOrg(c, f.end, headKey);
      if (o > f.end) end = o;
    }
  }
  // `đặc phái viên của Tổng thống Mỹ về khí hậu John Kerry`, `người phát ngôn của Tổng thống
  // Nga cho biết`: an aide or envoy `của` the post they serve is one post; not when a name
  // follows the post served (`người phát ngôn của Tổng thống Nga Vladimir Putin`: whose?).
  if (!served && end === p && keys[p] === 'của' && (hb & HB_AIDE) !== 0 && !countedBefore(c, i) && toks[p]!.sp && toks[p + 1]?.sp && !toks[p + 1]!.line && postAt(c, p + 1)?.value === 'head') {
    const of = parseTitleAt(c, p + 1);
    // (A bare post served, then the envoy's brief: `Đặc phái viên của Tổng thống về khí hậu John Kerry` (pworld2).)
    if (of && (of.hasOrg || (hb & HB_ENVOY) !== 0)) {
      const brief = (hb & HB_ENVOY) !== 0 ? envoyBriefEnd(c, of.end) : of.end;
      if (brief > of.end) end = brief;
      else if (of.hasOrg && !nameStartsAt(c, of.end) && !foreignNameAt(c, of.end) && !capWord(toks[of.end]) && toks[of.end]?.text !== '(') end = of.end;
    }
  }
  // `đặc phái viên của khối (này) về Myanmar`: an envoy of the bloc the text named (ASEAN, the EU), with
  // its brief (pw13).
  if (!served && end === p && keys[p] === 'của' && keys[p + 1] === 'khối' && (hb & HB_ENVOY) !== 0 && toks[p + 1]!.sp) {
    const v = keys[p + 2] === 'này' ? p + 3 : p + 2;
    const brief = keys[v] === 'về' && toks[v]!.sp ? envoyBriefEnd(c, v) : v;
    if (brief > v) end = brief;
  }
  // `người phát ngôn chính sách an ninh của đảng Xanh`: a spokesperson's lowercase field
  // (organization words only, up to four: `chính sách`, `an ninh`, `đối ngoại`; `về` may open
  // it), then `của` and the body they speak for. Not a verb's object (`bác bỏ cáo buộc của`).
  if (!served && end === p && (headKey === 'người phát ngôn' || headKey === 'phát ngôn viên') && toks[p]?.sp && toks[p]!.kind === 'word' && !toks[p]!.cap && !countedBefore(c, i)) {
    let r = keys[p] === 'về' ? p + 1 : p;
    for (let w = 0; w < 4 && r < toks.length && toks[r]!.kind === 'word' && !toks[r]!.cap && toks[r]!.sp; w++) {
      const m = (mayStart(c, r, FB_ORG_WORD) ? L.orgWords.longest(keys, r) : null);
      if (!m) break;
      r = m.end;
    }
    if (r > p + (keys[p] === 'về' ? 1 : 0) && keys[r] === 'của' && toks[r]!.sp) {
      const o = orgSegment(c, r, false, headKey);
      const o2 = o > r ? o : orgSegment(c, r + 1, true, headKey);
      if (o2 > r + 1) end = o2;
    }
  }
  // An organization never ends on a head that `trưởng` makes a post (`cố vấn của Bộ |
  // trưởng`): the post is a title of its own.
  if (!served && end > p && keys[end] === 'trưởng' && toks[end]!.sp && (postAt(c, end - 1)?.end ?? 0) > end) end = p;
  // `Giám đốc khu vực phía Nam của Ngân hàng X`, `Giám đốc Khu vực miền Bắc,`: a regional director's lowercase
  // region (`miền`, `phía` + a compass word), then maybe `của` and the company or the company itself (pbiz3).
  if (!served && end === p && headKey.endsWith('khu vực') && (keys[p] === 'phía' || keys[p] === 'miền') && !toks[p]!.cap && toks[p]!.sp && !toks[p]!.line && toks[p + 1]?.cap && toks[p + 1]!.sp && COMPASS.has(keys[p + 1]!)) {
    const r = toks[p + 2]?.cap && toks[p + 2]!.sp && (keys[p + 1] === 'đông' || keys[p + 1] === 'tây') && (keys[p + 2] === 'bắc' || keys[p + 2] === 'nam') ? p + 3 : p + 2;
    let o = keys[r] === 'của' ? orgSegment(c, r, false, headKey) : parseOrg(c, r, headKey);
    // (`của Honda Việt Nam`: a brand's capitalized run closing the phrase, no person's name.)
    if (o <= r && keys[r] === 'của' && toks[r]!.sp && capWord(toks[r + 1]) && toks[r + 1]!.sp && !toks[r + 1]!.line && !nameStartsAt(c, r + 1)) {
      const e = capRunEnd(c, r + 1);
      if (e - r <= 4 && clauseEndsAt(c, e)) o = e;
    }
    // (A `của` this cannot read is left to the field rule below: `khu vực miền Nam của ...`.)
    if (o > r || keys[r] !== 'của') end = o > r ? o : r;
  }
  // `Giám đốc khối bán lẻ Vietcombank`, `Trưởng phòng phân tích Công ty X`: a unit inside a company.
  if (!served && end === p && (head.value === 'head' || (head.value === 'weak' && (hb & HB_UNIT_END) !== 0)) && ((hb & HB_BUSINESS) !== 0 || (hb & HB_UNIT_END) !== 0)) {
    const u = unitFieldEnd(c, p, headKey);
    if (u > p) end = u;
  }
  // `Giám đốc Khối phân tích của Công ty Chứng khoán X`: a capitalized unit word alone, then its lowercase
  // field, reads like the lowercase unit (pbiz4).
  if (!served && end === p + 1 && toks[p]!.cap && UNIT_WORDS.has(keys[p]!) && toks[p + 1]?.kind === 'word' && !toks[p + 1]!.cap && !!toks[p + 1]!.sp && (hb & HB_BUSINESS) !== 0) {
    const u = unitFieldEnd(c, p, headKey, true);
    if (u > end) end = u;
  }
  // `Tổng giám đốc chuỗi Điện máy Xanh`, `Giám đốc chuỗi nhà thuốc An Khang`: a retail chain a business
  // post heads: a brand after `chuỗi` and at most two lowercase words (pbiz4).
  // (Also a brand after a lowercase `thương hiệu`: `người sáng lập thương hiệu nước mắm Hòn Nhạn`,
  // `Giám đốc thương hiệu gốm Bát Tràng Hà Gia` (pbiz5).)
  const brand = keys[p] === 'thương' && keys[p + 1] === 'hiệu' && !!toks[p + 1]!.sp;
  if (!served && end === p && (keys[p] === 'chuỗi' || brand) && toks[p]!.sp && !toks[p]!.cap && (hb & HB_BUSINESS) !== 0) {
    let q = brand ? p + 2 : p + 1;
    while (q < (brand ? p + 4 : p + 3) && toks[q]?.kind === 'word' && toks[q]!.sp && !toks[q]!.cap && !toks[q]!.line && vnTok(toks[q]!)) q++;
    // (A brand in sentence case too, `Điện máy Xanh`, `Bách hóa Xanh`: it closes on a capitalized word
    // where the phrase ends or the holder's name starts.)
    if (capWord(toks[q]) && toks[q]!.sp && !toks[q]!.line && !nameStartsAt(c, q)) {
      let r = -1;
      for (let j = q + 1; j <= q + 4 && j < toks.length; j++) {
        const w = toks[j - 1]!;
        if (w.kind !== 'word' || !w.sp || w.line) break;
        if ((j - q >= 2 || !vnTok(toks[q]!)) && capWord(w) && clauseEndsAt(c, j)) {
          r = j;
          break;
        }
      }
      if (r > 0) end = r;
    }
  }
  // `Ông A, CEO Goldman Sachs, cho biết`, `Ông B, Chủ tịch kiêm CEO Berkshire Hathaway,`,
  // `Giám đốc Đầu tư Maybank Kim Eng,`: in an apposition, foreign words closing the phrase
  // after a business post are its company, not a second person.
  if (!served && i > 0 && (end === p || joins(toks, end)) && (hb & HB_BUSINESS) !== 0 && appositionBefore(c, i)) {
    const r = closingCompanyEnd(c, end, end === p);
    if (r > end) end = r;
  }
  // `Giám đốc cấp cao Cushman & Wakefield`, `Tổng giám đốc Procter & Gamble Việt Nam`: a spaced
  // ampersand after a business post's company joins the company's second name.
  if (!served && end > p && toks[end]?.text === '&' && toks[end]!.sp && capWord(toks[end - 1]) && toks[end + 1]?.sp && capWord(toks[end + 1]) && (hb & HB_BUSINESS) !== 0) {
    const r = Math.max(parseTail(c, end + 1, true), nameStartsAt(c, end + 1) ? end + 1 : end + 2);
    if (r > end + 1) end = r;
  }
  // `Trưởng bộ phận Vĩ mô và Chiến lược thị trường của VNDirect`: a unit head's field read as its
  // organization, then `của` and the company it belongs to.
  if (!served && end > p && keys[end] === 'của' && toks[end]!.sp && (hb & HB_UNIT_END) !== 0) {
    const x = end + 1;
    const w = toks[x];
    const o = w?.sp && !w.line && capWord(w) ? parseOrg(c, x, headKey) : x;
    if (o > x) end = o;
    else if (w && w.sp && !w.line && capWord(w) && !w.hl && !vnTok(w) && !hasNw(w, NW_FOREIGN) && capRunEnd(c, x) === x + 1 && clauseEndsAt(c, x + 1)) end = x + 1;
  }
  // `Tổng giám đốc VinFast toàn cầu`, `CEO Grab toàn cầu`: the company's worldwide arm (not `toàn cầu hóa`).
  if (!served && end > p && keys[end] === 'toàn' && keys[end + 1] === 'cầu' && toks[end]!.sp && keys[end + 2] !== 'hóa' && (hb & HB_BUSINESS) !== 0) end += 2;
  // `Ông A, Chủ tịch Tập đoàn Tân Hoàng Minh, ...`: in an apposition after a name, the rest of
  // the organization's capitalized run up to the phrase's end is no second person's name.
  if (!served && end > p && joins(toks, end) && toks[end]!.kind === 'word' && i > 1 && honoredNameBefore(c, i)) {
    const r = capRunEnd(c, end);
    // `Ông A, Chủ tịch Tập đoàn Hòa Phát Trần Đình Long,`: a full name (common surname, three
    // words) after the organization is the post's holder, not the organization's.
    const holderName = r - end === 3 && hasNw(toks[end], NW_COMMON_SURNAME) && nameStartsAt(c, end);
    // (`Ông A, Giám đốc công ty vận tải Boskalis của Hà Lan,`: also before `của` and the country, which
    // belongs to the company like after `hãng X`.)
    const ofCountry = keys[r] === 'của' && !!toks[r]!.sp && (c.placeEnd[r + 1] ?? -1) > r + 1 && phraseClosedAt(toks, c.placeEnd[r + 1]!);
    if (r - end <= 3 && (phraseClosedAt(toks, r) || ofCountry) && !holderName) {
      let ok = true;
      for (let j = end; j < r && ok; j++) if (postAt(c, j) || (mayStart(c, j, FB_HONORIFIC) ? c.L.honorifics.longest(keys, j) : null) || toks[j]!.hl) ok = false;
      if (ok) end = ofCountry && !phraseClosedAt(toks, r) ? c.placeEnd[r + 1]! : r;
    }
  }
  // Foreign ranks name their service or country: `Phó đô đốc hải quân Pháp`; not a given name
  // that closed a full name before (`Trung tá Nguyễn Quang Nhật` ... `Trung tá Nhật nói`).
  if (head.value === 'rank' && (knownOrgAt(c, p) > 0 || (capWord(toks[p]) && c.placeEnd[p]! > p && c.placeEnd[p]! - p === 1 && !givenMetBefore(c, p)))) end = parseOrg(c, p, headKey);
  // `Ủy viên EU chuyên trách vấn đề cứu trợ nhân đạo Janez Lenarcic`, `Phó Thủ tướng phụ
  // trách kinh tế Lê Minh Khái`: the field a post is in charge of.
  if (keys[end - 1] === 'trách' && (keys[end - 2] === 'phụ' || keys[end - 2] === 'chuyên') && end - 2 >= head.end) {
    const pe = portfolioEnd(c, end, (hb & HB_BUSINESS) !== 0 ? headKey : '');
    // `việc Phó Tổng giám đốc phụ trách kinh doanh bán cổ phiếu`: when the field runs on into the
    // clause, a lowercase field word right after `phụ trách` is the field, before a lowercase word (pbiz).
    if (pe === end && toks[end]?.kind === 'word' && !toks[end]!.cap && toks[end]!.sp && !toks[end]!.line) {
      const fw = mayStart(c, end, FB_ORG_WORD) ? c.L.orgWords.longest(keys, end) : null;
      const nx = fw ? toks[fw.end] : undefined;
      if (fw && nx && nx.kind === 'word' && !nx.cap && nx.sp && !nx.line) end = fw.end;
      else end = pe;
    } else end = pe;
  }
  else if (keys[end + 1] === 'trách' && (keys[end] === 'phụ' || keys[end] === 'chuyên') && toks[end]!.sp) {
    const pe = portfolioEnd(c, end + 2);
    if (pe > end + 2) end = pe;
  }
  // `Điều phối viên cứu trợ khẩn cấp của LHQ Martin Griffiths`, `Điều phối viên ứng phó COVID-19
  // của Nhà Trắng`: a post's own field in lowercase (at most four words, no verb or function
  // word), then `của` and its body, before the holder's name or in an apposition.
  // (Not a leader's: `là nhà lãnh đạo thực tế của UAE` describes a role.)
  if (end === roleEnd && (head.value === 'head' || head.value === 'weak') && !headKey.endsWith('lãnh đạo') && toks[end]?.sp && !toks[end]!.line && toks[end]!.kind === 'word' && !toks[end]!.cap && !toks[end]!.hl && keys[end] !== 'của' && !bridgeStopAt(keys, end)) {
    let f = end;
    while (f - end < 4 && toks[f]?.sp && !toks[f]!.line && toks[f]!.kind === 'word' && !toks[f]!.hl && keys[f] !== 'của' && ((!toks[f]!.cap && !bridgeStopAt(keys, f)) || (f > end && keys[f] === 'covid'))) {
      f += keys[f] === 'covid' && toks[f + 1]?.text === '-' && !toks[f + 1]!.sp && toks[f + 2]?.text === '19' && !toks[f + 2]!.sp ? 3 : 1;
    }
    if (keys[f] === 'của' && toks[f]!.sp && toks[f + 1]?.sp && capWord(toks[f + 1])) {
      const o = parseOrg(c, f, headKey);
      const nx = toks[o];
      if (o > f + 1 && nx?.sp && !nx.line && (nameStartsAt(c, o) || foreignNameAt(c, o) || (capWord(nx) && capRunEnd(c, o) - o >= 2 && capRunEnd(c, o) - o <= 3 && foreignRun(c, o, capRunEnd(c, o))))) end = o;
      else if (o > f + 1 && head.value === 'head' && phraseClosedAt(toks, o) && appositionBefore(c, headStart)) end = o;
      // (`Trưởng phái đoàn quan sát bầu cử của Tổ chức An ninh và Hợp tác châu Âu (OSCE),`: the body's own
      // acronym in brackets, then the apposition's end (pw16).)
      else if (o > f + 1 && head.value === 'head' && nx?.text === '(' && toks[o + 1]?.upper && !toks[o + 1]!.sp && toks[o + 2]?.text === ')' && phraseClosedAt(toks, o + 3) && appositionBefore(c, headStart)) end = o + 3;
      // `Đặc phái viên khí hậu của Tổng thống Mỹ John Kerry`: an aide's or envoy's field, then the post served (pw5).
      else if ((hb & HB_AIDE) !== 0 && toks[f + 1]?.sp && postAt(c, f + 1)?.value === 'head') {
        const of = parseTitleAt(c, f + 1);
        if (of && of.hasOrg && toks[of.end]?.sp && !toks[of.end]!.line && (nameStartsAt(c, of.end) || foreignNameAt(c, of.end))) end = of.end;
        // `Cố vấn quân sự của Lãnh tụ tối cao Iran, ông Hossein Dehghan,`: or `,` + an honorific and the holder (pw8).
        else if (of && of.hasOrg && toks[of.end]?.text === ',' && toks[of.end + 1]?.sp && !toks[of.end + 1]!.line && (mayStart(c, of.end + 1, FB_HONORIFIC) ? L.honorifics.longest(keys, of.end + 1) : null)) end = of.end;
      }
    } else if (f > end && toks[f]?.sp && !toks[f]!.line && capWord(toks[f]) && knownOrgAt(c, f) > f) {
      // `Điều phối viên cứu trợ khẩn cấp Liên hợp quốc Martin Griffiths`: the field, then a known
      // body without `của`, before the holder's name only.
      const o = parseOrg(c, f, headKey);
      const nx = toks[o];
      if (o > f && nx?.sp && !nx.line && (nameStartsAt(c, o) || foreignNameAt(c, o))) end = o;
    } else if (f > end && (hb & HB_AIDE) !== 0 && toks[f]?.sp && !toks[f]!.line && capWord(toks[f]) && c.placeEnd[f]! > f) {
      // `Đặc phái viên khí hậu Trung Quốc Giải Chấn Hoa`: an envoy's field, then its country, before
      // the holder's name only (pw9).
      const o = c.placeEnd[f]!;
      const nx = toks[o];
      if (nx?.sp && !nx.line && (nameStartsAt(c, o) || foreignNameAt(c, o))) end = o;
    } else if (f > end && (hb & HB_ENVOY) !== 0 && toks[f]?.sp && !toks[f]!.line && Math.max(mayStart(c, end, FB_ORG_WORD) ? L.orgWords.longestEnd(keys, end) : -1, mayStart(c, end, FB_DOMAIN) ? L.domains.longestEnd(keys, end) : -1) === f && (nameStartsAt(c, f) || foreignNameAt(c, f))) {
      // `Đặc phái viên khí hậu John Kerry`, `Đặc phái viên khí hậu Giải Chấn Hoa`: an envoy's known field,
      // right before the holder's name (pw12).
      end = f;
    }
  }
  // `Tổng thống Mỹ đắc cử Joe Biden`, `Thủ tướng Nhật Bản sắp mãn nhiệm X`: a modifier of the
  // post after its country or body, when the holder's name follows.
  let capModFrom = -1;
  if (end > roleEnd && toks[end]?.sp && !toks[end]!.cap) {
    const m = (mayStart(c, end, FB_POST_MOD) ? L.postMods.longest(keys, end) : null);
    const runEnd = m && capWord(toks[m.end]) ? capRunEnd(c, m.end) : -1;
    if (m && TRAILING_MODS.has(keyOf(keys, end, m.end)) && toks[m.end]?.sp && !toks[m.end]!.line && (nameStartsAt(c, m.end) || foreignNameAt(c, m.end) || (runEnd - m.end >= 2 && runEnd - m.end <= 3 && foreignRun(c, m.end, runEnd)))) end = m.end;
    // `với tư cách Tổng thống Mỹ đắc cử tại ...`: after `tư cách` (in the capacity of) the post is a noun phrase,
    // so the modifier is the post's whatever follows it (pelect).
    // (Also `với tư cách là Tổng thống Mỹ đắc cử`.)
    else if (m && TRAILING_MODS.has(keyOf(keys, end, m.end)) && i >= 2 && capacityWordsBefore(keys, i)) {
      capModFrom = end;
      end = m.end;
    }
    // `Lãnh đạo Công đảng đối lập Australia Anthony Albanese`: the country after the modifier, then the name (pw11).
  }
  if (end > roleEnd + 2 && keys[end - 2] === 'đối' && keys[end - 1] === 'lập' && toks[end]?.sp && !toks[end]!.line && capWord(toks[end])) {
    const o = c.placeEnd[end]!;
    if (o > end && COUNTRY_KEYS.has(keyOf(keys, end, o)) && toks[o]?.sp && !toks[o]!.line && (nameStartsAt(c, o) || foreignNameAt(c, o))) end = o;
  }
  // `bà X - đại biểu đoàn Đà Nẵng -`, `Đại biểu đoàn Hà Nội Nguyễn Anh Trí`: a deputy and the lowercase
  // delegation of a province (ppol2).
  if (end === roleEnd && headKey === 'đại biểu' && keys[end] === 'đoàn' && !toks[end]!.cap && toks[end]!.sp && toks[end + 1]?.sp && !toks[end + 1]!.line) {
    const ad = adminAt(c, end + 1);
    if (ad > 0 && c.placeEnd[ad]! > ad) end = c.placeEnd[ad]!;
    else if (capWord(toks[end + 1]) && c.placeEnd[end + 1]! > end + 1) end = c.placeEnd[end + 1]!;
  }
  // `Phó Trưởng ban Chỉ đạo phòng chống dịch của tỉnh`, `Trưởng Ban Chỉ đạo ... của thành phố Hà Nội`: a steering
  // committee's level after `của` (a lowercase unit, and its place when one follows) belongs to the body (pcovid).
  if (end > roleEnd && keys[end] === 'của' && toks[end]!.sp && !toks[end]!.cap && toks[end + 1]?.sp && !toks[end + 1]!.line && !toks[end + 1]!.cap && steeringIn(keys, headStart, end)) {
    const ad = adminAt(c, end + 1);
    if (ad > 0 && LONE_ADMIN.has(keyOf(keys, end + 1, ad))) end = toks[ad]?.sp && !toks[ad]!.line && capWord(toks[ad]) && c.placeEnd[ad]! > ad ? c.placeEnd[ad]! : ad;
  }
  const hasOrg = end > roleEnd;
  // `các nhà khoa học cố vấn cho chính phủ`, `là cố vấn cao cấp cho nhiều ngân hàng`: a
  // lowercase `cố vấn` with no organization, advising someone (`cho`), is a verb or a role.
  if (!hasOrg && (headKey === 'cố vấn' || headKey.startsWith('cố vấn ')) && !toks[headStart]!.cap && !toks[headStart]!.hl && keys[end] === 'cho' && toks[end]!.sp) return null;
  // `Ông A, Thẩm phán, chủ tọa phiên tòa.`: in lowercase, presiding is the clause's verb unless
  // a word naming the role comes first (`làm chủ tọa phiên tòa`, `vị chủ tọa phiên tòa`).
  // In brackets or between spaced dashes it names the role (`Thẩm phán X (chủ tọa phiên tòa)`).
  // So between commas when the clause goes on after it (`Thẩm phán X, chủ tọa phiên tòa, cho biết ...`):
  // an apposition; the verb closes its clause (`Ông A, Thẩm phán, chủ tọa phiên tòa.`) (pwhole4).
  const asideRole = (toks[headStart - 1]?.text === '(' && toks[end]?.text === ')') || (toks[headStart - 1]?.text === '-' && !!toks[headStart - 1]!.sp && toks[end]?.text === '-' && !!toks[end]!.sp) ||
    (headKey === 'chủ tọa phiên tòa' && toks[headStart - 1]?.text === ',' && toks[end]?.text === ',' && toks[end + 1]?.kind === 'word' && !!toks[end + 1]!.sp && !toks[end + 1]!.line);
  if (headKey === 'chủ tọa phiên tòa' && !toks[headStart]!.cap && !toks[headStart]!.hl && !PRESIDE_ROLE.has(keys[headStart - 1] ?? '') && !asideRole) return null;
  // `Thẩm phán X làm chủ tọa`: the bare role only after `làm` / `là` or as an aside (`để chủ tọa cuộc họp` is a verb).
  // The presiding judge named as a noun is the role too: capitalized (`Chủ tọa yêu cầu ...`; not before
  // what is presided over: `Chủ tọa hội nghị, Thủ tướng ...`), after a
  // word that takes a noun (`vị chủ tọa`, `được chủ tọa cho phép`, `câu hỏi của chủ tọa`), or before the
  // judge's own act when no name comes before it (`Sau đó, chủ tọa hỏi ...`; `do bà X chủ tọa tuyên án` is a verb).
  if (headKey === 'chủ tọa' && keys[headStart - 1] !== 'làm' && keys[headStart - 1] !== 'là' && !asideRole && !(toks[headStart]!.cap && !PRESIDE_OBJECTS.has(keys[end] ?? '')) && !PRESIDE_NOUN_BEFORE.has(keys[headStart - 1] ?? '') && !(PRESIDE_ACTS.has(keys[end] ?? '') && toks[end]!.sp && !toks[headStart - 1]?.cap)) return null;
  // `đại biểu Quốc hội đương nhiệm khóa XIV`: the incumbent, like `nguyên` for the former.
  if (keys[end] === 'đương' && keys[end + 1] === 'nhiệm' && toks[end]!.sp && toks[end + 1]!.sp) end += 2;
  // Term: `khóa XIII`; also `khóa mới` / `khóa tới` (the new / next term, unnumbered in election
  // news: `ứng cử đại biểu Quốc hội khóa mới`) (rx).
  if (keys[end] === 'khóa' && toks[end + 1] && (TERM_RE.test(toks[end + 1]!.text) || (NEXT_TERM.has(keys[end + 1]!) && toks[end]!.sp && toks[end + 1]!.sp && !toks[end + 1]!.line))) end += 2;
  // `đại biểu Quốc hội đoàn Hà Tĩnh`, `ĐBQH đoàn TP Hồ Chí Minh`: a deputy's delegation, in
  // lowercase, then its province.
  const dq = keys[end - 2] === 'khóa' ? end - 2 : end;
  if (keys[end] === 'đoàn' && toks[end]!.sp && !toks[end]!.cap && ((keys[dq - 1] === 'hội' && keys[dq - 2] === 'quốc') || keys[dq - 1] === 'đbqh')) {
    const a = end + 1;
    const ad = toks[a]?.sp ? adminAt(c, a) : -1;
    if (ad > 0 && c.placeEnd[ad]! > ad) end = c.placeEnd[ad]!;
    else if (toks[a]?.sp && capWord(toks[a]) && c.placeEnd[a]! > a) end = c.placeEnd[a]!;
  } else if (dq < end && toks[end]?.sp && !toks[end]!.line && ((keys[dq - 1] === 'hội' && keys[dq - 2] === 'quốc' && keys[dq - 3] === 'biểu') || keys[dq - 1] === 'đbqh')) {
    // `Trưởng Đoàn ĐBQH khóa XV tỉnh Phú Thọ`: a delegation's province after the term (ppol2).
    const ad = adminAt(c, end);
    if (ad > 0 && c.placeEnd[ad]! > ad) end = c.placeEnd[ad]!;
  }
  // Bracketed acronym of the org: `(FBI)`.
  // `(TN-MT)`, `(KH&ĐT)`: parts of an acronym glued by `-` or `&`.
  let close = end + 2;
  if (hasOrg && toks[end]?.text === '(' && toks[end + 1]?.upper) while (close < end + 7 && (toks[close]?.text === '-' || toks[close]?.text === '&') && !toks[close]!.sp && toks[close + 1]?.upper && !toks[close + 1]!.sp) close += 2;
  // `(Fed)`, `(HoSE)`, `(Vietcombank)`: one capitalized word that is no Vietnamese syllable.
  // (Also one with an inner capital that reads like a syllable: `(BoE)`.)
  const shortName = hasOrg && toks[end]?.text === '(' && capWord(toks[end + 1]) && !toks[end + 1]!.sp && toks[end + 2]?.text === ')' && (!vnTok(toks[end + 1]!) || orgLike(toks[end + 1]!));
  // `(Masan Consumer)`: two such words, the company's English name.
  const shortName2 = hasOrg && !shortName && toks[end]?.text === '(' && capWord(toks[end + 1]) && !toks[end + 1]!.sp && !vnTok(toks[end + 1]!) && !toks[end + 1]!.upper && joins(toks, end + 2) && !vnTok(toks[end + 2]!) && toks[end + 3]?.text === ')' && !hasNw(toks[end + 1], NW_FOREIGN);
  // `(Vinafood 1)`: such a word and a one- or two-digit number (a company of a numbered group).
  const shortNum = hasOrg && !shortName && !shortName2 && toks[end]?.text === '(' && capWord(toks[end + 1]) && !toks[end + 1]!.sp && !vnTok(toks[end + 1]!) && !toks[end + 1]!.upper && toks[end + 2]?.kind === 'number' && !!toks[end + 2]!.sp && /^\d{1,2}$/u.test(toks[end + 2]!.text) && toks[end + 3]?.text === ')';
  // `(PV Oil)`, `(PV Gas)`: an acronym and one English word (also in capitals, `(PV GAS)`, when
  // the pair is no place: `(TP HCM)` stays out).
  const shortUp2 = hasOrg && !shortName2 && toks[end]?.text === '(' && toks[end + 1]?.upper && !toks[end + 1]!.sp && toks[end + 2]?.kind === 'word' && joins(toks, end + 2) && (!toks[end + 2]!.upper || (adminAt(c, end + 1) < 0 && !(c.placeEnd[end + 1]! > end + 1) && !(c.placeEnd[end + 2]! > end + 2))) && !vnTok(toks[end + 2]!) && toks[end + 3]?.text === ')';
  if (shortName2 || shortNum || shortUp2) close = end + 3;
  // `(Saigon Co.op)`: a retail co-operative's short name, `Co.op` glued by its dot (pbiz6).
  const coop = hasOrg && !shortName && !shortName2 && !shortNum && !shortUp2 && toks[end]?.text === '(' && capWord(toks[end + 1]) && !toks[end + 1]!.sp && keys[end + 2] === 'co' && !!toks[end + 2]!.sp && toks[end + 3]?.text === '.' && !toks[end + 3]!.sp && keys[end + 4] === 'op' && !toks[end + 4]!.sp && toks[end + 5]?.text === ')';
  if (coop) close = end + 5;
  // `(Nam A Bank)`, `(Viet Capital Bank)`, `(Cen Land)`: a company's English short name of two to four
  // capitalized words closing on a company word (`Bank`, `Land`, `Group`...) (pbiz4).
  let shortBank = false;
  if (hasOrg && !shortName && !shortName2 && !shortNum && !shortUp2 && toks[end]?.text === '(' && capWord(toks[end + 1]) && !toks[end + 1]!.sp) {
    let z = end + 2;
    while (z < end + 5 && toks[z]?.kind === 'word' && toks[z]!.sp && capWord(toks[z])) z++;
    if (z - end - 1 >= 2 && toks[z]?.text === ')' && SHORT_NAME_LAST.has(keys[z - 1]!)) { shortBank = true; close = z; }
  }
  // `(CDC Cần Thơ)`, `(CDC Đồng Nai)`: an acronym and the place of its branch (not a place written with
  // its unit's acronym: `Bệnh viện Chợ Rẫy (TP HCM)` keeps its bracket outside).
  // (`Trường Đại học Khoa học Tự nhiên (ĐHQG Hà Nội)`, `(ĐHQGHN)`: the parent university in brackets
  // stays outside like a parent body (psoc3).)
  const parentUni = (toks[end]?.text === '(' && (keys[end + 1] ?? '').startsWith('đhqg')) || parentAcronym(c, roleEnd, end);
  if (hasOrg && !parentUni && !shortName2 && !shortUp2 && toks[end]?.text === '(' && toks[end + 1]?.upper && !toks[end + 1]!.sp && !(c.placeEnd[end + 1]! > end + 1) && adminAt(c, end + 1) < 0 && toks[end + 2]?.sp && capWord(toks[end + 2]) && c.placeEnd[end + 2]! > end + 2 && c.placeEnd[end + 2]! <= end + 6 && toks[c.placeEnd[end + 2]!]?.text === ')') close = c.placeEnd[end + 2]!;
  // (Not a place's abbreviation: `Bệnh viện Chợ Rẫy (TPHCM)` keeps its bracket outside.)
  if (hasOrg && !parentUni && toks[end]?.text === '(' && (toks[end + 1]?.upper || shortName || shortName2 || shortNum || shortBank || coop) && toks[close]?.text === ')' && !(close === end + 2 && c.placeEnd[end + 1]! > end + 1)) {
    end = close + 1;
    // `Kho bạc Nhà nước (KBNN) tỉnh Phú Yên`: the unit's place after the acronym.
    const ad = adminAt(c, end);
    if (ad > 0 && toks[end]!.sp && c.placeEnd[ad]! > ad) end = c.placeEnd[ad]!;
    // `Sở Tài nguyên và Môi trường (TN-MT) Thanh Hóa`: or the place alone.
    else if (toks[end]?.sp && !toks[end]!.line && capWord(toks[end]) && c.placeEnd[end]! > end && !joins(toks, c.placeEnd[end]!)) end = c.placeEnd[end]!;
    // `Trưởng phòng Cảnh sát hình sự (PC02) Công an tỉnh X`: a police unit's code, then the
    // body it belongs to.
    else if (toks[end]?.sp && !toks[end]!.line && capWord(toks[end]) && /^[A-Z]{1,3}\d{1,3}$/u.test(toks[end - 2]!.text) && (knownOrgAt(c, end) > 0 || orgHeadAt(c, end, false) > 0) && !postAt(c, end)) {
      const o = parseOrg(c, end, headKey);
      if (o > end) end = o;
    }
    // `Giám đốc Quan hệ nhà đầu tư (IR) của Tập đoàn X`: a business unit's acronym, then `của` and its company (pbiz3).
    // (Also a unit head's: `Trưởng bộ phận Quan hệ nhà đầu tư (IR) của Bất động sản X`, as without the bracket (pearn).)
    else if (keys[end] === 'của' && toks[end]!.sp && !toks[end]!.line && close === end - 1 && (businessHead(headKey) || (hb & HB_UNIT_END) !== 0)) {
      const o = orgSegment(c, end, false, headKey);
      if (o > end + 1) end = o;
    }
  }
  // `Đại diện Thương mại Mỹ (USTR) Katherine Tai`: a post named by a long head, with no organization
  // after it, keeps its office's acronym in brackets (not a place's: `(TPHCM)`) (pbiz5).
  if (!hasOrg && end === roleEnd && roleEnd - i >= 4 && toks[end]?.text === '(' && toks[end + 1]?.upper && !toks[end + 1]!.sp && toks[end + 2]?.text === ')' && !(c.placeEnd[end + 1]! > end + 1) && adminAt(c, end + 1) < 0) end += 3;
  // `Giám đốc Quốc gia Ngân hàng Thế giới tại Việt Nam, cho biết`, `Giám đốc Chương trình châu
  // Á tại Hội đồng Đối ngoại Châu Âu,`, `Phó giám đốc Viện X ở Thượng Hải,` (`ở` only after an organization that is no place:
  // `Thủ tướng Anh ở London` is where he is): the branch or parent an organization works in, when
  // the clause ends there or a speech verb follows. Not a state body's post (`Bộ trưởng
  // Quốc phòng Mỹ tại Singapore`), nor a post met (`gặp Chủ tịch Tập đoàn X tại Hà Nội`).
  // (After a verb of meeting too when the holder's name follows the place: `tiếp Trưởng Đại diện Tổ chức Y tế
  // Thế giới (WHO) tại Việt Nam Kidong Park` (ppol2).)
  // (`tại TP HCM`: a unit word, then the place; also a lowercase one: `một ngân hàng tại quận Cầu Giấy` (ptraffic).)
  const unitAt = keys[end] === 'tại' && !(c.placeEnd[end + 1]! > end + 1) ? adminAt(c, end + 1) : -1;
  const placeAfter = keys[end] === 'tại' ? (c.placeEnd[end + 1]! > end + 1 ? c.placeEnd[end + 1]! : unitAt > 0 && c.placeEnd[unitAt]! > unitAt ? c.placeEnd[unitAt]! : -1) : -1;
  const metAt = placeAfter;
  const metRun = metAt > 0 && !!toks[metAt]?.sp && !toks[metAt]!.line && capWord(toks[metAt]) ? capRunEnd(c, metAt) - metAt : 0;
  const metHolder = metRun >= 2 && metRun <= 3 && (nameStartsAt(c, metAt) || foreignNameAt(c, metAt) || foreignRun(c, metAt, metAt + metRun));
  // (A post whose organization is only a country or a place, `Tổng thống Bolivia tại La Paz,`, has no
  // branch: the place is where it happens; diplomats keep theirs above (pw16).)
  // (Also before a modifier kept after `tư cách`: `với tư cách Tổng thống Mỹ đắc cử tại Delaware`.)
  const placeOnlyOrg = hasOrg && end > roleEnd && c.placeEnd[roleEnd]! >= (capModFrom > 0 ? capModFrom : end) && (hb & HB_DIPLOMAT) === 0;
  if ((hasOrg || (hb & HB_FACTION) !== 0) && !placeOnlyOrg && (keys[end] === 'tại' || (keys[end] === 'ở' && !(c.placeEnd[roleEnd]! > roleEnd))) && toks[end]!.sp && toks[end + 1]?.sp && !toks[end + 1]!.line && (capWord(toks[end + 1]) || (unitAt > 0 && c.placeEnd[unitAt]! > unitAt)) && !STATE_ORG.has(keys[roleEnd]!) && !STATE_ORG.has(keyOf(keys, roleEnd, roleEnd + 2)) && ((!MEET_VERBS.has(keys[i - 1] ?? '') && !MEET_VERBS.has(i >= 2 ? keyOf(keys, i - 2, i) : '')) || metHolder)) {
    const a = end + 1;
    // (`tại TP HCM`: a city written with its unit word (pbiz4).)
    const adA = adminAt(c, a);
    const pl = adA > 0 && c.placeEnd[adA]! > adA ? c.placeEnd[adA]! : c.placeEnd[a]!;
    const r = pl > a ? pl : knownOrgAt(c, a) > 0 || orgHeadAt(c, a, true) > 0 ? parseOrg(c, a, headKey) : a;
    const nx = toks[r];
    // (Also a place then the holder's name: `Giám đốc quốc gia Ngân hàng Thế giới (WB) tại Việt Nam Carolyn Turk`.)
    if (r > a && (!nx || nx.line || BRANCH_CLOSERS.has(nx.text) || speechAt(keys, r) || (pl > a && nx.sp && (nameStartsAt(c, r) || foreignNameAt(c, r) || (metHolder && r === metAt) || honoredNameAt(c, r))))) end = r;
    // `Phòng Thương mại Mỹ tại Hà Nội (AmCham Hanoi),`: the body's short name in brackets after
    // its branch place, then the clause's end, belongs to the title.
    else if (pl > a && nx && nx.text === '(' && nx.sp && (toks[r + 1]?.upper || orgLike(toks[r + 1]!))) {
      let z = r + 1;
      while (z < r + 4 && toks[z]?.kind === 'word' && capWord(toks[z])) z++;
      if (toks[z]?.text === ')' && clauseEndsAt(c, z + 1)) end = z + 1;
    }
  }
  // `Bộ trưởng Quốc phòng Austin cho biết`, `Tổng thống Washington`: a one-word city closing a
  // national post, that is also a surname of foreign-names.txt (`Lloyd Austin`), is the holder
  // when no other name follows it; or the holder's first name before a known surname (`Phó Tổng
  // thống Rosario Murillo`, `Ngoại trưởng Argentina Santiago Cafiero`).
  if (end - 1 >= head.end && c.placeEnd[end - 1]! === end && hasNw(toks[end - 1], NW_FOREIGN) && NAME_CITY_POSTS.has(keyOf(keys, headStart, Math.min(head.end, headStart + 2))) && !COUNTRY_KEYS.has(keys[end - 1]!) && (!capWord(toks[end]) || (!!toks[end]!.sp && hasNw(toks[end], NW_FOREIGN) && !(c.placeEnd[end]! > end))) && (end - 1 === head.end || capWord(toks[end - 2]))) end--;
  // `Hạ nghị sĩ Alexandria Ocasio-Cortez`, `Nghị sĩ Dân chủ Alexandria ...`: a one-word place closing a
  // legislator's post that is also a foreign first name, right before a known foreign surname, is the
  // holder's first name, when that surname is the name's last word (`Thượng nghị sĩ Virginia Tim Kaine` keeps
  // the state; so do the states that are also first names, `Virginia Warner`) (probes-pusa).
  else if ((hb & HB_LEGISLATOR) !== 0 && end - 1 >= head.end && c.placeEnd[end - 1]! === end && hasNw(toks[end - 1], NW_FOREIGN) && !COUNTRY_KEYS.has(keys[end - 1]!) && keys[end - 1] !== 'virginia' && keys[end - 1] !== 'georgia' && keys[end - 2] !== 'bang' && capWord(toks[end]) && !!toks[end]!.sp && !toks[end]!.line && hasNw(toks[end], NW_FOREIGN) && !(c.placeEnd[end]! > end) && !(capWord(toks[end + 1]) && !!toks[end + 1]!.sp)) end--;
  // `Phó Tổng giám đốc Bảo Việt Nhân thọ`: a closing capitalized word that opens an organization word
  // written with a lowercase second syllable continues into it (pbiz4).
  if (hasOrg && end - 1 > head.end && toks[end - 1]!.kind === 'word' && toks[end - 1]!.cap && !toks[end - 1]!.upper && toks[end]?.kind === 'word' && !toks[end]!.cap && toks[end]!.sp && !toks[end]!.line) {
    const ow = mayStart(c, end - 1, FB_ORG_WORD) ? c.L.orgWords.longest(keys, end - 1) : null;
    if (ow && ow.end > end && ow.end - end <= 2) end = ow.end;
  }
  // `Giám đốc Khu công nghiệp Tân Phú Trung mở rộng,`: an industrial park's extension (`mở rộng` closing the clause
  // after the park's capitalized name) is part of its name (pbiz4, round 3).
  if (hasOrg && end - 1 > head.end && keys[end] === 'mở' && keys[end + 1] === 'rộng' && toks[end]!.sp && !toks[end]!.cap && toks[end - 1]!.kind === 'word' && toks[end - 1]!.cap && clauseEndsAt(c, end + 2) && parkIn(keys, head.end, end)) end += 2;
  // `nhà sáng lập Base.vn`, `CEO Tiki.vn`: a company named by its web domain keeps its suffix.
  if (hasOrg && end > head.end && toks[end]?.text === '.' && !toks[end]!.sp && toks[end - 1]!.kind === 'word' && toks[end + 1] && !toks[end + 1]!.sp && WEB_SUFFIXES.has(keys[end + 1]!) && toks[end + 2]?.kind !== 'word') end += 2;
  // `Đặc phái viên của Liên minh châu Phi (AU) về vùng Sừng châu Phi`: an envoy's brief after the body's
  // bracketed short name (pw8).
  if ((hb & HB_ENVOY) !== 0 && hasOrg && toks[end - 1]?.text === ')' && keys[end] === 'về' && toks[end]!.sp) end = Math.max(end, envoyBriefEnd(c, end));
  // `Thống đốc Ngân hàng Trung ương Sri Lanka W.D. Lakshman`: a single capital glued to a dot and
  // another letter opens the holder's initials, no word of the organization (probes-world pw8).
  if (end - 1 > head.end && toks[end - 1]!.kind === 'word' && toks[end - 1]!.text.length === 1 && toks[end - 1]!.cap && toks[end - 1]!.sp && toks[end]?.text === '.' && !toks[end]!.sp && toks[end + 1]?.kind === 'word' && toks[end + 1]!.cap && (!toks[end + 1]!.sp || (
    // (Also one initial before a longer foreign-looking surname: `Bộ trưởng Đối ngoại Ấn Độ S. Jaishankar` (pw12).)
    !toks[end + 1]!.line && toks[end + 1]!.end - toks[end + 1]!.start > 4 && !toks[end + 1]!.upper && !vnTok(toks[end + 1]!) && !orgLike(toks[end + 1]!)))) end--;
  // `Tổng giám đốc Coca-Cola Việt Nam,`, `Tổng giám đốc Rolls-Royce,`: a capitalized brand word glued by a hyphen to
  // another capitalized word is one word, never cut after its first half; the brand's country or city closing the
  // phrase is its branch (pinsure).
  if (end > head.end && toks[end]?.text === '-' && !toks[end]!.sp && toks[end - 1]!.kind === 'word' && toks[end - 1]!.cap && toks[end + 1]?.kind === 'word' && !toks[end + 1]!.sp && toks[end + 1]!.cap && !toks[end + 1]!.hl) {
    end += 2;
    const pe = toks[end]?.sp && !toks[end]!.line ? c.placeEnd[end]! : -1;
    if (pe > end && clauseEndsAt(c, pe)) end = pe;
  }
  // Never end on punctuation.
  while (end > head.end && toks[end - 1]!.kind === 'punct' && toks[end - 1]!.text !== ')') end--;
  return { start: i, end, roleEnd: Math.min(roleEnd, end), kind: head.value, hasOrg, headStart, headEnd: head.end };
}

export { capWord, knownOrgAt, orgHeadAt, parseOrg, postAt };
