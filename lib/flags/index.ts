export { currentFlags, toFlagJson, type FlagJson } from "./queries";
export { storeFlags } from "./store-flags";
export { fingerprint, textKey } from "./fingerprint";
export { dismissFlag, dismissFlagSchema } from "./dismiss-flag";
