// Data every install needs before it serves: stored counts for articles from before they were stored, the starter
// glossary, and the demo data unless ERRATA_DEMO=0.
import { backfillStoredCounts } from "@/lib/article-counts";
import { enableWal, getDb } from "@/lib/db";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, loadDemoOnce } from "@/lib/demo";
import { loadStarterGlossaryOnce } from "@/lib/glossary/load-starter";

async function main() {
  const db = getDb();
  await enableWal(db);
  const counted = await backfillStoredCounts(db);
  if (counted > 0) console.log(`Counted words, flags, reports and quality figures of ${counted} articles.`);
  const terms = await loadStarterGlossaryOnce(db);
  if (terms > 0) console.log(`Loaded the starter glossary (${terms} terms).`);
  if (process.env.ERRATA_DEMO === "0") return;
  const demo = await loadDemoOnce(db);
  if (demo.loaded) console.log(`Loaded ${demo.articles} demo articles.`);
  if (await db.user.findUnique({ where: { email: DEMO_ACCOUNTS[0].email } })) {
    console.log(`\nDemo accounts (password: ${DEMO_PASSWORD}):`);
    for (const account of DEMO_ACCOUNTS) console.log(`  ${account.role.padEnd(8)} ${account.email}`);
    console.log("Set ERRATA_DEMO=0 to start with an empty database (do that in production).\n");
  }
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
