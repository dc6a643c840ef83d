import type { CheckContext } from "../types";
import { transliterations } from "./transliteration";

/**
 * TEMPORARY stand-in for `acceptedNameTokens` from `@/lib/names` (same signature), until that module
 * lands: every capitalised word of the source, transliterated. Delete this file and import from
 * `@/lib/names` then.
 */
export function acceptedNameTokens(context: CheckContext): Set<string> {
  const tokens = new Set<string>();
  for (const match of context.aligned.source.text.matchAll(/\p{Lu}[\p{Ll}ё]+/gu)) {
    for (const latin of transliterations(match[0])) tokens.add(latin);
  }
  return tokens;
}
