/**
 * HTML templates that escape by default: every interpolated value is escaped
 * unless it is already a `SafeHtml` (the output of another `html` template or
 * of `raw`, used only for markup this module built). Article text and metadata
 * therefore can never become markup by accident.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string { return this.value; }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => ESCAPES[c]!);
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | HtmlValue[];

function render(v: HtmlValue): string {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof SafeHtml) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  return escapeHtml(String(v));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}

/** Markup built by this module (never user text). */
export function raw(s: string): SafeHtml { return new SafeHtml(s); }

/** Joins values as HTML (each escaped unless safe). */
export function join(values: HtmlValue[], sep: HtmlValue = ''): SafeHtml {
  const parts = values.map(render);
  return new SafeHtml(parts.join(render(sep)));
}

const SAFE_SCHEMES = /^(https?:|mailto:)/i;

/**
 * A URL from article metadata, fit for href: only http(s) and mailto links
 * survive (after stripping whitespace and control characters, which browsers
 * ignore inside schemes); anything else (javascript:, data:, vbscript:) is null.
 */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  // eslint-disable-next-line no-control-regex
  const squashed = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return SAFE_SCHEMES.test(squashed) ? url.trim() : null;
}

/** Path segment for links: ids and names are always percent-encoded. */
export function seg(s: string): string { return encodeURIComponent(s); }

/** Query string from defined, non-empty values. */
export function qs(params: Record<string, string | number | undefined | null>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
}
