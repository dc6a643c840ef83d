import { distance } from "fastest-levenshtein";

/** Spelling differences between transliteration schemes and English usage, folded in order (lower-case input). */
const FOLDS: Array<[RegExp, string]> = [
  [/x/g, "ks"],
  // Dowden / Дауден, Brown / Браун; Weaving / Уивинг, William / Уильям.
  [/ow(?![aeiou])/g, "au"],
  [/^ui/, "v"],
  [/w/g, "v"],
  [/q/g, "k"],
  [/ph/g, "f"],
  [/ck/g, "k"],
  // English c: Francis / Франциск (ts before e, i, y), Jovanovic / Йованович (ch at the end of Slavic names),
  // Carolina / Каролина (k elsewhere).
  [/c(?=[eiy])/g, "ts"],
  [/(?<=[aeiou])c$/, "ch"],
  [/c(?!h)/g, "k"],
  // Polish rz, cz, sz: Grzegorz / Гжегож.
  [/rz/g, "zh"],
  [/cz/g, "ch"],
  [/sz/g, "sh"],
  [/dzh|zh|dj/g, "j"],
  [/kh/g, "h"],
  [/tch/g, "ch"],
  [/t[cz]/g, "ts"],
  [/shch/g, "sch"],
  // German st, sp written шт, шп: Kronstadt / Кронштадт.
  [/sh(?=[tp])/g, "s"],
  [/y/g, "i"],
  // Yevgeny / Evgeny, Yerlan / Erlan: the iotated initial e.
  [/^ie/, "e"],
  // Tokayev / Tokaev, Nikolayev / Nikolaev: the glide between vowels.
  [/([aeou])i(?=[aeou])/g, "$1"],
  // Degtyaryov / Degtyarev: ё written yo or e.
  [/io/g, "e"],
  // Kassym / Kasym, Sergeii / Sergei (after y→i): doubled letters.
  [/(.)\1+/g, "$1"],
];

const keyCache = new Map<string, string>();

/**
 * A key under which the spellings of one name across schemes and English usage coincide: Tokayev, Tokaev → "tokaev";
 * Sergei, Sergey → "sergei"; Alexander, Aleksandr stay one edit apart (see `similarity`). Apostrophes, diacritics and
 * a possessive 's are dropped.
 */
export function matchKey(latin: string): string {
  let key = keyCache.get(latin);
  if (key === undefined) {
    key = latin
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/['’]s$/, "")
      .replace(/[^a-z]/g, "");
    for (const [pattern, replacement] of FOLDS) key = key.replace(pattern, replacement);
    keyCache.set(latin, key);
  }
  return key;
}

/**
 * The consonants of a match key, to compare names borrowed into Russian by ear: Price / Прайс ("prs"),
 * Kennedy / Кеннеди ("knd"), Chavez / Чавес ("cgvs").
 */
export function consonantSkeleton(latin: string): string {
  return matchKey(latin)
    .replace(/th/g, "t")
    .replace(/ts/g, "s")
    .replace(/z/g, "s")
    // Russian writes a foreign h as г: Hitler / Гитлер, Hamburg / Гамбург.
    .replace(/h(?!$)/g, "g")
    .replace(/(?!^)[aeiou]/g, "")
    .replace(/(.)\1+/g, "$1");
}

/** Compound terms share a long run of consonants: Hydrometeorological / Гидрометцентр ("gdrmt"). */
export function sharesConsonantRun(a: string, b: string, length = 5): boolean {
  const skeletonA = consonantSkeleton(a);
  const skeletonB = consonantSkeleton(b);
  for (let i = 0; i + length <= skeletonA.length; i++) if (skeletonB.includes(skeletonA.slice(i, i + length))) return true;
  return false;
}

/** 1 for equal match keys, falling towards 0 with the edit distance relative to the longer key. */
export function similarity(a: string, b: string): number {
  const keyA = matchKey(a);
  const keyB = matchKey(b);
  const longer = Math.max(keyA.length, keyB.length);
  return longer === 0 ? 0 : 1 - distance(keyA, keyB) / longer;
}
