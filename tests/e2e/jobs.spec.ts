import { expect, test } from "./fixtures";
import { pageFor } from "./correction-helpers";

test("a reviewer re-runs every check as a background job; an editor finds it on the jobs page", async ({ page, browser, db, makeUser, signIn }) => {
  test.setTimeout(180_000);
  const reviewer = await makeUser("REVIEWER");
  await signIn(page, reviewer);
  await page.goto("/review/checks");
  await page.getByRole("button", { name: "Re-run all checks" }).click();
  const progress = page.getByTestId("job-progress");
  await expect(progress).toContainText("Re-run the checks on every article");
  // The page answered at once; the bar follows the job until it is done.
  await expect(progress).toHaveAttribute("data-status", "DONE", { timeout: 120_000 });
  const job = await db.job.findFirstOrThrow({ where: { kind: "rerun-checks", createdById: reviewer.id } });
  expect(job.total).toBeGreaterThan(0);
  await expect(progress.getByRole("status")).toHaveText(`Finished: ${job.done} of ${job.total} done${job.failed ? ` · ${job.failed} failed` : ""}`);
  expect(await db.auditEntry.count({ where: { action: "checks.rerun", actorId: reviewer.id } })).toBe(job.done);

  const editorPage = await pageFor(browser, await makeUser("EDITOR"), signIn);
  await editorPage.goto("/editor/jobs");
  const row = editorPage.getByTestId("job").filter({ hasText: "Re-run the checks on every article" }).filter({ hasText: reviewer.email });
  await expect(row.first()).toContainText("Finished:");
  await expect(row.first().getByRole("button", { name: "Cancel" })).toHaveCount(0);

  // A reviewer may read a job's progress through the API, not open the editors' jobs page.
  expect((await page.request.get(`/api/jobs/${job.id}`)).status()).toBe(200);
  expect((await page.goto("/editor/jobs"))?.status()).toBe(403);
});

test("an editor re-checks the past articles that mention a glossary term, with the job's progress in the term's row", async ({ page, makeUser, signIn }) => {
  test.setTimeout(120_000);
  await signIn(page, await makeUser("EDITOR"));
  await page.goto(`/review/glossary?q=${encodeURIComponent("Жапаров")}`);
  const row = page.getByTestId("glossary-term").filter({ hasText: "Japarov" }).first();
  await row.getByRole("button", { name: "Re-check past articles" }).click();
  const progress = row.getByTestId("job-progress");
  await expect(progress).toContainText("Re-check past articles mentioning “Жапаров”");
  await expect(progress).toHaveAttribute("data-status", "DONE", { timeout: 90_000 });
  await expect(progress.getByRole("status")).toHaveText(/^Finished: (\d+) of \1 done$/);
});
