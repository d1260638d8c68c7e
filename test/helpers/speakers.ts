import { analyze } from '../../src/analyze.ts';

/** Source mention -> "speaker name / kind" for each statement of a composed text (the whole pipeline). */
export function speakers(text: string): Map<string, string> {
  const r = analyze(text, { date: '2024-05-01', format: 'text' });
  return new Map(r.quotes.map((q) => [q.source?.text ?? '', `${q.speaker.name} / ${q.speaker.kind}`]));
}
