import { calendarKey } from "./calendar";
import { numberKeys } from "./numbers";
import { nameKey } from "./transliterate";

/** Something in a sentence that survives translation unchanged, under a language-free key. */
export interface Anchor {
  key: string;
  /** How strongly a match suggests the two sentences translate each other. */
  weight: number;
}

const WEIGHT = {
  number: 1.5,
  shortNumber: 0.75,
  calendar: 1,
  domain: 2,
  name: 1,
  punctuation: 0.3,
};

const WORD = /\p{L}[\p{L}\p{M}\p{N}'’-]*/gu;
const DOMAIN = /(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?![\p{L}\p{N}])/giu;
const LATIN_WORD = /^[\p{Script=Latin}\p{N}'’-]+$/u;
/** Quotation marks of both languages; a sentence with a quotation opens one of these. */
const QUOTE_OPENING = /(^|[\s(\[–—-])["«“„‘']/u;

export function anchorsOf(sentence: string, lang: string): Anchor[] {
  const anchors: Anchor[] = [];
  for (const key of numberKeys(sentence, lang)) {
    anchors.push({ key: `#${key}`, weight: key.length > 1 ? WEIGHT.number : WEIGHT.shortNumber });
  }
  for (const [, host] of sentence.matchAll(DOMAIN)) {
    anchors.push({ key: `@${host.toLowerCase().replace(/^www\./, "")}`, weight: WEIGHT.domain });
  }
  const latinScript = isLatinScript(lang);
  for (const [word] of sentence.matchAll(WORD)) {
    const calendar = calendarKey(word);
    if (calendar) {
      anchors.push({ key: calendar, weight: WEIGHT.calendar });
    } else if (/\p{Lu}/u.test(word) || (!latinScript && LATIN_WORD.test(word))) {
      const key = nameKey(word);
      if (key) anchors.push({ key: `~${key}`, weight: WEIGHT.name });
    }
  }
  for (const mark of punctuationMarks(sentence)) anchors.push({ key: mark, weight: WEIGHT.punctuation });
  return anchors;
}

function punctuationMarks(sentence: string): string[] {
  const marks: string[] = [];
  if (sentence.includes("?")) marks.push("?");
  if (sentence.includes("!")) marks.push("!");
  if (sentence.includes("(")) marks.push("(");
  if (QUOTE_OPENING.test(sentence)) marks.push('"');
  return marks;
}

function isLatinScript(lang: string): boolean {
  return !/^(ru|uk|be|bg|sr|mk|kk|ky|tg|mn)\b/i.test(lang);
}
