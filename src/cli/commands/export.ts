import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { EXPORT_FORMATS, exportStore, type ExportFormat } from '../../export/index.js';
import { InputError } from '../../ingest/errors.js';
import { DEFAULT_DB, openStore } from '../../store/index.js';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('Export a corpus: jsonl (records), csv (one row per quotation), brat (.txt + .ann per article), webanno (W3C Web Annotation JSON-LD)')
    .requiredOption('--format <format>', EXPORT_FORMATS.join(', '))
    .option('--db <path>', 'database: a SQLite file or a postgres:// URL', DEFAULT_DB)
    .option('--out <path>', 'output file (folder for brat); default stdout')
    .action(async (flags: { format: string; db: string; out?: string }) => {
      if (!EXPORT_FORMATS.includes(flags.format as ExportFormat)) throw new InputError(`--format must be one of ${EXPORT_FORMATS.join(', ')} (got "${flags.format}")`);
      if (flags.format === 'brat' && !flags.out) throw new InputError('--format brat writes a .txt and an .ann per article: give --out DIR');
      if (!/^postgres/i.test(flags.db) && !existsSync(flags.db)) throw new InputError(`no database at ${flags.db}`);
      const store = await openStore(flags.db);
      try {
        const n = await exportStore(store, flags.format as ExportFormat, flags.out);
        if (flags.out) process.stderr.write(`exported ${n} articles to ${flags.out}\n`);
      } finally {
        await store.close();
      }
    });
}
