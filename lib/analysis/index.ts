export { analyzeTranslation, type Analysis, type TranslationPair } from "./analyze";
export { analyzeInWorker } from "./analyze-in-worker";
export { ALIGNMENT_VERSION, serializeAlignment, deserializeAlignment, type StoredAlignment } from "./serialize";
