import { describe, expect, it } from "vitest";
import { slugify, uniqueSlug } from "./slug";

describe("slugify", () => {
  it("keeps English words and drops apostrophes", () => {
    expect(slugify("What’s in Kazakhstan: fuel prices, October 2")).toBe("whats-in-kazakhstan-fuel-prices-october-2");
  });
  it("transliterates Russian titles", () => {
    expect(slugify("Что происходит в Казахстане")).toBe("chto-proiskhodit-v-kazakhstane");
  });
  it("never returns an empty slug", () => {
    expect(slugify("«»!!")).toBe("article");
  });
});

describe("uniqueSlug", () => {
  it("adds the first free number", () => {
    expect(uniqueSlug("news", new Set(["news", "news-2"]))).toBe("news-3");
    expect(uniqueSlug("news", new Set())).toBe("news");
  });
});
