/**
 * Scoring of predicted entity records against gold records (ENTITIES.md).
 *
 * Pure functions, no I/O: used by bench/run.mjs for vn-extract and for every peer, and
 * unit-tested by tests/bench-score.test.ts.
 *
 * Definitions (per entity type, micro-averaged over documents):
 * - strict: a prediction matches a gold record of the same type with the same
 *   `start` and `end` (one-to-one). P = matches / predictions, R = matches / gold.
 * - lenient: a prediction counts as correct when it overlaps (shares at least one code
 *   unit with) a gold record of the same type; a gold record counts as found when some
 *   prediction of the same type overlaps it. P = correct predictions / predictions,
 *   R = found gold / gold.
 * - value accuracy: over strict matches whose gold record has a `value`: the share whose
 *   predicted `value` is deeply equal (JSON semantics: key order and `undefined` keys
 *   ignored). ENTITIES.md scores values for date, percent and money only (person and
 *   title values are not scored). For dates `valueModAcc` also requires the same `mod`.
 * - holder accuracy: over gold titles with a `holder` that are matched strictly: the
 *   share whose predicted title has a `holder` with the same start and end.
 * - holder pairs: the set of (title span, holder span) pairs of each side; P = common /
 *   predicted pairs, R = common / gold pairs.
 */

export const TYPES = Object.freeze(['person', 'title', 'date', 'percent', 'money']);

/** Types whose `value` ENTITIES.md scores. */
export const VALUE_TYPES = Object.freeze(['date', 'percent', 'money']);

/** Stable JSON text of a value: keys sorted, `undefined` members dropped. */
export function canonical(v) {
  if (v === undefined) return 'undefined';
  return JSON.stringify(v, (_k, x) => {
    if (x && typeof x === 'object' && !Array.isArray(x)) {
      const o = {};
      for (const k of Object.keys(x).sort()) if (x[k] !== undefined) o[k] = x[k];
      return o;
    }
    if (typeof x === 'bigint') return x.toString();
    return x;
  });
}

export function valueEqual(a, b) {
  return canonical(a) === canonical(b);
}

export function overlaps(a, b) {
  return a.start < b.end && b.start < a.end;
}

/** Zeroed counters for one type. */
export function emptyCounts() {
  return {
    gold: 0,
    pred: 0,
    strict: 0,
    lenientPred: 0,
    lenientGold: 0,
    valueTotal: 0,
    valueCorrect: 0,
    valueModCorrect: 0,
    holderTotal: 0,
    holderCorrect: 0,
    pairsGold: 0,
    pairsPred: 0,
    pairsCommon: 0,
  };
}

/** Zeroed counters for every type in `types`. */
export function emptyTable(types = TYPES) {
  const t = {};
  for (const ty of types) t[ty] = emptyCounts();
  return t;
}

/** Adds counters of `b` into `a` (per type), returns `a`. */
export function addTable(a, b) {
  for (const ty of Object.keys(b)) {
    a[ty] ??= emptyCounts();
    for (const k of Object.keys(b[ty])) a[ty][k] += b[ty][k];
  }
  return a;
}

const spanKey = (r) => `${r.start}:${r.end}`;

/**
 * Counts for one document.
 * @param gold gold records (any types; those outside `types` are ignored)
 * @param pred predicted records
 * @param types the types to score (a peer that only finds dates passes `['date']`)
 */
export function scoreDoc(gold, pred, types = TYPES) {
  const table = emptyTable(types);
  for (const ty of types) {
    const c = table[ty];
    const g = gold.filter((r) => r.type === ty);
    const p = pred.filter((r) => r.type === ty);
    c.gold = g.length;
    c.pred = p.length;

    // Strict: one-to-one on identical spans.
    const predBySpan = new Map();
    for (const r of p) {
      const k = spanKey(r);
      if (!predBySpan.has(k)) predBySpan.set(k, []);
      predBySpan.get(k).push(r);
    }
    const matches = [];
    for (const r of g) {
      const list = predBySpan.get(spanKey(r));
      if (list && list.length) matches.push([r, list.shift()]);
    }
    c.strict = matches.length;

    // Lenient: overlap with any record of the same type on the other side.
    c.lenientPred = p.filter((x) => g.some((y) => overlaps(x, y))).length;
    c.lenientGold = g.filter((x) => p.some((y) => overlaps(x, y))).length;

    // Values on strict matches.
    if (VALUE_TYPES.includes(ty)) {
      for (const [gr, pr] of matches) {
        if (!('value' in gr)) continue;
        c.valueTotal++;
        if (valueEqual(gr.value, pr.value)) {
          c.valueCorrect++;
          if (ty !== 'date' || (gr.mod ?? null) === (pr.mod ?? null)) c.valueModCorrect++;
        }
      }
    }

    // Holders of titles.
    if (ty === 'title') {
      for (const [gr, pr] of matches) {
        if (!gr.holder) continue;
        c.holderTotal++;
        if (pr.holder && pr.holder.start === gr.holder.start && pr.holder.end === gr.holder.end) c.holderCorrect++;
      }
      const pairs = (rs) => new Set(rs.filter((r) => r.holder).map((r) => `${spanKey(r)}>${spanKey(r.holder)}`));
      const gp = pairs(g);
      const pp = pairs(p);
      c.pairsGold = gp.size;
      c.pairsPred = pp.size;
      for (const k of pp) if (gp.has(k)) c.pairsCommon++;
    }
  }
  return table;
}

/** Counts over many documents: `docs` is `[{gold, pred}]`. */
export function scoreDocs(docs, types = TYPES) {
  const total = emptyTable(types);
  for (const d of docs) addTable(total, scoreDoc(d.gold, d.pred, types));
  return total;
}

/** Ratio or null when the denominator is 0. */
export function ratio(num, den) {
  return den > 0 ? num / den : null;
}

/**
 * Precision, recall and F1. P is null when nothing was predicted, R when there is
 * nothing in gold; F1 is null only when both are, and 0 when the other one is 0
 * (gold entities and no predictions, or predictions and no gold entities).
 */
export function prf(tpPred, npred, tpGold, ngold) {
  const p = ratio(tpPred, npred);
  const r = ratio(tpGold, ngold);
  const f1 = p === null && r === null ? null : p === null || r === null || p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}

/** Summary of one type's counters. */
export function summarizeCounts(c, type) {
  const strict = prf(c.strict, c.pred, c.strict, c.gold);
  const lenient = prf(c.lenientPred, c.pred, c.lenientGold, c.gold);
  const out = {
    gold: c.gold,
    pred: c.pred,
    strict,
    lenient,
    value: VALUE_TYPES.includes(type) ? { acc: ratio(c.valueCorrect, c.valueTotal), n: c.valueTotal } : null,
  };
  if (type === 'date') out.valueMod = { acc: ratio(c.valueModCorrect, c.valueTotal), n: c.valueTotal };
  if (type === 'title') {
    out.holder = { acc: ratio(c.holderCorrect, c.holderTotal), n: c.holderTotal };
    out.holderPairs = { ...prf(c.pairsCommon, c.pairsPred, c.pairsCommon, c.pairsGold), gold: c.pairsGold, pred: c.pairsPred };
  }
  return out;
}

/** Summary per type plus `all` (micro-average over the types scored). */
export function summarize(table) {
  const out = {};
  const all = emptyCounts();
  for (const [ty, c] of Object.entries(table)) {
    out[ty] = summarizeCounts(c, ty);
    for (const k of ['gold', 'pred', 'strict', 'lenientPred', 'lenientGold']) all[k] += c[k];
  }
  const a = summarizeCounts(all, 'all');
  out.all = { gold: a.gold, pred: a.pred, strict: a.strict, lenient: a.lenient, value: null };
  return out;
}

/**
 * How many syllables with a non-ASCII letter (Vietnamese syllables with diacritics or
 * `đ`) a tokenizer keeps whole: each letter run of `text` (NFC) with a non-ASCII
 * letter is a syllable; each letter run inside an output token counts as a kept
 * syllable; kept = multiset intersection. A tokenizer that splits `Nguyễn` into
 * `Nguy` `n` loses that syllable; one that leaves `biết,` as a token keeps `biết`.
 */
export function syllableKeep(text, tokens) {
  const RUN = /[\p{L}\p{M}]+/gu;
  const NON_ASCII = /[^\x00-\x7f]/;
  const want = new Map();
  let total = 0;
  for (const m of text.normalize('NFC').matchAll(RUN)) {
    if (!NON_ASCII.test(m[0])) continue;
    total++;
    want.set(m[0], (want.get(m[0]) ?? 0) + 1);
  }
  const got = new Map();
  for (const t of tokens) {
    for (const m of String(t).normalize('NFC').matchAll(RUN)) {
      if (!want.has(m[0])) continue;
      got.set(m[0], (got.get(m[0]) ?? 0) + 1);
    }
  }
  let kept = 0;
  for (const [s, n] of want) kept += Math.min(n, got.get(s) ?? 0);
  return { syllables: total, kept, share: ratio(kept, total) };
}

/**
 * Trims a peer's span to the contract's edges: no leading/trailing white space, no
 * trailing `,` `;` `:` `.` `!` `?` or quotes. Returns null when nothing is left.
 */
export function trimSpan(text, start, end) {
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /[\s,;:.!?"'“”‘’)]/u.test(text[end - 1])) {
    if (text[end - 1] === ')' && text.slice(start, end).includes('(')) break;
    end--;
  }
  return end > start ? { start, end, text: text.slice(start, end) } : null;
}

/** Converts a BIO-tagged token list with offsets (`[{start, end, tag}]`) to spans of type `label`. */
export function bioToSpans(tokens, label, type) {
  const out = [];
  let cur = null;
  for (const t of tokens) {
    if (t.tag === `B-${label}` || (t.tag === `I-${label}` && !cur)) {
      if (cur) out.push(cur);
      cur = { type, start: t.start, end: t.end };
    } else if (t.tag === `I-${label}` && cur) {
      cur.end = t.end;
    } else if (cur) {
      out.push(cur);
      cur = null;
    }
  }
  if (cur) out.push(cur);
  return out;
}
