import escapeStringRegexp from "escape-string-regexp";
import { isCapitalised, knownReadings, parseWord, wordsOf, type Word } from "@/lib/morph";
import type { GlossaryEntry } from "./types";

/** A glossary term found in a Russian text, with every entry that shares its source (alternative renderings). */
export interface TermOccurrence {
  entries: GlossaryEntry[];
  start: number;
  end: number;
  text: string;
}

interface TermWord {
  form: string;
  /** Capitalised terms are names: "Спутник" the agency, not "спутник" the satellite. */
  capitalised: boolean;
  /** Also a common word ("спутник"): at the start of a sentence, where everything is capitalised, it isn't the name. */
  common: boolean;
  /** Abbreviations (ОДКБ) do not decline. */
  indeclinable: boolean;
  lemmas: Set<string>;
  /** The form without a final vowel or soft sign, to which a case ending is added ("Нур-Султан" → "нур-султан"). */
  stem: string;
}

interface CompiledTerm {
  words: TermWord[];
  entries: GlossaryEntry[];
}

// Case endings of nouns and surnames (not -ов/-ев, which make a different surname: Рахмон → Рахмонов).
const CASE_ENDINGS = new Set(["а", "я", "у", "ю", "ом", "ем", "ём", "ой", "ей", "е", "и", "ы", "ам", "ям", "ами", "ями", "ах", "ях", "ым", "им"]);

const fold = (word: string) => word.toLowerCase().replace(/ё/g, "е");

function compileWord(word: string): TermWord {
  const form = fold(word);
  return {
    form,
    capitalised: isCapitalised(word),
    common: knownReadings(word.toLowerCase()).some((p) => !["Name", "Surn", "Geox", "Orgn"].some((g) => p.grammemes.has(g))),
    indeclinable: word.length > 1 && word === word.toUpperCase(),
    lemmas: new Set(parseWord(word).filter((p) => p.case === "nomn" || p.case === null).map((p) => p.lemma)),
    stem: form.replace(/[аяоеиыйь]$/, ""),
  };
}

/** Terms indexed by the first two letters of their first word, which every case form shares. */
type TermIndex = Map<string, CompiledTerm[]>;

const compiled = new WeakMap<readonly GlossaryEntry[], TermIndex>();
const indexKey = (word: string) => fold(word).slice(0, 2);

function compile(glossary: readonly GlossaryEntry[]): TermIndex {
  let index = compiled.get(glossary);
  if (!index) {
    const bySource = new Map<string, GlossaryEntry[]>();
    for (const entry of glossary) {
      const key = entry.source.trim();
      bySource.set(key, [...(bySource.get(key) ?? []), entry]);
    }
    index = new Map();
    for (const [source, entries] of bySource) {
      const words = wordsOf(source).map((w) => compileWord(w.text));
      if (words.length === 0) continue;
      const key = indexKey(words[0].form);
      index.set(key, [...(index.get(key) ?? []), { words, entries }]);
    }
    compiled.set(glossary, index);
  }
  return index;
}

/** Whether a word of the text is the term word in some case form: Россотрудничества, Садыром, Нур-Султане. */
function isFormOf(term: TermWord, word: string): boolean {
  if (term.capitalised && !isCapitalised(word)) return false;
  const form = fold(word);
  if (form === term.form) return true;
  if (term.indeclinable || !form.startsWith(term.stem)) return false;
  if (CASE_ENDINGS.has(form.slice(term.stem.length))) return true;
  // Singular readings only: "Рахмонов" is also the genitive plural of Рахмон, but it is another surname.
  return parseWord(word).some((p) => p.number !== "plur" && term.lemmas.has(p.lemma));
}

/**
 * Every occurrence of a glossary term in a Russian text (a sentence), in any case form; offsets shifted by `offset`.
 * A capitalised term that is also a common word is not matched as the sentence's first word.
 */
export function findTerms(text: string, glossary: readonly GlossaryEntry[], offset = 0): TermOccurrence[] {
  const index = compile(glossary);
  if (index.size === 0) return [];
  const words = wordsOf(text, offset);
  const found: TermOccurrence[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const term of index.get(indexKey(words[i].text)) ?? []) {
      const span = words.slice(i, i + term.words.length);
      const ambiguousStart = i === 0 && term.words.length === 1 && term.words[0].capitalised && term.words[0].common;
      if (!ambiguousStart && span.length === term.words.length && span.every((w, k) => isFormOf(term.words[k], w.text))) {
        found.push(occurrence(text, offset, span, term.entries));
      }
    }
  }
  return found;
}

function occurrence(text: string, offset: number, span: Word[], entries: GlossaryEntry[]): TermOccurrence {
  const start = span[0].start;
  const end = span[span.length - 1].end;
  return { entries, start, end, text: text.slice(start - offset, end - offset) };
}

/**
 * Where an English form occurs as whole words (any letter case; possessive allowed; a demonym made from it too:
 * Belarusian, Kazakhstani), or -1.
 */
export function indexOfForm(englishText: string, form: string): number {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${form.split(/[ -]/).map(escapeStringRegexp).join("[ -]")}(?:ians?|ans?|is?|ese)?(?![\\p{L}\\p{N}]|-\\p{L})`, "iu");
  return englishText.search(pattern);
}
