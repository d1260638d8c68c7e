import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { dropSchemas, freshSchema, PG_SKIP } from '../store/postgres-helpers.js';

/** A worker process (the CLI from source), its stderr lines collected. */
export interface WorkerProc { child: ChildProcess; lines: string[]; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>; waitFor(re: RegExp, timeoutMs: number, opts?: { newOnly?: boolean }): Promise<string> }

export function startWorkerProcess(url: string, args: string[], env: Record<string, string>): WorkerProc {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', 'worker', '--db', url, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  const lines: string[] = [];
  const waiters: Array<{ re: RegExp; resolve: (l: string) => void }> = [];
  let buf = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => {
    buf += d;
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, i); buf = buf.slice(i + 1);
      lines.push(line);
      for (const w of waiters.splice(0)) { if (w.re.test(line)) w.resolve(line); else waiters.push(w); }
    }
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return {
    child, lines, exited,
    waitFor(re, timeoutMs, opts = {}) {
      const seen = opts.newOnly ? undefined : lines.find((l) => re.test(l));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`no line matching ${re} within ${timeoutMs} ms; got:\n${lines.join('\n')}`)), timeoutMs);
        t.unref(); // a lost race must not keep the test process waiting
        waiters.push({ re, resolve: (l) => { clearTimeout(t); resolve(l); } });
        void exited.then(() => setTimeout(() => { clearTimeout(t); reject(new Error(`worker exited before ${re}; got:\n${lines.join('\n')}`)); }, 50));
      });
    },
  };
}

/** A folder of n composed articles (our own sentences), each different. */
export function articleFolder(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-queue-'));
  const towns = ['Arlen', 'Brisk', 'Corvel', 'Dunmore', 'Elsby', 'Fenwick'];
  for (let i = 0; i < n; i++) {
    const town = `${towns[i % towns.length]}${i}`;
    writeFileSync(join(dir, `a${String(i).padStart(3, '0')}.txt`),
      `The mayor of ${town}, Mara Holt${i}, said on Tuesday that "the ferry number ${i} will run every hour from June". ` +
      `Residents of ${town} welcomed the plan, but a council member, Jonas Pike${i}, warned that "the money for ${i} new boats is not there yet".\n`);
  }
  return dir;
}

/**
 * A test file's queue fixture: a fresh schema, a folder of `articles` articles
 * and the worker processes it starts; after the file's tests every worker still
 * running is killed and the folder and schemas removed.
 */
export function queueFixture(name: string, articles: number): { schema: string; dir: string; procs: WorkerProc[] } {
  const schema = freshSchema(name);
  const dir = PG_SKIP ? '' : articleFolder(articles);
  const procs: WorkerProc[] = [];
  after(async () => {
    for (const p of procs) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    if (dir) rmSync(dir, { recursive: true, force: true });
    await dropSchemas([schema, `${schema}_queue`]);
  });
  return { schema, dir, procs };
}
