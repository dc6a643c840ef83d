/**
 * Names in a Russian source and their renderings in the English translation: az finds the names and their
 * nominatives (a first name and a surname agree in case and gender), iuliia gives their spellings across schemes,
 * and each source name word is matched to a capitalised English word of the aligned sentences.
 */
import { analyseNames } from "./analysis";
import { matchKey } from "@/lib/translit";
import { englishForms } from "./english-forms";
import { keepsConsonants } from "./match";
import type { ArticleContext } from "./types";

export type { ArticleContext } from "./types";
export { createArticleContext } from "./context";
export { analyseNames, type NameAnalysis, type NameMention, type GlossaryHit } from "./analysis";
export { findSourceNames, type SourceName, type NameWord, type NameKind } from "./source-names";
export { matchWord, type WordMatch, type Verdict, type MatchKind } from "./match";
export { englishForms } from "./english-forms";
export { articleSpellings, suggestedSpelling, writtenForm } from "./spellings";

/**
 * Lower-cased English words that are right as names in this article: spellings of the source names' nominatives
 * across schemes, the English words matched to source names by their spelling (a leaked case form is the name checks'
 * to report, not a spelling error), and the words of glossary targets.
 */
export function acceptedNameTokens(context: ArticleContext): Set<string> {
  return acceptedTokens(context);
}

/**
 * Whether an English word is one of this article's names under any spelling the name matching accepts ("Alexei" for
 * Алексей, where `acceptedNameTokens` lists only the schemes' Aleksey, Aleksei).
 */
export function isAcceptedName(context: ArticleContext, word: string): boolean {
  const keys = context.memo("accepted-name-keys", () => new Set([...acceptedTokens(context)].map(matchKey)));
  return keys.has(matchKey(word));
}

/**
 * Whether an English word is a spelling of one of this article's names that the schemes or the name data give
 * (Andrej, Andrei, Andrey for Андрей): unlike `acceptedNameTokens`, not merely the word a name was matched to.
 */
export function isListedNameSpelling(context: ArticleContext, word: string): boolean {
  const spellings = context.memo("listed-name-spellings", () => {
    const listed = new Set<string>();
    for (const mention of analyseNames(context).mentions) {
      for (const forms of englishForms(mention.word).byNominative.values()) for (const form of forms) listed.add(form.toLowerCase());
    }
    return listed;
  });
  return spellings.has(word.toLowerCase());
}

/**
 * Whether the name matching found the English word spelling a source name word letter for letter (Dong, hoon of
 * "Dong-hoon" for Дон Хун): a name as written, not a loose match that may hide two words run together.
 */
export function isSpeltName(context: ArticleContext, word: string): boolean {
  const spelt = context.memo("spelt-name-words", () => {
    const words = new Set<string>();
    for (const mention of analyseNames(context).mentions) if (mention.target && mention.match?.kind === "spelling") words.add(mention.target.text.toLowerCase());
    return words;
  });
  return spelt.has(word.toLowerCase());
}

function acceptedTokens(context: ArticleContext): Set<string> {
  return context.memo("accepted-name-tokens", () => {
    const tokens = new Set<string>();
    const add = (text: string) => {
      for (const part of text.toLowerCase().split(/[\s-]+/)) if (part) tokens.add(part.replace(/['’]s$/, ""));
    };
    const analysis = analyseNames(context);
    for (const mention of analysis.mentions) {
      for (const spellings of englishForms(mention.word).byNominative.values()) spellings.forEach(add);
      // A word only guessed to render the name by its first letters (Minstry for Минобороны) may be a misspelling.
      const guessed = mention.match?.kind === "guess" && !keepsConsonants(mention.word, mention.target?.text ?? "");
      if (mention.target && !guessed) add(mention.target.text);
    }
    for (const entry of context.glossary) add(entry.target);
    return tokens;
  });
}
export { hasSourceCounterpart } from "./counterpart";
export { findGluedSpelling, findNearSpelling, literalCandidate } from "./locate";
export { organisationEnglishNames } from "./organisations";
export { unrenderedNames, type UnrenderedName } from "./unrendered";
export { unexpectedNames, type UnexpectedName } from "./unexpected";
export { adjectivalLeaks, type AdjectivalLeak } from "./adjectival-leaks";
export { isSubjectOfVerbAfter } from "./gender";
export { isOwnEnglishForm, translatedTitles, type TranslatedTitle } from "./translated-titles";
export { isGovernedByTransliteratedHead } from "./governed-genitive";
