/**
 * The one converter between JavaScript string indices (UTF-16 code units, what
 * every stage works in) and Unicode code points (what the record publishes, as
 * Python, spaCy, brat and the W3C Web Annotation model count).
 *
 * Text without astral characters (the vast majority of news) takes a fast path
 * where both counts are the same.
 */
export class OffsetConverter {
  /** UTF-16 index of each astral character's first code unit, ascending. */
  private readonly astral: number[] = [];
  readonly text: string;

  constructor(text: string) {
    this.text = text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) { this.astral.push(i); i++; }
      }
    }
  }

  /** Number of code points in the whole text. */
  get length(): number { return this.text.length - this.astral.length; }

  /** UTF-16 index -> code point index. An index inside a surrogate pair maps to that character. */
  toCodePoint(utf16: number): number {
    if (this.astral.length === 0) return utf16;
    // number of astral characters that end at or before utf16
    let lo = 0, hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.astral[mid]! + 2 <= utf16) lo = mid + 1; else hi = mid;
    }
    return utf16 - lo;
  }

  /** Code point index -> UTF-16 index. */
  toUtf16(codePoint: number): number {
    if (this.astral.length === 0) return codePoint;
    // each astral character before the target adds one code unit
    let lo = 0, hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      // code point index of astral[mid] is astral[mid] - mid
      if (this.astral[mid]! - mid < codePoint) lo = mid + 1; else hi = mid;
    }
    return codePoint + lo;
  }
}
