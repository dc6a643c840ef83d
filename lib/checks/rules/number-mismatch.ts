import { flag, sourceSpanOf, targetSpanOf, textSpan } from "../finding";
import { englishNumbers, russianNumbers, type NumberMention } from "../text/numbers";
import type { Check, CheckContext, Finding } from "../types";
import type { AlignedGroup, TextSpan } from "@/lib/align/types";

export const numberMismatch: Check = {
  id: "number-mismatch",
  title: "Number missing or changed",
  category: "Accuracy/Mistranslation",
  severity: "major",
  description:
    "Every number of the source sentence must appear in its translation, converted to English conventions " +
    "(7,5 → 7.5; 2 500 → 2,500; 11,5 тыс. → 11.5 thousand; 12 тыс. → 12,000; 13 января → January 13; 10.30 → 10:30); " +
    "number words may stand for digits, and so may ordinal and multiple words (1 место → first place, в 3 раза → tripled), and a date may take English order (23.07.2015 → 07.23.2015 or July 23, 2015). Also flags a count that English reads as the year of a date " +
    "(“January 13, 1925 rioters” for 1925 участников), and a decimal comma copied from the source (“1,5 million”).",
  examples: {
    valid: [
      {
        source: "С 4-го по 7-е поступило 11,5 тыс. вызовов, петиция набрала 12 тыс. голосов.",
        target: "From the 4th to the 7th, 11.5 thousand calls were received; the petition got 12,000 votes.",
      },
      { source: "Заседание начнётся 13 января в 10.30.", target: "The meeting will start on January 13 at 10:30." },
      { source: "Приговор вынесен 14.09.2019.", target: "The sentence was passed on September 14, 2019." },
      { source: "Отношения разорвали три года назад, ущерб составил 1,5 млн рублей.", target: "Relations were broken off 3 years ago; the damage was 1.5 million rubles." },
    ],
    invalid: [
      {
        source: "Отношения разорвали три года назад.",
        target: "Relations were broken off two years ago.",
        flagged: "two",
        suggestion: "three",
      },
      {
        source: "По состоянию на 13 января в Алматы задержаны 1925 участников беспорядков.",
        target: "As of January 13, 1925 rioters were detained in Almaty.",
        flagged: "1925",
        suggestion: "1,925",
      },
      {
        source: "Изъяты 38 единиц огнестрельного оружия и 1486 единиц боеприпасов.",
        target: "38 firearms and ammunition were confiscated.",
        flagged: "38 firearms and ammunition were confiscated.",
      },
    ],
  },
  run(context) {
    return context.groups.flatMap((group) => checkGroup(context, group));
  },
};

function checkGroup(context: CheckContext, group: AlignedGroup): Finding[] {
  const source = sourceSpanOf(context, group);
  const target = targetSpanOf(context, group);
  if (!source || !target) return [];
  const sourceNumbers = russianNumbers(source.text);
  const targetNumbers = englishNumbers(target.text);
  const { unmatchedSource, unmatchedTarget } = match(sourceNumbers, targetNumbers);
  const findings: Finding[] = [];
  const changeable = unmatchedTarget.filter((t) => t.kind === "month" || t.kind === "digits" || (t.kind === "word" && !isOne(t)));
  // "один", "одна" is as often "a", "alone" or "the same" as "one": it never stands for a changed number.
  for (const missing of unmatchedSource.filter((s) => !(s.kind === "word" && isOne(s)))) {
    const at = changeable.findIndex((t) => (t.kind === "month") === (missing.kind === "month"));
    if (at >= 0) findings.push(changed(context, source, target, missing, changeable.splice(at, 1)[0]));
    // A year the context makes plain ("27 июля 2020 года" → "July 27") may go untranslated.
    else if (missing.kind === "digits" && !missing.year) findings.push(omitted(context, source, target, missing));
  }
  return [...findings, ...misread(context, source, target, sourceNumbers, targetNumbers)];
}

const isOne = (number: NumberMention) => number.keys.includes("n:1");

/** Pairs each source number with a target number written with the same value: ordinals first, then digits before words. */
function match(sourceNumbers: NumberMention[], targetNumbers: NumberMention[]) {
  const unusedTarget = [...targetNumbers];
  const unmatchedSource: NumberMention[] = [];
  const byPriority = [...sourceNumbers].sort((a, b) => rank(a) - rank(b));
  for (const number of byPriority) {
    // A source ordinal takes only an English ordinal, never a figure that a number of the source needs.
    const at = unusedTarget.findIndex((candidate) => (number.kind !== "implied" || candidate.kind === "implied") && candidate.keys.some((key) => number.keys.includes(key)));
    if (at >= 0) unusedTarget.splice(at, 1);
    else if (number.kind !== "code" && number.kind !== "implied") unmatchedSource.push(number);
  }
  unmatchedSource.sort((a, b) => a.start - b.start);
  return { unmatchedSource, unmatchedTarget: unusedTarget.filter((t) => t.kind !== "code") };
}

function rank(number: NumberMention): number {
  // Ordinals first: the source's own ("Во-вторых") takes the English one ("Second") before a number of the source may.
  return { implied: -1, digits: 0, month: 1, code: 2, word: 3 }[number.kind];
}

function changed(context: CheckContext, source: TextSpan, target: TextSpan, was: NumberMention, now: NumberMention): Finding {
  return flag(numberMismatch, {
    target: textSpan(context.aligned.target.text, target.start + now.start, target.start + now.end),
    source: textSpan(context.aligned.source.text, source.start + was.start, source.start + was.end),
    message: `The source has “${was.text}” here, not “${now.text}”.`,
    suggestion: was.kind === "month" ? null : englishForm(was),
  });
}

function omitted(context: CheckContext, source: TextSpan, target: TextSpan, missing: NumberMention): Finding {
  return flag(numberMismatch, {
    target,
    source: textSpan(context.aligned.source.text, source.start + missing.start, source.start + missing.end),
    message: `The number “${missing.text}” of the source is missing from the translation.`,
  });
}

/** A target number whose value the source has, but which English readers take for something else. */
interface Misreading {
  suspect(number: NumberMention): boolean;
  /** Source numbers whose value shows the target number is misread. */
  counterpart(number: NumberMention): boolean;
  explain(number: NumberMention, counterpart: NumberMention): { message: string; suggestion: string | null };
}

/** The digits of a number written with a scale word ("1,5" of "1,5 million"). */
const digitsOf = (number: NumberMention) => number.text.split(/\s/)[0];

const MISREADINGS: Misreading[] = [
  {
    // A source count put right after a date, where English reads it as the year ("January 13, 1925 rioters").
    suspect: (number) => number.year,
    counterpart: (number) => number.kind === "digits" && !number.year,
    explain: (number, counted) => ({
      message: `“${number.text}” reads as the year of the date before it, but the source counts ${counted.text} of something.`,
      suggestion: groupThousands(number.text),
    }),
  },
  {
    // A source decimal copied with its comma ("1,5 million" for 1,5 млн): English readers take it for a list or a typo.
    suspect: (number) => number.kind === "digits" && /^\d+,\d+$/.test(digitsOf(number)) && !/^\d{1,3},\d{3}$/.test(digitsOf(number)),
    counterpart: (number) => number.kind === "digits",
    explain: (number, copied) => {
      const english = englishForm(copied);
      return { message: `“${number.text}” keeps the Russian decimal comma; English writes “${english}”.`, suggestion: english };
    },
  },
];

function misread(context: CheckContext, source: TextSpan, target: TextSpan, sourceNumbers: NumberMention[], targetNumbers: NumberMention[]): Finding[] {
  return MISREADINGS.flatMap((misreading) =>
    targetNumbers.filter(misreading.suspect).flatMap((number) => {
      const counterpart = sourceNumbers.find((s) => misreading.counterpart(s) && s.keys.some((key) => number.keys.includes(key)));
      if (!counterpart) return [];
      return [
        flag(numberMismatch, {
          target: textSpan(context.aligned.target.text, target.start + number.start, target.start + number.end),
          source: textSpan(context.aligned.source.text, source.start + counterpart.start, source.start + counterpart.end),
          ...misreading.explain(number, counterpart),
        }),
      ];
    }),
  );
}

const ENGLISH_NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** How English writes a source number: "7,5" → "7.5", "2 500" → "2,500", "11,5 тыс." → "11.5 thousand", "три" → "three". */
function englishForm(number: NumberMention): string | null {
  const value = Number(number.keys.find((key) => key.startsWith("n:"))?.slice(2));
  if (number.kind === "word") return ENGLISH_NUMBER_WORDS[value] ?? (Number.isFinite(value) ? groupThousands(String(value)) : null);
  const [digits, scaleWord] = number.text.split(/\s+/, 2);
  // A dotted date keeps its form: "23.07.2015" is no decimal.
  if (/^\d{1,2}\.\d{1,2}\.\d{2,4}$/.test(digits)) return digits;
  const english = digits.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".").replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
  if (scaleWord) {
    const power = Math.round(Math.log10(value / Number(english)));
    // Whole thousands are written in digits (12 тыс. → 12,000); fractions and larger scales keep the word.
    if (power === 3 && Number.isInteger(Number(english))) return groupThousands(String(value));
    return `${english} ${SCALE_WORDS[power] ?? ""}`.trim();
  }
  return number.year ? english : groupThousands(english);
}

const SCALE_WORDS: Record<number, string> = { 3: "thousand", 6: "million", 9: "billion", 12: "trillion" };

function groupThousands(digits: string): string {
  const [whole, fraction] = digits.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
