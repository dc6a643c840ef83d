import { isCapitalised, isNameReading, knownReadings, parseWord, PERSON_GRAMMEMES, wordsOf, type Word } from "@/lib/morph";

/** A quoted word can be a title when it can be a noun or an adjective, or is unknown: «Известия», «Вечерний», not «Да». */
export function couldBeTitle(word: string): boolean {
  const parses = parseWord(word);
  return word.length > 1 && (parses.every((p) => !p.known) || parses.some((p) => p.known && (p.pos === "NOUN" || p.pos === "ADJF")));
}

/** The inside of a quoted title, and whether the sentence presents it as a body that keeps its name (see SourceName). */
export interface QuotedRange {
  start: number;
  end: number;
  keepsName: boolean;
}

// Words that present a quoted title as a medium: издание «…», газета, агентство, телеканал, сайт; пишет «…», сообщает.
const MEDIUM_BEFORE =
  /(?:^|[^\p{L}])(?:издани|газет|журнал|агентств|информагентств|ИА|телеканал|канал|радиостанци|радио|портал|сайт|пиш|сообща|сообщил|переда|выяснил|узнал|публику|опубликовал|цитиру)\p{L}*\s*$/iu;
const MEDIUM_AFTER = /^\s*(?:пиш|сообща|сообщил|переда|выяснил|узнал|публику|опубликовал|цитиру)/iu;
// Words that present a quoted title as a venue or shop, whose name English transliterates: торговый комплекс «…», ТЦ,
// кафе, ресторан, гостиница, кинотеатр, магазин (with a case ending: в кафе, гостинице, клубом).
const VENUE_BEFORE =
  /(?:^|[^\p{L}])(?:(?:торгов|развлекательн)\p{L}*\s+(?:комплекс|центр)\p{L}{0,2}|ТЦ|ТРЦ|ТРК|кафе|(?:бар|ресторан|кинотеатр|магазин|супермаркет|клуб)(?:а|е|у|ом|ы|ов|ам|ами|ах)?|гостиниц(?:а|ы|е|у|ей|ам|ами|ах)|отел(?:ь|я|е|ю|ем|ей|ям|ями|ях))\s*$/iu;

// Words that present a quoted title as a company, brand or team, whose name English transliterates too: компания
// «…», авиакомпания, концерн, холдинг, банк, завод, клуб, ФК (with a case ending: компании, клубом).
const COMPANY_BEFORE =
  /(?:^|[^\p{L}])(?:(?:авиа)?компани|корпораци|концерн|холдинг|банк|завод|комбинат|производител|ретейлер|бренд|марк|клуб|команд|ФК|ХК|ПФК)\p{L}{0,3}\s*$/iu;

// Other bodies whose names English mostly keeps: a retail chain, a festival, a printing or publishing house, a housing
// estate (сети «…», фестиваль, типография, жилой комплекс). Not a pipeline, a band or a display team: English often
// translates those (Power of Siberia, Hands Up, Russian Knights).
const BODY_BEFORE =
  /(?:^|[^\p{L}])(?:сет|фестивал|типографи|издательств|жил\p{L}*\s+комплекс)\p{L}{0,3}\s*$/iu;

// A place's adjective before the title: a team or company is named by its town (омский «Авангард», киевское «Динамо»).
// Not an adjective in -ческий (политический), which names no place.
const PLACE_ADJECTIVE_BEFORE = /(?:^|[^\p{L}])\p{L}\p{Ll}*(?<!че)[сц]к(?:ий|ой|ая|ое|ие|ого|ому|ую|ым|им|ом|ых|их|ими|ыми|ей)\s*$/u;

/**
 * A person right before the title, which is in the genitive: the title names the body the person works for or belongs
 * to (тренер «Шахтёра», директор «Магнита», лидер «Мумий Тролля»), whose name English keeps. Not a person's name, who
 * is a work's author (статья Фурмана «Зрелые годы»).
 */
function isPersonOfTitle(before: string, title: Word[]): boolean {
  const previous = /(?:^|[^\p{L}])(\p{L}\p{Ll}*)\s*$/u.exec(before)?.[1];
  if (!previous || !title.some((w) => parseWord(w.text).some((p) => p.case === "gent"))) return false;
  const nouns = knownReadings(previous.toLowerCase()).filter((p) => p.pos === "NOUN");
  const named = knownReadings(previous).some((p) => isNameReading(p, PERSON_GRAMMEMES));
  return !named && nouns.length > 0 && nouns.every((p) => p.grammemes.has("anim"));
}

/** A quoted title, whatever the case of its later words (see `quotedTitleRanges`). */
export interface QuotedTitle extends QuotedRange {
  /** Every word capitalised («Вечерний Бишкек»), not only the first («Красный пролетарий»). */
  allCapitalised: boolean;
  /**
   * The sentence presents it as some body, if less surely than `keepsName` does: by a kind of body English mostly
   * keeps the names of, a place's adjective, a person of it, or a list after such a title. Only a translation of its
   * words counts against it, not its absence.
   */
  ofBody: boolean;
}

// A later word of a title written the Russian way, with only the first word capitalised: a noun, an adjective or a
// word joining them (и, с, в), not a verb or pronoun, which tell a quoted remark («Мы проиграли заслуженно»).
function isLowerTitleWord(word: string): boolean {
  const best = knownReadings(word)[0];
  return best !== undefined && ["NOUN", "ADJF", "CONJ", "PREP"].includes(best.pos ?? "");
}

/**
 * Offsets of the text inside «…» or "…" that can be a title: up to four words, the first capitalised and the rest
 * capitalised or words of a title («Вечерний Бишкек», «Газета.uz», «Красный пролетарий», «Аргументы и факты»). Each
 * says whether the sentence presents it as a body that keeps its name, or as some body (a title listed right after
 * such a one is one too: сети «Пятёрочка» и «Перекрёсток»).
 */
export function quotedTitleRanges(text: string): QuotedTitle[] {
  const ranges: QuotedTitle[] = [];
  for (const m of text.matchAll(/[«"“„]([^«»"“”„]{1,60})[»"”“]/g)) {
    const inner = wordsOf(m[1]);
    const isTitleWord = (w: Word) => isCapitalised(w.text) || /^\p{N}/u.test(w.text) || (/^[a-z]{2,}$/.test(w.text) && m[1][w.start - 1] === ".");
    if (inner.length === 0 || inner.length > 4 || !isTitleWord(inner[0])) continue;
    const allCapitalised = inner.every(isTitleWord);
    if (!allCapitalised && !inner.slice(1).every((w) => isTitleWord(w) || isLowerTitleWord(w.text))) continue;
    const start = m.index! + 1;
    const end = start + m[1].length;
    const before = text.slice(0, start - 1);
    const keepsName = [MEDIUM_BEFORE, VENUE_BEFORE, COMPANY_BEFORE].some((context) => context.test(before)) || MEDIUM_AFTER.test(text.slice(end + 1));
    const previous = ranges.at(-1);
    const listed = previous !== undefined && previous.ofBody && /^[»"”“]\s*(?:,|и)\s*$/u.test(text.slice(previous.end, start - 1));
    const ofBody = keepsName || listed || BODY_BEFORE.test(before) || PLACE_ADJECTIVE_BEFORE.test(before) || isPersonOfTitle(before, inner);
    ranges.push({ start, end, keepsName, allCapitalised, ofBody });
  }
  return ranges;
}

/**
 * Offsets of the text inside «…» or "…" where every word is capitalised (names of media, parties, clubs; a site's
 * domain ending may follow: «Газета.uz»): the titles whose words are names.
 */
export function quotedNameRanges(text: string): QuotedRange[] {
  return quotedTitleRanges(text)
    .filter((range) => range.allCapitalised)
    .map(({ start, end, keepsName }) => ({ start, end, keepsName }));
}
