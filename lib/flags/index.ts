export { currentFlags, flagFilterSchema, toFlagJson, type FlagJson } from "./queries";
export { storeFlags, draftFlags, type FlagDraft } from "./store-flags";
export { fingerprint, textKey } from "./fingerprint";
export { dismissFlag, dismissFlagSchema } from "./dismiss-flag";
export { statsByCheck, type CheckStats } from "./check-stats";
export { rerunChecks } from "./rerun-checks";
