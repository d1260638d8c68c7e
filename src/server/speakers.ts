/**
 * Speaker colors and kind cues shared by every page. Colors are light tints
 * behind near-black text (contrast ratio above 10:1 for each), and each speaker
 * kind also has a non-color cue: a letter badge and its own underline style.
 */

/** Background tints, in the order speakers first appear in an article. */
export const SPEAKER_PALETTE = [
  '#ffd8a8', '#a5d8ff', '#b2f2bb', '#ffc9c9', '#d0bfff',
  '#99e9f2', '#ffec99', '#fcc2d7', '#d8f5a2', '#dee2e6',
] as const;

export const TEXT_COLOR = '#111111';

export interface KindInfo { letter: string; label: string; border: string }

/** Letter badge, readable label and underline style of each speaker kind. */
export const SPEAKER_KINDS: Record<string, KindInfo> = {
  person: { letter: 'P', label: 'named person', border: 'solid' },
  anonymous: { letter: 'A', label: 'anonymous', border: 'dashed' },
  organization: { letter: 'O', label: 'organization', border: 'double' },
  media: { letter: 'M', label: 'media', border: 'dotted' },
  document: { letter: 'D', label: 'document', border: 'groove' },
  unknown: { letter: '?', label: 'unknown', border: 'none' },
};

export const KIND_ORDER = ['person', 'anonymous', 'organization', 'media', 'document', 'unknown'];

export function kindInfo(kind: string): KindInfo {
  return SPEAKER_KINDS[kind] ?? SPEAKER_KINDS.unknown!;
}

/** Speaker page path: the speaker's name is the id (percent-encoded); null for a blank name (no page). */
export function speakerPath(name: string): string | null {
  return name.trim() ? `/speakers/${encodeURIComponent(name)}` : null;
}

/** Shown for a speaker the attribution left without a name. */
export const UNNAMED_SPEAKER = '(unnamed source)';

export function displayName(name: string): string {
  return name.trim() ? name : UNNAMED_SPEAKER;
}

/** WCAG relative luminance contrast ratio between two #rrggbb colors. */
export function contrastRatio(a: string, b: string): number {
  const lum = (hex: string) => {
    const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}
