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
  const lower = word.toLowerCase();
  for (const [pattern, key] of CALENDAR_WORDS) if (pattern.test(lower)) return key;
  return null;
}
