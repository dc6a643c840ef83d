import type { AlignedGroup } from "@/lib/align/types";
import { BUILT_IN_WORDS, hasWord } from "@/lib/lexicon";
import { acceptedNameTokens } from "@/lib/names";
import type { CheckContext } from "../types";
import { readsAsTransliteration } from "./transliteration";

/**
 * Lower-cased words that are right in this article although an English dictionary lacks them: the
 * built-in lists of regional and news words, glossary targets, and words the source itself writes in
 * Latin letters (a site name, a quoted English title).
 */
export function knownArticleWords(context: CheckContext): Set<string> {
  return context.memo("known-article-words", () => {
    const words = new Set<string>(BUILT_IN_WORDS);
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

/** Whether the word (any case, possessive or not) is one of the article's known words. */
export function isKnownArticleWord(context: CheckContext, word: string): boolean {
  return hasWord(knownArticleWords(context), word);
}

/** Whether the word is a name of this article by `lib/names`: a spelling of a source name, or the word matched to one. */
export function isNameWord(context: CheckContext, word: string): boolean {
  return hasWord(acceptedNameTokens(context), word);
}

/** Whether the word transliterates a word of the group's source sentences (a name, a term, a realia word). */
export function isTransliteratedFromSource(group: AlignedGroup | undefined, word: string): boolean {
  if (!group) return false;
  return group.source.some((sentence) =>
    [...sentence.text.matchAll(/\p{Script=Cyrillic}{3,}/gu)].some((match) => readsAsTransliteration(word, match[0])),
  );
}
