import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";

test("the quality dashboard draws the trend chart and lists articles by their MQM score", async ({ page, db, makeUser, signIn }) => {
  const editor = await makeUser("EDITOR");
  const m = randomUUID().slice(0, 8);
  const engine = `Engine ${m}`;
  const article = await db.article.create({ data: { slug: `quality-${m}`, title: `Quality check ${m}`, sourceText: "Текст.", contentHash: `quality-${m}`, engine, wordCount: 400, importedById: editor.id } });
  await db.revision.create({ data: { articleId: article.id, number: 1, text: "Text.", origin: "import" } });
  // A critical and a minor error approved: 26 points in 400 words = 65 per 1,000.
  for (const severity of ["critical", "minor"]) {
    await db.correction.create({ data: { articleId: article.id, baseRevision: 1, patch: "", edits: [], category: "Accuracy/Mistranslation", severity, status: "APPROVED", authorId: editor.id } });
  }
  // Counted as the approval would count them: the dashboard reads the kept figures (lib/quality/rollup).
  const { refreshArticleCounts } = await import("@/lib/article-counts");
  await db.$transaction((tx) => refreshArticleCounts(tx, [article.id]));

  await signIn(page, editor);
  await page.goto(`/editor/quality?engine=${encodeURIComponent(engine)}`);
  await expect(page.getByRole("heading", { name: "Translation quality" })).toBeVisible();

  const chart = page.getByTestId("trend-chart").first();
  await expect(chart).toBeVisible();
  await expect(chart.locator("svg.recharts-surface")).toBeVisible();
  await expect(chart.locator(".recharts-line")).toHaveCount(1);
  await expect(chart.getByText(engine).first()).toBeVisible(); // the direct label and the series list
  await expect(page.getByTestId("trend-table").first().getByRole("columnheader", { name: engine })).toBeVisible();
  await expect(page.getByTestId("trend-table").first().getByRole("cell", { name: "65" })).toBeVisible();

  const row = page.getByTestId("quality-articles").getByRole("row", { name: new RegExp(`Quality check ${m}`) });
  await expect(row).toContainText("400");
  await expect(row).toContainText("26");
  await expect(row).toContainText("65");
  await expect(page.getByTestId("category-row").filter({ hasText: "Accuracy/Mistranslation" })).toContainText("26");
});
