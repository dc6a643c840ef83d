/** A publisher's allowed origins, as stored: one per line (commas and spaces are accepted too). */
export function parseOrigins(text: string): string[] {
  return text.split(/[\s,]+/).map(normalizeOrigin).filter((origin): origin is string => origin !== null);
}

/** "https://News.Example.kz/" → "https://news.example.kz"; anything that is not an http(s) origin → null. */
export function normalizeOrigin(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed);
    if (url.protocol !== "https:" && url.protocol !== "http:") return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** Whether a browser on `origin` may post a report about an article of this publisher. */
export function originAllowed(origin: string, publisher: { allowedOrigins: string } | null): boolean {
  const normalized = normalizeOrigin(origin);
  return !!normalized && !!publisher && parseOrigins(publisher.allowedOrigins).includes(normalized);
}
