import { flag, textSpan } from "../finding";
import type { Check, CheckContext, Finding } from "../types";
import { isDictionaryWord } from "@/lib/lexicon";
import { knownReadings } from "@/lib/morph";
import { foldLatin, latinVariants } from "@/lib/translit";
import { adjectivalLeaks, analyseNames, isGovernedByTransliteratedHead, isSubjectOfVerbAfter, suggestedSpelling, writtenForm, type AdjectivalLeak, type NameMention } from "@/lib/names";

const CASE_NAMES: Record<string, string> = {
  gent: "genitive",
  datv: "dative",
  accs: "accusative",
  ablt: "instrumental",
  loct: "prepositional",
  voct: "vocative",
};

/** Mentions of one source name whose English words stand next to each other ("Askara Umarova"). */
function adjacentRuns(context: CheckContext, mentions: NameMention[]): NameMention[][] {
  const text = context.aligned.target.text;
  const placed = mentions.filter((m) => m.target).sort((a, b) => a.target!.start - b.target!.start);
  const runs: NameMention[][] = [];
  for (const mention of placed) {
    const last = runs[runs.length - 1]?.at(-1);
    const joined = last && /^[\s-]*$/.test(text.slice(last.target!.end, mention.target!.start));
    if (joined) runs[runs.length - 1].push(mention);
    else runs.push([mention]);
  }
  return runs;
}

/**
 * Leaks that are the name's own English form: one English spelling kept for several Russian case forms ("Igora
 * Drive" for Игора and Игоре Драйв), or a dictionary word made from a place (Israeli for Израиля).
 */
function ownFormLeaks(mentions: NameMention[]): Set<NameMention> {
  const sourceForms = new Map<string, Set<string>>();
  const keyOf = (m: NameMention) => `${m.match!.nominative}|${writtenForm(m).toLowerCase()}`;
  for (const mention of mentions) {
    if (!mention.match) continue;
    const forms = sourceForms.get(keyOf(mention)) ?? new Set<string>();
    forms.add(mention.word.text.toLowerCase());
    sourceForms.set(keyOf(mention), forms);
  }
  return new Set(
    mentions.filter(
      (m) =>
        m.match?.verdict === "case-leak" &&
        (sourceForms.get(keyOf(m))!.size > 1 || (m.name.kind === "place" && isDictionaryWord(writtenForm(m)))),
    ),
  );
}

/**
 * An English name (Mary for Марии) that only the fuzzy key takes for the Russian case form: a leak is written as some
 * scheme writes the form (Marii), and an English name spelled otherwise is the translator's choice of name.
 */
function isEnglishNameForLeak(mention: NameMention): boolean {
  const written = writtenForm(mention);
  if (mention.match?.kind !== "leak" || mention.match.stripped !== null || !isDictionaryWord(written) || isDictionaryWord(written.toLowerCase())) return false;
  const letters = (word: string) => foldLatin(word).toLowerCase();
  return !latinVariants(mention.word.text).some((spelling) => letters(spelling) === letters(written));
}

/** A word that is, as written, a place's nominative (Фили, Химки: plural names az also reads as a first name's case). */
const isPlaceAsWritten = (mention: NameMention) =>
  knownReadings(mention.word.text).some((p) => p.grammemes.has("Geox") && p.case === "nomn" && p.lemma === mention.word.text.toLowerCase());

function fixOf(context: CheckContext, mention: NameMention): string {
  if (mention.match?.verdict !== "case-leak") return writtenForm(mention);
  return suggestedSpelling(context, mention.match.nominative, mention.match.stripped);
}

/** The words of a name, each as `form` gives it, joined as the translation joins them: Jae-myung's parts by their hyphen. */
function joinedAsWritten(text: string, mentions: NameMention[], form: (mention: NameMention) => string): string {
  return mentions
    .map((mention, at) => {
      const previous = mentions[at - 1]?.target;
      const hyphenated = previous && mention.target && text.slice(previous.end, mention.target.start) === "-";
      return (at === 0 ? "" : hyphenated ? "-" : " ") + form(mention);
    })
    .join("");
}

export const nameCase: Check = {
  id: "name-case",
  title: "Russian case ending in a name",
  category: "Locale convention/Name format",
  severity: "major",
  description:
    "A name kept the Russian case ending of the source (Аскара Умарова → “Askara Umarova”). English names stay in " +
    "the nominative; the suggestion uses the spelling the article already has for the name, or its transliteration. " +
    "Only the words that carry an ending are flagged (“Oli” of “Oli Polyakova” for Оли Поляковой). So is a place's " +
    "adjective transliterated as declined (“Ryazanskoy region” for Рязанской области).",
  examples: {
    valid: [
      { source: "Назначение Аскара Умарова вызвало скандал.", target: "The appointment of Askar Umarov caused a scandal." },
      { source: "Элла Памфилова открыла заседание.", target: "Ella Pamfilova opened the meeting." },
      { source: "Музей находится на улице Гоголя.", target: "The museum is on Gogol Street." },
    ],
    invalid: [
      {
        source: "Назначение Аскара Умарова вызвало скандал.",
        target: "The appointment of Askara Umarova caused a scandal.",
        flagged: "Askara Umarova",
        suggestion: "Askar Umarov",
      },
      {
        source: "Об этом Андрей Ложкин рассказал Александру Коцу.",
        target: "Andrey Lozhkin told this to Alexandru Kotsu.",
        flagged: "Alexandru Kotsu",
        suggestion: "Alexander Kots",
      },
    ],
  },
  run(context) {
    const text = context.aligned.target.text;
    const mentions = analyseNames(context).mentions;
    const ownForms = ownFormLeaks(mentions);
    const byName = new Map<object, NameMention[]>();
    for (const mention of mentions) (byName.get(mention.name) ?? byName.set(mention.name, []).get(mention.name)!).push(mention);
    const findings: Finding[] = [];
    for (const mentions of byName.values()) {
      for (const run of adjacentRuns(context, mentions)) {
        // The subject of a verb right after it is in the nominative: a foreign name az reads as declined (Буше добавил).
        const subject = isSubjectOfVerbAfter(context.aligned.source.text, run[run.length - 1].name);
        const leaks = subject ? [] : run.filter((m) => m.match?.verdict === "case-leak" && !ownForms.has(m) && !isEnglishNameForLeak(m) && !isPlaceAsWritten(m) && !isGovernedByTransliteratedHead(context, m));
        if (leaks.length === 0) continue;
        const grammaticalCase = CASE_NAMES[leaks[0].word.case ?? ""] ?? "oblique";
        const wholeName = joinedAsWritten(text, run, (m) => fixOf(context, m));
        // MQM marks the smallest span that holds the error: the words with the ending, not a right surname beside them.
        const flagged = run.slice(run.indexOf(leaks[0]), run.indexOf(leaks[leaks.length - 1]) + 1);
        findings.push(
          flag(this, {
            target: textSpan(text, flagged[0].target!.start, flagged[flagged.length - 1].target!.end),
            source: textSpan(context.aligned.source.text, run[0].name.start, run[0].name.end),
            message: `The name keeps the Russian ${grammaticalCase} ending of “${run[0].name.text}”; in English it stays in the nominative: “${wholeName}”.`,
            suggestion: joinedAsWritten(text, flagged, (m) => fixOf(context, m)),
          }),
        );
      }
    }
    return [...findings, ...adjectivalLeaks(context).map((leak) => adjectivalFlag(context, leak))];
  },
};

function adjectivalFlag(context: CheckContext, leak: AdjectivalLeak): Finding {
  return flag(nameCase, {
    target: textSpan(context.aligned.target.text, leak.target.start, leak.target.end),
    source: textSpan(context.aligned.source.text, leak.source.start, leak.source.end),
    message:
      `“${leak.target.text}” keeps the Russian ${CASE_NAMES[leak.case] ?? "oblique"} ending of “${leak.source.text}”; ` +
      `English writes the adjective in the nominative (“${leak.nominative}”) or the name of the place.`,
    suggestion: leak.nominative,
  });
}
