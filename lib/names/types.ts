import type { AlignedGroup, AlignedText } from "@/lib/align/types";
import type { GlossaryEntry } from "@/lib/glossary";

/**
 * The view of one article the name analysis reads: the aligned article, its groups as sentences, the glossary and a
 * shared memo. The checks get the same view (`CheckContext` in lib/checks is this type).
 */
export interface ArticleContext {
  aligned: AlignedText;
  groups: AlignedGroup[];
  glossary: readonly GlossaryEntry[];
  /** Memoises an analysis shared by several checks (names, spelling) for the life of this context. */
  memo<T>(key: string, compute: () => T): T;
}
