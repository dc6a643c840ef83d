import type { Sentence } from "./types";

/** The sentence that holds `offset`, by binary search (sentences are in text order): a 1 MB article has 17,000 flags. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let [low, high] = [0, sentences.length - 1];
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sentences[middle].end <= offset) low = middle + 1;
    else if (sentences[middle].start > offset) high = middle - 1;
    else return sentences[middle];
  }
  return undefined;
}
