import escapeStringRegexp from "escape-string-regexp";
/**
 * The demo articles' answer key as a regression test: every error planted in prisma/demo/articles is found by the
 * check the manifest names, with its fix, and nothing else is flagged (see prisma/demo/README.md).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { alignTexts } from "@/lib/align";
import { runChecks, type Finding } from "@/lib/checks";
import { starterGlossary } from "@/lib/glossary";

const DEMO_DIR = path.resolve(import.meta.dirname, "../../prisma/demo/articles");

const plantedError = z.object({
  kind: z.string(),
  target: z.string().nullable(),
  suggestion: z.string().nullable(),
  source: z.string(),
  reviewerFix: z.boolean().optional(),
});
type PlantedError = z.infer<typeof plantedError>;

const manifest = z.array(
  z.object({
    name: z.string(),
    expectedErrors: z.array(plantedError),
    mustNotFlag: z.array(z.string()),
    split: z.object({ source: z.string(), target: z.array(z.string()) }).optional(),
    /** Flags a second check raises on a planted error, each with the reason it is right. */
    alsoFlagged: z.array(z.object({ check: z.string(), target: z.string(), why: z.string() })).default([]),
  }),
);

const articles = manifest.parse(JSON.parse(readFileSync(path.join(DEMO_DIR, "manifest.json"), "utf8")));

interface Span {
  start: number;
  end: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const describeFlag = (flag: Finding) => `${flag.check} “${flag.target.text}”${flag.suggestion === null ? "" : ` → “${flag.suggestion}”`}`;

function analyse(name: string) {
  const read = (lang: string) => readFileSync(path.join(DEMO_DIR, `${name}.${lang}.txt`), "utf8");
  const [source, target] = [read("ru"), read("en")];
  const aligned = alignTexts(source, target, { sourceLang: "ru", targetLang: "en" });
  return { source, target, aligned, flags: runChecks(aligned, starterGlossary).flags };
}

/** The only occurrence of a manifest text in a document. */
function spanOf(text: string, wanted: string): Span {
  const start = text.indexOf(wanted);
  if (start < 0 || text.indexOf(wanted, start + 1) >= 0) throw new Error(`“${wanted}” must occur exactly once`);
  return { start, end: start + wanted.length };
}

function spansOf(text: string, wanted: string): Span[] {
  return [...text.matchAll(new RegExp(escapeStringRegexp(wanted), "g"))].map((m) => ({ start: m.index, end: m.index + wanted.length }));
}

/** The flags of the planted error's check on it: on its target text, or for an omission, on its source sentence. */
function flagsFor(error: PlantedError, flags: Finding[], source: string, target: string): Finding[] {
  const ofKind = flags.filter((flag) => flag.check === error.kind);
  if (error.target === null) return ofKind.filter((flag) => flag.source !== null && overlaps(flag.source, spanOf(source, error.source)));
  return ofKind.filter((flag) => overlaps(flag.target, spanOf(target, error.target!)));
}

/**
 * The text around the planted error after a set of replacements: the flags' fixes and the manifest's are compared
 * on the stretch both cover ("acting." → "acting" fixes "acting. Chairman" as "acting Chairman" does).
 */
function corrected(text: string, region: Span, replacements: Array<{ span: Span; by: string }>): string {
  let result = "";
  let at = region.start;
  for (const { span, by } of [...replacements].sort((a, b) => a.span.start - b.span.start)) {
    result += text.slice(at, span.start) + by;
    at = span.end;
  }
  return (result + text.slice(at, region.end)).replace(/\s+/g, " ").trim();
}

function suggestionMismatch(error: PlantedError, found: Finding[], target: string): string | null {
  if (error.target === null || error.suggestion === null || error.reviewerFix || found.length === 0) return null;
  const planted = spanOf(target, error.target);
  const region = { start: Math.min(planted.start, ...found.map((f) => f.target.start)), end: Math.max(planted.end, ...found.map((f) => f.target.end)) };
  const expected = corrected(target, region, [{ span: planted, by: error.suggestion }]);
  if (found.some((flag) => flag.suggestion === null)) return `${error.kind} “${error.target}”: no suggestion (want “${error.suggestion}”)`;
  const got = corrected(target, region, found.map((flag) => ({ span: flag.target, by: flag.suggestion! })));
  return got === expected ? null : `${error.kind} “${error.target}”: fixed as “${got}”, want “${expected}”`;
}

describe.each(articles)("demo article $name", (article) => {
  const { source, target, aligned, flags } = analyse(article.name);
  const found = article.expectedErrors.map((error) => ({ error, flags: flagsFor(error, flags, source, target) }));

  it("finds every planted error with the check the manifest names", () => {
    const missed = found.filter((f) => f.flags.length === 0).map(({ error }) => `${error.kind} “${error.target ?? error.source}”`);
    expect(missed).toEqual([]);
  });

  it("suggests the manifest's fix", () => {
    expect(found.map(({ error, flags }) => suggestionMismatch(error, flags, target)).filter(Boolean)).toEqual([]);
  });

  it("flags none of the texts that are right", () => {
    const wrong = article.mustNotFlag.flatMap((text) =>
      flags.filter((flag) => spansOf(target, text).some((span) => overlaps(flag.target, span))).map((flag) => `“${text}”: ${describeFlag(flag)}`),
    );
    expect(wrong).toEqual([]);
  });

  it("raises no flag beyond the planted errors", () => {
    const planted = new Set(found.flatMap((f) => f.flags));
    const documented = (flag: Finding) => article.alsoFlagged.some((a) => a.check === flag.check && a.target === flag.target.text);
    expect(flags.filter((flag) => !planted.has(flag) && !documented(flag)).map(describeFlag)).toEqual([]);
  });

  it.runIf(article.split)("aligns the sentence the translation split with both halves", () => {
    const sourceStart = spanOf(source, article.split!.source).start;
    const bead = aligned.beads.find((b) => b.source.some((i) => aligned.source.sentences[i].start === sourceStart));
    const halves = bead?.target.map((i) => aligned.target.sentences[i].text) ?? [];
    expect(article.split!.target.every((half) => halves.includes(half))).toBe(true);
  });
});
