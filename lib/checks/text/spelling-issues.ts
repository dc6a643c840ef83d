import { distance } from "fastest-levenshtein";
import type { AlignedGroup, TextSpan } from "@/lib/align/types";
import {
  capitalize,
  compoundParts,
  FUNCTION_WORDS,
  hasInnerCapital,
  isCapitalisedCommonWord,
  isCapitalized,
  isDerivedWord,
  isDictionaryWord,
  isEmbeddedInCode,
  isFrequentWord,
  isHyphenatedCompound,
  isShoutedWord,
  isWrittenInCapitals,
  matchCase,
  LIKELY_TRANSLATION,
  likelyTranslationsOf,
  nearMisses,
  russianLemmasOf,
  translationScore,
  twoSlipMisses,
  wordTokens,
  zipfFrequency,
} from "@/lib/lexicon";
import type { CheckContext } from "../types";
import { closestRenderings, isKnownArticleWord, sourceLatinWords, isNameWord, isSlipInCognate, sourceNamesRendered, sourceWordsTransliterated } from "./accepted-words";
import { calqueOf } from "./calques";
import { sourceLemmas } from "./source-lemmas";
import { modelRenders, readsAsTransliteration, rendersFaithfully } from "./transliteration";
import { acceptedNameTokens, isListedNameSpelling, isSpeltName } from "@/lib/names";
import { latinVariants, matchKey, nameLexicon } from "@/lib/translit";
import { parseWord } from "@/lib/morph";

export interface SpellingIssue {
  /** The whole word as written, hyphenated compound included. */
  word: TextSpan;
  kind: "glued" | "non-word";
  /** The word with the faulty part corrected, when one correction stands out. */
  suggestion: string | null;
}

/**
 * Unknown words of the translation, each either two words run together, a word one slip away from a
 * dictionary word, or a word built the Russian way from English parts (see `calqueOf`). Shared by `glued-word` and `non-word`, which report one kind each. Words that may be
 * right (names, terms, transliterated realia, acronyms, brands, code) are left alone.
 */
export function spellingIssues(context: CheckContext): SpellingIssue[] {
  return context.memo("spelling-issues", () => {
    const text = context.aligned.target.text;
    const issues: SpellingIssue[] = [];
    for (const group of context.groups) {
      for (const sentence of group.target) {
        const words = wordTokens(text, sentence.start, sentence.end);
        const shouted = isWrittenInCapitals(words);
        // Once per word: each is asked of as the neighbour before and after.
        const unknownCapitalised = words.map(isUnknownCapitalised);
        const titled = isTitleCased(words);
        const found = words.map((word, i) => {
          const opensSentence = !/[\p{L}\p{N}]/u.test(text.slice(sentence.start, word.start));
          const inName = [i - 1, i + 1].some((j) => unknownCapitalised[j] && isAdjacent(text, word, words[j]));
          return shouted && isShoutedWord(word.text)
            ? shoutedIssueOf(context, group, text, word)
            : issueOf(context, group, text, word, { opensSentence: opensSentence && !inName, inName, titled });
        });
        issues.push(...withSplitWordsJoined(text, words, found));
      }
    }
    return issues;
  });
}

/**
 * The sentence's issues, where a non-word and the word beside it make one dictionary word written apart ("ref orm",
 * "conti nue"): one issue over both, to be joined. Parts that are words each ("in to") are left to the grammar.
 */
function withSplitWordsJoined(text: string, words: TextSpan[], found: Array<SpellingIssue | null>): SpellingIssue[] {
  const issues: SpellingIssue[] = [];
  for (let i = 0; i < words.length; i++) {
    const issue = found[i];
    if (!issue) continue;
    const pair = issue.kind === "non-word" ? ([i - 1, i + 1] as const).find((j) => joinsInto(text, words, Math.min(i, j))) : undefined;
    if (pair === undefined) {
      issues.push(issue);
      continue;
    }
    const [first, second] = [words[Math.min(i, pair)], words[Math.max(i, pair)]];
    // The word before was pushed as it stood: it is part of this one.
    if (pair < i && found[pair]) issues.pop();
    issues.push({ word: { start: first.start, end: second.end, text: text.slice(first.start, second.end) }, kind: "non-word", suggestion: first.text + second.text });
    if (pair > i) i++;
  }
  return issues;
}

/** Whether the word at `at` and the one after it, one space apart, are a dictionary word written in two. */
function joinsInto(text: string, words: TextSpan[], at: number): boolean {
  const [first, second] = [words[at], words[at + 1]];
  if (!first || !second || text.slice(first.end, second.start) !== " ") return false;
  if (!/^\p{L}+$/u.test(first.text) || !/^\p{Ll}+$/u.test(second.text)) return false;
  const lower = (word: string) => word.toLowerCase();
  return isDictionaryForm(lower(first.text + second.text)) && !(isDictionaryForm(lower(first.text)) && isDictionaryForm(second.text));
}

/**
 * A sentence written in capitals (a shouted headline, a caps-lock post): its long all-capital words are words,
 * not acronyms, and are checked as such ("REPECT" → "RESPECT").
 */
function shoutedIssueOf(context: CheckContext, group: AlignedGroup, text: string, word: TextSpan): SpellingIssue | null {
  const issue = issueOf(context, group, text, { ...word, text: word.text.toLowerCase() });
  return issue && { word, kind: issue.kind, suggestion: issue.suggestion?.toUpperCase() ?? null };
}

/** Where a word stands: first in its sentence, or beside a capitalised word the dictionary lacks. */
interface Place {
  /** The word's capital says nothing of its being a name. */
  opensSentence: boolean;
  /** Two capitalised unknown words side by side are a name of several words ("Sharq Taronalari", "Recep Tayyip"). */
  inName: boolean;
  /** A headline's capitals ("Massive Earthquakes In The Balkans") say nothing of a word's being a name. */
  titled: boolean;
}

/** Most of the sentence's longer words capitalised: a title or headline, where common words take capitals too. */
function isTitleCased(words: readonly TextSpan[]): boolean {
  const longer = words.filter((word) => word.text.length >= 4);
  return longer.filter((word) => isCapitalized(word.text)).length * 2 > longer.length;
}

const isUnknownCapitalised = (word: TextSpan) => isCapitalized(word.text) && !hasInnerCapital(word.text) && !isDictionaryForm(word.text);
const isAdjacent = (text: string, a: TextSpan, b: TextSpan) =>
  /^[ \t]+$/.test(a.start < b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start));

function issueOf(
  context: CheckContext,
  group: AlignedGroup,
  text: string,
  word: TextSpan,
  place: Place = { opensSentence: false, inName: false, titled: false },
): SpellingIssue | null {
  // A word in another script is no misspelt English word: Cyrillic left in is the untranslated check's.
  if (!/\p{Script=Latin}/u.test(word.text)) return null;
  // Most words are in the dictionary: asked first, before the tests of their surroundings, for all but the short
  // ones, which a dictionary knows too many of (see isStrayShortWord).
  const short = word.text.length <= 2;
  const afterNumber = numberGluedBefore(text, word);
  if (afterNumber) return afterNumber;
  if (!short && isDictionaryForm(word.text)) return null;
  if (isEmbeddedInCode(text, word) || isContractionPart(text, word)) return null;
  if (short) return isStrayShortWord(context, group, text, word) ? { word, kind: "non-word", suggestion: null } : null;
  if (isHyphenatedCompound(word.text) || isUnitAfterNumber(text, word)) return null;
  for (const part of compoundParts(word)) {
    const fixed = correctionOf(context, group, part.text, word.text, { ...place, opensSentence: place.opensSentence && part.start === word.start });
    if (!fixed) continue;
    const suggestion = fixed.text && text.slice(word.start, part.start) + fixed.text + text.slice(part.end, word.end);
    return { word, kind: fixed.kind, suggestion };
  }
  return null;
}

function correctionOf(
  context: CheckContext,
  group: AlignedGroup,
  part: string,
  whole: string,
  { opensSentence, inName, titled }: Place,
): { kind: SpellingIssue["kind"]; text: string | null } | null {
  if (part.length < 3 || !/\p{Ll}/u.test(part)) return null;
  if (isDictionaryForm(part) || isDerivedWord(part) || isKnownArticleWord(context, part)) return null;
  if (hasInnerCapital(part)) {
    const glued = splitAtCapital(context, group, part) ?? lostHyphen(group, part);
    return glued ? { kind: "glued", text: glued } : null;
  }
  // "naïve", "Pokémon": an accent English may keep or drop.
  const unaccented = part.normalize("NFD").replace(/\p{M}/gu, "");
  if (unaccented !== part && (isDictionaryForm(unaccented) || isDerivedWord(unaccented))) return null;
  // Read only where asked for: it holds the word against every word of the source sentences.
  let sourceWords: string[] | undefined;
  const transliterated = () => (sourceWords ??= sourceWordsTransliterated(group, part));
  // Before the names: the name matcher may have taken "Abaevwho" for the name Абаев. A source name's very spelling
  // (Dong-hoon's "hoon" for Хун, Shui-bian for Шуйбянь) is no two words run together.
  const glued = isSpeltName(context, part) || isSpeltName(context, whole) ? null : (splitGlued(context, group, part, opensSentence, () => transliterated().length > 0) ?? possessiveGlued(context, group, part));
  if (glued) return { kind: "glued", text: glued };
  if (isNameWord(context, part)) {
    const intended = slipInNameOf(context, group, part);
    return intended ? { kind: "non-word", text: intended } : null;
  }
  if (part.length < 4 && part.length < whole.length) return null;
  const [stem, possessive] = splitPossessive(part);
  // A capitalised possessive ("Tartu's") is a name's: misspelt common nouns are not written so.
  if (possessive && isCapitalized(stem)) return null;
  const capitalised = isCapitalized(stem) && !opensSentence;
  const written = opensSentence ? stem.toLowerCase() : stem;
  const nonWord = (text: string | null) => ({ kind: "non-word" as const, text: text && (opensSentence ? capitalize(text) : text) + possessive });
  // A rendering of a name of the source sentence, by the learned name model, is that name: a slip only where a
  // dictionary word a slip away renders the name more closely ("Vladimr", Vladimir for Владимир).
  const slips = [
    ...nearMisses(written).filter((candidate) => !capitalised || isLikelyTypoOfWord(stem, candidate, titled || stem.length >= LONG_CAPITALISED || translatesSourceWord(group, candidate)) || (isNameWord(context, candidate) && !isNameVariant(stem, candidate))),
    ...sourceWordSlips(context, written),
  ];
  const names = isCapitalized(stem) ? sourceNamesRendered(group, stem) : [];
  if (names.length) {
    if (capitalised && inName) return null;
    // A spelling the name data has for the source name is one of its bearers' own (Diaz for Диас, beside Dias).
    if (names.some((russian) => isAttestedSpelling(russian, stem))) return null;
    // Of a two-letter rendering a slip changes half: "Boe" for Бё (Bø) is the name's own spelling, not a slip in "Be".
    const slip = closestRenderings(slips, names).find((candidate) => candidate.length >= MIN_NAME_SLIP_TARGET);
    return slip && isSlipInCognate(stem, slip, names) ? nonWord(slip) : null;
  }
  if (transliterated().length) {
    // A name of several words renders the source's name, however close one of its words lies to an English word.
    if (capitalised && inName) return null;
    // A source word transliterated a slip or two from its own translation was meant as the translation: "ministr" for
    // министр is minister, "proekt" project. Realia kept in English (akim, siloviki) lie further from theirs.
    const translation = capitalised || inName ? null : translationNear(transliterated(), written);
    if (translation) return nonWord(translation);
    // A word that only looks like a word of the source, where the learned model sees no spelling of it ("sto" beside
    // это), is a slip when a word English uses often lies a slip away.
    const frequent = slips.find(isFrequentWord);
    if (frequent && !transliterated().some((russian) => modelRenders(stem, russian))) return nonWord(frequent);
    // Of the words a slip away, the one the source word renders: "parners" beside партнёры is partners, not pardners.
    const slip = closestRenderings(slips, transliterated())[0] ?? twoSlipMisses(written)[0];
    return slip && isSlipInCognate(stem, slip, transliterated()) ? nonWord(slip) : null;
  }
  const typo = translationsFirst(group, slips)[0] ?? translationsFirst(group, twoSlipMisses(written))[0];
  if (typo) return nonWord(typo);
  const calque = isCapitalized(stem) ? null : calqueOf(stem, group);
  return calque && { kind: "non-word", text: calque.fix && calque.fix + possessive };
}

/**
 * A likely translation of one of the Russian words that lies a slip or two from the English word (one for a short
 * word): the translation the writer meant where they transliterated the source word instead.
 */
function translationNear(russianWords: readonly string[], english: string): string | null {
  const allowed = english.length < 6 ? 1 : 2;
  const translations = russianWords.flatMap((word) => russianLemmasOf(word)).flatMap(likelyTranslationsOf);
  // The table also pairs a word with itself where translators kept it (kvass, precariat): no translation of it.
  const near = (translation: string) => translation !== english && Math.abs(translation.length - english.length) <= allowed && distance(translation, english) <= allowed;
  return translations.find((translation) => near(translation) && isDictionaryWord(translation)) ?? null;
}

/**
 * The words a slip away, those that translate a word of the source first (a stable sort: otherwise the speller's
 * order): "goverment" beside правительство is government; the source says which of two near words was meant.
 */
function translationsFirst(group: AlignedGroup, slips: readonly string[]): string[] {
  if (slips.length < 2) return [...slips];
  const translates = (slip: string) => translatesSourceWord(group, slip);
  return [...slips.filter(translates), ...slips.filter((slip) => !translates(slip))];
}

/** Whether the word, in either number, likely translates a word of the group's source. */
function translatesSourceWord(group: AlignedGroup, word: string): boolean {
  // The table's Russian side is lemmatised, so it knows no number: a word's plural or singular translates as it does.
  const lower = word.toLowerCase();
  const forms = [lower, lower.endsWith("s") ? lower.slice(0, -1) : `${lower}s`];
  return sourceLemmas(group).some((lemma) => forms.some((form) => translationScore(lemma, form) >= LIKELY_TRANSLATION));
}

/**
 * A word the name matcher took for a source name's rendering ("Vladimr" for Владимир, "Rusia" for Россия) that lies one
 * slip from another rendering of the article's names which the dictionary knows (Vladimir, Russia), and renders no
 * source word faithfully itself, nor is a spelling of the name the schemes or the name data give (Andrej beside
 * Andrei): the dictionary spelling is English's, the other a slip in it. Returns that spelling.
 */
function slipInNameOf(context: CheckContext, group: AlignedGroup, word: string): string | null {
  if (word.length < 5 || !isCapitalized(word) || isListedNameSpelling(context, word)) return null;
  // The article's name words are few: try each, rather than every spelling a slip away.
  const intended = dictionaryNameWords(context).find((name) => isOneSlip(word, name) && !isNameVariant(word, name));
  if (!intended) return null;
  const faithful = group.source.some((sentence) =>
    [...sentence.text.matchAll(/\p{Script=Cyrillic}{3,}/gu)].some((match) => rendersFaithfully(word, match[0])),
  );
  return faithful ? null : intended;
}

/** The article's name words of five letters or more that the dictionary knows, capitalised: the same for every word asked. */
function dictionaryNameWords(context: CheckContext): string[] {
  return context.memo("dictionary-name-words", () =>
    [...acceptedNameTokens(context)].map(capitalize).filter((name) => name.length >= 5 && isDictionaryWord(name)),
  );
}

/**
 * The words the source writes in Latin letters a slip away, which no dictionary may have: "oulus" where the source
 * writes oculus. Short ones lie a slip from too many others.
 */
function sourceWordSlips(context: CheckContext, word: string): string[] {
  if (word.length < 4) return [];
  return [...sourceLatinWords(context)].filter((known) => known.length >= 5 && isOneSlip(word, known)).map((known) => matchCase(known, word));
}

/** One typing slip apart, as `nearMisses` counts them: a swap of neighbours, a letter dropped, added or replaced. */
function isOneSlip(written: string, intended: string): boolean {
  const a = written.toLowerCase();
  const b = intended.toLowerCase();
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a.at(-1 - end) === b.at(-1 - end)) end++;
  const [restA, restB] = [a.slice(start, a.length - end), b.slice(start, b.length - end)];
  if (restA.length + restB.length === 1 || (restA.length === 1 && restB.length === 1)) return true;
  return restA.length === 2 && restB.length === 2 && restA[0] === restB[1] && restA[1] === restB[0];
}

/**
 * Two spellings of one name across schemes or languages (Sergey / Sergei, Zirkon / Zircon, Brigette / Brigitte: a
 * vowel for another), or two forms of it that differ in a Russian ending (Dzerzhinsk / Dzerzhinsky, Ivanov / Ivanova):
 * not a slip.
 */
function isNameVariant(word: string, candidate: string): boolean {
  if (matchKey(word) === matchKey(candidate)) return true;
  const differences = [...word.toLowerCase()].flatMap((letter, i) => (letter === candidate[i]?.toLowerCase() ? [] : [i]));
  if (word.length === candidate.length && differences.length === 1 && /[aeiouy]/.test(word[differences[0]] + candidate[differences[0]])) {
    return /^[aeiouy]{2}$/i.test(word[differences[0]] + candidate[differences[0]]);
  }
  const [shorter, longer] = [word.toLowerCase(), candidate.toLowerCase()].sort((a, b) => a.length - b.length);
  const sameStem = (a: string, b: string) => a.slice(0, -1) === b.slice(0, -1);
  return (longer.startsWith(shorter) && /^[aeiouy]$/.test(longer.slice(shorter.length))) || (shorter.length === longer.length && sameStem(shorter, longer) && /[aeiouy]/.test(shorter.at(-1)! + longer.at(-1)!));
}

/**
 * A one- or two-letter lower-case token that is no English word: what remains of a word that lost
 * letters ("e" for be, "du" for due). Letters of an enumeration ("(b)", "item c."), name particles
 * ("de Gaulle") and "a" are words.
 */
function isStrayShortWord(context: CheckContext, group: AlignedGroup, text: string, word: TextSpan): boolean {
  // Plain ASCII letters: an accented one ("à la") is a foreign word English borrows whole.
  if (!/^[a-z]+$/.test(word.text) || word.text === "a" || isKnownArticleWord(context, word.text)) return false;
  const before = text.slice(Math.max(0, word.start - 2), word.start);
  const after = text.slice(word.end, word.end + 3);
  if (/[(\['’<-]\s?$/u.test(before) || /^\s?[.)\]'’>-]/u.test(after)) return false;
  // "21 x 27.5 cm", "2 m long": a unit or operator after a number.
  if (/\d\s$/u.test(text.slice(Math.max(0, word.start - 2), word.start)) || /^\s\d/u.test(after)) return false;
  if (isInTransliteratedPhrase(group, text, word)) return false;
  if (word.text.length === 1) return true;
  // The dictionary has abbreviations English hardly writes in lower case ("pp" for pages): a two-letter word the
  // frequency list lacks is no more a word than one the dictionary lacks.
  const isWord = isDictionaryWord(word.text) && zipfFrequency(word.text) >= RARE_SHORT_ZIPF;
  return !isWord && !(/^\s+\p{Lu}/u.test(after) && isNameParticle(group, word.text));
}

/**
 * A short word transliterated together with the words on both sides of it from three words of the source: a title
 * kept in Russian keeps its conjunctions and prepositions ("Argumenty i Fakty" for «Аргументы и факты», "Rossiya v
 * Globalnoy Politike"). An untranslated conjunction between two names ("Putin i Trump") has no such source phrase.
 */
function isInTransliteratedPhrase(group: AlignedGroup, text: string, word: TextSpan): boolean {
  const before = /(\p{L}+)[ \t]+$/u.exec(text.slice(Math.max(0, word.start - 40), word.start))?.[1];
  const after = /^[ \t]+(\p{L}+)/u.exec(text.slice(word.end, word.end + 40))?.[1];
  if (!before || !after) return false;
  const neighbours = shortWordNeighbours(group).get(matchKey(word.text)) ?? [];
  return neighbours.some(([previous, next]) => rendersFaithfully(before, previous) && rendersFaithfully(after, next));
}

const neighboursByGroup = new WeakMap<AlignedGroup, Map<string, Array<[string, string]>>>();

/**
 * Per group: each short source word's Latin spellings (match keys) with the distinct pairs of words around it. A short
 * word has no stem to read apart, so its spellings are all of it; distinct pairs keep a text of repeated phrases cheap.
 */
function shortWordNeighbours(group: AlignedGroup): Map<string, Array<[string, string]>> {
  let index = neighboursByGroup.get(group);
  if (index) return index;
  const pairs = new Map<string, Set<string>>();
  for (const sentence of group.source) {
    const words = [...sentence.text.matchAll(/\p{Script=Cyrillic}+/gu)].map((match) => match[0]);
    words.forEach((russian, i) => {
      if (russian.length > 2 || i === 0 || i === words.length - 1) return;
      for (const key of new Set(latinVariants(russian.toLowerCase()).map(matchKey))) {
        pairs.set(key, (pairs.get(key) ?? new Set()).add(`${words[i - 1]} ${words[i + 1]}`));
      }
    });
  }
  index = new Map([...pairs].map(([key, set]) => [key, [...set].map((pair) => pair.split(" ") as [string, string])]));
  neighboursByGroup.set(group, index);
  return index;
}

/** Below once in ten million words. */
const RARE_SHORT_ZIPF = 2;

/**
 * A short word before a name is its particle ("de Gaulle", "al Assad") when the source writes the particle too (де,
 * аль): a name is rendered whole. "ar Spartacus" for "are" has no such source word.
 */
function isNameParticle(group: AlignedGroup, word: string): boolean {
  return group.source.some((sentence) => [...sentence.text.matchAll(/\p{Script=Cyrillic}{2,}/gu)].some((match) => rendersFaithfully(word, match[0])));
}

/** An apostrophe as machine translation and keyboards write it: typographic, an acute accent or a backtick. */
const APOSTROPHE = "['’´`]";
const CONTRACTION_TAIL = new RegExp(`^ ?${APOSTROPHE} ?(\\p{L}{1,2})(?!\\p{L})`, "u");
const CONTRACTION_HEAD = new RegExp(`(\\p{L}+) ?${APOSTROPHE} ?$`, "u");

const CONTRACTION_ENDINGS = new Set(["s", "t", "d", "m", "ll", "re", "ve"]);

/**
 * A contraction or possessive that a detokeniser split at its apostrophe ("didn ´ t", "one`s"): its ending, or its
 * head when the dictionary knows the two joined again (a slip in the head is still one: "brotehr`s").
 */
function isContractionPart(text: string, word: TextSpan): boolean {
  if (CONTRACTION_ENDINGS.has(word.text) && CONTRACTION_HEAD.test(text.slice(Math.max(0, word.start - 30), word.start))) return true;
  const tail = text.slice(word.end, word.end + 6).match(CONTRACTION_TAIL);
  return Boolean(tail && isDictionaryForm(`${word.text}'${tail[1]}`));
}

/**
 * "3 pcs", "5 hrs", "40 mph": a short lower-case word with no vowel letter right after a number is the abbreviation
 * of a unit; a slip in a word keeps its vowels.
 */
function isUnitAfterNumber(text: string, word: TextSpan): boolean {
  return word.text.length <= 4 && /^[b-df-hj-np-tv-xz]+$/.test(word.text) && /\d\s$/.test(text.slice(Math.max(0, word.start - 2), word.start));
}

function splitPossessive(word: string): [string, string] {
  const match = word.match(/^(.+?)(['’]s?)$/u);
  return match ? [match[1], match[2]] : [word, ""];
}

/** The shortest spelling of a source name that a word one slip from it is taken to misspell. */
const MIN_NAME_SLIP_TARGET = 3;

/** Whether the name data has bearers of the Russian name, or of a part of it, in a case form or its lemma, who spell it so. */
function isAttestedSpelling(russian: string, latin: string): boolean {
  const parts = russian.split("-");
  const forms = new Set(parts.flatMap((part) => [part, ...parseWord(part).slice(0, 3).map((parse) => parse.lemma)]));
  return [...forms].some((form) => nameLexicon().attests(form, latin));
}

/**
 * A capitalised unknown word is most often a name. It is taken for a misspelt common word only when
 * long enough to be one, one slip from a capitalised common word (a month, a nationality: "Feburary", "Russion") or,
 * where `lowerCaseMeant`, from a lower-case dictionary word (not a name such as "Calais"), and the slip is not its
 * first letter.
 */
function isLikelyTypoOfWord(word: string, candidate: string, lowerCaseMeant: boolean): boolean {
  const lower = candidate.toLowerCase();
  const written = word.toLowerCase();
  const swappedOpening = written[0] === lower[1] && written[1] === lower[0];
  if (word.length < 5 || lower.length < 5 || (lower[0] !== written[0] && !swappedOpening)) return false;
  return isCapitalisedCommonWord(candidate) || (lowerCaseMeant && isDictionaryWord(lower));
}

/**
 * From this length a capitalised word one slip from a lower-case word is that word misspelt ("Poiltical"); a shorter
 * one, inside a sentence of lower-case words, is as likely a foreign name a slip from an English word by chance
 * ("Palme", "Notre", "Recep"), unless the title has capitals on common words too or the source has that word ("Premier
 * Leage" for Премьер-лига).
 */
const LONG_CAPITALISED = 6;

/** A dictionary word, or its possessive. */
function isDictionaryForm(word: string): boolean {
  return isDictionaryWord(word) || isDictionaryWord(word.replace(/['’]s?$/u, ""));
}

function isKnown(context: CheckContext, word: string): boolean {
  return isDictionaryForm(word) || isKnownArticleWord(context, word) || isNameWord(context, word);
}

/** A relative clause after a name adds to it, never narrows it down: English sets it off by a comma. */
const RELATIVES_AFTER_NAMES = new Set(["which", "who", "whom", "whose", "where"]);

// A cut needs a function word on one side, so only cuts this close to either end are tried: trying every cut of a
// long run of letters sliced it once per letter.
const LONGEST_FUNCTION_WORD = Math.max(...[...FUNCTION_WORDS].map((w) => w.length));

/**
 * "Kazakhstanthat" → "Kazakhstan that", "Abaevwho" → "Abaev, who". A split must give two known words, one of them a function
 * word: that is what gets glued at markup boundaries; two content words run together are mostly a
 * compound the dictionary lacks (roadstead, shipborne). A capitalised token must end in the function word.
 */
function splitGlued(context: CheckContext, group: AlignedGroup, word: string, opensSentence: boolean, readsAsSourceWord: () => boolean): string | null {
  let best: { left: string; right: string; score: number } | null = null;
  for (let cut = 2; cut <= word.length - 2; cut++) {
    if (cut > LONGEST_FUNCTION_WORD && word.length - cut > LONGEST_FUNCTION_WORD) cut = word.length - LONGEST_FUNCTION_WORD;
    const left = word.slice(0, cut);
    const right = word.slice(cut);
    const rightIsFunction = FUNCTION_WORDS.has(right);
    const leftIsFunction = FUNCTION_WORDS.has(left.toLowerCase());
    // A sentence's first word owes its capital to the function word it begins with ("Thepresident"), not to a name.
    const asName = isCapitalized(word) && !(opensSentence && leftIsFunction && right.length >= 3);
    // Asked first, as the cheapest: a cut with no function word is never plausible below.
    if (!rightIsFunction && (!leftIsFunction || asName)) continue;
    if (!isDictionaryWord(right) || !(isKnown(context, left) || (asName && sourceWordsTransliterated(group, left).length > 0))) continue;
    // A name ending in "-in", "-on", "-as" (Bragin, Tillerson, Vladas) is no name glued to "in", "on", "as", unless
    // its part before them is a name of this article and the whole renders none ("Putinin" where the source has Путин).
    const plausible = asName
      ? rightIsFunction && ((right.length >= 3 && !readsAsSourceWord()) || isArticleNameGlued(context, group, left, word))
      : (rightIsFunction || leftIsFunction) && !readsAsSourceWord();
    if (!plausible) continue;
    const score = 100 * (Number(rightIsFunction) + Number(leftIsFunction)) + left.length;
    if (!best || score > best.score) best = { left, right, score };
  }
  if (!best) return null;
  return `${best.left}${isCapitalized(word) && RELATIVES_AFTER_NAMES.has(best.right) ? "," : ""} ${best.right}`;
}

/** "Kazakhstan'sstrategy", "Tokayev'sdecree": a possessive fused with the dictionary word after it. */
function possessiveGlued(context: CheckContext, group: AlignedGroup, word: string): string | null {
  const match = /^(\p{L}{2,})(['’]s)(\p{Ll}{3,})$/u.exec(word);
  if (!match || !isDictionaryWord(match[3])) return null;
  const [, owner, ending, next] = match;
  const known = isKnown(context, owner) || sourceWordsTransliterated(group, owner).length > 0;
  return known ? `${owner}${ending} ${next}` : null;
}

/**
 * "inKazakhstan", "theKremlin's": a lower-case function word fused with the capitalised word after it. A brand
 * written so ("iPhone", "eBay") opens with a letter, not a word; one the source writes is the article's own.
 */
function splitAtCapital(context: CheckContext, group: AlignedGroup, word: string): string | null {
  const match = /^(\p{Ll}{2,})(\p{Lu}\p{Ll}[\p{L}'’]*)$/u.exec(word);
  if (!match || !FUNCTION_WORDS.has(match[1])) return null;
  const [stem] = splitPossessive(match[2]);
  const known = isKnown(context, match[2]) || sourceWordsTransliterated(group, stem).length > 0;
  return known ? `${match[1]} ${match[2]}` : null;
}

/**
 * "UstKamenogorsk", "KassymJomart": two capitalised parts rendering the parts of a hyphenated source word, run
 * together where the hyphen was lost.
 */
function lostHyphen(group: AlignedGroup, word: string): string | null {
  const match = /^(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}+)$/u.exec(word);
  if (!match) return null;
  const [, first, second] = match;
  const hyphenated = group.source.flatMap((sentence) => [...sentence.text.matchAll(/(\p{Script=Cyrillic}+)-(\p{Script=Cyrillic}+)/gu)]);
  const renders = hyphenated.some(([, a, b]) => readsAsTransliteration(first, a) && readsAsTransliteration(second, b));
  return renders ? `${first}-${second}` : null;
}

/**
 * "2024year", "12people": a number fused with the dictionary word after it. Units ("10km", "5mph") and ordinals
 * ("20th") are written so, and are short; a number inside a code ("G20", "v2") is not counted.
 */
function numberGluedBefore(text: string, word: TextSpan): SpellingIssue | null {
  if (word.text.length < 4 || !/^\p{Ll}+$/u.test(word.text) || !isDictionaryWord(word.text)) return null;
  const number = /(?<![\p{L}\p{N}.,_/-])\p{N}+$/u.exec(text.slice(Math.max(0, word.start - 20), word.start))?.[0];
  if (!number) return null;
  const whole = { start: word.start - number.length, end: word.end, text: number + word.text };
  return { word: whole, kind: "glued", suggestion: `${number} ${word.text}` };
}

/**
 * The left part is a spelling of one of the article's names (the name matcher's: a scheme's spelling of a nominative
 * or a word it matched), and the whole is no other name misspelt nor a faithful transliteration of a source word: the matcher, which reads
 * names loosely, may take the whole for the name it starts with ("Putinin" for Путин).
 */
function isArticleNameGlued(context: CheckContext, group: AlignedGroup, left: string, word: string): boolean {
  if (left.length < 3 || !isNameWord(context, left)) return false;
  // One slip from another of the names ("Tatarsan" beside Tatarstan) it is that name misspelt, not two words.
  if ([...acceptedNameTokens(context)].some((name) => isOneSlip(word, name))) return false;
  return !group.source.some((sentence) => [...sentence.text.matchAll(/\p{Script=Cyrillic}{2,}/gu)].some((match) => rendersFaithfully(word, match[0])));
}
