/**
 * Pairing an original with its translation.
 *
 * - `segment(text, lang)`: paragraphs (blank lines, or lines that stand as blocks) and sentences, as
 *   UTF-16 offsets into the untouched text.
 * - `alignSentences(source, target, options)`: beads (1-1, 1-2, 2-1, 2-2, 1-3, 1-4, 3-1, 1-0, 0-1)
 *   covering both sentence lists in order; a 1-0 bead is a possible omission.
 * - `alignTexts(sourceText, targetText, { sourceLang, targetLang })`: both of the above.
 */
export type { Span, Paragraph, Sentence, SegmentedText, Bead, AlignedText } from "./types";
export { segment } from "./segment";
export { alignSentences, type AlignOptions } from "./alignSentences";
export { alignTexts, type AlignTextsOptions } from "./alignTexts";
