import type { Doc } from '../doc/doc.js';
import { languageName } from '../lexicon/languages.js';

/**
 * A pipeline stage. It declares the layers it needs and the layers it fills;
 * the pipeline checks the order when it is built, not when it runs.
 */
export interface Component {
  name: string;
  requires: readonly string[];
  assigns: readonly string[];
  /**
   * The languages the stage is built for (ISO 639-1). On a text identified as
   * another language (doc.language, see src/language) the pipeline skips it,
   * its layers stay empty, and the record's notes say so. Absent: any language.
   */
  languages?: readonly string[];
  run(doc: Doc): void;
}

export class PipelineError extends Error {}

/** Layers present on every Doc before any stage runs. */
export const INPUT_LAYERS = ['text', 'meta'] as const;

export class Pipeline {
  readonly components: readonly Component[];

  constructor(components: Component[]) {
    const have = new Set<string>(INPUT_LAYERS);
    const names = new Set<string>();
    for (const c of components) {
      if (names.has(c.name)) throw new PipelineError(`pipeline: component "${c.name}" appears twice`);
      names.add(c.name);
      const missing = c.requires.filter((r) => !have.has(r));
      if (missing.length) {
        throw new PipelineError(`pipeline: component "${c.name}" requires ${missing.map((m) => `"${m}"`).join(', ')}, which no earlier component assigns`);
      }
      for (const a of c.assigns) have.add(a);
    }
    this.components = components;
  }

  get layers(): string[] {
    return [...new Set<string>([...INPUT_LAYERS, ...this.components.flatMap((c) => c.assigns)])];
  }

  run(doc: Doc): Doc {
    for (const c of this.components) {
      const code = doc.language?.code;
      if (c.languages && code && !c.languages.includes(code)) {
        doc.notes.push({ stage: c.name, message: `skipped: built for ${c.languages.map(languageName).join(', ')}; the text reads as ${languageName(code)} (${code})` });
        continue;
      }
      c.run(doc);
    }
    return doc;
  }
}
