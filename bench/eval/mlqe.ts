/**
 * MLQE-PE: how many of the MT tokens we flag did the post-editors change (BAD)? Tuning pools dev and train
 * lines 1–5000; check is train lines 5001–7000.
 *
 * Tags come as gap, word, gap, …, word, gap (2N+1 for N tokens): a word's tag is at an odd position. A flag is
 * a token flag when its target covers some tokens but not the whole MT; flags for something missing (a number,
 * a name, a sentence) cover the whole sentence or nothing, and what the post-editor did about those is an
 * insertion, a BAD gap tag, so they are scored apart, against the gap tags.
 */
import { flagsOnPair, overlaps } from "./flags";
import { mlqeSentences, PARTS, type MlqeSentence, type PartName } from "./parts";
import { addRow, atLeast, share } from "./table";

interface TokenFlag {
  sentence: MlqeSentence;
  check: string;
  message: string;
  tokens: number[];
}

interface PartFlags {
  tokenFlags: TokenFlag[];
  missingFlags: number;
  missingConfirmed: number;
}

function flagsOfPart(part: PartName): PartFlags {
  const result: PartFlags = { tokenFlags: [], missingFlags: 0, missingConfirmed: 0 };
  for (const sentence of mlqeSentences(part)) {
    for (const flag of flagsOnPair(sentence.source, sentence.mt)) {
      if (flag.target.end === flag.target.start || flag.target.text === sentence.mt) {
        result.missingFlags++;
        if (sentence.item.gapTags.includes("BAD")) result.missingConfirmed++;
        continue;
      }
      const tokens = sentence.mtSpans.flatMap(([start, end], i) => (overlaps(flag, start, end) ? [i] : []));
      result.tokenFlags.push({ sentence, check: flag.check, message: flag.message, tokens });
    }
  }
  return result;
}

/** Distinct flagged tokens (a token two checks flag counts once) and how many of them are BAD. */
function tokenPrecision(flags: TokenFlag[]) {
  const flagged = new Map<string, string>();
  for (const { sentence, tokens } of flags) {
    for (const token of tokens) flagged.set(`${sentence.item.id}:${token}`, sentence.item.wordTags[token]);
  }
  const bad = [...flagged.values()].filter((tag) => tag === "BAD").length;
  return share(bad, flagged.size);
}

/** `listFlagsOf`: the part whose token flags to list as well (`--mlqe-flags`), or null. */
export function mlqe(listFlagsOf: PartName | null): void {
  const byPart = Object.fromEntries(PARTS.map((part) => [part, flagsOfPart(part)])) as Record<PartName, PartFlags>;
  const { tuning, check } = byPart;
  addRow({
    metric: "MLQE-PE: precision of flagged tokens (BAD/flagged)",
    tuning: tokenPrecision(tuning.tokenFlags),
    check: tokenPrecision(check.tokenFlags),
    target: atLeast(0.7),
    rate: true,
  });
  // A flag is BAD at least as often as a token picked at random: the base rate each part's precision stands on.
  const badShare = (part: PartName) => {
    const tags = mlqeSentences(part).flatMap((sentence) => sentence.item.wordTags);
    return share(tags.filter((tag) => tag === "BAD").length, tags.length);
  };
  // The data's, not the checks': not compared across parts.
  addRow({ metric: "  MLQE-PE: share of all MT tokens tagged BAD (a random flag's precision)", tuning: badShare("tuning"), check: badShare("check") });
  // The tuning part pools two files; apart, they show how much of a gap to the check part the data alone makes.
  for (const [file, label] of [["dev:", "MLQE-PE dev alone"], ["train:", "MLQE-PE train 1–5000 alone"]] as const) {
    addRow({ metric: `  precision, ${label}`, tuning: tokenPrecision(tuning.tokenFlags.filter((flag) => flag.sentence.item.id.startsWith(file))), rate: true });
  }
  const checkIds = [...new Set([...tuning.tokenFlags, ...check.tokenFlags].map((flag) => flag.check))].sort();
  for (const id of checkIds) {
    const ofCheck = (flags: TokenFlag[]) => {
      const own = flags.filter((flag) => flag.check === id);
      return own.length ? tokenPrecision(own) : null;
    };
    addRow({ metric: `  MLQE-PE ${id}`, tuning: ofCheck(tuning.tokenFlags), check: ofCheck(check.tokenFlags), rate: true });
  }
  addRow({
    metric: 'MLQE-PE: "missing" flags on sentences with a BAD gap',
    tuning: share(tuning.missingConfirmed, tuning.missingFlags),
    check: share(check.missingConfirmed, check.missingFlags),
    rate: true,
  });
  if (listFlagsOf) listTokenFlags(byPart[listFlagsOf].tokenFlags);
}

/**
 * `--mlqe-flags`: list the tuning part's token flags too. Never the check part's: a check sentence read while tuning
 * stops being one, so the check part is judged by its figures alone.
 */
export function mlqeListingOption(): PartName | null {
  if (process.argv.includes("--part")) throw new Error("--mlqe-flags lists the tuning part only; the check part is judged by its figures");
  return process.argv.includes("--mlqe-flags") ? "tuning" : null;
}

/** Every token flag with its tags and message, the source, the MT and the post-edit, to judge by eye. */
function listTokenFlags(flags: TokenFlag[]): void {
  for (const { sentence, check, message, tokens } of flags) {
    const { id, mt, wordTags } = sentence.item;
    console.log(`#${id} ${check}: ${tokens.map((t) => `${mt[t]}/${wordTags[t]}`).join(" ")}   (${message})`);
    console.log(`   RU: ${sentence.source}\n   MT: ${sentence.mt}\n   PE: ${sentence.postEdit}`);
  }
  console.log();
}
