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
