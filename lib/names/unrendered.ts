import type { TextSpan } from "@/lib/align/types";
import { isCommonNounReading, parseWord, wordsOf } from "@/lib/morph";
import { latinLookalikeOf, matchKey, nameLexicon, preferredLatin, sharesConsonantRun } from "@/lib/translit";
import { analyseNames, type NameMention } from "./analysis";
import { englishForms, FEW_BEARERS } from "./english-forms";
import {
  englishCountryNames,
  englishWordsOf,
  FUNCTION_WORDS,
  isCapitalisedOnlyWord,
  isDictionaryWord,
  likelyTranslationsOf,
  POSSIBLE_TRANSLATION,
  russianLemmasOf,
  translationsOf,
} from "@/lib/lexicon";
import { hasSourceCounterpart } from "./counterpart";
import { properNounOf } from "./derived-names";
import { literalCandidate } from "./locate";
import { opensSentence, standIns } from "./stand-ins";
import { matchWord } from "./match";
import { isOrganisationAbbreviation, organisationsInBoth } from "./organisations";
import { REGION_NOUN_AFTER, type NameWord, type SourceName } from "./source-names";
import type { ArticleContext } from "./types";
import { textBefore } from "@/lib/text";

/** A source name, or a person's surname, that the aligned translation does not render. */
export interface UnrenderedName {
  group: number;
  name: SourceName;
  /** The words not rendered: the whole name, or the surname of a person whose first name is there. */
  words: NameWord[];
  /** Source span of those words. */
  start: number;
  end: number;
  text: string;
  /**
   * A quoted common noun («Пуск»), a ship's or project's name (not a medium's or venue's), or a lone first name that is also a
   * common noun («Викторина»): translators may translate or drop it; not "missing".
   */
  optional: boolean;
  /** The English common word(s) standing in its place, if it was translated literally ("Satellite", "Hare"). */
  literal: TextSpan | null;
}

// A capitalised word right before: the noun of a title (Папа, Патриарх) that a place's adjective follows; or after.
const TITLE_BEFORE = /\p{Lu}\p{Ll}+\s+$/u;
const NAME_AFTER = /^\s+\p{Lu}\p{Ll}/u;

// An acronym, plural too ("NGOs").
const ACRONYM = /^\p{Lu}{2,}s?$/u;

/** Russian compound names of bodies (Минобороны, Госдума, Облсуд) that English translates, when az doesn't know them. */
const COMPOUND_BODY = /^(мин|гос|обл|глав|нац|гор|рай|рос|сов)/iu;

/**
 * A first name alone ending in -а/-я: often a familiar form (Саша, Женя) that translators give in full (Alexander).
 * Full feminine names alone (Анна) are lost with them; a surname is what identifies a person anyway.
 */
function isDiminutive(name: SourceName): boolean {
  const [word] = name.words;
  if (name.words.length !== 1) return false;
  return (word.role === "first" && /[ая]$/.test(word.nominatives[0])) || isFamiliarForm(word.text);
}

/**
 * A familiar form the dictionary lacks, made from a first name it knows with -ка, -шка (Никитка, Егорка, Тимошка):
 * translators give the name or drop it.
 */
function isFamiliarForm(word: string): boolean {
  const parses = parseWord(word);
  if (parses.some((p) => p.known)) return false;
  const nominative = parses[0]?.lemma ?? word.toLowerCase();
  const stem = /^(\p{L}{2,}?)(?:[оеуюи]?ш)?ка$/u.exec(nominative)?.[1];
  if (!stem) return false;
  const capitalised = stem[0].toUpperCase() + stem.slice(1);
  return [capitalised, `${capitalised}а`].some((form) => parseWord(form).some((p) => p.known && p.grammemes.has("Name")));
}

/** A quoted title of common words («Пуск», «Руки Вверх»): a ship's, band's or project's name translators may translate. */
function isQuotedCommonNoun(name: SourceName): boolean {
  return name.quoted && name.words.every((w) => parseWord(w.text.toLowerCase()).some((p) => p.known && !p.grammemes.has("Name") && !p.grammemes.has("Surn")));
}

/**
 * Whether English must carry a name: "always"; "unless translated" for a name English often translates or expands (a
 * compound name of a body az doesn't know: Минобороны, "the Ministry of Defence"; a country's abbreviation: КНР, "the
 * PRC"; a title: Папа Римский, "the Pope"), which is missing only when no English name is left to stand for it; "never"
 * for what English often translates as common words or drops (other abbreviations: СМИ, ТЭЦ; an adjective not made from
 * a place's name: Красной; a familiar first name: Саша; the owner of an institution: МЧС России).
 */
function requirement(name: SourceName, sourceText: string): "always" | "unless translated" | "never" {
  if (name.keepsName) return "always";
  const [only] = name.words;
  if (name.kind === "abbreviation") {
    const namesBody = englishCountryNames(only.text).length > 0 || isOrganisationAbbreviation(only.text);
    return name.words.length === 1 && namesBody ? "unless translated" : "never";
  }
  if (name.words.every((w) => w.adjectival)) {
    // An adjective made from a name (Московский, кремлёвской) is rendered by that name; another (Красной) may be translated.
    if (REGION_NOUN_AFTER.test(sourceText.slice(name.end))) return "always";
    if (!name.words.some((w) => properNounOf(w.text) !== null)) return "never";
    // After the noun, it ends a title English translates whole (Папа Римский: the Pope); before a name, it begins one
    // English may have its own for (Парижской Богоматери: Notre Dame).
    const inTitle = endsTitle(name, sourceText) || NAME_AFTER.test(sourceText.slice(name.end));
    return inTitle ? "unless translated" : "always";
  }
  if (isDiminutive(name)) return isAttestedFirstName(only) ? "unless translated" : "never";
  if (name.kind === "latin" && /[./@]$/.test(textBefore(sourceText, name.start))) return "never";
  if (name.kind === "person") return "always";
  // Known to the dictionary only as an organisation (Минфин, Минюст) or not at all.
  const unknownCompound =
    name.words.length === 1 && COMPOUND_BODY.test(only.text) && parseWord(only.text).every((p) => !p.known || p.grammemes.has("Orgn"));
  if (unknownCompound) return "unless translated";
  return isOwnerOfInstitution(name, sourceText) ? "never" : "always";
}

/**
 * An abbreviation (ОСАГО, ВВП) where the translation writes another: English may expand or translate an abbreviation,
 * or abbreviate the translated words (GDP, ISS, ROC, ECHR; ИГ: ISIS; МЧС: EMERCOM), which spells as many initials or
 * more, never fewer. When every abbreviation of three letters or more the translation has and no source word accounts
 * for is shorter (ОСАГО: NASA, ОРВИ: DLB), none renders this one. Two capitals say too little (AM, TV). A shouted
 * word (КУДА) is no abbreviation, and in a translation that shouts capitals don't tell one.
 */
function isReplacedAbbreviation(context: ArticleContext, name: SourceName, group: number): boolean {
  const [word] = name.words;
  if (name.kind !== "abbreviation" || name.words.length !== 1 || !/^\p{Script=Cyrillic}{2,6}$/u.test(word.text) || word.text !== word.text.toUpperCase()) return false;
  if (parseWord(word.text.toLowerCase()).some((p) => p.known && !p.grammemes.has("Abbr"))) return false;
  const latin = (analyseNames(context).unmatchedTargetWords.get(group) ?? [])
    .map((w) => w.text.replace(/['’]s$/, ""))
    .filter((w) => /^[A-Z][A-Z\d]+[A-Z]$/.test(w));
  if (latin.length === 0 || latin.some(isShouted)) return false;
  return latin.every((w) => w.length < word.text.length);
}

/** An English word of three letters or more written in capitals that the dictionary has in lower case (FUCK, NEWS): shouted. */
const isShouted = (word: string) => word.length >= 3 && isDictionaryWord(word.toLowerCase()) && !isCapitalisedOnlyWord(word.toLowerCase());

/**
 * A place's adjective after a capitalised noun, ending a title (Папа Римский, Патриарх Московский); not after a
 * capitalised preposition (Без русских), nor one that goes with the noun after it (Глава Псковской епархии).
 */
function endsTitle(name: SourceName, sourceText: string): boolean {
  const before = TITLE_BEFORE.exec(sourceText.slice(Math.max(0, name.start - 40), name.start));
  if (!before || !parseWord(before[0].trim()).some((p) => p.known && p.pos === "NOUN")) return false;
  const next = /^\s+(\p{Ll}+)/u.exec(sourceText.slice(name.end))?.[1];
  const cases = new Set(parseWord(name.words[name.words.length - 1].text.toLowerCase()).filter((p) => p.pos === "ADJF").map((p) => p.case));
  const noun = next ? parseWord(next)[0] : undefined;
  return !noun || !(noun.known && noun.pos === "NOUN" && parseWord(next!).some((p) => p.pos === "NOUN" && cases.has(p.case)));
}

/** A lone first name that many people bear in the name data (Мария, Оливия), unlike a familiar form (Фома, Маша). */
function isAttestedFirstName(word: NameWord): boolean {
  return word.nominatives.some((n) => nameLexicon().spellingsOf(n).reduce((sum, s) => sum + s.count, 0) >= FEW_BEARERS);
}

/**
 * A country in the genitive right after the body it owns, named by an abbreviation (МЧС России, ЦБ России, МИД Японии)
 * or by a capitalised common noun that opens the body's own name (Банк России): English often leaves the country
 * implied ("the Central Bank", "the Emergencies Ministry").
 */
function isOwnerOfInstitution(name: SourceName, sourceText: string): boolean {
  const [word] = name.words;
  const genitive = word.readings.some((r) => r.case === "gent");
  if (name.kind !== "place" || name.words.length !== 1 || !genitive || englishCountryNames(word.nominatives[0]).length === 0) return false;
  const before = /([\p{L}-]+)\s+$/u.exec(sourceText.slice(Math.max(0, name.start - 40), name.start));
  const previous = before?.[1];
  if (!previous || previous.length < 2) return false;
  if (previous === previous.toUpperCase()) return true;
  const opensSentence = /(^|[.!?…]\s*)$/u.test(sourceText.slice(Math.max(0, name.start - 42), name.start - before[0].length));
  return /^\p{Lu}/u.test(previous) && !opensSentence && parseWord(previous.toLowerCase()).some((p) => isCommonNounReading(p));
}

/**
 * A word that is also a common Russian word can be translated as one (Заяц "hare", «Известия» "news"); in the title
 * of a medium or venue an adjective too («Вечерний Бишкек» "Evening Bishkek").
 */
function hasCommonMeaning(words: NameWord[], keepsName = false): boolean {
  const meaning = (w: NameWord) =>
    parseWord(w.text.toLowerCase()).some(
      (p) => p.known && (p.pos === "NOUN" || (keepsName && p.pos === "ADJF")) && !p.grammemes.has("Name") && !p.grammemes.has("Surn"),
    );
  return (keepsName || words.every((w) => !w.adjectival)) && words.some(meaning);
}

/** A company, brand or team az knows as one (Северсталь, Аэрофлот). */
function isKnownOrganisation(words: NameWord[]): boolean {
  return words.some((w) => parseWord(w.text).some((p) => p.known && (p.grammemes.has("Orgn") || p.grammemes.has("Trad"))));
}

/**
 * A first name alone that is also a common noun (Вера "faith", Викторина "quiz"): capitalised as the first word of a
 * title or after a dash, it is as often the noun, which translators rightly translate. With a surname beside it, or
 * for a surname (Заяц), the name reading is sure.
 */
function isLoneCommonFirstName(name: SourceName): boolean {
  return name.words.length === 1 && name.words[0].role === "first" && hasCommonMeaning(name.words);
}

/**
 * The name is there in part: glued to the next word ("Kazakhstanthat", which the glued-word check reports), as part
 * of a translated compound (Hydrometeorological Center for Гидрометцентр), or by one part of a hyphenated name
 * (Barbara for Варвара-Краса, Rimsky for Римский-Корсаков).
 */
function isPresentInPart(context: ArticleContext, mentions: NameMention[]): boolean {
  const words = targetWords(context, mentions[0].group);
  const capitalised = words.filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
  return mentions.some(
    ({ word }) =>
      [...englishForms(word).nominativeKeys.keys()].some((k) => k.length >= 4 && words.some((w) => matchKey(w).startsWith(k) || sharesConsonantRun(w, k))) ||
      word.text.split("-").some((part, _, parts) => parts.length > 1 && part.length >= 3 && capitalised.some((w) => hasSourceCounterpart(w, part))),
  );
}

/**
 * Translators move a name across a sentence boundary ("…, said Semilarski." opening the next sentence): a name
 * rendered in the translation of the group before or after is there.
 */
function isRenderedNearby(context: ArticleContext, mentions: NameMention[]): boolean {
  const group = mentions[0].group;
  const nearby = [group - 1, group + 1]
    .filter((index) => index >= 0 && index < context.groups.length)
    .flatMap((index) => context.groups[index].target.flatMap((s) => wordsOf(s.text)))
    .filter((w) => /^\p{Lu}/u.test(w.text));
  return mentions.some(({ word }) => nearby.some((w) => matchWord(word, w.text)?.verdict === "ok"));
}

/**
 * A person's byname after a first name (Иоанн Креститель, Георгий Победоносец, Витя Мясник) is a common noun English
 * translates with "the" after the first name's rendering: "John the Baptist", "George the Victorious".
 */
function isTranslatedEpithet(context: ArticleContext, mentions: NameMention[], missing: NameMention[]): boolean {
  const [first] = mentions;
  if (first.name.kind !== "person" || first.word.role !== "first" || !first.target || missing.includes(first)) return false;
  const after = context.aligned.target.text.slice(first.target.end, first.target.end + 40);
  return /^,?\s+the\s+\p{Lu}/u.test(after) && missing.every((m) => hasCommonMeaning([m.word], true) || m.word.readings.every((r) => !r.known));
}

/**
 * A code of Cyrillic capitals and digits (МС-21) written in the translation with the Latin capitals drawn alike ("MC-21"),
 * not transliterated ("MS-21").
 */
function isWrittenInLatinLookalikes(context: ArticleContext, mentions: NameMention[]): boolean {
  const translation = context.groups[mentions[0].group].target.map((s) => s.text).join(" ");
  return mentions.some(({ word }) => {
    const latin = latinLookalikeOf(word.text);
    return latin !== null && new RegExp(`(^|[^\\p{L}\\d])${latin}($|[^\\p{L}\\d])`, "u").test(translation);
  });
}

// A region named by a prefix and -ье made from a river's, mountains' or city's name (Поволжье: Волга, Прикамье: Кама,
// Подмосковье: Москва, Зауралье: Урал); ж, ч, ш ending the root stand for г, к, х of the name (Волга: волж-).
const REGION_ENDING = /ь[еяю]$/u;
const ROOT_ALTERNATIONS: [RegExp, string][] = [[/ж$/u, "г"], [/ч$/u, "к"], [/ш$/u, "х"]];

/** The roots a region's name (in the nominative) may be made from: Поволжье → волг; Подмосковье → москов, дмосков. */
function regionRootsOf(nominative: string): string[] {
  const lower = nominative.toLowerCase();
  if (!REGION_ENDING.test(lower)) return [];
  return ["по", "под", "при", "за", "пред", "меж"]
    .filter((prefix) => lower.startsWith(prefix))
    .map((prefix) => ROOT_ALTERNATIONS.reduce((root, [pattern, to]) => root.replace(pattern, to), lower.slice(prefix.length).replace(REGION_ENDING, "")));
}

/**
 * A region named after a river or city that English names by that base ("the Volga region", "the Trans-Urals"): a
 * capitalised English word no other name of the sentence accounts for begins as the base does.
 */
function isRegionNamedByBase(context: ArticleContext, mentions: NameMention[]): boolean {
  const free = (analyseNames(context).unmatchedTargetWords.get(mentions[0].group) ?? []).flatMap((w) => w.text.split("-")).map(matchKey);
  const bases = mentions.flatMap(({ word }) => word.nominatives.flatMap(regionRootsOf)).map((root) => matchKey(preferredLatin(root)).slice(0, 4));
  return bases.some((base) => base.length >= 3 && free.some((w) => w.startsWith(base)));
}

// Source words with a known translation a sentence needs before none of them translated says it was rendered freely.
const FREE_RENDERING_WORDS = 4;

/**
 * A sentence rendered by an English equivalent, not word for word (a proverb: Кто рано встаёт, тому Бог даёт → "the
 * early bird catches the worm"): of its words the translation table knows, none has even a possible translation in
 * English, so a name gone from it was translated away with the rest. A sentence that only lost a name keeps its other words.
 */
function isRenderedFreely(context: ArticleContext, group: number): boolean {
  return context.memo(`names:free-rendering:${group}`, () => {
    const english = context.groups[group].target.flatMap((s) => englishWordsOf(s.text));
    const known = context.groups[group].source.flatMap((s) => russianLemmasOf(s.text)).filter((lemma) => likelyTranslationsOf(lemma).length > 0);
    // A sentence left in Russian but for a word or two ("Быть было худу, да Earth не велел") was not rendered at all.
    const rendered = english.length >= FREE_RENDERING_WORDS;
    if (!rendered || known.length < FREE_RENDERING_WORDS) return false;
    // Each lemma's possible translations looked up among the sentence's words, not each pair of words compared: a
    // hostile sentence of thousands of words would make that quadratic.
    const words = new Set(english);
    return ![...new Set(known)].some((lemma) => translationsOf(lemma, POSSIBLE_TRANSLATION).some((word) => words.has(word)));
  });
}

/**
 * The name is written out in lower case: a transliterated English word (Камеди Клаб: "Comedy club"), spelled as the
 * word itself, not a loose resemblance, and a word of its own, not a short function word.
 */
function isRenderedInLowerCase(context: ArticleContext, mentions: NameMention[]): boolean {
  const words = targetWords(context, mentions[0].group).filter((w) => /^\p{Ll}{4,}$/u.test(w) && !FUNCTION_WORDS.has(w));
  return mentions.some(({ word }) => !/\d/.test(word.text) && words.some((w) => ["spelling", "close", "model"].includes(matchWord(word, w)?.kind ?? "")));
}

/**
 * A group's translated words, each once: asked for each name the group leaves unrendered, and a group of thousands
 * of names read its whole translation for each (the questions asked of them take any word, so repeats add nothing).
 */
function targetWords(context: ArticleContext, group: number): string[] {
  return context.memo(`names:target-words:${group}`, () => [...new Set(context.groups[group].target.flatMap((s) => wordsOf(s.text)).map((w) => w.text))]);
}

/**
 * An organisation the gazetteer knows, named in the source one of its Russian ways (Совфед) and in the translation by
 * its English name (the Federation Council).
 */
function isNamedAsOrganisation(context: ArticleContext, mentions: NameMention[]): boolean {
  const group = context.groups[mentions[0].group];
  const named = organisationsInBoth(group.target, group.source).flatMap((organisation) => organisation.source);
  return mentions.some(({ word }) => named.some((span) => span.start < word.end && word.start < span.end));
}

/**
 * A person or place the translation already named earlier in the article (as this entity, or in a word that renders
 * this name: St. Petersburg before "в Петербурге"), named again in the source and left out or given as a pronoun
 * here ("…, quoted him", "the claim" for "иск Семиларски"): translators drop a repeated name when it is clear who
 * or where. A person needs a pronoun of theirs in the sentence.
 */
function isRepeatedAndClear(context: ArticleContext, mentions: NameMention[]): boolean {
  const [{ entity, group, name }] = mentions;
  if (name.kind !== "person" && name.kind !== "place") return false;
  const sameEntity = analyseNames(context).mentions.some((m) => m.entity === entity && m.group < group && m.match?.verdict === "ok");
  const earlierWords = () => context.groups.slice(0, group).flatMap((g) => g.target.flatMap((s) => wordsOf(s.text))).filter((w) => /^\p{Lu}/u.test(w.text));
  const rendersName = (english: string) => mentions.some(({ word }) => matchWord(word, english)?.verdict === "ok");
  if (!sameEntity && !earlierWords().some((w) => rendersName(w.text))) return false;
  return name.kind === "place" || hasPronounOf(context, mentions[0]);
}

/** The translation of the mention's group has a pronoun that may stand for its person ("he" for a man named again). */
function hasPronounOf(context: ArticleContext, { entity, group }: NameMention): boolean {
  const translation = context.groups[group].target.map((s) => s.text).join(" ");
  const pronoun = entity.gender === "femn" ? /\b(she|her|hers|herself)\b/i : entity.gender === "masc" ? /\b(he|him|his|himself)\b/i : /\b(he|him|his|himself|she|her|hers|herself)\b/i;
  return pronoun.test(translation);
}

/** The name is left in Cyrillic in the translation: the untranslated check reports that, not a missing name. */
function isLeftInCyrillic(context: ArticleContext, mentions: NameMention[]): boolean {
  const translation = context.groups[mentions[0].group].target.map((s) => s.text).join(" ");
  return mentions.some(({ word }) => translation.includes(word.text));
}

/**
 * Mentions whose English word renders an earlier name of the sentence as well ("Russian Prime Minister … saying that
 * would continue" for России … Россия): one English word stands for one mention, so the later names are not rendered.
 * Only a place's or a person's name counts: an organisation's may be named whole once and by a common noun again.
 */
function sharedRenderings(context: ArticleContext, mentions: readonly NameMention[]): Set<NameMention> {
  const shared = new Set<NameMention>();
  const byTarget = new Map<string, NameMention[]>();
  for (const mention of mentions) {
    if (!mention.target || (mention.name.kind !== "place" && mention.name.kind !== "person")) continue;
    const key = `${mention.group}:${mention.target.start}`;
    (byTarget.get(key) ?? byTarget.set(key, []).get(key)!).push(mention);
  }
  for (const sharing of byTarget.values()) {
    const names = new Set(sharing.map((m) => m.name));
    if (names.size < 2) continue;
    const [kept] = [...sharing].sort((a, b) => b.match!.score - a.match!.score || a.word.start - b.word.start);
    // Matching picks each mention's best word: another the sentence leaves unexplained may render one of them (Russia
    // and Russian for России … Россия), or be another form of the word they share (Britain, British; Jewish, Jews).
    const free = analyseNames(context).unmatchedTargetWords.get(kept.group) ?? [];
    const stem = kept.target!.text.slice(0, 3).toLowerCase();
    if (free.some((w) => w.text.toLowerCase().startsWith(stem) || sharing.some((m) => matchWord(m.word, w.text)))) continue;
    // A person named again may be "he" or "she" in English.
    for (const mention of sharing) if (mention.name !== kept.name && !(mention.name.kind === "person" && hasPronounOf(context, mention))) shared.add(mention);
  }
  return shared;
}

/**
 * The English words that may stand for a name English translates. An abbreviation's name is rendered by an acronym
 * (ROC, KGB) or by capitalised words (the Central Bank), not by a lone capitalised word that only opens the sentence
 * ("Banks have returned … to the").
 */
function standInsFor(context: ArticleContext, name: SourceName, group: number): TextSpan[] {
  const words = standIns(context, group);
  if (name.kind !== "abbreviation") return words;
  const text = context.aligned.target.text;
  return words.filter((word) => ACRONYM.test(word.text) || !opensSentence(text, word));
}

// A first name and its byname around "the": "John the Baptist".
const BYNAME_BEFORE = /\p{Lu}\p{Ll}+,?\s+the\s+$/u;
const BYNAME_AFTER = /^,?\s+the\s+\p{Lu}\p{Ll}/u;

/**
 * Whether the literal candidate can be the translation of a person's missing words: each of them has a meaning
 * ("Hare" for Заяц), or the candidate is a byname after a first name English writes its own way ("John the Baptist"
 * for Иоанна Крестителя). With a first name missing too (Егор Жуков), another capitalised word is no translation.
 */
function isTranslationOf(context: ArticleContext, name: SourceName, words: NameWord[], candidate: TextSpan): boolean {
  if (name.kind !== "person" || name.quoted || words.every((w) => hasCommonMeaning([w]))) return true;
  const text = context.aligned.target.text;
  return BYNAME_BEFORE.test(text.slice(Math.max(0, candidate.start - 40), candidate.start)) || BYNAME_AFTER.test(text.slice(candidate.end, candidate.end + 40));
}

export function unrenderedNames(context: ArticleContext): UnrenderedName[] {
  return context.memo("names:unrendered", () => {
    const all = analyseNames(context).mentions;
    const shared = sharedRenderings(context, all);
    const byName = new Map<SourceName, NameMention[]>();
    for (const mention of all) (byName.get(mention.name) ?? byName.set(mention.name, []).get(mention.name)!).push(mention);
    const unrendered: UnrenderedName[] = [];
    for (const [name, mentions] of byName) {
      const group = mentions[0].group;
      const missing = mentions.filter((m) => !m.match || shared.has(m));
      if (context.groups[group].target.length === 0 || missing.length === 0) continue;
      const required = requirement(name, context.aligned.source.text);
      // An abbreviation replaced by a shorter one is missing whatever else stands in the sentence.
      const excused = required === "never" || (required === "unless translated" && standInsFor(context, name, group).length > 0);
      if (excused && !isReplacedAbbreviation(context, name, group)) continue;
      // A person may be named by surname alone; only a missing surname counts. A medium's or venue's name counts word by word.
      const partly = missing.length < mentions.length;
      if (partly && !name.keepsName && (name.kind !== "person" || mentions[mentions.length - 1].match)) continue;
      const sharedOnly = missing.every((m) => shared.has(m));
      if (!sharedOnly && (isPresentInPart(context, missing) || isLeftInCyrillic(context, missing) || isRenderedNearby(context, missing))) continue;
      if (!sharedOnly && isRenderedInLowerCase(context, missing)) continue;
      if (isNamedAsOrganisation(context, missing) || isRepeatedAndClear(context, missing)) continue;
      if (isTranslatedEpithet(context, mentions, missing)) continue;
      if (isWrittenInLatinLookalikes(context, missing) || isRegionNamedByBase(context, missing)) continue;
      if (isRenderedFreely(context, group)) continue;
      const words = missing.map((m) => m.word);
      const start = words[0].start;
      const end = words[words.length - 1].end;
      const rendered = mentions.flatMap((m) => (m.target ? [m.target] : []));
      const commonNoun = isLoneCommonFirstName(name);
      // A medium's or venue's name translated stays where it was, quoted or not; another quoted title translated keeps its quotes.
      // A quoted company or brand the dictionary knows as one («Северсталь») may lose its quotes in translation too.
      const brand = name.quoted && isKnownOrganisation(words);
      const candidate =
        // A medium's or company's name may be translated from its own language (Синьхуа: "New China"), not only from Russian.
        !commonNoun && (name.quoted || name.kind === "person") && (name.keepsName || hasCommonMeaning(words))
          ? literalCandidate(context, group, start, rendered, name.quoted && !name.keepsName && !brand)
          : null;
      const literal = candidate && isTranslationOf(context, name, words, candidate) ? candidate : null;
      const text = context.aligned.source.text.slice(start, end);
      const optional = (isQuotedCommonNoun(name) && !name.keepsName) || commonNoun;
      unrendered.push({ group, name, words, start, end, text, optional, literal });
    }
    return unrendered;
  });
}
