import { describe, expect, it } from "vitest";
import { bigramToken, trainWordBigrams, WordBigrams, wordBigrams, type TaggedToken } from "./word-bigrams";

const tagged = (line: string): TaggedToken[] => line.split(" ").map((item) => ({ token: item.split("/")[0], tag: item.split("/")[1] }));

const SENTENCES = [
  "it/pps will/md be/be late/jj ./.",
  "she/pps will/md be/be here/rb ./.",
  "he/pps will/md go/vb home/nr ./.",
  "he/pps fell/vbd ill/jj ./.",
  "they/ppss will/md be/be late/jj ./.",
].map(tagged);

describe("word-bigram model", () => {
  const model = new WordBigrams(trainWordBigrams(SENTENCES, { minCount: 1, source: "test" }));

  it("trains the same file from the same sentences", () => {
    expect(JSON.stringify(trainWordBigrams(SENTENCES, { minCount: 1, source: "test" }))).toBe(
      JSON.stringify(trainWordBigrams(SENTENCES, { minCount: 1, source: "test" })),
    );
  });

  it("prefers the word seen between the neighbours", () => {
    expect(model.fit("it", "will", "be")).toBeGreaterThan(model.fit("it", "ill", "be"));
    expect(model.fit("fell", "ill", ".")).toBeGreaterThan(model.fit("fell", "will", "."));
  });

  it("scores parts of speech apart from frequency", () => {
    expect(model.syntacticFit("he", "will", "be")).toBeGreaterThan(model.syntacticFit("he", "ill", "be"));
    expect(model.syntacticFit("fell", "ill", ".")).toBeGreaterThan(model.syntacticFit("fell", "will", "."));
  });

  it("drops bigrams seen fewer than minCount times but keeps their words", () => {
    const pruned = trainWordBigrams(SENTENCES, { minCount: 2, source: "test" });
    expect(pruned.words).toContain("ill");
    expect(pruned.bigrams[pruned.words.indexOf("fell")]).toEqual([]);
    expect(pruned.bigrams[pruned.words.indexOf("will")]).toEqual([pruned.words.indexOf("be"), 3]);
  });

  it("reads the committed Brown model", () => {
    const brown = wordBigrams();
    expect(brown.count("the")).toBeGreaterThan(50_000);
    expect(brown.fit("going", "to", "kill")).toBeGreaterThan(brown.fit("going", "to", "ill"));
  });

  it("tokenises as the corpus does", () => {
    expect(["Don’t", "1,200", "“", ",", "—"].map(bigramToken)).toEqual(["don't", "<num>", '"', ",", null]);
  });
});
