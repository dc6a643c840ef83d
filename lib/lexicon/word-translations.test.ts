import { describe, expect, it } from "vitest";
import { englishWordsOf, russianLemmasOf, trainWordTranslations, translationScore, type ParallelSentence } from "./word-translations";

const pair = (russian: string, english: string): ParallelSentence => ({ russian: russianLemmasOf(russian), english: englishWordsOf(english) });

// Own sentences: each content word comes back in several cases and beside different neighbours.
const corpus = [
  pair("Две собаки спали.", "The two dogs slept."),
  pair("Собака лает.", "The dog barks."),
  pair("У нас две кошки.", "We have two cats."),
  pair("Кошка спала на окне.", "The cat slept on the window."),
  pair("Окно открыто.", "The window is open."),
  pair("Собаки и кошки.", "Dogs and cats."),
  pair("Две книги на окне.", "Two books on the window."),
  pair("Книга открыта.", "The book is open."),
];
const options = { source: "test", iterations: 8, minProbability: 0.01, minCount: 2 };

describe("word translations learned by IBM Model 1", () => {
  it("lemmatises the Russian side, so that every case of a word counts for one", () => {
    expect(russianLemmasOf("Собаки, собаку, собакой")).toEqual(["собака", "собака", "собака"]);
    expect(englishWordsOf("The Dog's bowl")).toEqual(["the", "dog", "s", "bowl"]);
  });

  it("learns each word's translation from sentences that share it, whatever else they hold", () => {
    const { table } = trainWordTranslations(corpus, options);
    const best = (russian: string) => table[russian]?.[0]?.[0];
    expect(best("два")).toBe("two");
    expect(best("окно")).toBe("window");
    expect(["book", "books"]).toContain(best("книга"));
  });

  it("scores low a word only one direction links to everything (the articles English adds)", () => {
    const { table } = trainWordTranslations(corpus, options);
    const score = (russian: string, english: string) => {
      const [, forward, backward] = table[russian]?.find(([word]) => word === english) ?? ["", 0, 0];
      return Math.min(forward, backward);
    };
    expect(score("собака", "dogs")).toBeGreaterThan(0.5);
    expect(score("собака", "the")).toBeLessThan(0.05);
  });

  it("drops a word seen in fewer sentences than asked, and is deterministic", () => {
    const once = trainWordTranslations([...corpus, pair("Жираф высокий.", "The giraffe is tall.")], options);
    expect(once.table["жираф"]).toBeUndefined();
    expect(JSON.stringify(trainWordTranslations(corpus, options))).toBe(JSON.stringify(trainWordTranslations(corpus, options)));
  });

  it("scores everyday words with the committed table, learned from news and post-edited sentences", () => {
    const score = (russian: string, english: string) => translationScore(russianLemmasOf(russian)[0], english);
    expect(score("двух", "two")).toBeGreaterThan(0.3);
    expect(score("жизни", "Life")).toBeGreaterThan(0.3);
    expect(score("телефоном", "phone")).toBeGreaterThan(0.3);
    expect(score("двух", "the")).toBe(0);
    expect(score("жизни", "phone")).toBe(0);
  });
});
