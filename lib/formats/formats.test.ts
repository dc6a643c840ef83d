import { tmx2js } from "tmexchange";
import { describe, expect, it } from "vitest";
import { alignTexts } from "@/lib/align";
import { alignedUnits } from "./aligned-units";
import { escapeMarkdown, toHtml, toMarkdown, toPlainText } from "./documents";
import { buildTmx } from "./tmx";
import { withNotes } from "./unit-notes";
import { buildXliff, parseXliff } from "./xliff";

// Our own pair: several names, quotes, an ampersand, angle brackets, three paragraphs and a line break.
const SOURCE = [
  "Министр финансов Ерулан Жамаубаев встретился с Айгерим Сейтказиевой в Астане. Они обсудили бюджет «на 2027 год» & налоги.",
  "По словам Жамаубаева, дефицит <3%> — это «приемлемый уровень».\nСейтказиева не согласилась.",
  "Встреча продлилась два часа. Следующая пройдёт в Алматы.",
].join("\n\n");
const TARGET = [
  "Finance Minister Yerulan Zhamaubaev met Aigerim Seitkaziyeva in Astana. They discussed the budget \"for 2027\" & taxes.",
  "According to Zhamaubayev, a deficit of <3%> is an 'acceptable level'.\nSeitkaziyeva disagreed.",
  "The meeting lasted two hours. The next one will be held in Almaty.",
].join("\n\n");

const aligned = alignTexts(SOURCE, TARGET, { sourceLang: "ru", targetLang: "en" });

describe("aligned units", () => {
  const units = alignedUnits(aligned);

  it("cover both texts exactly, one unit per aligned group", () => {
    expect(units).toHaveLength(aligned.beads.length);
    expect(units.length).toBeGreaterThan(4);
    expect(units.map((unit) => unit.source).join("")).toBe(SOURCE);
    expect(units.map((unit) => unit.target).join("")).toBe(TARGET);
  });

  it("pair a sentence with its translation", () => {
    const astana = units.find((unit) => unit.source.includes("Астане"));
    expect(astana?.target).toContain("in Astana.");
    expect(astana?.target).not.toContain("They discussed");
  });
});

describe("XLIFF", () => {
  const units = withNotes(
    alignedUnits(aligned),
    TARGET,
    [{ check: "names", severity: "major", message: "Zhamaubayev is spelled Zhamaubaev elsewhere & <here>.", targetStart: TARGET.indexOf("Zhamaubayev"), targetText: "Zhamaubayev", suggestion: "Zhamaubaev" }],
    [{ category: "accuracy", severity: "minor", note: null, decidedAt: new Date("2026-12-01T10:00:00Z"), sentences: [{ before: "The next one will be in Almaty.", after: "The next one will be held in Almaty." }] }],
  );

  for (const version of ["2.0", "1.2"] as const) {
    it(`${version}: export then parse gives both texts back exactly`, async () => {
      const xml = await buildXliff({ fileId: "budget-talks", sourceLang: "ru", targetLang: "en", units }, version);
      expect(xml).toContain(version === "2.0" ? 'version="2.0"' : 'version="1.2"');
      expect(xml).toContain("&amp; &lt;here&gt;");
      const parsed = await parseXliff(xml);
      expect(parsed).toEqual({ version, sourceLang: "ru", targetLang: "en", source: SOURCE, target: TARGET });
    });
  }

  it("keeps sentences that meet with no space between them together (no space is added)", async () => {
    const source = "Днём воздух прогреется до отметки +15°С...+17°С.\n\nНебольшие дожди пройдут в Подмосковье.";
    const target = "During the day the air will warm up to +15°C...+17°C.\n\nLight rain will fall in the Moscow region.";
    const pair = alignedUnits(alignTexts(source, target, { sourceLang: "ru", targetLang: "en" }));
    expect(pair.some((unit, index) => index > 0 && /^\S/.test(unit.source))).toBe(true);
    const xml = await buildXliff({ fileId: "weather", sourceLang: "ru", targetLang: "en", units: pair.map((unit) => ({ ...unit, notes: [] })) }, "2.0");
    expect(await parseXliff(xml)).toMatchObject({ source, target });
  });

  it("puts each note in the unit of its sentence", async () => {
    const flagged = units.find((unit) => unit.target.includes("Zhamaubayev"));
    expect(flagged?.notes).toEqual([expect.stringContaining("Open flag (names, major) on “Zhamaubayev”")]);
    const corrected = units.find((unit) => unit.target.includes("held in Almaty"));
    expect(corrected?.notes).toEqual([expect.stringContaining("Approved correction (accuracy, minor) on 2026-12-01")]);
    expect(units.filter((unit) => unit.notes.length)).toHaveLength(2);
  });

  it("reads another tool's file: groups, inline codes, trimmed segments, regional language tags", async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ru-RU" trgLang="en-GB">
  <file id="f1"><group id="g1">
    <unit id="1"><segment><source>Привет, <pc id="b">мир</pc>.</source><target>Hello, <pc id="b">world</pc>.</target></segment></unit>
    <unit id="2"><segment><source>Пока.</source><target>Bye.</target></segment></unit>
  </group></file>
</xliff>`;
    expect(await parseXliff(xml)).toEqual({ version: "2.0", sourceLang: "ru", targetLang: "en", source: "Привет, мир. Пока.", target: "Hello, world. Bye." });
  });

  it("refuses what is not a translated XLIFF file with a UserError", async () => {
    const refused = (xml: string) => parseXliff(xml).then(() => null, (error: Error & { status?: number }) => [error.name, error.status, error.message]);
    expect(await refused("<html><body>hi</body></html>")).toEqual(["UserError", 422, expect.stringContaining("not an XLIFF")]);
    expect(await refused('<xliff version="2.0" srcLang="ru"><file id="f"><unit id="u"><segment><source>a<b</source></segment></unit></file></xliff>')).toEqual(["UserError", 422, expect.stringContaining("not well-formed")]);
    const bomb = '<!DOCTYPE xliff [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><xliff version="2.0" srcLang="ru" trgLang="en"><file id="f"><unit id="u"><segment><source>&b;</source><target>x</target></segment></unit></file></xliff>';
    expect(await refused(bomb)).toEqual(["UserError", 422, expect.stringContaining("not well-formed")]);
    const external = '<!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">]><xliff version="1.2"><file original="f" source-language="ru" target-language="en"><body><trans-unit id="u"><source>&secret;</source><target>x</target></trans-unit></body></file></xliff>';
    expect(await refused(external)).toEqual(["UserError", 422, expect.stringContaining("not well-formed")]);
    expect(await refused('<xliff version="2.0" srcLang="ru" trgLang="en"><file id="f"></file></xliff>')).toEqual(["UserError", 422, "The XLIFF file has no translation units."]);
    expect(await refused('<xliff version="1.2"><file original="f" source-language="ru"><body><trans-unit id="u"><source>а</source><target>a</target></trans-unit></body></file></xliff>')).toEqual(["UserError", 422, expect.stringContaining("target language")]);
  });
});

describe("text documents", () => {
  const document = { title: "Budget <talks> & \"more\"", lang: "en", text: TARGET };

  it("plain text is the title and the text as stored", () => {
    expect(toPlainText(document)).toBe(`Budget <talks> & "more"\n\n${TARGET}\n`);
  });

  it("HTML is a standalone page with every piece of text escaped", () => {
    const html = toHtml({ ...document, text: "<script>alert(1)</script> & co\nline two\n\nSecond 'paragraph'." });
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain("<title>Budget &lt;talks&gt; &amp; &quot;more&quot;</title>");
    expect(html).toContain("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co<br>\nline two</p>\n<p>Second &#39;paragraph&#39;.</p>");
    expect(html).not.toContain("<script>");
  });

  it("Markdown escapes markup so that the text reads as written", () => {
    expect(escapeMarkdown("# not a heading *really* [x](y) <b>")).toBe("\\# not a heading \\*really\\* \\[x\\](y) \\<b\\>");
    expect(escapeMarkdown("1. not a list")).toBe("1\\. not a list");
    expect(escapeMarkdown("- not an item, well-known")).toBe("\\- not an item, well-known");
    expect(toMarkdown({ ...document, text: "First line\nsecond_line\n\nNext." })).toBe("# Budget \\<talks\\> & \"more\"\n\nFirst line\\\nsecond\\_line\n\nNext.\n");
  });
});

describe("TMX", () => {
  it("builds a TMX 1.4b memory that tmexchange reads back unit for unit", async () => {
    const entries = [
      { tuid: "c1.1", group: "budget-talks", source: "По словам Жамаубаева, дефицит <3%> & «налоги».", target: "According to Zhamaubaev, a deficit of <3%> & \"taxes\"." },
      { tuid: "c2.1", group: "other-article", source: "Встреча с Нурланом Ногаевым.", target: "The meeting with Nurlan Nogayev." },
    ];
    const xml = await buildTmx(entries, "ru", "en");
    expect(xml).toMatch(/^<tmx version="1.4b">/);
    expect(xml).toContain('srclang="ru"');
    const back = await tmx2js(xml);
    expect(back.resources).toEqual({ "budget-talks": { "c1.1": { ru: entries[0].source, en: entries[0].target } }, "other-article": { "c2.1": { ru: entries[1].source, en: entries[1].target } } });
  });
});
