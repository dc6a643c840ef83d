import type { Schema } from "iuliia";

// iuliia's word splitting: runs of non-separators, and runs of separators (translated alike, letter by letter).
const SPLITTER = /([^\s,.:;?!()"']+)|([\s,.:;?!()"'])+/g;

/**
 * What `iuliia.translate` gives, computed in plain loops: the package's engine walks each word through transpiled
 * generators, several times slower, and the checks transliterate every new source word under eight schemes.
 * Same rules: a word's last two letters by the scheme's ending map when it has them, every other letter by its
 * neighbours (prev and next maps) or alone.
 */
export function translateWithScheme(text: string, schema: Schema): string {
  let latin = "";
  for (const match of text.matchAll(SPLITTER)) latin += translateWord(match[0], schema);
  return latin;
}

function translateWord(word: string, schema: Schema): string {
  const ending = word.length > 2 ? schema.translateEnding(word.slice(-2)) : undefined;
  const stem = ending ? word.slice(0, -2) : word;
  let latin = "";
  // An unmapped letter adds nothing, as in the engine's join.
  for (let i = 0; i < stem.length; i++) latin += schema.translateLetter(stem[i - 1] ?? "", stem[i], stem[i + 1] ?? "") ?? "";
  return ending ? latin + ending : latin;
}
