import { describe, expect, it } from "vitest";
import { BOUNDARY, NgramModel, trainNgram } from "./ngram";

// Symbols 1–5 stand for graphones; 4 is the more frequent, but only ever follows 3, while 5 follows three different symbols.
const SEQUENCES = [
  [1, 2, 5],
  [2, 1, 5],
  [3, 4],
  [3, 4],
  [3, 4],
  [3, 4],
  [3, 4],
  [3, 4, 5],
  [1, 5],
  [2, 5],
].map((symbols) => ({ symbols, weight: 1 }));
const VOCABULARY = 6;

const sumOver = (model: NgramModel, history: number) =>
  Array.from({ length: VOCABULARY }, (_, symbol) => Math.exp(model.logProbability(history, symbol))).reduce((a, b) => a + b, 0);

describe.each([
  ["Witten–Bell", 0],
  ["Kneser–Ney", 0.8],
])("an n-gram model with %s smoothing", (_, discount) => {
  const model = new NgramModel(trainNgram(SEQUENCES, VOCABULARY, { order: 3, minCount: 1, discount }));

  it("gives every history a distribution that sums to one", () => {
    for (const path of [[], [1], [3], [3, 4], [2, 1], [5, 5]]) {
      const history = path.reduce((h, symbol) => model.push(h, symbol), model.start);
      expect(sumOver(model, history)).toBeCloseTo(1, 2);
    }
  });

  it("prefers what training saw", () => {
    const afterThree = model.push(model.start, 3);
    expect(model.logProbability(afterThree, 4)).toBeGreaterThan(model.logProbability(afterThree, 5));
    expect(model.logProbability(model.push(afterThree, 4), BOUNDARY)).toBeGreaterThan(model.logProbability(model.push(afterThree, 4), 1));
  });
});

it("Kneser–Ney backs off to what follows many symbols, not to what is frequent after one", () => {
  const kneserNey = new NgramModel(trainNgram(SEQUENCES, VOCABULARY, { order: 2, minCount: 1, discount: 0.8 }));
  const wittenBell = new NgramModel(trainNgram(SEQUENCES, VOCABULARY, { order: 2, minCount: 1, discount: 0 }));
  // After 5, never followed by 4 or 5 in training, 5 is the better guess under Kneser–Ney and 4 under Witten–Bell.
  const ratio = (model: NgramModel) => model.logProbability(model.push(0, 5), 5) - model.logProbability(model.push(0, 5), 4);
  expect(ratio(kneserNey)).toBeGreaterThan(0);
  expect(ratio(wittenBell)).toBeLessThan(0);
});
