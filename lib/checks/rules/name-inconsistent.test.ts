import { describe, expect, it } from "vitest";
import { contextFromPairs, flaggedTexts, testExamples } from "../test-support";
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

  it("does not compare one first name across two people", () => {
    const context = contextFromPairs([
      ["Александр Лукашенко позвонил.", "Alexander Lukashenko called."],
      ["Военкор Александр Коц приехал.", "War correspondent Aleksandr Kots arrived."],
    ]);
    expect(nameInconsistent.run(context)).toEqual([]);
  });
});
