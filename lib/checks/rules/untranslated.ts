import { flag, sourceSpanOf, textSpan } from "../finding";
import type { Check, Finding } from "../types";

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
    ],
  },
  run(context) {
    const text = context.aligned.target.text;
    const findings: Finding[] = [];
    for (const group of context.groups) {
      for (const sentence of group.target) {
        for (const match of sentence.text.matchAll(CYRILLIC_RUN)) {
          const start = sentence.start + match.index;
          const end = start + match[0].length;
          // A domain (стопкоронавирус.рф), or a Cyrillic С typed for Celsius (22°С).
          if (/^\.\p{L}/u.test(text.slice(end, end + 2)) || /[.°]/.test(text[start - 1] ?? "")) continue;
          findings.push(
            flag(this, {
              target: textSpan(text, start, end),
              source: sourceSpanOf(context, group),
              message: `“${match[0]}” is left in Russian.`,
            }),
          );
        }
      }
    }
    return findings;
  },
};
