export { analyzeTranslation, type Analysis, type TranslationPair } from "./analyze";
export { ALIGNMENT_VERSION, serializeAlignment, deserializeAlignment, type StoredAlignment } from "./serialize";
