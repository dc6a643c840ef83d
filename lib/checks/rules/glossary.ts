import { flag, targetSpanOf, textSpan } from "../finding";
import type { Check, CheckContext, Finding } from "../types";
import type { TextSpan } from "@/lib/align/types";
import { indexOfForm, type GlossaryEntry } from "@/lib/glossary";
import { analyseNames, findGluedSpelling, findNearSpelling, literalCandidate, type GlossaryHit } from "@/lib/names";
import { latinVariants } from "@/lib/translit";

const KIND_LABEL: Record<GlossaryEntry["kind"], string> = {
  OFFICIAL_SPELLING: "official spelling",
  DO_NOT_TRANSLATE: "a name, not translated",
  PREFERRED_TERM: "preferred term",
};

/** The English text of a group's translation, or null for an untranslated group (the omission check's case). */
function translationOf(context: CheckContext, group: number): string | null {
  return targetSpanOf(context, context.groups[group])?.text ?? null;
}

interface Placement {
  span: TextSpan;
  suggestion: string | null;
  /** What is wrong there, before the glossary's requirement. */
  problem: string;
}

/**
 * The smallest span the term's wrong rendering can be pinned to: a word running the English form into the next one
 * (the glued-word check gives that fix), a near or declined spelling of the required form or a plain
 * transliteration of the source term (Pridnestrovie for Приднестровье → Transnistria), a literal translation, or
 * else the sentence.
 */
function locate(context: CheckContext, hit: GlossaryHit): Placement {
  const targets = hit.occurrence.entries.map((e) => e.target);
  const required = targets[0];
  const glued = findGluedSpelling(context, hit.group, targets);
  if (glued) return { span: glued, suggestion: null, problem: `“${glued.text}” runs the term into the next word: ` };
  const transliterations = [hit.occurrence.text, hit.occurrence.entries[0].source].flatMap((russian) => latinVariants(russian));
  const near = findNearSpelling(context, hit.group, [...targets, ...transliterations]);
  if (near) return { span: near, suggestion: required, problem: "" };
  if (hit.occurrence.entries.some((e) => e.kind === "DO_NOT_TRANSLATE")) {
    const literal = literalCandidate(context, hit.group, hit.occurrence.start);
    if (literal) return { span: literal, suggestion: required, problem: "" };
  }
  return { span: targetSpanOf(context, context.groups[hit.group])!, suggestion: null, problem: "" };
}

export const glossary: Check = {
  id: "glossary",
  title: "Glossary term not used",
  category: "Terminology/Wrong term",
  severity: "major",
  description:
    "A glossary term occurs in the source (in any case form: Токаева, Россотрудничеству) but its aligned translation " +
    "does not use the required English form: an official spelling (Tokayev), a name not to translate (Sputnik), " +
    "or a preferred term (akim). The flag covers the smallest span that can be known: the word the form is glued " +
    "into or declined in, a literal translation, or else the sentence.",
  examples: {
    valid: [
      { source: "Касым-Жомарт Токаев провёл переговоры.", target: "Kassym-Jomart Tokayev held talks." },
      { source: "Глава Россотрудничества выступил.", target: "The head of Rossotrudnichestvo spoke." },
      { source: "Об этом сообщил «Спутник Казахстан».", target: "Sputnik Kazakhstan reported this." },
    ],
    invalid: [
      {
        source: "Переговоры провёл Касым-Жомарт Токаев.",
        target: "The talks were held by Kassym-Jomart Tokaev.",
        flagged: "Tokaev",
        suggestion: "Tokayev",
      },
      {
        source: "Об этом журналистам рассказал «Спутник Казахстан».",
        target: "Journalists were told this by Satellite Kazakhstan.",
        flagged: "Satellite",
        suggestion: "Sputnik",
      },
    ],
  },
  run(context) {
    const findings: Finding[] = [];
    for (const hit of analyseNames(context).glossaryHits) {
      const translation = translationOf(context, hit.group);
      const entries = hit.occurrence.entries;
      if (translation === null || entries.some((e) => indexOfForm(translation, e.target) >= 0)) continue;
      const { span, suggestion, problem } = locate(context, hit);
      findings.push(
        flag(this, {
          target: textSpan(context.aligned.target.text, span.start, span.end),
          source: textSpan(context.aligned.source.text, hit.occurrence.start, hit.occurrence.end),
          message: `${problem}“${hit.occurrence.text}” is “${entries.map((e) => e.target).join("” or “")}” in English (glossary: ${KIND_LABEL[entries[0].kind]}).`,
          suggestion,
        }),
      );
    }
    return findings;
  },
};
