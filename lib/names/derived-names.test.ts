import { describe, expect, it } from "vitest";
import { derivedNames, properNounOf } from "./derived-names";
import { unrenderedNames } from "./unrendered";
import { contextFor } from "./test-support";

const missing = (source: string, target: string) => unrenderedNames(contextFor(source, target)).map((u) => u.text);

describe("properNounOf", () => {
  it("finds the place or country an adjective or a people's noun is made from, in any case", () => {
    expect(properNounOf("российских")).toBe("россия");
    expect(properNounOf("европейские")).toBe("европа");
    expect(properNounOf("египетских")).toBe("египет");
    expect(properNounOf("Кремлёвской")).toBe("кремль");
    expect(properNounOf("Омский")).toBe("омск");
    expect(properNounOf("россиянка")).toBe("россия");
    expect(properNounOf("киевлянин")).toBe("киев");
    expect(properNounOf("украинцев")).toBe("украина");
    expect(properNounOf("украине")).toBe("украина");
  });

  it("finds none for words made from common words, or from obscure places az knows", () => {
    for (const word of ["детский", "братский", "борец", "венец", "птичка", "поповский", "воровской", "Красной", "советский"]) {
      expect(properNounOf(word), word).toBeNull();
    }
  });
});

describe("derivedNames", () => {
  it("takes words made from a name, lower-cased or opening the sentence, and leaves names already found", () => {
    const sentence = "Гонконгский суд оштрафовал российских туристов.";
    expect(derivedNames(sentence, 0, () => false).map((n) => [n.text, n.words[0].nominatives[0]])).toEqual([
      ["Гонконгский", "гонконг"],
      ["российских", "россия"],
    ]);
    expect(derivedNames(sentence, 10, (start) => start === 10)).toHaveLength(1);
  });
});

describe("unrendered words made from a name", () => {
  it("are missing when the translation names neither the place nor its people", () => {
    expect(missing("Суд оштрафовал российских туристов.", "The court fined the tourists.")).toEqual(["российских"]);
    expect(missing("Мнения россиян разделились.", "Opinions were divided.")).toEqual(["россиян"]);
    expect(missing("Египетских змей описал Геродот.", "Herodotus described snakes.")).toEqual(["Египетских"]);
    expect(missing("Попы у Кремлёвской стены.", "Priests at the wall.")).toEqual(["Кремлёвской"]);
  });

  it("are rendered by the place, its adjective or its people", () => {
    expect(missing("Суд оштрафовал российских туристов.", "The court fined Russian tourists.")).toEqual([]);
    expect(missing("Мнения россиян разделились.", "Russians' opinions were divided.")).toEqual([]);
    expect(missing("Египетских змей описал Геродот.", "Herodotus described Egyptian snakes.")).toEqual([]);
    expect(missing("Попы у Кремлёвской стены.", "Priests at the Kremlin Wall.")).toEqual([]);
    expect(missing("Украинцев поздравили с праздником.", "Ukrainians were congratulated on the holiday.")).toEqual([]);
  });
});
