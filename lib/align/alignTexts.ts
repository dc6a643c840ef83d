import { alignSentences } from "./alignSentences";
import { segment } from "./segment";
import type { AlignedText } from "./types";

export interface AlignTextsOptions {
  sourceLang: string;
  targetLang: string;
}

/**
 * Segments both texts and aligns their sentences. Paragraph starts that coincide on both sides
 * nudge the alignment, but nothing requires the two texts to have the same paragraphs.
 */
export function alignTexts(sourceText: string, targetText: string, options: AlignTextsOptions): AlignedText {
  const source = segment(sourceText, options.sourceLang);
  const target = segment(targetText, options.targetLang);
  const beads = alignSentences(
    source.sentences.map((s) => s.text),
    target.sentences.map((s) => s.text),
    {
      sourceLang: options.sourceLang,
      targetLang: options.targetLang,
      sourceParagraphs: source.sentences.map((s) => s.paragraph),
      targetParagraphs: target.sentences.map((s) => s.paragraph),
    },
  );
  return { source, target, beads };
}
