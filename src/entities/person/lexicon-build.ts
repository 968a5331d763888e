/**
 * The person/title lexicons built from the lexicon lists (src/generated/lexicons.ts),
 * entry by entry, and their snapshot. The build runs this (scripts/gen-lexicons.mjs)
 * and writes the snapshot the library loads (src/generated/lexicon-snapshot.ts, see
 * `lexicons()` in ./lexicon.ts), so the lists themselves are not in the library's
 * bundle. Tests compare the two (tests/lexicon-snapshot.test.ts).
 *
 * Lexicon files owned by other modules are read through `optionalList`, so the
 * lexicons build (with less knowledge) while a file does not exist yet.
 */
import * as generated from '../../generated/lexicons.js';
import { normalize } from '../../normalize/index.js';
import { tokenize } from '../../tokenize/index.js';
import { PLAIN_ENTRY, Trie, WORD_SET_NAMES, codes, entryKeys, hashOf, hashString, internWord, lowerEach, vocabSize, vocabWord, type LexiconSnapshot, type Lexicons, type PostKind } from './lexicon.js';

const GEN = generated as unknown as Record<string, unknown>;

/** A generated `.txt` lexicon by export name, or `[]` when that file does not exist. */
export function optionalList(name: string): readonly string[] {
  const v = GEN[name];
  return Array.isArray(v) ? (v as string[]) : [];
}

/** A generated `.json` lexicon by export name, or `undefined`. */
export function optionalJson(name: string): unknown {
  return GEN[name];
}

/** A set of lowercased built-in entries (already normalized: see entryKeys). */
function set(list: readonly string[]): Set<string> {
  return new Set<string>(lowerEach(list));
}

/** Surnames the rules rely on (see COMMON_SURNAMES in names.ts), always present. */
const CORE_SURNAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
  'Đinh', 'Đào', 'Trịnh', 'Mai', 'Trương', 'Lâm', 'Phùng', 'Cao', 'Hà', 'Chu', 'Tạ', 'Lương', 'Đàm', 'Kiều', 'Lưu', 'Tô',
  'Thái', 'Quách', 'Vương', 'Triệu', 'Đoàn', 'Hứa', 'Doãn', 'Khổng', 'Lại', 'Nghiêm', 'Châu', 'Lục', 'Thân', 'Mạc', 'Ninh',
  'Khúc', 'Cù', 'Tăng', 'Kim', 'La', 'Văn', 'Từ', 'Âu', 'Giang', 'Tôn', 'Ông',
];

interface Modifiers {
  pre?: string[];
  vice?: string[];
  post?: string[];
}

/** The built-in lexicons, built from the lexicon lists (entry by entry). */
export function buildLexicons(): Lexicons {
  const mods = (optionalJson('titleModifiers') ?? {}) as Modifiers;
  const abbr = (optionalJson('titleAbbreviations') ?? {}) as Record<string, string>;
  const foreign = optionalList('personForeignNames');
  const foreignFull = new Trie<true>(true);
  const foreignParts = new Set<string>();
  for (const f of foreign) {
    if (PLAIN_ENTRY().test(f)) {
      // Letters and spaces (nearly all): the words are the keys, no tokenizer.
      const words = f.toLowerCase().split(' ');
      if (words.length > 1) foreignFull.addKeys(words, true);
      else foreignParts.add(words[0]!);
      continue;
    }
    const keys = entryKeys(f, true);
    const words = keys.filter((k) => /\p{L}/u.test(k));
    if (words.length > 1 && !keys.includes('-')) foreignFull.add(f, true, true);
    // Syllables of Sino-Vietnamese full names (`Tập Cận Bình`) are Vietnamese syllables: not foreign parts.
    if (words.length === 1 || keys.includes('-')) for (const k of words) foreignParts.add(k);
  }
  const posts = new Trie<PostKind>(true);
  // Specific kinds first: the first value stored for an entry wins.
  posts.addAll(optionalList('titleRanks'), 'rank', true);
  posts.addAll(optionalList('titleAcademic'), 'academic', true);
  posts.addAll(optionalList('titleHonorary'), 'honorary', true);
  posts.addAll(optionalList('titleReligious'), 'religious', true);
  posts.addAll(optionalList('titleHeads'), 'head', true);
  posts.addAll(optionalList('titleHeadsWeak'), 'weak', true);
  const fallbackHonorifics = ['ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'bác', 'cụ', 'cháu', 'bé', 'đồng chí', 'đ/c', 'ngài', 'bầu'];
  const hon = optionalList('personHonorifics');
  const c: Lexicons = {
    // The lexicon file plus the most common surnames the recognizer relies on.
    surnames: new Trie<true>(true).addAll(optionalList('personSurnames'), true, true).addAll(CORE_SURNAMES, true, true),
    middles: set(optionalList('personMiddleNames')),
    givens: set(optionalList('personGivenNames')),
    foreignFull,
    foreignParts,
    honorifics: new Trie<true>(true).addAll(hon.length ? hon : fallbackHonorifics, true, true),
    nonPersonPrefixes: new Trie<true>(true).addAll(optionalList('personNonPersonPrefixes'), true, true),
    prefixForms: prefixForms(optionalList('personNonPersonPrefixes')),
    prefixFormHashes: '',
    agencies: new Trie<true>(true).addAll(optionalList('personAgencies'), true, true),
    notNameWords: set(optionalList('personNotNameWords')),
    places: new Trie<true>(true)
      .addAll(optionalList('placesVnProvinces'), true, true)
      .addAll(optionalList('placesVnDistricts'), true, true)
      .addAll(optionalList('placesCountries'), true, true)
      .addAll(optionalList('placesForeignPlaces'), true, true)
      .addAll(optionalList('placesRegions'), true, true),
    posts,
    organizations: new Trie<true>(true).addAll(optionalList('titleOrganizations'), true, true),
    orgHeads: new Trie<true>(true).addAll(optionalList('titleOrgHeads'), true, true),
    orgWords: new Trie<true>(true).addAll(optionalList('titleOrgWords'), true, true),
    orgWordsCap: new Trie<true>(true).addAll(optionalList('titleOrgWordsCapitalized'), true, true),
    domains: new Trie<true>(true).addAll(optionalList('titleDomains'), true, true),
    adminUnits: new Trie<true>(true).addAll(optionalList('titleAdminUnits'), true, true),
    preMods: new Trie<true>(true).addAll(mods.pre ?? [], true, true),
    vice: set(mods.vice ?? ['Phó']),
    postMods: new Trie<true>(true).addAll(mods.post ?? [], true, true),
    plural: new Trie<true>(true).addAll(optionalList('titlePluralWords'), true, true),
    occupations: new Trie<true>(true).addAll(optionalList('titleOccupations'), true, true),
    holding: new Trie<true>(true).addAll(optionalList('titleHoldingVerbs'), true, true),
    leaving: new Trie<true>(true).addAll(optionalList('titleLeavingVerbs'), true, true),
    abbreviations: new Map(Object.entries(abbr)),
    honorificLast4: new Set<string>(),
  };
  c.prefixFormHashes = hashString([...c.prefixForms].map(hashOf));
  for (const e of hon) {
    const w = e.toLowerCase().split(' ');
    if (w.length >= 4) c.honorificLast4.add(w[w.length - 1]!);
  }
  return c;
}

/** See Lexicons.prefixForms. */
function prefixForms(prefixes: readonly string[]): Set<string> {
  const forms = new Set<string>();
  for (const e of prefixes) {
    // Letters and single spaces (nearly all entries): the words are the entry's own.
    if (PLAIN_ENTRY().test(e)) {
      forms.add(e);
      const sp = e.indexOf(' ');
      forms.add((sp < 0 ? e : e.slice(0, sp)).toLowerCase());
      continue;
    }
    const toks = tokenize(normalize(e).text);
    forms.add(toks.map((x) => x.text).join(' '));
    if (toks.length) forms.add(toks[0]!.text.toLowerCase());
  }
  return forms;
}

/** The snapshot of built-in lexicons `L` (built from the lists in this process). */
export function encodeLexicons(L: Lexicons): LexiconSnapshot {
  // The name word sets' words join the vocabulary (the snapshot then holds their ids and
  // hashes): a fresh process flags them by id instead of hashing and interning them.
  const wordSets: Record<string, string> = {};
  for (const name of WORD_SET_NAMES) wordSets[name] = codes([...L[name]].map(internWord));
  if (vocabSize() > 0xd7ff) throw new Error('vocabulary too large for word ids as code units');
  const vocab: string[] = [];
  for (let id = 0; id < vocabSize(); id++) vocab.push(vocabWord(id));
  const out: LexiconSnapshot = { vocab: vocab.join('\n'), hashes: hashString(vocab.map(hashOf)), tries: {}, wordSets, sets: {}, maps: {}, strings: {} };
  for (const [name, v] of Object.entries(L)) {
    if (v instanceof Trie) out.tries[name] = (v as Trie<unknown>).snapshot();
    else if ((WORD_SET_NAMES as readonly string[]).includes(name)) continue;
    else if (v instanceof Set) out.sets[name] = [...(v as Set<string>)].join('\n');
    else if (v instanceof Map) out.maps[name] = Object.fromEntries(v as Map<string, string>);
    else if (typeof v === 'string') out.strings[name] = v;
  }
  return out;
}
