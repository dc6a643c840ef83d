/**
 * Quality of the checks against the targets of issue 3, as one table, every figure on two parts: tuning (the
 * data we look at while improving the checks) and check (data nobody looks at while tuning), so overfitting
 * shows as a gap. Reads ../shared (seed pair, DEMETR, WMT21 newstest ru-en, MLQE-PE ru-en; sources and licences
 * in ../shared/data/README.md) and the hand-made articles (bench/fresh-articles-tuning/, bench/fresh-articles/).
 * Exits non-zero only if it crashes: missed targets are reported with ✗, not as failure.
 *
 *   npm run eval                                  the table
 *   npm run eval -- --mlqe-flags                  also list the tuning part's MLQE-PE token flags by eye
 *   npm run eval -- --synthetic-misses TYPE       also list the tuning part's missed perturbations of TYPE (char_removed …)
 *   npm run eval -- --clean-flags [CHECK]         also list the flags on the tuning part's clean post-edits (of CHECK)
 *   npm run eval -- --fresh-articles DIR          read the check part's hand-made articles from DIR, not bench/fresh-articles
 *   npm run eval -- --fresh-misses                also list the tuning part's hand-made articles' missed errors and wrong flags
 *   npm run eval -- --only mlqe,wmt               run only those sections (seed, demetr, wmt, mlqe, synthetic, fresh)
 */
import { requireShared } from "../data";
import { demetr } from "./demetr";
import { freshArticles } from "./fresh";
import { mlqe, mlqeListingOption } from "./mlqe";
import { seed } from "./seed";
import { synthetic, syntheticListingOption } from "./synthetic";
import { printTable } from "./table";
import { wmt } from "./wmt";

requireShared();
const listMlqeFlagsOf = mlqeListingOption();
const syntheticListing = syntheticListingOption();
const SECTIONS: Record<string, () => void> = {
  seed,
  demetr,
  wmt,
  mlqe: () => mlqe(listMlqeFlagsOf),
  synthetic: () => synthetic(syntheticListing),
  fresh: freshArticles,
};

/** `--only a,b`: the sections to run while iterating on one figure (all by default). */
function chosenSections(): string[] {
  const at = process.argv.indexOf("--only");
  if (at < 0) return Object.keys(SECTIONS);
  const chosen = (process.argv[at + 1] ?? "").split(",").filter(Boolean);
  const unknown = chosen.filter((name) => !(name in SECTIONS));
  if (chosen.length === 0 || unknown.length) throw new Error(`--only takes some of ${Object.keys(SECTIONS).join(", ")}, not "${process.argv[at + 1] ?? ""}"`);
  return chosen;
}

const started = performance.now();
for (const section of chosenSections()) SECTIONS[section]();
printTable();
console.log(`\n(${((performance.now() - started) / 1000).toFixed(0)} s)`);
