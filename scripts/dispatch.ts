/**
 * `npm run eval|bench|train -- NAME [args]`: runs KIND/NAME.ts, which exports
 * `run(args)`. With no NAME, bench runs `pipeline`; eval and train list what there is.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../eval/data.js';

const DEFAULTS: Record<string, string> = { bench: 'pipeline' };

const [kind, name, ...args] = process.argv.slice(2);
if (!kind || !['eval', 'bench', 'train'].includes(kind)) {
  process.stderr.write('usage: tsx scripts/dispatch.ts eval|bench|train NAME [args]\n');
  process.exit(2);
}
const dir = join(REPO_ROOT, kind);
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'data.ts' && !f.startsWith('_'))
  .map((f) => f.slice(0, -3)).sort();
const target = name ?? DEFAULTS[kind] ?? '';
if (!names.includes(target)) {
  process.stderr.write(`usage: npm run ${kind} -- NAME [args]\navailable: ${names.join(', ')}\n`);
  process.exit(2);
}
const mod = (await import(pathToFileURL(join(dir, `${target}.ts`)).href)) as { run: (args: string[]) => Promise<void> | void };
await mod.run(args);
