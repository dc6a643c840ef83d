import { describe, expect, it } from "vitest";
import { contextFor, contextFromPairs, flaggedTexts, testExamples } from "../test-support";
import { nameInconsistent } from "./name-inconsistent";

testExamples(nameInconsistent);

describe("name-inconsistent", () => {
  const degtyarev = (first: string, second: string, third: string) =>
    contextFromPairs([
      ["Губернатор Михаил Дегтярев посетил завод.", `Governor Mikhail ${first} visited the plant.`],
      ["Дегтярев похвалил рабочих.", `${second} praised the workers.`],
      ["Позже Дегтярев уехал.", `Later ${third} left.`],
    ]);

  it("flags the minority spelling of one person and suggests the majority one", () => {
    const findings = nameInconsistent.run(degtyarev("Degtyarev", "Degtyaryov", "Degtyarev"));
    expect(flaggedTexts(findings)).toEqual(["Degtyaryov"]);
    expect(findings[0].suggestion).toBe("Degtyarev");
  });

  it("flags a second spelling of a person after one name said thousands of times in the same sentence", () => {
    const ru = `${"Ержан Тимуров ".repeat(3000)}и Аскар Умаров встретил Аскара Умарова.`;
    const en = (second: string) => `${"Yerzhan Timurov ".repeat(3000)}and Askar Umarov met ${second}.`;
    expect(flaggedTexts(nameInconsistent.run(contextFor(ru, en("Asqar Umarov"))))).toEqual(["Asqar"]);
    expect(flaggedTexts(nameInconsistent.run(contextFor(ru, en("Askar Umarov"))))).toEqual([]);
  });

  it("accepts either spelling used throughout", () => {
    expect(nameInconsistent.run(degtyarev("Degtyaryov", "Degtyaryov", "Degtyaryov's"))).toEqual([]);
    expect(nameInconsistent.run(degtyarev("Degtyarev", "Degtyarev", "Degtyarev"))).toEqual([]);
  });

  it("ignores a possessive and an adjective made from a place name", () => {
    const context = contextFromPairs([
      ["Россия ответила.", "Russia replied."],
      ["Позиция России не изменилась, сказал Дегтярев.", "Russia's position, the Russian side said, had not changed, Degtyarev said."],
    ]);
    expect(nameInconsistent.run(context)).toEqual([]);
  });

  it("takes a man's surname az knows only as a woman's first name for one person each time it is written", () => {
    const flagged = (pairs: Array<[string, string]>) => flaggedTexts(nameInconsistent.run(contextFromPairs(pairs)));
    expect(flagged([
      ["Министр Ерлан Карин выступил.", "Minister Yerlan Karin spoke."],
      ["Затем Ерлан Карин добавил, что всё готово.", "Then Erlan Karin added that everything was ready."],
    ])).toEqual(["Erlan"]);
    expect(flagged([
      ["Аким Жанат Ирен открыл школу.", "Akim Zhanat Iren opened the school."],
      ["Потом Жанат Ирен уехал в Астану.", "Then Janat Iren left for Astana."],
    ])).toEqual(["Janat"]);
    expect(flagged([
      ["Депутат Серик Кармен выступил.", "Deputy Serik Karmen spoke."],
      ["Позже Серик Кармен ответил журналистам.", "Later Serik Karmen answered journalists."],
    ])).toEqual([]);
  });

  it("reads a foreign surname az only guesses alone as the surname the article wrote the same way beside a first name", () => {
    // Alone, az reads Моди as a case of модь and Исиба as the genitive of исиб; beside the first name, as the names.
    const flagged = (ru: string, en: string) => flaggedTexts(nameInconsistent.run(contextFor(ru, en)));
    expect(flagged("Премьер Нарендра Моди прибыл в Москву. Моди встретился с Путиным.", "Prime Minister Narendra Modi arrived in Moscow. Mody met with Putin.")).toEqual(["Mody"]);
    expect(flagged("Премьер Нарендра Моди прибыл в Москву. Моди встретился с Путиным.", "Prime Minister Narendra Modi arrived in Moscow. Modi met with Putin.")).toEqual([]);
    expect(flagged("Премьер Сигэру Исиба прибыл в Сеул. Вчера Исиба встретился с Ли.", "Prime Minister Shigeru Ishiba arrived in Seoul. Yesterday Isiba met Lee.")).toEqual(["Isiba"]);
    expect(flagged("Президент Сирил Рамафоса прибыл в Дурбан. Рамафоса обратился к нации.", "President Cyril Ramaphosa arrived in Durban. Ramafosa addressed the nation.")).toEqual(["Ramafosa"]);
    expect(flagged("Президент Сирил Рамафоса прибыл в Дурбан. Рамафоса обратился к нации.", "President Cyril Ramaphosa arrived in Durban. Ramaphosa addressed the nation.")).toEqual([]);
  });

  it("does not compare one first name across two people", () => {
    const context = contextFromPairs([
      ["Александр Лукашенко позвонил.", "Alexander Lukashenko called."],
      ["Военкор Александр Коц приехал.", "War correspondent Aleksandr Kots arrived."],
    ]);
    expect(nameInconsistent.run(context)).toEqual([]);
  });

  it("flags a name written once with its accents and once without, however az reads each mention", () => {
    const context = contextFromPairs([
      ["Лидер партии Экрем Имамоглу выступил в суде.", "Party leader Ekrem İmamoğlu spoke in court."],
      ["Адвокаты заявили, что Имамоглу остаётся в тюрьме.", "Lawyers said that Imamoglu remains in prison."],
    ]);
    expect(flaggedTexts(nameInconsistent.run(context))).toEqual(["Imamoglu"]);
  });

  it("suggests the spelling in the name's own letters on a tie (Sánchez, Wałęsa), wherever it stands", () => {
    const spanish = nameInconsistent.run(
      contextFromPairs([
        ["Премьер Педро Санчес прилетел в Пекин.", "Prime Minister Pedro Sanchez arrived in Beijing."],
        ["Визит Санчеса продлится три дня.", "Sánchez's visit will last three days."],
      ]),
    );
    expect(flaggedTexts(spanish)).toEqual(["Sanchez"]);
    expect(spanish[0].suggestion).toBe("Sánchez");
    const polish = nameInconsistent.run(
      contextFromPairs([
        ["Лех Валенса выступил в Гданьске.", "Lech Wałęsa spoke in Gdańsk."],
        ["Валенса напомнил о забастовке.", "Walesa recalled the strike."],
      ]),
    );
    expect(flaggedTexts(polish)).toEqual(["Walesa"]);
  });
});
