import { attributor } from '../attribution/index.js';
import { boilerplateCleaner } from '../clean/index.js';
import { entityRecognizer } from '../entities/index.js';
import { framingAnalyzer } from '../framing/index.js';
import { languageIdentifier } from '../language/index.js';
import { segmenter } from '../segment/index.js';
import { posTagger } from '../pos/index.js';
import { timeTagger } from '../time/index.js';
import { timelineBuilder } from '../time/timeline.js';
import { Pipeline, type Component } from './component.js';

/** Version of the analysis: stored with each article so a corpus can tell stale results. Bump on any output change. */
export const PIPELINE_VERSION = '0.3.9';

/** The stages of `analyze`, in order. */
export function defaultComponents(): Component[] {
  return [boilerplateCleaner, languageIdentifier, segmenter, posTagger, entityRecognizer, timeTagger, attributor, timelineBuilder, framingAnalyzer];
}

let shared: Pipeline | null = null;
export function defaultPipeline(): Pipeline {
  return (shared ??= new Pipeline(defaultComponents()));
}
