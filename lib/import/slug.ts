import * as iuliia from "iuliia";

/** A URL slug from a title in any of our languages: "Что в Казахстане" → "chto-v-kazakhstane". */
export function slugify(title: string): string {
  const withoutApostrophes = title.replace(/['’ʼ`]/g, "").replace(/ё/g, "е").replace(/Ё/g, "Е");
  const latin = iuliia.translate(withoutApostrophes, iuliia.WIKIPEDIA);
  const slug = latin
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || "article";
}

/** The first of slug, slug-2, slug-3 … that `taken` does not hold. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
