import type { Sentence } from "@/lib/align/types";
import { genderByName, genderByPredicate, genderByPronoun, isGovernedOblique, type Gender } from "./gender";
import { SURNAME_SHAPE, type NameReading, type NameWord, type SourceName } from "./source-names";

/**
 * One person, place or organisation of the article, with every source name that refers to it: "Сергей Собянин",
 * then "Собянин", "Собянина" (his genitive), "мэра Собянина".
 */
export interface Entity {
  id: number;
  kind: SourceName["kind"];
  /** For a person, what the article says: a first name or patronymic, a verb agreeing, a pronoun; else null. */
  gender: Gender | null;
  /** The surname's nominative for a person; the words' nominatives for anything else. */
  key: string;
  /** The source names that refer to it, in article order, their readings settled by the entity. */
  names: SourceName[];
}

export interface ArticleEntities {
  entities: Entity[];
  /** Each source name as the entity settles it (a surname's case and gender chosen by its entity). */
  settled: Map<SourceName, SourceName>;
  entityOf: Map<SourceName, Entity>;
}

/**
 * A person's name; or a lone word az doesn't take for a person's, read as a surname when one of its readings is
 * the surname of someone the article introduced (Шольца after "Олаф Шольц", Альбаресу, which az takes for a place)
 * or, for a word az can't place, is shaped like one (Акбаров in "— подчеркнул Акбаров").
 */
function isPersonIn(surnames: ReadonlySet<string>) {
  return (name: SourceName) =>
    (name.kind === "person" && name.words.some((w) => w.role)) ||
    (name.words.length === 1 &&
      name.kind !== "abbreviation" &&
      name.kind !== "latin" &&
      readingsOf(name.words[0]).some(
        (r) => surnames.has(r.nominative) || (name.kind === "other" && SURNAME_SHAPE.test(r.nominative) && r.nominative === name.words[0].nominatives[0]),
      ));
}

const introducedSurnameWords = (names: readonly SourceName[]) => names.filter((n) => n.kind === "person" && n.words.length > 1).map(surnameOf);

/** The surnames of people introduced with a first name ("Олаф Шольц"): later lone words with these nominatives are them. */
export function introducedSurnames(names: readonly SourceName[]): Set<string> {
  return new Set(introducedSurnameWords(names).map((w) => w.nominatives[0]));
}

/** Those surnames as the article wrote them beside the first name (Буше of "Ги Буше", which az reads as Буш's dative). */
export function introducedSpellings(names: readonly SourceName[]): Map<string, NameWord> {
  const spellings = new Map<string, NameWord>();
  for (const word of introducedSurnameWords(names)) if (!spellings.has(fold(word.text))) spellings.set(fold(word.text), word);
  return spellings;
}

/** The word of a person's name that is the surname: the one az reads as a surname, else the last. */
function surnameOf(name: SourceName): NameWord {
  return name.words.find((w) => w.role === "last") ?? name.words[name.words.length - 1];
}

const fold = (word: string) => word.toLowerCase().replace(/ё/g, "е");

/**
 * A word's readings, and its other candidate nominatives (an ending cut off a word az guessed: Шольца → шольц, where
 * az guessed шолец) as guessed readings of unknown case.
 */
function readingsOf(word: NameWord): NameReading[] {
  const others = word.nominatives.filter((n) => !word.readings.some((r) => r.nominative === n));
  return [...word.readings, ...others.map((nominative) => ({ nominative, case: null, gender: null, known: false }))];
}

const compatible = (a: Gender | null, b: string | null) => a === null || b === null || b === "Ms-f" || a === b;

interface Evidence {
  name: SourceName;
  gender: Gender | null;
  /** How sure: 3 grammar (a verb agreeing, a word governing the name), 2 a first name or patronymic, 1 a pronoun. */
  strength: number;
  /** A word before the name rules out its nominative (see isGovernedOblique). */
  oblique: boolean;
}

/** The one gender of a surname's readings in a case other than the nominative ("Путина": only Путин's). */
function obliqueGender(name: SourceName): Gender | null {
  const genders = new Set(readingsOf(surnameOf(name)).filter((r) => r.case !== null && r.case !== "nomn").map((r) => r.gender));
  const [gender] = genders;
  return genders.size === 1 && (gender === "masc" || gender === "femn") ? gender : null;
}

/** A verb agreeing with the name is grammar; a first name's gender is the dictionary's, wrong for some foreign names (Эммануэль). */
function evidenceOf(name: SourceName, text: string, nextSentence: string | undefined, personsInSentence: number): Evidence {
  // A name that can't be a nominative is no verb's subject either ("Отставка министра Умарова стала").
  // A first name alone is outside this reading: only a surname's nominative is the question (Путина, Умарова).
  const oblique = name.words.some((w) => w.role !== "first") && isGovernedOblique(text, name);
  const byCase = oblique ? obliqueGender(name) : null;
  if (byCase) return { name, gender: byCase, strength: 3, oblique };
  const byPredicate = genderByPredicate(text, name);
  if (byPredicate) return { name, gender: byPredicate, strength: 3, oblique };
  const byName = genderByName(name);
  if (byName) return { name, gender: byName, strength: 2, oblique };
  const byPronoun = personsInSentence === 1 ? genderByPronoun(nextSentence) : null;
  return { name, gender: byPronoun, strength: byPronoun ? 1 : 0, oblique };
}

/**
 * Builds the article's entities from its source names, in order. A person is keyed by the nominative of the surname;
 * a later name whose surname can be read with that nominative, in a gender the person can have, is the same person,
 * and its surname takes that reading: after "Сергей Собянин", "Собянина" is his genitive, not a woman's name; after
 * "Мария Захарова", "Захарова" stays a woman's nominative. A name's own evidence (a first name, a verb agreeing with
 * it) wins over the entity's: "Захарова заявила" after "Сергей Захаров" is someone else.
 */
export function buildEntities(names: readonly SourceName[], text: string, sentences: readonly Sentence[]): ArticleEntities {
  const entities: Entity[] = [];
  const entityOf = new Map<SourceName, Entity>();
  const original = new Map<Entity, SourceName[]>();
  const isPerson = isPersonIn(introducedSurnames(names));
  const settled = new Map<SourceName, SourceName>();
  const sentenceIndex = (name: SourceName) => sentences.findIndex((s) => s.start <= name.start && name.start < s.end);
  const personsIn = new Map<number, number>();
  for (const name of names) if (isPerson(name)) personsIn.set(sentenceIndex(name), (personsIn.get(sentenceIndex(name)) ?? 0) + 1);

  const evidence = new Map<SourceName, Evidence>();
  for (const name of names.filter(isPerson)) {
    const index = sentenceIndex(name);
    evidence.set(name, evidenceOf(name, text, sentences[index + 1]?.text, personsIn.get(index) ?? 0));
  }
  // Names that say who they are come first, so that an ambiguous surname met before them still finds its person.
  const sure = (name: SourceName) => !isPerson(name) || evidence.get(name)!.strength > 0 || new Set(readingsOf(surnameOf(name)).map((r) => r.nominative)).size <= 1;
  for (const name of [...names.filter(sure), ...names.filter((n) => !sure(n))]) {
    if (!isPerson(name)) {
      const key = name.words.map((w) => w.nominatives[0]).join(" ");
      const entity = entities.find((e) => e.kind !== "person" && e.key === key) ?? addEntity(entities, name.kind, null, key);
      link(entity, name, entityOf);
      continue;
    }
    const { gender, strength } = evidence.get(name)!;
    const surname = surnameOf(name);
    const fitting = readingsOf(surname).filter((r) => compatible(gender, r.gender));
    const readings = fitting.length > 0 ? fitting : readingsOf(surname);
    // A surname written as the person's key is that person whatever gender az reads it in: it may know the word only
    // as another's name (Карин, a woman's first name, for Ерлан Карин).
    const writtenAsKey = (e: Entity) => fold(surname.text) === e.key;
    const entity =
      [...entities].reverse().find((e) => e.kind === "person" && compatible(gender, e.gender) && readings.some((r) => r.nominative === e.key && (compatible(e.gender, r.gender) || writtenAsKey(e)))) ??
      addEntity(entities, "person", gender, bestKey(readings, surname, evidence.get(name)!.oblique));
    if (strength > 0 && entity.gender === null) entity.gender = gender;
    link(entity, name, entityOf);
  }
  for (const entity of entities) {
    entity.names.sort((a, b) => a.start - b.start);
    original.set(entity, [...entity.names]);
    if (entity.kind === "person") entity.names = entity.names.map((name) => settle(name, entity, evidence.get(name)?.oblique ?? false));
    for (const [i, name] of entity.names.entries()) {
      settled.set(original.get(entity)![i], name);
      entityOf.set(name, entity);
    }
  }
  return { entities, settled, entityOf };
}

function addEntity(entities: Entity[], kind: Entity["kind"], gender: Gender | null, key: string): Entity {
  const entity: Entity = { id: entities.length, kind, gender, key, names: [] };
  entities.push(entity);
  return entity;
}

function link(entity: Entity, name: SourceName, entityOf: Map<SourceName, Entity>) {
  entity.names.push(name);
  entityOf.set(name, entity);
}

/**
 * A new person's key: a known nominative reading. For a name az only guessed: as written when it may be a
 * nominative, else the candidate closest to the written word (Новаком → новак, not az's вак; Шольца → шольц).
 */
function bestKey(readings: NameReading[], surname: NameWord, oblique: boolean): string {
  const written = fold(surname.text);
  if (readings.some((r) => r.known)) return (readings.find((r) => r.case === "nomn") ?? readings[0]).nominative;
  if (surname.maybeNominative && !oblique) return written;
  const shared = (n: string) => [...n].findIndex((c, i) => c !== written[i]) >>> 0;
  return [...readings].sort((a, b) => Math.min(shared(b.nominative), b.nominative.length) - Math.min(shared(a.nominative), a.nominative.length))[0]?.nominative ?? surname.nominatives[0];
}

/**
 * The surname read as the entity's: only the readings with its nominative and a gender it can have. It is declined
 * when none of those is a nominative, and either a dictionary reading was ruled out (Собянина: not a woman's
 * nominative, since the man is Сергей Собянин) or the article writes the nominative otherwise (Акбарова, Шольца
 * beside "подчеркнул Акбаров", "Олаф Шольц"); a name az only guessed is declined only so. Then a Russian ending in its
 * English form is a leak.
 */
function settle(name: SourceName, entity: Entity, oblique: boolean): SourceName {
  const original = surnameOf(name);
  const words = name.words.map((w) => (w === original ? w : readAsWrittenIfOfOtherGender(w, entity.gender)));
  const surname = original;
  const all = readingsOf(surname);
  const readings = all.filter((r) => r.nominative === entity.key && compatible(entity.gender, r.gender) && !(oblique && r.case === "nomn"));
  const writtenOtherwise = entity.names.some((n) => fold(surnameOf(n).text) === entity.key) && fold(surname.text) !== entity.key;
  const ruledOut = readings.some((r) => r.known) && readings.length < all.length;
  const declined = readings.length > 0 && !readings.some((r) => r.case === "nomn") && (ruledOut || writtenOtherwise || (oblique && entity.gender !== null));
  const cases = new Set(readings.map((r) => r.case).filter(Boolean));
  const grammaticalCase = cases.size === 1 ? [...cases][0] : null;
  // A first name re-read as written (Джорджа Мелони) no longer declines the surname by agreement.
  const agreementVoid = words.some((w, i) => w !== name.words[i]);
  const maybeNominative = !declined && (surname.maybeNominative || (agreementVoid && !readings.some((r) => r.known)));
  const settledSurname: NameWord =
    readings.length === 0 ? surname : { ...surname, readings, nominatives: [entity.key], case: grammaticalCase, gender: readings[0].gender, maybeNominative };
  return {
    ...name,
    words: words.map((w) => {
      if (w === surname) return settledSurname;
      // A first name or patronymic in the surname's case is declined with it (Ерлана Акбарова).
      return declined && grammaticalCase !== null && w.case === grammaticalCase ? { ...w, maybeNominative: false } : w;
    }),
  };
}

/**
 * A word every reading of which is of the other gender than the person's is a foreign name az reads as a Russian
 * one (Джорджа Мелони, a woman, is no genitive of Джордж): it is taken as written, in the nominative.
 */
function readAsWrittenIfOfOtherGender(word: NameWord, gender: Gender | null): NameWord {
  if (gender === null || word.readings.length === 0 || word.readings.some((r) => compatible(gender, r.gender))) return word;
  const written = fold(word.text);
  return { ...word, readings: [{ nominative: written, case: "nomn", gender, known: false }], nominatives: [written], case: "nomn", gender, maybeNominative: true };
}
