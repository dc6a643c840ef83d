/**
 * npm run bench:hostile-text — pathological texts through the analysis (align, every check, prepare), in process.
 * Each case is built at ~100 KB and ~1 MB per side (UTF-8 bytes; the import accepts 1 MB, lib/import/input.ts) and
 * timed in a child process of its own with a time limit, so one stalled case does not hold up the rest. A case is
 * linear when 10× the size costs at most ~15× the time; the analysis worker stops an article after 180 s.
 *   npm run bench:hostile-text                     every case
 *   npm run bench:hostile-text -- --only url,quotes some cases (names as printed)
 *   BENCH_CASE_TIMEOUT_S=300 npm run bench:hostile-text
 */
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { analyzeTranslation, prepareAnalysis } from "@/lib/analysis/analyze";
import { starterGlossary } from "@/lib/glossary";
import { preloadDictionaries } from "@/lib/lexicon";

const SIZES_KB = [100, 1024];
const GROWTH_LIMIT = 15;
const TIMEOUT_S = Number(process.env.BENCH_CASE_TIMEOUT_S ?? 200);

/** Repeats unit(n) until the text reaches `bytes` of UTF-8, joining with `glue`. */
function fill(bytes: number, unit: (n: number) => string, glue = ""): string {
  const parts: string[] = [];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const part = unit(n);
    size += Buffer.byteLength(part) + Buffer.byteLength(glue);
    parts.push(part);
  }
  return parts.join(glue);
}

const pick = <T>(list: readonly T[], n: number) => list[n % list.length];
const RU_WORDS = ["министр", "прибыл", "в", "столицу", "вчера", "вечером", "на", "встречу", "с", "коллегами", "из", "региона"];
const EN_WORDS = ["the", "minister", "arrived", "in", "capital", "yesterday", "evening", "for", "a", "meeting", "with", "colleagues"];
const RU_NAMES = ["Аскар", "Ержан", "Дина", "Марат", "Гульнара", "Тимур", "Айгерим", "Сергей", "Ольга", "Бахыт"];
const EN_NAMES = ["Askar", "Yerzhan", "Dina", "Marat", "Gulnara", "Timur", "Aigerim", "Sergey", "Olga", "Bakhyt"];
const capitalise = (word: string) => word[0].toUpperCase() + word.slice(1);
const RU_LETTERS = "абвгдежзиклмнопрстуф";
const EN_LETTERS = "abcdefghiklmnoprstuv";

type Side = (bytes: number) => string;
/** Each case: its source and target builders (the source keeps some Cyrillic, the target is mostly Latin, as the import requires). */
const CASES: Record<string, { source: Side; target: Side }> = {
  "no full stop": { source: (b) => fill(b, (n) => pick(RU_WORDS, n), " "), target: (b) => fill(b, (n) => pick(EN_WORDS, n), " ") },
  "one word: letters": { source: (b) => fill(b, (n) => pick([...RU_LETTERS], n)), target: (b) => fill(b, (n) => pick([...EN_LETTERS], n)) },
  "one word: slashes": { source: (b) => fill(b, (n) => pick(RU_WORDS, n), "/"), target: (b) => fill(b, (n) => pick(EN_WORDS, n), "/") },
  "one word: dots": { source: (b) => fill(b, (n) => pick(RU_WORDS, n), "."), target: (b) => fill(b, (n) => pick(EN_WORDS, n), ".") },
  "one word: hyphens": { source: (b) => fill(b, (n) => pick(RU_WORDS, n), "-"), target: (b) => fill(b, (n) => pick(EN_WORDS, n), "-") },
  "one word: apostrophes": { source: (b) => fill(b, (n) => pick(RU_WORDS, n), "'"), target: (b) => fill(b, (n) => pick(EN_WORDS, n), "'") },
  "one word: digits": { source: (b) => "число" + fill(b, (n) => String(n % 10)), target: (b) => "number" + fill(b, (n) => String(n % 10)) },
  "one name repeated": { source: (b) => fill(b, () => "Аскар Умаров", " "), target: (b) => fill(b, () => "Askar Umarov", " ") },
  "names in sentences": {
    source: (b) => fill(b, () => "Аскар Умаров прибыл в Астану.", " "),
    target: (b) => fill(b, () => "Askar Umarov arrived in Astana.", " "),
  },
  "nested guillemets": { source: (b) => "«".repeat(b / 4) + "слово" + "»".repeat(b / 4), target: (b) => "“".repeat(b / 6) + "word" + "”".repeat(b / 6) },
  "unbalanced quotes": { source: (b) => fill(b, (n) => `«${pick(RU_WORDS, n)}`, " "), target: (b) => fill(b, (n) => `"${pick(EN_WORDS, n)}`, " ") },
  "straight quotes": { source: (b) => "слово " + '"'.repeat(b - 12), target: (b) => "word " + '"'.repeat(b - 5) },
  "nested brackets": { source: (b) => "(".repeat(b / 2) + "слово" + ")".repeat(b / 2), target: (b) => "(".repeat(b / 2) + "word" + ")".repeat(b / 2) },
  "nested spaced brackets": { source: (b) => "( ".repeat(b / 4) + "слово" + " )".repeat(b / 4), target: (b) => "( ".repeat(b / 4) + "word" + " )".repeat(b / 4) },
  "every word capitalised": {
    source: (b) => fill(b, (n) => capitalise(pick(RU_WORDS, n)) + (n % 15 === 14 ? "." : ""), " "),
    target: (b) => fill(b, (n) => capitalise(pick(EN_WORDS, n)) + (n % 15 === 14 ? "." : ""), " "),
  },
  "capitalised, no full stop": {
    source: (b) => fill(b, (n) => capitalise(pick(RU_WORDS, n)), " "),
    target: (b) => fill(b, (n) => capitalise(pick(EN_WORDS, n)), " "),
  },
  "punctuation ?!": { source: (b) => "слово " + "?!".repeat(b / 2), target: (b) => "word " + "?!".repeat(b / 2) },
  "punctuation ...": { source: (b) => "слово " + ".".repeat(b), target: (b) => "word " + ".".repeat(b) },
  "punctuation ----": { source: (b) => "слово " + "-".repeat(b), target: (b) => "word " + "-".repeat(b) },
  "punctuation ****": { source: (b) => "слово " + "*".repeat(b), target: (b) => "word " + "*".repeat(b) },
  "mixed scripts per letter": {
    source: (b) => fill(b, (n) => (n % 7 === 6 ? " " : n % 2 ? pick([...RU_LETTERS], n) : pick([...EN_LETTERS], n))),
    target: (b) => fill(b, (n) => (n % 7 === 6 ? " " : n % 3 ? pick([...EN_LETTERS], n) : pick([...RU_LETTERS], n))),
  },
  "combining and zero-width": {
    source: (b) => fill(b, (n) => pick([...RU_LETTERS], n) + pick(["\u0301", "\u200b", "\u200d", "\u0308"], n) + (n % 9 === 8 ? " " : "")),
    target: (b) => fill(b, (n) => pick([...EN_LETTERS], n) + pick(["\u0301", "\u200b", "\u200d", "\u0308"], n) + (n % 9 === 8 ? " " : "")),
  },
  "url-like token": {
    source: (b) => "ссылка https://example.com/" + fill(b - 40, (n) => `${pick(EN_WORDS, n)}?q=${n}&`),
    target: (b) => "link https://example.com/" + fill(b - 30, (n) => `${pick(EN_WORDS, n)}?q=${n}&`),
  },
  "many names": {
    source: (b) => fill(b, (n) => `${pick(RU_NAMES, n)}${RU_LETTERS[n % 20]}${RU_LETTERS[(n >> 4) % 20]}ов`, " "),
    target: (b) => fill(b, (n) => `${pick(EN_NAMES, n)}${EN_LETTERS[n % 20]}${EN_LETTERS[(n >> 4) % 20]}ov`, " "),
  },
  "mixed quotes": {
    source: (b) => fill(b, (n) => pick(["«", "»", "„", "“", '"'], n) + pick(RU_WORDS, n), " "),
    target: (b) => fill(b, (n) => pick(["“", "”", '"', "«", "»", "'"], n) + pick(EN_WORDS, n), " "),
  },
  "unbalanced brackets": { source: (b) => fill(b, (n) => pick(["(", "[", ")", "((", "]"], n) + pick(RU_WORDS, n), " "), target: (b) => fill(b, (n) => pick(["(", "[", ")", "((", "]"], n) + pick(EN_WORDS, n), " ") },
  "punctuation mix": { source: (b) => "слово " + ".,;:!?…".repeat(b / 9), target: (b) => "word " + ".,;:!?…".repeat(b / 9) },
  "homoglyphs in words": {
    source: (b) => fill(b, (n) => pick(["Мoсква", "Aлматы", "пpезидент", "Kазахстан"], n), " "),
    target: (b) => fill(b, (n) => pick(["Mоscow", "Аlmaty", "prеsident", "Каzakhstan"], n), " "),
  },
  "accents on one letter": { source: (b) => "слово а" + "\u0301".repeat(b / 2), target: (b) => "word a" + "\u0301".repeat(b / 2) },
  "one long url": {
    source: (b) => "ссылка https://example.com/" + fill(b - 40, (n) => pick(EN_WORDS, n), "/"),
    target: (b) => "link https://example.com/" + fill(b - 30, (n) => pick(EN_WORDS, n), "/"),
  },
  "one long e-mail": { source: (b) => "почта " + fill(b - 20, (n) => pick(EN_WORDS, n), ".") + "@example.com", target: (b) => "mail " + fill(b - 20, (n) => pick(EN_WORDS, n), ".") + "@example.com" },
  "source one sentence": { source: (b) => fill(b, (n) => pick(RU_WORDS, n), " "), target: (b) => fill(b, (n) => capitalise(pick(EN_WORDS, n)) + ".", " ") },
  "dotted letters": { source: (b) => "слово " + fill(b, (n) => pick([...RU_LETTERS], n), "."), target: (b) => "word " + fill(b, (n) => pick([...EN_LETTERS], n), ".") },
  "stray apostrophes": { source: (b) => fill(b, (n) => `${pick([...RU_LETTERS], n)}'`, " "), target: (b) => fill(b, (n) => `${pick([...EN_LETTERS], n)}'`, " ") },
  "modal commas": { source: (b) => fill(b, (n) => pick(RU_WORDS, n), " "), target: (b) => fill(b, () => "we can, go", " ") },
  "initial before lower case": { source: (b) => fill(b, (n) => pick(RU_WORDS, n), " "), target: (b) => fill(b, (n) => `${pick([...EN_LETTERS], n).toUpperCase()}. go`, " ") },
  "comma before of": { source: (b) => fill(b, (n) => pick(RU_WORDS, n), " "), target: (b) => fill(b, () => "one, of two", " ") },
  "initials run": { source: (b) => fill(b, (n) => pick([...RU_LETTERS], n).toUpperCase() + ".", " "), target: (b) => fill(b, (n) => pick([...EN_LETTERS], n).toUpperCase() + ".", " ") },
  "many numbers": {
    source: (b) => fill(b, (n) => `${n} ${n % 1000},${n % 7} ${(n * 37) % 100000} рублей` + (n % 10 === 9 ? "." : ""), " "),
    target: (b) => fill(b, (n) => `${n} ${n % 1000}.${n % 7} ${(n * 37) % 100000} rubles` + (n % 10 === 9 ? "." : ""), " "),
  },
};

/** Child: builds one case at one size and prints the analysis time in ms (JSON). */
function runOne(name: string, kb: number) {
  preloadDictionaries();
  const { source, target } = CASES[name];
  const sourceText = source(kb * 1024);
  const targetText = target(kb * 1024);
  const started = performance.now();
  const prepared = prepareAnalysis(analyzeTranslation({ sourceText, targetText, sourceLang: "ru", targetLang: "en" }, starterGlossary));
  const ms = performance.now() - started;
  console.log(JSON.stringify({ ms, bytes: Math.max(Buffer.byteLength(sourceText), Buffer.byteLength(targetText)), flags: prepared.flags.length }));
}

/** Parent: one child per case and size; null when the child ran out of time or failed. */
function measure(name: string, kb: number): { ms: number; bytes: number; flags: number } | null {
  const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1], "--case", name, "--kb", String(kb)], {
    encoding: "utf8",
    timeout: TIMEOUT_S * 1000,
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) {
    process.stderr.write(child.error ? `${name} ${kb} KB: ${child.error.message}\n` : child.stderr.slice(-2000));
    return null;
  }
  return JSON.parse(child.stdout.trim().split("\n").pop()!);
}

function main() {
  const args = process.argv.slice(2);
  const caseAt = args.indexOf("--case");
  if (caseAt >= 0) return runOne(args[caseAt + 1], Number(args[args.indexOf("--kb") + 1]));
  const onlyAt = args.indexOf("--only");
  const only = onlyAt >= 0 ? args[onlyAt + 1].split(",") : null;
  const names = Object.keys(CASES).filter((name) => !only || only.includes(name));
  const column = (text: string, width: number) => text.padEnd(width);
  console.log(`${column("case", 28)}${column("size", 10)}${column("ms", 10)}${column("ms/KB", 8)}${column("flags", 8)}growth`);
  for (const name of names) {
    let first: number | null = null;
    for (const kb of SIZES_KB) {
      const result = measure(name, kb);
      const growth = result && first !== null ? result.ms / first : null;
      const verdict = growth === null ? (result ? "" : `over ${TIMEOUT_S} s`) : `${growth.toFixed(1)}× ${growth <= GROWTH_LIMIT ? "linear" : "SUPER-LINEAR"}`;
      const size = result ? `${Math.round(result.bytes / 1024)} KB` : `${kb} KB`;
      console.log(`${column(name, 28)}${column(size, 10)}${column(result ? result.ms.toFixed(0) : "-", 10)}${column(result ? (result.ms / (result.bytes / 1024)).toFixed(2) : "-", 8)}${column(result ? String(result.flags) : "-", 8)}${verdict}`);
      if (kb === SIZES_KB[0]) first = result?.ms ?? null;
      if (!result) break;
    }
  }
}

main();
