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
    "дзюдоисты). A word that only looks like the source word is no transliteration when the English word a slip " +
    "away renders it better (“sttus” for статус), or when the learned name model reads it as no spelling of it and " +
    "a word English uses often lies a slip away (“sto” beside это); a capitalised word is a name when the model reads " +
    "it as a name of the source sentence or the name data attests it as one's spelling (Diaz for Диас), and a short one " +
    "inside a sentence of lower-case words is one slip from a lower-case word only where the source has that word " +
    "(“Premier Leage”, not “Notre Dame”); a sentence's first capital makes no name (“Teh”); a rendering of a source " +
    "name a slip from the dictionary's (“Vladimr”) is a slip, but not a spelling the name data gives (Andrej). A " +
    "source word transliterated a slip or two from its own translation was meant as the translation (“ministr” for " +
    "министр). Words in other scripts are the untranslated check's.",
  examples: {
    valid: [
      { source: "Мы не делили людей на бастующих и небастующих.", target: "We did not distinguish between strikers and non-strikers." },
      { source: "Аким Алматы встретился с депутатами мажилиса.", target: "The akim of Almaty met deputies of the Mazhilis." },
      { source: "Выступил Михаил Дегтярёв.", target: "Mikhail Degtyaryov spoke." },
      { source: "Она купила хлеб в «Магните».", target: "She bought bread at Magnit." },
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
      {
        source: "Статус беженца ему так и не дали.",
        target: "He was never given refugee sttus.",
        flagged: "sttus",
        suggestion: "status",
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
