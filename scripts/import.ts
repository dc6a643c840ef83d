// npm run import -- --source a.ru.txt --target a.en.txt --title "…" [--engine … --publisher … --source-url … --target-url …]
// npm run import -- --dir FOLDER      pairs NAME.ru.txt|html with NAME.en.txt|html; prints a summary
import fs from "node:fs";
import { parseArgs } from "node:util";
import { SingleBar, Presets } from "cli-progress";
import { UserError } from "@/lib/errors";
import { decodeUtf8, DuplicateArticleError, importArticle, type ImportInput } from "@/lib/import";
import { ensureDatabase } from "./ensure-database";
import { findPairs } from "./import-pairs";

const { values } = parseArgs({
  options: {
    source: { type: "string" },
    target: { type: "string" },
    title: { type: "string" },
    dir: { type: "string" },
    "source-lang": { type: "string", default: "ru" },
    "target-lang": { type: "string", default: "en" },
    engine: { type: "string" },
    publisher: { type: "string" },
    "source-url": { type: "string" },
    "target-url": { type: "string" },
  },
});

const readText = (file: string) => decodeUtf8(fs.readFileSync(file), file);
const shared = { sourceLang: values["source-lang"], targetLang: values["target-lang"], engine: values.engine, publisher: values.publisher };

function reason(error: unknown): string {
  if (error instanceof UserError) return error.message;
  if (error instanceof Error && error.name === "ZodError") return error.message;
  return error instanceof Error ? error.message : String(error);
}

async function importOne() {
  const input: ImportInput = {
    ...shared,
    title: values.title,
    source: readText(values.source!),
    target: readText(values.target!),
    sourceUrl: values["source-url"],
    targetUrl: values["target-url"],
  };
  const article = await importArticle(input);
  console.log(`Imported “${article.title}” (${article.flags} flags): /review/articles/${article.id}`);
}

async function importFolder(dir: string) {
  const { pairs, unpaired } = findPairs(dir, values["source-lang"]!, values["target-lang"]!);
  const bar = new SingleBar({ format: "{bar} {value}/{total} {name}", hideCursor: true }, Presets.shades_classic);
  const summary = { imported: 0, duplicates: [] as string[], failed: [] as string[] };
  bar.start(pairs.length, 0, { name: "" });
  for (const pair of pairs) {
    bar.increment(0, { name: pair.name });
    try {
      await importArticle({ ...shared, source: readText(pair.source), target: readText(pair.target) });
      summary.imported++;
    } catch (error) {
      if (error instanceof DuplicateArticleError) summary.duplicates.push(`${pair.name}: already imported as “${error.existing.title}”`);
      else summary.failed.push(`${pair.name}: ${reason(error)}`);
    }
    bar.increment(1);
  }
  bar.stop();
  console.log(`\n${summary.imported} imported, ${summary.duplicates.length} skipped as duplicate, ${summary.failed.length + unpaired.length} failed`);
  for (const line of summary.duplicates) console.log(`  skipped  ${line}`);
  for (const line of summary.failed) console.log(`  failed   ${line}`);
  for (const name of unpaired) console.log(`  failed   ${name}: no matching ${values["source-lang"]}/${values["target-lang"]} file`);
  if (summary.failed.length + unpaired.length > 0) process.exitCode = 1;
}

async function main() {
  if (!values.dir && !(values.source && values.target)) {
    console.error('usage: npm run import -- --source a.ru.txt --target a.en.txt [--title "…"]\n       npm run import -- --dir FOLDER');
    process.exit(2);
  }
  await ensureDatabase();
  if (values.dir) await importFolder(values.dir);
  else await importOne();
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error) => {
    console.error(`Import failed: ${reason(error)}`);
    process.exit(1);
  },
);
