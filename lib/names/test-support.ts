import { alignedFromPairs, type SentencePair } from "@/lib/align/test-support";
import type { GlossaryEntry } from "@/lib/glossary";
import { createArticleContext } from "./context";
import type { ArticleContext } from "./types";

export type { SentencePair } from "@/lib/align/test-support";

/** An article context from hand-made sentence pairs, one bead each (see `alignedFromPairs`). */
export function contextFromPairs(pairs: readonly SentencePair[], glossary: GlossaryEntry[] = []): ArticleContext {
  return createArticleContext(alignedFromPairs(pairs), glossary);
}

/** A context holding one source sentence and its translation. */
export function contextFor(source: string, target: string, glossary: GlossaryEntry[] = []): ArticleContext {
  return contextFromPairs([[source, target]], glossary);
}
