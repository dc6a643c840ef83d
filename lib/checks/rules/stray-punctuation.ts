import { flag, sourceSpanOf, targetSpanOf, textSpan } from "../finding";
import { isEnglishAbbreviation, TRANSLITERATED_RUSSIAN_ABBREVIATIONS } from "../text/abbreviations";
import { isBrokenHost } from "../text/domains";
import type { Check, CheckContext, Finding } from "../types";
import type { AlignedGroup } from "@/lib/align/types";
import {
  CLAUSE_OPENERS,
  COORDINATORS,
  DETERMINERS,
  englishCountryNameList,
  FUNCTION_WORDS,
  isDictionaryWord,
  MODALS,
  PREPOSITIONS,
  SUBORDINATORS,
  BIGRAM_SENTENCE_END,
  BIGRAM_SENTENCE_START,
  bigramTokens,
  wordBigrams,
} from "@/lib/lexicon";
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
  /**
   * What a sentence must contain for `pattern` to match: a pattern that opens with a run of letters is tried from
   * every position of every sentence, while most sentences lack the mark it looks for.
   */
  needs?: RegExp;
}

const CONTRACTION = "['’](?:s|t|re|ve|ll|d|m)(?![\\p{L}])";

const MISPLACEMENTS: Misplacement[] = [
  {
    // "Emirates , Saudi", "ago .", "sister 's": the spacing of tokenised text.
    // A stop glued to what follows starts a file name or an extension ("in .mp3 format"), not a sentence's end.
    pattern: new RegExp(`(?<=[\\p{L}\\p{N}”"’)\\]])[ \\t\\u00a0]+(?:[,;:!?]|\\.(?![.\\p{L}\\p{N}])|${CONTRACTION})`, "gu"),
    message: "Space before punctuation.",
    needs: /[ \t\u00a0][,;:!?.'’]/u,
    fix: (match) => match[0].trimStart(),
  },
  {
    pattern: /[,;:][ \t]*[,.;:!?](?![.])|(?<![.])\.\.(?![.])|,-(?=\s)/gu,
    message: "Doubled punctuation.",
    fix: (match) => (match[0].endsWith("-") ? "," : match[0].slice(-1)),
    mirrorsSource: true,
  },
  {
    // "department).;", "bicycle,"?": a sentence's stop and another mark, across a closing bracket or quote. Not after an
    // abbreviation ("etc.,", "a.m.;") or an ellipsis. Anchored at a word's start: the match runs to a space or the end
    // anyway, and tried from every position a long run without spaces is rescanned from each. Each lookbehind follows
    // the mark it vouches for: before it, one read back over a long run of brackets from each point of that run.
    pattern: /(?<!\S)(\S*?)([.!?])([)\]"”’]*)([,;:]|[?!.](?<=,["”’)\]]+.)|[?!](?<=\.["”’)\]]*.)|\.(?<=[?!]["”’)\]]*.)(?!\.))(?=\s|$)/gu,
    message: "Doubled punctuation.",
    needs: /[.!?][)\]"”’]*[,;:?!.]/u,
    fix: (match) => `${match[1]}${match[2]}${match[3]}`,
    applies: (_, match) => match[2] !== "." || !(isEnglishAbbreviation(match[1]) || match[1].endsWith(".") || TRANSLITERATED_RUSSIAN_ABBREVIATIONS.has(match[1].toLowerCase())),
    mirrorsSource: true,
  },
  {
    // "NEWS |. RUSSIA", "GOD =? LIFE", "Time –' translation": a mark glued to a dash, bar or sign standing between words,
    // which ends no sentence or clause. A quotation may close after a dash that breaks off speech ("'Wait —' she said").
    // One mark: an ellipsis after a dash trails off speech ("—… yes").
    pattern: /(?<=^|[ \t])([|=>–—-]+)([.,;:!?'])(?=[ \t]+\S)/gu,
    message: "Punctuation glued to a dash or symbol.",
    needs: /[|=>–—-][.,;:!?']/u,
    fix: (match) => match[1],
    applies: (sentence, match) => match[2] !== "'" || !opensSingleQuote(sentence, match.index ?? 0),
    mirrorsSource: true,
  },
  {
    pattern: /(?:\*[ \t]*){2}\*[ \t]*[.,;:]/gu,
    message: "Punctuation after a section break.",
    fix: () => "* * *",
  },
  {
    // "tax,@ the", "Governor?_", "...^", ">_ told": a symbol after a word or a mark, standing free.
    pattern: /([\p{L}\p{N}]+[,.;:!?…"”’)\]]*|[.…>—–\])]+)[\^_@~](?=\s|$)/gu,
    message: "Stray symbol after a word.",
    needs: /[\^_@~]/u,
    fix: (match) => match[1],
    mirrorsSource: true,
  },
  {
    // "all major. naval bases": a full stop inside a sentence, not an abbreviation's.
    pattern: /([\p{L}.'’]+)\.(?=[ \t]+\p{Ll})/gu,
    message: "Full stop in the middle of a sentence.",
    needs: /\.[ \t]+\p{Ll}/u,
    fix: (match) => match[1],
    // A single capital is an initial before or after a name ("Vanik A. was"), not after a lower-case word ("where I.
    // could"); "No." numbers.
    applies: (sentence, match, context) =>
      (!isEnglishAbbreviation(match[1]) || (/^\p{Lu}$/u.test(match[1]) && !followsName(sentence, match.index ?? 0)) || /^no$/i.test(match[1])) &&
      !TRANSLITERATED_RUSSIAN_ABBREVIATIONS.has(match[1].toLowerCase()) &&
      !startsBrokenDomain(context, match[1], sentence.slice((match.index ?? 0) + match[0].length)),
  },
  {
    // An auxiliary needs its verb: "will, be", "is; agriculture". A parenthesis ("will, however, be")
    // closes with a second comma; "free will," and "the can," are nouns.
    // "That is, …" and "how it was, but" are fine: only a modal must not be parted from its verb by a comma.
    pattern: /(?<!\b(?:the|a|an|his|her|its|our|their|my|your|own|free|political|good|ill)\s|['’]s\s)\b(will|would|could|should|shall|can|must|is|are|was|were|has|have|had)([,;])(?=[ \t]+\p{Ll})/gu,
    message: "Punctuation between an auxiliary and its verb.",
    fix: (match) => match[1],
    applies: (sentence, match) =>
      !endsEllipticalClause(sentence, match.index ?? 0) &&
      (match[2] === ";" ||
        (MODALS.has(match[1]) && !/^[ \t]+(?:\S+[ \t]+){0,3}?\S*,/u.test(sentence.slice((match.index ?? 0) + match[0].length)))),
  },
  {
    // "their place' in", "fishing,' photography": an apostrophe that neither elides nor closes a quotation.
    pattern: /([\p{L},.]*[^\s'’sSzZxX\p{P}]|,)['’](?=[ \t]+[\p{L}\p{N}])/gu,
    message: "Stray apostrophe.",
    needs: /['’][ \t]/u,
    fix: (match) => match[1],
    applies: (sentence, match) => !opensSingleQuote(sentence, (match.index ?? 0) + match[0].length),
  },
  {
    // A plural possessive takes a noun, never a verb, an article, a preposition or a conjunction: "cells' can",
    // "members' the", "drafters' of"; "is'" and "was'" are no plurals; "There's'" elides twice.
    pattern: /(\p{L}+s)['’](?=[ \t]+(?:can|could|will|would|should|must|may|might|is|are|was|were|has|have|had|the|a|an|of|to|in|for|with|from|at|by|on|and|or|but|that|who|which)\b)|\b((?:is|was|has|does|this|us)|\p{L}+['’]\p{L}+)['’](?=[ \t]+[\p{L}\p{N}])/giu,
    message: "Stray apostrophe.",
    needs: /['’][ \t]/u,
    fix: (match) => match[1] ?? match[2],
    applies: (sentence, match) => !opensSingleQuote(sentence, (match.index ?? 0) + match[0].length),
  },
  {
    // "million- subscribers", "where- to do it"; a suspended hyphen waits for the compound that completes it after a
    // conjunction ("pre- and post-war", "18- to 25-year-olds").
    pattern: /([\p{L}\p{N}]+)-(?=[ \t]+[\p{L}\p{N}"“])/gu,
    message: "Hyphen followed by a space.",
    needs: /-[ \t]/u,
    fix: (match) => match[1],
    applies: (sentence, match) =>
      !/^[ \t]+(?:and|or|to|nor|but|through|versus|vs\.?)[ \t]+(?:\S+[ \t]+){0,2}?[\p{L}\p{N}]+-[\p{L}\p{N}]/u.test(
        sentence.slice((match.index ?? 0) + match[0].length),
      ),
  },
  {
    // "Artem Suvorov: (Centre Party)": a comma, semicolon or colon right before a bracketed name or phrase; not before
    // an enumeration's "(a)", "(iii)", "(B)", nor before a bracket that opens with a figure ("($2 billion)").
    pattern: /(\p{L}+)[,;:](?=[ \t]+\((?!(?:[ivxlc]{1,5}|[IVXLC]{1,5}|\p{L}{1,2})\))\p{Lu})/gu,
    message: "Punctuation before a bracket.",
    needs: /[,;:][ \t]+\(/u,
    fix: (match) => match[1],
    mirrorsSource: true,
  },
];

/** A capitalised word before `offset` that does not open the sentence: a name ("Vanik A."). */
const followsName = (sentence: string, offset: number) => /\S[ \t]+\p{Lu}\p{Ll}+[ \t]+$/u.test(lastWordsBefore(sentence, offset, 3));

/** "if you can, …", "as soon as we can; …": a clause whose verb the auxiliary stands for ends with it. */
const endsEllipticalClause = (sentence: string, offset: number) =>
  /\b(?:if|as|than|when|whenever|unless|because|while|though|although|whether)[ \t]+\p{L}+[ \t]+$|\b(?:who|which|that)[ \t]+$/iu.test(
    lastWordsBefore(sentence, offset, 3),
  );

/**
 * The last `words` words of the sentence before `offset`, as spaces and tabs part them (a word ending in spaces
 * counts): all a pattern anchored there and spanning fewer words can read, as other whitespace ends its run too. Such
 * a pattern is tried from every point of the text it is given, and given all the sentence before each mark it made a
 * run of thousands of them ("can, can, …", "A. b A. b …", "one, of two …") quadratic.
 */
function lastWordsBefore(sentence: string, offset: number, words: number): string {
  const isBlank = (char: string | undefined) => char === " " || char === "\t";
  let start = offset;
  for (let gaps = 0; start > 0; start--) {
    const char = sentence[start - 1];
    if (isBlank(char)) {
      if (start === offset || !isBlank(sentence[start])) gaps++;
      if (gaps === words) break;
    } else if (/\s/.test(char)) break;
  }
  return sentence.slice(start, offset);
}

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

const AUXILIARIES = new Set(["am", "is", "are", "was", "were", "has", "have", "had", "do", "does", "did", ...MODALS]);

/** A second comma within a few words: the first opened a parenthesis ("and, of course, taxes"). */
const closesParenthesis = (rest: string, words: number) => new RegExp(`^[ \\t]+(?:\\S+[ \\t]+){0,${words - 1}}?\\S*,`, "u").test(rest);

/** The next word as a reader meets it, without an opening quote or bracket. */
const nextWordOf = (rest: string) => rest.match(/^[ \t]+["“'‘(]?([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u)?.[1] ?? "";

/** A clause opener, also with a verb glued on ("it's", "they're", "there'll"). */
const opensClause = (word: string) => CLAUSE_OPENERS.has(word.toLowerCase().replace(/['’](?:s|re|ll|d|ve|m)$/u, ""));

/** A parenthesis opens with a preposition, a conjunction or an adverb ("and, after a pass through the pit lane, was"). */
const opensParenthesis = (word: string) =>
  [PREPOSITIONS, SUBORDINATORS, CLAUSE_OPENERS].some((words) => words.has(word.toLowerCase())) ||
  /ly$/.test(word) ||
  ["after", "before", "since", "according", "on", "by", "as", "of", "at", "besides", "moreover", "indeed", "like", "including"].includes(word.toLowerCase());

/**
 * A mark where English grammar allows none: after a word that opens a phrase and cannot close it, before the rest of
 * that phrase. A determiner before its noun ("the; official", "The. Exorcists"); a preposition before its object
 * ("live in, San Diego", "question to: you"), unless it ended its clause ("what we came for, we got"); a conjunction
 * before what it joins ("or; shop", "but, your own"), unless a parenthesis follows ("and, of course, taxes"); an
 * auxiliary before its verb ("you'll: reap", "is: no"); a subject before its verb; a possessive before its noun
 * ("Putin's, regime"); a semicolon after a sentence's first word, which is no clause ("If; you").
 */
function phraseBreaks(sentence: string): Misplaced[] {
  const found: Misplaced[] = [];
  for (const match of sentence.matchAll(/(?<![\p{L}\p{N}'’.-])(\p{L}+(?:['’-]\p{L}+)*)([,;:.!?])(?=[ \t]+\S)/gu)) {
    const [text, word, mark] = match;
    const offset = match.index ?? 0;
    const rest = sentence.slice(offset + text.length);
    const next = nextWordOf(rest);
    const lower = word.toLowerCase().replace(/’/g, "'");
    const nextIsLower = /^\p{Ll}/u.test(next);
    const clauseMark = mark === "," || mark === ";" || mark === ":";
    let message: string | null = null;
    const parenthesis = opensParenthesis(next) || closesParenthesis(rest, 4);
    if (DETERMINERS.has(lower)) {
      // "A, B and C" and "he is, A, my comrade; B, …" enumerate, "A. Smith" and "Vanik A. was" are initials: a capital A
      // is the article only before a lower-case word, where no list, mark or name put it.
      const label = word === "A" && (!nextIsLower || /[,;:(][ \t]*$/u.test(lastWordsBefore(sentence, offset, 2)) || followsName(sentence, offset));
      if (!label) message = "Punctuation between a determiner and its noun.";
    } else if (PREPOSITIONS.has(lower) && clauseMark && !(/^\p{Lu}/u.test(word) && /\p{L}/u.test(sentence.slice(0, offset)))) {
      // A particle ends its verb's clause before the next one's subject or participle ("when work weighed in, the
      // fraudster decided", "came across, saying"). A capitalised preposition inside a sentence belongs to a title.
      const opensNext =
        next === "" || next === "I" || opensClause(next) || /ly$/.test(next) || (PARTICLES.has(lower) && (DETERMINERS.has(next.toLowerCase()) || /ing$/.test(next)));
      if (mark !== "," || !(opensNext || isStranded(sentence, offset))) message = "Punctuation between a preposition and its object.";
    } else if ((COORDINATORS.has(lower) || NEVER_STRANDED.has(lower)) && mark !== "," && !opensClause(next)) {
      // No sentence ends on "and", nor on a preposition English does not leave behind its object: "fundamentals of. Islam".
      message = "A stop right after a word that cannot end a sentence.";
    } else if ((COORDINATORS.has(lower) || SUBORDINATORS.has(lower)) && clauseMark) {
      const parenthesis = opensParenthesis(next) || closesParenthesis(rest, 6);
      if (mark !== "," || (COORDINATORS.has(lower) && !parenthesis)) message = "Punctuation right after a conjunction.";
    } else if (clauseMark && (/'(?:ll|re|ve)$/.test(lower) || (mark === ":" && AUXILIARIES.has(lower) && nextIsLower && !opensClause(next)))) {
      message = "Punctuation between an auxiliary and its verb.";
    } else if (clauseMark && /'s$/.test(lower) && nextIsLower && !opensClause(next) && !isContraction(lower)) {
      message = "Punctuation between a possessive and its noun.";
    } else if (
      clauseMark &&
      SUBJECT_PRONOUNS.has(lower) &&
      !AUXILIARIES.has(previousWordOf(sentence, offset)) &&
      (mark !== "," || !(opensParenthesis(next) || (/^\p{Lu}/u.test(next) && closesParenthesis(rest, 4))))
    ) {
      message = "Punctuation between a subject and its verb.";
    } else if (mark === "," && nextIsLower && !opensClause(next) && !parenthesis && /n't$/.test(lower) && !endsEllipticalClause(sentence, offset)) {
      message = "A comma between an auxiliary and its verb.";
    } else if ((mark === ";" || (mark === ":" && !opensClause(next))) && endsNoClause(lower, mark) && !endsEllipticalClause(sentence, offset)) {
      message = `A ${mark === ";" ? "semicolon" : "colon"} after a word that cannot end a clause.`;
    } else if ((mark === ";" || mark === ":") && continuesClause(next, rest)) {
      message = `A ${mark === ";" ? "semicolon" : "colon"} inside a clause.`;
    } else if (mark === ";" && !/[\p{L}\p{N}]/u.test(sentence.slice(0, offset))) {
      message = "A semicolon after the sentence's first word.";
    } else if (mark === "," && next === "of" && !/^[ \t]+of[ \t]+(?:course|which|whom|whose)\b/u.test(rest) && !closesParenthesisBefore(sentence, offset)) {
      // "of" binds to the word before it ("one-third of the deputies") and opens no parenthesis but "of course".
      message = "A comma between a word and the “of” that completes it.";
    } else if (
      mark === "," &&
      BE_OR_HAVE.has(lower) &&
      nextIsLower &&
      !opensClause(next) &&
      !DETERMINERS.has(next.toLowerCase()) &&
      // An infinitive completes "is" ("the aim is, to win"); other prepositions may open a parenthesis.
      !(next === "to" ? closesParenthesis(rest, 4) : parenthesis) &&
      !closesParenthesisBefore(sentence, offset) &&
      !endsEllipticalClause(sentence, offset) &&
      !/\b(?:what|whatever|where|wherever|how|who|whose|which|when|while|if|than|as)\b/iu.test(clauseBefore(sentence, offset))
    ) {
      // "The purpose is, to obtain", "they are, ready": a finite "be" or "have" before what completes it. A clause that
      // ends on it ("no matter what colour it is, the spirit"; "where the law is, there") or a parenthesis after it stays.
      message = "A comma between a verb and what completes it.";
    }
    if (message) found.push({ offset, text, message, fix: word });
  }
  return found;
}

const BE_OR_HAVE = new Set(["am", "is", "are", "was", "were", "has", "have", "had"]);

/** The clause before `offset`, from the last mark. */
const clauseBefore = (sentence: string, offset: number) => sinceLastMark(sentence, offset, /[,;:.!?()—–"“”]/u);

/**
 * The sentence from the last of `marks` before `offset` up to it, read back from the offset: splitting all the
 * sentence before each mark was quadratic in a run of thousands of them, while each clause is read once.
 */
function sinceLastMark(sentence: string, offset: number, marks: RegExp): string {
  let start = offset;
  while (start > 0 && !marks.test(sentence[start - 1])) start--;
  return sentence.slice(start, offset);
}

/**
 * A comma a few words back: the comma at `offset` may close the parenthesis it opened ("Burkov, extradited from Israel,
 * of fraud"); one before "and" or "but" opened a clause instead ("for days, and was, going").
 */
const closesParenthesisBefore = (sentence: string, offset: number) => /,[ \t]+(?!(?:and|but|or)\b)(?:\S+[ \t]+){0,5}\S*$/u.test(lastWordsBefore(sentence, offset, 7));

/**
 * A preposition whose object went before it, so it ends its clause: after a question or relative word ("who it is
 * with, watch") or an infinitive ("nobody to talk to, nobody"), or a particle after its verb's object ("get the guests
 * in"). Only the first two are told apart here.
 */
function isStranded(sentence: string, offset: number): boolean {
  const clause = sinceLastMark(sentence, offset, /[,;:.!?]/);
  return /\b(?:what|which|who|whom|where)\b/iu.test(clause) || /\bto[ \t]+\p{L}+[ \t]+$/u.test(clause);
}

const SUBJECT_PRONOUNS = new Set(["i", "he", "she", "we", "they"]);

/**
 * Prepositions English keeps before their object even where the object moved ("the town we lived in" but "the town in
 * which we lived", never "which we lived of"); "of" only in a few set phrases ("what is it made of").
 */
const NEVER_STRANDED = new Set(["of", "into", "onto", "via", "per", "amid", "amidst", "among", "despite", "during", "toward", "towards", "throughout", "regarding", "concerning", "unlike", "except"]);

/** Prepositions that are also particles of phrasal verbs: "weigh in", "fit in", "sign across". */
const PARTICLES = new Set(["in", "across"]);

/** The lower-cased word before `offset`, to tell an inverted subject ("how old am I, …") from a subject before its verb. */
const previousWordOf = (sentence: string, offset: number) => lastWordsBefore(sentence, offset, 2).match(/(\p{L}+)[ \t]+$/u)?.[1].toLowerCase() ?? "";

/**
 * What follows a semicolon or colon opens a clause or a list; a finite verb with no subject before it ("the soul: is
 * pure") or "of" ("a resident: of the village") carries on the clause the mark broke. A verb before a pronoun asks a
 * question ("I have a question: have you …").
 */
function continuesClause(next: string, rest: string): boolean {
  if (next === "of") return true;
  if (!/^(?:is|are|was|were|will|would|has|have|had|can|could|should|must|does|did|says)$/.test(next)) return false;
  return !/^[ \t]+\S+[ \t]+(?:i|you|he|she|it|we|they|there|this|that)\b/iu.test(rest);
}

/**
 * A closed-class word after which no clause ends, so no semicolon or colon can follow: an auxiliary ("don't;", "I'm:"),
 * a preposition or conjunction ("about;", "than:"). Not a pronoun that may be an object ("saw them use it:"), a
 * demonstrative or question word that may stand for a clause ("here is what:"), "said" before a quotation, "as" of
 * "such as:".
 */
function endsNoClause(word: string, mark: string): boolean {
  if (/n't$|'m$/.test(word)) return true;
  if (!FUNCTION_WORDS.has(word) || ["it", "its", "his", "her", "them", "this", "that", "these", "those", "what", "which", "who", "whom", "where", "when", "so", "said", "says", "also"].includes(word)) return false;
  return !(mark === ":" && word === "as");
}

/** "it's", "that's", "let's": a pronoun with "is", "has" or "us", not a possessive. */
function isContraction(word: string): boolean {
  const stem = word.slice(0, -2);
  return FUNCTION_WORDS.has(stem) || CLAUSE_OPENERS.has(stem) || ["let", "here", "one", "everyone", "everything", "nobody", "somebody", "someone", "something", "nothing"].includes(stem);
}

/** "stopterrorism. kz", "president. kg": the broken-domain check reports it. */
function startsBrokenDomain(context: CheckContext, name: string, after: string): boolean {
  const label = after.match(/^\s+(\p{Ll}+)(?![\p{L}])/u)?.[1];
  return label !== undefined && isBrokenHost(context, name, label);
}

/** Whether a single quotation mark opens in the sentence before `end`: an apostrophe after it may close it. */
function opensSingleQuote(sentence: string, end: number): boolean {
  return firstOpeningQuoteEnd(sentence) <= end;
}

let lastOpening: { sentence: string; end: number } | null = null;

/**
 * Where the sentence's first opening single quote ends, its letter included (Infinity if none), found once for the
 * last sentence: the first to open is the first to end, and looking anew before each apostrophe re-read the sentence
 * up to it (quadratic in a run of "x' x' x'…").
 */
function firstOpeningQuoteEnd(sentence: string): number {
  if (lastOpening?.sentence !== sentence) {
    const opening = /(?:^|[\s(“"])['‘]\p{L}/u.exec(sentence);
    lastOpening = { sentence, end: opening ? opening.index + opening[0].length : Infinity };
  }
  return lastOpening.end;
}

export const strayPunctuation: Check = {
  id: "stray-punctuation",
  title: "Stray punctuation",
  category: "Fluency/Punctuation",
  severity: "minor",
  description:
    "Punctuation where English has none: spaces before commas and stops, doubled marks, a stop or question mark " +
    "inside a sentence, a mark inside a phrase — after a word that opens it and cannot close it (a determiner, a " +
    "preposition before its object, a conjunction, an auxiliary, a subject, a possessive) or before a " +
    "verb that carries the clause on —, a comma or colon between two words English reads as one phrase (by a " +
    "word-bigram model of edited English: “useful in, life”), inside a name or before a bracket, stray apostrophes, " +
    "hyphens and symbols, a mark glued to a dash or sign between words (“NEWS |. RUSSIA”), " +
    "“* * *.”, and question or exclamation marks, colons and semicolons inside a clause, and full stops that split a " +
    "name or a phrase, where the aligned source sentence has no mark for them.",
  examples: {
    valid: [
      { source: "Что дальше?", target: "What next? Nobody knows." },
      { source: "Депутаты – за и против – спорили до 10 утра.", target: "Pro- and anti-government deputies argued until 10 a.m. in the hall." },
      { source: "Это «игра» президентов.", target: "It is the presidents' game, as the ‘experts’ say." },
      { source: "Выросли зарплаты и, конечно, налоги.", target: "Wages and, of course, taxes rose." },
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
        source: "Она живёт в Казани с тётей.",
        target: "She lives in, Kazan with her aunt.",
        flagged: "in,",
        suggestion: "in",
      },
      {
        source: "Фермер пожаловался на засуху.",
        target: "The farmer complained; about the drought.",
        flagged: "complained;",
        suggestion: "complained",
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
    if (misplacement.needs && !misplacement.needs.test(sentence)) continue;
    for (const match of sentence.matchAll(misplacement.pattern)) {
      if (misplacement.applies && !misplacement.applies(sentence, match, context)) continue;
      if (misplacement.mirrorsSource && (source.includes(match[0].replace(/[\p{L}\s]/gu, "")) || opensLikeSource(source, sentence, match))) continue;
      found.push({ offset: match.index ?? 0, text: match[0], message: misplacement.message, fix: misplacement.fix(match) });
    }
  }
  return [
    ...found,
    ...phraseBreaks(sentence),
    ...splitNames(sentence),
    ...marksMissingFromSource(context, group, sentence),
    ...clauseBreaksWithoutCounterpart(source, sentence),
    ...splitSentences(source, sentence),
    ...unlikelyMarks(source, sentence),
    ...commasBeforeThatClause(sentence),
  ];
}

/** Brown Corpus tags of a verb's forms (said, believes, known), not of be, have or do, which the corpus tags apart. */
const VERB_TAGS = /^vb/;

/**
 * A comma between a verb and the "that" of the clause it reports ("said, that the budget"): Russian sets one before
 * что, English none. Not "that" as a demonstrative ("said, that is,"), nor after a word the corpus does not surely
 * tag as a verb ("the car, that"), nor after an aside ("or so it seems, that").
 */
function commasBeforeThatClause(sentence: string): Misplaced[] {
  const found: Misplaced[] = [];
  // From the comma: a pattern starting at the word before it would rescan a long run of letters from each letter.
  for (const comma of sentence.matchAll(/,(?=[ \t]+that\b)/giu)) {
    const at = comma.index ?? 0;
    const word = /(?<!\p{L})\p{L}{1,30}$/u.exec(sentence.slice(Math.max(0, at - 31), at))?.[0];
    if (!word) continue;
    const offset = at - word.length;
    // "…, or so it seems, that": the comma closes an aside that a comma opened a few words before.
    const closesAside = /,[ \t]+(?:\S+[ \t]+){0,4}$/u.test(lastWordsBefore(sentence, offset, 6));
    SUBORDINATE_AT.lastIndex = at + 1;
    if (closesAside || !SUBORDINATE_AT.test(sentence) || !isSurelyVerb(word.toLowerCase())) continue;
    found.push({ offset, text: `${word},`, message: "English sets no comma before “that” opening what the verb reports.", fix: word });
  }
  return found;
}

// A verb this surely by the corpus's tags: "said" (1.0), not "report" or "fact".
const SURELY_VERB = 0.9;
const isSurelyVerb = (word: string) => wordBigrams().isSurelyTagged(word, VERB_TAGS, SURELY_VERB);

/**
 * How much likelier, as a log-likelihood ratio of the word-bigram and part-of-speech model, the words around a comma
 * or colon read without it: a mark English never puts between those two words. Chosen on the tuning part's synthetic
 * marks and clean post-edits: "with, those", "a little, bit", "can: and" lie above it; commas of a parenthesis ("in,
 * of course, their") and a colon before a quotation lie below.
 */
const UNLIKELY_MARK = 10;

/**
 * How much likelier, as a log-likelihood ratio, the word after a semicolon goes on from the word before it than opens a
 * clause ("killed; by", "a few; decades"); "years; I", "yesterday; there" open one. Chosen on the tuning part.
 */
const CLAUSE_GOES_ON = 3;

/**
 * A comma or colon between two words that English reads as one phrase, by the word-bigram model: "Don't fight with,
 * those", "useful in, life", "what can: and cannot"; a semicolon before a word that goes on from the one before it
 * rather than opening a clause, where the source has no mark for it. The model reads the two words on either side of the mark.
 */
function unlikelyMarks(source: string, sentence: string): Misplaced[] {
  // Most sentences have a comma; those without any of the three marks need no tokens.
  if (!/[,:;]/.test(sentence)) return [];
  const tokens = bigramTokens(sentence);
  const found: Misplaced[] = [];
  tokens.forEach(({ token, start }, i) => {
    const [word, next] = [tokens[i - 1], tokens[i + 1]];
    if ((token !== "," && token !== ":" && token !== ";") || !word || !next || word.start + word.written.length !== start) return;
    if (!/^\p{L}/u.test(word.written) || !/^\p{L}/u.test(next.written) || sentence.slice(start + 1, next.start) !== " ") return;
    // Capitals on both sides are names or titles in a list ("Death Against, The Bridge").
    if (/^\p{Lu}/u.test(word.written) && /^\p{Lu}/u.test(next.written)) return;
    const before = tokens[i - 2]?.token ?? BIGRAM_SENTENCE_START;
    const model = wordBigrams();
    // A particle after a verb may end its clause ("when the mayor stepped in, the talks resumed"): the model sees one
    // word either side of the mark, not the verb.
    if (model.tagShare(word.token, /^(?:in|rp)$/) >= 0.3 && model.tagShare(before, /^vb/) >= 0.3) return;
    const after = tokens[i + 2]?.token ?? BIGRAM_SENTENCE_END;
    if (token === ";") {
      // A semicolon the source has a counterpart for is the source's; Russian may part clauses with a comma too.
      if (!hasClauseBreakBeyondSource(source, sentence) || opensLabelledItem(sentence.slice(start + 1))) return;
      // A semicolon parts two clauses: the word after it must open one about as well as it goes on from the word before.
      const goesOn = model.sequenceFit([word.token, next.token, after]) - model.sequenceFit([BIGRAM_SENTENCE_START, next.token, after]);
      if (goesOn >= CLAUSE_GOES_ON) found.push({ offset: word.start, text: word.written + token, message: "A semicolon inside a clause that goes on after it.", fix: word.written });
      return;
    }
    // A colon the source has one for is the source's: a proverb's two halves ("Брюхо — что судья: и молча просит").
    if (token === ":" && !hasMarkBeyondSource(":", source, sentence)) return;
    const around = [before, word.token, next.token, after];
    if (model.sequenceFit(around) - model.sequenceFit([...around.slice(0, 2), token, ...around.slice(2)]) < UNLIKELY_MARK) return;
    const name = token === "," ? "comma" : "colon";
    found.push({ offset: word.start, text: word.written + token, message: `A ${name} between words English reads as one phrase.`, fix: word.written });
  });
  return found;
}

/**
 * What follows a semicolon is an item of a labelled list when a colon comes before the next stop or semicolon: English
 * parts "Author: Ivan Bunin; year: 1933" so, where Russian has commas.
 */
const opensLabelledItem = (rest: string) => /^[^;:.!?]*:/u.test(rest);

/**
 * A stop inside a sentence that ends one: after a word, before a space and a word or a figure. Matched from the first
 * mark of a run only: tried from each mark of a long run ("?!?!…"), it was quadratic.
 */
const INNER_BREAK = /(?<![.!?…])[.!?…]+["»”)]*[ \t]+["«“(]?[\p{L}\p{N}]/u;

/**
 * A full stop that splits what the source writes as one sentence: the aligned source has no break inside it, and the
 * stop parts a capitalised name ("Boris. Nemtsov"), follows a word no sentence ends on ("held in. Bishkek", "For.
 * Krasnodar") or leaves a single word before it as a sentence of its own ("Licensed. Minecraft"). Translators do split
 * long sentences, but after a clause, not inside a name or a phrase.
 */
function splitSentences(source: string, sentence: string): Misplaced[] {
  if (source === "" || INNER_BREAK.test(source)) return [];
  const found: Misplaced[] = [];
  for (const match of sentence.matchAll(/(?<![\p{L}\p{N}'’.-])(\p{L}+)\.(?=[ \t]+["“(]?([\p{L}\p{N}]+))/gu)) {
    const [text, word, next] = match;
    const offset = match.index ?? 0;
    const before = sentence.slice(0, offset).trim();
    const closedClass = [PREPOSITIONS, DETERMINERS, COORDINATORS, SUBORDINATORS, AUXILIARIES].some((words) => words.has(word.toLowerCase()));
    // "in." abbreviates inches only after a figure.
    const abbreviation = isEnglishAbbreviation(word) && !(closedClass && !/\d$/u.test(before));
    if (abbreviation || TRANSLITERATED_RUSSIAN_ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) continue;
    // A name goes on in a word no dictionary has; a short capitalised word before it is a title's or a first name's
    // abbreviation ("Fr. Vladimir", "Dm. Bykov"); after a name a new sentence opens with a common word ("Donbass. The").
    const splitsName = /^\p{Lu}\p{Ll}{3,}$/u.test(word) && /^\p{Lu}\p{Ll}/u.test(next) && before !== "" && !isDictionaryWord(next.toLowerCase());
    const lonely = before === "" && word.length > 3 && /^\p{Lu}/u.test(next);
    if (splitsName || closedClass || lonely) found.push({ offset, text, message: "This full stop splits what the source writes as one sentence.", fix: word });
  }
  return found;
}

/**
 * Marks opening a sentence, each of them among the marks its source opens with (".. where" for "., где"): a fragment's,
 * as the source has it.
 */
function opensLikeSource(source: string, sentence: string, match: RegExpMatchArray): boolean {
  const opening = sentence.slice(0, (match.index ?? 0) + match[0].length);
  const sourceOpening = source.trimStart().match(/^[\p{P}\p{S}\s]*/u)?.[0] ?? "";
  return !/[\p{L}\p{N}]/u.test(opening) && [...opening.replace(/\s/g, "")].every((mark) => sourceOpening.includes(mark));
}

/** More of a mark (a colon, a semicolon) than the source has. */
function hasMarkBeyondSource(mark: string, source: string, sentence: string): boolean {
  return sentence.split(mark).length > source.split(mark).length;
}

/**
 * More colons, semicolons, dashes and ellipses than the source has: each mark of the source stands for one of them, so
 * a colon or semicolon beyond them is the translation's own.
 */
function hasClauseBreakBeyondSource(source: string, sentence: string): boolean {
  const count = (text: string, marks: RegExp) => text.match(marks)?.length ?? 0;
  const breaks = /[:;—–…]|\s-\s|\.\.\./gu;
  // A dash the translation kept stands for its own; a dash opening the source line marks a speaker, not a break.
  return count(sentence, breaks) > count(source.replace(/^\s*[—–-]\s/u, ""), breaks);
}

/**
 * A colon or semicolon between two words of one clause that the aligned source sentence has no mark for: English
 * translators do not invent them, so "cannot live: without", "complained; about" broke the clause. Russian may stand a
 * colon, a semicolon, a dash or an ellipsis where English has either, and a comma where English parts two clauses with a
 * semicolon (news translators do that often, whatever other commas they add or drop): at about the same place in the
 * sentence, since the clauses keep their order. A colon
 * before a capital ("Putin: we"), a clause opener ("his diet: he started") or a question ("a question: have you")
 * introduces what follows and stays.
 */
function clauseBreaksWithoutCounterpart(source: string, sentence: string): Misplaced[] {
  if (source === "" || !hasClauseBreakBeyondSource(source, sentence)) return [];
  const found: Misplaced[] = [];
  for (const match of sentence.matchAll(/([\p{L}\p{N}%]+)([;:])(?=[ \t]+["“'‘(]?(\p{L}+))/gu)) {
    const [text, word, mark, next] = match;
    // A semicolon stands for one of the source's, or for a comma of the source at about the same place.
    const rest = sentence.slice((match.index ?? 0) + text.length);
    // Not before a subordinate clause ("said; that the budget"), which English never parts from its main clause.
    const subordinate = SUBORDINATE_AFTER.test(rest);
    const at = ((match.index ?? 0) + text.length) / sentence.length;
    if (mark === ";" && !subordinate && (!hasMarkBeyondSource(";", source, sentence) || hasSourceMarkNear(source, at, SOURCE_COMMA))) continue;
    // A colon for the source's dash between a label and its value ("Зарплата — от 40 000": "Salary: from 40,000").
    if (mark === ":" && hasSourceMarkNear(source, at, SOURCE_DASH)) continue;
    // A colon inside a name ("Sergei: Parkhomenko"): neither capitalised word is a common word; "Source: Kasparov.ru"
    // labels.
    const splitsName = [word, next].every((part) => /^\p{Lu}\p{Ll}{2,}$/u.test(part) && !isDictionaryWord(part.toLowerCase()));
    if (mark === ":" && !splitsName && (!/\p{Ll}/u.test(next[0]) || opensClause(nextWordOf(rest)) || /^[ \t]+\p{L}+[ \t]+(?:i|you|he|she|it|we|they)\b/u.test(rest))) continue;
    found.push({ offset: match.index ?? 0, text, message: `The source has no ${mark === ";" ? "semicolon" : "colon"} here, and the clause goes on after it.`, fix: word });
  }
  return found;
}

/**
 * A subordinate clause's first word after a mark: a relative or subordinating word, or "that" as a conjunction (not
 * the demonstrative of "that is", "that was").
 */
const SUBORDINATE_AFTER =
  /^[ \t]+(?:which|who|whom|whose|whether|because|although|though|unless|whereas|that(?![ \t]+(?:is|was|were|will|would|has|had|can|could|may|might|must|should|seems?|means?)\b))\b/iu;

/** SUBORDINATE_AFTER read where `lastIndex` says, without slicing the rest of a long sentence off for each comma. */
const SUBORDINATE_AT = new RegExp(SUBORDINATE_AFTER.source.replace(/^\^/, ""), "iuy");

/** How far, as a share of the sentence's length, a mark may lie from the source's mark it stands for. */
const MARK_NEAR = 0.25;

const SOURCE_COMMA = /,/gu;
/** A dash between words, which Russian puts where English puts a colon: after a label, before what explains the clause. */
const SOURCE_DASH = /\s[—–-]\s/gu;

/**
 * One of the source's `marks` at about the same share of its length as `at`: the comma a semicolon stands for where
 * English parts the two clauses Russian parts with a comma, the dash a colon stands for.
 */
function hasSourceMarkNear(source: string, at: number, marks: RegExp): boolean {
  return [...source.matchAll(marks)].some((mark) => Math.abs((mark.index ?? 0) / source.length - at) <= MARK_NEAR);
}

/** A Russian question word opening a sentence or clause (after a comma or a dash too): Russian may end such a question with a full stop. */
const RUSSIAN_QUESTION = /(?:^|[.!?…:—–,-]\s*)["«„(]?(?:что|как|почему|зачем|кто|где|когда|куда|откуда|сколько|как(?:ой|ая|ое|ие|ого|ую|их)|чей|чья|чьё|чьи|разве|неужели)(?![\p{L}-])/iu;

/** English asks a direct question by opening the sentence with a question word or an auxiliary, and must end it with "?". */
function asksDirectly(before: string): boolean {
  const opening = before.split(/[.!?…]\s+/u).at(-1) ?? "";
  return /^["“'‘(\s-]*(?:what|why|how|who|whom|whose|where|when|which|is|are|was|were|do|does|did|can|could|will|would|should|shall|has|have|may|must)\b/iu.test(opening);
}

/**
 * A question or exclamation mark the translation invented: the aligned source has none, or fewer than the translation
 * and this one goes on in lower case ("will not! begin"), which a sentence's end does not. A direct question the
 * source asked with a question word but ended with a full stop ("Что для меня спорт." → "What is sport for me?") needs it.
 */
function marksMissingFromSource(context: CheckContext, group: AlignedGroup, sentence: string): Misplaced[] {
  const source = sourceSpanOf(context, group)?.text;
  if (source === undefined) return [];
  const count = (text: string, mark: string) => text.split(mark).length - 1;
  const found: Misplaced[] = [];
  for (const match of sentence.matchAll(/(?<![\p{L}\p{N}])([\p{L}\p{N}]+["”’»)]?|(?<=\s)-)([?!])(?=[ \t]+(\S))/gu)) {
    const mark = match[2];
    const extra = count(sentence, mark) > count(source, mark) && /\p{Ll}/u.test(match[3]);
    if (source.includes(mark) && !extra) continue;
    if (mark === "?" && !extra && asksDirectly(sentence.slice(0, match.index ?? 0)) && RUSSIAN_QUESTION.test(source)) continue;
    found.push({ offset: match.index ?? 0, text: match[0], message: `The source has no “${mark}” here.`, fix: match[1] });
  }
  return found;
}
