/**
 * English closed-class words: articles, pronouns, prepositions, conjunctions, question words. DEMETR picks
 * content words (N, V, ADJ, ADV by spaCy's tags) for char_removed and codemix, and none of these is a name.
 * Auxiliaries stay out of the list: spaCy tagged "will", "be", "is" as verbs often enough that DEMETR's items hit them.
 */
export const CLOSED_CLASS = new Set([
  "a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every", "no", "all", "both",
  "i", "me", "my", "you", "your", "he", "him", "his", "she", "her", "it", "its", "we", "us", "our", "they",
  "them", "their", "who", "whom", "whose", "which", "what", "of", "in", "on", "at", "to", "for", "with", "from",
  "by", "into", "onto", "about", "after", "before", "over", "under", "between", "during", "against",
  "through", "without", "within", "since", "until", "up", "down", "off", "out", "and", "or", "but", "nor",
  "if", "as", "than", "because", "while", "although", "though", "whether", "not", "when", "where", "why", "how",
  "there", "here",
]);
