import type { ExportFile } from "./export-file";

/**
 * An export as a download: its media type, saved under its name (ASCII fallback plus the RFC 5987 UTF-8 name),
 * never cached by a shared cache (it is staff data), and for a paged export the next page's address in a
 * Link header (rel="next") and X-Next-Page.
 */
export function fileResponse(file: ExportFile, requestUrl: string): Response {
  const asciiName = file.filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
  const headers = new Headers({
    "Content-Type": file.contentType,
    "Content-Disposition": `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    "Cache-Control": "private, no-store",
  });
  if (file.nextPage) {
    const next = new URL(requestUrl);
    next.searchParams.set("page", String(file.nextPage));
    headers.set("Link", `<${next.pathname}${next.search}>; rel="next"`);
    headers.set("X-Next-Page", String(file.nextPage));
  }
  return new Response(file.body, { headers });
}
