import { anchorsOf, type Anchor } from "./anchors";
import { lengthCost, lengthRatio } from "./lengthModel";
import type { Bead } from "./types";

export interface AlignOptions {
  sourceLang?: string;
  targetLang?: string;
  /** Paragraph index of each source sentence, when known: beads that start a paragraph on both sides are preferred. */
  sourceParagraphs?: number[];
  /** Paragraph index of each target sentence, when known. */
  targetParagraphs?: number[];
}

/** A bead shape: how many sentences it takes from each side, and −log of its prior probability. */
interface Shape {
  source: number;
  target: number;
  cost: number;
}

const shape = (source: number, target: number, prior: number): Shape => ({ source, target, cost: -Math.log(prior) });

/**
 * Priors after Gale & Church, skewed for Russian→English news: translations split long Russian
 * sentences (and segmenters split at MT artefacts such as "acting. Ambulance") far more often than
 * they merge two, and machine translation never merges; a cheap merge would also swallow omissions.
 * Crossing boundaries (2-2) are rare, and a cheap 2-2 would hide a truncated translation. Two
 * sentences that each have their own translation stay 1-1 + 1-1 even when the second leans on the
 * first ("Об этом сообщили…", a quote going on after its attribution): WMT21's gold groups a few
 * such pairs because they shared a segment, but nothing in the text tells them from the many pairs
 * it keeps apart, and the segment-level 2-2 rate measured on MLQE-PE ru-en (0.029) merges only
 * truncated machine translations, never such a pair.
 */
const SHAPES: Shape[] = [
  shape(1, 1, 0.89),
  shape(1, 0, 0.0099),
  shape(0, 1, 0.0099),
  shape(1, 2, 0.05),
  shape(1, 3, 0.005),
  shape(1, 4, 0.002),
  shape(2, 1, 0.01),
  shape(3, 1, 0.001),
  shape(2, 2, 0.002),
];

/** Scales the summed weight of matched anchors into the units of the length and prior costs. */
const ANCHOR_SCALE = 2;
/**
 * Numbers, dates and domains must be carried over, so each one has to be explained: by a match on
 * the other side, or by an omission. A 1-0 or 0-1 bead therefore earns this × the weight of the
 * anchors it leaves unmatched: a sentence with a number no neighbour carries comes out as a visible
 * omission instead of being merged into a neighbour's bead.
 */
const OMISSION_CREDIT = 1;
const PARAGRAPH_BONUS = 1;
const INITIAL_HALF_WIDTH = 12;
/**
 * The band stops widening here: a path this far from the diagonal is hundreds of sentences one side has and the other
 * lacks, and a band as wide as the text makes the search take time in the square of its sentences (a 1 MB side of
 * short sentences has 20,000 of them).
 */
const MAX_HALF_WIDTH = 192;

/** A document's two sides prepared for alignment: everything the bead cost needs, indexed by sentence. */
interface PreparedPair {
  n: number;
  m: number;
  sourceOffsets: Float64Array;
  targetOffsets: Float64Array;
  ratio: number;
  sourceAnchors: Int32Array[];
  targetAnchors: Int32Array[];
  anchorWeights: Float64Array;
  /** Summed weight of each sentence's anchors that a translation must carry. */
  sourceMustSurvive: Float64Array;
  targetMustSurvive: Float64Array;
  /** Scratch counts per anchor id, zero between uses. */
  counts: Int32Array;
  sourceStartsParagraph: Uint8Array;
  targetStartsParagraph: Uint8Array;
}

/**
 * Aligns the two sentence lists of one document with a dynamic program over bead shapes, scoring
 * each bead by the Gale–Church length model, its prior, and the anchors both sides share. The DP
 * runs in a band around the diagonal that widens whenever the best path touches its edge. Beads
 * cover every sentence of both sides in order; untranslated sentences come out as 1-0 or 0-1 beads.
 */
export function alignSentences(source: string[], target: string[], options: AlignOptions = {}): Bead[] {
  if (source.length === 0 || target.length === 0) {
    return [...source.map((_, i) => ({ source: [i], target: [] })), ...target.map((_, j) => ({ source: [], target: [j] }))];
  }
  const pair = prepare(source, target, options);
  for (let halfWidth = INITIAL_HALF_WIDTH; ; halfWidth *= 2) {
    const band = new Band(pair.n, pair.m, halfWidth);
    const { beads, touchesEdge } = search(pair, band);
    if (!touchesEdge || band.coversAll || halfWidth >= MAX_HALF_WIDTH) return beads;
  }
}

function prepare(source: string[], target: string[], options: AlignOptions): PreparedPair {
  const ids = new Map<string, number>();
  const anchorKinds: Anchor[] = [];
  const intern = (sentences: string[], lang: string) =>
    sentences.map((sentence) =>
      Int32Array.from(anchorsOf(sentence, lang), (anchor) => {
        let id = ids.get(anchor.key);
        if (id === undefined) {
          id = anchorKinds.length;
          ids.set(anchor.key, id);
          anchorKinds.push(anchor);
        }
        return id;
      }),
    );
  const { sourceLang = "ru", targetLang = "en" } = options;
  const sourceAnchors = intern(source, sourceLang);
  const targetAnchors = intern(target, targetLang);
  const anchorWeights = discountFrequent(Float64Array.from(anchorKinds, (a) => a.weight), sourceAnchors, targetAnchors);
  const mustSurvive = (anchors: Int32Array) =>
    anchors.reduce((sum, id) => sum + (anchorKinds[id].mustSurvive ? anchorWeights[id] : 0), 0);
  const sourceLengths = source.map((s) => s.length);
  const targetLengths = target.map((s) => s.length);
  return {
    n: source.length,
    m: target.length,
    sourceOffsets: prefixSums(sourceLengths),
    targetOffsets: prefixSums(targetLengths),
    ratio: lengthRatio(sourceLengths, targetLengths, sourceLang, targetLang),
    sourceAnchors,
    targetAnchors,
    anchorWeights,
    sourceMustSurvive: Float64Array.from(sourceAnchors, mustSurvive),
    targetMustSurvive: Float64Array.from(targetAnchors, mustSurvive),
    counts: new Int32Array(anchorKinds.length),
    sourceStartsParagraph: paragraphStarts(source.length, options.sourceParagraphs),
    targetStartsParagraph: paragraphStarts(target.length, options.targetParagraphs),
  };
}

/** An anchor found in many sentences (the article's protagonist, its year) says little about any one pair. */
function discountFrequent(weights: Float64Array, source: Int32Array[], target: Int32Array[]): Float64Array {
  const sentencesWith = (side: Int32Array[]) => {
    const counts = new Int32Array(weights.length);
    for (const anchors of side) for (const id of new Set(anchors)) counts[id]++;
    return counts;
  };
  const inSource = sentencesWith(source);
  const inTarget = sentencesWith(target);
  return weights.map((weight, id) => weight / Math.sqrt(Math.max(1, inSource[id], inTarget[id])));
}

function prefixSums(values: number[]): Float64Array {
  const sums = new Float64Array(values.length + 1);
  values.forEach((value, i) => (sums[i + 1] = sums[i] + value));
  return sums;
}

function paragraphStarts(count: number, paragraphs: number[] | undefined): Uint8Array {
  const starts = new Uint8Array(count);
  if (paragraphs) for (let i = 0; i < count; i++) starts[i] = i === 0 || paragraphs[i] !== paragraphs[i - 1] ? 1 : 0;
  return starts;
}

/**
 * Cells (i, j) near the diagonal j = i·m/n, stored row by row: row i spans from `halfWidth` before
 * the previous row's diagonal point to `halfWidth` after its own, so consecutive rows always
 * connect even when one side has many more sentences.
 */
class Band {
  readonly low: Int32Array;
  readonly high: Int32Array;
  readonly rowStart: Int32Array;
  readonly coversAll: boolean;

  constructor(
    readonly n: number,
    readonly m: number,
    halfWidth: number,
  ) {
    this.low = new Int32Array(n + 1);
    this.high = new Int32Array(n + 1);
    this.rowStart = new Int32Array(n + 2);
    const diagonal = (i: number) => Math.round((i * m) / n);
    let coversAll = true;
    for (let i = 0; i <= n; i++) {
      this.low[i] = Math.max(0, diagonal(Math.max(0, i - 1)) - halfWidth);
      this.high[i] = Math.min(m, diagonal(i) + halfWidth);
      this.rowStart[i + 1] = this.rowStart[i] + this.high[i] - this.low[i] + 1;
      coversAll &&= this.low[i] === 0 && this.high[i] === m;
    }
    this.coversAll = coversAll;
  }

  get size(): number {
    return this.rowStart[this.n + 1];
  }

  /** The storage index of (i, j), or -1 outside the band. */
  index(i: number, j: number): number {
    return j >= this.low[i] && j <= this.high[i] ? this.rowStart[i] + j - this.low[i] : -1;
  }

  /** Whether (i, j) lies on a band edge that is not also the edge of the matrix. */
  onInnerEdge(i: number, j: number): boolean {
    return (j === this.low[i] && j > 0) || (j === this.high[i] && j < this.m);
  }
}

function search(pair: PreparedPair, band: Band): { beads: Bead[]; touchesEdge: boolean } {
  const { n } = pair;
  const cost = new Float64Array(band.size).fill(Infinity);
  const choice = new Uint8Array(band.size);
  cost[band.index(0, 0)] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = band.low[i]; j <= band.high[i]; j++) {
      const here = band.index(i, j);
      for (let s = 0; s < SHAPES.length; s++) {
        const { source, target } = SHAPES[s];
        if (i < source || j < target) continue;
        const from = band.index(i - source, j - target);
        if (from < 0 || cost[from] === Infinity) continue;
        const total = cost[from] + beadCost(pair, i - source, i, j - target, j, SHAPES[s]);
        if (total < cost[here]) {
          cost[here] = total;
          choice[here] = s;
        }
      }
    }
  }
  return tracePath(band, choice);
}

function tracePath(band: Band, choice: Uint8Array): { beads: Bead[]; touchesEdge: boolean } {
  const beads: Bead[] = [];
  let touchesEdge = false;
  for (let i = band.n, j = band.m; i > 0 || j > 0; ) {
    touchesEdge ||= band.onInnerEdge(i, j);
    const { source, target } = SHAPES[choice[band.index(i, j)]];
    beads.push({ source: range(i - source, i), target: range(j - target, j) });
    i -= source;
    j -= target;
  }
  return { beads: beads.reverse(), touchesEdge };
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, k) => start + k);
}

/** The cost of linking source sentences [i0, i1) with target sentences [j0, j1). */
function beadCost(pair: PreparedPair, i0: number, i1: number, j0: number, j1: number, shape: Shape): number {
  // A lone sentence has no counterpart whose length it could match: its prior is its cost.
  if (i1 === i0) return shape.cost - OMISSION_CREDIT * pair.targetMustSurvive[j0];
  if (j1 === j0) return shape.cost - OMISSION_CREDIT * pair.sourceMustSurvive[i0];
  const sourceLength = pair.sourceOffsets[i1] - pair.sourceOffsets[i0];
  const targetLength = pair.targetOffsets[j1] - pair.targetOffsets[j0];
  let cost = shape.cost + lengthCost(sourceLength, targetLength, pair.ratio);
  cost -= ANCHOR_SCALE * sharedAnchorWeight(pair, i0, i1, j0, j1);
  if (pair.sourceStartsParagraph[i0] && pair.targetStartsParagraph[j0]) cost -= PARAGRAPH_BONUS;
  return cost;
}

/** The summed weight of the anchors the two sides share, each occurrence matched at most once. */
function sharedAnchorWeight(pair: PreparedPair, i0: number, i1: number, j0: number, j1: number): number {
  const { counts, anchorWeights, sourceAnchors, targetAnchors } = pair;
  for (let i = i0; i < i1; i++) for (const id of sourceAnchors[i]) counts[id]++;
  let shared = 0;
  for (let j = j0; j < j1; j++) {
    for (const id of targetAnchors[j]) {
      if (counts[id] > 0) {
        counts[id]--;
        shared += anchorWeights[id];
      }
    }
  }
  for (let i = i0; i < i1; i++) for (const id of sourceAnchors[i]) counts[id] = 0;
  return shared;
}

