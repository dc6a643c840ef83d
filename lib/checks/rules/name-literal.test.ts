import { describe, expect, it } from "vitest";
import { contextFor, testExamples } from "../test-support";
import { nameLiteral } from "./name-literal";
import { nameMissing } from "./name-missing";

testExamples(nameLiteral);

describe("name-literal", () => {
  it("points at the common word that stands next to the rendered first name", () => {
    const [finding] = nameLiteral.run(contextFor("Слово взял депутат Пётр Заяц.", "Deputy Pyotr Hare took the floor."));
    expect(finding.target.text).toBe("Hare");
    expect(finding.source?.text).toBe("Заяц");
  });

  it("flags a medium's name translated, quoted or not, its adjectives included", () => {
    const flags = (source: string, target: string) => nameLiteral.run(contextFor(source, target)).map((f) => [f.target.text, f.suggestion]);
    expect(flags("Как выяснило издание «Курсив», цены выросли.", "As the publication Italic found out, prices rose.")).toEqual([["Italic", "Kursiv"]]);
    expect(flags("Как пишет «Вечерний Бишкек», мэрия ответила.", "As Evening Bishkek writes, the city hall replied.")).toEqual([["Evening", "Vecherny"]]);
    expect(flags("Как сообщает «Газета.uz», концерт посмотрели все.", "According to Newspaper.uz, everyone watched the concert.")).toEqual([["Newspaper", "Gazeta"]]);
  });

  it("flags a venue's name translated: shops, cafés and hotels keep their names", () => {
    const [finding] = nameLiteral.run(contextFor("В самарском торговом комплексе «Амбар» открылся храм.", "A temple has opened in Samara's Barn shopping complex."));
    expect([finding?.target.text, finding?.suggestion]).toEqual(["Barn", "Ambar"]);
    expect(nameLiteral.run(contextFor("В самарском торговом комплексе «Амбар» открылся храм.", "A temple has opened in Samara's Ambar shopping complex."))).toEqual([]);
  });

  it("leaves a medium's name that is transliterated, and a quoted title of another kind that is translated", () => {
    expect(nameLiteral.run(contextFor("Как пишет «Вечерний Бишкек», мэрия ответила.", "As Vecherny Bishkek writes, the city hall replied."))).toEqual([]);
    expect(nameLiteral.run(contextFor("Корабль «Пуск» вышел в море.", "The ship Launch put to sea."))).toEqual([]);
  });

  it("does not take a title word or a sentence's first word for the name", () => {
    expect(nameLiteral.run(contextFor("Как пишут «Известия», Президент подписал указ.", "President signed the decree."))).toEqual([]);
  });

  it("leaves a name with no common meaning to name-missing", () => {
    expect(nameLiteral.run(contextFor("Об этом рассказал Николай Пашинян.", "Nikolai Hare said this."))).toEqual([]);
  });

  it("leaves a lone first name that is also a common noun to the translator: «Викторина» may be a quiz", () => {
    const context = contextFor("Борис Акунин - Викторина для взрослых", "Boris Akunin - A Quiz for Adults");
    expect(nameLiteral.run(context)).toEqual([]);
    expect(nameMissing.run(context)).toEqual([]);
  });

  it("still flags a surname translated beside its first name", () => {
    const [finding] = nameLiteral.run(contextFor("Выступила Ольга Заяц.", "Olga Hare spoke."));
    expect(finding?.target.text).toBe("Hare");
  });

  it("flags a quoted company taken apart word by word, quoted or not", () => {
    const flags = (source: string, target: string) => nameLiteral.run(contextFor(source, target)).map((f) => [f.target.text, f.suggestion]);
    expect(flags("Компания «Северсталь» увеличила выпуск.", "The Northern Steel company increased output.")).toEqual([["Northern Steel", "Severstal"]]);
    expect(flags("Компания «Северсталь» увеличила выпуск.", "The Severstal company increased output.")).toEqual([]);
    expect(flags("Авиакомпания «Аэрофлот» отменила рейсы.", "The airline Air Fleet cancelled flights.")).toEqual([["Air Fleet", "Aeroflot"]]);
  });

  it("flags a medium's name translated from its own language, not only from Russian", () => {
    const flags = (source: string, target: string) => nameLiteral.run(contextFor(source, target)).map((f) => f.target.text);
    expect(flags("Переговоры продолжатся, сообщает агентство «Синьхуа».", "The talks will go on, reports the New China agency.")).toEqual(["New China"]);
    expect(flags("Переговоры продолжатся, сообщает агентство «Синьхуа».", "The talks will go on, reports the Xinhua agency.")).toEqual([]);
  });

  it("leaves a byname English translates after the first name with “the”, and still flags a surname translated", () => {
    for (const [source, target] of [
      ["В храм привезли икону Георгия Победоносца.", "An icon of Georgy the Victorious was brought to the church."],
      ["Фильм рассказывает о бандите Вите Мяснике.", "The film is about the gangster Vitya the Butcher."],
      ["Песню посвятили Николаю Чудотворцу.", "The song was dedicated to Nikolai the Wonderworker."],
    ]) {
      expect(nameLiteral.run(contextFor(source, target))).toEqual([]);
      expect(nameMissing.run(contextFor(source, target))).toEqual([]);
    }
    const surname = nameLiteral.run(contextFor("Песню написал Николай Заяц.", "The song was written by Nikolai Hare."));
    expect(surname.map((f) => f.target.text)).toEqual(["Hare"]);
  });

  describe("a title of a body said to be one by the words around it", () => {
    const flags = (source: string, target: string) => nameLiteral.run(contextFor(source, target)).map((f) => [f.target.text, f.suggestion]);

    it("flags a team after its town's adjective translated, and leaves it transliterated", () => {
      expect(flags("Саратовский «Сокол» проиграл дома.", "Saratov's Falcon lost at home.")).toEqual([["Falcon", "Sokol"]]);
      expect(flags("Саратовский «Сокол» проиграл дома.", "Sokol Saratov lost at home.")).toEqual([]);
    });

    it("flags a word that only sounds like the title's: a translation, not a spelling", () => {
      expect(flags("Ярославский «Локомотив» победил в серии буллитов.", "Yaroslavl's Locomotive won in a shootout.")).toEqual([["Locomotive", "Lokomotiv"]]);
      expect(flags("Ярославский «Локомотив» победил в серии буллитов.", "Lokomotiv Yaroslavl won in a shootout.")).toEqual([]);
    });

    it("flags the body of a person named before it, and titles listed after a chain's", () => {
      expect(flags("Вратарь «Звезды» получил травму.", "The Star goalkeeper was injured.")).toEqual([["Star", "Zvezda"]]);
      expect(flags("Скидки объявили сети «Дикси» и «Светофор».", "Discounts were announced by the Dixy and Traffic Light chains.")).toEqual([
        ["Traffic Light", "Svetofor"],
      ]);
    });

    it("reads a title written the Russian way, with only its first word capitalised", () => {
      expect(flags("Тираж печатает типография «Северная звезда».", "The print run is printed by the Northern Star printing house.")).toEqual([
        ["Northern Star", "Severnaya Zvezda"],
      ]);
    });

    it("leaves a translation the translator quotes, a movement's name English translates alike, and a pipeline's", () => {
      expect(flags("Концерт прошёл в томской «Белой вороне».", "The concert took place at Tomsk's \"White Crow\".")).toEqual([]);
      expect(flags("Концерт прошёл в томской «Белой вороне».", "The concert took place at Tomsk's White Crow.")).toEqual([["White Crow", "Bely Voron"]]);
      expect(flags("Активисты «Молодой гвардии» провели акцию.", "Young Guard activists held a rally.")).toEqual([]);
      expect(flags("Газ пошёл по газопроводу «Голубой поток».", "Gas flowed through the Blue Stream pipeline.")).toEqual([]);
    });
  });

  it("leaves a name's own English form (John for Иоанн) and an abbreviation, which have no words to translate", () => {
    expect(nameLiteral.run(contextFor("В соборе хранится икона Иоанна Предтечи.", "The cathedral keeps an icon of John the Forerunner."))).toEqual([]);
    expect(nameLiteral.run(contextFor("Сотрудники компании «ТНК» получили премии.", "Employees of the Company received bonuses."))).toEqual([]);
  });
});

