/**
 * Near-duplicate detection (wire copy, republished stories): MinHash over word
 * shingles, banded for LSH. Two texts whose shingle sets have Jaccard
 * similarity J agree on each signature slot with probability J.
 */

/** Words per shingle: 5 keeps shared phrases ("the White House said on") from making unrelated stories similar. */
export const SHINGLE_WORDS = 5;
/** Signature length. 64 slots estimate J within about +-0.06. */
export const MINHASH_SIZE = 64;
/** LSH bands x rows = MINHASH_SIZE. 16 x 4 makes pairs with J >= 0.6 candidates with probability > 0.87. */
export const LSH_BANDS = 16;
export const LSH_ROWS = MINHASH_SIZE / LSH_BANDS;
/** Estimated Jaccard at which two articles are the same story (light edits, different boilerplate). */
export const STORY_MIN_JACCARD = 0.5;

function fnv1a(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // final avalanche (murmur3 fmix32) so nearby strings spread over all bits
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= h >>> 16;
  return h >>> 0;
}

/** Lowercased words of a text (letters and digits), as shingling sees them. */
export function shingleWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** MinHash signature of a text (all 0xffffffff for texts shorter than a shingle). */
export function minhash(text: string): Uint32Array {
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  const words = shingleWords(text);
  const n = Math.max(0, words.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < n; i++) {
    const sh = words.slice(i, i + SHINGLE_WORDS).join(' ');
    const h1 = fnv1a(sh, 0), h2 = fnv1a(sh, 0x9e3779b9) | 1;
    // Kirsch-Mitzenmacher: slot k uses h1 + k*h2, as good as k independent hashes here
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const v = (h1 + Math.imul(k, h2)) >>> 0;
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of two signatures. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < MINHASH_SIZE; k++) if (a[k] === b[k] && a[k] !== 0xffffffff) same++;
  return same / MINHASH_SIZE;
}

/** One 31-bit key per band (band index mixed in), for the LSH table. Empty signatures get none. */
export function bandKeys(sig: Uint32Array): number[] {
  if (sig[0] === 0xffffffff) return [];
  const keys: number[] = [];
  for (let b = 0; b < LSH_BANDS; b++) {
    let h = Math.imul(b + 1, 0x9e3779b1) >>> 0;
    for (let r = 0; r < LSH_ROWS; r++) {
      h ^= sig[b * LSH_ROWS + r]!;
      h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
    }
    keys.push(h & 0x7fffffff);
  }
  return keys;
}
