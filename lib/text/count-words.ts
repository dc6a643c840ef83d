/** Words of a text as a reader counts them: "Kassym-Jomart" and "Tokayev's" are one word each, numbers count. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
