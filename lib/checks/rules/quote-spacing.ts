import type { Paragraph } from "@/lib/align/types";
import { flag, groupOfTargetOffset, sourceSpanOf, textSpan } from "../finding";
import { isUnbalanced, pairMarks, type Mark } from "../text/quotes";
import type { Check, CheckContext, Finding } from "../types";

export const quoteSpacing: Check = {
  id: "quote-spacing",
  title: "Misplaced or unpaired quotation marks",
  category: "Fluency/Punctuation",
  severity: "minor",
  description:
    "Quotation marks with the space on the wrong side (critical“ red ”level), and quotation marks or brackets " +
    "left unpaired within a paragraph where the source has them paired.",
  examples: {
    valid: [
      { source: "Отменён критический «красный» уровень.", target: "The critical “red” level has been canceled." },
      { source: "Он сказал: «Мы готовы».", target: "He said: \"We are ready\" (in Almaty)." },
    ],
    invalid: [
      {
        source: "Отменён критический «красный» уровень террористической опасности.",
        target: "The critical“ red ”level of terrorist danger has been canceled.",
        flagged: "critical“ red ”level",
        suggestion: "critical “red” level",
      },
      {
        source: "Это были самые трудные задачи.",
        target: "These were the most difficult\" tasks.",
        flagged: "\"",
      },
    ],
  },
  run(context) {
    const findings: Finding[] = [];
    for (const paragraph of context.aligned.target.paragraphs) {
      findings.push(...checkParagraph(context, paragraph));
    }
    return findings;
  },
};

function checkParagraph(context: CheckContext, paragraph: Paragraph): Finding[] {
  const text = context.aligned.target.text;
  const paragraphText = text.slice(paragraph.start, paragraph.end);
  const { pairs, unpaired } = pairMarks(paragraphText);
  const findings: Finding[] = [];
  for (const { open, close } of pairs) {
    const misplaced = misplacedSpacing(paragraphText, open, close);
    if (!misplaced) continue;
    findings.push(
      flag(quoteSpacing, {
        target: textSpan(text, paragraph.start + misplaced.start, paragraph.start + misplaced.end),
        message: "The spaces around these quotation marks are on the wrong side.",
        suggestion: misplaced.suggestion,
      }),
    );
  }
  for (const mark of unpaired) {
    const offset = paragraph.start + mark.index;
    if (continuesIntoNextParagraph(context, paragraph, mark)) continue;
    const group = groupOfTargetOffset(context, offset);
    const source = group ? sourceSpanOf(context, group) : null;
    if (source && isUnbalanced(source.text)) continue;
    findings.push(
      flag(quoteSpacing, {
        target: textSpan(text, offset, offset + mark.char.length),
        source,
        message: `This “${mark.char}” has no partner in its paragraph.`,
      }),
    );
  }
  return findings;
}

/** "critical“ red ”level": the opening mark glued to the word before, the closing one to the word after. */
function misplacedSpacing(text: string, open: Mark, close: Mark) {
  const inner = text.slice(open.index + 1, close.index);
  const gluedBefore = /[\p{L}\p{N}]$/u.test(text.slice(0, open.index));
  const gluedAfter = /^[\p{L}\p{N}]/u.test(text.slice(close.index + 1));
  const spacedInside = /^\s/u.test(inner) || /\s$/u.test(inner);
  if (!spacedInside || (!gluedBefore && !gluedAfter) || !inner.trim()) return null;
  const start = gluedBefore ? text.slice(0, open.index).search(/[\p{L}\p{N}]+$/u) : open.index;
  const afterWord = text.slice(close.index + 1).match(/^[\p{L}\p{N}]*/u)?.[0] ?? "";
  const end = close.index + 1 + afterWord.length;
  const before = text.slice(start, open.index);
  const suggestion = `${before}${before ? " " : ""}${open.char}${inner.trim()}${close.char}${afterWord ? " " : ""}${afterWord}`;
  return { start, end, suggestion };
}

/** News style opens each paragraph of a long quotation and closes only the last one. */
function continuesIntoNextParagraph(context: CheckContext, paragraph: Paragraph, mark: Mark): boolean {
  if (!/["“«„]/u.test(mark.char)) return false;
  const next = context.aligned.target.paragraphs[paragraph.index + 1];
  return next !== undefined && /^["“«„]/u.test(context.aligned.target.text.slice(next.start, next.end));
}
