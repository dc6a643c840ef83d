import type { TextSpan } from "@/lib/align/types";
import { FUNCTION_WORDS, isDictionaryWord } from "@/lib/lexicon";
import { wordsOf } from "@/lib/morph";
import { matchKey, similarity } from "@/lib/translit";
import { analyseNames } from "./analysis";
import type { ArticleContext } from "./types";
import { textBefore } from "@/lib/text";

/** Title words English capitalises in translating Russian titles (Президент, Министерство): not names translated. */
export const TITLE_WORDS = new Set(
  ("president prime minister ministry secretary general department office state committee council republic " +
    "federation party union court house congress senate parliament government agency service center centre " +
    "university institute bank army navy forces region territory district street square city head chairman " +
    "deputy governor mayor director chief embassy national federal central international organization organisation")
    .split(" "),
);

/** Whether the word opens or closes a quotation ("the “News” wrote"). */
function isQuoted(text: string, word: TextSpan): boolean {
  return /["“«]$/.test(textBefore(text, word.start)) || /^["”»]/.test(text.slice(word.end));
}

/** How far (as a share of the sentence) a literal translation may sit from where the name stands in the source. */
export const MAX_DRIFT = 0.2;

const groupTargetWords = (context: ArticleContext, group: number) =>
  context.groups[group].target.flatMap((sentence) =>
    wordsOf(sentence.text, sentence.start).map((word, i) => ({ word, initial: i === 0 })),
  );

/** The English word of the group closest in spelling to one of `spellings` (a misspelled or declined rendering). */
export function findNearSpelling(context: ArticleContext, group: number, spellings: readonly string[]): TextSpan | null {
  let best: { word: TextSpan; score: number } | null = null;
  for (const { word } of groupTargetWords(context, group)) {
    const key = matchKey(word.text);
    for (const spelling of spellings) {
      const target = matchKey(spelling);
      const leaked = key.startsWith(target) && key.length - target.length <= 2;
      const score = leaked ? 0.9 : similarity(key, target);
      if (score >= 0.75 && (!best || score > best.score)) best = { word, score };
    }
  }
  return best?.word ?? null;
}

/**
 * An English word of the group that runs one of `spellings` into the next word ("Pavlodarwhich"): the form is there,
 * but not as a word of its own.
 */
export function findGluedSpelling(context: ArticleContext, group: number, spellings: readonly string[]): TextSpan | null {
  for (const { word } of groupTargetWords(context, group)) {
    const lower = word.text.toLowerCase();
    const glued = spellings.some((spelling) => {
      const form = spelling.toLowerCase();
      const rest = lower.slice(form.length);
      // Two letters glued on are a function word ("Astanain"), not a case ending ("Tokayevom").
      return lower.startsWith(form) && (FUNCTION_WORDS.has(rest) || (rest.length >= 3 && isDictionaryWord(rest)));
    });
    if (glued) return word;
  }
  return null;
}

/**
 * Where a name translated as common words most likely stands ("Satellite" for «Спутник», "Hare" for Заяц): a
 * capitalised English dictionary word, not sentence-initial and not a title word, that no source name accounts for
 * (quoted, when the source name is quoted and `quoted` is set),
 * next to a word that renders another part of the same name (when one does), or else near the name's relative
 * position in the sentence.
 */
export function literalCandidate(
  context: ArticleContext,
  group: number,
  sourceStart: number,
  neighbours: TextSpan[] = [],
  quoted = false,
): TextSpan | null {
  const unmatched = new Set(analyseNames(context).unmatchedTargetWords.get(group)?.map((w) => w.start));
  const candidates = groupTargetWords(context, group)
    .filter(({ word, initial }) => !initial && unmatched.has(word.start) && /^\p{Lu}\p{Ll}/u.test(word.text))
    .map(({ word }) => word)
    .filter((word) => !TITLE_WORDS.has(word.text.toLowerCase()) && isDictionaryWord(word.text.toLowerCase()))
    .filter((word) => !quoted || isQuoted(context.aligned.target.text, word));
  if (candidates.length === 0) return null;
  const text = context.aligned.target.text;
  if (neighbours.length > 0) {
    const adjacent = (word: TextSpan) =>
      neighbours.some((n) => /^\s*$/.test(text.slice(word.end, n.start)) || /^\s*$/.test(text.slice(n.end, word.start)));
    return candidates.find(adjacent) ?? null;
  }
  const relative = (position: number, sentences: { start: number; end: number }[]) =>
    (position - sentences[0].start) / Math.max(1, sentences[sentences.length - 1].end - sentences[0].start);
  const wanted = relative(sourceStart, context.groups[group].source);
  const distance = (word: TextSpan) => Math.abs(relative(word.start, context.groups[group].target) - wanted);
  const nearest = [...candidates].sort((a, b) => distance(a) - distance(b))[0];
  return distance(nearest) <= MAX_DRIFT ? withAdjacent(text, nearest, candidates) : null;
}

/** The candidate with the candidates right beside it: a name of several words translated word by word ("Northern Steel"). */
function withAdjacent(text: string, word: TextSpan, candidates: TextSpan[]): TextSpan {
  let { start, end } = word;
  for (let grown = true; grown; ) {
    grown = false;
    for (const other of candidates) {
      if (other.start > end && /^ $/.test(text.slice(end, other.start))) [end, grown] = [other.end, true];
      if (other.end < start && /^ $/.test(text.slice(other.end, start))) [start, grown] = [other.start, true];
    }
  }
  return { start, end, text: text.slice(start, end) };
}
