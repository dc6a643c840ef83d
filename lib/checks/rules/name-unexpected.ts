import { flag, sourceSpanOf, textSpan } from "../finding";
import type { Check } from "../types";
import { unexpectedNames } from "@/lib/names";

export const nameUnexpected: Check = {
  id: "name-unexpected",
  title: "Name not in the source",
  category: "Accuracy/Mistranslation",
  severity: "critical",
  description:
    "The translation names a person, place or organisation that its source sentence does not: no source word " +
    "transliterates to it; for a country, the source doesn't name that country; for an organisation English names by " +
    "translated words (European Parliament), the source names it in none of its Russian ways. Often one entity " +
    "swapped for another.",
  examples: {
    valid: [
      { source: "Путин провёл встречу с Хабибом Нурмагомедовым.", target: "Putin met Khabib Nurmagomedov." },
      { source: "Дипломатические отношения с Катаром разорваны.", target: "Diplomatic relations with Qatar were severed." },
      { source: "Об этом сообщил Нед Прайс.", target: "Ned Price said so." },
      { source: "Депутаты Европарламента проголосовали.", target: "Members of the European Parliament voted." },
    ],
    invalid: [
      {
        source: "Глава Дагестана Владимир Васильев провел встречу.",
        target: "The head of Dagestan Fenerbahce held a meeting.",
        flagged: "Fenerbahce",
      },
      {
        source: "Дипломатические отношения с Катаром разорваны.",
        target: "Diplomatic relations with Finland were severed.",
        flagged: "Finland",
      },
      {
        source: "Правительство и «ЕР» оказались против.",
        target: "The government and the European Parliament were against.",
        flagged: "European Parliament",
      },
    ],
  },
  run(context) {
    return unexpectedNames(context).map(({ group, target }) =>
      flag(this, {
        target: textSpan(context.aligned.target.text, target.start, target.end),
        source: sourceSpanOf(context, context.groups[group]),
        message: `“${target.text}” has no counterpart in the source sentence: check that the right name is used.`,
      }),
    );
  },
};
