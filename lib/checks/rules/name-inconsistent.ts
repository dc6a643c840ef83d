import { flag, textSpan } from "../finding";
import type { Check, CheckContext, Finding } from "../types";
import { analyseNames, writtenForm, type NameMention } from "@/lib/names";

/** Match kinds that render the name itself (not an adjective made from it, like Russian for Россия). */
const SPELLINGS = new Set(["spelling", "close", "consonants"]);

/**
 * Which entity a name word belongs to: a first name counts with its surname (Alexander Lukashenko and Alexander Kots
 * may be spelled apart), any other word by its nominative.
 */
function entityKey(mention: NameMention): string {
  const nominative = mention.match!.nominative;
  if (mention.word.role !== "first") return nominative;
  const surname = mention.name.words.find((w) => w.role === "last");
  return surname ? `${nominative}|${surname.nominatives[0]}` : nominative;
}

function spellingsByEntity(context: CheckContext): Map<string, NameMention[]> {
  const byEntity = new Map<string, NameMention[]>();
  for (const mention of analyseNames(context).mentions) {
    if (mention.match?.verdict !== "ok" || !SPELLINGS.has(mention.match.kind) || /\d/.test(mention.target!.text)) continue;
    if (mention.name.kind === "latin" || mention.name.kind === "abbreviation") continue;
    const key = entityKey(mention);
    byEntity.set(key, [...(byEntity.get(key) ?? []), mention]);
  }
  return byEntity;
}

/** The spelling most used for the entity; on a tie, the one used first. */
function majoritySpelling(mentions: NameMention[]): string {
  const counts = new Map<string, number>();
  for (const mention of mentions) counts.set(writtenForm(mention), (counts.get(writtenForm(mention)) ?? 0) + 1);
  const ordered = [...mentions].sort((a, b) => a.target!.start - b.target!.start).map(writtenForm);
  return [...counts].sort((a, b) => b[1] - a[1] || ordered.indexOf(a[0]) - ordered.indexOf(b[0]))[0][0];
}

export const nameInconsistent: Check = {
  id: "name-inconsistent",
  title: "Name spelled two ways",
  category: "Terminology/Inconsistent",
  severity: "minor",
  description:
    "The same person or place is spelled two ways in one article (Sagintaev and Sagintayev). Either spelling may be " +
    "acceptable; mixing them is not. The less used spelling (or the later one, on a tie) is flagged.",
  examples: {
    valid: [
      { source: "Аким Бакытжан Сагинтаев подал в отставку, Сагинтаев молчит.", target: "Akim Bakytzhan Sagintayev resigned, Sagintayev is silent." },
      { source: "Сергей Шойгу встретился с Сергеем Лавровым.", target: "Sergei Shoigu met Sergey Lavrov." },
    ],
    invalid: [
      {
        source: "Аким Бакытжан Сагинтаев подал в отставку, Сагинтаев молчит.",
        target: "Akim Bakytzhan Sagintaev resigned, Sagintayev is silent.",
        flagged: "Sagintayev",
        suggestion: "Sagintaev",
      },
    ],
  },
  run(context) {
    const text = context.aligned.target.text;
    const findings: Finding[] = [];
    for (const mentions of spellingsByEntity(context).values()) {
      const preferred = majoritySpelling(mentions);
      for (const mention of mentions) {
        const written = writtenForm(mention);
        if (written.toLowerCase() === preferred.toLowerCase()) continue;
        const target = mention.target!;
        findings.push(
          flag(this, {
            target: textSpan(text, target.start, target.start + written.length),
            source: textSpan(context.aligned.source.text, mention.word.start, mention.word.end),
            message: `“${written}” is written “${preferred}” elsewhere in this article (${mention.word.text}); use one spelling.`,
            suggestion: preferred,
          }),
        );
      }
    }
    return findings;
  },
};
