/** ASCII character classes by UTF-16 code (the hot scanners test codes, not strings). */
export const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
export const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isAsciiAlnum = (c: number): boolean => isAsciiLetter(c) || isAsciiDigit(c);
