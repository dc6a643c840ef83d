/** A file an export hands to the route: its body, its media type, the name to save it under. */
export interface ExportFile {
  body: string;
  contentType: string;
  filename: string;
  /** For a paged export: the next page's number, or null on the last page. */
  nextPage?: number | null;
}

export const MEDIA_TYPES = {
  txt: "text/plain; charset=utf-8",
  html: "text/html; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  xliff: "application/xliff+xml; charset=utf-8",
  tmx: "application/x-tmx+xml; charset=utf-8",
  csv: "text/csv; charset=utf-8; header=present",
  json: "application/json; charset=utf-8",
} as const;
