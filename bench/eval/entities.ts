/**
 * Named entities without a tagger (DEMETR used spaCy): maximal runs of capitalised words, optionally joined by
 * "of" (Ministry of Defence), skipping the word a sentence opens with (after a bullet, quote or dash too), "I",
 * month and day names, capitalised closed-class words (The, When) and shouted words (PORN: a dictionary word in
 * capitals, unlike NATO). It misses lower-case entities and collects capitalised common words of titles.
 */
import { isDictionaryWord } from "@/lib/lexicon";
import { CLOSED_CLASS } from "./closed-class";

export interface Entity {
  start: number;
  end: number;
  text: string;
}

export type EntityShape = "acronym" | "one word" | "several words";

const MONTHS_AND_DAYS = new Set([
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
  "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
]);

// Dotted abbreviations (U.S.) or letters and digits, hyphens and apostrophes inside (Al-Qaeda, O'Brien, COVID-19).
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/u;
// Whatever precedes the first letter of a sentence: a bullet (·, >, -), a quote, a bracket.
const SENTENCE_START = /(?:^|[.!?…:]["'»”)]*\s|\s[-–—]\s)[^\p{L}\p{N}]*$/u;

function mayBeName(word: string): boolean {
  if (!/^\p{Lu}/u.test(word) || MONTHS_AND_DAYS.has(word)) return false;
  const lower = word.toLowerCase();
  if (CLOSED_CLASS.has(lower) || /^i(?:['’](?:m|ve|ll|d))?$/.test(lower)) return false;
  const shouted = word.length >= 4 && word === word.toUpperCase() && isDictionaryWord(lower);
  return !shouted;
}

interface Word {
  start: number;
  end: number;
  nameLike: boolean;
  opensSentence: boolean;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => {
    const word = match[0].replace(POSSESSIVE, "");
    return {
      start: match.index,
      end: match.index + word.length,
      nameLike: mayBeName(word),
      opensSentence: SENTENCE_START.test(text.slice(0, match.index)),
    };
  });
}

/** The next word continues a run when only a space, or " of ", separates it from the run. */
const continuesRun = (text: string, run: Word[], next: Word) => /^(?: | of )$/.test(text.slice(run.at(-1)!.end, next.start));

export function findEntities(text: string): Entity[] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  for (const word of wordsOf(text)) {
    if (word.nameLike && run.length > 0 && continuesRun(text, run, word) && !word.opensSentence) run.push(word);
    else {
      if (run.length) runs.push(run);
      run = word.nameLike ? [word] : [];
    }
  }
  if (run.length) runs.push(run);
  return runs
    .map((words) => (words[0].opensSentence ? words.slice(1) : words))
    .filter((words) => words.length > 0)
    .map((words) => {
      const start = words[0].start;
      const end = words.at(-1)!.end;
      return { start, end, text: text.slice(start, end) };
    });
}

/** A stand-in for spaCy's entity types, so a replacement has the form of what it replaces. */
export function entityShape(entity: string): EntityShape {
  if (/\s/.test(entity)) return "several words";
  return /^[\p{Lu}\d.&-]{2,}$/u.test(entity) ? "acronym" : "one word";
}
