import { writeFileSync } from "node:fs";
import { mlqeSentences } from "../bench/eval/parts";
import { PERTURBATIONS } from "../bench/eval/perturbations";
import { seededRandom } from "../bench/eval/random";
import { changedSpan, flagsOnPair, isCaught } from "../bench/eval/flags";
import { bigramToken } from "@/lib/lexicon";
import { wordBigrams } from "@/lib/lexicon/word-bigrams";
const TOKEN = /\p{L}+(?:['’]\p{L}+)*|\p{N}+(?:[.,]\p{N}+)*|[,;:.!?()"“”«»]/gu;
const m = wordBigrams();
// marks glued after a word and followed by a space and a word: features
function feats(text: string) {
  const toks = [...text.matchAll(TOKEN)].flatMap((x) => { const t = bigramToken(x[0]); return t === null ? [] : [{ t, w: x[0], s: x.index }]; });
  const out: any[] = [];
  toks.forEach(({ t, w, s }, i) => {
    if (![",", ";", ":", "."].includes(t) || i === 0 || i + 1 >= toks.length) return;
    const a = toks[i - 1], b = toks[i + 1];
    if (a.s + a.w.length !== s || !/^\p{L}/u.test(a.w) || !/^\p{L}/u.test(b.w)) return;
    if (!/^ $/.test(text.slice(s + 1, b.s))) return;
    const before = toks[i - 2]?.t ?? "<s>", after = toks[i + 2]?.t ?? "</s>";
    const without = m.sequenceFit([before, a.t, b.t, after]);
    const withm = m.sequenceFit([before, a.t, t, b.t, after]);
    out.push({ s, mark: t, a: a.w, b: b.w, d: without - withm, upper: /^\p{Lu}/u.test(b.w) });
  });
  return out;
}
const part = process.argv[2] ?? "tuning";
const sents = mlqeSentences(part as any).filter((x) => x.postEdit.trim() !== "");
const random = seededRandom(`${part}:punc_addition`);
const pos: any[] = []; let n = 0;
for (const x of random.shuffled(sents)) {
  const p = PERTURBATIONS.punc_addition({ source: x.source, target: x.postEdit }, { random, entityPool: new Map() });
  if (p === null || p === x.postEdit) continue;
  n++;
  const caught = isCaught(x.postEdit, p, flagsOnPair(x.source, p));
  const [s, e] = changedSpan(x.postEdit, p);
  const f = feats(p).filter((t) => t.s >= s - 1 && t.s < e + 1);
  const srcMarks = (x.source.match(/[,;:.]/g) ?? []).length;
  pos.push({ caught, f, src: srcMarks });
  if (n === 500) break;
}
const neg: any[] = []; let words = 0;
for (const x of sents) { if (/\p{Script=Cyrillic}/u.test(x.postEdit)) continue; words += x.postEdit.split(/\s+/).filter(Boolean).length; for (const t of feats(x.postEdit)) neg.push(t); }
writeFileSync(`/tmp/slips-pexp-${part}.json`, JSON.stringify({ pos, neg, words }));
console.log(pos.filter((p) => !p.caught).length, pos.filter((p) => !p.caught && p.f.length).length, neg.length, words);
