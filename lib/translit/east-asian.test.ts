import { describe, expect, it } from "vitest";
import { eastAsianReadings, matchKey } from "@/lib/translit";

/** Whether the readings of a Russian word hold an English spelling, as name matching compares them: by match key. */
const reads = (russian: string, english: string) => eastAsianReadings(russian).some((reading) => matchKey(reading) === matchKey(english));

describe("eastAsianReadings", () => {
  it("reads Kontsevich syllables by Revised Romanisation and McCune–Reischauer", () => {
    for (const [russian, english] of [
      ["Чжэ", "Jae"],
      ["Мён", "Myung"],
      ["Мён", "Myeong"],
      ["Кын", "Geun"],
      ["Кын", "Kun"],
      ["Хе", "Hye"],
      ["Чжон", "Jong"],
      ["Чжон", "Jeong"],
      ["Ёль", "Yeol"],
      ["Хён", "Hyun"],
      ["Сок", "Seok"],
      ["Бэк", "Baek"],
      ["Ён", "Young"],
    ]) expect(reads(russian, english), `${russian} as ${english}`).toBe(true);
  });

  it("reads Palladius syllables by pinyin and Wade–Giles, a word of several syllables whole", () => {
    for (const [russian, english] of [
      ["Циндэ", "Ching-te"],
      ["Циндэ", "Qingde"],
      ["Цзиньпин", "Jinping"],
      ["Шаньцзе", "Shanjie"],
      ["Чжэн", "Zheng"],
      ["Инвэнь", "Ing-wen"],
      ["Чжаосюй", "Zhaoxu"],
      ["Юй", "Yu"],
    ]) expect(reads(russian, english), `${russian} as ${english}`).toBe(true);
  });

  it("reads a syllable as those systems write it and not as another syllable", () => {
    expect(reads("Мён", "Min")).toBe(false);
    expect(reads("Чжон", "Jin")).toBe(false);
    expect(reads("Циндэ", "Wen-hsiung")).toBe(false);
    expect(reads("Кын", "Soo")).toBe(false);
  });

  it("gives no reading of a word with a consonant cluster no syllable of those systems has", () => {
    for (const russian of ["Петров", "Сергей", "Александр", "Шварценеггер"]) expect(eastAsianReadings(russian)).toEqual([]);
  });
});
