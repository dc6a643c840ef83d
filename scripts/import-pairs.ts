import fs from "node:fs";
import path from "node:path";

export interface FilePair {
  name: string;
  source: string;
  target: string;
}

const EXTENSIONS = ["txt", "html", "htm"];

/** NAME.ru.txt (or .html) with NAME.en.txt (or .html), in name order; names with one side only are listed apart. */
export function findPairs(dir: string, sourceLang: string, targetLang: string): { pairs: FilePair[]; unpaired: string[] } {
  const byName = new Map<string, { source?: string; target?: string }>();
  for (const file of fs.readdirSync(dir).sort()) {
    const match = /^(.+)\.([a-z]{2,3})\.([a-z]+)$/i.exec(file);
    if (!match || !EXTENSIONS.includes(match[3].toLowerCase())) continue;
    const [, name, lang] = match;
    const side = lang === sourceLang ? "source" : lang === targetLang ? "target" : null;
    if (!side) continue;
    byName.set(name, { ...byName.get(name), [side]: path.join(dir, file) });
  }
  const pairs: FilePair[] = [];
  const unpaired: string[] = [];
  for (const [name, sides] of byName) {
    if (sides.source && sides.target) pairs.push({ name, source: sides.source, target: sides.target });
    else unpaired.push(name);
  }
  return { pairs, unpaired };
}
