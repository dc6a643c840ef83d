/**
 * WMT21 newstest ru-en (tuning only): the human references are correct translations, so flags on them are false.
 * `--wmt-flags [B]` lists the flags on reference A (or B) with their source sentences, to judge by eye.
 */
import { distance } from "fastest-levenshtein";
import { alignTexts } from "@/lib/align";
import { runChecks, type Finding } from "@/lib/checks";
import { starterGlossary } from "@/lib/glossary";
import { isDictionaryWord } from "@/lib/lexicon";
import { wmtDocuments, type WmtDocument } from "../data";
import { perThousandWords, tallyCleanFlags } from "./flags";
import { addRow, atMost } from "./table";

function checkDocument(doc: WmtDocument, target: string[]) {
  return runChecks(alignTexts(doc.source.join("\n"), target.join("\n"), { sourceLang: "ru", targetLang: "en" }), starterGlossary);
}

export function wmt(): void {
  const documents = wmtDocuments();
  const at = process.argv.indexOf("--wmt-flags");
  const listed = at < 0 ? null : process.argv[at + 1] === "B" ? "B" : "A";
  for (const reference of ["A", "B"] as const) {
    const rate = tallyCleanFlags(
      documents.map((doc) => {
        const { flags } = checkDocument(doc, doc.references[reference]);
        if (reference === listed) listFlags(flags);
        return { text: doc.references[reference].join(" "), flags };
      }),
    );
    const perThousand = (count: number) => ({ value: perThousandWords(count, rate.words), detail: `${count} flags` });
    addRow({ metric: `WMT21 ref.${reference}: flags per 1,000 words (our aligner)`, tuning: perThousand(rate.flags), target: atMost(2) });
    addRow({ metric: `  WMT21 ref.${reference}: name checks (name-*)`, tuning: perThousand(rate.nameFlags), target: atMost(0.5) });
    addRow({ metric: `  WMT21 ref.${reference}: other checks`, tuning: perThousand(rate.flags - rate.nameFlags) });
  }
  interleavedNameVariants(documents);
}

function listFlags(flags: Finding[]): void {
  for (const flag of flags) {
    console.log(`${flag.check} “${flag.target.text}”${flag.suggestion ? ` → “${flag.suggestion}”` : ""}   (${flag.message})\n   RU: ${flag.source?.text ?? ""}`);
  }
}

/** A and B segments alternating: a document that spells a name both ways must be flagged as inconsistent. */
function interleavedNameVariants(documents: WmtDocument[]): void {
  let withVariants = 0;
  let found = 0;
  for (const doc of documents) {
    const interleaved = doc.references.A.map((segment, i) => (i % 2 === 0 ? segment : doc.references.B[i]));
    const variants = spellingVariants(interleaved);
    if (variants.length === 0) continue;
    withVariants++;
    const flags = checkDocument(doc, interleaved).flags.filter((flag) => flag.check === "name-inconsistent");
    if (variants.some(([a, b]) => flags.some((flag) => flag.target.text.includes(a) || flag.target.text.includes(b)))) found++;
  }
  addRow({ metric: "WMT21 A/B interleaved: docs with a name spelled two ways found", tuning: `${found}/${withVariants}` });
}

/**
 * Capitalised words of the A segments and of the B segments of an interleaved document that are two
 * spellings of one word (Degtyarev / Degtyaryov): close in spelling, each used only on its own side, and
 * neither two common words (They / Then) nor a word and its derivative (Russia / Russian, Democratic / Democrats).
 */
function spellingVariants(interleaved: string[]): Array<[string, string]> {
  const capitalised = (segments: string[]) => new Set(segments.join(" ").match(/\b\p{Lu}\p{Ll}{3,}\b/gu) ?? []);
  const fromA = capitalised(interleaved.filter((_, i) => i % 2 === 0));
  const fromB = capitalised(interleaved.filter((_, i) => i % 2 === 1));
  const pairs: Array<[string, string]> = [];
  for (const a of fromA) {
    if (fromB.has(a)) continue;
    for (const b of fromB) {
      if (fromA.has(b) || a.slice(0, 3) !== b.slice(0, 3) || !isOneWordSpelledTwice(a, b)) continue;
      if (distance(a, b) <= Math.max(1, Math.floor(Math.min(a.length, b.length) / 4))) pairs.push([a, b]);
    }
  }
  return pairs;
}

const DERIVATIONAL_ENDINGS = new Set(["", "n", "an", "ian", "ese", "ish", "s", "es", "ic"]);

function isOneWordSpelledTwice(a: string, b: string): boolean {
  if (isDictionaryWord(a.toLowerCase()) && isDictionaryWord(b.toLowerCase())) return false;
  let stem = 0;
  while (stem < a.length && a[stem] === b[stem]) stem++;
  return !(DERIVATIONAL_ENDINGS.has(a.slice(stem)) && DERIVATIONAL_ENDINGS.has(b.slice(stem)));
}
