import { isDictionaryWord, isShoutedWord, isWrittenInCapitals } from "@/lib/lexicon";
import {
  adjectiveBaseOf,
  declinedForms,
  isCapitalised,
  isCommonNounReading,
  isNameReading,
  knownReadings,
  NAME_GRAMMEMES,
  nominativeOf,
  parseWord,
  PERSON_GRAMMEMES,
  wordsOf,
  type Word,
  type WordParse,
} from "@/lib/morph";
import { nameLexicon } from "@/lib/translit";
import { properNounOf } from "./derived-names";
import { FEW_BEARERS, hasExonym } from "./english-forms";
import { couldBeTitle, quotedNameRanges, type QuotedRange } from "./quoted-titles";

export type NameKind = "person" | "place" | "organisation" | "latin" | "abbreviation" | "other";

/** One word of a name in the Russian source. */
export interface NameWord extends Word {
  /** Nominatives this word can have, lower-cased: one once agreement settles it ("Коцу" → коц), more if ambiguous. */
  nominatives: string[];
  /** The word is (or may be) already in the nominative: an English form with a Russian ending can't be a case leak. */
  maybeNominative: boolean;
  role: "first" | "middle" | "last" | null;
  /** Grammatical case of the chosen reading when there is one reading (after agreement), e.g. "gent". */
  case: string | null;
  /**
   * An adjective: of a place ("Атырауской" области), which English renders by the place name or translates (East
   * Kazakhstan), or part of a name English translates (Красной площади → Red Square).
   */
  adjectival: boolean;
  /** Grammatical gender of the chosen reading, for declining the name. */
  gender: string | null;
  /**
   * Every reading still open, with its nominative, case and gender: "Собянина" alone is the genitive of Собянин or a
   * woman's Собянина. The article's entities (entities.ts) settle between them.
   */
  readings: NameReading[];
  /** The word agrees with a first name the dictionary knows, or is a case of a surname the article gave in the nominative, so its readings are sure, not guessed. */
  certain: boolean;
}

export interface NameReading {
  nominative: string;
  /** An OpenCorpora case (nomn, gent…), or null if unknown. */
  case: string | null;
  gender: string | null;
  /** From the dictionary, not guessed from the word's ending. */
  known: boolean;
}

/** A name in one source sentence: consecutive capitalised name words ("Александру Коцу", «Спутник Казахстан»). */
export interface SourceName {
  kind: NameKind;
  words: NameWord[];
  start: number;
  end: number;
  text: string;
  /** Inside quotes where every word is capitalised: a title of a medium or organisation («Известия»). */
  quoted: boolean;
  /**
   * A quoted title the sentence presents as a newspaper, site or channel (издание «Курсив», как пишет «Вечерний
   * Бишкек») or as a shop, café, hotel or other venue (торговый комплекс «Амбар»): these keep their own names in
   * English, adjectives included.
   */
  keepsName: boolean;
}

// Endings no Russian nominative has (the instrumental): a guessed word with one is surely declined.
const OBLIQUE_ONLY = /(ом|ем|ём|ым|им|ами|ями)$/iu;
// A Roman numeral, with a Russian ending too (IV-го).
const ROMAN_NUMERAL = /^[IVXLCDM]+(?:-\p{L}+)?$/u;
// Surnames in -их/-ых (Успасских, Черных) do not decline.
const INDECLINABLE = /[иы]х$/iu;
// Case endings to cut from a word az could only guess, for a nominative to try ("Новаком" → новак).
const GUESSED_ENDING = /(ом|ем|ой|ей|у|ю|а|я|е|ы|и)$/u;
// The masculine nominative of most Russian and Central Asian surnames.
export const SURNAME_SHAPE = /\p{L}(?:ов|ев|ёв|ин|ын)$/u;
const ADJECTIVAL = /[сц]к(?:ий|ая|ое|ие|ого|ой|ому|ую|им|ом|их|ими|ых|ей)$/iu;

/**
 * A noun after a capitalised adjective that makes it a region's or islands' name, which English keeps
 * (Краснодарский край → Krasnodar Territory, Галапагосские острова → Galapagos Islands).
 */
export const REGION_NOUN_AFTER =
  /^\s+(?:кра(?:й|я|ю|е|ем|ев|ёв|ям|ями|ях)|област(?:ь|и|ью|ей|ям|ями|ях)|губерни(?:я|и|ю|ей|й|ям|ями|ях)|(?:район|округ|остров|полуостров)(?:а|у|ом|е|ы|и|ов|ам|ами|ах)?)(?![\p{L}-])/iu;

const isLatin = (word: string) => /^[A-Za-z]/.test(word);
/** Mostly capitals: ЦБ, МИД, and with a case ending or a small letter inside (ЦАХАЛа, СПбГУ). */
const isAbbreviation = (word: string) => {
  const capitals = word.match(/\p{Lu}/gu)?.length ?? 0;
  return word.length > 1 && capitals >= Math.max(1, word.length / 2) && (capitals >= 2 || word === word.toUpperCase());
};

interface Classified {
  name: boolean;
  /** A common noun capitalised (asCapitalisedNoun): it names a thing of its own, not part of a person's name (Губка Боб). */
  common?: boolean;
  /** Readings that make the word a name; [] for Latin words, abbreviations and words az cannot read. */
  readings: WordParse[];
}

/**
 * Name readings of a word (Name/Surn/Patr/Geox/Orgn, not plural: "Абаев" is a surname, not the genitive plural
 * of Абай), or the noun readings az guessed for a word it doesn't know (a foreign name: "Пашиняном").
 */
function nameReadings(parses: readonly WordParse[], word: string): WordParse[] {
  const named = parses.filter((p) => isNameReading(p) && p.number !== "plur");
  // A surname with an adjective's ending declines as one: az's guesses of it as a noun of another stem (Поклонской as
  // a case of поклонск, beside Поклонский's) are not its.
  const adjectival = ADJECTIVAL.test(word) ? named.filter((p) => ADJECTIVAL_LEMMA.test(p.lemma)) : [];
  if (adjectival.length > 0) return adjectival;
  if (named.length > 0 || parses.some((p) => p.known)) return named;
  return parses.filter((p) => p.pos === "NOUN");
}

const ADJECTIVAL_LEMMA = /[сц]к(?:ий|ой)$/u;

/**
 * Whether a capitalised word is a name. Sentence-initial words must be names in their top reading; the word after a
 * first name is its surname even when az doesn't know it ("Станислав Зас", "Даурен Абаев").
 */
function classify(word: string, initial: boolean, afterFirstName: boolean, next?: string): Classified {
  if (word.length < 2) return { name: false, readings: [] };
  if (ROMAN_NUMERAL.test(word)) return { name: false, readings: [] };
  if (isLatin(word)) return { name: !initial || /\p{Lu}.*\p{Lu}/u.test(word), readings: [] };
  if (isAbbreviation(word)) return { name: true, readings: [] };
  const parses = parseWord(word);
  // After a first name, a word the dictionary has only as an adjective is a surname made like one (Навального).
  const named = nameReadings(parses, word);
  const readings = named.length === 0 && afterFirstName ? parses.filter((p) => p.known && p.pos === "ADJF" && p.number !== "plur") : named;
  // Everything is capitalised at the start of a sentence: only a word with no common reading is a name there.
  if (initial) return { name: isInitialName(parses) && (parses[0].known || isFollowedByVerb(next)), readings };
  const unknown = parses.length === 0 || !parses.some((p) => p.known);
  return { name: readings.length > 0 || unknown || afterFirstName || isSurnameReadAsPlural(word, parses), readings };
}

/**
 * A sentence's first word is a name when its best reading is one and no common reading competes, but for the plural
 * genitive or accusative of a thing, which rarely opens a sentence: Путин (not путин, of путина), Лавров (лавр). Of
 * animals and people it often does ("Волков в лесу много", "Матросов эвакуировали"): those stay common words.
 */
function isInitialName(parses: readonly WordParse[]): boolean {
  if (parses.length === 0 || !isNameReading(parses[0])) return false;
  // A possessive adjective made from the same name (Петрова: Peter's, beside the surname Петрова) is no common word.
  const nameLemmas = new Set(parses.filter((p) => isNameReading(p)).map((p) => p.lemma));
  const common = parses.filter((p) => p.known && !isNameReading(p) && !(p.pos === "ADJF" && nameLemmas.has(p.lemma)));
  const surname = parses[0].grammemes.has("Surn");
  return common.every((p) => surname && p.number === "plur" && (p.case === "gent" || p.case === "accs") && p.grammemes.has("inan"));
}

/**
 * A word the dictionary doesn't know opening a sentence is a name when a verb follows, as after a subject ("Пашинян
 * заявил"); otherwise it is as likely a misspelt or run-together common word ("Всередине 90-х", "Разкажыте свои").
 */
function isFollowedByVerb(next: string | undefined): boolean {
  return next !== undefined && knownReadings(next).some((p) => p.pos === "VERB");
}

/**
 * "Акбаров", "Абаев": az knows them only as the genitive plural of a first name (Акбар, Абай), which is how a
 * Russian surname is made; inside a sentence, capitalised, such a word is the surname.
 */
function isSurnameReadAsPlural(word: string, parses: readonly WordParse[]): boolean {
  return SURNAME_SHAPE.test(word) && parses.some((p) => p.grammemes.has("Name") && p.number === "plur");
}

/** A first name, or a word az doesn't know that isn't a place: the next capitalised word continues the name. */
function isPersonLike(word: string, classified: Classified): boolean {
  if (isLatin(word) || isAbbreviation(word) || !classified.name) return false;
  const role = roleOf(classified.readings);
  return role === "first" || (classified.readings.length === 0 && role === null) || classified.readings.every((p) => !p.known && !p.grammemes.has("Geox"));
}

/**
 * A word az knows only as a common noun after a surname ends the name: it opens a heading or a clause of its own
 * ("Юлия Латынина История про…"). After a first name it may be the surname az doesn't know as one.
 */
function endsPersonName(previous: Classified, word: string): boolean {
  return roleOf(previous.readings) === "last" && isOnlyCommonNoun(parseWord(word));
}

/** Whether two adjacent name words belong to one name: a place in the genitive doesn't ("Президентом России Владимиром"). */
function continues(previous: Classified, next: Classified): boolean {
  if (previous.readings.length === 0 || next.readings.length === 0) return true;
  // A first name, or a word az doesn't know that isn't a place (Тайип after Реджеп), goes on with a word az doesn't
  // know, whatever it guesses of that one from its ending (Эрдоган: a place, like Казахстан).
  const isGuessed = (c: Classified) => c.readings.every((p) => !p.known);
  const isPersonWord = (c: Classified) => roleOf(c.readings) === "first" || (isGuessed(c) && !c.readings.some((p) => p.grammemes.has("Geox")));
  if (isPersonWord(previous) && isGuessed(next)) return true;
  const isPlace = (c: Classified) => c.readings.some((p) => p.grammemes.has("Geox")) && roleOf(c.readings) === null;
  const agrees = (c: Classified) => previous.readings.some((a) => c.readings.some((b) => a.case === b.case || a.grammemes.has("Fixd") || b.grammemes.has("Fixd")));
  if (!agrees(next) && isIndeclinableSurnameAfter(previous, next)) return true;
  return isPlace(previous) === isPlace(next) && agrees(next);
}

/**
 * A word after a first name the dictionary knows that has no reading in the first name's case, nor a nominative one,
 * is an indeclinable surname ("Майей Санду", "Ирине Кову"), not another name in its own case: az reads such a
 * surname as a case form of some other word (Санда's accusative), but the two words of one name share their case.
 */
function isIndeclinableSurnameAfter(previous: Classified, next: Classified): boolean {
  const knownFirstName = roleOf(previous.readings) === "first" && previous.readings.some((p) => p.known && p.grammemes.has("Name"));
  return knownFirstName && next.readings.every((p) => p.case !== "nomn");
}

/** How many people in the name data bear the Russian name token as written (Сигэру: 333). */
const bearersOf = (word: string) => nameLexicon().spellingsOf(word).reduce((sum, s) => sum + s.count, 0);

/**
 * Words az only guessed, one of which the name data knows as many people's name (Сигэру, Фумио, Густаво): a foreign
 * person's first name and surname, whatever az guessed from their endings (Исиба: the genitive of an organisation).
 */
function isForeignPersonRun(run: readonly Word[], readings: readonly WordParse[][]): boolean {
  const guessed = readings.every((r) => r.length > 0 && r.every((p) => !p.known));
  return run.length > 1 && guessed && run.some((w) => bearersOf(w.text) >= FEW_BEARERS);
}

/**
 * The words of a foreign person's name by their place: first names, then the surname, whose nominative is as written
 * when it may be one (Исиба, not az's исиб).
 */
function asPersonWords(words: NameWord[]): NameWord[] {
  return words.map((w, i) => {
    if (i < words.length - 1) return { ...w, role: "first", adjectival: false };
    const written = w.text.toLowerCase().replace(/ё/g, "е");
    return { ...w, role: "last", adjectival: false, nominatives: w.maybeNominative ? [...new Set([written, ...w.nominatives])] : w.nominatives };
  });
}

function kindOf(words: NameWord[], readings: WordParse[][]): NameKind {
  if (words.every((w) => isLatin(w.text))) return "latin";
  if (words.every((w) => isAbbreviation(w.text))) return "abbreviation";
  const all = readings.flat();
  if (words.every((w) => w.adjectival)) return "other";
  if (words.some((w) => w.role)) return "person";
  if (all.some((p) => p.grammemes.has("Geox"))) return "place";
  if (all.some((p) => p.grammemes.has("Orgn") || p.grammemes.has("Trad"))) return "organisation";
  return "other";
}

/**
 * A word cut short before a full stop and another capitalised word ("Дм.Быков", "Вл. Суркова", "Хим.Оружия"): an
 * initial of a first name or an abbreviated word, which English writes as it likes (D. Bykov, V. Surkov).
 */
function isShortened(sentence: string, word: Word): boolean {
  return word.text.length <= 3 && isCapitalised(word.text) && !isAbbreviation(word.text) && /^\.\s?\p{Lu}/u.test(sentence.slice(word.end));
}

/**
 * A word with letters masked by a backslash or asterisk between letters ("Бл\ть", "Х*р"): a swear word censored, not
 * a name. Not a Markdown escape before punctuation ("Telegram\-канале").
 */
const isMasked = (sentence: string, word: Word) => /\p{L}[\\*]$/u.test(sentence.slice(0, word.start)) || /^[\\*]\p{L}/u.test(sentence.slice(word.end));

/** "Дм.Травин", "А. Иванов": a word shaped like a surname after a first name's initial is that surname, whatever az says. */
function isSurnameAfterInitial(sentence: string, previous: Word | undefined, word: Word): boolean {
  return previous !== undefined && isShortened(sentence, previous) && SURNAME_SHAPE.test(word.text);
}

/**
 * A Latin word in lower case no English dictionary has (huawei, youtube): in a Russian text, a brand or site English
 * writes as it is, capitalised or not.
 */
const isLowerCaseLatinName = (word: string) => /^[a-z]{3,}$/.test(word) && !isDictionaryWord(word);

/**
 * Names in a Russian sentence; offsets are document offsets (the sentence starts at `offset`). Words for which
 * `isExcluded` holds (glossary terms, which the glossary check owns) are not names.
 */
export function findSourceNames(sentence: string, offset: number, isExcluded?: (start: number, end: number) => boolean): SourceName[] {
  const words = wordsOf(sentence, 0);
  const shouted = isWrittenInCapitals(words);
  const quoted = quotedNameRanges(sentence);
  const quoteOf = (w: Word) => quoted.find((q) => w.start >= q.start && w.end <= q.end);
  const inQuotes = (w: Word) => quoteOf(w) !== undefined;
  const runs: Array<{ words: Word[]; classes: Classified[] }> = [];
  let previous: { word: Word; classified: Classified } | null = null;
  words.forEach((word, i) => {
    const adjacent = previous !== null && /^\s+$/.test(sentence.slice(previous.word.end, word.start));
    const afterName =
      (adjacent && isPersonLike(previous!.word.text, previous!.classified) && !endsPersonName(previous!.classified, word.text)) ||
      isSurnameAfterInitial(sentence, words[i - 1], word);
    const excluded = isExcluded?.(offset + word.start, offset + word.end) ?? false;
    // In a sentence written in capitals a word in capitals is no abbreviation: it is read as if written normally.
    const written = shouted && isShoutedWord(word.text) ? word.text[0] + word.text.slice(1).toLowerCase() : word.text;
    const candidate =
      (isCapitalised(word.text) || isLowerCaseLatinName(word.text)) && !excluded && !isShortened(sentence, word) && !isMasked(sentence, word)
        ? classify(written, i === 0, afterName, words[i + 1]?.text)
        : null;
    const classified =
      candidate && !candidate.name
        ? (asRegionAdjective(sentence, word, written) ?? (i > 0 && !shouted ? asCapitalisedNoun(sentence, word) : null) ?? candidate)
        : candidate;
    const name = classified !== null && (classified.name || (inQuotes(word) && couldBeTitle(word.text)));
    if (!name) {
      previous = null;
      return;
    }
    const run = runs[runs.length - 1];
    const joins =
      previous !== null &&
      adjacent &&
      inQuotes(previous.word) === inQuotes(word) &&
      isAbbreviation(previous.word.text) === isAbbreviation(word.text) &&
      isLatin(previous.word.text) === isLatin(word.text) &&
      Boolean(previous.classified.common) === Boolean(classified.common) &&
      (inQuotes(word) || continues(previous.classified, classified));
    if (joins) {
      run.words.push(word);
      run.classes.push(classified);
    } else {
      runs.push({ words: [word], classes: [classified] });
    }
    previous = { word, classified };
  });
  return runs.map((run) => toSourceName(sentence, offset, run.words, run.classes.map((c) => c.readings), quoteOf(run.words[0])));
}

function toSourceName(sentence: string, offset: number, run: Word[], personReadings: WordParse[][], quote: QuotedRange | undefined): SourceName {
  const quoted = quote !== undefined;
  // A quoted title («Игора Драйв») names no person: a first-name or surname reading of its words (Игора as the
  // genitive of Игорь) says nothing about their case, so the words are taken as written.
  const readings = quoted ? personReadings.map((r) => r.filter((p) => !isNameReading(p, PERSON_GRAMMEMES))) : personReadings;
  const agreement = agreeingReadings(readings);
  const words = run.map((w, i) =>
    nameWord(w, offset, agreement ? chosenReadings(agreement, i, readings[i]) : readings[i], agreement?.certain ?? false),
  );
  const start = run[0].start;
  const end = run[run.length - 1].end;
  const abbreviation = run.every((w) => isAbbreviation(w.text) && !isLatin(w.text));
  const read = quoted && !abbreviation ? "organisation" : kindOf(words, readings);
  const foreignPerson = !quoted && read !== "person" && isForeignPersonRun(run, readings);
  const kind = foreignPerson ? "person" : read;
  return { kind, words: foreignPerson ? asPersonWords(words) : words, start: offset + start, end: offset + end, text: sentence.slice(start, end), quoted, keepsName: quote?.keepsName ?? false };
}

function nameWord(word: Word, offset: number, chosen: WordParse[], agreed: boolean): NameWord {
  // Surnames in -ский are adjectives too: only one az knows, or one agreeing with a first name, is a person.
  // A first name or an -ов/-ин surname the dictionary knows is no adjective, though it may read as one in lower case
  // (Наталья: лисья; Барановым: барановый). A surname in -ский is an adjective too (Римский).
  // So is a surname in -ский the dictionary has as no common adjective (Жванецкий, Достоевский; not Римский).
  const knownPersonName = chosen.some(
    (p) => p.known && (p.grammemes.has("Name") || (p.grammemes.has("Surn") && (SURNAME_SHAPE.test(p.lemma) || !isCommonAdjective(word.text)))),
  );
  // The spelling first: it settles many words without reading them.
  const adjectival = !agreed && !knownPersonName && (ADJECTIVAL.test(word.text) || readsAsAdjective(word.text));
  const declinedName = agreed || adjectival ? null : attestedNameDeclined(word.text, chosen);
  return {
    text: word.text,
    start: offset + word.start,
    end: offset + word.end,
    nominatives: adjectival
      ? [...new Set([...nominativesOf(word.text, chosen), ...adjectiveNominatives(word.text), ...placeOf(word.text)])]
      : (declinedName?.nominatives ?? nominativesOf(word.text, chosen)),
    maybeNominative: !declinedName && mayBeNominative(word.text, chosen, agreed),
    role: adjectival ? null : roleOf(chosen),
    case: chosen.length === 1 ? chosen[0].case : null,
    adjectival,
    gender: chosen[0]?.gender ?? null,
    readings: declinedName?.readings ?? readingsOf(word.text, chosen, agreed),
    certain: agreed,
  };
}

/**
 * The nominatives of names the name data knows people by, when the word az only guessed is their case by Russian
 * declension and nobody is named as written (Эрдогана, Кисиды, Мерца: of Эрдоган, Кисида, Мерц): a declined name,
 * not a foreign nominative that merely ends like a case; with the cases the ending gives. Null otherwise.
 */
function attestedNameDeclined(word: string, chosen: WordParse[]): { nominatives: string[]; readings: NameReading[] } | null {
  if (bearersOf(word) > 0 || knownReadings(word).length > 0) return null;
  const written = word.toLowerCase().replace(/ё/g, "е");
  const stem = written.replace(GUESSED_ENDING, "");
  if (stem === written) return null;
  const candidates = new Set([...chosen.map((p) => nominativeOf(p)), ...["", "а", "я", "ь", "й"].map((ending) => stem + ending)]);
  const readings = [...candidates]
    .filter((nominative) => bearersOf(nominative) >= ATTESTED_NAME)
    .flatMap((nominative) => declinedForms(nominative, "last", "male").filter((d) => d.form === written).map((d) => ({ nominative, case: d.case, gender: "masc", known: false })));
  return readings.length === 0 ? null : { nominatives: [...new Set(readings.map((r) => r.nominative))], readings };
}

// Bearers a name needs in the name data (64,000 tokens) before a guessed word is read as its case; chosen on the tuning part.
const ATTESTED_NAME = 5;

/** The word's readings as NameReadings, with the feminine nominative az lacks for some surnames (see mayBeFeminineSurname). */
function readingsOf(word: string, chosen: WordParse[], agreed: boolean): NameReading[] {
  const written = word.toLowerCase().replace(/ё/g, "е");
  const readings: NameReading[] = chosen.map((p) => ({ nominative: withHyphenPrefix(word, p), case: p.case, gender: p.gender, known: p.known }));
  if (!agreed && mayBeFeminineSurname(word, chosen)) readings.push({ nominative: written, case: "nomn", gender: "femn", known: true });
  const seen = new Set<string>();
  return readings.filter((r) => !seen.has(JSON.stringify(r)) && seen.add(JSON.stringify(r)));
}

/**
 * An adjective made from a name (Краснодарском, not Западном) before a region noun: part of the region's name, read
 * as an adjective so that its nominative is known (Рязанской → рязанская: "Ryazanskoy" is a case leak).
 */
function asRegionAdjective(sentence: string, word: Word, written: string): Classified | null {
  // The region noun first: most capitalised words have none after them, and reading the word is the costly part.
  if (!REGION_NOUN_AFTER.test(sentence.slice(word.end)) || !readsAsAdjective(written) || adjectiveBaseOf(written.toLowerCase()) === null) return null;
  return { name: true, readings: parseWord(written).filter((p) => p.known && p.pos === "ADJF") };
}

// What may open a clause whose first word is capitalised anyway: a quote, a dash, a colon, a bracket, a line break.
const OPENS_CLAUSE = /(?:[«"„“(:;.!?…\n]|\s[-–—])\s*$|^[-–—\s]*$/u;

/**
 * A common noun capitalised inside a sentence that English knows as a name: by an exonym (Кремля: Kremlin, Бога: God)
 * or as a first name many bear as written (Арчи, which az reads as арча's genitive). Not after a quote, dash or colon,
 * which may open a clause; and not a capitalised title (Президенту), which English may capitalise or not.
 */
function asCapitalisedNoun(sentence: string, word: Word): Classified | null {
  const parses = parseWord(word.text);
  // Not the plural of a first name (Лол: of Лола), which az knows but a capital there doesn't make a name.
  const common = isOnlyCommonNoun(parses, PERSON_GRAMMEMES);
  if (!common || OPENS_CLAUSE.test(sentence.slice(0, word.start))) return null;
  const known = parses.some((p) => hasExonym(nominativeOf(p))) || bearersOf(word.text) >= FEW_BEARERS;
  return known ? { name: true, readings: [...parses], common: true } : null;
}

/**
 * Readings all of a common noun the dictionary knows, no name's word of the kind `names` lists: a capitalised one is a
 * name az doesn't know as one (asCapitalisedNoun).
 */
const isOnlyCommonNoun = (readings: readonly WordParse[], names = NAME_GRAMMEMES) =>
  readings.length > 0 && readings.every((p) => isCommonNounReading(p, names));

/** A common adjective the dictionary has, in lower case (римский, красной): not a surname only. */
const isCommonAdjective = (word: string) => knownReadings(word.toLowerCase()).some((p) => p.pos === "ADJF" && !p.grammemes.has("Surn"));

/** An adjective in the dictionary (Римский, Красной), or by az's best guess for a word it doesn't know (Десятинная). */
function readsAsAdjective(word: string): boolean {
  // The dictionary first: az guesses (slowly) only for a word it lacks.
  const known = knownReadings(word.toLowerCase());
  if (known.length > 0) return known.some((p) => p.pos === "ADJF");
  return parseWord(word.toLowerCase())[0]?.pos === "ADJF";
}

/**
 * An adjective's own nominatives, for a word read as a name too (Северном: the adjective северный, or the river Северн):
 * English writes such a name as the adjective's nominative (Severny).
 */
function adjectiveNominatives(word: string): string[] {
  return knownReadings(word.toLowerCase()).filter((p) => p.pos === "ADJF").map((p) => nominativeOf(p).replace(/ё/g, "е"));
}

/** The name an adjective is made from (Кремлёвской → кремль), which English writes for it (the Kremlin Wall). */
function placeOf(word: string): string[] {
  const base = properNounOf(word);
  return base ? [base] : [];
}

/** Candidate nominatives; for a word az only guessed, also the word with a case ending cut ("Новаком" → новак). */
function nominativesOf(word: string, chosen: WordParse[]): string[] {
  const written = word.toLowerCase().replace(/ё/g, "е");
  if (chosen.length === 0) return [written];
  const nominatives = chosen.map((p) => withHyphenPrefix(word, p));
  // Not from an adjective's ending, which az's guesses decline as an adjective (Алматинской: алматинская, not алматинск).
  if (chosen.every((p) => !p.known) && GUESSED_ENDING.test(written) && !ADJECTIVAL.test(written)) nominatives.push(written.replace(GUESSED_ENDING, ""));
  // A capitalised common noun may be a name az doesn't know, as written (Арчи, not арча's genitive).
  if (isOnlyCommonNoun(chosen)) nominatives.push(written);
  return [...new Set(nominatives)];
}

/**
 * Whether the word may already be in the nominative, so an English form like it is no case leak: a nominative
 * reading, an indeclinable or feminine surname, or a word az only guessed, with no known first name to agree with
 * and no unmistakable oblique ending ("Аталанта", "Игора Драйв": foreign names az would read as genitives; but not
 * "Николом Пашиняном").
 */
function mayBeNominative(word: string, chosen: WordParse[], agreed: boolean): boolean {
  // The clipped vocative (Саш, Маш) is a form of address English dialogue keeps as a nickname, not a case ending.
  // English translates a capitalised common noun (Микрофона: Microphone), so its ending can't leak.
  if (isOnlyCommonNoun(chosen)) return true;
  if (chosen.length === 0 || chosen.some((p) => p.case === "nomn" || p.case === "voct" || p.grammemes.has("Fixd"))) return true;
  if (INDECLINABLE.test(word)) return true;
  if (agreed) return false;
  if (chosen.every((p) => !p.known)) return !OBLIQUE_ONLY.test(word) && !isSurelyDeclinedGuess(word, chosen);
  return mayBeFeminineSurname(word, chosen);
}

/**
 * A word az only guessed whose form no nominative has: one with an adjective's ending read only in oblique cases
 * (Алматинской before области: a nominative -ская would end otherwise), or a Russian place name in -ск/-цк with a case ending
 * (Усть-Каменогорска): such names are masculine and end in the consonant in the nominative. `chosen` is not empty
 * (mayBeNominative answers for a word with no reading first).
 */
function isSurelyDeclinedGuess(word: string, chosen: WordParse[]): boolean {
  const obliqueAdjective = ADJECTIVAL.test(word) && chosen.every((p) => p.case !== null && p.case !== "nomn");
  const declinedPlace = chosen.some((p) => p.grammemes.has("Geox")) && DECLINED_SK_PLACE.test(word);
  return obliqueAdjective || declinedPlace;
}

const DECLINED_SK_PLACE = /[сц]к(?:а|у|ом|е)$/iu;

/**
 * The agreed reading of a word; for a word that fits none, nothing (its form is then the nominative) when the first
 * name is in the nominative ("Михаил Корб") or known ("Майей Санду"), else all its readings.
 */
function chosenReadings(agreement: Agreement, index: number, readings: WordParse[]): WordParse[] {
  const pick = agreement.picks[index];
  if (pick) return [pick];
  return agreement.case === "nomn" || agreement.certain ? [] : readings;
}

/**
 * "Умарова" alone is the genitive of Умаров or a woman's surname in the nominative; az knows only the first when the
 * dictionary lacks the feminine. Without a first name to agree with, the nominative can't be ruled out.
 */
function mayBeFeminineSurname(word: string, readings: WordParse[]): boolean {
  const written = word.toLowerCase().replace(/ё/g, "е");
  return readings.some((p) => p.grammemes.has("Surn") && p.gender === "masc" && written === `${p.lemma}а`);
}

/** az parses only the last part of "Нур-Султана" (лемма "султан"): put the lost first part back. */
function withHyphenPrefix(word: string, parse: WordParse): string {
  const nominative = nominativeOf(parse).replace(/ё/g, "е");
  const dash = word.lastIndexOf("-");
  if (dash < 0 || nominative.includes("-")) return nominative;
  return word.slice(0, dash + 1).toLowerCase().replace(/ё/g, "е") + nominative;
}

/** The word's part in a person's name; none when a place reading is at least as likely ("Алматы", "Армении"). */
function roleOf(parses: WordParse[]): NameWord["role"] {
  const best = (grammeme: string) => Math.max(0, ...parses.filter((p) => p.grammemes.has(grammeme)).map((p) => p.score));
  if (best("Geox") > 0 && best("Geox") >= Math.max(best("Name"), best("Surn"))) return null;
  if (parses.some((p) => p.grammemes.has("Surn"))) return "last";
  if (parses.some((p) => p.grammemes.has("Patr"))) return "middle";
  if (parses.some((p) => p.grammemes.has("Name"))) return "first";
  return null;
}

interface Agreement {
  /** One reading per word; undefined for a word az only guessed and could not fit (an unknown foreign surname). */
  picks: Array<WordParse | undefined>;
  case: string | null;
  /** The first name it rests on is in the dictionary; a guessed one ("Игора") proves nothing about its neighbours. */
  certain: boolean;
}

/**
 * A first name and a surname agree in case and gender: "Александру" is only dative, so "Коцу" is the dative of Коц,
 * not the accusative of a feminine Коца. Picks one reading per word, all sharing case and gender, with the best
 * total score; null when the words have no first name or no such combination.
 */
function agreeingReadings(readings: WordParse[][]): Agreement | null {
  if (readings.length < 2 || !readings.some((r) => r.some((p) => isNameReading(p, PERSON_GRAMMEMES)))) return null;
  let best: { agreement: Agreement; score: number } | null = null;
  const anchors = readings.find((r) => r.some((p) => p.grammemes.has("Name"))) ?? readings[0];
  for (const anchor of anchors) {
    const picks = readings.map((r) =>
      r
        .filter((p) => p.case === anchor.case && p.number === anchor.number && compatibleGender(p.gender, anchor.gender))
        .sort((a, b) => b.score - a.score)[0],
    );
    // A word the dictionary knows that has no reading in a known first name's case is indeclinable in this name
    // ("Майей Санду", "Ирине Кову": not Санда's accusative); with a guessed first name, it rules the reading out.
    const settled = anchor.known && anchor.grammemes.has("Name") && !anchor.grammemes.has("Fixd");
    if (!settled && picks.some((p, i) => !p && readings[i].some((q) => q.known))) continue;
    // An indeclinable first name (Педро, Хосе) fits every case, so the case is its neighbours' to say: one with no
    // reading in it rules it out ("Педро Санчесом" is instrumental, not a nominative beside an unknown word).
    if (anchor.grammemes.has("Fixd") && picks.some((p, i) => !p && readings[i].length > 0)) continue;
    const score = picks.reduce((sum, p) => sum + (p?.score ?? 0), 0);
    const better = !best || score > best.score || (score === best.score && prefersNominative(anchor, best.agreement));
    // An indeclinable first name (Жозе, Мари) has every case, so it settles none for its neighbours.
    if (better) best = { agreement: { picks, case: anchor.case, certain: anchor.known && !anchor.grammemes.has("Fixd") }, score };
  }
  return best?.agreement ?? null;
}

/**
 * Between equally good readings the nominative wins ("Олеся Медведева" names a woman, not a man's genitive), unless
 * the name data knows no bearer of that first name and some of the other (Вячеслава is Вячеслав's genitive).
 */
function prefersNominative(anchor: WordParse, other: Agreement): boolean {
  if (anchor.case !== "nomn" || other.case === "nomn") return false;
  const otherAnchor = other.picks.find((p) => p?.grammemes.has("Name"));
  return bearersOf(anchor.word) > 0 || !otherAnchor || bearersOf(nominativeOf(otherAnchor)) === 0;
}

function compatibleGender(a: string | null, b: string | null): boolean {
  return a === b || a === "Ms-f" || b === "Ms-f" || a === null || b === null;
}

/**
 * Capitalised words of a sentence that are declined forms of a surname the article gave with a first name
 * (`surnames`, nominatives), found where findSourceNames took them for common words: after "Эммануэль Макрон",
 * "Макрона" is his genitive, not the diacritic's. `isTaken` tells words already inside a name.
 */
export function surnameMentions(
  sentence: string,
  offset: number,
  surnames: ReadonlySet<string>,
  spellings: ReadonlyMap<string, NameWord>,
  isTaken: (start: number, end: number) => boolean,
): SourceName[] {
  if (surnames.size === 0) return [];
  return wordsOf(sentence, 0).flatMap((word) => {
    if (!isCapitalised(word.text) || isTaken(offset + word.start, offset + word.end)) return [];
    const at = { ...word, start: offset + word.start, end: offset + word.end };
    const introduced = introducedAs(word.text, spellings);
    if (introduced) return [introducedSurnameAt(at, introduced)];
    const parses = surnameReadings(word.text, surnames);
    return parses.length === 0 ? [] : [surnameMention(at, parses)];
  });
}

/**
 * A lone name word that is a surname the article introduced: written as the article wrote it beside the first name,
 * it is read as it was there (introducedAs: a second "Исиба" after "Сигэру Исиба" is Исиба, not the genitive of an
 * unknown исиб); otherwise a case of it by Russian declension ("Исибу" is his accusative, not the dative of исиб).
 */
export function asIntroducedSurname(name: SourceName, surnames: ReadonlySet<string>, spellings: ReadonlyMap<string, NameWord>): SourceName {
  const written = name.words[0].text.toLowerCase().replace(/ё/g, "е");
  if (name.words.length !== 1 || name.quoted) return name;
  const introduced = introducedAs(name.words[0].text, spellings);
  if (introduced) return introducedSurnameAt(name.words[0], introduced);
  const parses = declinedFormsOf(surnames).get(written) ?? [];
  return parses.length === 0 ? name : surnameMention(name.words[0], parses);
}

/**
 * The surname the article gave beside a first name that a word no common word is written as: read alone, az guesses
 * such a word anew (Моди as a case of модь) or as another name (Карин, a woman's), where beside the first name it was
 * read as his surname. A common word keeps az's reading (Римский after "Папа Римский"). az knows names only
 * capitalised, so the dictionary is asked in lower case.
 */
function introducedAs(word: string, spellings: ReadonlyMap<string, NameWord>): NameWord | undefined {
  const written = word.toLowerCase().replace(/ё/g, "е");
  const introduced = spellings.get(written);
  return introduced && knownReadings(written).length === 0 ? introduced : undefined;
}

/** A word written as a surname the article gave beside a first name, read as it was read there. */
function introducedSurnameAt(word: Word, introduced: NameWord): SourceName {
  const { nominatives, maybeNominative, case: grammaticalCase, gender, readings, certain } = introduced;
  const nameWord: NameWord = { ...word, nominatives, maybeNominative, case: grammaticalCase, gender, readings, certain, role: "last", adjectival: false };
  return { kind: "person", words: [nameWord], start: word.start, end: word.end, text: word.text, quoted: false, keepsName: false };
}

/**
 * A word read as a case of a surname the article gave in the nominative, which makes the reading certain; a Russian
 * surname's genitive may also be a woman's nominative (Захарова after Сергей Захаров), for her verb to tell.
 */
function surnameMention(word: Word, parses: SurnameReading[]): SourceName {
  const written = word.text.toLowerCase().replace(/ё/g, "е");
  const readings: NameReading[] = parses.map((p) => ({ nominative: p.lemma, case: p.case, gender: p.gender, known: p.known }));
  if (parses.some((p) => SURNAME_SHAPE.test(p.lemma) && written === `${p.lemma}а`)) readings.push({ nominative: written, case: "nomn", gender: "femn", known: true });
  const nameWord: NameWord = {
    text: word.text,
    start: word.start,
    end: word.end,
    nominatives: [parses[0].lemma],
    maybeNominative: readings.some((r) => r.case === "nomn"),
    role: "last",
    case: new Set(parses.map((p) => p.case)).size === 1 ? parses[0].case : null,
    adjectival: false,
    gender: parses[0].gender,
    readings,
    certain: true,
  };
  return { kind: "person", words: [nameWord], start: nameWord.start, end: nameWord.end, text: word.text, quoted: false, keepsName: false };
}

type SurnameReading = Pick<WordParse, "lemma" | "case" | "gender" | "known">;

/** Per set of surnames: each declined form (lower-cased) with its readings. Built once per article, not per word. */
const declinedSurnames = new WeakMap<ReadonlySet<string>, Map<string, SurnameReading[]>>();

function declinedFormsOf(surnames: ReadonlySet<string>): Map<string, SurnameReading[]> {
  let forms = declinedSurnames.get(surnames);
  if (!forms) {
    forms = new Map();
    for (const surname of surnames) {
      for (const declined of declinedForms(surname, "last", "male")) {
        const reading = { lemma: surname, case: declined.case, gender: "masc", known: false };
        forms.set(declined.form, [...(forms.get(declined.form) ?? []), reading]);
      }
    }
    declinedSurnames.set(surnames, forms);
  }
  return forms;
}

/**
 * The readings of a word as a case of one of the surnames: az's, or, for a foreign surname az reads as another word
 * (Милея: a gerund of милеть), the case Russian declension gives it (Милей → Милея, the genitive or accusative).
 */
function surnameReadings(word: string, surnames: ReadonlySet<string>): SurnameReading[] {
  const parses = parseWord(word).filter((p) => p.pos === "NOUN" && surnames.has(p.lemma));
  return parses.length > 0 ? parses : (declinedFormsOf(surnames).get(word.toLowerCase().replace(/ё/g, "е")) ?? []);
}
