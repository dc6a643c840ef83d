import type { TextSpan } from "@/lib/align/types";
import { FUNCTION_WORDS, isCapitalisedCommonWord, isDictionaryWord } from "@/lib/lexicon";
import { knownReadings, parseWord, wordsOf, type Word, type WordParse } from "@/lib/morph";
import { latinVariants, matchKey, nameModel, preferredLatin, similarity } from "@/lib/translit";
import { analyseNames } from "./analysis";
import { attestedSpellings } from "./english-forms";
import { MAX_DRIFT, TITLE_WORDS } from "./locate";
import { quotedTitleRanges } from "./quoted-titles";
import { hasSourceCounterpart } from "./counterpart";
import { articleSpellings } from "./spellings";
import type { ArticleContext } from "./types";

/**
 * A quoted title of a body that keeps its name in English (a team, company, paper, shop chain, band, pipeline) whose
 * words the translation translates instead: «Авангард» → "Vanguard", «Дружба» → "Friendship", «Красный пролетарий» →
 * "Red Proletarian".
 */
export interface TranslatedTitle {
  group: number;
  source: TextSpan;
  target: TextSpan;
  /** The title transliterated, in the nominative ("Krasny Proletary"). */
  suggestion: string;
}

interface SourceTitle {
  group: number;
  span: TextSpan;
  words: Word[];
  allCapitalised: boolean;
  keepsName: boolean;
  ofBody: boolean;
}

const PERSON_OR_PLACE = ["Name", "Surn", "Patr", "Geox"];
/**
 * A title word that is, at best, a common noun or adjective (not an abbreviation, nor an adverb first: Вверх): what a
 * translator can translate.
 */
function commonReading(word: string): WordParse | undefined {
  if (word === word.toUpperCase()) return undefined;
  const best = knownReadings(word).find((p) => !PERSON_OR_PLACE.some((g) => p.grammemes.has(g)));
  return best?.pos === "NOUN" || best?.pos === "ADJF" ? best : undefined;
}
/** A common English word, not a name English spells so (Valletta, Omsk). */
const isCommonWord = (word: string) => isDictionaryWord(word.toLowerCase());
const isJoiningWord = (word: string) => knownReadings(word).some((p) => p.pos === "CONJ" || p.pos === "PREP");

/** The same title in any case: «Шахтёр», «Шахтёра» and «Шахтёру» are one club. */
const titleKey = (words: Word[]) => words.map((w) => (commonReading(w.text)?.lemma ?? w.text.toLowerCase())).join(" ");

function sourceTitles(context: ArticleContext): SourceTitle[] {
  return context.groups.flatMap((group, index) =>
    group.source.flatMap((sentence) =>
      quotedTitleRanges(sentence.text).map((range) => {
        const start = sentence.start + range.start;
        const end = sentence.start + range.end;
        const text = context.aligned.source.text.slice(start, end);
        return { group: index, span: { start, end, text }, words: wordsOf(text, start), allCapitalised: range.allCapitalised, keepsName: range.keepsName, ofBody: range.ofBody };
      }),
    ),
  );
}

/**
 * The title in the nominative: a title in a case has its first word and the words agreeing with it put in the
 * nominative, an adjective agreeing with the noun («Зелёной долины» → зелёная долина); a complement stays as written
 * («Азбука вкуса»).
 */
function nominatives(words: Word[]): string[] {
  const head = words.map((w) => commonReading(w.text)).find((p) => p?.pos === "NOUN");
  // A title is singular: «Звезды» is the genitive of Звезда, not its plural.
  const singular = (word: string) => knownReadings(word).filter((p) => p.number !== "plur");
  const firstCases = new Set(singular(words[0].text).map((p) => p.case));
  return words.map((w) => {
    const parse = commonReading(w.text);
    const inCase = singular(w.text).some((p) => firstCases.has(p.case));
    if (!parse || firstCases.has("nomn") || !inCase) return w.text.toLowerCase();
    const agreement = parse.pos === "ADJF" && head?.gender ? [head.gender, "sing"] : [];
    return parse.inflect(["nomn", ...agreement]) ?? parse.lemma;
  });
}

/** The Latin keys the title's words may be written with: schemes and attested English spellings (Dynamo), as written and in the nominative. */
function renderingKeys(words: Word[]): string[] {
  // A hyphenated word is rendered by any of its parts (Nevsky for Александро-Невского).
  const forms = [...words.map((w) => w.text), ...nominatives(words)].flatMap((form) => [form, ...(form.includes("-") ? form.split("-") : [])]);
  return [...new Set(forms.flatMap((form) => [...latinVariants(form), ...attestedSpellings(form.toLowerCase())]).map(matchKey))];
}

/**
 * Whether the English renders the title by its sound: a word written as one of its spellings, or a word English
 * lacks that is close to one or that the name model accepts (Shakhtar for Шахтёр). An English word merely close to
 * the title's word (Magnet for Магнит, Vanguard for Авангард) is its translation, not its rendering.
 */
function isRendered(words: Word[], english: string[]): boolean {
  const keys = renderingKeys(words);
  const lemmas = nominatives(words);
  return english.some((word) => {
    const key = matchKey(word);
    if (keys.includes(key)) return true;
    if (isCommonWord(word)) return false;
    return keys.some((k) => similarity(key, k) >= 0.75) || lemmas.some((lemma) => nameModel().accepts(lemma, word));
  });
}

/** A translation of one of the title's words by a word that sounds alike (Metallurgist, Magnet, Locomotive). */
function isCognate(words: Word[], english: string): boolean {
  const key = matchKey(english);
  return nominatives(words).some((lemma) => {
    const keys = latinVariants(lemma).map(matchKey);
    return nameModel().accepts(lemma, english) || keys.some((k) => similarity(key, k) >= 0.6 || (k.length >= 5 && key.startsWith(k)));
  });
}

function findTarget(context: ArticleContext, title: SourceTitle): TextSpan | null {
  const group = context.groups[title.group];
  const analysis = analyseNames(context);
  const unmatched = new Set(analysis.unmatchedTargetWords.get(title.group)?.map((w) => w.start));
  // Words the name analysis took for renderings of the title itself (Magnet for «Магнит») are candidates too.
  const ownRenderings = new Set(
    analysis.mentions.filter((m) => m.target && m.word.start >= title.span.start && m.word.end <= title.span.end).map((m) => m.target!.start),
  );
  const words = group.target.flatMap((s) => wordsOf(s.text, s.start).map((word, i) => ({ word, initial: i === 0 })));
  const english = words.map(({ word }) => word.text.replace(/['’]s$/, ""));
  if (isRendered(title.words, english)) return null;
  // A word that renders another source word of the sentence ("Omsk's" for омский) is not the title's.
  const sentence = group.source.map((s) => s.text).join(" ").replace(title.span.text, "");
  const candidates = words
    .filter(({ word, initial }) => !initial && /^\p{Lu}/u.test(word.text) && (unmatched.has(word.start) || ownRenderings.has(word.start)))
    .map(({ word }) => word)
    .filter((word) => !TITLE_WORDS.has(word.text.toLowerCase()) && !isCapitalisedCommonWord(word.text) && isCommonWord(word.text.replace(/['’]s$/, "")))
    .filter((word) => ownRenderings.has(word.start) || !hasSourceCounterpart(word.text.replace(/['’]s$/, ""), sentence));
  if (candidates.length === 0) return null;
  const cognate = candidates.find((word) => isCognate(title.words, word.text.replace(/['’]s$/, "")));
  // A title written the Russian way («Молодая гвардия») with an English word alike is most often a movement's or
  // party's name that English translates, and writes so ("Young Guard"); only a title of names («Магнит») is flagged.
  if (cognate && !title.allCapitalised) return null;
  const relative = (position: number, sentences: { start: number; end: number }[]) =>
    (position - sentences[0].start) / Math.max(1, sentences[sentences.length - 1].end - sentences[0].start);
  const wanted = relative(title.span.start, group.source);
  const distance = (word: TextSpan) => Math.abs(relative(word.start, group.target) - wanted);
  const nearest = cognate ?? [...candidates].sort((a, b) => distance(a) - distance(b))[0];
  if (!cognate && distance(nearest) > MAX_DRIFT) return null;
  const text = context.aligned.target.text;
  const target = grown(text, nearest, candidates, title.words.length > 1);
  // A translation the translator quotes is given as a title on purpose (a café's, a show's): not taken for a name's.
  return /["“«]$/.test(text.slice(0, target.start)) || /^["”»]/.test(text.slice(target.end)) ? null : target;
}

/**
 * The candidate with the candidates right beside it: a title of several words translated word by word ("Northern
 * Steel"), across a joining word when the title has one ("King and Jester", "ABC of Taste").
 */
function grown(text: string, word: TextSpan, candidates: TextSpan[], severalWords: boolean): TextSpan {
  const between = (gap: string) => /^ $/.test(gap) || (severalWords && /^ (\p{Ll}+) $/u.test(gap) && FUNCTION_WORDS.has(gap.trim()));
  let { start, end } = word;
  for (let grew = true; grew; ) {
    grew = false;
    for (const other of candidates) {
      if (other.start > end && between(text.slice(end, other.start))) [end, grew] = [other.end, true];
      if (other.end < start && between(text.slice(other.end, start))) [start, grew] = [other.start, true];
    }
  }
  return { start, end, text: text.slice(start, end).replace(/['’]s$/, "") };
}

/**
 * Titles of bodies that keep their names (by the words around any of the article's mentions of the title: a club's
 * town, a paper, a chain, a coach of it) whose words the translation translates, some or, for a title less surely a
 * body's, all of them. A title English renders by its
 * sound, a glossary term (the glossary check's) and a title with no common word in it are left alone.
 */
export function translatedTitles(context: ArticleContext): TranslatedTitle[] {
  return context.memo("names:translated-titles", () => {
    const titles = sourceTitles(context);
    const kept = new Set(titles.filter((t) => t.ofBody).map((t) => titleKey(t.words)));
    const glossary = analyseNames(context).glossaryHits.map((hit) => hit.occurrence);
    const named = new Set(titles.filter((t) => t.keepsName).map((t) => titleKey(t.words)));
    return titles.flatMap((title) => {
      const key = titleKey(title.words);
      const common = title.words.filter((w) => !isJoiningWord(w.text)).map((w) => commonReading(w.text));
      // A title said less surely to be a body's counts only when all of it is common words: a partly translated name
      // of some brotherhood or saint's church ("Alexander Nevsky Brotherhood") is how English writes such names.
      if (!kept.has(key) || !common.some(Boolean) || (!named.has(key) && !common.every(Boolean))) return [];
      if (glossary.some((hit) => hit.start < title.span.end && title.span.start < hit.end)) return [];
      const target = findTarget(context, title);
      if (!target) return [];
      const suggestion = nominatives(title.words).map((nominative) => spelling(context, nominative)).join(" ");
      return [{ group: title.group, source: title.span, target, suggestion }];
    });
  });
}

/**
 * Whether the English is the source name's own English form rather than a translation of it: an attested or exonym
 * spelling of one of its words' dictionary forms (John for Иоанна, by иоанн). A name of capitals (РПЦ) has no words to
 * translate either.
 */
export function isOwnEnglishForm(source: string, english: string): boolean {
  const words = wordsOf(source);
  if (words.every((w) => w.text.length > 1 && w.text === w.text.toUpperCase())) return true;
  const keys = new Set(
    words.flatMap((w) => [w.text.toLowerCase(), ...parseWord(w.text).map((p) => p.lemma)]).flatMap((form) => attestedSpellings(form)).map(matchKey),
  );
  return wordsOf(english).some((w) => keys.has(matchKey(w.text)));
}

/**
 * How to write a title's word: as the article writes it elsewhere, unless that is the translation itself; else its
 * attested or transliterated spelling, a joining word in lower case ("Argumenty i Fakty").
 */
function spelling(context: ArticleContext, nominative: string): string {
  if (isJoiningWord(nominative)) return preferredLatin(nominative);
  const keys = new Set(latinVariants(nominative).map(matchKey));
  const used = articleSpellings(context).get(nominative)?.find((s) => keys.has(matchKey(s)) || !isCommonWord(s));
  return used ?? attestedSpellings(nominative)[0] ?? preferredLatin(nominative.charAt(0).toUpperCase() + nominative.slice(1));
}
