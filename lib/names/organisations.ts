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

/** Whether the gazetteer names an organisation by this abbreviation alone (ООН, ЕСПЧ). */
export const isOrganisationAbbreviation = (word: string) => ORGANISATIONS.some(({ russian }) => russian.some((name) => name.length === 1 && name[0] === word));

/**
 * Where a text names the organisation by its English name. A plain substring test first: most sentences name none of
 * the gazetteer's organisations, and the pattern's look-behind makes its scan of a sentence slow.
 */
function namesIn(text: string, organisation: Organisation): RegExpExecArray[] {
  return text.includes(organisation.english) ? [...text.matchAll(organisation.pattern)] : [];
}

/** The source's words as written (for abbreviations) and folded, each with its lemmas. */
function sourceWords(sourceText: string, offset = 0): Array<{ written: string; folded: string; lemmas: Set<string>; known: boolean; span: TextSpan }> {
  return wordsOf(sourceText, offset).map((span) => {
    const parses = parseWord(span.text);
    return { written: span.text, folded: fold(span.text), lemmas: new Set(parses.map((parse) => fold(parse.lemma))), known: parses.some((p) => p.known), span };
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
  const named = ORGANISATIONS.flatMap((organisation) => namesIn(englishText, organisation).map((m) => ({ organisation, m })));
  if (named.length === 0) return [];
  const words = sourceWords(sourceText);
  return named
    .filter(({ organisation }) => namingWords(organisation, words).length === 0)
    .map(({ organisation, m }) => ({ start: offset + m.index, end: offset + m.index + organisation.english.length, text: organisation.english }));
}

/** The source words that name the organisation in one of its Russian ways (none if it isn't named). */
function namingWords(organisation: Organisation, words: ReturnType<typeof sourceWords>): TextSpan[] {
  for (const name of organisation.russian) {
    const found = name.map((part) => words.find((word) => isFormOf(part, word)));
    if (found.every(Boolean)) return found.map((word) => word!.span);
  }
  return [];
}

/** A gazetteer organisation named in both texts: its English name in the translation, the Russian words that name it. */
export interface OrganisationInBoth {
  target: TextSpan;
  source: TextSpan[];
}

/**
 * Gazetteer organisations the translation names by their English name and the source in one of their Russian ways
 * ("Federation Council" for Совфед, "United Russia" for «ЕР»): those words render each other, whatever they spell.
 */
export function organisationsInBoth(target: readonly TextSpan[], source: readonly TextSpan[]): OrganisationInBoth[] {
  const known = inBothOf.get(target);
  if (known?.source === source) return known.found;
  const found = findOrganisationsInBoth(target, source);
  inBothOf.set(target, { source, found });
  return found;
}

/**
 * Per aligned group (by its sentence arrays): the organisations in both, found once. name-missing and name-unexpected
 * both ask, and each gazetteer pattern is a pass over every sentence.
 */
const inBothOf = new WeakMap<readonly TextSpan[], { source: readonly TextSpan[]; found: OrganisationInBoth[] }>();

function findOrganisationsInBoth(target: readonly TextSpan[], source: readonly TextSpan[]): OrganisationInBoth[] {
  // The source's words (each parsed) only where the translation names an organisation at all.
  let words: ReturnType<typeof sourceWords> | null = null;
  return target.flatMap((sentence) =>
    ORGANISATIONS.flatMap((organisation) => {
      const naming = namesIn(sentence.text, organisation);
      if (naming.length === 0) return [];
      words ??= source.flatMap((s) => sourceWords(s.text, s.start));
      const named = namingWords(organisation, words);
      if (named.length === 0) return [];
      return naming.map((m) => {
        const start = sentence.start + m.index;
        return { target: { start, end: start + m[0].length, text: m[0] }, source: named };
      });
    }),
  );
}

/** The English names of the gazetteer's organisations. */
export function organisationEnglishNames(): readonly string[] {
  return ORGANISATIONS.map((organisation) => organisation.english);
}
