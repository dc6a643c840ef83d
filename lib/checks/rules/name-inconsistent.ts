import { flag, textSpan } from "../finding";
import type { Check, CheckContext, Finding } from "../types";
import { analyseNames, writtenForm, type NameMention } from "@/lib/names";
import { foldLatin, matchKey } from "@/lib/translit";

/** Match kinds that render the name itself (not an adjective made from it, like Russian for Россия). */
const SPELLINGS = new Set(["spelling", "close", "consonants", "model"]);

/**
 * The English spellings of each part of each entity of the article: each word of a person's name apart, and only
 * within the person (one Alexander may be Lukashenko, another Aleksandr Kots), a place's or organisation's word by
 * word. Entities come from the names layer, which links "Дегтярев" to "Михаил Дегтярев"; two places az reads as
 * different words whose English forms fold alike (Torbeevo / Torbeyevo) are one place.
 */
function spellingsByEntity(context: CheckContext): NameMention[][] {
  const mentions = analyseNames(context).mentions.filter(
    ({ match, name, target }) => match?.verdict === "ok" && SPELLINGS.has(match.kind) && !/\d/.test(target!.text) && name.kind !== "latin" && name.kind !== "abbreviation",
  );
  const parent = mentions.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  const firstByKey = new Map<string, number>();
  mentions.forEach((mention, i) => {
    const part = `${mention.entity.id}|${mention.match!.nominative}`;
    // The same letters but for accents (İmamoğlu, Imamoglu) are one name whatever entity az reads each as: a surname
    // alone is often read as no person.
    const letters = `letters|${foldLatin(writtenForm(mention))}`;
    const keys = mention.entity.kind === "person" ? [part, letters] : [part, letters, `spelling|${matchKey(writtenForm(mention))}`];
    for (const key of keys) {
      const first = firstByKey.get(key);
      if (first === undefined) firstByKey.set(key, i);
      else parent[root(i)] = root(first);
    }
  });
  const parts = new Map<number, NameMention[]>();
  mentions.forEach((mention, i) => (parts.get(root(i)) ?? parts.set(root(i), []).get(root(i))!).push(mention));
  return [...parts.values()];
}

/** Written with the letters of its own language (Sánchez, Łukasz), which a plain spelling (Sanchez) strips. */
const hasOwnLetters = (spelling: string) => foldLatin(spelling) !== spelling.toLowerCase();

/** The spelling most used for the entity; on a tie, one in its own letters, then the one used first. */
function majoritySpelling(mentions: NameMention[]): string {
  const counts = new Map<string, number>();
  for (const mention of mentions) counts.set(writtenForm(mention), (counts.get(writtenForm(mention)) ?? 0) + 1);
  const ordered = [...mentions].sort((a, b) => a.target!.start - b.target!.start).map(writtenForm);
  const ownLetters = (spelling: string) => (hasOwnLetters(spelling) ? 0 : 1);
  return [...counts].sort((a, b) => b[1] - a[1] || ownLetters(a[0]) - ownLetters(b[0]) || ordered.indexOf(a[0]) - ordered.indexOf(b[0]))[0][0];
}

export const nameInconsistent: Check = {
  id: "name-inconsistent",
  title: "Name spelled two ways",
  category: "Terminology/Inconsistent",
  severity: "minor",
  description:
    "The same person or place is spelled two ways in one article (Sagintaev and Sagintayev). Either spelling may be " +
    "acceptable; mixing them is not, nor dropping a name's accents in one place (Özel, Ozel). The less used spelling " +
    "(on a tie, the one without its own language's letters, or the later one) is flagged.",
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
