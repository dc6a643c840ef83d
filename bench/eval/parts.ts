/**
 * The two parts every figure is computed on. Tuning: the data we look at while improving the checks (seed,
 * DEMETR dev, WMT21 references, MLQE-PE dev and train lines 1–5000). Check: MLQE-PE train lines 5001–7000,
 * which nobody reads while tuning, so a gap between the two parts shows overfitting.
 */
import { mlqeItems, type MlqeItem } from "../data";
import { detokenize } from "./detokenize";

export const PARTS = ["tuning", "check"] as const;
export type PartName = (typeof PARTS)[number];

export const CHECK_FIRST_LINE = 5001;
const CHECK_LAST_LINE = 7000;

export interface MlqeSentence {
  item: MlqeItem;
  /** Detokenised source, MT and post-edit. */
  source: string;
  mt: string;
  /** Where each MT token sits in `mt`. */
  mtSpans: Array<[number, number]>;
  postEdit: string;
}

function mlqeItemsOf(part: PartName): MlqeItem[] {
  if (part === "check") return mlqeItems("train", CHECK_FIRST_LINE, CHECK_LAST_LINE);
  return [...mlqeItems("dev"), ...mlqeItems("train", 1, CHECK_FIRST_LINE - 1)];
}

const cache = new Map<PartName, MlqeSentence[]>();

/** The MLQE-PE sentences of a part, detokenised (read once per run). */
export function mlqeSentences(part: PartName): MlqeSentence[] {
  let sentences = cache.get(part);
  if (!sentences) {
    sentences = mlqeItemsOf(part).map((item) => {
      const { text, spans } = detokenize(item.mt);
      return { item, source: detokenize(item.source).text, mt: text, mtSpans: spans, postEdit: detokenize(item.postEdit).text };
    });
    cache.set(part, sentences);
  }
  return sentences;
}
