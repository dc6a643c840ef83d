import { js2xliff, jsToXliff12, xliff12ToJs, xliff2js, type XliffGroup, type XliffUnit, type XliffUnits, type XliffValue } from "xliff";
import { UserError } from "@/lib/errors";
import type { AlignedUnit } from "./aligned-units";
import { xmlSafe } from "./xml-text";

export type XliffVersion = "2.0" | "1.2";

export interface XliffExport {
  /** The file's id (2.0) or original (1.2): the article's slug. */
  fileId: string;
  sourceLang: string;
  targetLang: string;
  units: (AlignedUnit & { notes: string[] })[];
}

/** One <unit> (2.0) or <trans-unit> (1.2) per aligned sentence group, ids u1, u2, … in reading order. */
export function buildXliff(document: XliffExport, version: XliffVersion): Promise<string> {
  const units: XliffUnits = {};
  document.units.forEach((unit, index) => {
    units[`u${index + 1}`] = {
      source: xmlSafe(unit.source),
      target: xmlSafe(unit.target),
      ...(unit.notes.length ? { note: unit.notes.map(xmlSafe) } : {}),
    };
  });
  const xliff = { sourceLanguage: document.sourceLang, targetLanguage: document.targetLang, resources: { [document.fileId]: units } };
  return version === "2.0" ? js2xliff(xliff) : jsToXliff12(xliff);
}

export interface ParsedXliff {
  version: XliffVersion;
  sourceLang: string;
  targetLang: string;
  source: string;
  target: string;
}

const VERSION = /<xliff\b[^>]*?\bversion\s*=\s*["']([^"']*)["']/;

/**
 * The two texts of a translated XLIFF file (2.x or 1.2): every unit's source and target in document order
 * (groups and several files included), joined. Inline codes keep their text and lose their markup. Anything
 * that is not such a file is a UserError (422), never a crash. The caller caps the size first: the whole
 * document is held in memory. The parser (sax, through xml-js) expands no DTD entity, so an entity bomb is
 * refused as an unknown entity.
 */
export async function parseXliff(xml: string): Promise<ParsedXliff> {
  const declared = VERSION.exec(xml.slice(0, 4096))?.[1];
  const version: XliffVersion | null = declared === "1.2" ? "1.2" : declared && /^2\.\d$/.test(declared) ? "2.0" : null;
  if (!version) throw new UserError("This is not an XLIFF 2.0 or 1.2 file: its <xliff> element has no version 2.x or 1.2.", 422);
  let parsed;
  try {
    parsed = await (version === "2.0" ? xliff2js(xml) : xliff12ToJs(xml));
  } catch (error) {
    throw new UserError(`The XLIFF file is not well-formed XML: ${firstLine(error)}`, 422);
  }
  const units = Object.values(parsed.resources ?? {}).flatMap((fileUnits) => unitsIn(fileUnits));
  if (units.length === 0) throw new UserError("The XLIFF file has no translation units.", 422);
  const sourceLang = languageOf(parsed.sourceLanguage, "source");
  const targetLang = languageOf(parsed.targetLanguage, "target");
  return {
    version,
    sourceLang,
    targetLang,
    ...joinSides(units),
  };
}

function unitsIn(units: XliffUnits | undefined): XliffUnit[] {
  return Object.entries(units ?? {}).flatMap(([key, unit]) => {
    if (key === "_additionalElements" || !unit || typeof unit !== "object") return [];
    return "groupUnits" in unit ? unitsIn((unit as XliffGroup).groupUnits) : [unit as XliffUnit];
  });
}

/** A segment's text: strings as they are, inline elements by their contents. */
function plainText(value: XliffValue | undefined): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(plainText).join("");
  if (typeof value === "object") {
    return Object.values(value)
      .map((inner) => (inner && typeof inner === "object" && "contents" in inner ? plainText((inner as { contents: XliffValue }).contents) : ""))
      .join("");
  }
  return "";
}

/**
 * Errata's own units carry the spaces and paragraph breaks between sentences (a unit after the first starts
 * with them), so they join as they are, even where two sentences meet with no space ("+15°С...+17°С"). A file
 * from a tool that trimmed every segment gets one space between units instead.
 */
function joinSides(units: XliffUnit[]): { source: string; target: string } {
  const sources = units.map((unit) => plainText(unit.source));
  const targets = units.map((unit) => plainText(unit.target));
  const carriesSeparators = [...sources.slice(1), ...targets.slice(1)].some((segment) => /^\s/.test(segment));
  const join = (segments: string[]) => (carriesSeparators ? segments.join("") : segments.filter(Boolean).join(" "));
  return { source: join(sources), target: join(targets) };
}

/** "en-GB" → "en": Errata pairs languages by their primary subtag. */
function languageOf(tag: string | undefined, which: "source" | "target"): string {
  const primary = tag?.trim().split(/[-_]/)[0].toLowerCase();
  if (!primary || !/^[a-z]{2,3}$/.test(primary)) {
    throw new UserError(`The XLIFF file does not say its ${which} language (${which === "source" ? "srcLang or source-language" : "trgLang or target-language"}).`, 422);
  }
  return primary;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0];
}
