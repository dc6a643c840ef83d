import { splitParagraphs } from "./paragraphs";
import { splitSentences } from "./sentences";
import type { Paragraph, SegmentedText, Sentence } from "./types";

/**
 * Splits `text` into paragraphs and sentences. Offsets are UTF-16 offsets into `text` itself
 * (nothing is normalised); spans exclude surrounding whitespace.
 */
export function segment(text: string, lang: string): SegmentedText {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const span of splitParagraphs(text)) {
    const paragraph = paragraphs.length;
    paragraphs.push({ ...span, index: paragraph });
    for (const { start, end } of splitSentences(text, span, lang)) {
      sentences.push({ start, end, index: sentences.length, paragraph, text: text.slice(start, end) });
    }
  }
  return { lang, text, paragraphs, sentences };
}
