/**
 * The last `length` characters before `index`. An end-anchored regex (/[$€]$/) is tried at every position of
 * the string it is given, so testing it against `text.slice(0, index)` at every token of a long article is
 * quadratic (a 1 MB article spent half a minute so); a word or mark just before a token is never far from it.
 */
export function textBefore(text: string, index: number, length = 100): string {
  return text.slice(Math.max(0, index - length), index);
}
