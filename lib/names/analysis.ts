import type { AlignedGroup, Sentence, TextSpan } from "@/lib/align/types";
import { findTerms, type TermOccurrence } from "@/lib/glossary";
import { isDictionaryWord } from "@/lib/lexicon";
import { wordsOf } from "@/lib/morph";
import { matchKey } from "@/lib/translit";
import { buildEntities, introducedSpellings, introducedSurnames, type Entity } from "./entities";
import { beginsAlike, guessedMatch, MATCH_STEPS, matchWord, type Reach, type WordMatch } from "./match";
import { derivedNames } from "./derived-names";
import { asIntroducedSurname, findSourceNames, surnameMentions, type NameWord, type SourceName } from "./source-names";
import type { ArticleContext } from "./types";

/** One word of a source name and the English word that renders it, if any, in the aligned sentences. */
export interface NameMention {
  /** Index of the aligned group in `context.groups`. */
  group: number;
  name: SourceName;
  word: NameWord;
  target: TextSpan | null;
  match: WordMatch | null;
  /** The person, place or organisation the name refers to. */
  entity: Entity;
}

export interface GlossaryHit {
  group: number;
  occurrence: TermOccurrence;
}

/** The names of an article, found once per check context and shared by the name checks. */
export interface NameAnalysis {
  entities: Entity[];
  mentions: NameMention[];
  glossaryHits: GlossaryHit[];
  /** Per group: capitalised English words no source name word accounts for. */
  unmatchedTargetWords: Map<number, TextSpan[]>;
}

export function analyseNames(context: ArticleContext): NameAnalysis {
  return context.memo("names", () => {
    const sources = withSurnameMentions(context, context.groups.map((group) => sourceNamesOf(context, group.source)));
    const { entities, settled, entityOf } = buildEntities(
      sources.flatMap((source) => source.names),
      context.aligned.source.text,
      context.aligned.source.sentences,
    );
    const analysis: NameAnalysis = { entities, mentions: [], glossaryHits: [], unmatchedTargetWords: new Map() };
    context.groups.forEach((group, index) => {
      for (const occurrence of sources[index].hits) analysis.glossaryHits.push({ group: index, occurrence });
      const names = sources[index].names.map((name) => settled.get(name)!);
      matchGroup(index, names, group, analysis, (name) => entityOf.get(name)!);
    });
    return analysis;
  });
}

/**
 * The glossary terms and the names of a group's source sentences, with the words made from a name (российских,
 * россиян) that English writes as one; glossary terms are not names.
 */
function sourceNamesOf(context: ArticleContext, source: Sentence[]): { hits: TermOccurrence[]; names: SourceName[] } {
  const hits = source.flatMap((s) => findTerms(s.text, context.glossary, s.start));
  const isGlossaryTerm = (start: number, end: number) => hits.some((h) => h.start < end && start < h.end);
  const names = source.flatMap((s) => {
    const found = findSourceNames(s.text, s.start, isGlossaryTerm);
    const taken = (start: number, end: number) => isGlossaryTerm(start, end) || found.some((n) => n.start < end && start < n.end);
    return [...found, ...derivedNames(s.text, s.start, taken)].sort((a, b) => a.start - b.start);
  });
  return { hits, names };
}

/**
 * Adds the surnames of people the article introduced with a first name where they stand alone and az took them for
 * common words (Макрона, Путина), or for names of their own (Исибу): the article says they are the name.
 */
function withSurnameMentions(context: ArticleContext, sources: Array<{ hits: TermOccurrence[]; names: SourceName[] }>) {
  const surnames = introducedSurnames(sources.flatMap(({ names }) => names));
  const spellings = introducedSpellings(sources.flatMap(({ names }) => names));
  return sources.map(({ hits, names }, index) => {
    const taken = (start: number, end: number) => [...names, ...hits].some((n) => n.start < end && start < n.end);
    const added = context.groups[index].source.flatMap((s) => surnameMentions(s.text, s.start, surnames, spellings, taken));
    return { hits, names: [...names.map((name) => asIntroducedSurname(name, surnames, spellings)), ...added].sort((a, b) => a.start - b.start) };
  });
}

function matchGroup(group: number, names: SourceName[], sentences: AlignedGroup, analysis: NameAnalysis, entityOf: (name: SourceName) => Entity): void {
  // Any Latin capital opens a name: Özel, İmamoğlu, Łukasz, Émile as much as Ekrem.
  const englishWords = sentences.target.flatMap((s) => wordsOf(s.text, s.start)).flatMap(withParts);
  const around = wordsAround(sentences, englishWords);
  const within = wordsWithin(englishWords);
  const used = new Set<TextSpan>();
  const spelt = speltWords(names, englishWords, around, within);
  const mentions: NameMention[] = [];
  for (const name of names) {
    for (const word of name.words) {
      const best = bestRendering(word, englishWords, around(word.start), within, used, spelt);
      if (best) used.add(best.target);
      mentions.push({ group, name, word, target: best?.target ?? null, match: best?.match ?? null, entity: entityOf(name) });
    }
  }
  pairLeftovers(mentions, englishWords, around, used);
  // One by one: spread into push(), a hostile group's 120,000 mentions overflow the call stack (as runChecks did).
  for (const mention of mentions) analysis.mentions.push(mention);
  // A word is accounted for when it, the compound it is part of, or one of its parts renders a source word.
  const accounted = coveredBy(used);
  analysis.unmatchedTargetWords.set(group, englishWords.filter((w) => isCapitalised(w) && !accounted(w)));
}

/** Whether a span overlaps one of the spans, by the offsets they cover (marked once, not compared pair by pair). */
function coveredBy(spans: Iterable<TextSpan>): (span: TextSpan) => boolean {
  const covered = new Set<number>();
  for (const { start, end } of spans) for (let at = start; at < end; at++) covered.add(at);
  return ({ start, end }) => {
    for (let at = start; at < end; at++) if (covered.has(at)) return true;
    return false;
  };
}

const isCapitalised = (word: TextSpan) => /^(?=\p{Lu})\p{Script=Latin}/u.test(word.text);

/**
 * A capitalised hyphenated English word and its parts: "Kaliningrad-Moscow" holds two names, and a Korean or
 * Chinese given name written as one word ("Jae-myung", "Ching-te") holds the syllables Russian writes as two (Чжэ Мён).
 * A part in lower case is only a name's spelling, or its case form (see `bestBy`), never a word left unexplained.
 */
function withParts(word: TextSpan): TextSpan[] {
  const whole = isCapitalised(word) ? [word] : [];
  if (!word.text.includes("-")) return whole;
  const parts: TextSpan[] = [];
  let start = word.start;
  for (const part of word.text.split("-")) {
    parts.push({ text: part, start, end: start + part.length });
    start += part.length + 1;
  }
  return [...whole, ...parts.filter((part) => isCapitalised(part) || (whole.length > 0 && /^\p{Script=Latin}/u.test(part.text)))];
}

/**
 * The English word that best renders a source word; an unused word wins a tie (a name said twice, written twice). A
 * lower score never wins, so once a step's best beats all later steps can give, they are not taken (MATCH_STEPS).
 */
function bestRendering(word: NameWord, englishWords: TextSpan[], around: WordRange, within: Within, used: Set<TextSpan>, spelt: ReadonlySet<TextSpan>) {
  for (const step of MATCH_STEPS) {
    const reach = step.reach(word);
    const best = bestBy(step.match, word, reach ? within(reach, around) : englishWords.slice(around.from, around.to), used, spelt);
    if (best && best.match.score > step.laterBest) return best;
  }
  return null;
}

type Within = (reach: Reach, around: WordRange) => TextSpan[];

/**
 * The English words some source word of the group spells exactly (Kirill for Кирилла): another word's consonants
 * (Крылья, k-r-l) do not claim them.
 */
function speltWords(names: readonly SourceName[], englishWords: TextSpan[], around: (offset: number) => WordRange, within: Within): Set<TextSpan> {
  const [spelling] = MATCH_STEPS;
  const spelt = new Set<TextSpan>();
  for (const word of names.flatMap((name) => name.words)) {
    for (const target of within(spelling.reach(word)!, around(word.start))) if (spelling.match(word, target.text)?.kind === "spelling") spelt.add(target);
  }
  return spelt;
}

function bestBy(score: typeof matchWord, word: NameWord, englishWords: TextSpan[], used: Set<TextSpan>, spelt: ReadonlySet<TextSpan>) {
  const [spelling] = MATCH_STEPS;
  let best: { target: TextSpan; match: WordMatch } | null = null;
  for (const target of englishWords) {
    const match = score(word, target.text);
    if (!match || (match.kind === "consonants" && spelt.has(target)) || (!isCapitalised(target) && !spelling.match(word, target.text))) continue;
    const better = !best || match.score > best.match.score || (match.score === best.match.score && used.has(best.target) && !used.has(target));
    if (better) best = { target, match };
  }
  return best;
}

/** A stretch of a group's English words by their indices, from `from` up to `to`. */
interface WordRange {
  from: number;
  to: number;
}

/**
 * More capitalised English words than a real sentence holds on either side of a name's place. A longer group (a text
 * without full stops, a list of thousands of names) has a source word matched against the words around its place
 * alone: scoring each of its names against every word of it took minutes.
 */
const WORDS_AROUND = 200;

/** The English words a source word at an offset may render: all of a group's, or those around its place in a long one. */
function wordsAround({ source, target }: AlignedGroup, englishWords: TextSpan[]): (offset: number) => WordRange {
  const whole = { from: 0, to: englishWords.length };
  if (englishWords.length <= 2 * WORDS_AROUND || source.length === 0) return () => whole;
  const [sourceStart, sourceLength] = [source[0].start, source[source.length - 1].end - source[0].start];
  const [targetStart, targetLength] = [target[0].start, target[target.length - 1].end - target[0].start];
  const starts = englishWords.map((word) => word.start);
  return (offset) => {
    // Where the word stands in the source, as a share of it, is where its rendering stands in the translation.
    const place = firstAtOrAfter(starts, targetStart + ((offset - sourceStart) / Math.max(1, sourceLength)) * targetLength);
    const from = Math.max(0, Math.min(place, englishWords.length - WORDS_AROUND) - WORDS_AROUND);
    return { from, to: from + 2 * WORDS_AROUND };
  };
}

/** The index of the first number at least `value` in ascending `numbers` (their length if none is). */
function firstAtOrAfter(numbers: number[], value: number): number {
  let [low, high] = [0, numbers.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (numbers[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The words a step's reach takes in within a range, in text order (a tie goes to the first unused word, as over all words). */
function wordsWithin(englishWords: TextSpan[]): Within {
  const byKey = new Map<string, number[]>();
  const byInitial = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, at: number) => (map.get(key) ?? map.set(key, []).get(key)!).push(at);
  englishWords.forEach((word, at) => {
    const key = matchKey(word.text);
    add(byKey, key, at);
    add(byInitial, key.slice(0, 1), at);
  });
  const inRange = (list: number[] | undefined, { from, to }: WordRange) => (list ? list.slice(firstAtOrAfter(list, from), firstAtOrAfter(list, to)) : []);
  return ({ keys, initials }, around) => {
    const found = new Set([...keys].flatMap((key) => inRange(byKey.get(key), around)));
    for (const initial of initials) for (const at of inRange(byInitial.get(initial), around)) found.add(at);
    return [...found].sort((a, b) => a - b).map((at) => englishWords[at]);
  };
}

/** Gives each source word no rule matched the first unexplained English word that begins alike, if any. */
function pairLeftovers(mentions: NameMention[], englishWords: TextSpan[], around: (offset: number) => WordRange, used: Set<TextSpan>): void {
  for (const mention of mentions) {
    // A name in Latin letters is written as it is (FFRF), not rendered by a word that begins alike (Freedom).
    if (mention.match || mention.name.kind === "latin") continue;
    // A name that keeps its name in English (a medium, venue or company) is not rendered by an English word.
    const translates = (w: TextSpan) => mention.name.keepsName && isDictionaryWord(w.text);
    const { from, to } = around(mention.word.start);
    const partner = englishWords.slice(from, to).find((w) => isCapitalised(w) && !used.has(w) && beginsAlike(mention.word, w.text) && !translates(w));
    if (!partner) continue;
    used.add(partner);
    mention.target = partner;
    mention.match = guessedMatch(mention.word);
  }
}
