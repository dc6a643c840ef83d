import { describe, expect, it } from "vitest";
import { anchorsOf } from "./anchors";
import { numberKeys } from "./numbers";
import { nameKey } from "./transliterate";

const keys = (sentence: string, lang: string) => anchorsOf(sentence, lang).map((a) => a.key);

describe("numberKeys", () => {
  it("reads Russian decimal commas and space-grouped thousands like English dots and commas", () => {
    expect(numberKeys("Цены выросли на 7,5%, до 2 500 тенге, а 1 000 000 — рекорд.", "ru")).toEqual(["7.5", "2500", "1000000"]);
    expect(numberKeys("Prices rose by 7.5% to 2,500 tenge, and 1,000,000 is a record.", "en")).toEqual(["7.5", "2500", "1000000"]);
  });

  it("applies thousand, million and billion words on both sides", () => {
    expect(numberKeys("пришли 11,5 тыс. человек, бюджет 4,2 млрд", "ru")).toEqual(["11500", "4200000000"]);
    expect(numberKeys("11.5 thousand people came, 11,500 in all, a 4.2 billion budget", "en")).toEqual(["11500", "11500", "4200000000"]);
  });

  it("keeps a Russian clock time and a date as digit sequences", () => {
    expect(numberKeys("в 10.30 13.01.2025", "ru")).toEqual(["10:30", "13:01:2025"]);
    expect(numberKeys("at 10:30 on 13.01.2025", "en")).toEqual(["10:30", "13:01:2025"]);
  });

  it("does not glue a year to the count that follows it", () => {
    expect(numberKeys("в 2020 150 человек", "ru")).toEqual(["2020", "150"]);
  });
});

describe("nameKey", () => {
  it.each([
    ["Жуковым", "Zhukov"],
    ["Хабаровского", "Khabarovsk"],
    ["Москве", "Moscow"],
    ["Дегтярева", "Degtyaryov"],
    ["Касым-Жомарта", "Kassym-Jomart"],
    ["Сергея", "Sergei"],
    ["Путина", "Putin's"],
  ])("gives %s and %s the same key", (russian, english) => {
    expect(nameKey(russian)).not.toBeNull();
    expect(nameKey(russian)).toBe(nameKey(english));
  });

  it("tells different names apart", () => {
    expect(nameKey("Петра")).not.toBe(nameKey("Petropavlovsk"));
    expect(nameKey("Тараза")).not.toBe(nameKey("Turkestan"));
  });
});

describe("anchorsOf", () => {
  it("finds the same dates, domains, Latin names and numbers in an original and its translation", () => {
    const russian = keys("В пятницу, 13 января, глава Kaspi Bank сообщил на сайте egov.kz о 2 500 заявках.", "ru");
    const english = keys("On Friday, January 13, the head of Kaspi Bank reported 2,500 applications on egov.kz.", "en");
    for (const key of ["day:5", "month:1", "#13", "#2500", "@egov.kz", nameKey("Kaspi") && `~${nameKey("Kaspi")}`]) {
      expect(russian).toContain(key);
      expect(english).toContain(key);
    }
  });

  it("only counts capitalised English words as names", () => {
    expect(keys("the fence was painted", "en")).toEqual([]);
  });

  it("marks numbers, dates and domains as anchors every translation must carry, names not", () => {
    const anchors = anchorsOf("Марат Жумабаев приехал 5 мая на kaspi.kz.", "ru");
    const mustSurvive = anchors.filter((a) => a.mustSurvive).map((a) => a.key);
    expect(mustSurvive).toEqual(expect.arrayContaining(["#5", "month:5", "@kaspi.kz"]));
    expect(mustSurvive.some((key) => key.startsWith("~"))).toBe(false);
  });
});

describe("anchorsOf on a hostile run", () => {
  // A domain is looked for only where a name starts: from each letter of a long run it rescanned the rest of it.
  it("finds a domain after a long run of letters or hyphens, and none inside the run", () => {
    for (const run of ["x".repeat(200_000), "ab-".repeat(70_000)]) {
      expect(keys(`${run} see news.bg`, "en").filter((key) => key.startsWith("@"))).toEqual(["@news.bg"]);
    }
  });

  it("finds a domain after a long run of dotted letters, and a whole domain where a run of labels begins", () => {
    const domains = (sentence: string) => keys(sentence, "en").filter((key) => key.startsWith("@"));
    for (const run of ["a.".repeat(100_000), "x.y-".repeat(50_000)]) {
      expect(domains(`${run}z see news.bg or mail.yandex.ru`)).toEqual(["@news.bg", "@mail.yandex.ru"]);
    }
    expect(domains("It is on the site...tengrinews.kz, not on ru.sputnik.kz")).toEqual(["@tengrinews.kz", "@ru.sputnik.kz"]);
  });
});
