import { isCapitalised, parseWord, wordsOf, type Word } from "@/lib/morph";

/** A quoted word can be a title when it can be a noun or an adjective, or is unknown: «Известия», «Вечерний», not «Да». */
export function couldBeTitle(word: string): boolean {
  const parses = parseWord(word);
  return word.length > 1 && (parses.every((p) => !p.known) || parses.some((p) => p.known && (p.pos === "NOUN" || p.pos === "ADJF")));
}

/** The inside of a quoted title, and whether the sentence presents it as a medium or venue (see SourceName). */
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

/**
 * Offsets of the text inside «…» or "…" where every word is capitalised (names of media, parties, clubs; a site's
 * domain ending may follow: «Газета.uz»).
 */
export function quotedNameRanges(text: string): QuotedRange[] {
  const ranges: QuotedRange[] = [];
  for (const m of text.matchAll(/[«"“„]([^«»"“”„]{1,60})[»"”“]/g)) {
    const inner = wordsOf(m[1]);
    const isTitleWord = (w: Word) => isCapitalised(w.text) || /^\p{N}/u.test(w.text) || (/^[a-z]{2,}$/.test(w.text) && m[1][w.start - 1] === ".");
    if (inner.length > 0 && inner.length <= 4 && inner.every(isTitleWord)) {
      const start = m.index! + 1;
      const end = start + m[1].length;
      const before = text.slice(0, start - 1);
      const keepsName = MEDIUM_BEFORE.test(before) || VENUE_BEFORE.test(before) || COMPANY_BEFORE.test(before) || MEDIUM_AFTER.test(text.slice(end + 1));
      ranges.push({ start, end, keepsName });
    }
  }
  return ranges;
}
