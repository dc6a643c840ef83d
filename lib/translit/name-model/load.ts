import { readFileSync } from "node:fs";
import path from "node:path";
import { NameLexicon } from "./lexicon";
import { NameModel } from "./name-model";

/** The committed model files (npm run train:names writes them); read from the project root, as the app and scripts run there. */
export const NAME_MODEL_DATA = path.join(process.cwd(), "lib/translit/data");

let model: NameModel | null = null;
let lexicon: NameLexicon | null = null;

const read = (file: string) => JSON.parse(readFileSync(path.join(NAME_MODEL_DATA, file), "utf8"));

/** The trained name model, loaded on first use (a few tens of milliseconds) and kept for the process. */
export function nameModel(): NameModel {
  return (model ??= new NameModel(read("name-model.json"), () => read("name-sequences.json")));
}

/** The attested-spellings lexicon, loaded on first use. */
export function nameLexicon(): NameLexicon {
  return (lexicon ??= new NameLexicon(read("name-lexicon.json")));
}
