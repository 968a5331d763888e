/** Unit tests of the benchmark's scorer (bench/score.mjs) on tiny hand-made examples. */
import { describe, expect, it } from 'vitest';
import {
  bioToSpans,
  canonical,
  prf,
  scoreDoc,
  scoreDocs,
  summarize,
  syllableKeep,
  trimSpan,
  valueEqual,
} from '../bench/score.mjs';

//            0         1         2         3         4         5
//            0123456789012345678901234567890123456789012345678901234
const TEXT = 'Chủ tịch UBND tỉnh Nguyễn Văn An cho biết ngày 21/7 GDP tăng 7,7%.';
const span = (s: string, from = 0) => {
  const start = TEXT.indexOf(s, from);
  if (start < 0) throw new Error(`not in TEXT: ${s}`);
  return { start, end: start + s.length, text: s };
};
const title = span('Chủ tịch UBND tỉnh');
const person = span('Nguyễn Văn An');
const date = span('ngày 21/7');
const percent = span('7,7%');

const gold = [
  { type: 'title', ...title, value: { name: 'Chủ tịch UBND tỉnh' }, holder: person },
  { type: 'person', ...person, value: { name: 'Nguyễn Văn An' } },
  { type: 'date', ...date, value: '2021-07-21' },
  { type: 'percent', ...percent, value: { value: 7.7 } },
];

describe('value equality', () => {
  it('ignores key order and undefined members', () => {
    expect(valueEqual({ amount: 5, currency: 'VND' }, { currency: 'VND', amount: 5 })).toBe(true);
    expect(valueEqual({ value: 7.7, unit: undefined }, { value: 7.7 })).toBe(true);
    expect(valueEqual({ value: 7.7 }, { value: 7.69 })).toBe(false);
    expect(valueEqual('2021-07', '2021-07-21')).toBe(false);
    expect(valueEqual({ from: '2020', to: '2022' }, { to: '2022', from: '2020' })).toBe(true);
    expect(canonical(undefined)).toBe('undefined');
  });
});

describe('scoreDoc', () => {
  it('scores a perfect prediction as perfect', () => {
    const s = summarize(scoreDoc(gold, gold));
    for (const t of ['title', 'person', 'date', 'percent']) {
      expect(s[t]!.strict).toEqual({ p: 1, r: 1, f1: 1 });
      expect(s[t]!.lenient).toEqual({ p: 1, r: 1, f1: 1 });
    }
    expect(s.date!.value).toEqual({ acc: 1, n: 1 });
    expect(s.percent!.value).toEqual({ acc: 1, n: 1 });
    expect(s.person!.value).toBeNull(); // person values are not scored
    expect(s.title!.holder).toEqual({ acc: 1, n: 1 });
    expect(s.title!.holderPairs).toMatchObject({ p: 1, r: 1, f1: 1, gold: 1, pred: 1 });
    // money: nothing on either side
    expect(s.money!.strict).toEqual({ p: null, r: null, f1: null });
    expect(summarize(scoreDoc(gold, [])).person!.strict).toEqual({ p: null, r: 0, f1: 0 });
    expect(s.all!.gold).toBe(4);
  });

  it('separates strict from lenient matches', () => {
    const pred = [
      { type: 'person', ...span('Văn An'), value: { name: 'Văn An' } }, // overlaps, wrong start
      { type: 'date', ...span('21/7'), value: '2021-07-21' }, // overlaps, too short
      { type: 'percent', ...span('tăng 7,7%'), value: { value: 7.7 } }, // overlaps, too long
      { type: 'percent', ...span('GDP'), value: { value: 1 } }, // nothing there
    ];
    const c = scoreDoc(gold, pred);
    expect(c.person).toMatchObject({ gold: 1, pred: 1, strict: 0, lenientPred: 1, lenientGold: 1 });
    expect(c.date).toMatchObject({ strict: 0, lenientPred: 1, lenientGold: 1, valueTotal: 0 });
    expect(c.percent).toMatchObject({ gold: 1, pred: 2, strict: 0, lenientPred: 1, lenientGold: 1 });
    const s = summarize(c);
    expect(s.percent!.lenient.p).toBe(0.5);
    expect(s.percent!.lenient.r).toBe(1);
    expect(s.percent!.strict).toEqual({ p: 0, r: 0, f1: 0 });
    expect(s.percent!.value).toEqual({ acc: null, n: 0 });
  });

  it('does not match across types', () => {
    const pred = [{ type: 'title', ...person, value: { name: 'x' } }];
    const c = scoreDoc(gold, pred);
    expect(c.person!.strict).toBe(0);
    expect(c.person!.lenientGold).toBe(0);
    expect(c.title).toMatchObject({ pred: 1, strict: 0, lenientPred: 0 });
  });

  it('matches one to one on identical spans', () => {
    const pred = [
      { type: 'date', ...date, value: '2021-07-21' },
      { type: 'date', ...date, value: '2021-07-21' },
    ];
    const c = scoreDoc(gold, pred, ['date']);
    expect(c.date).toMatchObject({ gold: 1, pred: 2, strict: 1 });
    expect(Object.keys(c)).toEqual(['date']);
  });

  it('scores values on strict matches only, and date mod separately', () => {
    const g = [
      { type: 'date', start: 0, end: 5, text: 'x', value: '2021', mod: 'END' },
      { type: 'date', start: 10, end: 15, text: 'y', value: '2021-07' },
      { type: 'money', start: 20, end: 30, text: 'z', value: { amount: 486800000000, currency: 'VND' } },
    ];
    const p = [
      { type: 'date', start: 0, end: 5, text: 'x', value: '2021' }, // value right, mod missing
      { type: 'date', start: 10, end: 15, text: 'y', value: '2021-08' }, // value wrong
      { type: 'money', start: 20, end: 30, text: 'z', value: { currency: 'VND', amount: 486800000000 } },
    ];
    const s = summarize(scoreDoc(g, p));
    expect(s.date!.value).toEqual({ acc: 0.5, n: 2 });
    expect(s.date!.valueMod).toEqual({ acc: 0, n: 2 });
    expect(s.money!.value).toEqual({ acc: 1, n: 1 });
  });

  it('scores holders of strictly matched titles and holder pairs', () => {
    const other = span('An');
    const predWrongHolder = [
      { type: 'title', ...title, value: { name: 't' }, holder: { start: other.start, end: other.end } },
      { type: 'person', ...person },
    ];
    let s = summarize(scoreDoc(gold, predWrongHolder));
    expect(s.title!.holder).toEqual({ acc: 0, n: 1 });
    expect(s.title!.holderPairs).toMatchObject({ p: 0, r: 0, gold: 1, pred: 1 });

    const predNoHolder = [{ type: 'title', ...title, value: { name: 't' } }];
    s = summarize(scoreDoc(gold, predNoHolder));
    expect(s.title!.holder).toEqual({ acc: 0, n: 1 });
    expect(s.title!.holderPairs).toMatchObject({ p: null, r: 0, gold: 1, pred: 0 });

    // A title matched only leniently does not enter holder accuracy.
    const predShortTitle = [{ type: 'title', ...span('Chủ tịch UBND'), holder: { start: person.start, end: person.end } }];
    s = summarize(scoreDoc(gold, predShortTitle));
    expect(s.title!.holder).toEqual({ acc: null, n: 0 });
    expect(s.title!.holderPairs).toMatchObject({ p: 0, r: 0 });
  });

  it('sums counts over documents (micro average)', () => {
    const t = scoreDocs([
      { gold, pred: gold },
      { gold, pred: [] },
    ]);
    const s = summarize(t);
    expect(s.person!.strict).toEqual({ p: 1, r: 0.5, f1: 2 / 3 });
    expect(s.all!.gold).toBe(8);
    expect(s.all!.pred).toBe(4);
  });
});

describe('prf', () => {
  it('gives null where a ratio is undefined and 0 F1 when nothing is right', () => {
    expect(prf(0, 0, 0, 3)).toEqual({ p: null, r: 0, f1: 0 });
    expect(prf(0, 2, 0, 0)).toEqual({ p: 0, r: null, f1: 0 });
    expect(prf(0, 0, 0, 0)).toEqual({ p: null, r: null, f1: null });
    expect(prf(0, 2, 0, 3)).toEqual({ p: 0, r: 0, f1: 0 });
    expect(prf(1, 2, 1, 4)).toEqual({ p: 0.5, r: 0.25, f1: 1 / 3 });
  });
});

describe('helpers for peers', () => {
  it('counts Vietnamese syllables kept whole by a tokenizer', () => {
    const text = 'Nguyễn Văn An cho biết, Nguyễn';
    expect(syllableKeep(text, ['Nguyễn', 'Văn', 'An', 'cho', 'biết,', 'Nguyễn'])).toEqual({ syllables: 4, kept: 4, share: 1 });
    expect(syllableKeep(text, ['Nguy', 'n', 'V', 'n', 'An', 'cho', 'bi', 't', 'Nguyễn'])).toEqual({ syllables: 4, kept: 1, share: 0.25 });
    // NFD input is compared in NFC.
    expect(syllableKeep(text.normalize('NFD'), ['Nguyễn'.normalize('NFD')]).kept).toBe(1);
    expect(syllableKeep('GDP tăng', []).share).toBe(0);
    expect(syllableKeep('GDP', []).share).toBeNull();
  });

  it('trims a span to the contract edges', () => {
    const t = ' 6,7%. và (ABC).';
    expect(trimSpan(t, 0, 6)).toEqual({ start: 1, end: 5, text: '6,7%' });
    expect(trimSpan(t, 10, 16)).toEqual({ start: 10, end: 15, text: '(ABC)' });
    expect(trimSpan(t, 5, 6)).toBeNull();
  });

  it('turns BIO tags into spans', () => {
    const toks = [
      { start: 0, end: 3, tag: 'O' },
      { start: 4, end: 10, tag: 'B-PER' },
      { start: 11, end: 14, tag: 'I-PER' },
      { start: 15, end: 18, tag: 'B-PER' },
      { start: 19, end: 22, tag: 'B-LOC' },
      { start: 23, end: 26, tag: 'I-PER' },
    ];
    expect(bioToSpans(toks, 'PER', 'person')).toEqual([
      { type: 'person', start: 4, end: 14 },
      { type: 'person', start: 15, end: 18 },
      { type: 'person', start: 23, end: 26 },
    ]);
  });
});
