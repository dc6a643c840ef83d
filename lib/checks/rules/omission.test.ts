import { describe, expect, it } from "vitest";
import { contextFromPairs, testExamples } from "../test-support";
import { omission } from "./omission";

testExamples(omission);

const FIRST = ["Президент провёл телефонные разговоры с лидерами стран ОДКБ.", "The President held phone calls with the leaders of the CSTO countries."] as const;
const SECOND = "Миротворцы охраняли практически все стратегически важные объекты в Алматы и других городах.";
const THIRD = ["Операция продолжается в нескольких регионах страны.", "The operation continues in several regions of the country."] as const;

describe("omission", () => {
  it("flags a source sentence with no translation at the point where it belongs", () => {
    const context = contextFromPairs([[...FIRST], [SECOND, null], [...THIRD]]);
    const [finding] = omission.run(context);
    expect(finding.source?.text).toBe(SECOND);
    expect(finding.target).toEqual({ start: FIRST[1].length, end: FIRST[1].length, text: "" });
  });

  it("does not flag short source lines without translation", () => {
    expect(omission.run(contextFromPairs([[...FIRST], ["* * *", null], [...THIRD]]))).toEqual([]);
  });

  it("accepts a translation split into two sentences", () => {
    const context = contextFromPairs([[SECOND, ["Peacekeepers guarded almost all strategic facilities.", "That was in Almaty and other cities."]]]);
    expect(omission.run(context)).toEqual([]);
  });
});
