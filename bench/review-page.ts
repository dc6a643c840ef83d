// npm run bench:review — server time of the review workspace for a ~5,000-word article (warm), against
// `npm start` on its own SQLite database. The article is built from WMT21 newstest documents (../shared).
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { signIn, startErrata } from "./server";

const shared = path.resolve("../shared/data/wmt21-newstest-ruen");

function longArticle(words: number) {
  const lines = (file: string) => fs.readFileSync(path.join(shared, `newstest2021.ru-en.${file}`), "utf8").split("\n");
  const [ru, en, ids] = [lines("src.ru"), lines("ref.A.en"), lines("docids")];
  const source: string[] = [];
  const target: string[] = [];
  let count = 0;
  let doc = "";
  for (let i = 0; i < en.length && count < words; i++) {
    const paragraphBreak = ids[i].split("\t")[0] !== doc;
    doc = ids[i].split("\t")[0];
    source.push(`${paragraphBreak && i ? "\n\n" : " "}${ru[i]}`);
    target.push(`${paragraphBreak && i ? "\n\n" : " "}${en[i]}`);
    count += en[i].split(/\s+/).length;
  }
  return { source: source.join("").trim(), target: target.join("").trim(), words: count };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

async function main() {
  if (!fs.existsSync(shared)) throw new Error("../shared/data/wmt21-newstest-ruen is missing: this bench reads the WMT21 test set");
  const { base, stop } = await startErrata(3211);
  try {
    const cookie = await signIn(base, "reviewer@errata.test", "errata-demo");
    const article = longArticle(5000);
    const created = await fetch(`${base}/api/articles`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ title: "Benchmark: five thousand words", source: article.source, target: article.target }),
    });
    if (created.status !== 201) throw new Error(`import failed: ${created.status} ${await created.text()}`);
    const { id } = (await created.json()) as { id: string };
    const url = `${base}/review/articles/${id}`;
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 45; i++) {
      const started = performance.now();
      const response = await fetch(url, { headers: { cookie } });
      const body = await response.text();
      if (response.status !== 200) throw new Error(`GET ${url}: ${response.status}`);
      if (i >= 5) times.push(performance.now() - started); // the first requests warm the caches
      bytes = body.length;
    }
    times.sort((a, b) => a - b);
    console.log(`Review page of a ${article.words}-word article (${(bytes / 1024).toFixed(0)} KB of HTML), ${times.length} warm requests:`);
    console.log(`  median ${percentile(times, 0.5).toFixed(1)} ms · p95 ${percentile(times, 0.95).toFixed(1)} ms · max ${times.at(-1)!.toFixed(1)} ms   (target: under 300 ms)`);
  } finally {
    stop();
  }
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
