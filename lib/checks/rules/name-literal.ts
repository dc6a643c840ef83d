import { flag, textSpan } from "../finding";
import type { Check } from "../types";
import { isOwnEnglishForm, suggestedSpelling, translatedTitles, unrenderedNames } from "@/lib/names";

export const nameLiteral: Check = {
  id: "name-literal",
  title: "Name translated as common words",
  category: "Accuracy/Mistranslation",
  severity: "major",
  description:
    "A name that is also a Russian word was translated by its meaning («Известия» → “News”, the surname Заяц → " +
    "“Hare”): the translation has no form of the name, and a capitalised common word stands in its place (next to the " +
    "rest of the person's name; in quotes, for a quoted title). A medium's name (издание «Курсив», как пишет " +
    "«Вечерний Бишкек») is never translated, its adjectives included, and its translation need not be quoted.",
  examples: {
    valid: [
      { source: "Об этом рассказал фермер Иван Заяц.", target: "Farmer Ivan Zayats said this." },
      { source: "Как пишут «Известия», решение принято.", target: "According to Izvestia, the decision has been made." },
    ],
    invalid: [
      {
        source: "Об этом рассказал фермер Иван Заяц.",
        target: "Farmer Ivan Hare said this.",
        flagged: "Hare",
        suggestion: "Zayats",
      },
      {
        source: "Как пишут «Известия», решение уже принято.",
        target: "As the “News” writes, the decision has already been made.",
        flagged: "News",
        suggestion: "Izvestiya",
      },
    ],
  },
  run(context) {
    // A literal the name's own English form or an abbreviation stands for is no translation of its words.
    const literals = unrenderedNames(context).flatMap(({ words, start, end, text, literal }) =>
      literal && !isOwnEnglishForm(text, literal.text) ? [{ source: { start, end, text }, target: literal, suggestion: words.map((w) => suggestedSpelling(context, w.nominatives[0], null)).join(" ") }] : [],
    );
    const titles = translatedTitles(context).filter(({ target }) => !literals.some((l) => l.target.start < target.end && target.start < l.target.end));
    return [...literals, ...titles].map(({ source, target, suggestion }) =>
      flag(this, {
        target: textSpan(context.aligned.target.text, target.start, target.end),
        source: textSpan(context.aligned.source.text, source.start, source.end),
        message: `“${target.text}” translates the name “${source.text}”; names are transliterated: “${suggestion}”.`,
        suggestion,
      }),
    );
  },
};
