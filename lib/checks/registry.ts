import { brokenDomain } from "./rules/broken-domain";
import { droppedLetter } from "./rules/dropped-letter";
import { danglingAbbreviation } from "./rules/dangling-abbreviation";
import { glossary } from "./rules/glossary";
import { missingWord } from "./rules/missing-word";
import { gluedWord } from "./rules/glued-word";
import { nameCase } from "./rules/name-case";
import { nameInconsistent } from "./rules/name-inconsistent";
import { nameLiteral } from "./rules/name-literal";
import { nameMissing } from "./rules/name-missing";
import { nameUnexpected } from "./rules/name-unexpected";
import { nonWord } from "./rules/non-word";
import { numberMismatch } from "./rules/number-mismatch";
import { omission } from "./rules/omission";
import { quoteSpacing } from "./rules/quote-spacing";
import { repeatedWord } from "./rules/repeated-word";
import { strayPunctuation } from "./rules/stray-punctuation";
import { untranslated } from "./rules/untranslated";
import type { Check } from "./types";

/** Every check Errata runs, in reporting order. Adding a check: import it and add one entry. */
export const checks: Check[] = [
  gluedWord,
  nonWord,
  droppedLetter,
  danglingAbbreviation,
  quoteSpacing,
  brokenDomain,
  repeatedWord,
  missingWord,
  strayPunctuation,
  untranslated,
  numberMismatch,
  omission,
  nameCase,
  nameInconsistent,
  nameLiteral,
  nameMissing,
  nameUnexpected,
  glossary,
];
