import { flag, sourceSpanOf, textSpan } from "../finding";
import { domainMentions, type DomainMention } from "../text/domains";
import type { Check, Finding } from "../types";
import type { TextSpan } from "@/lib/align/types";

/** Runs of Cyrillic words; a Cyrillic domain ("стопкоронавирус.рф") is a name, not an untranslated word. */
const CYRILLIC_RUN = /\p{Script=Cyrillic}+(?:[\s-]+\p{Script=Cyrillic}+)*/gu;

export const untranslated: Check = {
  id: "untranslated",
  title: "Untranslated text",
  category: "Accuracy/Untranslated",
  severity: "major",
  description: "Cyrillic words left in the English translation.",
  examples: {
    valid: [
      { source: "Разорвали дипломатические отношения.", target: "Diplomatic relations were broken off." },
      { source: "Сайт стопкоронавирус.рф обновляется.", target: "The стопкоронавирус.рф website is updated daily." },
    ],
    invalid: [
      {
        source: "Дипломатические отношения с Катаром разорвали.",
        target: "Diplomatic отношения with Qatar were broken off.",
        flagged: "отношения",
      },
      {
        source: "Генеральный секретарь партии выступил.",
        target: "The генеральный секретарь of the party spoke.",
        flagged: "генеральный секретарь",
      },
      { source: "Дм. Быков — «Выхода нет».", target: "Дм.Быков - No way out.", flagged: "Дм.Быков" },
    ],
  },
  run(context) {
    const text = context.aligned.target.text;
    // Finding domains takes a pass over the whole text: only worth it when there is Cyrillic to excuse.
    const domains = /\p{Script=Cyrillic}/u.test(text) ? domainMentions(text) : [];
    const findings: Finding[] = [];
    for (const group of context.groups) {
      for (const sentence of group.target) {
        for (const run of untranslatedRuns(text, sentence.start, sentence.end, domains)) {
          findings.push(
            flag(this, {
              target: run,
              source: sourceSpanOf(context, group),
              message: `“${run.text}” is left in Russian.`,
            }),
          );
        }
      }
    }
    return findings;
  },
};

/**
 * Only punctuation between two Cyrillic runs: they are one stretch left in Russian ("Дм.Быков", an initial glued to a
 * surname; a whole proverb with its commas and dashes), which a reviewer fixes at once, so it is one flag.
 */
const JOINING_PUNCTUATION = /^[\s.,;:!?…\-–—]+$/u;

/**
 * The Cyrillic runs of a sentence, with runs joined by punctuation alone taken as one. Runs inside a domain ("стопкоронавирус.рф": a real top-level domain after the dot) and a Cyrillic С typed
 * for Celsius ("22°С") are left out.
 */
function untranslatedRuns(text: string, start: number, end: number, domains: DomainMention[]): TextSpan[] {
  const runs: TextSpan[] = [];
  for (const match of text.slice(start, end).matchAll(CYRILLIC_RUN)) {
    const runStart = start + match.index;
    const runEnd = runStart + match[0].length;
    if (text[runStart - 1] === "°" || domains.some((d) => d.start <= runStart && runEnd <= d.end)) continue;
    const previous = runs[runs.length - 1];
    if (previous && JOINING_PUNCTUATION.test(text.slice(previous.end, runStart))) runs[runs.length - 1] = textSpan(text, previous.start, runEnd);
    else runs.push(textSpan(text, runStart, runEnd));
  }
  return runs;
}
