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

  it("reads every form of a follower's word alike, named after a founder or not", () => {
    expect(["марксистской", "марксистов", "марксистам"].map(properNounOf)).toEqual(["марксист", "марксист", "марксист"]);
    expect(["журналиста", "журналистов", "туристам"].map(properNounOf)).toEqual([null, null, null]);
  });

  it("finds a town az knows that no English dictionary has, by the adjective made from it", () => {
    expect(properNounOf("шахтинских")).toBe("шахты");
    expect(properNounOf("Валаамский")).toBe("валаам");
    expect(properNounOf("тульскому")).toBe("тула");
    expect(missing("Шахтинский поэт выступил в библиотеке.", "The poet performed at the library.")).toEqual(["Шахтинский"]);
    expect(missing("Шахтинский поэт выступил в библиотеке.", "The Shakhty poet performed at the library.")).toEqual([]);
    expect(missing("На валаамских островах открыли музей.", "A museum was opened on the islands.")).toEqual(["валаамских"]);
    expect(missing("На валаамских островах открыли музей.", "A museum was opened on the Valaam islands.")).toEqual([]);
  });

  it("finds none for words made from common words, or from obscure places az knows", () => {
    for (const word of ["детский", "братский", "борец", "венец", "птичка", "поповский", "воровской", "Спасской", "Красной", "советский"]) {
      expect(properNounOf(word), word).toBeNull();
    }
  });
});

describe("a faith's words", () => {
  it("name the faith in lower case: its adjectives, and nouns English only capitalises", () => {
    expect(properNounOf("православный")).toBe("православный");
    expect(properNounOf("католической")).toBe("католический");
    expect(properNounOf("мусульман")).toBe("мусульманин");
    expect(properNounOf("ислама")).toBe("ислам");
    expect(properNounOf("мусульманскую")).toBe("мусульманский");
    // English writes "god" and "west" in lower case as often.
    expect(properNounOf("бога")).toBeNull();
    expect(properNounOf("запад")).toBeNull();
  });

  it("are missing when the translation drops them, and there when it names the faith", () => {
    expect(missing("Мой сосед – православный священник.", "My neighbour is a priest.")).toEqual(["православный"]);
    expect(missing("Мой сосед – православный священник.", "My neighbour is an Orthodox priest.")).toEqual([]);
    expect(missing("Закон оскорбляет чувства мусульман.", "The law offends the feelings of believers.")).toEqual(["мусульман"]);
    expect(missing("Закон оскорбляет чувства мусульман.", "The law offends the feelings of Muslims.")).toEqual([]);
    expect(missing("Он прочитал лекцию о боге.", "He gave a lecture on god.")).toEqual([]);
  });

  it("are read the same whichever spelling of the word came first in the process", () => {
    // Capitalised, a faith's noun is findSourceNames' to read (Мусульмане opening a sentence); in lower case it is
    // derived here. Each pair asks one lower-cased word both ways, in both orders.
    expect(properNounOf("Мусульмане")).toBeNull();
    expect(properNounOf("мусульмане")).toBe("мусульманин");
    expect(properNounOf("иудеев")).toBe("иудей");
    expect(properNounOf("Иудеев")).toBeNull();
    expect(missing("Иудеями были и его соседи.", "His neighbours were Jews too.")).toEqual([]);
    expect(missing("Мой сосед говорит с иудеями.", "My neighbour talks to them.")).toEqual(["иудеями"]);
    expect(missing("Он дружит с мусульманами.", "He is friends with them.")).toEqual(["мусульманами"]);
    expect(missing("Мусульманами были и его соседи.", "His neighbours were friends too.")).toEqual([]);
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

  it("include a follower's word English names after a founder", () => {
    expect(missing("Это марксистская традиция.", "This is a tradition.")).toEqual(["марксистская"]);
    expect(missing("Это марксистская традиция.", "This is a Marxist tradition.")).toEqual([]);
  });
});

describe("names English translates: missing only when no English name stands in", () => {
  it("a country's abbreviation and a body's compound name", () => {
    expect(missing("Закон РФ запрещает это.", "The law forbids it.")).toEqual(["РФ"]);
    expect(missing("Закон РФ запрещает это.", "The law of the Russian Federation forbids it.")).toEqual([]);
    expect(missing("Об этом сообщили в Роскосмосе.", "This was said by the agency.")).toEqual(["Роскосмосе"]);
    expect(missing("Об этом сообщили в Роскосмосе.", "This was reported by the Russian space agency Roscosmos.")).toEqual([]);
    // A common abbreviation is translated by common words.
    expect(missing("Об этом сообщили СМИ.", "The media reported it.")).toEqual([]);
  });

  it("a place's adjective ending a title (Папа Римский), unlike one before its noun", () => {
    expect(missing("Папа Римский приветствовал соглашение.", "The Pope welcomed the agreement.")).toEqual([]);
    expect(missing("Папа Римский приветствовал соглашение.", "the pope welcomed the agreement.")).toEqual(["Римский"]);
  });
});

describe("capitalised common nouns English knows as names", () => {
  it("are names: an exonym, a first name many bear as written", () => {
    expect(missing("Решение приняли в Кремле.", "The decision was made.")).toEqual(["Кремле"]);
    expect(missing("Решение приняли в Кремле.", "The decision was made in the Kremlin.")).toEqual([]);
    expect(missing("Его зовут Арчи, и он пушист.", "His name is and he is fluffy.")).toEqual(["Арчи"]);
    expect(missing("Его зовут Арчи, и он пушист.", "His name is Archie and he is fluffy.")).toEqual([]);
  });

  it("are not: a capitalised title or a noun opening a clause", () => {
    expect(missing("Он позвонил Президенту страны.", "He called the country's leader.")).toEqual([]);
    expect(missing("Он сказал: «Кремль далеко».", "He said: \"It is far away.\"")).toEqual([]);
  });
});

describe("Latin-script names", () => {
  it("must reappear as written, never paired with a word that merely begins alike, nor joined to a Russian word", () => {
    expect(missing("Фонд свободы от религии (FFRF) воздвиг монумент.", "The Freedom from Religion Foundation () erected a monument.")).toEqual(["FFRF"]);
    expect(missing("Ремастера Diablo II не будет.", "There will be no remaster.")).toContain("Diablo");
  });
});

describe("more names English keeps", () => {
  it("a Latin brand in lower case must reappear, in any case", () => {
    expect(missing("Стоит ли покупать huawei p30?", "Is it worth buying a Galkin p30?")).toEqual(["huawei"]);
    expect(missing("Стоит ли покупать huawei p30?", "Is it worth buying a Huawei p30?")).toEqual([]);
  });

  it("a place's adjective opening a longer name waits for a stand-in (Notre Dame)", () => {
    expect(missing("Пожар в соборе Парижской Богоматери.", "A fire at Notre Dame Cathedral.")).toEqual([]);
    expect(missing("Пожар у Кремлёвской стены.", "A fire at the wall.")).toEqual(["Кремлёвской"]);
  });

  it("God, written with a capital, by its English name, in lower case too", () => {
    expect(missing("Послал Бог работу.", "Elena sent work.")).toEqual(["Бог"]);
    expect(missing("Послал Бог работу.", "God sent work.")).toEqual([]);
    expect(missing("Чем чёрт не шутит, когда Бог спит!", "When the good lord looks away, the devil plays!")).toEqual([]);
  });
});
