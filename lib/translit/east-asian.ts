/**
 * Korean and Chinese names as English writes them. Russian spells a Korean name by the Kontsevich system (정 Чжон,
 * 명 Мён, 근 Кын, 애 э, final ㅇ н) and a Chinese one by Palladius (Цзиньпин, Циндэ); English writes the same
 * syllables by Revised Romanisation or McCune–Reischauer (Jeong, Jong, Chong; Myeong, Myung; Geun, Kun), pinyin or
 * Wade–Giles (Jinping; Qingde, Ching-te). Neither the iuliia schemes nor the name model, trained on few such names,
 * read them: this reads a Russian word that is made of such syllables back into the Latin spellings of those systems.
 */

/** ㅕ as Revised Romanisation, McCune–Reischauer and English usage write it: Myeong, Myŏng, Myung, Young; Yo Jong. */
const YO = ["yeo", "yo", "yu", "you", "eo"];

/**
 * A Cyrillic letter group and the Latin letters it stands for in some system, longest groups first. Only the groups
 * both systems read differently from the Russian schemes are more than one choice: a voiceless or voiced initial
 * (к: k in McCune–Reischauer, g in Revised Romanisation; д: d in pinyin, t in Wade–Giles), the vowels ㅓ, ㅕ, ㅡ, ㅐ
 * (о, ё, ы, э), the Chinese affricates (цз, ц, чж: j, q, zh in pinyin; ch, ts in Wade–Giles), and a final н that is
 * ㅇ/ng.
 */
const GROUPS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["чж", ["j", "ch", "zh"]],
  ["дж", ["j"]],
  ["цз", ["j", "z", "ch", "ts", "tz"]],
  ["кх", ["k", "kh"]],
  ["тх", ["t", "th"]],
  ["пх", ["p", "ph"]],
  ["ль", ["l"]],
  ["нь", ["n"]],
  ["ый", ["ui", "eui"]],
  // Palladius юй is ü: pinyin yu, or u after j, q, x (Чжаосюй Zhaoxu, Цзюй Ju).
  ["юй", ["yu", "u"]],
  ["ц", ["q", "c", "ch", "ts"]],
  ["ч", ["ch", "j"]],
  ["ж", ["r", "zh", "j"]],
  ["ш", ["sh"]],
  ["с", ["s", "x", "hs", "sh"]],
  ["х", ["h", "hs", "kh"]],
  ["к", ["k", "g"]],
  ["г", ["g", "k"]],
  ["т", ["t", "d"]],
  ["д", ["d", "t"]],
  ["п", ["p", "b"]],
  ["б", ["b", "p"]],
  ["р", ["r", "l"]],
  ["л", ["l", "r"]],
  ["м", ["m"]],
  ["н", ["n"]],
  ["в", ["w", "v"]],
  ["ф", ["f"]],
  ["а", ["a"]],
  ["я", ["ya", "ia"]],
  ["э", ["ae", "e"]],
  ["ё", YO],
  // Russian text, and the name's nominative as read here, often write ё as е.
  ["е", ["e", "ye", "ie", ...YO]],
  ["о", ["o", "eo", "u"]],
  ["у", ["u", "oo", "o"]],
  ["ю", ["yu", "yoo", "iu"]],
  ["ы", ["eu", "u", "i"]],
  ["и", ["i", "ee", "yi"]],
  ["й", ["i", "y"]],
];

/** A final н (at the end or before a consonant) is ㄴ n or ㅇ ng: Кын Geun, Чжон Jong, Цин Ching. */
const FINAL_N = ["n", "ng"];

/**
 * One to four syllables, each an initial of the systems, a vowel or a diphthong, and a final the systems allow (ㄴ/ㅇ,
 * ㄹ, ㄱ, ㅁ, ㅂ, ㄷ in Korean; н, нь in Chinese): Чжэ, Мён, Ёль, Цзиньпин, Инвэнь. A Russian word with a
 * consonant cluster (Петров, Сергей) is not such a word.
 */
const SYLLABLE = "(?:чж|дж|цз|кх|тх|пх|[кгтдпбмнрлсцчжшхфв])?(?:[аэеёоуюыия]{1,2}й?|ый)(?:нь|ль|[нмкпт](?![аэеёоуюыия]))?";
const SYLLABIC = new RegExp(`^(?:${SYLLABLE}){1,4}$`, "u");
const ONE_SYLLABLE = new RegExp(`^${SYLLABLE}$`, "u");

/**
 * Whether a Russian word is one syllable of those systems (Ху, Ма, Мён). Such a word is no case form of a name: a
 * Russian case ending adds a vowel, so its stem would have none (the clusters of Льва, Пса are no such syllable).
 */
export const isOneSyllable = (russian: string) => ONE_SYLLABLE.test(russian.toLowerCase());

/** Past this many spellings a word is too long to be one name word of these systems: no reading is given. */
const MAX_READINGS = 1024;

const cache = new Map<string, readonly string[]>();
// Bounded: a word's readings run to hundreds of strings, and the analysis worker reads article after article.
const WORDS_KEPT = 5_000;

/**
 * The Latin spellings Korean and Chinese romanisations give the syllables a Russian word spells (Чжэ → jae, chae, …;
 * Мён → myeong, myung, …; Циндэ → qingde, chingte, …), lower-case; none for a word not made of such syllables.
 */
export function eastAsianReadings(russian: string): readonly string[] {
  const word = russian.toLowerCase();
  let readings = cache.get(word);
  if (!readings) {
    readings = SYLLABIC.test(word) ? readGroups(word) : [];
    if (cache.size >= WORDS_KEPT) cache.clear();
    cache.set(word, readings);
  }
  return readings;
}

function readGroups(word: string): string[] {
  let spellings = [""];
  for (let at = 0; at < word.length; ) {
    const [group, latin] = groupAt(word, at);
    at += group.length;
    const choices = group === "н" && !/[аэеёоуюыия]/u.test(word[at] ?? "") ? FINAL_N : latin;
    if (spellings.length * choices.length > MAX_READINGS) return [];
    spellings = spellings.flatMap((spelling) => choices.map((choice) => spelling + choice));
  }
  return spellings;
}

function groupAt(word: string, at: number): readonly [string, readonly string[]] {
  // The syllable pattern lets in no other letter.
  return GROUPS.find(([group]) => word.startsWith(group, at))!;
}
