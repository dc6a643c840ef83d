/** Real DEMETR ru-en dev (tuning only): recall on perturbed MT sentences, false flags on the clean ones. */
import { demetrItems } from "../data";
import { flagsOnPair, isCaught } from "./flags";
import { DEMETR_TARGETS } from "./perturbations";
import { addRow, atMost, share } from "./table";

const typeOf = (pertName: string) => pertName.replace(/^(critical|minor|major)_id\d+_/, "");

export function demetr(): void {
  const items = demetrItems();
  for (const [type, target] of Object.entries(DEMETR_TARGETS)) {
    const applied = items.filter((item) => typeOf(item.pert_name) === type && item.pert_check);
    const caught = applied.filter((item) => isCaught(item.mt_sent, item.pert_sent, flagsOnPair(item.src_sent, item.pert_sent)));
    addRow({ metric: `DEMETR recall: ${type}`, tuning: share(caught.length, applied.length), target, rate: true });
  }
  const clean = new Map(items.map((item) => [item.mt_sent, item.src_sent]));
  let flagCount = 0;
  for (const [mt, src] of clean) flagCount += flagsOnPair(src, mt).length;
  addRow({
    metric: "DEMETR: flags per clean mt_sent",
    tuning: { value: flagCount / clean.size, detail: `${flagCount}/${clean.size}`, n: clean.size },
    target: atMost(0.05),
    rate: true,
    digits: 3,
  });
}
