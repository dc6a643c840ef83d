/** "ru" for "ru", "ru-RU" or "ru_KZ": the tables here are per language, not per region. */
export function baseLanguage(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0];
}

const CYRILLIC_SCRIPT_LANGUAGES = new Set(["ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn"]);

export function writtenInCyrillic(lang: string): boolean {
  return CYRILLIC_SCRIPT_LANGUAGES.has(baseLanguage(lang));
}
