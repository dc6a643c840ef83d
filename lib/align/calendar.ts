/** Month and weekday names (and their abbreviations) in Russian and English, as language-free keys. */
const CALENDAR_WORDS: [RegExp, string][] = [
  [/^(январ|янв$|january|jan$)/, "month:1"],
  [/^(феврал|февр?$|february|feb$)/, "month:2"],
  [/^(март|мар$|march|mar$)/, "month:3"],
  [/^(апрел|апр$|april|apr$)/, "month:4"],
  [/^(ма[йяюе]$|may$)/, "month:5"],
  [/^(июн|june?$)/, "month:6"],
  [/^(июл|july?$)/, "month:7"],
  [/^(август|авг$|august|aug$)/, "month:8"],
  [/^(сентябр|сент?$|september|sept?$)/, "month:9"],
  [/^(октябр|окт$|october|oct$)/, "month:10"],
  [/^(ноябр|нояб?$|november|nov$)/, "month:11"],
  [/^(декабр|дек$|december|dec$)/, "month:12"],
  [/^(понедельник|monday)/, "day:1"],
  [/^(вторник|tuesday)/, "day:2"],
  [/^(сред[аеуы]$|wednesday)/, "day:3"],
  [/^(четверг|thursday)/, "day:4"],
  [/^(пятниц|friday)/, "day:5"],
  [/^(суббот|saturday)/, "day:6"],
  [/^(воскресень|sunday)/, "day:7"],
];

/** The calendar key of a word ("января", "Jan", "Thursday"), or null. English names must be capitalised. */
export function calendarKey(word: string): string | null {
  if (/^[a-z]/.test(word)) return null;
  let key = calendarKeys.get(word);
  if (key === undefined) {
    // Asked for every capitalised word of both texts; bounded like nameKey's.
    if (calendarKeys.size >= CALENDAR_KEYS_KEPT) calendarKeys.clear();
    const lower = word.toLowerCase();
    key = CALENDAR_WORDS.find(([pattern]) => pattern.test(lower))?.[1] ?? null;
    calendarKeys.set(word, key);
  }
  return key;
}

const CALENDAR_KEYS_KEPT = 20_000;
const calendarKeys = new Map<string, string | null>();
