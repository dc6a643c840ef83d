import type { WordParse } from "./parse";

/** What OpenCorpora marks a person's name's word with: a first name, a surname, a patronymic. */
export const PERSON_GRAMMEMES: readonly string[] = ["Name", "Surn", "Patr"];
/**
 * A person's, a place's (Geox) or an organisation's (Orgn) name's word. OpenCorpora's trademark (Trad) is left out:
 * no tag in az's dictionary carries it.
 */
export const NAME_GRAMMEMES: readonly string[] = [...PERSON_GRAMMEMES, "Geox", "Orgn"];

/**
 * A reading of a name's word, of the kind `names` lists (any name by default; PERSON_GRAMMEMES for a person's). az
 * tags a name only in its capitalised spelling (Вера: a first name and faith; вера: faith alone).
 */
export const isNameReading = (parse: WordParse, names: readonly string[] = NAME_GRAMMEMES) => names.some((g) => parse.grammemes.has(g));

/**
 * A common noun's reading the dictionary has: a noun that is no name's word of the kind `names` lists (дом, эхо;
 * not Марии as Мария's, nor Москвы). English translates such a word where it transliterates a name.
 */
export const isCommonNounReading = (parse: WordParse, names: readonly string[] = NAME_GRAMMEMES) =>
  parse.known && parse.pos === "NOUN" && !isNameReading(parse, names);
