import { describe, expect, it } from "vitest";
import { trendChartData } from "./trend";

const point = (month: string, series: string, articles: number, words: number, penalty: number) => ({ month, series, articles, words, penalty });

describe("trendChartData", () => {
  it("gives penalty per 1,000 words per month and series, the smaller series summed as Other", () => {
    const data = trendChartData([
      point("2026-11", "DeepL", 3, 3000, 15),
      point("2026-12", "DeepL", 1, 1000, 2),
      point("2026-12", "Google", 2, 2000, 50),
      point("2026-12", "Yandex", 1, 500, 5),
      point("2026-11", "Bing", 1, 1000, 1),
    ], 3);
    expect(data.series).toEqual(["DeepL", "Google", "Other"]);
    expect(data.rows).toEqual([
      { month: "2026-11", s0: 5, s1: null, s2: 1 },
      { month: "2026-12", s0: 2, s1: 25, s2: 10 },
    ]);
  });
});
