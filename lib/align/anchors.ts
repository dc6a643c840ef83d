import { calendarKey } from "./calendar";
import { writtenInCyrillic } from "./language";
import { numberKeys } from "./numbers";
import { nameKey } from "./transliterate";

/** Something in a sentence that survives translation unchanged, under a language-free key. */
export interface Anchor {
  key: string;
  /** How strongly a match suggests the two sentences translate each other. */
  weight: number;
  /**
   * Whether every translation must carry it (numbers, dates, domains). Names may be translated
   * ("Руки Вверх" → "Hands Up") and punctuation may change, so those only count when they match.
   */
  mustSurvive: boolean;
}

const WEIGHT = {
  number: 1.5,
  /** One digit: common enough to match by chance. */
  shortNumber: 0.75,
  calendar: 1,
  domain: 2,
  name: 1,
  punctuation: 0.3,
};

const WORD = /\p{L}[\p{L}\p{M}\p{N}'’-]*/gu;
/**
 * A domain begins where a run of dotted labels does: a match from a later label of the run is one from its start,
 * and trying every label of "a.b.c.d…" as a start read the rest of the run from each (quadratic).
 */
const DOMAIN = /(?:https?:\/\/|(?<![a-z0-9-]|[a-z0-9-]\.))((?:[a-z0-9-]+\.)+[a-z]{2,})(?![\p{L}\p{N}])/giu;
const LATIN_WORD = /^[\p{Script=Latin}\p{N}'’-]+$/u;
/** An opening quotation mark (Russian or English): at the start, or after a space, bracket or dash. */
const QUOTE_OPENING = /(^|[\s(\[–—-])["«“„‘']/u;

export function anchorsOf(sentence: string, lang: string): Anchor[] {
  const anchors: Anchor[] = [];
  for (const key of numberKeys(sentence, lang)) {
    anchors.push({ key: `#${key}`, weight: key.length > 1 ? WEIGHT.number : WEIGHT.shortNumber, mustSurvive: true });
  }
  for (const [, host] of sentence.matchAll(DOMAIN)) {
    anchors.push({ key: `@${host.toLowerCase().replace(/^www\./, "")}`, weight: WEIGHT.domain, mustSurvive: true });
  }
  // Latin words in a Cyrillic text are names, brands and domains that translations keep as they are.
  const latinScript = !writtenInCyrillic(lang);
  for (const [word] of sentence.matchAll(WORD)) {
    const calendar = calendarKey(word);
    if (calendar) {
      anchors.push({ key: calendar, weight: WEIGHT.calendar, mustSurvive: true });
    } else if (/\p{Lu}/u.test(word) || (!latinScript && LATIN_WORD.test(word))) {
      const key = nameKey(word);
      if (key) anchors.push({ key: `~${key}`, weight: WEIGHT.name, mustSurvive: false });
    }
  }
  for (const mark of punctuationMarks(sentence)) anchors.push({ key: mark, weight: WEIGHT.punctuation, mustSurvive: false });
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
