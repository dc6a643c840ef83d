import { describe, expect, it } from "vitest";
import { contextFromPairs, type SentencePair } from "./test-support";
import { analyseNames } from "@/lib/names";

/** The article's entities as "key (gender): source names", and each name word's reading as nominative/declined. */
function entitiesOf(pairs: SentencePair[]) {
  return analyseNames(contextFromPairs(pairs)).entities.map((entity) => ({
    entity: `${entity.key} (${entity.gender ?? "?"})`,
    names: entity.names.map((name) => `${name.text}: ${name.words.map((w) => (w.maybeNominative ? "nominative" : "declined")).join(" ")}`),
  }));
}

describe("entities", () => {
  it("links a surname alone to the person introduced with a first name, and reads it in that person's gender", () => {
    expect(
      entitiesOf([
        ["Мэр Сергей Собянин открыл станцию.", "Mayor Sergei Sobyanin opened the station."],
        ["По словам Собянина, линия готова.", "According to Sobyanin, the line is ready."],
      ]),
    ).toEqual([
      { entity: "собянин (masc)", names: ["Сергей Собянин: nominative nominative", "Собянина: declined"] },
    ]);
  });

  it("keeps a woman's surname in the nominative", () => {
    expect(
      entitiesOf([
        ["Мария Захарова провела брифинг.", "Maria Zakharova held a briefing."],
        ["Захарова добавила, что ответ последует.", "Zakharova added that a response will follow."],
      ]),
    ).toEqual([{ entity: "захарова (femn)", names: ["Мария Захарова: nominative nominative", "Захарова: nominative"] }]);
  });

  it("tells two people of one surname apart by the verb's gender", () => {
    const entities = entitiesOf([
      ["Сергей Захаров выступил первым.", "Sergei Zakharov spoke first."],
      ["Затем Захарова заявила о несогласии.", "Then Zakharova voiced her disagreement."],
    ]);
    expect(entities.map((e) => e.entity)).toEqual(["захаров (masc)", "захарова (femn)"]);
  });

  it("takes the gender from a verb or from a pronoun opening the next sentence when there is no first name", () => {
    expect(entitiesOf([["Вчера Умарова заявила об отставке.", "Yesterday Umarova announced her resignation."]])).toEqual([
      { entity: "умарова (femn)", names: ["Умарова: nominative"] },
    ]);
    expect(
      entitiesOf([
        ["По словам Умарова, решение принято.", "According to Umarov, the decision has been made."],
        ["Он не стал уточнять детали.", "He did not give details."],
      ]),
    ).toEqual([{ entity: "умаров (masc)", names: ["Умарова: declined"] }]);
  });

  it("finds a surname alone that az takes for a common word, once the article introduced the person", () => {
    const entities = entitiesOf([
      ["Эммануэль Макрон заявил о реформе.", "Emmanuel Macron announced a reform."],
      ["Оппозиция критикует Макрона.", "The opposition criticises Macron."],
    ]);
    expect(entities).toEqual([{ entity: "макрон (masc)", names: ["Эммануэль Макрон: nominative nominative", "Макрона: declined"] }]);
  });

  it("reads a foreign first name of the other gender than its bearer as written (Джорджа Мелони is a woman)", () => {
    const [meloni] = entitiesOf([["Премьер Джорджа Мелони заявила о поддержке.", "Prime Minister Giorgia Meloni announced her support."]]);
    expect(meloni.names).toEqual(["Джорджа Мелони: nominative nominative"]);
  });

  it("links a surname alone that az reads as another word to the man the article introduced, by its Russian declension", () => {
    // az reads Милея as a gerund of милеть, and has none of these surnames' cases; an indeclinable one stays as it is.
    const cases: Array<[string, string, string]> = [
      ["Президент Хавьер Милей выступил в Давосе.", "Милея встретили аплодисментами.", "Милея: declined"],
      ["Генсек Антониу Гутерриш прибыл в Нью-Йорк.", "Гутерриша встретили журналисты.", "Гутерриша: declined"],
      ["Премьер Дональд Туск выступил в сейме.", "Туска поддержали депутаты.", "Туска: declined"],
      ["Президент Александр Вучич прибыл в Белград.", "Вучича встретили министры.", "Вучича: declined"],
      ["Президент Педро Кастильо прибыл в Лиму.", "Кастильо встретили министры.", "Кастильо: nominative"],
    ];
    for (const [introduced, alone, reading] of cases) {
      const names = entitiesOf([[introduced, "-"], [alone, "-"]]).flatMap((e) => e.names);
      expect(names).toContain(reading);
    }
  });

  it("declines a surname az only guessed when the article writes its nominative otherwise", () => {
    const entities = entitiesOf([
      ["Канцлер Олаф Шольц выступил в бундестаге.", "Chancellor Olaf Scholz spoke in the Bundestag."],
      ["Депутаты поблагодарили Шольца.", "Deputies thanked Scholz."],
    ]);
    expect(entities).toEqual([{ entity: "шольц (masc)", names: ["Олаф Шольц: nominative nominative", "Шольца: declined"] }]);
  });
});
