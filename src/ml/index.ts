/**
 * Learning machinery shared by whosaid's models: an averaged perceptron over
 * string features, a greedy sequence tagger on top of it, feature helpers,
 * seeded randomness and compact model files.
 */
export { AveragedPerceptron, argmax } from './perceptron.js';
export { GreedyTagger, type FeatureFn, type TaggerSpec, type TrainOptions } from './tagger.js';
export { normalizeWord, shortShape, wordShape, isAllCaps, isCapitalized } from './features.js';
export { deserializeModel, loadModel, modelPath, saveModel, serializeModel } from './model-file.js';
export { seededRandom, shuffleInPlace } from './rng.js';
export { FeatureTable, template, type Template } from './feature-table.js';
