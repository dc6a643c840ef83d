// Data every install needs before it serves: stored counts for articles from before they were stored, the starter
// glossary, and the demo data unless ERRATA_DEMO=0. `npm start` runs it only when the `bootstrapped` marker it
// writes last is missing or was written for another schema (scripts/database-check.mjs); each step is also a no-op
// on its own when its work is done.
import { backfillStoredCounts } from "@/lib/article-counts";
import { databaseProvider, databaseUrl, getDb } from "@/lib/db";
import { loadDemoOnce } from "@/lib/demo";
import { loadStarterGlossaryOnce } from "@/lib/glossary/load-starter";
import { setSetting } from "@/lib/settings";
import { bootstrapMarker } from "./database-check.mjs";

async function main() {
  const db = getDb();
  const counted = await backfillStoredCounts(db);
  if (counted > 0) console.log(`Counted words, flags, reports and quality figures of ${counted} articles.`);
  const terms = await loadStarterGlossaryOnce(db);
  if (terms > 0) console.log(`Loaded the starter glossary (${terms} terms).`);
  const demo = process.env.ERRATA_DEMO !== "0";
  if (demo) {
    const loaded = await loadDemoOnce(db);
    if (loaded.loaded) console.log(`Loaded ${loaded.articles} demo articles.`);
  }
  await setSetting("bootstrapped", bootstrapMarker(databaseProvider(databaseUrl()), demo), db);
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
