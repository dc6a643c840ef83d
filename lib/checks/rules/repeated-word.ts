import { flag, textSpan } from "../finding";
import type { Check, Finding } from "../types";
import { wordBigrams } from "@/lib/lexicon";

/** Words and numbers, hyphenated compounds whole ("ex-husband"). */
const TOKEN = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** Doubled words that English grammar allows ("He said that that was wrong", "she had had enough"). */
const GRAMMATICAL_DOUBLES = new Set(["that", "had", "is", "do", "bye", "very", "no", "so"]);

export const repeatedWord: Check = {
  id: "repeated-word",
  title: "Repeated word",
  category: "Fluency/Grammar",
  severity: "minor",
  description:
    "The same word or number twice in a row; three or more in a row are meant (“blah blah blah”), and so is a verb's " +
    "particle before the same preposition and its object (“set in in Astrakhan”).",
  examples: {
    valid: [
      { source: "Он сказал, что это было ошибкой.", target: "He said that that was a mistake." },
      { source: "Она уже натерпелась.", target: "She had had enough." },
      { source: "Он всё говорил и говорил.", target: "He went on: yada yada yada." },
    ],
    invalid: [
      { source: "Он хотел поехать в Москву.", target: "He wanted to to go to Moscow.", flagged: "to to", suggestion: "to" },
      {
        source: "Команда проиграла 11 июля.",
        target: "The team lost on July 11 11.",
        flagged: "11 11",
        suggestion: "11",
      },
    ],
  },
  run(context) {
    const text = context.aligned.target.text;
    const findings: Finding[] = [];
    const sourceDoubles = doublesOf(context.aligned.source.text);
    for (const sentence of context.aligned.target.sentences) {
      // A line of bare numbers ("0 0" share counters of a web page) is page furniture, not prose.
      if (!/\p{L}/u.test(sentence.text)) continue;
      const tokens = [...sentence.text.matchAll(TOKEN)];
      tokens.forEach((match, i) => {
        const previous = tokens[i - 1];
        // Three or more in a row are meant: "blah blah blah", "ha ha ha", "no, no, no" of a chant.
        const run = (j: number) => tokens[j] !== undefined && tokens[j][0].toLowerCase() === match[0].toLowerCase();
        // A double copied from the source ("10 10 библейских персонажей") and a particle before its preposition ("yelled
        // at at home", "going on on Petrovka") are meant.
        const meant = sourceDoubles.has(match[0].toLowerCase()) || particleBeforePreposition(sentence.text, tokens, i);
        if (previous && isRepetition(sentence.text, previous, match) && !run(i - 2) && !run(i + 1) && !meant) {
          const start = sentence.start + (previous.index ?? 0);
          findings.push(
            flag(this, {
              target: textSpan(text, start, sentence.start + (match.index ?? 0) + match[0].length),
              message: `“${match[0]}” is repeated.`,
              suggestion: previous[0],
            }),
          );
        }
      });
    }
    return findings;
  },
};

function isRepetition(sentence: string, previous: RegExpMatchArray, current: RegExpMatchArray): boolean {
  const gap = sentence.slice((previous.index ?? 0) + previous[0].length, current.index);
  const word = current[0].toLowerCase();
  return /^[ \t\u00a0]+$/.test(gap) && word === previous[0].toLowerCase() && !GRAMMATICAL_DOUBLES.has(word);
}

/** Numbers and Latin words the source itself writes twice in a row: a translation that copies them repeats them too. */
function doublesOf(source: string): Set<string> {
  return new Set([...source.matchAll(/(?<![\p{L}\p{N}])([\p{L}\p{N}]+)[ \t\u00a0-]+\1(?![\p{L}\p{N}])/giu)].map((match) => match[1].toLowerCase()));
}

/** Adverb particles that end a phrasal verb and prepositions that may follow it: "yelled at at home". */
const PARTICLES = new Set(["at", "on", "in", "off", "out", "up", "over", "down", "by", "around"]);

/** How often a word must be a verb, by the word-bigram model's tags, for a particle after it to end a phrasal verb. */
const VERB_SHARE = 0.5;

/**
 * After a verb, regular ("yelled at at home") or not ("set in in Astrakhan", "came on on Monday"), and before the
 * preposition's object: a particle doubled at a clause's end ("did not give up up.") has none.
 */
function particleBeforePreposition(sentence: string, tokens: RegExpMatchArray[], i: number): boolean {
  const [verb, particle, object] = [tokens[i - 2], tokens[i], tokens[i + 1]];
  if (!verb || !object || !PARTICLES.has(particle[0].toLowerCase())) return false;
  if (!/^[ \t\u00a0]+$/.test(sentence.slice((particle.index ?? 0) + particle[0].length, object.index))) return false;
  const lower = verb[0].toLowerCase();
  return /(?:ed|ing)$/.test(lower) || wordBigrams().tagShare(lower, /^vb/) >= VERB_SHARE;
}
