/** Russian morphology: az (OpenCorpora dictionaries, loaded lazily once per process) and petrovich for names. */
export { knownReadings, parseWord, type WordParse } from "./parse";
export { declinedForms, nominativeOf, obliqueForms, adjectiveBaseOf, type NameRole, type NameGender } from "./decline";
export { isCommonNounReading, isNameReading, NAME_GRAMMEMES, PERSON_GRAMMEMES } from "./name-readings";
export { morphology } from "./load";
export { wordsOf, isCapitalised, type Word } from "./words";
