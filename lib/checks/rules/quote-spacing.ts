import type { AlignedGroup, TextSpan } from "@/lib/align/types";
import { flag, groupOfTargetOffset, sourceSpanOf, textSpan } from "../finding";
import { isUnbalanced, pairMarks, type Mark } from "../text/quotes";
import type { Check, CheckContext, Finding } from "../types";
import { textBefore } from "@/lib/text";

export const quoteSpacing: Check = {
  id: "quote-spacing",
  title: "Misplaced or unpaired quotation marks",
  category: "Fluency/Punctuation",
  severity: "minor",
  description:
    "Quotation marks with a space inside them (critical“ red ”level, “the best in the world ”), and quotation marks or brackets " +
    "left unpaired (a quotation may run over paragraphs, each reopening it) where the source has them paired; also " +
    "quotation marks against the words outside them (company“Samruk”announced), doubled ones (\"\"Samruk\"\") and the " +
    "Russian « » kept (English quotes with “ ”).",
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
    const text = context.aligned.target.text;
    const { pairs, unpaired } = pairMarks(text, context.aligned.target.paragraphs.map((p) => p.start));
    const findings: Finding[] = [];
    const breaksBetween = lineBreaksBetween(text);
    const russian: Array<{ open: Mark; close: Mark }> = [];
    for (const { open, close } of pairs) {
      const misplaced = misplacedSpacing(text, open, close, breaksBetween);
      if (!misplaced) {
        if (open.char === "«" && close.index - open.index <= LONGEST_QUOTATION && !breaksBetween(open.index, close.index)) russian.push({ open, close });
        continue;
      }
      findings.push(
        flag(quoteSpacing, {
          target: textSpan(text, misplaced.start, misplaced.end),
          message: "The spaces around these quotation marks are on the wrong side.",
          suggestion: misplaced.suggestion,
        }),
      );
    }
    // Pairs close inner first: a pair is enclosed by one found after it that opens before it; only the outermost is
    // flagged. Read back from the last, the earliest opening so far tells.
    let earliestOpen = Infinity;
    const outermost = russian.reverse().filter((pair) => {
      const outer = pair.open.index < earliestOpen;
      earliestOpen = Math.min(earliestOpen, pair.open.index);
      return outer;
    });
    findings.push(...outermost.reverse().map((pair) => guillemets(text, pair.open, pair.close)));
    // Per group, once: a long sentence of many unpaired marks re-read its whole source for each of them.
    const sources = new Map<AlignedGroup | undefined, { source: TextSpan | null; unbalanced: boolean }>();
    const sourceOf = (group: AlignedGroup | undefined) => {
      let side = sources.get(group);
      if (!side) {
        const source = group ? sourceSpanOf(context, group) : null;
        side = { source, unbalanced: source !== null && isUnbalanced(source.text) };
        sources.set(group, side);
      }
      return side;
    };
    for (const mark of unpaired) {
      const { source, unbalanced } = sourceOf(groupOfTargetOffset(context, mark.index));
      if (unbalanced) continue;
      findings.push(
        flag(quoteSpacing, {
          target: textSpan(text, mark.index, mark.index + mark.char.length),
          source,
          message: `This “${mark.char}” has no partner.`,
        }),
      );
    }
    // An unpaired mark of a doubled pair is that pair's: the doubled flag says which mark to drop.
    const doubled = doubledMarks(context);
    const inDoubled = (finding: Finding) => doubled.some((d) => d.target.start <= finding.target.start && finding.target.end <= d.target.end);
    return [...findings.filter((finding) => !inDoubled(finding)), ...doubled];
  },
};

/** «Samruk» kept from the Russian: English quotes with “ ”, and a quotation inside one with ‘ ’. */
function guillemets(text: string, open: Mark, close: Mark): Finding {
  const inner = text.slice(open.index + 1, close.index).replace(/«/g, "‘").replace(/»/g, "’");
  return flag(quoteSpacing, {
    target: textSpan(text, open.index, close.index + 1),
    message: "English quotes with “ ”, not the Russian « ».",
    suggestion: `“${inner}”`,
  });
}

/**
 * Two quotation marks side by side against a word (""Samruk"", “Samruk””): one was enough. Spaced on both sides
 * (`? "" Nothing`) they are a quotation's close and the next one's open, run together. Russian closes a quotation
 * inside another with two (»»), so a source that has two side by side may have them rendered so.
 */
function doubledMarks(context: CheckContext): Finding[] {
  const text = context.aligned.target.text;
  return Array.from(text.matchAll(/(?<=[\p{L}\p{N}])(["“”])["“”]|(["“”])["“”](?=[\p{L}\p{N}])/gu)).flatMap((match) => {
    const group = groupOfTargetOffset(context, match.index);
    const source = group ? sourceSpanOf(context, group) : null;
    if (!source || /[«»"“”„]\s?[«»"“”„]/u.test(source.text)) return [];
    return [
      flag(quoteSpacing, {
        target: textSpan(text, match.index, match.index + 2),
        source,
        message: "These quotation marks are doubled.",
        suggestion: match[1] ?? match[2],
      }),
    ];
  });
}

/**
 * Longer than any real quotation (it stays within a paragraph). Thousands of spaced pairs nested in one another,
 * each flagged with all it encloses, made flags whose text summed to the square of the nesting.
 */
const LONGEST_QUOTATION = 10_000;

/**
 * "critical“ red ”level", "the world ".": a space inside the marks, whether or not the mark is glued to the word
 * outside; English sets quotation marks against the words they enclose.
 */
function misplacedSpacing(text: string, open: Mark, close: Mark, breaksBetween: (from: number, to: number) => boolean) {
  // The marks' neighbours first: nested pairs each reading all they enclose cost the square of the nesting.
  const spacedInside = /\s/u.test(text[open.index + 1]) || /\s/u.test(text[close.index - 1]);
  if (!(spacedInside || isGluedOutside(text, open, close)) || close.index - open.index - 1 > LONGEST_QUOTATION || breaksBetween(open.index + 1, close.index)) return null;
  const inner = text.slice(open.index + 1, close.index);
  if (!inner.trim()) return null;
  const wordBefore = textBefore(text, open.index, 200).match(/[\p{L}\p{N}]+$/u)?.[0] ?? "";
  const start = open.index - wordBefore.length;
  const afterWord = text.slice(close.index + 1).match(/^[\p{L}\p{N}]*/u)?.[0] ?? "";
  const end = close.index + 1 + afterWord.length;
  const suggestion = `${wordBefore}${wordBefore ? " " : ""}${open.char}${inner.trim()}${close.char}${afterWord ? " " : ""}${afterWord}`;
  return { start, end, suggestion };
}

/**
 * Quotation marks against the words outside them ("the company“Samruk”announced"): English spaces a quotation off
 * from the words around it. Brackets are left alone ("f(x)", "COVID-19(s)").
 */
function isGluedOutside(text: string, open: Mark, close: Mark): boolean {
  if (!QUOTATION_MARKS.has(open.char)) return false;
  return /[\p{L}\p{N}]/u.test(text[open.index - 1] ?? "") || /[\p{L}\p{N}]/u.test(text[close.index + 1] ?? "");
}

const QUOTATION_MARKS = new Set(['"', "“", "«", "„"]);

/** Whether a line break lies in [from, to): the breaks' offsets are found once and searched, not the text per pair. */
function lineBreaksBetween(text: string): (from: number, to: number) => boolean {
  const breaks = Array.from(text.matchAll(/[\n\r]/g), (match) => match.index);
  return (from, to) => {
    let low = 0;
    let high = breaks.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (breaks[middle] < from) low = middle + 1;
      else high = middle;
    }
    return low < breaks.length && breaks[low] < to;
  };
}
