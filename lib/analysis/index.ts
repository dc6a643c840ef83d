export { analyzeTranslation, prepareAnalysis, type Analysis, type PreparedAnalysis, type TranslationPair } from "./analyze";
export { analyzeInWorker } from "./analyze-in-worker";
export { draftFlags, fingerprint, textKey, type FlagDraft } from "./flag-drafts";
export { ALIGNMENT_VERSION, serializeAlignment, deserializeAlignment, type StoredAlignment } from "./serialize";
