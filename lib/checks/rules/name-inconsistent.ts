import { flag, textSpan } from "../finding";
import type { Check, CheckContext, Finding } from "../types";
import { analyseNames, writtenForm, type NameMention } from "@/lib/names";
import { matchKey } from "@/lib/translit";

/** Match kinds that render the name itself (not an adjective made from it, like Russian for Россия). */
const SPELLINGS = new Set(["spelling", "close", "consonants"]);

/** A first name counts with its surname: Alexander Lukashenko and Aleksandr Kots may be spelled apart. */
function personContext(mention: NameMention): string {
  if (mention.word.role !== "first") return "";
  const surname = mention.name.words.find((w) => w.role === "last");
  return surname ? `|${surname.nominatives[0]}` : "";
}

/**
 * Mentions of one entity: linked when they render the same Russian nominative, or when their English spellings fold
 * to one match key (Torbeevo / Torbeyevo, where az reads the two Russian forms as different words).
 */
function spellingsByEntity(context: CheckContext): NameMention[][] {
  const mentions = analyseNames(context).mentions.filter(
    (m) =>
      m.match?.verdict === "ok" &&
      SPELLINGS.has(m.match.kind) &&
      !/\d/.test(m.target!.text) &&
      m.name.kind !== "latin" &&
      m.name.kind !== "abbreviation",
  );
  const parent = mentions.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  const firstByKey = new Map<string, number>();
  mentions.forEach((mention, i) => {
    for (const key of [`n:${mention.match!.nominative}`, `e:${matchKey(writtenForm(mention))}`]) {
      const scoped = key + personContext(mention);
      const first = firstByKey.get(scoped);
      if (first === undefined) firstByKey.set(scoped, i);
      else parent[root(i)] = root(first);
    }
  });
  const groups = new Map<number, NameMention[]>();
  mentions.forEach((mention, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), mention]));
  return [...groups.values()];
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
    for (const mentions of spellingsByEntity(context)) {
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
