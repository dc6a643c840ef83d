/**
 * The English lexicon: what Errata knows about words, apart from any check or article. Hunspell dictionaries
 * (en-US and en-GB via nspell) with derivations and near misses, closed-class words, the built-in lists of regional
 * and news words Hunspell lacks (`data/`), number and month words, word tokens, hyphenated compounds, the few
 * capitalised common words, country names in English and Russian (ICU), and which English words translate a Russian
 * word (a table learned from parallel text by IBM Model 1).
 *
 * Layers: checks → names → lexicon → morph, translit, align. Nothing here imports names, checks or glossary.
 */
export { isCapitalisedOnlyWord, isDerivedWord, isDictionaryWord, nearMisses, preloadDictionaries, twoSlipMisses } from "./spelling";
export { FREQUENT_ZIPF, isFrequentWord, zipfFrequency } from "./frequency";
export { CLAUSE_OPENERS, COORDINATORS, DETERMINERS, FUNCTION_WORDS, MODALS, PREPOSITIONS, SUBORDINATORS } from "./function-words";
export { BUILT_IN_WORDS, hasWord, isBuiltInWord } from "./built-in-words";
export { ENGLISH_SCALES, ENGLISH_UNITS, englishMonth, englishMultiple, englishOrdinal, russianMonth, russianOrdinal, russianScale, russianUnit } from "./number-words";
export {
  capitalize,
  compoundParts,
  hasInnerCapital,
  isCapitalized,
  isEmbeddedInCode,
  isShoutedWord,
  isWrittenInCapitals,
  matchCase,
  wordTokens,
} from "./tokens";
export { isHyphenatedCompound } from "./compounds";
export { isCapitalisedCommonWord } from "./capitalised-words";
export { englishCountryNameList, englishCountryNames, russianCountryNames, sharesDemonymStem } from "./gazetteer";
export { droppedLetterIn, type DroppedLetter } from "./dropped-letters";
export { bigramToken, bigramTokens, BIGRAM_SENTENCE_END, BIGRAM_SENTENCE_START, wordBigrams, type BigramToken } from "./word-bigrams";
export { englishWordsOf, LIKELY_TRANSLATION, likelyTranslationsOf, POSSIBLE_TRANSLATION, russianLemmasOf, translationScore, translationsOf } from "./word-translations";
