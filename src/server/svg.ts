import { escapeHtml, raw, type SafeHtml } from './html.js';

/**
 * Small SVG charts drawn on the server (no browser, no library): a vertical
 * bar chart over time and a horizontal bar chart over categories. Labels are
 * escaped; sizes come from the constants below.
 */
const BAR_CHART_HEIGHT = 180;
const AXIS_MARGIN = { top: 12, right: 12, bottom: 40, left: 36 };
const HBAR_ROW = 22;
const HBAR_LABEL_WIDTH = 190;
const HBAR_WIDTH = 640;
/** Width of one label character at 11px (for spacing labels so they never overlap). */
const LABEL_CHAR_PX = 6.5;
const BAR_SLOT_PX = 36;

export interface Bar { label: string; value: number; title?: string }

function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

function fmt(v: number, percent: boolean): string {
  if (percent) return `${Math.round(v * 100)}%`;
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}

/** Vertical bars (e.g. quotes per month). */
export function barChart(bars: Bar[], opts: { title: string; width?: number; color?: string; percent?: boolean }): SafeHtml {
  const width = opts.width ?? Math.max(320, Math.min(900, AXIS_MARGIN.left + AXIS_MARGIN.right + bars.length * BAR_SLOT_PX));
  const h = BAR_CHART_HEIGHT;
  const plotW = width - AXIS_MARGIN.left - AXIS_MARGIN.right;
  const plotH = h - AXIS_MARGIN.top - AXIS_MARGIN.bottom;
  const max = opts.percent ? 1 : niceMax(Math.max(0, ...bars.map((b) => b.value)));
  const bw = bars.length ? plotW / bars.length : plotW;
  const longest = Math.max(1, ...bars.map((b) => b.label.length));
  const labelEvery = Math.max(1, Math.ceil((longest * LABEL_CHAR_PX + 8) / bw));
  const fill = opts.color ?? '#1c7ed6';
  let out = `<svg class="chart" role="img" aria-label="${escapeHtml(opts.title)}" viewBox="0 0 ${width} ${h}" width="${width}" height="${h}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(opts.title)}</title>`;
  for (const t of [0, 0.5, 1]) {
    const y = AXIS_MARGIN.top + plotH * (1 - t);
    out += `<line x1="${AXIS_MARGIN.left}" x2="${width - AXIS_MARGIN.right}" y1="${y}" y2="${y}" stroke="#ddd"/><text x="${AXIS_MARGIN.left - 4}" y="${y + 4}" text-anchor="end">${fmt(max * t, !!opts.percent)}</text>`;
  }
  bars.forEach((b, i) => {
    const bh = max ? (Math.max(0, b.value) / max) * plotH : 0;
    const x = AXIS_MARGIN.left + i * bw;
    out += `<rect x="${(x + bw * 0.1).toFixed(1)}" y="${(AXIS_MARGIN.top + plotH - bh).toFixed(1)}" width="${(bw * 0.8).toFixed(1)}" height="${bh.toFixed(1)}" fill="${fill}"><title>${escapeHtml(b.title ?? `${b.label}: ${fmt(b.value, !!opts.percent)}`)}</title></rect>`;
    if (i % labelEvery === 0) {
      out += `<text x="${(x + bw / 2).toFixed(1)}" y="${h - AXIS_MARGIN.bottom + 14}" text-anchor="middle">${escapeHtml(b.label)}</text>`;
    }
  });
  out += `<line x1="${AXIS_MARGIN.left}" x2="${width - AXIS_MARGIN.right}" y1="${AXIS_MARGIN.top + plotH}" y2="${AXIS_MARGIN.top + plotH}" stroke="#333"/></svg>`;
  return raw(out);
}

/** Horizontal bars, one row per category (e.g. outlets). */
export function hbarChart(bars: Bar[], opts: { title: string; color?: string; percent?: boolean }): SafeHtml {
  const h = AXIS_MARGIN.top + bars.length * HBAR_ROW + 8;
  const plotW = HBAR_WIDTH - HBAR_LABEL_WIDTH - 60;
  const max = opts.percent ? 1 : niceMax(Math.max(0, ...bars.map((b) => b.value)));
  const fill = opts.color ?? '#1c7ed6';
  let out = `<svg class="chart" role="img" aria-label="${escapeHtml(opts.title)}" viewBox="0 0 ${HBAR_WIDTH} ${h}" width="${HBAR_WIDTH}" height="${h}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(opts.title)}</title>`;
  bars.forEach((b, i) => {
    const y = AXIS_MARGIN.top + i * HBAR_ROW;
    const bwid = max ? (Math.max(0, b.value) / max) * plotW : 0;
    const label = b.label.length > 28 ? `${b.label.slice(0, 27)}…` : b.label;
    out += `<text x="${HBAR_LABEL_WIDTH - 6}" y="${y + 14}" text-anchor="end">${escapeHtml(label)}</text>`;
    out += `<rect x="${HBAR_LABEL_WIDTH}" y="${y + 3}" width="${bwid.toFixed(1)}" height="${HBAR_ROW - 6}" fill="${fill}"><title>${escapeHtml(b.title ?? `${b.label}: ${fmt(b.value, !!opts.percent)}`)}</title></rect>`;
    out += `<text x="${(HBAR_LABEL_WIDTH + bwid + 4).toFixed(1)}" y="${y + 14}">${fmt(b.value, !!opts.percent)}</text>`;
  });
  out += '</svg>';
  return raw(out);
}
