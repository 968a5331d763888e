/**
 * A string's UTF-16 code units in a typed array, for the scanning loops of normalize and
 * the tokenizer: reading a Uint16Array is faster than `charCodeAt` in those loops (no
 * string-shape checks per read), and on Node the copy is one native call
 * (`Buffer#write` with `utf16le` copies code units as they are, lone surrogates
 * included), a few percent of one scan. Elsewhere (browsers) the copy is a plain loop.
 */

interface NodeBuffer {
  write(s: string, offset: number, encoding: 'utf16le'): number;
  toString(encoding: 'utf16le', start: number, end: number): string;
}
interface NodeBufferStatic {
  from(b: ArrayBufferLike): NodeBuffer;
}
const NodeBuffer = (globalThis as { Buffer?: NodeBufferStatic }).Buffer;
// `utf16le` is little-endian: the typed array reads it right only on a little-endian host.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const NATIVE = NodeBuffer !== undefined && typeof NodeBuffer.from === 'function' && LITTLE_ENDIAN;

/** Entries an array has past the text: the 0 after it, and room for readers of a few code units ahead. */
const SLACK = 8;

/** Texts longer than this (more than an `extract` chunk) get a one-off array, so a scratch stays small. */
const MAX_KEPT = 1 << 16;

/** Copies `text`'s code units into `u` (at least `text.length` long); `bytes` is a Buffer view of `u`, if any. */
function fill<T extends Uint16Array>(text: string, u: T, bytes: NodeBuffer | undefined): T {
  if (bytes !== undefined) bytes.write(text, 0, 'utf16le');
  else for (let i = 0; i < text.length; i++) u[i] = text.charCodeAt(i);
  return u;
}

function bytesOf(u: Uint16Array): NodeBuffer | undefined {
  return NATIVE ? NodeBuffer!.from(u.buffer) : undefined;
}

// Without Buffer: the standard decoder (host byte order; a BOM is text, not a marker).
const UTF16 = new TextDecoder(LITTLE_ENDIAN ? 'utf-16le' : 'utf-16be', { ignoreBOM: true });

/**
 * A reusable scratch array: `load(text)` returns an array whose first `text.length`
 * entries are `text`'s code units, then a 0 (a stop for scanning loops; the entries past
 * that, at least SLACK - 1 of them, are stale: read them only to mask them out). The
 * next `load` overwrites it, so each caller keeps its own instance and reads the array
 * only until its next `load`. Holds numbers only, never a string.
 */
export class CodeUnits {
  private units = new Uint16Array(1 << 12);
  private bytes = bytesOf(this.units);
  /** The array the last `load` returned (`units`, or a one-off one for a long text) and its Buffer view. */
  private last = this.units;
  private lastBytes = this.bytes;

  load(text: string): Uint16Array {
    const len = text.length;
    if (len >= MAX_KEPT) {
      const u = new Uint16Array(len + SLACK);
      this.last = u;
      this.lastBytes = bytesOf(u);
      return fill(text, u, this.lastBytes);
    }
    if (this.units.length < len + SLACK) {
      let size = this.units.length;
      while (size < len + SLACK) size *= 2;
      this.units = new Uint16Array(size);
      this.bytes = bytesOf(this.units);
    }
    const u = fill(text, this.units, this.bytes);
    u[len] = 0;
    this.last = u;
    this.lastBytes = this.bytes;
    return u;
  }

  /** The array the last `load` returned (the caller may have changed its code units since). */
  current(): Uint16Array {
    return this.last;
  }

  /**
   * The first `len` code units of `current()` as a string. With no lone surrogate among
   * them only: the decoder without Buffer would replace one.
   */
  text(len: number): string {
    if (this.lastBytes !== undefined) return this.lastBytes.toString('utf16le', 0, len * 2);
    return UTF16.decode(this.last.subarray(0, len));
  }
}
