export type { Span, Paragraph, Sentence, SegmentedText, Bead, AlignedText } from "./types";
export { segment } from "./segment";
