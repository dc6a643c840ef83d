export interface Word {
  text: string;
  start: number;
  end: number;
}

// Letters and digits, joined by inner hyphens or apostrophes: "Нур-Султан", "Kassym-Jomart", "O'Brien".
const WORD = /[\p{L}\p{N}]+(?:[-‐'’][\p{L}\p{N}]+)*/gu;

/** The words of a text with their UTF-16 offsets, shifted by `offset` (the text's position in its document). */
export function wordsOf(text: string, offset = 0): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: offset + m.index!, end: offset + m.index! + m[0].length }));
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
