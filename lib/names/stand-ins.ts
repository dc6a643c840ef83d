import type { TextSpan } from "@/lib/align/types";
import { isDictionaryWord } from "@/lib/lexicon";
import { analyseNames } from "./analysis";
import type { ArticleContext } from "./types";

// What may precede a sentence's first word: its start, a sentence end, a bullet, a quote, a bracket or a dash.
const OPENS_SENTENCE = /(?:^|[.!?…:;]["'»”)]*\s+|\s[-–—]\s+)[^\p{L}\p{N}]*$/u;

/**
 * English words of a group that may stand for a source name English translates rather than transliterates (PRC for
 * КНР, Defence Ministry for Минобороны, Pope for Папа Римский): capitalised words no source name accounts for, but
 * "I" and a common word capitalised because it opens a sentence ("The", "Please").
 */
export function standIns(context: ArticleContext, group: number): TextSpan[] {
  const text = context.aligned.target.text;
  const isCommonWord = (word: TextSpan) =>
    word.text === "I" || (OPENS_SENTENCE.test(text.slice(Math.max(0, word.start - 8), word.start)) && isDictionaryWord(word.text.toLowerCase()));
  return (analyseNames(context).unmatchedTargetWords.get(group) ?? []).filter((word) => !isCommonWord(word));
}
