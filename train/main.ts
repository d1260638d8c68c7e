/**
 * npm run train -- NAME [args]: runs train/NAME.ts (each exports `run(args)`).
 * With no NAME, lists what there is.
 */
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const names = readdirSync(here).filter((f) => f.endsWith('.ts') && !['main.ts', 'data.ts'].includes(f) && !f.startsWith('_')).map((f) => f.slice(0, -3)).sort();
const [name, ...args] = process.argv.slice(2);
const target = name ?? "";
if (!names.includes(target)) {
  process.stderr.write(`usage: npm run train -- NAME [args]\navailable: ${names.join(', ')}\n`);
  process.exit(2);
}
const mod = (await import(`./${target}.ts`)) as { run: (args: string[]) => Promise<void> | void };
await mod.run(args);
