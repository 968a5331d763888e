/**
 * Non-negative integers as printable ASCII (the built-in lexicon snapshot, see
 * ./lexicon.ts): each character of the base64url alphabet carries five bits, low bits
 * first, and a sixth bit saying that more characters follow. Small numbers (most of a
 * trie's parent offsets and value codes) take one character, vocabulary ids two or three.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Value of each ASCII character as a digit, -1 for characters outside the alphabet. */
export const VARINT_DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VARINT_DIGIT[ALPHABET.charCodeAt(i)] = i;

export function writeVarints(nums: readonly number[]): string {
  let out = '';
  for (let n of nums) {
    if (!Number.isInteger(n) || n < 0 || n > 0x3fffffff) throw new RangeError(`varint out of range: ${n}`);
    while (n >= 32) {
      out += ALPHABET[32 | (n & 31)];
      n >>>= 5;
    }
    out += ALPHABET[n];
  }
  return out;
}

/** Reads the integers `writeVarints` wrote, in order. */
export class VarintReader {
  private at = 0;
  constructor(private readonly s: string) {}

  /** Index of the next character to read. */
  get position(): number {
    return this.at;
  }

  get done(): boolean {
    return this.at >= this.s.length;
  }

  next(): number {
    let n = 0;
    let shift = 0;
    for (;;) {
      const d = VARINT_DIGIT[this.s.charCodeAt(this.at++) & 127]!;
      if (d < 0) throw new Error('bad lexicon snapshot');
      n += (d & 31) * 2 ** shift;
      if (d < 32) return n;
      shift += 5;
    }
  }
}
