/**
 * English closed-class words: articles, pronouns, prepositions, conjunctions, auxiliaries. Machine
 * translation glues them to the neighbouring word when markup swallows a space ("Kazakhstanthat").
 */
export const FUNCTION_WORDS = new Set([
  "the", "an", "that", "this", "these", "those", "who", "whom", "whose", "which", "what", "where", "when",
  "and", "or", "but", "nor", "so", "if", "as", "than", "because", "while", "although",
  "of", "in", "on", "at", "to", "for", "with", "from", "by", "into", "onto", "about", "after", "before",
  "over", "under", "between", "during", "against", "through", "without", "within", "since", "until",
  "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
  "shall", "should", "may", "might", "must", "do", "does", "did", "not",
  "he", "she", "it", "its", "they", "them", "their", "his", "her", "we", "our", "you", "your",
  "said", "says", "also",
]);

/** Modal verbs, which take a bare verb after them. */
export const MODALS = new Set(["will", "would", "can", "could", "shall", "should", "may", "might", "must"]);

/**
 * Words that open a noun phrase and cannot close one: articles and the possessive determiners that have a pronoun of
 * their own beside them (your / yours, their / theirs). "His", "her", "my" may stand alone ("it is his", "oh my").
 */
export const DETERMINERS = new Set(["the", "a", "an", "your", "its", "our", "their", "every"]);

/**
 * Prepositions that take an object and are no adverb particle of a phrasal verb: "on", "off", "up", "out", "over",
 * "about", "by", "before" and "after" end clauses ("come on", "as I said before"), these rarely do.
 */
export const PREPOSITIONS = new Set([
  "of", "from", "into", "onto", "upon", "with", "at", "to", "for", "in", "via", "per", "among", "amid", "amidst",
  "despite", "during", "toward", "towards", "without", "within", "between", "against", "across", "throughout", "unlike",
  "except", "regarding", "concerning",
]);

/** Coordinating conjunctions, which join what comes before them to what follows. */
export const COORDINATORS = new Set(["and", "or", "but", "nor"]);

/** Subordinating conjunctions that open a clause and cannot end one. */
export const SUBORDINATORS = new Set(["if", "because", "although", "though", "unless", "whether", "whereas"]);

/**
 * Words that open a clause of their own: subject pronouns, question and relative words, conjunctions, "there", the
 * demonstratives. After a preposition and a comma ("what we came for, we got"), the preposition ended its clause.
 */
export const CLAUSE_OPENERS = new Set([
  "i", "you", "he", "she", "it", "we", "they", "there", "this", "that", "these", "those", "what", "which", "who", "whom",
  "whose", "where", "when", "why", "how", "and", "or", "but", "nor", "so", "if", "because", "although", "though", "as",
  "while", "then", "not", "please", "however", "too", "also", "even", "yes", "no", "well",
]);
