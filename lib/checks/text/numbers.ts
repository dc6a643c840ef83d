import {
  ENGLISH_SCALES,
  ENGLISH_UNITS,
  englishMonth,
  englishMultiple,
  englishOrdinal,
  russianMonth,
  russianOrdinal,
  russianScale,
  russianUnit,
} from "@/lib/lexicon";
import { textBefore } from "@/lib/text";

/**
 * A number as written in a sentence, with the keys under which a translation may write it:
 * "n:11500" for "11,5 тыс." / "11.5 thousand" / "11,500", "t:10:30" for "10.30" / "10:30",
 * "m:1" for января / January.
 */
export interface NumberMention {
  start: number;
  end: number;
  text: string;
  keys: string[];
  /**
   * "digits" must reappear in the translation; "word" and "month" may be paraphrased; "code" is part of a name (Су-35);
   * "implied" is an English ordinal or multiple ("first place" for 1 место, "doubled" for в 2 раза), which may stand
   * for a source number but is too often no count ("at first", "a second") to be taken for a changed one.
   */
  kind: "digits" | "word" | "month" | "code" | "implied";
  /** Written as a year: "1991 г.", "в 2020 году"; in English, the year of a date ("January 13, 1925"). */
  year: boolean;
}

interface Token {
  start: number;
  end: number;
  text: string;
}

const TOKEN = /\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])(?:,\d+)?|\d+(?:[.,:\u0589]\d+)*|\p{L}+(?:-\p{L}+)*(?:\.\p{L}\.?)?/gu;

function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].flatMap((m) => splitScore({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0] }));
}

/**
 * "2:1", "3:0": a score or ratio, no clock time (whose minutes take two digits), is one number a side, each to be
 * found in the translation ("2-1"): held as one, a score sharing a side with another (3:1) would pass for it.
 */
function splitScore(token: Token): Token[] {
  if (!/^\d+(?::\d+)+$/.test(token.text) || /^\d{1,2}:\d{2}$/.test(token.text)) return [token];
  let start = token.start;
  return token.text.split(":").map((part) => {
    const side = { start, end: start + part.length, text: part };
    start += part.length + 1;
    return side;
  });
}

const numberKey = (value: number) => `n:${Math.round(value * 1e6) / 1e6}`;
const timeKey = (hours: number, minutes: number) => `t:${hours}:${String(minutes).padStart(2, "0")}`;

/** "Су-35", "COVID-19", "MH17": digits glued to letters name a thing, they do not count it. */
function isCode(text: string, token: Token): boolean {
  // "mid-1990s", "pre-2020": a lower-case prefix before a year dates it.
  if (/(?:^|[^\p{L}])\p{Ll}{3,5}-$/u.test(text.slice(Math.max(0, token.start - 7), token.start)) && /^(1\d|20)\d{2}$/.test(token.text)) return false;
  return /\p{L}-?$/u.test(text.slice(Math.max(0, token.start - 2), token.start)) || /^\p{L}/u.test(text.slice(token.end, token.end + 1)) && !/^(?:th|st|nd|rd|s|x|k|m|bn|pm|am|%)\b/i.test(text.slice(token.end, token.end + 3));
}

function mention(text: string, from: Token, to: Token, keys: string[], kind: NumberMention["kind"], year = false): NumberMention {
  return { start: from.start, end: to.end, text: text.slice(from.start, to.end), keys, kind, year };
}

/** Reads a run of number words ("две тысячи", "twenty-five", "a million") starting at `index`. */
function readWords(
  text: string,
  tokens: Token[],
  index: number,
  unit: (word: string) => number | undefined,
  scale: (word: string) => number | undefined,
): { values: number[]; last: number } | null {
  // Most words are no number word: the first token settles that (it must be a unit, or one word that is a scale)
  // before its parts are split and read.
  const first = tokens[index]?.text.toLowerCase() ?? "";
  const hyphen = first.indexOf("-");
  if (unit(hyphen < 0 ? first : first.slice(0, hyphen)) === undefined && (hyphen >= 0 || scale(first) === undefined)) return null;
  let total = 0;
  let current = 0;
  let last = -1;
  for (let i = index; i < tokens.length; i++) {
    if (i > index && !/^\s+$/.test(text.slice(tokens[i - 1].end, tokens[i].start))) break;
    // "four-year-old" counts four; "twenty-five" is one number.
    const parts = tokens[i].text.toLowerCase().split("-").filter((part, p, all) => p === 0 || all.slice(0, p + 1).every((w) => unit(w) !== undefined));
    const units = parts.map(unit);
    const scaleValue = parts.length === 1 ? scale(parts[0]) : undefined;
    if (units.every((u) => u !== undefined)) {
      const values = units as number[];
      // "трёх-четырёх", "one-two": words that do not add up as tens and units give a range, each end a value of its own.
      if (i === index && values.length > 1 && !values.every((value, p) => p === 0 || addsUp(values[p - 1], value))) return { values, last: i };
      // "на троих один": a second number beside the first, not its units.
      if (!values.every((value, p) => addsUp(p === 0 ? current : values[p - 1], value))) break;
      current += values.reduce((sum, value) => sum + value, 0);
    } else if (scaleValue !== undefined && (last >= 0 || i === index)) {
      current = (current || 1) * scaleValue;
      if (scaleValue >= 1000) {
        total += current;
        current = 0;
      }
    } else if (last >= 0 && /^половин/.test(parts[0]) && tokens[i - 1].text.toLowerCase() === "с") {
      // "двух с половиной миллионов": the "с" was read as nothing, the half is added.
      current += 0.5;
    } else if (last >= 0 && parts[0] === "half" && /^(and a|and one)$/i.test(tokens.slice(i - 2, i).map((t) => t.text).join(" "))) {
      // "five and a half years": "and a" were read as nothing, the half is added.
      current += 0.5;
    } else if (!(last >= 0 && isHalfAhead(tokens, i))) break;
    last = i;
  }
  return last < 0 ? null : { values: [total + current], last };
}

/** Whether `next` can follow `sum` in one number word: units after tens, tens after hundreds ("сто двадцать пять"). */
const addsUp = (sum: number, next: number) => sum === 0 || (sum > next && sum % 10 ** String(next).length === 0);

const RUSSIAN_YEAR_WORD = /^(г|гг|год|года|году|годом|годе|годах|годы|годов)$/i;

export function russianNumbers(text: string): NumberMention[] {
  const tokens = tokenize(text);
  const mentions: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (/^\d/.test(token.text)) {
      const next = tokens[i + 1];
      const gap = next ? text.slice(token.end, next.start) : "";
      // "10-тысячный", "5-миллионную": a figure hyphened to a scale's ordinal counts in that scale (10,000th, 5 millionth).
      const scaleOrdinal = gap === "-" && russianScale(next.text.toLowerCase()) !== undefined;
      const nextWord = next && (/^[\s\u00a0]*$/.test(gap) || scaleOrdinal) ? next.text.toLowerCase() : "";
      if (isCode(text, token)) {
        mentions.push(mention(text, token, token, digitKeys(token.text, ","), "code"));
        continue;
      }
      const clock = clockTime(tokens, i);
      if (clock) {
        mentions.push(mention(text, token, tokens[clock.last], clock.keys, "digits"));
        i = clock.last;
        continue;
      }
      const scale = russianScale(nextWord.replace(/\.$/, ""));
      const month = russianMonth(nextWord);
      const keys = digitKeys(token.text, ",", scale);
      const end = scale ? next : token;
      keys.push(...shortYearKeys(text, token));
      const afterDate = i >= 2 && russianMonth(tokens[i - 1].text) !== undefined && /^\d{1,2}$/.test(tokens[i - 2].text) && /^(1\d|20)\d{2}$/.test(token.text);
      mentions.push(mention(text, token, end, keys, "digits", RUSSIAN_YEAR_WORD.test(nextWord.replace(/\.$/, "")) || afterDate));
      if (month) mentions.push(mention(text, next, next, [`m:${month}`], "month"));
      if (scale) i++;
      continue;
    }
    const words = readWords(text, tokens, i, russianUnit, (word) => russianScale(word.replace(/\.$/, "")));
    if (words) {
      mentions.push(mention(text, token, tokens[words.last], words.values.map(numberKey), "word"));
      i = words.last;
      continue;
    }
    // "Во-вторых" is the "Second" of its translation, which a number of the source must not take.
    const ordinal = russianOrdinal(token.text.toLowerCase());
    if (ordinal !== undefined) mentions.push(mention(text, token, token, [numberKey(ordinal)], "implied"));
  }
  return mentions;
}

export function englishNumbers(text: string): NumberMention[] {
  const tokens = tokenize(text);
  const mentions: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const previous = tokens[i - 1];
    if (/^\d/.test(token.text)) {
      if (isCode(text, token)) {
        mentions.push(mention(text, token, token, digitKeys(token.text, "."), "code"));
        continue;
      }
      // "2 1/2 million": a whole number and a half.
      const half = /^\s1\/2\b/.test(text.slice(token.end, token.end + 5)) && /^\d+$/.test(token.text) ? 2 : 0;
      const next = tokens[i + 1 + half];
      const nextWord = next && /^[\s\u00a0]*$/.test(text.slice(tokens[i + half].end, next.start)) ? next.text.toLowerCase() : "";
      // "€1m", "$2bn", "185k": a scale glued to a number. After a sum it is one; elsewhere "m" may measure metres ("a 5m
      // wall"), so the number keeps its plain value beside the scaled one.
      const sum = /[$€£¥₽]$/u.test(textBefore(text, token.start));
      const gluedScale = text.slice(tokens[i + half].end).match(/^(m|mn|bn|k)\b/i)?.[1].toLowerCase();
      const gluedValue = gluedScale ? GLUED_SCALES[gluedScale] : undefined;
      // "its 5 millionth book": a figure before a scale's ordinal counts in that scale.
      const scale = ENGLISH_SCALES.get(nextWord.replace(/(?<=ion|and)th$/, "")) ?? (sum || gluedScale === "bn" ? gluedValue : undefined);
      const meridiem = text.slice(token.end, token.end + 6).match(/^\s?([ap])\.?m\b/i)?.[1].toLowerCase() ?? null;
      const written = half ? `${token.text}.5` : token.text;
      const clock = englishClockTime(tokens, i);
      if (clock) {
        mentions.push(mention(text, token, tokens[clock.last], clock.keys, "digits"));
        i = clock.last;
        continue;
      }
      const keys = meridiem
        ? clockKeys(written, meridiem)
        : [
            ...digitKeys(written, ".", scale),
            ...(gluedValue && scale === undefined ? digitKeys(written, ".", gluedValue) : []),
            ...monthFirstDateKeys(written),
            ...writtenDateKeys(text, tokens, i),
            ...shortYearKeys(text, token),
            ...decadeKeys(text, token),
          ];
      const last = scale ? next : tokens[i + half];
      mentions.push({ ...mention(text, token, last, keys, "digits"), year: readsAsYear(text, tokens, i) });
      i += half + (scale ? 1 : 0);
      continue;
    }
    const month = englishMonth(token.text);
    const nextIsDay = tokens[i + 1] && /^\d{1,2}$/.test(tokens[i + 1].text);
    const previousIsDay = previous && /^\d{1,2}$/.test(previous.text);
    if (month && /^\p{Lu}/u.test(token.text) && (nextIsDay || previousIsDay)) {
      mentions.push(mention(text, token, token, [`m:${month}`], "month"));
      continue;
    }
    // "1 раз в неделю" is "once a week".
    const times = MULTIPLIERS[token.text.toLowerCase()];
    if (times) {
      mentions.push(mention(text, token, token, [numberKey(times)], "word"));
      continue;
    }
    const implied = englishOrdinal(token.text) ?? englishMultiple(token.text);
    if (implied !== undefined) {
      mentions.push(mention(text, token, token, [numberKey(implied)], "implied"));
      continue;
    }
    const article = /^(a|an)$/i.test(token.text) && tokens[i + 1] && ENGLISH_SCALES.has(tokens[i + 1].text.toLowerCase());
    const words = readWords(text, tokens, article ? i + 1 : i, (w) => ENGLISH_UNITS.get(w), (w) => ENGLISH_SCALES.get(w));
    if (words) {
      mentions.push(mention(text, token, tokens[words.last], words.values.map(numberKey), "word"));
      i = words.last;
    }
  }
  return mentions;
}

/**
 * "08.19.2016": English may write a dotted date month first, as it writes "August 19"; it reads as the Russian
 * 19.08.2016 when its first part is a month and its second can only be a day.
 */
function monthFirstDateKeys(written: string): string[] {
  const date = written.match(/^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/);
  if (!date || Number(date[1]) > 12 || Number(date[2]) <= 12) return [];
  return [`d:${Number(date[2])}.${Number(date[1])}.${Number(date[3]) % 100}`];
}

/** "the 1990s" is the Russian "90-х" as well. */
function decadeKeys(text: string, token: Token): string[] {
  return /^(1\d|20)\d0$/.test(token.text) && /^['’]?s\b/.test(text.slice(token.end)) ? [numberKey(Number(token.text) % 100)] : [];
}

/** "May 25, 2018": the day of a written date also stands for the dotted date 25.05.2018. */
function writtenDateKeys(text: string, tokens: Token[], index: number): string[] {
  const [month, day, year] = [tokens[index - 1], tokens[index], tokens[index + 1]];
  const monthNumber = month && englishMonth(month.text);
  if (!monthNumber || !/^\d{1,2}$/.test(day.text) || !year || !/^(1\d|20)\d{2}$/.test(year.text)) return [];
  if (!/^\s+$/.test(text.slice(month.end, day.start)) || !/^,?\s+$/.test(text.slice(day.end, year.start))) return [];
  return [`d:${Number(day.text)}.${monthNumber}.${Number(year.text) % 100}`];
}

const MULTIPLIERS: Record<string, number> = { once: 1, twice: 2 };

const GLUED_SCALES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9 };

/** "at 11 hours 28 minutes": the Russian way of telling the time, kept in English, is the time 11:28. */
function englishClockTime(tokens: Token[], index: number): { keys: string[]; last: number } | null {
  const [hours, unit, minutes, minuteUnit] = tokens.slice(index, index + 4).map((t) => t?.text.toLowerCase() ?? "");
  if (!/^\d{1,2}$/.test(hours) || unit !== "hours" || !/^\d{1,2}$/.test(minutes) || !/^minutes?$/.test(minuteUnit)) return null;
  return { keys: [timeKey(Number(hours), Number(minutes))], last: index + 3 };
}

/** "в 17 часов 47 минут": a time of day, also written 17:47 or 5:47 p.m.; "24 часа" may also be a duration. */
function clockTime(tokens: Token[], index: number): { keys: string[]; last: number } | null {
  const [hours, unit, minutes, minuteUnit] = tokens.slice(index, index + 4).map((t) => t?.text.toLowerCase() ?? "");
  if (!/^\d{1,2}$/.test(hours) || !/^(час|часа|часов)$/.test(unit)) return null;
  const withMinutes = /^\d{1,2}$/.test(minutes) && /^минут/.test(minuteUnit);
  if (withMinutes) return { keys: [timeKey(Number(hours), Number(minutes))], last: index + 3 };
  return { keys: [timeKey(Number(hours), 0), numberKey(Number(hours))], last: index + 1 };
}

/** The second year of a season or range written short: "2021–22", "2019/20" → 2022, 2020. */
function shortYearKeys(text: string, token: Token): string[] {
  const match = text.slice(Math.max(0, token.start - 5), token.start).match(/((?:1[89]|20)\d{2})[–—\-/]$/);
  if (!match || !/^\d{2}$/.test(token.text)) return [];
  return [numberKey(Number(match[1].slice(0, 2) + token.text))];
}

/** "January 13, 1925": four digits after a month and day read as the year. */
function readsAsYear(text: string, tokens: Token[], index: number): boolean {
  const [month, day, year] = [tokens[index - 2], tokens[index - 1], tokens[index]];
  if (!month || !day || !/^(1\d|20)\d{2}$/.test(year.text)) return false;
  return englishMonth(month.text) !== undefined && /^\d{1,2}$/.test(day.text) && /^,?\s+$/.test(text.slice(day.end, year.start));
}

/**
 * Keys of a digit string under a language's decimal mark. A mark followed by exactly three digits
 * groups thousands in the other language's style too ("1.500" in Russian print); "10.30" may be a time.
 */
function digitKeys(written: string, decimalMark: "," | ".", scale = 1): string[] {
  // U+0589, the Armenian full stop, stands for a colon in times copied from Armenian sources.
  const digits = written.replace(/[\s\u00a0\u202f]/g, "").replace(/\u0589/g, ":");
  const date = digits.match(/^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/);
  if (date) return [`d:${Number(date[1])}.${Number(date[2])}.${Number(date[3]) % 100}`];
  const clock = digits.match(/^(\d{1,2})[.:](\d{2})$/);
  const keys: string[] = [];
  if (clock && Number(clock[1]) <= 24 && Number(clock[2]) < 60 && scale === 1) keys.push(timeKey(Number(clock[1]), Number(clock[2])));
  if (digits.includes(":")) return keys.length ? keys : digits.split(":").map((part) => numberKey(Number(part)));
  const value = parseDecimal(digits, decimalMark);
  if (value !== null) keys.push(numberKey(value * scale));
  return keys;
}

function parseDecimal(digits: string, decimalMark: "," | "."): number | null {
  const groupMark = decimalMark === "," ? "." : ",";
  if (new RegExp(`^\\d{1,3}(\\${groupMark}\\d{3})+$`).test(digits)) return Number(digits.replaceAll(groupMark, ""));
  // The other language's decimal mark left in place ("7,5" in English) still means the same value.
  const marks = digits.match(/[.,]/g) ?? [];
  if (marks.length > 1) return null;
  return Number(digits.replace(/[.,]/, "."));
}

/** "8 a.m." is the time 8:00, and the hour 8 a source may give as a number ("восьми часов утра", "в 10 утра"). */
function clockKeys(written: string, meridiem: string): string[] {
  const [hours, minutes = "0"] = written.split(/[.:]/);
  const h = Number(hours) % 12 + (meridiem === "p" ? 12 : 0);
  return Number(minutes) === 0 ? [timeKey(h, 0), numberKey(Number(hours))] : [timeKey(h, Number(minutes))];
}

/** "с половиной" after a Russian number, "and a half" after an English one: read on to the half. */
function isHalfAhead(tokens: Token[], i: number): boolean {
  const ahead = tokens.slice(i, i + 3).map((t) => t.text.toLowerCase());
  return (ahead[0] === "с" && /^половин/.test(ahead[1] ?? "")) || (ahead[0] === "and" && (ahead[1] === "a" || ahead[1] === "one") && ahead[2] === "half") || ((ahead[0] === "a" || ahead[0] === "one") && ahead[1] === "half" && tokens[i - 1]?.text.toLowerCase() === "and");
}
