import type { AlignedGroup } from "@/lib/align/types";
import { hasWord, isBuiltInWord } from "@/lib/lexicon";
import { isNameReading, parseWord } from "@/lib/morph";
import { acceptedNameTokens } from "@/lib/names";
import type { CheckContext } from "../types";
import { readsAsTransliteration, rendersFaithfully, modelRenders, transliterationDistance } from "./transliteration";

/**
 * Lower-cased words of this article that are right although an English dictionary lacks them: glossary targets, and
 * words the source itself writes in Latin letters (a site name, a quoted English title). The built-in words are
 * asked of apart: copying their thousands into each article's set cost more than the rest of the lookup.
 */
function articleWords(context: CheckContext): Set<string> {
  return context.memo("known-article-words", () => {
    const words = new Set<string>();
    for (const entry of context.glossary) addWordsOf(entry.target, words);
    addWordsOf(context.aligned.source.text, words);
    return words;
  });
}

/** Lower-cased words the source itself writes in Latin letters: a site or product name, a quoted English title. */
export function sourceLatinWords(context: CheckContext): Set<string> {
  return context.memo("source-latin-words", () => {
    const words = new Set<string>();
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

/**
 * Whether the word (any case, possessive or not) is right in this article although a dictionary lacks it: one of the
 * built-in regional and news words, or of the article's own (see `articleWords`).
 */
export function isKnownArticleWord(context: CheckContext, word: string): boolean {
  return isBuiltInWord(word) || hasWord(articleWords(context), word);
}

/** Whether the word is a name of this article by `lib/names`: a spelling of a source name, or the word matched to one. */
export function isNameWord(context: CheckContext, word: string): boolean {
  return hasWord(acceptedNameTokens(context), word);
}

/** The words of the group's source sentences the word reads as a transliteration of (a name, a term, a realia word). */
export function sourceWordsTransliterated(group: AlignedGroup | undefined, word: string): string[] {
  if (!group) return [];
  return sourceCyrillicWords(group).filter((russian) => readsAsTransliteration(word, russian));
}

/**
 * Per group, its source's distinct Cyrillic words of three letters or more: asked for again for each unknown English
 * word. Distinct, as a long source repeating its words would otherwise hold each English word against every repeat.
 */
const cyrillicWords = new WeakMap<AlignedGroup, string[]>();

function sourceCyrillicWords(group: AlignedGroup): string[] {
  let words = cyrillicWords.get(group);
  if (!words) {
    words = [...new Set(group.source.flatMap((sentence) => [...sentence.text.matchAll(/\p{Script=Cyrillic}{3,}/gu)].map((match) => match[0])))];
    cyrillicWords.set(group, words);
  }
  return words;
}

/**
 * The names of the group's source sentences that the word renders by the learned name model: capitalised words, but a
 * sentence's first word only when the dictionary reads it as a name or does not know it (Юн, not Калька).
 */
export function sourceNamesRendered(group: AlignedGroup | undefined, word: string): string[] {
  return group ? sourceNames(group).filter((russian) => modelRenders(word, russian)) : [];
}

/**
 * Per group, its source's distinct names in that sense: asked for again for each capitalised English word the
 * dictionary lacks, and a sentence of thousands of names was read anew (and each repeat modelled) for each.
 */
const groupNames = new WeakMap<AlignedGroup, string[]>();

function sourceNames(group: AlignedGroup): string[] {
  let names = groupNames.get(group);
  if (!names) {
    const found = group.source.flatMap((sentence) =>
      [...sentence.text.matchAll(/(?<!\p{L})(?=\p{Lu})\p{Script=Cyrillic}{2,}/gu)]
        .filter((match) => /[\p{L}\p{N}]/u.test(sentence.text.slice(0, match.index)) || readsAsName(match[0]))
        .map((match) => match[0]),
    );
    names = [...new Set(found)];
    groupNames.set(group, names);
  }
  return names;
}

function readsAsName(russian: string): boolean {
  const [best] = parseWord(russian);
  return !best || !best.known || isNameReading(best);
}

/**
 * Whether a word that reads as a transliteration of source words is rather a slip in `intended`, the English word one
 * slip away: for every such source word, the English word renders it more closely ("sttus", "status" for статус), or
 * as closely while the written word is no faithful transliteration either ("refors", "reforms" for реформах). A
 * faithful one, a scheme's spelling or English usage (Zenit for Зенит, reddit for редит), stays a rendering whatever
 * dictionary word it lies a slip from.
 */
export function isSlipInCognate(written: string, intended: string, russianWords: readonly string[]): boolean {
  return russianWords.every((russian) => {
    const writtenDistance = transliterationDistance(written, russian);
    const intendedDistance = transliterationDistance(intended, russian);
    return intendedDistance < writtenDistance || (intendedDistance === writtenDistance && !rendersFaithfully(written, russian));
  });
}

/** The words, the closest renderings of the source words first (a stable sort: ties keep their order). */
export function closestRenderings(words: readonly string[], russianWords: readonly string[]): string[] {
  const closeness = (word: string) => Math.min(...russianWords.map((russian) => transliterationDistance(word, russian)));
  return [...words].sort((a, b) => closeness(a) - closeness(b));
}
