import { foldCyrillic, foldLatin } from "./fold";
import type { GraphoneModel } from "./graphone-model";
import { trainNgram, type NgramTrainingOptions } from "./ngram";
import type { SequenceModelData } from "./sequence-model";
import { weightOf, type NamePair } from "./train";

/** Aligns every pair with the graphone model and trains an n-gram model over the aligned graphone sequences. */
export function trainSequenceModel(pairs: readonly NamePair[], aligner: GraphoneModel, options: NgramTrainingOptions): SequenceModelData {
  const graphones = ["</s>", "<unk>"];
  const ids = new Map<string, number>();
  const idOf = (graphone: string) => {
    if (!ids.has(graphone)) {
      ids.set(graphone, graphones.length);
      graphones.push(graphone);
    }
    return ids.get(graphone)!;
  };
  const sequences = pairs.flatMap((pair) => {
    const alignment = aligner.align(foldCyrillic(pair.russian), foldLatin(pair.latin));
    return alignment ? [{ symbols: alignment.map(([russian, latin]) => idOf(`${russian}:${latin}`)), weight: weightOf(pair.count) }] : [];
  });
  return { graphones, ngram: trainNgram(sequences, graphones.length, options) };
}
