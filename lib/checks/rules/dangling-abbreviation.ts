import { flag, sourceSpanOf, targetSpanOf, textSpan } from "../finding";
import {
  ENGLISH_FOR_RUSSIAN_ABBREVIATIONS,
  isEnglishAbbreviation,
  RUSSIAN_ABBREVIATIONS,
  TRANSLITERATED_RUSSIAN_ABBREVIATIONS,
} from "../text/abbreviations";
import type { Check, CheckContext, Finding } from "../types";
import type { AlignedGroup, TextSpan } from "@/lib/align/types";
import { latinVariants } from "@/lib/translit";

/** How far apart (as a share of the sentence) an abbreviation and the stop it left may lie. */
const POSITION_TOLERANCE = 0.25;

// A number before the abbreviation ("1991 g.", "5 000 rub."): bounded, so that a long run of digits is not rescanned
// from each of them.
const LEFT_BEHIND = /(?:(\d[\d\s]{0,20}?)\s)?\b(g|gg|tys|rub|ul|obl|i\.o|t\.[ednk])\.(?=[\s,;:)]|$)/giu;
const SENTENCE_STOP = /(?<!\p{L})(\p{L}+)\.(?=\s+[\p{Lu}“"«])/gu;

export const danglingAbbreviation: Check = {
  id: "dangling-abbreviation",
  title: "Abbreviation left behind",
  category: "Fluency/Punctuation",
  severity: "major",
  description:
    "The stop of a Russian abbreviation kept in the English: a full stop that splits what the source writes as one " +
    "sentence, where the source has an abbreviation (и.о. директора → “acting. Director”; театр им. Навои → " +
    "“theatre them. Navoi”, fixed as “named after”; a capital before a name is an initial), or a transliterated " +
    "abbreviation (“1991 g.”, “in g. Almaty”, “i.o.”).",
  examples: {
    valid: [
      { source: "Об этом рассказал и.о. директора Андрей Ложкин.", target: "This was said by acting director Andrey Lozhkin." },
      { source: "Это случилось в 1991 г. в Алматы.", target: "It happened in 1991 in Almaty." },
      { source: "Он приехал. Он уехал.", target: "He came. He left." },
    ],
    invalid: [
      {
        source: "— рассказал и.о. директора скорой помощи Алматы Андрей Ложкин журналистам.",
        target: "– said acting. Ambulance Director of Almaty Andrey Lozhkin to journalists.",
        flagged: "acting.",
        suggestion: "acting",
      },
      { source: "Это случилось в 1991 г. в Алматы.", target: "It happened in 1991 g. in Almaty.", flagged: "1991 g.", suggestion: "1991" },
    ],
  },
  run(context) {
    return context.groups.flatMap((group) => {
      const left = leftBehind(context, group);
      // A word left behind and a stop splitting the sentence at it are one mistake: "in g. Almaty".
      const splits = splitAtAbbreviation(context, group).filter((split) => !left.some((l) => l.target.start === split.target.start));
      return [...left, ...splits];
    });
  },
};

function leftBehind(context: CheckContext, group: AlignedGroup): Finding[] {
  const text = context.aligned.target.text;
  const findings: Finding[] = [];
  for (const sentence of group.target) {
    for (const match of sentence.text.matchAll(LEFT_BEHIND)) {
      const [written, number, abbreviation] = match;
      const known = TRANSLITERATED_RUSSIAN_ABBREVIATIONS.get(abbreviation.toLowerCase());
      if (!known) continue;
      if (/^gg?$/i.test(abbreviation) ? !isYearOrTown(sentence.text, match, number) : known.afterNumber && !number) continue;
      const start = sentence.start + (match.index ?? 0);
      const suggestion = [number?.trim(), known.english].filter(Boolean).join(" ");
      findings.push(
        flag(danglingAbbreviation, {
          target: textSpan(text, start, start + written.length),
          message: `“${abbreviation}.” is a Russian abbreviation left untranslated.`,
          suggestion,
        }),
      );
    }
  }
  return findings;
}

/**
 * "1991 g." is год after a year; "in g. Almaty" is г. (город) before a town's name. A capital "G." before a name is
 * an initial, and "e.g." before one English's.
 */
function isYearOrTown(sentence: string, match: RegExpMatchArray, number: string | undefined): boolean {
  if (number !== undefined) return /^\d{4}$/.test(number);
  const at = match.index ?? 0;
  return match[2] === "g" && sentence[at - 1] !== "." && /^ \p{Lu}\p{Ll}/u.test(sentence.slice(at + match[0].length));
}

/** A full stop in the translation near where the source sentence has an abbreviation inside it. */
function splitAtAbbreviation(context: CheckContext, group: AlignedGroup): Finding[] {
  const source = sourceSpanOf(context, group);
  const target = targetSpanOf(context, group);
  if (!source || !target) return [];
  const abbreviations = innerAbbreviations(context, group);
  const findings: Finding[] = [];
  const stops = [...target.text.matchAll(SENTENCE_STOP)];
  // No more sentences than the source has: each stop ends one of them, none split one.
  if (stops.length < group.source.length) return [];
  for (const match of stops) {
    const word = match[1];
    if (!/^\p{Ll}/u.test(word)) continue;
    const stopAt = (match.index ?? 0) + word.length;
    const relative = stopAt / target.text.length;
    const near = abbreviations.find((a) => Math.abs((a.start - source.start) / source.text.length - relative) <= POSITION_TOLERANCE);
    // An English abbreviation ("g" for grams) is the translator's own, unless it spells the source's abbreviation in
    // Latin letters: "in g. Almaty" for «в г. Алматы», where the stop also split the sentence.
    if (!near || (isEnglishAbbreviation(word) && !spellsInLatin(near.text, word))) continue;
    const start = target.start + (match.index ?? 0);
    findings.push(
      flag(danglingAbbreviation, {
        target: textSpan(context.aligned.target.text, start, start + word.length + 1),
        source: near,
        message: `This full stop splits the sentence; the source has the abbreviation “${near.text}” here.`,
        suggestion: renderingOf(near.text, word),
      }),
    );
  }
  return findings;
}

const spellsInLatin = (russianAbbreviation: string, word: string) =>
  latinVariants(russianAbbreviation.replace(/\.$/, "")).some((latin) => latin.toLowerCase() === word.toLowerCase());

/** The word without its stop, the kept abbreviation's meaning, or the abbreviation's English rendering where the word is another (им. → "them"). */
function renderingOf(abbreviation: string, word: string): string {
  // The abbreviation kept in Latin letters ("g." for г.) stands for what its transliteration does (nothing, for g.).
  const kept = spellsInLatin(abbreviation, word) ? TRANSLITERATED_RUSSIAN_ABBREVIATIONS.get(word.toLowerCase()) : undefined;
  if (kept) return kept.english;
  const english = ENGLISH_FOR_RUSSIAN_ABBREVIATIONS.get(abbreviation.toLowerCase().replace(/\.$/, ""));
  return english === undefined || english === word.toLowerCase() ? word : english;
}

/** Russian abbreviations with their stop that sit inside a source sentence, not at its end. */
function innerAbbreviations(context: CheckContext, group: AlignedGroup): TextSpan[] {
  const text = context.aligned.source.text;
  const spans: TextSpan[] = [];
  for (const sentence of group.source) {
    for (const match of sentence.text.matchAll(/(?<![\p{L}.-])(\p{L}+(?:[.-]\p{L}+)*)\.(?=\s*[\p{L}\p{N}«"])/gu)) {
      // "Г. Стэндинг": a capital before a name is an initial, not г. (год).
      if (!RUSSIAN_ABBREVIATIONS.has(match[1].toLowerCase()) || isInitial(match[1], sentence.text.slice((match.index ?? 0) + match[0].length))) continue;
      const start = sentence.start + (match.index ?? 0);
      spans.push(textSpan(text, start, start + match[0].length));
    }
  }
  return spans;
}

function isInitial(letters: string, after: string): boolean {
  return /^\p{Lu}$/u.test(letters) && /^\s*\p{Lu}\p{Ll}/u.test(after);
}
