import { describe, expect, it } from "vitest";
import { contextFor, contextFromPairs, flaggedTexts, testExamples } from "../test-support";
import { nameCase } from "./name-case";

testExamples(nameCase);

const flaggedIn = (ru: string, en: string) => flaggedTexts(nameCase.run(contextFor(ru, en)));

describe("name-case", () => {
  it("leaves a genitive that a transliterated head noun governs (Ekho Moskvy, Dom Pashkova), but not one after a translated head", () => {
    const flaggedIn = (ru: string, en: string) => flaggedTexts(nameCase.run(contextFor(ru, en)));
    expect(flaggedIn("Об этом сообщает радиостанция Эхо Москвы.", "This was reported by the radio station Ekho Moskvy.")).toEqual([]);
    expect(flaggedIn("Концерт прошёл в Доме Пашкова.", "The concert took place in Dom Pashkova.")).toEqual([]);
    expect(flaggedIn("Указ президента Путина вышел.", "The decree of President Putina came out.")).toEqual(["Putina"]);
    // A person named with a first name after a transliterated noun stands beside it, not governed by it.
    expect(flaggedIn("Делегация прибыла по приглашению председателя Думы Вячеслава Володина.", "The delegation came at the invitation of the chairman of the Duma Vyacheslava Volodina.")).toEqual(["Vyacheslava Volodina"]);
    expect(flaggedIn("Концерт прошёл у Дворца Игоря Моисеева.", "The concert took place at the Dvorets Igorya Moiseyeva.")).toEqual(["Igorya Moiseyeva"]);
  });

  it("reads a lone surname after a preposition, an oblique title or a thing's noun as declined: no woman's nominative stands there", () => {
    expect(flaggedIn("Встреча Путина с губернатором прошла в Кремле.", "The meeting of Putina with the governor took place in the Kremlin.")).toEqual(["Putina"]);
    expect(flaggedIn("Встреча Путина с губернатором прошла в Кремле.", "The meeting of Putin with the governor took place in the Kremlin.")).toEqual([]);
    expect(flaggedIn("Отставка министра Умарова стала неожиданностью.", "The resignation of Minister Umarova came as a surprise.")).toEqual(["Umarova"]);
    expect(flaggedIn("Отставка министра Умарова стала неожиданностью.", "The resignation of Minister Umarov came as a surprise.")).toEqual([]);
    expect(flaggedIn("У Сидорова нет алиби.", "Sidorova has no alibi.")).toEqual(["Sidorova"]);
    expect(flaggedIn("У Сидорова нет алиби.", "Sidorov has no alibi.")).toEqual([]);
    expect(flaggedIn("Мы встретились с Асель Жанибековой в Астане.", "We met with Asel Zhanibekovoy in Astana.")).toEqual(["Zhanibekovoy"]);
    expect(flaggedIn("Мы встретились с Асель Жанибековой в Астане.", "We met with Asel Zhanibekova in Astana.")).toEqual([]);
  });

  it("reads a surname joined by «и» to a name that is surely oblique in that name's case", () => {
    expect(flaggedIn("Сторонники Трампа и Умарова собрались у здания.", "Supporters of Trump and Umarova gathered outside the building.")).toEqual(["Umarova"]);
    expect(flaggedIn("Сторонники Трампа и Умарова собрались у здания.", "Supporters of Trump and Umarov gathered outside the building.")).toEqual([]);
    expect(flaggedIn("Избиратели поддержали Сидорова и Макрона.", "Voters supported Sidorova and Macron.")).toEqual(["Sidorova"]);
    expect(flaggedIn("Избиратели поддержали Сидорова и Макрона.", "Voters supported Sidorov and Macron.")).toEqual([]);
    expect(flaggedIn("Вечером Анна и Сидорова пришли на концерт.", "In the evening Anna and Sidorova came to the concert.")).toEqual([]);
  });

  it("keeps a lone surname in the nominative after a title in the nominative, a time or a name", () => {
    expect(flaggedIn("Журналистка Смирнова получила премию.", "Journalist Smirnova received an award.")).toEqual([]);
    expect(flaggedIn("В понедельник Петрова и Сидорова уехали в отпуск.", "On Monday Petrova and Sidorova went on vacation.")).toEqual([]);
    expect(flaggedIn("Каждый день Смирнова гуляет в парке.", "Every day Smirnova walks in the park.")).toEqual([]);
    expect(flaggedIn("Глава ЦИ (р) К Памфилова встретится с юристами.", "Head of the CI (r) K Pamfilova will meet with lawyers.")).toEqual([]);
  });

  it("flags a leaked case form after one name said thousands of times in the same sentence", () => {
    const ru = `${"Ержан Тимуров ".repeat(3000)}и назначение Аскара Умарова в Казахстане.`;
    const en = (own: string) => `${"Yerzhan Timurov ".repeat(3000)}and the appointment of ${own} in Kazakhstan.`;
    expect(flaggedTexts(nameCase.run(contextFor(ru, en("Askara Umarova"))))).toEqual(["Askara Umarova"]);
    expect(flaggedTexts(nameCase.run(contextFor(ru, en("Askar Umarov"))))).toEqual([]);
  });

  it("flags a Russian ending left on a Korean given name's syllable written in lower case after a hyphen, and suggests the syllable", () => {
    const suggested = (ru: string, en: string) => nameCase.run(contextFor(ru, en)).map((f) => [f.target.text, f.suggestion]);
    expect(suggested("Переговоры с Ли Чжэ Мёном прошли успешно.", "Talks with Lee Jae-myungom went well.")).toEqual([["myungom", "myung"]]);
    const [finding] = nameCase.run(contextFor("Переговоры с Ли Чжэ Мёном прошли успешно.", "Talks with Lee Jae-myungom went well."));
    expect(finding.message).toContain("“Lee Jae-myung”");
    expect(suggested("Переговоры с Ли Чжэ Мёном прошли успешно.", "Talks with Lee Jae-myung went well.")).toEqual([]);
  });

  it("takes a name of one Korean or Chinese syllable for no case form, as az may (Ху of ха), but not a Russian word of one vowel", () => {
    expect(flaggedIn("Бывший лидер Ху Цзиньтао покинул зал.", "Former leader Hu Jintao left the hall.")).toEqual([]);
    expect(flaggedIn("Бывший президент Ма Инцзю прибыл.", "Former President Ma Ying-jeou arrived.")).toEqual([]);
    expect(flaggedIn("Переговоры с Ли Цяном прошли.", "Talks with Li Qiangom went well.")).toEqual(["Qiangom"]);
    expect(flaggedIn("Встреча со Львом Толстым.", "A meeting with Lva Tolstogo.")).toEqual(["Lva Tolstogo"]);
  });

  it("reads the surname's case from the first name it agrees with (Коцу after Александру is dative of Коц)", () => {
    const [finding] = nameCase.run(contextFor("Врач рассказал Александру Коцу о вызовах.", "The doctor told Alexandru Kotsu about the calls."));
    expect(finding.target.text).toBe("Alexandru Kotsu");
    expect(finding.source?.text).toBe("Александру Коцу");
    expect(finding.message).toContain("dative");
  });

  it("reads a surname with no form in its first name's case as indeclinable (Moldovan, Romanian, Japanese), not as another word's case", () => {
    const flaggedIn = (ru: string, en: string) => flaggedTexts(nameCase.run(contextFor(ru, en)));
    // az reads Санду as the accusative of the first name Санда and Кову as the place Кова's; beside Майей or Ирина
    // (instrumental, nominative) neither can be a case form of this name.
    expect(flaggedIn("Премьер встретился с президентом Молдовы Майей Санду.", "The Prime Minister met Moldovan President Maia Sandu.")).toEqual([]);
    expect(flaggedIn("Интервью с Марией Санду вышло вчера.", "The interview with Maria Sandu came out yesterday.")).toEqual([]);
    expect(flaggedIn("Награду получила Ирина Кову.", "Irina Kovu received the award.")).toEqual([]);
    expect(flaggedIn("Премию вручили Ирине Кову.", "The prize was awarded to Irina Kovu.")).toEqual([]);
    expect(flaggedIn("Эксперты согласились с Анной Попеску.", "Experts agreed with Anna Popescu.")).toEqual([]);
    expect(flaggedIn("Директор пообщался с Юрико Коикэ.", "The director spoke with Yuriko Koike.")).toEqual([]);
    // The first name's own leaked ending is still a leak.
    expect(flaggedIn("Интервью с Марией Санду вышло вчера.", "The interview with Mariey Sandu came out yesterday.")).toEqual(["Mariey"]);
    expect(flaggedIn("Интервью с Мариной Петровой вышло.", "The interview with Marinoy Petrovoy came out.")).toEqual(["Marinoy Petrovoy"]);
  });

  it("reads the case of a name with an indeclinable first name (Spanish, Portuguese, Italian) from its surname", () => {
    // Педро, Пабло, Марио fit every case, so the surname's instrumental ending is the name's case, not an unknown word.
    expect(flaggedIn("Премьер встретилась с Педро Санчесом.", "The Prime Minister met Pedro Sanchesom.")).toEqual(["Sanchesom"]);
    expect(flaggedIn("Премьер встретилась с Педро Санчесом.", "The Prime Minister met Pedro Sánchez.")).toEqual([]);
    expect(flaggedIn("Встреча с Пабло Эскобаром не состоялась.", "The meeting with Pablo Escobarom did not take place.")).toEqual(["Escobarom"]);
    expect(flaggedIn("Встреча с Пабло Эскобаром не состоялась.", "The meeting with Pablo Escobar did not take place.")).toEqual([]);
    expect(flaggedIn("Тренер поспорил с Марио Гомесом.", "The coach argued with Mario Gomesom.")).toEqual(["Gomesom"]);
    expect(flaggedIn("Выставка посвящена Пабло Пикассо.", "The exhibition is dedicated to Pablo Picasso.")).toEqual([]);
    expect(flaggedIn("Он работал с Жозе Моуринью и Марио Балотелли.", "He worked with José Mourinho and Mario Balotelli.")).toEqual([]);
  });

  it("reads a lone word az only guesses as a case of a name many people bear, when nobody bears it as written", () => {
    // Эрдоган, Кисида and Мерц are names in the name data; Эрдогана, Кисиды, Мерца are nobody's: their genitives.
    expect(flaggedIn("Встреча Эрдогана и Алиева прошла в Баку.", "The meeting of Erdogana and Aliyev took place in Baku.")).toEqual(["Erdogana"]);
    expect(flaggedIn("Встреча Эрдогана и Алиева прошла в Баку.", "The meeting of Erdogan and Aliyev took place in Baku.")).toEqual([]);
    expect(flaggedIn("Заявление Кисиды вызвало споры.", "Kisidy's statement caused controversy.")).toEqual(["Kisidy's"]);
    expect(flaggedIn("Заявление Кисиды вызвало споры.", "Kishida's statement caused controversy.")).toEqual([]);
    expect(flaggedIn("Слова Мерца вызвали споры.", "Mertsa's words caused controversy.")).toEqual(["Mertsa's"]);
    expect(flaggedIn("Слова Мерца вызвали споры.", "Merz's words caused controversy.")).toEqual([]);
    // A name people bear as written stays a nominative (Флора, Санду); so does a word the dictionary knows.
    expect(flaggedIn("Победу одержала Флора.", "Flora won.")).toEqual([]);
    expect(flaggedIn("Вчера Санду прибыла в Брюссель.", "Sandu arrived in Brussels yesterday.")).toEqual([]);
  });

  it("reads a region adjective or a place in -ск az doesn't know, with a case ending, as declined", () => {
    expect(flaggedIn("В Алматинской области открыли школу.", "A school was opened in the Almatinskoy region.")).toEqual(["Almatinskoy"]);
    expect(flaggedIn("В Жамбылской области открыли школу.", "A school was opened in the Zhambylskoy region.")).toEqual(["Zhambylskoy"]);
    expect(flaggedIn("В Жамбылской области открыли школу.", "A school was opened in the Zhambyl region.")).toEqual([]);
    expect(flaggedIn("Жители Усть-Каменогорска вышли на субботник.", "Residents of Ust-Kamenogorska went out for a clean-up.")).toEqual(["Ust-Kamenogorska"]);
    expect(flaggedIn("Жители Лисаковска вышли на субботник.", "Residents of Lisakovska went out for a clean-up.")).toEqual(["Lisakovska"]);
    expect(flaggedIn("Жители Лисаковска вышли на субботник.", "Residents of Lisakovsk went out for a clean-up.")).toEqual([]);
    // A Polish woman's surname in -ска is no place.
    expect(flaggedIn("Теннисистка Агнешка Радваньска выиграла. Радваньска довольна.", "Tennis player Agnieszka Radwańska won. Radwańska is pleased.")).toEqual([]);
  });

  it("flags a first name that lost only part of the ending, and suggests its nominative; the message gives the whole name", () => {
    const findings = nameCase.run(
      contextFor("Президент поговорил с Николом Пашиняном.", "The president spoke with Nikola Pashinyan."),
    );
    expect(flaggedTexts(findings)).toEqual(["Nikola"]);
    expect(findings[0].suggestion).toBe("Nikol");
    expect(findings[0].message).toContain("“Nikol Pashinyan”");
  });

  it("flags only the first name when the feminine surname beside it is rightly in the nominative", () => {
    const findings = nameCase.run(contextFor("Песню исполнила группа Оли Поляковой.", "The song was performed by the band of Oli Polyakova."));
    expect(flaggedTexts(findings)).toEqual(["Oli"]);
    expect(findings[0].suggestion).toBe("Olya");
  });

  it("flags a genitive masculine name (Вячеслава Володина)", () => {
    const findings = nameCase.run(contextFor("Это слова Вячеслава Володина.", "These are the words of Vyacheslava Volodina."));
    expect(findings.map((f) => f.suggestion)).toEqual(["Vyacheslav Volodin"]);
  });

  it("suggests the spelling the article already uses for the same person", () => {
    const context = contextFromPairs([
      ["Военкор Александр Коц побывал в центре.", "War correspondent Alexander Kots visited the centre."],
      ["Об этом врач рассказал Александру Коцу.", "The doctor told this to Alexandru Kotsu."],
    ]);
    expect(nameCase.run(context).map((f) => f.suggestion)).toEqual(["Alexander Kots"]);
  });

  it("reads an unknown name as declined when the article names the man in the nominative elsewhere", () => {
    const context = contextFromPairs([
      ["По словам замминистра Ерлана Акбарова, ремонт начнётся в ноябре.", "According to Deputy Minister Yerlana Akbarova, repairs will begin in November."],
      ["«Дефицита не будет», — подчеркнул Акбаров.", "“There will be no shortage,” Akbarov stressed."],
    ]);
    expect(nameCase.run(context).map((f) => [f.target.text, f.suggestion])).toEqual([["Yerlana Akbarova", "Yerlan Akbarov"]]);
  });

  it("keeps an unknown name that may be a woman's when the article has no man of that surname", () => {
    const context = contextFromPairs([
      ["По словам замминистра Ерланы Акбаровой, ремонт начнётся в ноябре.", "According to Deputy Minister Yerlana Akbarova, repairs will begin in November."],
      ["Об этом сообщила Ерлана Акбарова.", "Yerlana Akbarova reported this."],
    ]);
    expect(nameCase.run(context)).toEqual([]);
  });

  it("flags a place's adjective transliterated with its Russian case ending, and suggests its nominative", () => {
    const flags = (source: string, target: string) => nameCase.run(contextFor(source, target)).map((f) => [f.target.text, f.suggestion]);
    expect(flags("В Рязанской области осудили профессора.", "A professor was convicted in the Ryazanskoy region.")).toEqual([["Ryazanskoy", "Ryazanskaya"]]);
    expect(flags("Жители Кунцевского района пожаловались.", "Residents of the Kuntsevskogo district complained.")).toEqual([["Kuntsevskogo", "Kuntsevsky"]]);
    expect(flags("Пробка на Кутузовском проспекте.", "A traffic jam on Kutuzovskom Prospekt.")).toEqual([["Kutuzovskom", "Kutuzovsky"]]);
  });

  it("leaves a place's adjective in the nominative and the place's own name", () => {
    expect(nameCase.run(contextFor("Пробка на Кутузовском проспекте.", "A traffic jam on Kutuzovsky Prospekt."))).toEqual([]);
    expect(nameCase.run(contextFor("В Рязанской области осудили профессора.", "A professor was convicted in the Ryazan region."))).toEqual([]);
  });

  it("leaves feminine surnames in the nominative and surnames whose case a lone form can't tell", () => {
    expect(nameCase.run(contextFor("Заявление сделала Элла Памфилова.", "The statement was made by Ella Pamfilova."))).toEqual([]);
    expect(nameCase.run(contextFor("Позже Умарова ответила журналистам.", "Later Umarova answered the journalists."))).toEqual([]);
  });

  it("accepts a correctly declined name and an official spelling no scheme gives", () => {
    const context = contextFor(
      "Звонок Касым-Жомарта Токаева Садыру Жапарову.",
      "A call from Kassym-Jomart Tokayev to Sadyr Japarov.",
    );
    expect(nameCase.run(context)).toEqual([]);
  });

  it("takes the words of a quoted title as written: a venue is no person whose first name declines", () => {
    const context = contextFor("Концерт пройдёт в комплексе «Мирона Парк».", "The concert will take place at the Mirona Park complex.");
    expect(nameCase.run(context)).toEqual([]);
  });

  it("still flags the same words unquoted, where they are a person's name in the genitive", () => {
    const findings = nameCase.run(contextFor("Это слова Мирона Петрова.", "These are the words of Mirona Petrov."));
    expect(flaggedTexts(findings)).toEqual(["Mirona"]);
  });

  describe("a surname declined without its first name, after the person was introduced", () => {
    const leaks = (pairs: Array<[string, string]>) => nameCase.run(contextFromPairs(pairs)).map((f) => [f.target.text, f.suggestion]);

    it.each([
      ["Мэр Сергей Собянин открыл станцию.", "Mayor Sergei Sobyanin opened the station.", "По словам Собянина, линия готова.", "According to Sobyanina, the line is ready.", "Sobyanina", "Sobyanin"],
      ["Губернатор Андрей Воробьёв открыл школу.", "Governor Andrei Vorobyov opened a school.", "Журналисты спросили Воробьёва о планах.", "Journalists asked Vorobyova about his plans.", "Vorobyova", "Vorobyov"],
      ["Министр Антон Силуанов выступил в Думе.", "Minister Anton Siluanov spoke in the Duma.", "Депутаты поддержали Силуанова.", "The deputies supported Siluanova.", "Siluanova", "Siluanov"],
    ])("flags %s … the genitive as a woman's name", (ru1, en1, ru2, en2, flagged, suggestion) => {
      expect(leaks([[ru1, en1], [ru2, en2]])).toEqual([[flagged, suggestion]]);
    });

    it("keeps a woman's surname, introduced or alone with her verb", () => {
      expect(leaks([["Мария Захарова провела брифинг.", "Maria Zakharova held a briefing."], ["По словам Захаровой, встреча прошла хорошо.", "According to Zakharova, the meeting went well."]])).toEqual([]);
      expect(leaks([["Вчера Умарова заявила об отставке.", "Yesterday Umarova announced her resignation."]])).toEqual([]);
      expect(leaks([["Сергей Захаров выступил первым.", "Sergei Zakharov spoke first."], ["Затем Захарова заявила о несогласии.", "Then Zakharova voiced her disagreement."]])).toEqual([]);
    });

    it("keeps a woman's surname alone with her verb after a clause of thousands of names", () => {
      const roll = (stems: string[], letters: string) => Array.from({ length: 1500 }, (_, n) => stems[n % 3] + letters[n % 8] + letters[(n >> 3) % 8]).join(" ");
      const ru = `${roll(["Ерлан", "Дана", "Тимура"], "абдклмнп")} и Умарова заявила об отставке.`;
      const en = `${roll(["Yerlan", "Dana", "Timura"], "abdklmnp")} and Umarova announced her resignation.`;
      expect(leaks([["Вчера Ахмет Умаров выступил первым.", "Yesterday Akhmet Umarov spoke first."], [ru, en]]).filter(([text]) => /Umarov/.test(text ?? ""))).toEqual([]);
    });
  });

  describe("foreign names with a Russian ending", () => {
    // One name of each language: the English keeps the Russian case ending of a name spelled in its own language.
    it.each([
      ["German", "Канцлер Олаф Шольц выступил в бундестаге.", "Chancellor Olaf Scholz spoke in the Bundestag.", "Депутаты поблагодарили Шольца.", "Deputies thanked Scholza.", "Scholza", "Scholz"],
      ["Turkish", "Министр Хулуси Акар прибыл в Анкару.", "Minister Hulusi Akar arrived in Ankara.", "Журналисты спросили Акара о переговорах.", "Journalists asked Akara about the talks.", "Akara", "Akar"],
      ["French", "Эммануэль Макрон заявил о реформе.", "Emmanuel Macron announced a reform.", "Оппозиция критикует Макрона.", "The opposition criticises Macrona.", "Macrona", "Macron"],
      ["Spanish", "Министр Хосе Мануэль Альбарес встретился с коллегой.", "Minister José Manuel Albares met his counterpart.", "Альбаресу задали вопрос.", "Albaresu was asked a question.", "Albaresu", "Albares"],
      ["English", "Об этом заявил Борис Джонсон.", "Boris Johnson said this.", "Оппозиция раскритиковала Джонсона.", "The opposition criticised Johnsona.", "Johnsona", "Johnson"],
      ["Chinese", "Председатель Си Цзиньпин принял делегацию.", "Chairman Xi Jinping received the delegation.", "Делегация вручила Си Цзиньпину письмо.", "The delegation handed Xi Jinpingu a letter.", "Jinpingu", "Jinping"],
    ])("%s: flags the ending", (_, ru1, en1, ru2, en2, flagged, suggestion) => {
      const findings = nameCase.run(contextFromPairs([[ru1, en1], [ru2, en2]]));
      expect(findings.map((f) => [f.target.text, f.suggestion])).toEqual([[flagged, suggestion]]);
    });

    it.each([
      ["Депутаты поблагодарили Олафа Шольца.", "The deputies thanked Olaf Scholz."],
      ["Журналисты спросили Хулуси Акара о переговорах.", "Journalists asked Hulusi Akar about the talks."],
      ["Премьер Джорджа Мелони заявила о поддержке.", "Prime Minister Giorgia Meloni announced her support."],
      ["Сторонники Жан-Люка Меланшона вышли на улицы.", "Supporters of Jean-Luc Mélenchon took to the streets."],
      ["Визит Мохаммеда бин Салмана перенесли.", "The visit of Mohammed bin Salman was postponed."],
      ["Письмо передали Маттео Сальвини.", "The letter was handed to Matteo Salvini."],
    ])("leaves a foreign name written in its own spelling: %s", (ru, en) => {
      expect(nameCase.run(contextFor(ru, en))).toEqual([]);
    });
  });

  describe("suggests the spelling the name data show English uses most, not one scheme's", () => {
    it.each([
      ["Это слова Дмитрия Пескова.", "These are the words of Dmitriya Peskova.", "Dmitry Peskov"],
      ["Это слова Юрия Ушакова.", "These are the words of Yuriya Ushakova.", "Yury Ushakov"],
      ["Это слова Марии Захаровой.", "These are the words of Marii Zakharovoy.", "Maria Zakharova"],
      ["Это слова Андрея Белоусова.", "These are the words of Andreya Belousova.", "Andrei Belousov"],
      ["Это слова Алексея Навального.", "These are the words of Alekseya Navalnogo.", "Alexei Navalny"],
      ["Письмо вручили Александру Кравцу.", "The letter was handed to Aleksandru Kravtsu.", "Alexander Kravets"],
    ])("%s", (ru, en, suggestion) => {
      expect(nameCase.run(contextFor(ru, en)).map((f) => f.suggestion)).toEqual([suggestion]);
    });
  });

  describe("forms English keeps, beside the leaks still caught", () => {
    it("reads a patronymic's nominative as the patronymic, not the first name it is made from", () => {
      const right = contextFor("Письмо пришло от Петра Сергеевича и Анны Ильиничны.", "The letter came from Pyotr Sergeyevich and Anna Ilyinichna.");
      expect(flaggedTexts(nameCase.run(right))).toEqual([]);
      const findings = nameCase.run(contextFor("Письмо пришло от Петра Сергеевича.", "The letter came from Petra Sergeyevicha."));
      expect(flaggedTexts(findings)).toEqual(["Petra Sergeyevicha"]);
      expect(findings[0].suggestion).toMatch(/^P\w+ Sergeyevich$/);
    });

    it("takes a first name and surname that read as a woman's nominative or a man's genitive as the nominative", () => {
      const byWoman = contextFor("Колонку написала Олеся Карпова.", "The column was written by Olesya Karpova.");
      expect(flaggedTexts(nameCase.run(byWoman))).toEqual([]);
      const asGenitive = contextFor("Это слова Бориса Лаптева.", "These are the words of Borisa Lapteva.");
      expect(flaggedTexts(nameCase.run(asGenitive))).toEqual(["Borisa Lapteva"]);
    });

    it("leaves a foreign surname after an indeclinable first name, whose case it cannot tell", () => {
      for (const [source, target] of [
        ["Фонд возглавляет некий Жозе Мбукане.", "The fund is headed by one José Mbukane."],
        ["Интервью дала Мари Дюбуа.", "The interview was given by Marie Dubois."],
      ]) {
        expect(flaggedTexts(nameCase.run(contextFor(source, target)))).toEqual([]);
      }
      const declinable = contextFor("Фонд возглавляет брат Ивана Петрова.", "The fund is headed by the brother of Ivana Petrova.");
      expect(flaggedTexts(nameCase.run(declinable))).toEqual(["Ivana Petrova"]);
    });

    it("leaves the clipped vocative English dialogue keeps as a nickname, not a genitive", () => {
      for (const [source, target] of [
        ["Ладно, Маш, увидимся завтра.", "Okay, Mash, see you tomorrow."],
        ["Слушай, Вань, не спеши.", "Listen, Van, don't hurry."],
      ]) {
        expect(flaggedTexts(nameCase.run(contextFor(source, target)))).toEqual([]);
      }
      expect(flaggedTexts(nameCase.run(contextFor("Это машина Маши.", "This is Mashi's car.")))).toEqual(["Mashi's"]);
    });

    it("takes an adjective that is also read as a name in its nominative as right (Северном: северный, not the river Северн)", () => {
      for (const [source, target] of [
        ["Дом стоит в Северном микрорайоне.", "The house is in the Severny microdistrict."],
        ["Митинг прошёл в Южном районе.", "The rally took place in the Yuzhny district."],
      ]) {
        expect(flaggedTexts(nameCase.run(contextFor(source, target)))).toEqual([]);
      }
      expect(flaggedTexts(nameCase.run(contextFor("Дом стоит в Северном микрорайоне.", "The house is in the Severnom microdistrict.")))).toEqual(["Severnom"]);
    });

    it("leaves a foreign name spelled as its own language does, which the Russian form only looks like a case of", () => {
      expect(flaggedTexts(nameCase.run(contextFor("Университет имени Абдула Вали Хана открылся.", "Abdul Wali Khan University opened.")))).toEqual([]);
      expect(flaggedTexts(nameCase.run(contextFor("Выступление Дани было коротким.", "Dany's speech was short.")))).toEqual([]);
      // Spelled by a Russian scheme, the same form is the genitive of Валя.
      expect(flaggedTexts(nameCase.run(contextFor("Подарок купили для Вали.", "The gift was bought for Vali.")))).toEqual(["Vali"]);
    });
  });

  describe("the verb after a surname alone", () => {
    const leaks = (pairs: Array<[string, string]>) => nameCase.run(contextFromPairs(pairs)).map((f) => [f.target.text, f.suggestion]);

    it("is not the surname's when a nominative after it is its subject, so a man's genitive stays his", () => {
      expect(
        leaks([
          ["Канцлер Олаф Шольц выступил в Бундестаге.", "Chancellor Olaf Scholz spoke in the Bundestag."],
          ["Слова Шольца процитировала газета «Бильд».", "Scholza's words were quoted by Bild."],
        ]),
      ).toEqual([["Scholza's", "Scholz"]]);
    });

    it("has for object a surname alone that declines one the article gave in the nominative, whoever follows the verb", () => {
      const cases = [
        ["Премьер Японии Сигэру Исиба ушёл в отставку.", "Исибу сменила Санаэ Такаити.", "Japanese Prime Minister Shigeru Ishiba resigned.", "{} was replaced by Sanae Takaichi.", "Ishiba", "Ishibu"],
        ["Премьер Японии Фумио Кисида ушёл в отставку.", "Кисиду сменил Сигэру Исиба.", "Japanese Prime Minister Fumio Kishida resigned.", "{} was replaced by Shigeru Ishiba.", "Kishida", "Kishidu"],
        ["Президент Сирил Рамафоса выступил в Кейптауне.", "Рамафосу поддержал Джейкоб Зума.", "President Cyril Ramaphosa spoke in Cape Town.", "Jacob Zuma supported {}.", "Ramaphosa", "Ramafosu"],
        ["Президент Луис Инасиу Лула да Силва приехал в Пекин.", "Лулу встретил Си Цзиньпин.", "President Luiz Inacio Lula da Silva came to Beijing.", "Xi Jinping met {}.", "Lula", "Lulu"],
      ];
      for (const [introduced, alone, english, later, right, leaked] of cases) {
        const leaksWith = (word: string) => leaks([[introduced, english], [alone, later.replace("{}", word)]]).map(([leak]) => leak);
        expect(leaksWith(leaked)).toEqual([leaked]);
        expect(leaksWith(right)).toEqual([]);
      }
    });

    it("makes its subject a nominative, a foreign surname az reads as a case included", () => {
      expect(
        leaks([
          ["Тренер Ги Буше приехал в Омск.", "Coach Guy Boucher arrived in Omsk."],
          ["Буше добавил, что доволен.", "Boucher added that he was pleased."],
        ]),
      ).toEqual([]);
    });

    it("has for subject the whole name before it, a first name read apart as another's genitive included", () => {
      expect(leaks([["Милана Вайнтруб выступила на концерте.", "Milana Vayntrub performed at the concert."]])).toEqual([]);
      expect(leaks([["Акира Куросава снял этот фильм.", "Akira Kurosawa made this film."]])).toEqual([]);
      // A genitive after a noun stays one, a verb after the name notwithstanding.
      expect(leaks([["Слова Аскара Умарова процитировали.", "Askara Umarova's words were quoted."]])).toEqual([["Askara Umarova's", "Askar Umarov"]]);
    });

    it("gives a surname no gender by a verb that agrees with the noun before it, whose genitive it may be", () => {
      expect(
        leaks([
          ["Президент Реджеп Тайип Эрдоган выступил в Анкаре.", "President Recep Tayyip Erdogan spoke in Ankara."],
          ["Речь Эрдогана длилась час.", "Erdogana's speech lasted an hour."],
        ]),
      ).toEqual([["Erdogana's", "Erdogan"]]);
      expect(
        leaks([
          ["Премьер Пьер Пуальевр выступил в Оттаве.", "Prime Minister Pierre Poilievre spoke in Ottawa."],
          ["Речь Пуальевра длилась час.", "Poilievra's speech lasted an hour."],
        ]),
      ).toEqual([["Poilievra's", "Poilievre"]]);
    });

    it("is the noun's before the surname when the surname can be its genitive", () => {
      expect(
        leaks([
          ["Премьер Педро Санчес прилетел в Рим.", "Prime Minister Pedro Sanchez flew to Rome."],
          ["Визит Санчеса стал первым за год.", "Sancheza's visit was the first in a year."],
        ]),
      ).toEqual([["Sancheza's", "Sanchez"]]);
    });
  });

  it("takes an English name spelled otherwise than the case form (Mary for Марии) for the translator's choice, not a leak", () => {
    expect(flaggedTexts(nameCase.run(contextFor("Он подарил книгу Марии.", "He gave the book to Mary.")))).toEqual([]);
    expect(flaggedTexts(nameCase.run(contextFor("Он подарил книгу Марии.", "He gave the book to Marii.")))).toEqual(["Marii"]);
    // Written as the case form itself, an English name is still the leak (Karla for Карла, a man's genitive).
    expect(flaggedTexts(nameCase.run(contextFor("Выступление Карла Шмидта затянулось.", "Karla Schmidt's speech dragged on.")))).toEqual(["Karla"]);
  });

  it("takes a word that is, as written, a place's nominative for no case of a first name (Фили, not Филя's genitive)", () => {
    expect(flaggedTexts(nameCase.run(contextFor("Вечером мы дошли до станции Фили.", "In the evening we walked to Fili station.")))).toEqual([]);
    expect(flaggedTexts(nameCase.run(contextFor("Вечером мы дошли до дома Вити.", "In the evening we walked to Viti's house.")))).toEqual(["Viti's"]);
  });

  it("reads a surname alone after the verb as its object, not its subject, when a noun before the verb is the subject", () => {
    const caseLeaks = (pairs: [string, string][]) => flaggedTexts(nameCase.run(contextFromPairs(pairs)));
    expect(
      caseLeaks([
        ["Канцлер Фридрих Мерц выступил в бундестаге.", "Chancellor Friedrich Merz spoke in the Bundestag."],
        ["Оппозиция раскритиковала Мерца за медлительность.", "The opposition criticised Merza for his slowness."],
      ]),
    ).toEqual(["Merza"]);
    expect(
      caseLeaks([
        ["Премьер Педро Санчес прилетел в Пекин.", "Prime Minister Pedro Sánchez arrived in Beijing."],
        ["Газета похвалила Санчеса за твёрдость.", "The newspaper praised Sancheza for his firmness."],
      ]),
    ).toEqual(["Sancheza"]);
  });

  it("reads a surname before the verb as its object when a first name after the verb names the subject (Каца поддержал Биньямин …)", () => {
    const caseLeaks = (pairs: [string, string][]) => flaggedTexts(nameCase.run(contextFromPairs(pairs)));
    const introduced: [string, string] = ["Министр Исраэль Кац заявил об ударе.", "Minister Israel Katz announced the strike."];
    expect(caseLeaks([introduced, ["Каца поддержал Биньямин Нетаньяху.", "Katsa was backed by Benjamin Netanyahu."]])).toEqual(["Katsa"]);
    expect(caseLeaks([introduced, ["Каца поддержал Биньямин Нетаньяху.", "Katz was backed by Benjamin Netanyahu."]])).toEqual([]);
    expect(
      caseLeaks([
        ["Премьер Педро Санчес прилетел в Пекин.", "Prime Minister Pedro Sánchez arrived in Beijing."],
        ["Санчеса встретил Владимир Путин.", "Sancheza was met by Vladimir Putin."],
      ]),
    ).toEqual(["Sancheza"]);
    // With no name after the verb, the surname before it is its subject and in the nominative.
    expect(caseLeaks([["Вчера Олаф Шольц выступил в Риме.", "Yesterday Olaf Scholz spoke in Rome."], ["Шольц поддержал решение.", "Scholz backed the decision."]])).toEqual([]);
  });

  it("suggests an adjectival surname az only guessed in its adjective's nominative (Poklonskaya, not Poklonska)", () => {
    const fixOf = (ru: string, en: string) => nameCase.run(contextFor(ru, en)).map((f) => f.suggestion);
    expect(fixOf("Выступление Натальи Поклонской прервали.", "Natalii Poklonskoy's speech was interrupted.")).toEqual(["Natalia Poklonskaya"]);
    expect(fixOf("Письмо передали Ольге Завадской.", "The letter was handed to Olge Zavadskoy.")).toEqual(["Olga Zavadskaya"]);
    expect(fixOf("Интервью с Игорем Кременецким вышло.", "The interview with Igorem Kremenetskim came out.")).toEqual(["Igor Kremenetsky"]);
  });

  it("flags a surname alone declined as Russian declines it, where az reads the form as another word (Милея)", () => {
    const caseLeaks = (en: string) =>
      flaggedTexts(nameCase.run(contextFromPairs([["Президент Хавьер Милей выступил в Давосе.", "President Javier Milei spoke in Davos."], ["Милея встретили аплодисментами.", en]])));
    expect(caseLeaks("Mileya was greeted with applause.")).toEqual(["Mileya"]);
    expect(caseLeaks("Milei was greeted with applause.")).toEqual([]);
  });

  it("still reads a woman's surname after a verb with no other subject as her nominative", () => {
    expect(
      flaggedTexts(
        nameCase.run(
          contextFromPairs([
            ["Адвокат Гульнара Сейтказиева выступила в суде.", "Lawyer Gulnara Seitkaziyeva spoke in court."],
            ["Решение обжалует, сообщила Сейтказиева.", "The decision will be appealed, said Seitkaziyeva."],
          ]),
        ),
      ),
    ).toEqual([]);
  });
});

describe("name-case on hyphenated first names", () => {
  const flagged = (source: string, target: string) => flaggedTexts(nameCase.run(contextFor(source, target)));

  it("takes the last part spelled as that name alone is (Pierre of Жан-Пьером) for no leak, and a leak still for one", () => {
    expect(flagged("Он встретился с Жан-Пьером Ламбером.", "He met Jean-Pierre Lambert.")).toEqual([]);
    expect(flagged("Мы говорили с Жан-Клодом.", "We talked with Jean-Claude.")).toEqual([]);
    expect(flagged("Письмо отправили Жан-Пьеру.", "The letter was sent to Jean-Pierre.")).toEqual([]);
    expect(flagged("Он встретился с Жан-Пьером.", "He met Zhan-Pyerom.")).toEqual(["Zhan-Pyerom"]);
  });
});
