import type { AlignedGroup, Sentence, TextSpan } from "@/lib/align/types";
import { isBuiltInWord, isCapitalisedCommonWord, isCapitalisedOnlyWord, isDerivedWord, isDictionaryWord, nearMisses, russianCountryNames } from "@/lib/lexicon";
import { analyseNames, type NameMention } from "./analysis";
import type { SourceName } from "./source-names";
import { unrenderedNames } from "./unrendered";
import { hasSourceCounterpart, isFusedPair } from "./counterpart";
import { organisationsInBoth, unnamedOrganisations } from "./organisations";
import { wordsOf } from "@/lib/morph";
import { nameLexicon } from "@/lib/translit";
import { FEW_BEARERS } from "./english-forms";
import type { ArticleContext } from "./types";

/** An English name with no counterpart in the aligned source: a swapped or invented entity. */
export interface UnexpectedName {
  group: number;
  target: TextSpan;
}

function glossaryWords(context: ArticleContext): Set<string> {
  return context.memo("names:glossary-words", () => new Set(context.glossary.flatMap((e) => e.target.toLowerCase().split(/[\s-]+/))));
}

/**
 * Whether a capitalised English word no source name accounts for is a name the source lacks. Only names that can be
 * told apart from translated words qualify: countries (whose Russian names we know) and words no English dictionary
 * has. Acronyms are left alone: English often expands or reorders them (РФБ → RBF).
 */
function isUnexpected(context: ArticleContext, word: string, sourceText: string, leftOut: NameMention[] = []): boolean {
  if (/\d/.test(word)) return false;
  const parts = word.replace(/['’]s$/, "").split("-");
  if (parts.length > 1) return parts.some((part) => /^\p{Lu}/u.test(part) && isUnexpected(context, part, sourceText, leftOut));
  const bare = parts[0];
  if (russianCountryNames(bare).length === 0 && !looksLikeName(context, bare) && !isOtherNameFor(leftOut, bare)) return false;
  return !hasSourceCounterpart(bare, sourceText);
}

/**
 * A name English dictionaries have, only capitalised (Reuters, Volcker, Sakhalin): where a source name went unrendered,
 * such a word no source word accounts for is likely what replaced it. Not a month, weekday or nationality, which
 * translate common Russian words; for a first name, not a first name many bear (Саша: Alexander, a full form).
 */
function isOtherNameFor(leftOut: NameMention[], word: string): boolean {
  if (leftOut.length === 0 || !/^\p{Lu}\p{Ll}+$/u.test(word) || !isCapitalisedOnlyWord(word) || isCapitalisedCommonWord(word)) return false;
  return leftOut.some((m) => m.word.role !== "first") || nameLexicon().bearersOf(word) < FEW_BEARERS;
}

const ENGLISH_SUFFIXES = ["er", "ers", "ing", "ed", "ly", "ness", "ment", "s"];

/**
 * A word no English dictionary has, not an acronym or abbreviation ("MCIs", "Sts"), not a glossary word, not made
 * from or one slip away from an English word ("Enlightener", "Febuary"), and not two dictionary words run together
 * ("Roundtable").
 */
function looksLikeName(context: ArticleContext, word: string): boolean {
  // A letter three times running is an interjection or a shout (Ahhhh, Nooo), not a name.
  if (word.length <= 3 || /.\p{Lu}/u.test(word) || /(\p{L})\1\1/u.test(word) || isDictionaryWord(word) || isBuiltInWord(word) || glossaryWords(context).has(word.toLowerCase())) return false;
  const lower = word.toLowerCase();
  // A derivative of an English word (Enlightener, Biathlete: bi + athlete) or a typo of one (Febuary) is not a name.
  if (ENGLISH_SUFFIXES.some((suffix) => lower.endsWith(suffix) && isDictionaryWord(lower.slice(0, -suffix.length))) || isDerivedWord(lower)) return false;
  // As written: a slip of a word the dictionary has only capitalised (Febuary / February) is found that way alone.
  if (lower.length >= 7 && nearMisses(word).length > 0) return false;
  for (let cut = 3; cut <= lower.length - 3; cut++) {
    if (isDictionaryWord(lower.slice(0, cut)) && isDictionaryWord(lower.slice(cut))) return false;
  }
  return true;
}

/**
 * A source name word the translation leaves out that name-missing doesn't report: one English may translate (Мария
 * alone, Роскомнадзора, «Почта России»), so any capitalised word left over excuses it. Not an abbreviation, which
 * English expands or translates into words it capitalises (ИГ: ISIS, ЮАР: South Africa), nor an adjective English
 * translates by one it capitalises (Папа Римский: Pope Francis), nor a first name beside its person's surname, which
 * names them (Ги Буше: Guy Boucher, the first name spelled in its own language).
 */
function isExcusedAbsence(mention: NameMention, mentions: NameMention[], reported: Set<SourceName>): boolean {
  if (mention.match || mention.name.kind === "abbreviation" || mention.word.adjectival || reported.has(mention.name)) return false;
  return mention.name.kind !== "person" || mentions.every((m) => m.name !== mention.name || !m.match);
}

/** The first word of a two-word English name whose second word renders a fused source word (Nizhny Novgorod). */
function opensCompoundName(text: string, word: TextSpan, sourceText: string): boolean {
  const next = /^\s+(\p{Lu}\p{L}+)/u.exec(text.slice(word.end))?.[1];
  return next !== undefined && isFusedPair(word.text, next, sourceText);
}

/**
 * English names run over several words ("Kronstadt Roadstead", "Igora Drive"): a word next to a matched one belongs to
 * it. Looked up by the offsets where a matched word ends or begins within the spaces and hyphens around the word, not
 * word by matched word (quadratic in a sentence of thousands of names).
 */
function nextToMatched(text: string, matched: TextSpan[]): (word: TextSpan) => boolean {
  const ends = new Set(matched.map((m) => m.end));
  const starts = new Set(matched.map((m) => m.start));
  const isGap = (at: number) => /[\s-]/.test(text[at] ?? "");
  return (word) => {
    for (let at = word.start - 1; at >= 0 && isGap(at); at--) if (ends.has(at)) return true;
    for (let at = word.end; isGap(at); at++) if (starts.has(at + 1)) return true;
    return false;
  };
}

const sourceTextOf = (group: AlignedGroup) => group.source.map((s) => s.text).join(" ");

/** The Latin letters a Russian word's initial gives in English (к: Communist, Kazakh; х: Khabarovsk, Human). */
const INITIALS: Record<string, string> = {
  а: "a", б: "b", в: "vw", г: "gh", д: "d", е: "ey", ё: "y", ж: "zj", з: "z", и: "i", й: "iy", к: "kc", л: "l", м: "m", н: "n",
  о: "o", п: "p", р: "r", с: "sc", т: "t", у: "u", ф: "f", х: "hk", ц: "ct", ч: "c", ш: "s", щ: "s", э: "e", ю: "yu", я: "y",
};

/** Words an expanded abbreviation runs over without a letter of its own: Liberal Democratic Party of Russia. */
const LINKING_WORDS = new Set(["of", "the", "and", "for", "on", "in"]);

/**
 * Runs of capitalised English words whose initials spell an abbreviation of the source (ЛДПР: Liberal Democratic
 * Party of Russia; КПРФ: Communist Party of the Russian Federation): the words render its letters.
 */
function expandedAbbreviations(source: Sentence[], target: Sentence[]): TextSpan[] {
  const abbreviations = source.flatMap((s) => wordsOf(s.text)).map((w) => w.text).filter((w) => /^\p{Lu}{2,6}$/u.test(w));
  if (abbreviations.length === 0) return [];
  const words = target.flatMap((s) => wordsOf(s.text, s.start));
  const spans: TextSpan[] = [];
  for (const abbreviation of new Set(abbreviations)) {
    const letters = [...abbreviation.toLowerCase()].map((letter) => INITIALS[letter] ?? letter);
    for (let first = 0; first < words.length; first++) {
      let at = first;
      let matched = 0;
      while (matched < letters.length && at < words.length) {
        const word = words[at].text;
        if (matched > 0 && LINKING_WORDS.has(word)) at++;
        else if (/^\p{Lu}/u.test(word) && letters[matched].includes(word[0].toLowerCase())) [matched, at] = [matched + 1, at + 1];
        else break;
      }
      if (matched === letters.length) spans.push({ start: words[first].start, end: words[at - 1].end, text: "" });
    }
  }
  return spans;
}

/**
 * English compounds of as many parts as a hyphenated source word, one part rendering a part of it (Sino-American for
 * китайско-американский, Russo-Japanese for русско-японский): each part renders its own.
 */
function mirroredCompounds(source: Sentence[], target: Sentence[]): TextSpan[] {
  const sourceCompounds = source.flatMap((s) => wordsOf(s.text)).map((w) => w.text).filter((w) => w.includes("-"));
  if (sourceCompounds.length === 0) return [];
  return target
    .flatMap((s) => wordsOf(s.text, s.start))
    .filter(({ text }) => {
      const parts = text.split("-");
      return parts.length > 1 && sourceCompounds.some((compound) => compound.split("-").length === parts.length && parts.some((part) => hasSourceCounterpart(part, compound)));
    });
}

/** Capitalised English words that no source name accounts for and that are names, run together when adjacent. */
function unexpectedWords(context: ArticleContext): UnexpectedName[] {
  const text = context.aligned.target.text;
  const found: UnexpectedName[] = [];
  const analysis = analyseNames(context);
  const reported = new Set(unrenderedNames(context).map((u) => u.name));
  for (const [group, words] of analysis.unmatchedTargetWords) {
    if (context.groups[group].source.length === 0) continue;
    // Translators move a name across a sentence boundary: a counterpart in the source before or after counts.
    const sourceText = [group - 1, group, group + 1].flatMap((index) => (context.groups[index] ? [sourceTextOf(context.groups[index])] : [])).join(" ");
    const mentions = analysis.mentions.filter((m) => m.group === group);
    // With a source name unaccounted for, a word next to a matched name may be its replacement, not a part.
    const extendsMatchedName = nextToMatched(text, mentions.every((m) => m.match) ? mentions.flatMap((m) => (m.target ? [m.target] : [])) : []);
    const leftOut = mentions.filter((m) => isExcusedAbsence(m, mentions, reported));
    const { source, target } = context.groups[group];
    const rendering = [...expandedAbbreviations(source, target), ...organisationsInBoth(target, source).map((o) => o.target), ...mirroredCompounds(source, target)];
    const isRendering = (word: TextSpan) => rendering.some((span) => span.start <= word.start && word.end <= span.end);
    for (const word of words) {
      // A hyphenated word's parts are among the words, each judged on its own (USSR-Iran: Iran).
      if (word.text.includes("-") || isRendering(word) || extendsMatchedName(word) || !isUnexpected(context, word.text, sourceText, leftOut) || opensCompoundName(text, word, sourceText)) continue;
      const previous = found[found.length - 1];
      if (previous?.group === group && /^\s+$/.test(text.slice(previous.target.end, word.start))) {
        previous.target = { start: previous.target.start, end: word.end, text: text.slice(previous.target.start, word.end) };
      } else {
        found.push({ group, target: word });
      }
    }
  }
  return found;
}

/** Organisations English names by translated words (European Parliament) that the aligned source doesn't name. */
function unexpectedOrganisations(context: ArticleContext): UnexpectedName[] {
  return context.groups.flatMap((group, index) =>
    group.source.length === 0
      ? []
      : group.target.flatMap((sentence) => unnamedOrganisations(sentence.text, sentence.start, sourceTextOf(group)).map((target) => ({ group: index, target }))),
  );
}

export function unexpectedNames(context: ArticleContext): UnexpectedName[] {
  return context.memo("names:unexpected", () => [...unexpectedWords(context), ...unexpectedOrganisations(context)]);
}
