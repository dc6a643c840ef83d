import { flag, sourceSpanOf, textSpan } from "../finding";
import type { Check } from "../types";
import { bigramTokens, wordBigrams, type BigramToken } from "@/lib/lexicon";

const ARTICLES = new Set(["the", "a", "an"]);

/**
 * Brown Corpus tags of words that never stand where an article's noun phrase goes on: prepositions, conjunctions,
 * modals, forms of have/be/do, "to", wh-words, subject and object pronouns, "there", and marks. Not another article:
 * "the a chunk" has an article too many, not a word too few (and "the the" is the repeated-word check's).
 */
const NEVER_AFTER_ARTICLE = /^(?:in|cc|cs|md|hv|be|do|to|wdt|wp|pps|ppss|ppo|ppl|ex|\.|,|:|\(|\)|--|'|\*)/;

/** How surely a word is of those classes, by the corpus's tags: "will" (a noun too, 0.95) and "must" stay below. */
const SURELY = 0.97;

/** A word the corpus always tags as one that cannot follow an article. */
const neverFollowsArticle = (word: string) => wordBigrams().isSurelyTagged(word, NEVER_AFTER_ARTICLE, SURELY);

/**
 * An article written in lower case, or capitalised where it opens the sentence: a capital "A" elsewhere is an initial
 * ("A. Illarionov").
 */
const isArticle = (token: BigramToken, index: number) =>
  ARTICLES.has(token.token) && (token.written === token.token || index === 0);

export const missingWord: Check = {
  id: "missing-word",
  title: "Word missing after an article",
  category: "Accuracy/Omission",
  severity: "major",
  description:
    "An article right before a word that never follows one (a preposition, a conjunction, a form of have or be, a " +
    "pronoun), or ending the sentence: the word after it, most often a name, was dropped (“introduced to the of the " +
    "Russian Federation”, “The has recognized the arrests”, “earthquakes hit the.”). A hyphenated compound (“a " +
    "has-been”) is a word of its own.",
  examples: {
    valid: [
      { source: "Законопроект внесли в Госдуму.", target: "The bill was introduced to the State Duma." },
      { source: "Лучше быть бывшим, чем никогда не бывшим.", target: "It is better to be a has-been than a never-was." },
    ],
    invalid: [
      { source: "Законопроект внесли в Госдуму РФ.", target: "The bill was introduced to the of the Russian Federation.", flagged: "the of" },
      { source: "ЕСПЧ признал аресты политически мотивированными.", target: "The has recognized the arrests as politically motivated.", flagged: "The has" },
    ],
  },
  run(context) {
    const text = context.aligned.target.text;
    return context.groups.flatMap((group) =>
      group.target.flatMap((sentence) => {
        const tokens = bigramTokens(sentence.text, sentence.start);
        return tokens.flatMap((token, i) => {
          const gap = gapAfter(text, tokens, i);
          return gap ? [flag(this, { target: textSpan(text, token.start, gap.end), source: sourceSpanOf(context, group), message: gap.message })] : [];
        });
      }),
    );
  },
};

/** Where the article at `i` stands before a dropped word: the end of what to flag, and why. */
function gapAfter(text: string, tokens: BigramToken[], i: number): { end: number; message: string } | null {
  const [article, next, complement] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (!isArticle(article, i)) return null;
  // An article that ends the sentence lost its noun: "massive earthquakes on the." (Alone, "A." marks a list item.)
  if (i > 0 && (!next || (/^[.!?]$/u.test(next.written) && !complement))) {
    return { end: article.start + article.written.length, message: `A word is missing after “${article.written}”, which ends the sentence.` };
  }
  // The words of those classes lead into what follows them ("the of the Russian Federation"): one that ends the
  // sentence is a noun spelled like one ("on the till.").
  if (!complement || !/^[\p{L}\p{N}]/u.test(complement.written)) return null;
  if (!followsDirectly(text, article, next) || !neverFollowsArticle(next.token)) return null;
  return { end: next.start + next.written.length, message: `A word is missing after “${article.written}”: “${next.written}” cannot follow it.` };
}

/**
 * The next word stands after the article in lower case, one space away, and is a word of its own, not the head of a
 * hyphenated compound ("a has-been") or an abbreviation ("a.m.").
 */
function followsDirectly(text: string, article: BigramToken, next: BigramToken): boolean {
  const between = text.slice(article.start + article.written.length, next.start);
  const after = text[next.start + next.written.length] ?? "";
  return between === " " && /^\p{Ll}+$/u.test(next.written) && !/[-.’']/u.test(after);
}
