import { flag } from "../finding";
import { spellingIssues } from "../text/spelling-issues";
import type { Check } from "../types";

export const nonWord: Check = {
  id: "non-word",
  title: "Misspelled word",
  category: "Fluency/Spelling",
  severity: "minor",
  description:
    "A word that is not in the English dictionary, not a name or term from the source, and one typing slip away " +
    "from a dictionary word (a letter dropped, doubled, swapped or wrong) or, for a long word, two (“relitavely”, " +
    "“acustommed”), or built the Russian way from English parts (“gasificated” for газифицированы, “judoists” for " +
    "дзюдоисты).",
  examples: {
    valid: [
      { source: "Мы не делили людей на бастующих и небастующих.", target: "We did not distinguish between strikers and non-strikers." },
      { source: "Аким Алматы встретился с депутатами мажилиса.", target: "The akim of Almaty met deputies of the Mazhilis." },
      { source: "Выступил Михаил Дегтярёв.", target: "Mikhail Degtyaryov spoke." },
    ],
    invalid: [
      {
        source: "Мы не делили людей на бастующих и небастующих.",
        target: "We did not distinguish between strikers and non-strikeers.",
        flagged: "non-strikeers",
        suggestion: "non-strikers",
      },
      {
        source: "Дипломатические отношения были разорваны три года назад.",
        target: "Diplomatic realtions were broken off three years ago.",
        flagged: "realtions",
        suggestion: "relations",
      },
    ],
  },
  run(context) {
    return spellingIssues(context)
      .filter((issue) => issue.kind === "non-word")
      .map((issue) =>
        flag(this, {
          target: issue.word,
          message: issue.suggestion
            ? `“${issue.word.text}” is not an English word; did you mean “${issue.suggestion}”?`
            : `“${issue.word.text}” is not an English word.`,
          suggestion: issue.suggestion,
        }),
      );
  },
};
