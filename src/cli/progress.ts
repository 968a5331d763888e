/** A progress bar on standard error (files done, MB/s, time left); only on a terminal. */

function clock(s: number): string {
  if (!Number.isFinite(s) || s < 0) return '--:--';
  s = Math.round(s);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(sec).padStart(2, '0');
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

export class Progress {
  private done = 0;
  private bytes = 0;
  private readonly t0 = Date.now();
  private last = 0;
  private shown = false;

  constructor(
    private readonly total: number,
    private readonly totalBytes: number,
    private readonly out: NodeJS.WriteStream = process.stderr,
  ) {
    this.draw();
  }

  /** One more input finished. */
  tick(bytes: number): void {
    this.done++;
    this.bytes += bytes;
    const now = Date.now();
    if (now - this.last >= 100 || this.done === this.total) this.draw();
  }

  /** Erases the bar (before other output to the same terminal, and at the end). */
  clear(): void {
    if (this.shown) this.out.write('\r\x1b[K');
    this.shown = false;
  }

  /** Redraws the bar after it was cleared. */
  redraw(): void {
    if (!this.shown) this.draw();
  }

  private draw(): void {
    this.last = Date.now();
    const secs = Math.max((this.last - this.t0) / 1000, 0.001);
    const mbs = this.bytes / 1e6 / secs;
    const frac = this.totalBytes > 0 ? this.bytes / this.totalBytes : this.done / Math.max(this.total, 1);
    const left = this.done === 0 ? NaN : this.bytes > 0 && this.totalBytes > 0 ? (this.totalBytes - this.bytes) / (this.bytes / secs) : (secs / this.done) * (this.total - this.done);
    const width = 24;
    const fill = Math.min(width, Math.round(frac * width));
    const bar = '#'.repeat(fill) + '-'.repeat(width - fill);
    const line = `[${bar}] ${this.done}/${this.total} files  ${mbs.toFixed(1)} MB/s  ${clock(left)} left`;
    const cols = this.out.columns || 80;
    this.out.write('\r' + line.slice(0, cols - 1) + '\x1b[K');
    this.shown = true;
  }
}
