import type { AlignedGroup, AlignedText } from "@/lib/align/types";
import type { GlossaryEntry } from "@/lib/glossary";
import type { ArticleContext } from "./types";

/** The view of an article the name analysis and the checks read: its groups as sentences, the glossary and a shared memo. */
export function createArticleContext(aligned: AlignedText, glossary: readonly GlossaryEntry[] = []): ArticleContext {
  const groups: AlignedGroup[] = aligned.beads.map((bead) => ({
    source: bead.source.map((index) => aligned.source.sentences[index]),
    target: bead.target.map((index) => aligned.target.sentences[index]),
  }));
  const cache = new Map<string, unknown>();
  return {
    aligned,
    groups,
    glossary,
    memo<T>(key: string, compute: () => T): T {
      if (!cache.has(key)) cache.set(key, compute());
      return cache.get(key) as T;
    },
  };
}
