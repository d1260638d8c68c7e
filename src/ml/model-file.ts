import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { AveragedPerceptron } from './perceptron.js';
import { FeatureTable } from './feature-table.js';

/**
 * Model files: gzipped JSON holding the classes, weights quantized to
 * integers (one shared scale) and stored sparsely, plus free-form `extra`
 * data a model needs (tag dictionaries, word lists). Zero weights after
 * quantization are dropped, which is most of them.
 *
 * { format: "whosaid-perceptron", version: 1, classes, scale,
 *   features: [name, ...], weights: [[classIndex, q, classIndex, q, ...], ...], extra }
 */
const FORMAT = 'whosaid-perceptron';
/** Largest quantized weight: 16-bit resolution is far more than perceptron scores need. */
export const QUANT_MAX = 32767;

export interface ModelJson {
  format: string;
  version: number;
  classes: string[];
  scale: number;
  features: string[];
  weights: number[][];
  extra?: unknown;
}

/** Serializes a final model to gzipped JSON bytes; features are written in sorted order so the file is reproducible. */
export function serializeModel(model: AveragedPerceptron, extra?: unknown): Buffer {
  let max = 0;
  for (const w of model.weights.values()) for (const x of w) max = Math.max(max, Math.abs(x));
  const scale = max > 0 ? QUANT_MAX / max : 1;
  const features: string[] = [];
  const weights: number[][] = [];
  for (const f of [...model.weights.keys()].sort()) {
    const w = model.weights.get(f)!;
    const row: number[] = [];
    for (let c = 0; c < w.length; c++) {
      const q = Math.round(w[c]! * scale);
      if (q !== 0) row.push(c, q);
    }
    if (row.length) { features.push(f); weights.push(row); }
  }
  const json: ModelJson = { format: FORMAT, version: 1, classes: [...model.classes], scale, features, weights, ...(extra === undefined ? {} : { extra }) };
  return gzipSync(JSON.stringify(json), { level: 9 });
}

/** The parsed contents of bytes written by `serializeModel` (sparse quantized rows, as stored). */
export function readModelJson(bytes: Buffer): ModelJson {
  const json = JSON.parse(gunzipSync(bytes).toString('utf8')) as ModelJson;
  if (json.format !== FORMAT || json.version !== 1) throw new Error(`not a ${FORMAT} v1 model`);
  return json;
}

/** Reads bytes written by `serializeModel`. Weights stay in quantized units (scores are only compared). */
export function deserializeModel(bytes: Buffer): { model: AveragedPerceptron; extra: unknown } {
  const json = readModelJson(bytes);
  const model = new AveragedPerceptron(json.classes);
  model.finalize();
  const n = json.classes.length;
  for (let i = 0; i < json.features.length; i++) {
    const row = json.weights[i]!;
    const w = new Float32Array(n);
    for (let k = 0; k < row.length; k += 2) w[row[k]!] = row[k + 1]!;
    model.weights.set(json.features[i]!, w);
  }
  return { model, extra: json.extra };
}

export function saveModel(path: string, model: AveragedPerceptron, extra?: unknown): number {
  const bytes = serializeModel(model, extra);
  writeFileSync(path, bytes);
  return bytes.length;
}

export function loadModel(path: string): { model: AveragedPerceptron; extra: unknown } {
  return deserializeModel(readFileSync(path));
}

/**
 * Path of a shipped model file: models/ sits at the package root, which is
 * two folders above src/<area>/ when running from source and three above
 * dist/src/<area>/ when built.
 */
export function modelPath(file: string, fromUrl: string): string {
  let dir = dirname(fileURLToPath(fromUrl));
  for (let up = 0; up < 5; up++) {
    const p = join(dir, 'models', file);
    if (existsSync(p)) return p;
    dir = dirname(dir);
  }
  throw new Error(`model file models/${file} not found above ${fileURLToPath(fromUrl)} (run: npm run train -- ${file.split('.')[0]})`);
}

/** A shipped tagger model as loaded: the feature table, and the file's bytes to rebuild the plain model on demand. */
export interface LoadedTableModel { table: FeatureTable; classes: readonly string[]; bytes: Buffer }

/**
 * What a hashed-table tagger keeps of its model, given a plain model (training,
 * tests: quantized as the file would be, so it scores as the shipped one) or a
 * loaded one (the plain model rebuilt from `bytes` only when asked for).
 */
export function tableModelParts(model: AveragedPerceptron | LoadedTableModel): { plain: AveragedPerceptron | null; bytes: Buffer | null; table: FeatureTable; classes: readonly string[] } {
  if (model instanceof AveragedPerceptron) return { plain: model, bytes: null, table: FeatureTable.fromModel(model, QUANT_MAX), classes: model.classes };
  return { plain: null, bytes: model.bytes, table: model.table, classes: model.classes };
}
