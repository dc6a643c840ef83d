/** Number words of both languages, as values. Compounds ("две тысячи", "twenty-five") are summed by the reader. */

export const RUSSIAN_UNITS: ReadonlyArray<[RegExp, number]> = [
  [/^(один|одна|одно|одного|одной|одному|одним|одном|одну)$/, 1],
  [/^(два|две|двух|двум|двумя|двое|двоих)$/, 2],
  [/^(три|трех|трёх|трем|трём|тремя|трое|троих)$/, 3],
  [/^(четыре|четырех|четырёх|четырем|четырём|четырьмя|четверо)$/, 4],
  [/^(пять|пяти|пятью|пятеро)$/, 5],
  [/^(шесть|шести|шестью)$/, 6],
  [/^(семь|семи)$/, 7],
  [/^(восемь|восьми|восемью)$/, 8],
  [/^(девять|девяти|девятью)$/, 9],
  [/^(десять|десяти|десятью)$/, 10],
  [/^(одиннадцат[ьи]|одиннадцатью)$/, 11],
  [/^(двенадцат[ьи]|двенадцатью)$/, 12],
  [/^(тринадцат[ьи])$/, 13],
  [/^(четырнадцат[ьи])$/, 14],
  [/^(пятнадцат[ьи])$/, 15],
  [/^(шестнадцат[ьи])$/, 16],
  [/^(семнадцат[ьи])$/, 17],
  [/^(восемнадцат[ьи])$/, 18],
  [/^(девятнадцат[ьи])$/, 19],
  [/^(двадцат[ьи]|двадцатью)$/, 20],
  [/^(тридцат[ьи])$/, 30],
  [/^(сорок|сорока)$/, 40],
  [/^(пятьдесят|пятидесяти)$/, 50],
  [/^(шестьдесят|шестидесяти)$/, 60],
  [/^(семьдесят|семидесяти)$/, 70],
  [/^(восемьдесят|восьмидесяти)$/, 80],
  [/^(девяносто|девяноста)$/, 90],
  [/^(сто|ста)$/, 100],
  [/^(двести|двухсот)$/, 200],
  [/^(триста|трехсот|трёхсот)$/, 300],
  [/^(пятьсот|пятисот)$/, 500],
  [/^(полтора|полторы|полутора)$/, 1.5],
];

export const RUSSIAN_SCALES: ReadonlyArray<[RegExp, number]> = [
  [/^(тыс|тысяч\p{L}*)$/u, 1e3],
  [/^(млн|миллион\p{L}*)$/u, 1e6],
  [/^(млрд|миллиард\p{L}*)$/u, 1e9],
  [/^(трлн|триллион\p{L}*)$/u, 1e12],
];

export const ENGLISH_UNITS: ReadonlyMap<string, number> = new Map([
  ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6], ["seven", 7], ["eight", 8],
  ["nine", 9], ["ten", 10], ["eleven", 11], ["twelve", 12], ["thirteen", 13], ["fourteen", 14], ["fifteen", 15],
  ["sixteen", 16], ["seventeen", 17], ["eighteen", 18], ["nineteen", 19], ["twenty", 20], ["thirty", 30],
  ["forty", 40], ["fifty", 50], ["sixty", 60], ["seventy", 70], ["eighty", 80], ["ninety", 90],
]);

export const ENGLISH_SCALES: ReadonlyMap<string, number> = new Map([
  ["hundred", 100], ["thousand", 1e3], ["million", 1e6], ["mln", 1e6], ["billion", 1e9], ["bn", 1e9], ["bln", 1e9],
  ["trillion", 1e12], ["tln", 1e12], ["trln", 1e12],
]);

/** Ordinals not made by adding -th to the cardinal ("fourth", "sixth" and "tenth" are). */
const IRREGULAR_ORDINALS: ReadonlyMap<string, number> = new Map([
  ["first", 1], ["second", 2], ["third", 3], ["fifth", 5], ["eighth", 8], ["ninth", 9], ["twelfth", 12],
]);

/** "first" → 1, "twentieth" → 20, "twenty-first" → 21, "hundredth" → 100: English writes ordinals as words. */
export function englishOrdinal(word: string): number | undefined {
  const parts = word.toLowerCase().split("-");
  const last = parts.pop() ?? "";
  const cardinal = last.replace(/ieth$/, "y").replace(/th$/, "");
  const value = IRREGULAR_ORDINALS.get(last) ?? (cardinal === last ? undefined : (ENGLISH_UNITS.get(cardinal) ?? ENGLISH_SCALES.get(cardinal)));
  const tens = parts.map((part) => ENGLISH_UNITS.get(part));
  if (value === undefined || tens.some((ten) => ten === undefined || ten < 20 || ten % 10 !== 0) || (tens.length && value >= 10)) return undefined;
  return (tens as number[]).reduce((sum, ten) => sum + ten, value);
}

const MULTIPLES: ReadonlyMap<string, number> = new Map([["double", 2], ["triple", 3], ["treble", 3], ["quadruple", 4], ["quintuple", 5]]);

/** "doubled" → 2, "threefold" → 3: a number of times ("в 2 раза") English says in one word. */
export function englishMultiple(word: string): number | undefined {
  const lower = word.toLowerCase();
  const fold = /^(\p{L}+)-?fold$/u.exec(lower)?.[1];
  if (fold) return ENGLISH_UNITS.get(fold);
  return MULTIPLES.get(lower.replace(/(?:d|s|ing)$/, "").replace(/l$/, "le"));
}

/** Words whose value is kept: the number check asks for every word of a source, and most are asked again. */
const LOOKUPS_KEPT = 20_000;

/** The value of the first pattern the word matches, remembered per word (bounded: a server reads text after text). */
function patternLookup(patterns: ReadonlyArray<[RegExp, number]>): (word: string) => number | undefined {
  const values = new Map<string, number | undefined>();
  return (word) => {
    if (values.has(word)) return values.get(word);
    if (values.size >= LOOKUPS_KEPT) values.clear();
    const value = patterns.find(([pattern]) => pattern.test(word))?.[1];
    values.set(word, value);
    return value;
  };
}

export const russianUnit = patternLookup(RUSSIAN_UNITS);

export const russianScale = patternLookup(RUSSIAN_SCALES);

/** Russian ordinal stems, first to tenth; an ordinal adjective's endings, or the adverb "во-первых". */
const RUSSIAN_ORDINAL_STEMS: ReadonlyArray<[string, number]> = [
  ["перв", 1], ["втор", 2], ["трет", 3], ["четв[её]рт", 4], ["пят", 5], ["шест", 6], ["седьм", 7], ["восьм", 8], ["девят", 9], ["десят", 10],
];
const ORDINAL_ENDING = "(?:ый|ой|ий|ая|ое|ого|ому|ым|ом|ую|ые|ых|ыми|ья|ье|ьи|ьего|ьему|ьим|ьем|ью|ьей|ьих|ьими)";

export const russianOrdinal = patternLookup(
  RUSSIAN_ORDINAL_STEMS.map(([stem, value]): [RegExp, number] => [new RegExp(`^(?:${stem}${ORDINAL_ENDING}|во-${stem}ых|в${stem}ые)$`), value]),
);

export const RUSSIAN_MONTHS: ReadonlyArray<RegExp> = [
  /^январ/, /^феврал/, /^март/, /^апрел/, /^ма[йяюе]$/, /^июн/, /^июл/, /^август/, /^сентябр/, /^октябр/, /^ноябр/, /^декабр/,
];

export const ENGLISH_MONTHS = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
];

const ENGLISH_MONTH_ABBREVIATIONS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** "January" or "Jan" → 1, "Sept" → 9: a month only where a day number stands next to it. */
export function englishMonth(word: string): number | undefined {
  const lower = word.toLowerCase();
  const index = Math.max(ENGLISH_MONTHS.indexOf(lower), ENGLISH_MONTH_ABBREVIATIONS.indexOf(lower));
  if (index >= 0) return index + 1;
  return lower === "sept" ? 9 : undefined;
}

export function russianMonth(word: string): number | undefined {
  const index = RUSSIAN_MONTHS.findIndex((pattern) => pattern.test(word.toLowerCase()));
  return index >= 0 ? index + 1 : undefined;
}
