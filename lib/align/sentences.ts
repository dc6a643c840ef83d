import { abbreviationsFor, type AbbreviationSet } from "./abbreviations";
import { trimSpan } from "./paragraphs";
import type { Span } from "./types";

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: "sentence" });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** Intl.Segmenter never breaks before a digit ("…in Almaty. 38 firearms…"); these are candidates too. */
const BREAK_BEFORE_NUMBER = /[.!?…]["»”’)\]]*\s+(?=\p{N})/gu;

/**
 * Sentence spans inside `span` of `text`: Intl.Segmenter's breaks plus breaks before numbers, then
 * a merge pass that undoes breaks after abbreviations and initials and before lower-case
 * continuations ("“Stop!” he said").
 */
export function splitSentences(text: string, span: Span, lang: string): Span[] {
  // Line breaks inside a paragraph are hard wraps; the segmenter would treat them as sentence ends.
  // Replacing them keeps the length, so offsets still point into the original text.
  const flat = text.slice(span.start, span.end).replace(/[\r\n\u2028\u2029]/g, " ");
  const abbreviations = abbreviationsFor(lang);
  const pieces: Span[] = [];
  for (const { start, end } of candidatePieces(flat, lang)) {
    const previous = pieces[pieces.length - 1];
    if (previous && continuesSentence(flat.slice(Math.max(previous.start, start - BREAK_CONTEXT), start), flat.slice(start, end), abbreviations)) {
      previous.end = end;
    } else {
      pieces.push({ start, end });
    }
  }
  return pieces
    .map((piece) => trimSpan(text, { start: span.start + piece.start, end: span.start + piece.end }))
    .filter((piece): piece is Span => piece !== null);
}

/**
 * Intl.Segmenter's sentences of `text`, read a window at a time: each step of its iterator costs time in the length of
 * the text it was given (Node 20), so a long paragraph of many sentences took time in the square of its length. Where a
 * window ends, the segmenter may break before text it cannot see past ("injuries. 18" of "injuries. 18 children"), so
 * a window's last break is not trusted: its last two sentences are read again from the next window. A break before
 * that is the whole text's, as what decides one runs at most to the next sentence mark. A window with no trusted break
 * is widened; a wide one is read for a few sentences only.
 */
function* sentenceSegments(text: string, lang: string): Generator<{ index: number; segment: string }> {
  const segmenter = segmenterFor(lang);
  for (let offset = 0, width = SEGMENT_WINDOW; offset < text.length; ) {
    const segments: Intl.SegmentData[] = [];
    for (const segment of segmenter.segment(text.slice(offset, offset + width))) if (segments.push(segment) > SEGMENTS_PER_WINDOW) break;
    const whole = offset + width >= text.length && segments.length <= SEGMENTS_PER_WINDOW;
    if (!whole && segments.length < 3) {
      width *= 2;
      continue;
    }
    for (const { index, segment } of whole ? segments : segments.slice(0, -2)) yield { index: offset + index, segment };
    if (whole) return;
    offset += segments[segments.length - 2].index;
    width = SEGMENT_WINDOW;
  }
}

/** Longer than nearly every paragraph, which is then read in one go. */
const SEGMENT_WINDOW = 4096;
const SEGMENTS_PER_WINDOW = 64;

/**
 * How much of the text before a break decides whether it is a false one: its last word and a number before that. Not
 * the whole sentence so far, which a long run of initials ("A. A. A. …") makes as long as the paragraph, re-read at each
 * break; a word this long is no abbreviation or initials.
 */
const BREAK_CONTEXT = 100;

function* candidatePieces(flat: string, lang: string): Generator<Span> {
  for (const { index, segment } of sentenceSegments(flat, lang)) {
    let start = index;
    for (const match of segment.matchAll(BREAK_BEFORE_NUMBER)) {
      const end = index + match.index + match[0].length;
      yield { start, end };
      start = end;
    }
    yield { start, end: index + segment.length };
  }
}

/** Whether the break between `before` and `after` is a false one. */
function continuesSentence(before: string, after: string, abbreviations: AbbreviationSet): boolean {
  const next = after.match(/[\p{L}\p{N}]/u)?.[0];
  if (next === undefined || /\p{Ll}/u.test(next)) return true;
  const ending = before.trimEnd().match(/([^\s«“„"'(\[]+)\.$/u);
  if (!ending) return false;
  const token = ending[1];
  const word = token.toLowerCase();
  const startsUpper = /\p{Lu}/u.test(next);
  if (abbreviations.beforeWord.has(word)) {
    const afterNumber = /\d\s*$/.test(before.slice(0, ending.index));
    return !(startsUpper && afterNumber && abbreviations.mayEndSentenceAfterNumber.has(word));
  }
  if (isInitials(token)) return true;
  return !startsUpper && (abbreviations.mayEndSentence.has(word) || /^\p{L}$/u.test(token));
}

/** "А", "A.S", "U.S", "D.C": single capitals joined by periods (personal initials or an acronym). */
function isInitials(token: string): boolean {
  return /^\p{Lu}(\.\p{Lu})*$/u.test(token);
}
