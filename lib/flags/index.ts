export { currentFlags, flagFilterSchema, toFlagJson, type FlagJson } from "./queries";
export { storeFlags } from "./store-flags";
export { dismissFlag, dismissFlagSchema } from "./dismiss-flag";
export { statsByCheck, type CheckStats } from "./check-stats";
export { rerunChecks } from "./rerun-checks";
