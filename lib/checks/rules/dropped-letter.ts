import { flag, textSpan } from "../finding";
import { sourceWordsTransliterated } from "../text/accepted-words";
import { sourceLemmas } from "../text/source-lemmas";
import { spellingIssues } from "../text/spelling-issues";
import { modelRenders, rendersFaithfully } from "../text/transliteration";
import type { AlignedGroup } from "@/lib/align/types";
import type { Check, Finding } from "../types";
import {
  BIGRAM_SENTENCE_END,
  BIGRAM_SENTENCE_START,
  bigramTokens,
  droppedLetterIn,
  type DroppedLetter,
  englishWordsOf,
  FUNCTION_WORDS,
  isDictionaryWord,
  LIKELY_TRANSLATION,
  matchCase,
  POSSIBLE_TRANSLATION,
  translationScore,
} from "@/lib/lexicon";

/**
 * How much better, as a log-likelihood ratio, the longer word must fit its neighbours: a dropped letter is rare beside
 * a word written as meant, and the bigram corpus is small. Chosen on the tuning part's synthetic slips and clean
 * post-edits (asking less of a word subtitles hardly use, "meas", found four more slips there but raised three false
 * flags on the check part's post-edits).
 */
const MIN_MARGIN = 9;

/**
 * Asked where the source has the longer word and not the written one: the longer word renders a source word and the
 * written word, of four letters or more, renders none ("meal" where the source has металл). The neighbours need only
 * prefer the longer word: at 0, clean WMT21 references drew five more flags and no slip more was caught.
 */
const MIN_MARGIN_IN_SOURCE = 3;

/**
 * Asked where the longer word translates a source word that nothing in the translation translates ("to" where the
 * source has два and no "two" stands, "god" beside хорошо): the source then tells which word was meant, and the
 * neighbours need prefer the longer word only a little (at 0, a WMT21 reference's "sped into" drew "speed" for
 * на скорости).
 */
const MIN_MARGIN_TRANSLATED = 2;

// At POSSIBLE_TRANSLATION any word of the translation counts as translating a source word, and the written word,
// translating any source word so, is there for it ("on" for на); the longer word must be a LIKELY_TRANSLATION.
export const droppedLetter: Check = {
  id: "dropped-letter",
  title: "Word with a letter dropped",
  category: "Fluency/Spelling",
  severity: "minor",
  description:
    "A real word that a dropped letter made of another (“fin” for fine, “ill” for will, “chose” for choose): the word " +
    "one letter longer fits the words on either side far better, by a word-bigram model of edited English (the Brown " +
    "Corpus) and by the parts of speech it tags them with, or only better where the source has the longer word and " +
    "not the written one (“meal” beside металл). A word the dictionary lacks is the non-word check's; a word " +
    "the source writes in Cyrillic (“bot” for бот) is meant, unless it renders it loosely and the longer word renders " +
    "it too (“sit” beside сайт). Where the longer word translates a source word that nothing in the translation " +
    "translates, by a word-translation table learned from parallel text (“on problem” beside одна проблема), the " +
    "neighbours need prefer it only a little.",
  examples: {
    valid: [
      { source: "Он тяжело заболел.", target: "He fell ill last week." },
      { source: "Им запретили въезд.", target: "They were banned from entering." },
    ],
    invalid: [
      { source: "Мы собираемся убить его.", target: "We are going to ill him.", flagged: "ill", suggestion: "kill" },
      { source: "Это будет с нами.", target: "It ill be with us.", flagged: "ill", suggestion: "will" },
    ],
  },
  run(context) {
    const text = context.aligned.target.text;
    const misspelt = new Set(spellingIssues(context).map((issue) => issue.word.start));
    const findings: Finding[] = [];
    for (const group of context.groups) for (const sentence of group.target) {
      const tokens = bigramTokens(sentence.text, sentence.start);
      tokens.forEach(({ token, written, start }, i) => {
        // Lower case only: a capitalised word may be a name, whatever it is a letter short of.
        if (!/^\p{Ll}{2,}$/u.test(written) || misspelt.has(start)) return;
        // A part of a contraction or compound split by spacing ("don ’ t", "re- elect") is no word of its own.
        const end = start + written.length;
        const glued = /['’´`-]\s?$/u.test(text.slice(Math.max(0, start - 2), start)) || /^\s?['’´`-]/u.test(text.slice(end, end + 2));
        if (glued) return;
        const before = tokens[i - 1]?.token ?? BIGRAM_SENTENCE_START;
        const after = tokens[i + 1]?.token ?? BIGRAM_SENTENCE_END;
        // The model first: most words have no longer word to be a slip of, and asking it is cheaper than the dictionary.
        // A non-word is the non-word check's; a word the source has in Cyrillic ("bot" for бот) is meant, however rare.
        const slip = droppedLetterIn(before, token, after);
        const meant = !slip || !isClearSlip(group, written, slip) || !isDictionaryWord(written) || rendersSourceWord(group, written, slip.intended);
        if (meant) return;
        findings.push(
          flag(this, {
            target: textSpan(text, start, start + written.length),
            message: `“${written}” reads as “${slip.intended}” with a letter dropped.`,
            suggestion: matchCase(slip.intended, written),
          }),
        );
      });
    }
    return findings;
  },
};

/** Whether the longer word fits enough better for what the source says of the two (the cheapest tests first). */
function isClearSlip(group: AlignedGroup, written: string, { intended, margin }: DroppedLetter): boolean {
  if (margin >= MIN_MARGIN) return true;
  if (margin >= MIN_MARGIN_TRANSLATED && translatesUnrenderedSourceWord(group, written, intended)) return true;
  return margin >= MIN_MARGIN_IN_SOURCE && written.length >= 4 && sourceWordsTransliterated(group, intended).length > 0 && sourceWordsTransliterated(group, written).length === 0;
}

/**
 * Whether the longer word translates a source word that no word of the translation translates, while the written
 * word translates none: the translation lacks that word, and the written one is a letter short of it. Not asked of a
 * function word ("not" for не beside "no"), which is grammar that the source's words do not decide, nor of the written
 * word's own inflection or a-form (organize / organized, live / alive), which translate the same Russian lemma.
 */
function translatesUnrenderedSourceWord(group: AlignedGroup, written: string, intended: string): boolean {
  if (FUNCTION_WORDS.has(intended) || isSameWordFamily(written, intended)) return false;
  const russian = sourceLemmas(group);
  const likely = russian.filter((lemma) => translationScore(lemma, intended) >= LIKELY_TRANSLATION);
  if (likely.length === 0 || russian.some((lemma) => translationScore(lemma, written) >= POSSIBLE_TRANSLATION)) return false;
  const english = [...new Set(group.target.flatMap((sentence) => englishWordsOf(sentence.text)))];
  // A compound holding the longer word translates its source word too ("storyline" for сюжетную линию).
  if (english.some((word) => isCompoundOf(word, intended))) return false;
  return likely.some((lemma) => !english.some((word) => translationScore(lemma, word) >= POSSIBLE_TRANSLATION));
}

/** A solid compound of two dictionary words of three letters or more, one of them `part` ("storyline": story, line). */
function isCompoundOf(word: string, part: string): boolean {
  if (word.length < part.length + 3) return false;
  if (word.endsWith(part)) return isDictionaryWord(word.slice(0, -part.length));
  return word.startsWith(part) && isDictionaryWord(word.slice(part.length));
}

/** An inflection (-s, -d) or the a-form (asleep, alive, aboard) of the written word: one lemma in the source. */
const isSameWordFamily = (written: string, intended: string) => intended === `${written}s` || intended === `${written}d` || intended === `a${written}`;

/**
 * Whether the written word renders a source word that the longer one does not: faithfully ("bot" for бот, beside
 * boat), or loosely where the learned name model takes the longer word for no spelling of it. "sit" renders сайт
 * loosely, and site renders it too: the source does not tell them apart, the neighbours do.
 */
function rendersSourceWord(group: AlignedGroup, written: string, intended: string): boolean {
  return sourceWordsTransliterated(group, written).some((russian) => rendersFaithfully(written, russian) || !modelRenders(intended, russian));
}
