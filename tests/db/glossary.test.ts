import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { exportGlossaryCsv, importGlossaryCsv } from "@/lib/glossary/csv-terms";
import { addGlossaryTerm, removeGlossaryTerm, updateGlossaryTerm } from "@/lib/glossary/edit-terms";
import { listTerms } from "@/lib/glossary/queries";
import { loadGlossary } from "@/lib/glossary/repository";
import { createTestUser } from "./factories";

const marker = () => randomUUID().slice(0, 8);
const termsOf = (ids: string[]) =>
  getDb().glossaryTerm.findMany({ where: { id: { in: ids } }, orderBy: { source: "asc" }, select: { source: true, target: true, kind: true, note: true, publisherId: true } });

describe("glossary management", () => {
  it("exports to CSV and imports it back unchanged, scope and awkward notes included", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const m = marker();
    const publisher = await getDb().publisher.create({ data: { name: `Vlast ${m}` } });
    const added = [
      await addGlossaryTerm(reviewer, { source: `Ведомство ${m}`, target: `Agency ${m}`, kind: "OFFICIAL_SPELLING", note: 'says "hello", then\na new line' }),
      await addGlossaryTerm(reviewer, { source: `Спутник ${m}`, target: `Sputnik ${m}`, kind: "DO_NOT_TRANSLATE", publisherId: publisher.id }),
      await addGlossaryTerm(reviewer, { source: `Аким ${m}`, target: `=akim ${m}`, kind: "PREFERRED_TERM" }),
    ];
    const before = await termsOf(added.map((t) => t.id));
    const csv = await exportGlossaryCsv();
    expect(csv.split("\r\n")[0]).toBe("\uFEFFsource,target,kind,note,publisher");
    expect(csv).toContain(`Спутник ${m},Sputnik ${m},DO_NOT_TRANSLATE,,Vlast ${m}`);
    expect(csv).toContain(`'=akim ${m}`);

    for (const term of added) await removeGlossaryTerm(reviewer, term.id);
    const result = await importGlossaryCsv(reviewer, csv);
    expect(result.added).toBe(3);
    expect(result.updated).toBe(0);
    const back = await getDb().glossaryTerm.findMany({ where: { source: { in: before.map((t) => t.source) } }, orderBy: { source: "asc" }, select: { source: true, target: true, kind: true, note: true, publisherId: true } });
    expect(back).toEqual(before);
    // The same file again changes nothing.
    expect(await importGlossaryCsv(reviewer, csv)).toMatchObject({ added: 0, updated: 0 });
  });

  it("refuses a file with a bad row as a whole, saying which lines to fix", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const m = marker();
    const csv = `source,target,kind\nГород ${m},City ${m},official spelling\nCity ${m},City,preferred term\nРека ${m},River ${m},colour\n`;
    await expect(importGlossaryCsv(reviewer, csv)).rejects.toThrow(/line 3: source: the source term must be in Russian.*line 4: kind/s);
    expect(await getDb().glossaryTerm.count({ where: { target: { contains: m } } })).toBe(0);
    await expect(importGlossaryCsv(reviewer, "name,english\nА,B\n")).rejects.toThrow(/first row must name the columns/);
    await expect(importGlossaryCsv(reviewer, 'source,target\n"Город,City\n')).rejects.toThrow(/not valid CSV/);
  });

  it("searches in SQL in any letter case, filters by scope, pages, and edits a term", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const m = marker();
    const publisher = await getDb().publisher.create({ data: { name: `Kursiv ${m}` } });
    const everywhere = await addGlossaryTerm(reviewer, { source: `Жетысу ${m}`, target: `Zhetysu ${m}`, kind: "OFFICIAL_SPELLING" });
    const own = await addGlossaryTerm(reviewer, { source: `Жетысу ${m}`, target: `Jetisu ${m}`, kind: "OFFICIAL_SPELLING", note: "house style", publisherId: publisher.id });

    expect((await listTerms({ q: `ЖЕТЫСУ ${m}`.toUpperCase(), page: 1 })).items.map((t) => t.id).sort()).toEqual([everywhere.id, own.id].sort());
    expect((await listTerms({ q: "HOUSE STYLE", scope: publisher.id, page: 1 })).items.map((t) => t.id)).toEqual([own.id]);
    expect((await listTerms({ q: m, scope: "everywhere", page: 1 })).items.map((t) => t.id)).toEqual([everywhere.id]);
    expect((await listTerms({ q: m, page: 2 })).items).toEqual([]);

    // The publisher's own term replaces the one for everywhere in its articles only.
    const targetsFor = async (publisherId: string | null) => (await loadGlossary(getDb(), "ru", "en", publisherId)).filter((t) => t.source === `Жетысу ${m}`).map((t) => t.target);
    expect(await targetsFor(publisher.id)).toEqual([`Jetisu ${m}`]);
    expect(await targetsFor(null)).toEqual([`Zhetysu ${m}`]);

    await updateGlossaryTerm(reviewer, own.id, { source: `Жетысу ${m}`, target: `Jetisu ${m}`, kind: "PREFERRED_TERM", note: "", publisherId: "" });
    await expect(updateGlossaryTerm(reviewer, everywhere.id, { source: `Жетысу ${m}`, target: `Jetisu ${m}`, kind: "OFFICIAL_SPELLING" })).rejects.toThrow(/already in the glossary/);
    expect(await termsOf([own.id])).toEqual([{ source: `Жетысу ${m}`, target: `Jetisu ${m}`, kind: "PREFERRED_TERM", note: null, publisherId: null }]);
    expect((await listTerms({ q: "house style", page: 1 })).items.map((t) => t.id)).not.toContain(own.id);
  });
});
