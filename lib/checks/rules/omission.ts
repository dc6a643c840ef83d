import { flag, sourceSpanOf, targetSpanOf, textSpan } from "../finding";
import type { Check, CheckContext, Finding } from "../types";
import type { AlignedGroup } from "@/lib/align/types";

/**
 * Gale & Church's length model: a translation's length is about `ratio` × the source's, with a
 * variance that grows with the length. A group is flagged when its translation is shorter than
 * MAX_SHARE of the expected length and MIN_DEVIATIONS standard deviations below it.
 */
const VARIANCE_PER_CHARACTER = 6.8;
const MIN_DEVIATIONS = 3;
const MAX_SHARE = 0.55;
/** Shorter source sentences (a dateline, a "* * *") carry too little to judge. */
const MIN_SOURCE_LETTERS = 40;

export const omission: Check = {
  id: "omission",
  title: "Omitted text",
  category: "Accuracy/Omission",
  severity: "major",
  description:
    "A source sentence with no translation, or a translation much shorter than its source by a length model " +
    "(Gale & Church) calibrated on the article's own length ratio.",
  examples: {
    valid: [
      {
        source: "Генеральная прокуратура Казахстана запустила сайт, куда граждане могут загружать видео беспорядков.",
        target: "Kazakhstan's Prosecutor General's Office launched a website where citizens can upload videos of the riots.",
      },
    ],
    invalid: [
      {
        source:
          "Генеральная прокуратура Казахстана запустила сайт, куда граждане могут анонимно загружать видео и фотографии терактов и беспорядков.",
        target: "The prosecutors launched a site.",
        flagged: "The prosecutors launched a site.",
      },
    ],
  },
  run(context) {
    const ratio = lengthRatio(context);
    return context.groups.flatMap((group) => checkGroup(context, group, ratio));
  },
};

function checkGroup(context: CheckContext, group: AlignedGroup, ratio: number): Finding[] {
  const source = sourceSpanOf(context, group);
  if (!source || letters(source.text) < MIN_SOURCE_LETTERS) return [];
  const target = targetSpanOf(context, group);
  if (!target) {
    return [
      flag(omission, {
        target: insertionPoint(context, group),
        source,
        message: "This source sentence has no translation.",
      }),
    ];
  }
  const expected = ratio * letters(source.text);
  const actual = letters(target.text);
  const deviations = (expected - actual) / Math.sqrt(VARIANCE_PER_CHARACTER * (expected + actual) / 2);
  if (actual >= MAX_SHARE * expected || deviations < MIN_DEVIATIONS) return [];
  return [
    flag(omission, {
      target,
      source,
      message: `The translation is ${Math.round((100 * actual) / expected)}% of the length its source leads one to expect; part of it may be missing.`,
    }),
  ];
}

/** English letters per Russian letter over the whole article; within bounds so that a partial article cannot skew it. */
function lengthRatio(context: CheckContext): number {
  return context.memo("length-ratio", () => {
    let source = 0;
    let target = 0;
    for (const group of context.groups) {
      if (group.source.length === 0 || group.target.length === 0) continue;
      source += group.source.reduce((sum, s) => sum + letters(s.text), 0);
      target += group.target.reduce((sum, s) => sum + letters(s.text), 0);
    }
    return source === 0 ? 1 : Math.min(1.4, Math.max(0.8, target / source));
  });
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Letters and digits of a text, by code point. Counted in a loop: matching them all built an array of every letter,
 * a few per cent of the checks' time; ASCII and Cyrillic (U+0400–U+0481, letters all) skip the regex.
 */
function letters(text: string): number {
  let count = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x80) {
      const lower = code | 0x20;
      if ((code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x7a)) count++;
    } else if ((code >= 0x400 && code <= 0x481) || LETTER_OR_DIGIT.test(char)) count++;
  }
  return count;
}

/** An empty span where the missing translation belongs: after the last translated sentence before it. */
function insertionPoint(context: CheckContext, group: AlignedGroup) {
  const index = context.groups.indexOf(group);
  const previous = context.groups.slice(0, index).reverse().find((g) => g.target.length > 0);
  const offset = previous ? previous.target[previous.target.length - 1].end : 0;
  return textSpan(context.aligned.target.text, offset, offset);
}
