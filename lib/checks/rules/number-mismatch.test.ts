import { describe, expect, it } from "vitest";
import { contextFor, testExamples } from "../test-support";
import { numberMismatch } from "./number-mismatch";

testExamples(numberMismatch);

function flags(source: string, target: string): Array<[string, string | null]> {
  return numberMismatch.run(contextFor(source, target)).map((f) => [f.target.text, f.suggestion]);
}

describe("number-mismatch", () => {
  it("converts Russian number formats", () => {
    expect(flags("Выросло на 7,5%, до 2 500 человек и 1,5 млн рублей.", "It grew by 7.5% to 2,500 people and 1.5 million rubles.")).toEqual([]);
    expect(flags("Собрали 12 тыс. подписей.", "They collected 12 thousand signatures.")).toEqual([]);
  });

  it("reads a scale glued to a number, with or without a currency sign, as the same value", () => {
    expect(flags("У блогера более 2 млн подписчиков.", "The blogger has over 2m subscribers.")).toEqual([]);
    expect(flags("Картину продали за 240 тыс. евро.", "The painting sold for 240k euros.")).toEqual([]);
    expect(flags("Компания потеряла 3 млрд рублей.", "The company lost 3bn roubles.")).toEqual([]);
    expect(flags("Стена высотой 5 м.", "A 5m wall.")).toEqual([]);
    expect(flags("У блогера более 2 млн подписчиков.", "The blogger has over 3m subscribers.")).toEqual([["3", "2 million"]]);
  });

  it("reads each side of a score or ratio as a number of its own, and a clock time as one", () => {
    expect(flags("Матч завершился со счётом 2:1.", "The match ended 3:1.")).toEqual([["3", "2"]]);
    expect(flags("Хоккеисты проиграли 4:3 в овертайме.", "The hockey players lost 4:2 in overtime.")).toEqual([["2", "3"]]);
    expect(flags("Матч завершился со счётом 2:1.", "The match ended 2-1.")).toEqual([]);
    expect(flags("Карта в масштабе 1:1000 лежала на столе.", "A map on a scale of 1:100 lay on the table.")).toEqual([["100", "1,000"]]);
    expect(flags("Поезд ушёл в 10:30.", "The train left at 10:30.")).toEqual([]);
    expect(flags("Поезд ушёл в 10:30.", "The train left at 10:50.")).toHaveLength(1);
  });

  it("reads a figure hyphened to a scale's ordinal in that scale, in Russian and English", () => {
    expect(flags("Завод выпустил 10-тысячный автомобиль.", "The plant produced its 10,000th car.")).toEqual([]);
    expect(flags("Музей принял 100-тысячного посетителя.", "The museum welcomed its 100,000th visitor.")).toEqual([]);
    expect(flags("Библиотека выдала 5-миллионную книгу.", "The library lent out its 5 millionth book.")).toEqual([]);
    expect(flags("Завод выпустил 10-тысячный автомобиль.", "The plant produced its 100,000th car.")).toHaveLength(1);
    expect(flags("Библиотека выдала 5-миллионную книгу.", "The library lent out its 5th book.")).toHaveLength(1);
  });

  it("reads a time told in hours and minutes as the clock time", () => {
    expect(flags("Пожар потушили в 9 часов 15 минут.", "The fire was put out at 9 hours 15 minutes.")).toEqual([]);
    expect(flags("Пожар потушили в 9 часов 15 минут.", "The fire was put out at 9 hours 50 minutes.")).toHaveLength(1);
  });

  it("reads Russian number words joined by a hyphen as a range, and no number after another as its units", () => {
    expect(flags("За последние пять-шесть лет цены выросли.", "Prices have risen over the last five or six years.")).toEqual([]);
    expect(flags("Ставку ограничат одним-двумя процентами.", "The rate will be capped at one or two percent.")).toEqual([]);
    expect(flags("На пятерых одна лодка.", "One boat for five people.")).toEqual([]);
    expect(flags("За последние пять-шесть лет цены выросли.", "Prices have risen over the last two years.")).toEqual([["two", "five"]]);
    expect(flags("Ему исполнилось двадцать пять лет.", "He turned 25.")).toEqual([]);
  });

  it("reads “once” and “twice” as counts, and a year after a lower-case prefix as a year", () => {
    expect(flags("Тренируйтесь 1 раз в неделю.", "Train once a week.")).toEqual([]);
    expect(flags("Это было в середине 90-х.", "It was in the mid-1990s.")).toEqual([]);
    expect(flags("Тренируйтесь 3 раза в неделю.", "Train twice a week.")).toEqual([["twice", "3"]]);
  });

  it("reads times and day-month dates", () => {
    expect(flags("С 5 на 6 января (с 20:00 до 05:00) здание атаковали 27 раз.", "On the night of 5 to 6 January (8 p.m. to 5 a.m.), the building was attacked 27 times.")).toEqual([]);
  });

  it("suggests the source number in English form", () => {
    expect(flags("Поступило 11,5 тыс. вызовов.", "15 thousand calls were received.")).toEqual([["15 thousand", "11.5 thousand"]]);
  });

  it("writes whole thousands in digits, fractions of thousands with the word", () => {
    expect(flags("Петицию подписали 12 тыс. человек.", "The petition was signed by 1,200 people.")).toEqual([["1,200", "12,000"]]);
    expect(flags("Петицию подписали 12,5 тыс. человек.", "The petition was signed by 1,250 people.")).toEqual([["1,250", "12.5 thousand"]]);
  });

  it("flags a Russian decimal comma copied into the English", () => {
    expect(flags("Концерт посмотрели 1,5 млн человек.", "The concert was watched by 1,5 million people.")).toEqual([["1,5 million", "1.5 million"]]);
    expect(flags("Инфляция составила 8,4%.", "Inflation was 8,4%.")).toEqual([["8,4", "8.4"]]);
    expect(flags("Изъято 1 500 тонн.", "1,500 tons were seized.")).toEqual([]);
  });

  it("does not mistake a decimal comma for thousands", () => {
    expect(flags("Рост составил 1,500 процента.", "Growth was 1,500 percent.")).toEqual([["1,500", "1.5"]]);
  });

  it("accepts a year written as a year after a date", () => {
    expect(flags("Это случилось 13 января 2022 года.", "It happened on January 13, 2022.")).toEqual([]);
  });

  it("ignores digits that are part of a name", () => {
    expect(flags("Самолёт Су-35 взлетел.", "The Su-35 jet took off, like COVID-19 it spread.")).toEqual([]);
  });
});

describe("number-mismatch: written forms", () => {
  it("reads a whole number and a half in both languages", () => {
    expect(flags("Штраф составит более двух с половиной миллионов тенге.", "The fine is over 2 1/2 million tenge.")).toEqual([]);
  });

  it("reads hours and minutes, and an Armenian colon", () => {
    expect(flags("В 17 часов 47 минут пожар потушили.", "At 5:47 PM the fire was put out.")).toEqual([]);
    expect(flags("В 01\u058923 поступил сигнал.", "At 1:23 a.m. an alert came in.")).toEqual([]);
  });

  it("does not ask for a year the translation leaves to the context", () => {
    expect(flags("Погода на 27 июля 2020 года.", "The weather for July 27.")).toEqual([]);
  });

  it("flags a changed month", () => {
    expect(flags("Договорённость достигнута 22 июля.", "The agreement was reached on June 22.")).toEqual([["June", null]]);
  });
});

describe("number-mismatch: dates written the English way", () => {
  it("reads a year after a day and a month in the source, without “года”", () => {
    expect(flags("МИНСК, 3 марта 2021, 10:15 — Митинг прошёл.", "MINSK, March 3, 2021, 10:15 — The rally took place.")).toEqual([]);
  });

  it("reads a dotted date written month first, and a written date for a dotted one", () => {
    expect(flags("Интервью (23.07.2015).", "The interview (07.23.2015).")).toEqual([]);
    expect(flags("Приговор вынесен 14.09.2019.", "The sentence was passed on September 14, 2019.")).toEqual([]);
  });

  it("still flags a dotted date whose day changed, and an ambiguous one read month first", () => {
    expect(flags("Интервью (23.07.2015).", "The interview (07.24.2015).")).toEqual([["07.24.2015", "23.07.2015"]]);
    expect(flags("Встреча 05.04.2020.", "The meeting on 04.05.2020.")).toEqual([["04.05.2020", "05.04.2020"]]);
  });
});

describe("number-mismatch: English ways with numbers", () => {
  it("reads “and a half”, a scale glued to the figure, an hour before a.m., a decade", () => {
    expect(flags("Его приговорили к шести с половиной годам.", "He was sentenced to six and a half years.")).toEqual([]);
    expect(flags("Они пожертвовали 2 млн евро.", "They donated €2m.")).toEqual([]);
    expect(flags("Не позднее девяти часов утра.", "No later than 9 a.m.")).toEqual([]);
    expect(flags("Это было в 80-х.", "It was in the 1980s.")).toEqual([]);
  });

  it("still flags a changed half, scale or hour", () => {
    expect(flags("Его приговорили к шести с половиной годам.", "He was sentenced to seven and a half years.")).toEqual([["seven and a half", "6.5"]]);
    expect(flags("Не позднее девяти часов утра.", "No later than 10 a.m.")).toEqual([["10", "nine"]]);
  });
});

describe("number-mismatch: ordinals and multiples", () => {
  it("reads an English ordinal or multiple word as the source's figure", () => {
    expect(flags("Команда заняла 1 место.", "The team took first place.")).toEqual([]);
    expect(flags("Зарплату выдают до 10 числа.", "Salaries are paid by the tenth.")).toEqual([]);
    expect(flags("Это уже 21 попытка.", "This is already the twenty-first attempt.")).toEqual([]);
    expect(flags("Стоимость выросла в 3 раза.", "The cost tripled.")).toEqual([]);
    expect(flags("Выручка выросла в 4 раза.", "Revenue grew fourfold.")).toEqual([]);
  });

  it("gives the source's own ordinal word the English ordinal, not a figure of the source", () => {
    expect(flags("Во-вторых, 2 декабря прошёл семинар.", "Second, on December 3, a seminar was held.")).toEqual([["3", "2"]]);
  });
});
