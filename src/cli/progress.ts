/**
 * A progress line on stderr (count, rate, ETA), drawn only when stderr is a
 * terminal, at most every PROGRESS_INTERVAL_MS so it costs nothing on big runs.
 */
const PROGRESS_INTERVAL_MS = 200;

export class Progress {
  private done = 0;
  private errors = 0;
  private last = 0;
  private readonly started = Date.now();
  private readonly enabled: boolean;

  constructor(private readonly label: string, private total: number | null = null, stream: NodeJS.WriteStream = process.stderr) {
    this.stream = stream;
    this.enabled = Boolean(stream.isTTY) && !process.env.CI;
  }
  private readonly stream: NodeJS.WriteStream;

  setTotal(total: number | null): void { this.total = total; }

  tick(n = 1, failed = 0): void {
    this.done += n;
    this.errors += failed;
    const now = Date.now();
    if (this.enabled && now - this.last >= PROGRESS_INTERVAL_MS) { this.last = now; this.draw(); }
  }

  private line(): string {
    const secs = Math.max((Date.now() - this.started) / 1000, 1e-3);
    const rate = this.done / secs;
    let s = `${this.label} ${this.done}`;
    if (this.total) {
      const pct = Math.min(100, (100 * this.done) / this.total);
      const width = 24;
      const filled = Math.round((pct / 100) * width);
      s = `${this.label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.done}/${this.total} ${pct.toFixed(0)}%`;
      const eta = rate > 0 ? (this.total - this.done) / rate : 0;
      s += ` ${rate.toFixed(1)}/s ETA ${formatDuration(eta)}`;
    } else {
      s += ` ${rate.toFixed(1)}/s`;
    }
    if (this.errors) s += ` errors ${this.errors}`;
    return s;
  }

  private draw(): void { this.stream.write(`\r\x1b[K${this.line()}`); }

  finish(): void { if (this.enabled) { this.draw(); this.stream.write('\n'); } }
}

export function formatDuration(secs: number): string {
  if (!Number.isFinite(secs)) return '?';
  const s = Math.round(secs);
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), r = s % 60;
  return h ? `${h}h${String(m).padStart(2, '0')}m` : m ? `${m}m${String(r).padStart(2, '0')}s` : `${r}s`;
}
