/**
 * The learned name model: transliteration of names of every origin between Russian and Latin letters (see
 * name-model.ts), its training (npm run train:names) and the attested-spellings lexicon.
 */
export { NameModel, type NameModelData } from "./name-model";
export { NameLexicon, buildLexicon, type NameLexiconData, type AttestedSpelling } from "./lexicon";
export { trainNameModel, measureHeldOut, DEFAULT_NAME_MODEL_TRAINING, type NameModelTraining, type TrainedNameModel } from "./train-name-model";
export { guessRates, measureAcceptance, measureGuessing, type AcceptanceFigures, type GuessFigures } from "./evaluate";
export { foldLatin, foldCyrillic } from "./fold";
export type { NamePair } from "./train";

/** Pairs from a NETransliteration file: Latin token, Russian letters separated by spaces, count. */
export function readNamePairs(tsv: string): Array<{ latin: string; russian: string; count: number }> {
  return tsv
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => {
      const [latin, letters, count] = line.split("\t");
      return { latin, russian: letters.replace(/ /g, ""), count: Number(count) || 1 };
    });
}
export { nameModel, nameLexicon, NAME_MODEL_DATA } from "./load";
