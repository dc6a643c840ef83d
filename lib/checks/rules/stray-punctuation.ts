import { flag, sourceSpanOf, targetSpanOf, textSpan } from "../finding";
import { isEnglishAbbreviation, TRANSLITERATED_RUSSIAN_ABBREVIATIONS } from "../text/abbreviations";
import { isBrokenHost } from "../text/domains";
import type { Check, CheckContext, Finding } from "../types";
import type { AlignedGroup } from "@/lib/align/types";
import { englishCountryNameList, MODALS } from "@/lib/lexicon";
import { organisationEnglishNames } from "@/lib/names";

/**
 * One kind of misplaced punctuation. `pattern` captures the flagged text as a whole; `fix` gives its
 * replacement; `applies` can veto a match from what surrounds it.
 */
interface Misplacement {
  pattern: RegExp;
  message: string;
  fix(match: RegExpMatchArray): string;
  applies?(sentence: string, match: RegExpMatchArray, context: CheckContext): boolean;
  /** Marks copied from the source ("::" of a forum post) are the author's, not the translation's. */
  mirrorsSource?: boolean;
}

const CONTRACTION = "['’](?:s|t|re|ve|ll|d|m)(?![\\p{L}])";

const MISPLACEMENTS: Misplacement[] = [
  {
    // "Emirates , Saudi", "ago .", "sister 's": the spacing of tokenised text.
    pattern: new RegExp(`(?<=[\\p{L}\\p{N}”"’)\\]])[ \\t\\u00a0]+(?:[,;:!?]|\\.(?!\\.)|${CONTRACTION})`, "gu"),
    message: "Space before punctuation.",
    fix: (match) => match[0].trimStart(),
  },
  {
    pattern: /[,;:][ \t]*[,.;:!?](?![.])|(?<![.])\.\.(?![.])|,-(?=\s)/gu,
    message: "Doubled punctuation.",
    fix: (match) => (match[0].endsWith("-") ? "," : match[0].slice(-1)),
    mirrorsSource: true,
  },
  {
    pattern: /(?:\*[ \t]*){2}\*[ \t]*[.,;:]/gu,
    message: "Punctuation after a section break.",
    fix: () => "* * *",
  },
  {
    pattern: /(\p{L}+)[\^_@~](?=\s|$)/gu,
    message: "Stray symbol after a word.",
    fix: (match) => match[1],
    mirrorsSource: true,
  },
  {
    // "all major. naval bases": a full stop inside a sentence, not an abbreviation's.
    pattern: /([\p{L}.]+)\.(?=[ \t]+\p{Ll})/gu,
    message: "Full stop in the middle of a sentence.",
    fix: (match) => match[1],
    applies: (sentence, match, context) =>
      !isEnglishAbbreviation(match[1]) &&
      !TRANSLITERATED_RUSSIAN_ABBREVIATIONS.has(match[1].toLowerCase()) &&
      !startsBrokenDomain(context, match[1], sentence.slice((match.index ?? 0) + match[0].length)),
  },
  {
    pattern: /\b(the|a|an)[,;:.!?](?=\s|$)|\b(of|in|on|at|to|for|with|from|by|into|about);/gu,
    message: "Punctuation right after an article or preposition.",
    fix: (match) => match[1] ?? match[2],
  },
  {
    // An auxiliary needs its verb: "will, be", "is; agriculture". A parenthesis ("will, however, be")
    // closes with a second comma; "free will," and "the can," are nouns.
    // "That is, …" and "how it was, but" are fine: only a modal must not be parted from its verb by a comma.
    pattern: /(?<!\b(?:the|a|an|his|her|its|our|their|my|your|own|free|political|good|ill)\s)\b(will|would|could|should|shall|can|must|is|are|was|were|has|have|had)([,;])(?=[ \t]+\p{Ll})/gu,
    message: "Punctuation between an auxiliary and its verb.",
    fix: (match) => match[1],
    applies: (sentence, match) =>
      match[2] === ";" ||
      (MODALS.has(match[1]) && !/^[ \t]+(?:\S+[ \t]+){0,3}?\S*,/u.test(sentence.slice((match.index ?? 0) + match[0].length))),
  },
  {
    // "their place' in", "fishing,' photography": an apostrophe that neither elides nor closes a quotation.
    pattern: /([\p{L},.]*[^\s'’sSzZxX\p{P}]|,)['’](?=[ \t]+\p{L})/gu,
    message: "Stray apostrophe.",
    fix: (match) => match[1],
    applies: (sentence, match) => !opensSingleQuote(sentence.slice(0, (match.index ?? 0) + match[0].length)),
  },
  {
    // A plural possessive takes a noun, never a verb or an article: "cells' can", "members' the".
    pattern: /(\p{L}+s)['’](?=[ \t]+(?:can|could|will|would|should|must|may|might|is|are|was|were|has|have|had|the|a|an)\b)/gu,
    message: "Stray apostrophe.",
    fix: (match) => match[1],
    applies: (sentence, match) => !opensSingleQuote(sentence.slice(0, (match.index ?? 0) + match[0].length)),
  },
  {
    // "million- subscribers"; a suspended hyphen ("pre- and post-war", "18- to 25-year-olds") is fine.
    pattern: /(\p{L}+)-(?=[ \t]+(?!(?:and|or|to|nor|but|through|versus|vs)\b)\p{L})/gu,
    message: "Hyphen followed by a space.",
    fix: (match) => match[1],
  },
  {
    // "Artem Suvorov: (Centre Party)": a comma, semicolon or colon right before a bracketed name or phrase; not before
    // an enumeration's "(a)", "(iii)", "(B)", nor before a bracket that opens with a figure ("($2 billion)").
    pattern: /(\p{L}+)[,;:](?=[ \t]+\((?!(?:[ivxlc]{1,5}|[IVXLC]{1,5}|\p{L}{1,2})\))\p{Lu})/gu,
    message: "Punctuation before a bracket.",
    fix: (match) => match[1],
    mirrorsSource: true,
  },
];

let splitNamePattern: RegExp | null = null;

/**
 * English names of several words (United Arab Emirates, European Parliament), any letter case, punctuation allowed
 * between the words. Built on first use: the country names come from ICU, which is slow to ask at start-up.
 */
function splitNamePatternOnce(): RegExp {
  if (!splitNamePattern) {
    const names = [...englishCountryNameList(), ...organisationEnglishNames()].filter((name) => /^[\p{L} ]+$/u.test(name) && name.includes(" "));
    splitNamePattern = new RegExp(`(?<![\\p{L}])(?:${names.map((name) => name.split(" ").join("[,;:]?[ \\t]+")).join("|")})(?![\\p{L}])`, "giu");
  }
  return splitNamePattern;
}

/** "the United Arab, Emirates": punctuation inside a capitalised name, which no sentence structure puts there. */
function splitNames(sentence: string): Misplaced[] {
  // The long pattern runs only where two capitalised words have a mark between them.
  if (!/\p{Lu}\p{L}*[,;:][ \t]+\p{Lu}/u.test(sentence)) return [];
  return [...sentence.matchAll(splitNamePatternOnce())]
    .filter((match) => /[,;:]/.test(match[0]) && match[0].split(/[,;:]?[ \t]+/).every((word) => /^\p{Lu}/u.test(word)))
    .map((match) => ({ offset: match.index ?? 0, text: match[0], message: "Punctuation inside a name.", fix: match[0].replace(/[,;:]/g, "") }));
}

/** "stopterrorism. kz", "president. kg": the broken-domain check reports it. */
function startsBrokenDomain(context: CheckContext, name: string, after: string): boolean {
  const label = after.match(/^\s+(\p{Ll}+)(?![\p{L}])/u)?.[1];
  return label !== undefined && isBrokenHost(context, name, label);
}

function opensSingleQuote(before: string): boolean {
  return /(?:^|[\s(“"])['‘]\p{L}/u.test(before);
}

export const strayPunctuation: Check = {
  id: "stray-punctuation",
  title: "Stray punctuation",
  category: "Fluency/Punctuation",
  severity: "minor",
  description:
    "Punctuation where English has none: spaces before commas and stops, doubled marks, a stop or question mark " +
    "inside a sentence, punctuation after an article, inside a name or before a bracket, stray apostrophes, hyphens " +
    "and symbols, “* * *.”, and question or exclamation marks that the source sentence does not have.",
  examples: {
    valid: [
      { source: "Что дальше?", target: "What next? Nobody knows." },
      { source: "Депутаты – за и против – спорили до 10 утра.", target: "Pro- and anti-government deputies argued until 10 a.m. in the hall." },
      { source: "Это «игра» президентов.", target: "It is the presidents' game, as the ‘experts’ say." },
    ],
    invalid: [
      { source: "* * *", target: "* * *.", flagged: "* * *.", suggestion: "* * *" },
      {
        source: "Отношения разорвали ОАЭ, Саудовская Аравия и Египет.",
        target: "Relations were severed by the UAE , Saudi Arabia and Egypt.",
        flagged: " ,",
        suggestion: ",",
      },
      {
        source: "У него более миллиона подписчиков.",
        target: "He has more than a million- subscribers.",
        flagged: "million-",
        suggestion: "million",
      },
      {
        source: "Они потеряли шансы сохранить место в лиге.",
        target: "They lost their chances of retaining their place' in the league.",
        flagged: "place'",
        suggestion: "place",
      },
      {
        source: "Корабли стоят у всех крупных военно-морских баз.",
        target: "Ships are near all major. naval bases.",
        flagged: "major.",
        suggestion: "major",
      },
      {
        source: "Его поддержал президент Владимир Путин.",
        target: "He was supported by President? Vladimir Putin.",
        flagged: "President?",
        suggestion: "President",
      },
    ],
  },
  run(context) {
    const findings = new Map<string, Finding>();
    for (const group of context.groups) {
      const span = targetSpanOf(context, group);
      if (!span) continue;
      for (const misplaced of misplacements(context, group, span.text)) {
        const start = span.start + misplaced.offset;
        const target = textSpan(context.aligned.target.text, start, start + misplaced.text.length);
        findings.set(
          `${target.start}:${target.end}`,
          flag(this, { target, source: sourceSpanOf(context, group), message: misplaced.message, suggestion: misplaced.fix }),
        );
      }
    }
    return [...findings.values()];
  },
};

interface Misplaced {
  offset: number;
  text: string;
  message: string;
  fix: string;
}

function misplacements(context: CheckContext, group: AlignedGroup, sentence: string): Misplaced[] {
  const found: Misplaced[] = [];
  const source = sourceSpanOf(context, group)?.text ?? "";
  for (const misplacement of MISPLACEMENTS) {
    for (const match of sentence.matchAll(misplacement.pattern)) {
      if (misplacement.applies && !misplacement.applies(sentence, match, context)) continue;
      if (misplacement.mirrorsSource && source.includes(match[0].replace(/[\p{L}\s]/gu, ""))) continue;
      found.push({ offset: match.index ?? 0, text: match[0], message: misplacement.message, fix: misplacement.fix(match) });
    }
  }
  return [...found, ...splitNames(sentence), ...marksMissingFromSource(context, group, sentence)];
}

/** A question or exclamation mark that the aligned source does not have: the translation invented it. */
function marksMissingFromSource(context: CheckContext, group: AlignedGroup, sentence: string): Misplaced[] {
  const source = sourceSpanOf(context, group)?.text;
  if (source === undefined) return [];
  const found: Misplaced[] = [];
  for (const match of sentence.matchAll(/(\p{L}+)([?!])(?=[ \t]+\S)/gu)) {
    if (source.includes(match[2])) continue;
    found.push({ offset: match.index ?? 0, text: match[0], message: `The source has no “${match[2]}” here.`, fix: match[1] });
  }
  return found;
}
