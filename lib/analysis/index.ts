export { analyzeTranslation, prepareAnalysis, type Analysis, type PreparedAnalysis, type TranslationPair } from "./analyze";
export { analyzeInWorker } from "./analyze-in-worker";
export { ALIGNMENT_VERSION, serializeAlignment, deserializeAlignment, type StoredAlignment } from "./serialize";
