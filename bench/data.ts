/** Loaders for the shared evaluation data (../shared beside the project root); used by eval and benches only. */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { segment, type AlignedText } from "@/lib/align";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const SHARED = path.resolve(ROOT, "../shared");
const DATA = path.join(SHARED, "data");

export function requireShared(): void {
  if (!existsSync(DATA)) {
    console.error(`This script reads ${SHARED} (the shared data folder beside the project); not found.`);
    process.exit(1);
  }
}

const lines = (file: string) => readFileSync(file, "utf8").replace(/\n$/, "").split("\n");

export function seedPair(): { source: string; target: string } {
  const read = (lang: string) => readFileSync(path.join(SHARED, `seed/kazakhstan-2022-01-14.${lang}.txt`), "utf8");
  return { source: read("ru"), target: read("en") };
}

export interface WmtDocument {
  id: string;
  source: string[];
  references: Record<"A" | "B", string[]>;
}

/** The 107 WMT21 ru-en test documents, segment by segment, with both human references. */
export function wmtDocuments(): WmtDocument[] {
  const file = (name: string) => path.join(DATA, "wmt21-newstest-ruen", `newstest2021.ru-en.${name}`);
  const ids = lines(file("docids")).map((line) => line.split("\t")[0]);
  const source = lines(file("src.ru"));
  const refA = lines(file("ref.A.en"));
  const refB = lines(file("ref.B.en"));
  const documents = new Map<string, WmtDocument>();
  ids.forEach((id, i) => {
    const doc = documents.get(id) ?? { id, source: [], references: { A: [], B: [] } };
    doc.source.push(source[i]);
    doc.references.A.push(refA[i]);
    doc.references.B.push(refB[i]);
    documents.set(id, doc);
  });
  return [...documents.values()];
}

export interface DemetrItem {
  id: number;
  src_sent: string;
  mt_sent: string;
  pert_sent: string;
  pert_name: string;
  pert_check: boolean;
}

export function demetrItems(): DemetrItem[] {
  return lines(path.join(DATA, "demetr-ru/demetr-ru.dev.jsonl")).map((line) => JSON.parse(line) as DemetrItem);
}

export interface MlqeItem {
  /** Where the sentence comes from, for listings: "dev:12", "train:5001" (1-based line). */
  id: string;
  source: string[];
  mt: string[];
  /** The human post-edit of the MT: a corrected translation, tokenised like the MT. */
  postEdit: string[];
  /** One OK/BAD tag per MT token. */
  wordTags: string[];
  /** N+1 tags for the gaps around the tokens: BAD where the post-editor inserted words. */
  gapTags: string[];
}

export type MlqeSplit = "dev" | "train";

/**
 * MLQE-PE ru-en sentences, lines `first`…`last` (1-based, inclusive; the whole file by default): tokenised
 * source, MT and post-edit with the MT word tags; tags come as gap, word, gap, …, word, gap.
 */
export function mlqeItems(split: MlqeSplit, first = 1, last = Infinity): MlqeItem[] {
  const file = (name: string) => lines(path.join(DATA, "mlqe-pe-ruen", `${split}.${name}`)).slice(first - 1, last);
  const source = file("src");
  const postEdit = file("pe");
  const tags = file("tags");
  return file("mt").map((line, i) => {
    const tokens = line.split(" ");
    const allTags = tags[i].split(" ");
    const id = `${split}:${first + i}`;
    if (allTags.length !== 2 * tokens.length + 1) throw new Error(`MLQE-PE ${id}: ${allTags.length} tags for ${tokens.length} tokens`);
    return {
      id,
      source: source[i].split(" "),
      mt: tokens,
      postEdit: postEdit[i].split(" "),
      wordTags: tokens.map((_, t) => allTags[2 * t + 1]),
      gapTags: allTags.filter((_, t) => t % 2 === 0),
    };
  });
}

/** A sentence pair as one aligned group, whatever the segmenter makes of each side. */
export function alignedAsOneGroup(source: string, target: string): AlignedText {
  const sourceText = segment(source, "ru");
  const targetText = segment(target, "en");
  return {
    source: sourceText,
    target: targetText,
    beads: [{ source: sourceText.sentences.map((s) => s.index), target: targetText.sentences.map((s) => s.index) }],
  };
}
