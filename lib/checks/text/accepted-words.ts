import { acceptedNameTokens } from "@/lib/names";
import englishExtraWords from "../data/english-extra-words.json";
import regionalWords from "../data/regional-words.json";
import type { AlignedGroup, CheckContext } from "../types";
import { readsAsTransliteration } from "./transliteration";

const BUILT_IN = new Set([...regionalWords.words, ...englishExtraWords.words]);

/**
 * Lower-cased words that are right in this article although an English dictionary lacks them: names
 * from the source, glossary targets, words the source itself writes in Latin letters, and the
 * built-in lists of regional and news words.
 */
export function acceptedWords(context: CheckContext): Set<string> {
  return context.memo("accepted-words", () => {
    const words = new Set<string>(BUILT_IN);
    for (const token of acceptedNameTokens(context)) words.add(token.toLowerCase());
    for (const entry of context.glossary) addWordsOf(entry.target, words);
    addWordsOf(context.aligned.source.text, words);
    return words;
  });
}

function addWordsOf(text: string, words: Set<string>): void {
  for (const match of text.matchAll(/[\p{Script=Latin}'’-]+/gu)) {
    const word = match[0].toLowerCase().replace(/’/g, "'").replace(/^['-]+|['-]+$/g, "");
    if (!word) continue;
    words.add(word);
    for (const part of word.split("-")) words.add(part);
  }
}

/** Whether the word (any case, possessive or not) is accepted in this article. */
export function isAcceptedWord(context: CheckContext, word: string): boolean {
  const accepted = acceptedWords(context);
  const lower = word.toLowerCase().replace(/’/g, "'");
  return accepted.has(lower) || accepted.has(lower.replace(/'s?$/, ""));
}

/** Whether the word transliterates a word of the group's source sentences (a name, a term, a realia word). */
export function isTransliteratedFromSource(group: AlignedGroup | undefined, word: string): boolean {
  if (!group) return false;
  return group.source.some((sentence) =>
    [...sentence.text.matchAll(/\p{Script=Cyrillic}{3,}/gu)].some((match) => readsAsTransliteration(word, match[0])),
  );
}
