import type { TextSpan } from "@/lib/align/types";
import { englishMonth, FUNCTION_WORDS } from "@/lib/lexicon";
import { analyseNames } from "./analysis";
import type { ArticleContext } from "./types";

// What may precede a sentence's first word: its start, a sentence end, a bullet, a quote, a bracket or a dash.
const OPENS_SENTENCE = /(?:^|[.!?…:;]["'»”)]*\s+|\s[-–—]\s+)[^\p{L}\p{N}]*$/u;

/** Whether the word opens its sentence (after a bullet, quote, bracket or dash at most). */
export const opensSentence = (text: string, word: TextSpan) => OPENS_SENTENCE.test(text.slice(Math.max(0, word.start - 8), word.start));

/**
 * English words of a group that may stand for a source name English translates rather than transliterates (PRC for
 * КНР, Treasury for Минфина, Pope for Папа Римский): capitalised words no source name accounts for, but "I" and a
 * function word capitalised because it opens a sentence ("The", "When"), and a month's name (a date's, capitalised in
 * English only). Another word opening a sentence may be the translation ("Treasury officials objected").
 */
export function standIns(context: ArticleContext, group: number): TextSpan[] {
  const text = context.aligned.target.text;
  const isFunctionWord = (word: TextSpan) =>
    word.text === "I" || (FUNCTION_WORDS.has(word.text.toLowerCase()) && opensSentence(text, word));
  return (analyseNames(context).unmatchedTargetWords.get(group) ?? []).filter((word) => !isFunctionWord(word) && englishMonth(word.text) === undefined);
}
