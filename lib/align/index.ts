export type { Span, Paragraph, Sentence, SegmentedText, Bead, AlignedText } from "./types";
export { segment } from "./segment";
export { alignSentences, type AlignOptions } from "./alignSentences";
export { alignTexts, type AlignTextsOptions } from "./alignTexts";
