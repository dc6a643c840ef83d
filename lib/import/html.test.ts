import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { UserError } from "@/lib/errors";
import { threadNiceValues } from "@/tests/fixtures/threads";
import { checkHtmlShape, extractArticle, HTML_LIMITS, htmlShape } from "./html";

const nested = (depth: number) => `<!doctype html><html><body>${"<div>".repeat(depth)}<p>Глубоко.</p>${"</div>".repeat(depth)}</body></html>`;

async function refusal(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe("htmlShape", () => {
  it("counts elements and nesting from the tags", () => {
    expect(htmlShape(nested(5000))).toEqual({ elements: 5003, depth: 5000 });
    expect(htmlShape("<div><span>a</span><span>b</span></div>")).toEqual({ elements: 3, depth: 2 });
  });

  it("does not count as nesting what does not nest: unclosed <p>s and <li>s, void and self-closed SVG elements", () => {
    expect(htmlShape(`<ul>${"<li>item<p>para".repeat(1000)}</ul>`).depth).toBe(1);
    expect(htmlShape(`<div>${"<br><img src=x>".repeat(1000)}</div>`).depth).toBe(1);
    expect(htmlShape(`<svg>${'<path d="M0"/>'.repeat(1000)}</svg>`).depth).toBe(1);
  });

  it("skips comments and the insides of scripts, and ends on broken markup (a scan per '<a' would not, in time)", () => {
    expect(htmlShape("<div><!-- <div><div> --><script>'<div><div>'</script></div>")).toEqual({ elements: 2, depth: 1 });
    expect(htmlShape("<a".repeat(300_000) + "<!--" + "<script>".repeat(1000))).toEqual({ elements: 0, depth: 0 });
  });

  it("passes real pages", () => {
    for (const name of ["html-pair.ru.html", "html-pair.en.html"]) expect(() => checkHtmlShape(fs.readFileSync(`tests/fixtures/${name}`, "utf8"), name)).not.toThrow();
  });
});

describe("extractArticle", () => {
  it("refuses a page nested 5,000 deep with a 422 that says what to do, without parsing it", async () => {
    const error = await refusal(extractArticle(nested(5000), "The translation"));
    expect(error.status).toBe(422);
    expect(error.message).toMatch(/^The translation is an HTML page that nests elements 5,000 deep.*Paste the article's text instead/);
    expect((await refusal(extractArticle(`<div>${"<i>x</i>".repeat(HTML_LIMITS.maxElements)}</div>`))).message).toMatch(/elements/);
  });

  it("stops a worker that runs past the time limit with a 422, and reads the next page as usual", async () => {
    const page = fs.readFileSync("tests/fixtures/html-pair.en.html", "utf8");
    const error = await refusal(extractArticle(page, "The translation", 1));
    expect(error.status).toBe(422);
    expect(error.message).toMatch(/took more than 0.001 s to read/);
    expect((await extractArticle(page)).title).toBe("Felt of the 19th century was shown in Almaty");
  });

  it("reads a page's article in a worker thread, one paragraph per block", async () => {
    const article = await extractArticle(fs.readFileSync("tests/fixtures/html-pair.en.html", "utf8"));
    expect(article.title).toBe("Felt of the 19th century was shown in Almaty");
    expect(article.text.split("\n\n")).toHaveLength(8);
  });

  it("parses at a lower CPU priority than the request thread, so a large page leaves the CPU to other requests", async () => {
    const page = `<html><body><article>${"<p>Almaty hosted an exhibition of felt carpets from the nineteenth century.</p>".repeat(20_000)}</article></body></html>`;
    let parsing = true;
    const seen = new Set<number>();
    const extracted = extractArticle(page).finally(() => (parsing = false));
    while (parsing) {
      for (const value of threadNiceValues().values()) seen.add(value);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect((await extracted).text.split("\n\n")).toHaveLength(20_000);
    const requestThread = threadNiceValues().get(process.pid)!;
    expect(seen).toContain(Math.min(19, requestThread + 10));
  });
});
