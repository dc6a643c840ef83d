import { preferredLatin } from "@/lib/translit";
import { analyseNames, type NameMention } from "./analysis";
import { attestedSpellings } from "./english-forms";
import type { ArticleContext } from "./types";

/** The English word of a mention without a possessive ending. */
export function writtenForm(mention: NameMention): string {
  return (mention.target?.text ?? "").replace(/['’]s$/, "");
}

/** Spellings the article itself uses for a name word, by its nominative, most used first (ties: first used first). */
export function articleSpellings(context: ArticleContext): Map<string, string[]> {
  return context.memo("names:article-spellings", () => {
    const counts = new Map<string, Map<string, number>>();
    for (const mention of analyseNames(context).mentions) {
      if (mention.match?.verdict !== "ok" || mention.match.kind === "stem" || mention.match.kind === "guess") continue;
      const byNominative = counts.get(mention.match.nominative) ?? new Map<string, number>();
      byNominative.set(writtenForm(mention), (byNominative.get(writtenForm(mention)) ?? 0) + 1);
      counts.set(mention.match.nominative, byNominative);
    }
    const ranked = new Map<string, string[]>();
    for (const [nominative, spellings] of counts) {
      ranked.set(nominative, [...spellings].sort((a, b) => b[1] - a[1]).map(([spelling]) => spelling));
    }
    return ranked;
  });
}

/**
 * How to write a name word in this article: as the article already does; else its most attested English spelling
 * (Alexander); else `fallback` (the leaked form with its ending cut) or the plain transliteration.
 */
export function suggestedSpelling(context: ArticleContext, nominative: string, fallback: string | null): string {
  const used = articleSpellings(context).get(nominative);
  if (used?.length) return used[0];
  const capitalised = nominative.replace(/(^|-)(\p{Ll})/gu, (_, dash: string, c: string) => dash + c.toUpperCase());
  return attestedSpellings(nominative)[0] ?? fallback ?? preferredLatin(capitalised);
}
