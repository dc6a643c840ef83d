import { flag } from "../finding";
import { spellingIssues } from "../text/spelling-issues";
import type { Check } from "../types";

export const gluedWord: Check = {
  id: "glued-word",
  title: "Words run together",
  category: "Fluency/Spelling",
  severity: "minor",
  description:
    "A word missing from the dictionary that splits into two known words, typically a name or noun fused with a " +
    "function word where the translation lost a space. A relative clause after a name gets its comma back " +
    "(“Abaevwho” → “Abaev, who”); “that” takes none. Also a function word fused with a capitalised word " +
    "(“inKazakhstan”) and a number fused with a word (“2024year”).",
  examples: {
    valid: [
      { source: "Министром культуры стал Даурен Абаев, который отвечает за это.", target: "Dauren Abaev, who is responsible for this, became Minister of Culture." },
      { source: "Он сказал журналистам, что ничего не знает.", target: "He told journalists that he knew nothing." },
    ],
    invalid: [
      {
        source: "Министром культуры стал Даурен Абаев, который отвечает за это.",
        target: "The Minister of Culture is Dauren Abaevwho is responsible for this.",
        flagged: "Abaevwho",
        suggestion: "Abaev, who",
      },
      {
        source: "Она рассказала агентству «Спутник Казахстан», что здание атаковали.",
        target: "She told Sputnik Kazakhstanthat the building was attacked.",
        flagged: "Kazakhstanthat",
        suggestion: "Kazakhstan that",
      },
    ],
  },
  run(context) {
    return spellingIssues(context)
      .filter((issue) => issue.kind === "glued")
      .map((issue) =>
        flag(this, {
          target: issue.word,
          message: `“${issue.word.text}” looks like two words run together: “${issue.suggestion ?? ""}”.`,
          suggestion: issue.suggestion,
        }),
      );
  },
};
