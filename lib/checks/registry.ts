import { gluedWord } from "./rules/glued-word";
import { nonWord } from "./rules/non-word";
import type { Check } from "./types";

/** Every check Errata runs, in reporting order. Adding a check: import it and add one entry. */
export const checks: Check[] = [
  gluedWord,
  nonWord,
];
