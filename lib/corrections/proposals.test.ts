import { describe, expect, it } from "vitest";
import { alignTexts } from "@/lib/align";
import { fixProposals, flagFixSubjects, proposedAfter, reportFixSubject, sentenceAround } from "./proposals";

const SOURCE = "Аскара Умарова встретили в Астане. Потом Аскару Умарову вручили награду.";
const TARGET = "Askara Umarova was met in Astana. Then Askaru Umarovu was given an award.";
const aligned = alignTexts(SOURCE, TARGET, { sourceLang: "ru", targetLang: "en" });
const flag = (id: string, text: string) => ({ id, check: "name-case", category: "Accuracy/Mistranslation", severity: "major", targetStart: TARGET.indexOf(text), targetEnd: TARGET.indexOf(text) + text.length, targetText: text, suggestion: "Askar Umarov" });
const flagProposals = (one: ReturnType<typeof flag>, open: ReturnType<typeof flag>[]) => fixProposals(aligned, flagFixSubjects(TARGET, open).get(one.id)!);

describe("fix subjects and their proposals", () => {
  it("previews the suggestion in its sentence, and every occurrence of the name when there are several", () => {
    const first = flag("a", "Askara Umarova");
    const { apply, all } = flagProposals(first, [first, flag("b", "Askaru Umarovu")]);
    expect(apply?.sentences.map((s) => proposedAfter(s, apply.replacement))).toEqual(["Askar Umarov was met in Astana."]);
    expect(all?.sentences.map((s) => proposedAfter(s, "Askar Umarov"))).toEqual(["Askar Umarov was met in Astana.", "Then Askar Umarov was given an award."]);
    expect(all?.sentences[1].source).toBe("Потом Аскару Умарову вручили награду.");
  });

  it("recomputes the preview for a retyped replacement", () => {
    const first = flag("a", "Askara Umarova");
    const { apply } = flagProposals(first, [first]);
    expect(proposedAfter(apply!.sentences[0], "Askar Umarov Jr.")).toBe("Askar Umarov Jr. was met in Astana.");
  });

  it("sends offsets only: the subjects carry no sentence of the text", () => {
    const open = [flag("a", "Askara Umarova"), flag("b", "Askaru Umarovu")];
    const subjects = [...flagFixSubjects(TARGET, open).values(), reportFixSubject(TARGET, { id: "r", suggestion: "Astana city", at: { start: TARGET.indexOf("Astana"), end: TARGET.indexOf("Astana") + 6 } })];
    const json = JSON.stringify(subjects);
    expect(json).not.toContain("was met");
    expect(json).not.toContain("given an award");
    expect(subjects[0]?.all).toHaveLength(2);
    expect(fixProposals(aligned, subjects[2]!).sentence).toMatchObject({ text: "Askara Umarova was met in Astana." });
  });

  it("finds the sentence around a span for the Edit box", () => {
    const at = TARGET.indexOf("Askaru");
    expect(sentenceAround(aligned, at, at + 6)).toMatchObject({ text: "Then Askaru Umarovu was given an award.", source: "Потом Аскару Умарову вручили награду." });
  });
});
