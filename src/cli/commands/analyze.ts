import { once } from 'node:events';
import type { Command } from 'commander';
import { analyze, checkDate } from '../../analyze.js';
import { InputError } from '../../ingest/errors.js';
import { readInputFile, statInputFile } from '../../ingest/files.js';
import { readJsonl } from '../../ingest/jsonl.js';
import { Progress } from '../progress.js';
import { englishStagesRun } from '../../language/index.js';
import { languageName } from '../../lexicon/languages.js';
import type { WhosaidRecord } from '../../record/schema.js';
import { languageTally } from '../languages.js';

/** The language of a record the English stages did not read, else null. */
function otherLanguage(r: WhosaidRecord): string | null {
  const code = r.language?.code ?? null;
  return englishStagesRun(code) ? null : code;
}

interface AnalyzeFlags { pretty?: boolean; date?: string; jsonl?: string; format?: 'auto' | 'text' | 'html' }

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('Analyse one article (text or HTML, detected; - for stdin) or a JSONL file of articles, and print the record(s)')
    .argument('[file]', 'article file, or - for stdin')
    .option('--jsonl <in>', 'read one JSON object per line {id, text|html, url?, date?} and write one record per line (- for stdin)')
    .option('--pretty', 'indent the JSON output')
    .option('--date <YYYY-MM-DD>', 'reference date for relative times (default: the published date)')
    .option('--format <format>', 'input format: auto, text or html', 'auto')
    .action(async (file: string | undefined, flags: AnalyzeFlags) => {
      if (flags.date) checkDate(flags.date, '--date');
      if (!['auto', 'text', 'html'].includes(flags.format ?? 'auto')) throw new InputError(`--format must be auto, text or html (got "${flags.format}")`);
      if (flags.jsonl !== undefined) {
        if (file) throw new InputError('give either a FILE or --jsonl, not both');
        process.exitCode = await analyzeJsonl(flags.jsonl, flags);
        return;
      }
      if (!file) throw new InputError('no input: give a FILE, - for stdin, or --jsonl IN.jsonl');
      const text = readInputFile(file);
      const record = analyze(text, { date: flags.date, format: flags.format });
      const other = otherLanguage(record);
      if (other) process.stderr.write(`whosaid: ${file}: the text reads as ${languageName(other)} (${other}): quotations only; entities, times, speakers and framing are built for English (see the record's notes)\n`);
      process.stdout.write(JSON.stringify(record, null, flags.pretty ? 2 : undefined) + '\n');
    });
}

async function write(s: string): Promise<void> {
  if (!process.stdout.write(s)) await once(process.stdout, 'drain');
}

/** Streams a JSONL file: one record (or error object) per input line, in order. Returns the exit code. */
async function analyzeJsonl(path: string, flags: AnalyzeFlags): Promise<number> {
  if (path !== '-' && statInputFile(path, 'expected a .jsonl file').size === 0) throw new InputError('empty input (0 bytes)', path);
  const progress = new Progress('analyze');
  let failed = 0, analysed = 0;
  const others: Record<string, number> = {};
  for await (const item of readJsonl(path)) {
    let out: unknown;
    if (item.error !== undefined) {
      out = { id: item.id, line: item.line, error: item.error };
    } else {
      try {
        const record = analyze(item.input, { date: flags.date, format: flags.format });
        out = record;
        analysed++;
        const other = otherLanguage(record);
        if (other) others[other] = (others[other] ?? 0) + 1;
      } catch (err) {
        out = { id: item.id ?? null, line: item.line, error: `line ${item.line}: ${(err as Error).message}` };
      }
    }
    const isError = (out as { error?: string }).error !== undefined;
    if (isError) {
      failed++;
      process.stderr.write(`whosaid: ${path}: ${(out as { error: string }).error}\n`);
    }
    await write(JSON.stringify(out, null, flags.pretty ? 2 : undefined) + '\n');
    progress.tick(1, isError ? 1 : 0);
  }
  progress.finish();
  const { n, list } = languageTally(others);
  if (n) {
    process.stderr.write(`whosaid: ${n} of ${analysed} articles are not in English (${list}): quotations only for them (see each record's notes)\n`);
  }
  return failed ? 1 : 0;
}
