import { flag, targetSpanOf, textSpan } from "../finding";
import type { Check } from "../types";
import { englishForms, unrenderedNames } from "@/lib/names";

export const nameMissing: Check = {
  id: "name-missing",
  title: "Name missing from the translation",
  category: "Accuracy/Omission",
  severity: "major",
  description:
    "A person, place or organisation named in the source sentence appears nowhere in its translation, under any " +
    "transliteration or known English name. The flag covers the translated sentence and names what is missing.",
  examples: {
    valid: [
      { source: "Психолог Вероника Степанова рассказала о бойце.", target: "Psychologist Veronika Stepanova spoke about the fighter." },
      { source: "Переговоры прошли в Египте.", target: "The talks were held in Egypt." },
      { source: "Об этом сообщил Нед Прайс.", target: "Ned Price said so." },
    ],
    invalid: [
      {
        source: "Психолог Вероника Степанова рассказала о бойце.",
        target: "The psychologist spoke about the fighter.",
        flagged: "The psychologist spoke about the fighter.",
      },
    ],
  },
  run(context) {
    return unrenderedNames(context)
      .filter((unrendered) => !unrendered.literal && !unrendered.optional)
      .map(({ group, words, start, end, text }) => {
        const english = words.map((w) => [...englishForms(w).byNominative.values()][0]?.[0] ?? w.text).join(" ");
        return flag(this, {
          target: targetSpanOf(context, context.groups[group])!,
          source: textSpan(context.aligned.source.text, start, end),
          message: `“${text}” (${english}) is not in the translation.`,
        });
      });
  },
};
