/** The seed pair (tuning only): every error the brief lists is flagged; no official spelling is. */
import { alignTexts } from "@/lib/align";
import { runChecks } from "@/lib/checks";
import { starterGlossary } from "@/lib/glossary";
import { seedPair } from "../data";
import { overlaps } from "./flags";
import { addRow } from "./table";

const SEED_ERRORS: Array<{ checks: string[]; text: string }> = [
  { checks: ["name-case"], text: "Askara Umarova" },
  { checks: ["name-case"], text: "Nikola Pashinyan" },
  { checks: ["name-case"], text: "Alexandru Kotsu" },
  { checks: ["name-inconsistent"], text: "Sagintayev" },
  { checks: ["name-literal", "glossary"], text: "Satellite Kazakhstan" },
  { checks: ["glued-word"], text: "Abaevwho" },
  { checks: ["glued-word"], text: "Kazakhstanthat" },
  { checks: ["non-word"], text: "non-strikeers" },
  { checks: ["dangling-abbreviation"], text: "acting." },
  { checks: ["quote-spacing"], text: "critical“ red ”level" },
  { checks: ["broken-domain"], text: "stopterrorism. kz" },
  { checks: ["number-mismatch"], text: "1925" },
];
const OFFICIAL_SPELLINGS = ["Kassym-Jomart Tokayev", "Sadyr Japarov", "Emomali Rahmon", "Vladimir Putin", "Alexander Lukashenko", "Sergei Shoigu"];

export function seed(): void {
  const { source, target } = seedPair();
  const { flags } = runChecks(alignTexts(source, target, { sourceLang: "ru", targetLang: "en" }), starterGlossary);
  const missed = SEED_ERRORS.filter(({ checks, text }) => {
    const start = target.indexOf(text);
    return !flags.some((flag) => checks.includes(flag.check) && overlaps(flag, start, start + text.length));
  });
  const officialFlagged = OFFICIAL_SPELLINGS.filter((name) =>
    [...target.matchAll(new RegExp(name, "g"))].some((m) => flags.some((flag) => overlaps(flag, m.index, m.index + name.length))),
  );
  const found = SEED_ERRORS.length - missed.length;
  const missedNote = missed.length ? ` (missed: ${missed.map((m) => m.text).join(", ")})` : "";
  addRow({ metric: "seed: listed errors flagged", tuning: `${found}/${SEED_ERRORS.length}${missedNote}`, target: "all", met: missed.length === 0 });
  const flaggedNote = officialFlagged.length ? ` (${officialFlagged.join(", ")})` : "";
  addRow({ metric: "seed: official spellings flagged", tuning: `${officialFlagged.length}${flaggedNote}`, target: "0", met: officialFlagged.length === 0 });
  addRow({ metric: "seed: flags in all", tuning: String(flags.length) });
}
