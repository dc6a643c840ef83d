import { js2tmx, type TmxDocument } from "tmexchange";
import { xmlSafe } from "./xml-text";

/** One translation unit of the memory: an original sentence group and its approved English. */
export interface TmxEntry {
  /** Unique in the file: the correction's id and the sentence's number in it. */
  tuid: string;
  /** The <prop type="group"> of the unit: the article's slug, so that a trainer can hold out whole articles. */
  group: string;
  source: string;
  target: string;
}

/** A TMX 1.4b document (tmexchange), one <tu> per entry, segments in the given languages. */
export function buildTmx(entries: TmxEntry[], sourceLang: string, targetLang: string): Promise<string> {
  const resources: TmxDocument["resources"] = {};
  for (const entry of entries) {
    resources[entry.group] ??= {};
    resources[entry.group][entry.tuid] = { [sourceLang]: xmlSafe(entry.source), [targetLang]: xmlSafe(entry.target) };
  }
  return js2tmx({ sourceLanguage: sourceLang, administrationLanguage: "en", creationTool: "Errata", creationToolVersion: "1", oTMF: "Errata", resources });
}
