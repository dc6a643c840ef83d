import escapeStringRegexp from "escape-string-regexp";
import type { TextSpan } from "@/lib/align/types";
import { parseWord, wordsOf } from "@/lib/morph";
import gazetteer from "./organisations.json";

interface Organisation {
  english: string;
  /** The English name as whole words. */
  pattern: RegExp;
  /** Each Russian name as the words that must all occur: lemmas, or an abbreviation as written. */
  russian: string[][];
}

const fold = (word: string) => word.toLowerCase().replace(/ё/g, "е");
const isAbbreviation = (word: string) => word.length > 1 && word === word.toUpperCase();

const ORGANISATIONS: Organisation[] = gazetteer.organisations.map(({ english, russian }) => ({
  english,
  pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeStringRegexp(english)}(?![\\p{L}\\p{N}])`, "gu"),
  russian: russian.map((name) => name.split(" ").map((word) => (isAbbreviation(word) ? word : fold(word)))),
}));

/** The source's words as written (for abbreviations) and folded, each with its lemmas. */
function sourceWords(sourceText: string): Array<{ written: string; folded: string; lemmas: Set<string>; known: boolean }> {
  return wordsOf(sourceText).map(({ text }) => {
    const parses = parseWord(text);
    return { written: text, folded: fold(text), lemmas: new Set(parses.map((parse) => fold(parse.lemma))), known: parses.some((p) => p.known) };
  });
}

/**
 * Whether a source word is a form of the gazetteer word: the abbreviation as written, the lemma, or for a compound
 * az doesn't know (Европарламента) the word with a case ending.
 */
function isFormOf(gazetteerWord: string, word: ReturnType<typeof sourceWords>[number]): boolean {
  if (isAbbreviation(gazetteerWord)) return word.written === gazetteerWord;
  if (word.folded === gazetteerWord || word.lemmas.has(gazetteerWord)) return true;
  if (word.known) return false;
  const stem = gazetteerWord.replace(/[аяоеиыйь]$/, "");
  return word.folded.startsWith(stem) && word.folded.length - stem.length <= 3;
}

/**
 * Organisations of the gazetteer that an English text names (as whole words, capitalised as a name) although the
 * source text names them in none of their Russian ways: "the European Parliament" for «ЕР» (United Russia).
 */
export function unnamedOrganisations(englishText: string, offset: number, sourceText: string): TextSpan[] {
  const named = ORGANISATIONS.flatMap((organisation) =>
    [...englishText.matchAll(organisation.pattern)].map((m) => ({ organisation, m })),
  );
  if (named.length === 0) return [];
  const words = sourceWords(sourceText);
  const isNamed = (organisation: Organisation) => organisation.russian.some((name) => name.every((part) => words.some((word) => isFormOf(part, word))));
  return named
    .filter(({ organisation }) => !isNamed(organisation))
    .map(({ organisation, m }) => ({ start: offset + m.index, end: offset + m.index + organisation.english.length, text: organisation.english }));
}

/** The English names of the gazetteer's organisations. */
export function organisationEnglishNames(): readonly string[] {
  return ORGANISATIONS.map((organisation) => organisation.english);
}
