/** Writes docs/record.schema.json from the zod schema (src/record/schema.ts). A test checks it is current. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../eval/data.js';
import { recordJsonSchema } from '../src/record/schema.js';

export function schemaText(): string { return JSON.stringify(recordJsonSchema(), null, 2) + '\n'; }

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const out = join(REPO_ROOT, 'docs', 'record.schema.json');
  writeFileSync(out, schemaText());
  process.stdout.write(`wrote ${out}\n`);
}
