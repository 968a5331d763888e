/**
 * Tables of the bench: the same rows rendered for the terminal (aligned plain text)
 * and for markdown (bench/results/latest.md, pasted into the README).
 */

export const pct = (x) => (x === null || x === undefined || Number.isNaN(x) ? '–' : (x * 100).toFixed(1));
export const num = (x, d = 1) => (x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(d));
/** A rate with 3 significant digits (0.0042, 0.183, 12.7, 2536). */
export const rate = (x) =>
  x === null || x === undefined || !Number.isFinite(x) ? '–' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toPrecision(2);
export const int = (x) => (x === null || x === undefined ? '–' : String(Math.round(x)));
export const big = (x) =>
  x === null || x === undefined || !Number.isFinite(x)
    ? '–'
    : x >= 1e6
      ? `${(x / 1e6).toFixed(2)} M`
      : x >= 1e3
        ? `${(x / 1e3).toFixed(1)} k`
        : x.toFixed(0);

/** A table: `{title, headers, rows, align?}` where align is a string of `l`/`r` per column. */
export function textTable({ title, headers, rows, align }) {
  const cols = headers.length;
  const al = align ?? 'l' + 'r'.repeat(cols - 1);
  const w = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
  const line = (cells) =>
    cells
      .map((c, i) => {
        const s = String(c ?? '');
        return al[i] === 'r' ? s.padStart(w[i]) : s.padEnd(w[i]);
      })
      .join('  ')
      .trimEnd();
  const out = [];
  if (title) out.push(title);
  out.push(line(headers));
  out.push(w.map((n) => '-'.repeat(n)).join('  '));
  for (const r of rows) out.push(line(r));
  return out.join('\n');
}

export function mdTable({ title, headers, rows, align }) {
  const cols = headers.length;
  const al = align ?? 'l' + 'r'.repeat(cols - 1);
  const esc = (c) => String(c ?? '').replace(/\|/g, '\\|');
  const out = [];
  if (title) out.push(`**${title}**`, '');
  out.push(`| ${headers.map(esc).join(' | ')} |`);
  out.push(`| ${headers.map((_, i) => (al[i] === 'r' ? '---:' : '---')).join(' | ')} |`);
  for (const r of rows) out.push(`| ${r.map(esc).join(' | ')} |`);
  return out.join('\n');
}
