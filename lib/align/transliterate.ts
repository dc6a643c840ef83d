/** A plain Russian→Latin table; enough to anchor names, not to spell them (lib/names does that). */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l",
  м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh",
  щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
  // Kazakh and Ukrainian letters that turn up in names.
  ә: "a", ғ: "g", қ: "k", ң: "n", ө: "o", ұ: "u", ү: "u", һ: "h", і: "i", ї: "i", є: "e", ґ: "g",
};

export function transliterate(word: string): string {
  let latin = "";
  for (const letter of word.toLowerCase()) latin += CYRILLIC_TO_LATIN[letter] ?? letter;
  return latin;
}

/**
 * Spellings of one sound in Russian transliteration and English usage, reduced to one consonant
 * class each ("Хабаровск" → kh, "Harry" ↔ "Гарри" → g, "Moscow" ↔ "Москва" → k, v).
 */
const CONSONANT_CLASSES: [RegExp, string][] = [
  [/shch|sch|sh|ss/g, "s"],
  [/dzh|zh|dj|j/g, "J"],
  [/tch|ch|ts|tz/g, "C"],
  [/th/g, "t"],
  [/kh|h|gh/g, "g"],
  [/ck|c|q/g, "k"],
  [/ph/g, "f"],
  [/w/g, "v"],
  [/x/g, "ks"],
];

/**
 * Russian case and adjective endings that carry consonants (vowel-only endings vanish with the
 * vowels anyway): "Путиным" → "Путин", "Хабаровского" → "Хабаровск". Longest first.
 */
const RUSSIAN_ENDING = /(?:ого|его|ому|ему|ым|им|ом|ем|ой|ей|ий|ый|ых|их|ах|ях)$/u;
const ENGLISH_POSSESSIVE = /['’]s$/u;

/**
 * A coarse key under which the forms and spellings of one name meet: the consonants of its
 * transliteration, without Russian case endings and without vowels, so that declension and vowel
 * spellings do not matter ("Жуковым", "Жукова", "Zhukov" → "Jkv"; "Ерлан", "Yerlan" → "rln";
 * "Москве", "Moscow" → "mskv"). Null when too short to anchor.
 */
export function nameKey(word: string): string | null {
  let key = nameKeys.get(word);
  if (key === undefined) {
    // Bounded: a server aligns text after text; the capitalised words of news repeat (names, months, sentence openers).
    if (nameKeys.size >= NAME_KEYS_KEPT) nameKeys.clear();
    key = computeNameKey(word);
    nameKeys.set(word, key);
  }
  return key;
}

const NAME_KEYS_KEPT = 20_000;
const nameKeys = new Map<string, string | null>();

function computeNameKey(word: string): string | null {
  const stem = /\p{Script=Cyrillic}/u.test(word) ? stripEnding(word.toLowerCase()) : word.replace(ENGLISH_POSSESSIVE, "");
  let latin = transliterate(stem);
  for (const [spelling, consonant] of CONSONANT_CLASSES) latin = latin.replace(spelling, consonant);
  const consonants = latin.replace(/[aeiouy'’ʹ\-]/g, "").replace(/(.)\1+/g, "$1");
  return consonants.length >= 2 && /^[a-zCJ]+$/.test(consonants) ? consonants : null;
}

function stripEnding(word: string): string {
  const stem = word.replace(RUSSIAN_ENDING, "");
  return stem.length >= 3 ? stem : word;
}
