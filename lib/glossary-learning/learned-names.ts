import { looksLikeName } from "@/lib/corrections/occurrences";
import { wordDiff } from "@/lib/corrections/word-diff";
import type { SentenceChange } from "@/lib/corrections/touched-sentences";
import { findSourceNames, matchWord, type NameWord } from "@/lib/names";

/** A name an approved correction taught: its source dictionary form, the approved English form, and the form it replaced. */
export interface LearnedName {
  source: string;
  target: string;
  wrongForm: string;
}

/** A flag the correction settles, in base-revision offsets (as stored). */
export interface SettledFlag {
  check: string;
  targetStart: number;
  targetEnd: number;
  sourceText: string | null;
}

/** The checks about names: a correction that settles one of their flags corrects a name. */
export const isNameCheck = (check: string) => check.startsWith("name-") || check === "glossary";

interface Replacement {
  removed: string;
  added: string;
  /** Offsets of `removed` in the sentence before. */
  start: number;
  end: number;
}

/** The phrases a sentence change replaces, word by word: a deletion next to an insertion. */
function replacements(before: string, after: string): Replacement[] {
  const found: Replacement[] = [];
  const parts = wordDiff(before, after);
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const next = parts[i + 1];
    if (part.op === "delete" && next?.op === "insert") {
      const lead = part.text.length - part.text.trimStart().length;
      found.push({ removed: part.text.trim(), added: next.text.trim(), start: at + lead, end: at + lead + part.text.trim().length });
      i++;
    } else if (part.op === "insert" && next?.op === "delete") {
      const lead = next.text.length - next.text.trimStart().length;
      found.push({ removed: next.text.trim(), added: part.text.trim(), start: at + lead, end: at + lead + next.text.trim().length });
      at += next.text.length;
      i++;
      continue;
    }
    if (part.op !== "insert") at += part.text.length;
  }
  return found;
}

/** "аскар" written as the source word was: Аскар; "касым-жомарт" → Касым-Жомарт; an abbreviation stays in capitals. */
function writtenLike(nominative: string, word: string): string {
  if (word.length > 1 && word === word.toUpperCase()) return nominative.toUpperCase();
  return nominative.replace(/(^|-)(\p{L})/gu, (_, dash: string, letter: string) => dash + letter.toUpperCase());
}

/** The source word that the English word renders best, if any renders it. */
function bestSourceWord(words: NameWord[], english: string) {
  let best: { word: NameWord; nominative: string; score: number } | null = null;
  for (const word of words) {
    const match = matchWord(word, english);
    if (match && (!best || match.score > best.score)) best = { word, nominative: match.nominative, score: match.score };
  }
  return best;
}

/**
 * The names a correction's sentence changes fix: each replaced phrase that is a name on both sides ("Askara Umarova"
 * → "Askar Umarov", "Tokaev" → "Tokayev"), paired word by word with the words of the original sentence's names that
 * the new English renders. Where a name flag covers the phrase, only the name it found in the source is taken.
 */
export function learnedNames(changes: readonly SentenceChange[], flags: readonly SettledFlag[]): LearnedName[] {
  const learned = new Map<string, LearnedName>();
  for (const change of changes) {
    const named = replacements(change.before, change.after).filter((r) => looksLikeName(r.removed) && looksLikeName(r.added));
    // The morphology runs only for a change of names.
    const names = named.length ? findSourceNames(change.source, 0) : [];
    for (const replacement of named) {
      const start = change.start + replacement.start;
      const end = change.start + replacement.end;
      const flagged = flags.find((f) => isNameCheck(f.check) && f.sourceText && f.targetStart < end && start < f.targetEnd)?.sourceText;
      const candidates = names.filter((name) => !flagged || flagged.includes(name.text) || name.text.includes(flagged)).flatMap((name) => name.words);
      const removedWords = replacement.removed.split(/\s+/);
      const addedWords = replacement.added.split(/\s+/);
      if (removedWords.length !== addedWords.length) continue;
      addedWords.forEach((target, i) => {
        if (target === removedWords[i]) return;
        const source = bestSourceWord(candidates, target);
        if (!source) return;
        const entry = { source: writtenLike(source.nominative, source.word.text), target: target.replace(/['’]s$/, ""), wrongForm: removedWords[i].replace(/['’]s$/, "") };
        learned.set(`${entry.source}\u0000${entry.target}`, entry);
      });
    }
  }
  return [...learned.values()];
}
