const ARTICLE_FORMATS = [
  { format: "txt", label: "Text" },
  { format: "html", label: "HTML" },
  { format: "md", label: "Markdown" },
  { format: "xliff2", label: "XLIFF 2.0" },
  { format: "xliff12", label: "XLIFF 1.2" },
] as const;

const link = "underline";

/** Downloads of one article: its current translation, the aligned pair, and its approved corrections as TMX. */
export function ArticleExportLinks({ articleId }: { articleId: string }) {
  const id = encodeURIComponent(articleId);
  return (
    <p className="text-xs text-stone-600">
      Export:{" "}
      {ARTICLE_FORMATS.map(({ format, label }) => (
        <span key={format}>
          <a className={link} href={`/api/articles/${id}/export?format=${format}`} download>{label}</a>{" · "}
        </span>
      ))}
      <a className={link} href={`/api/exports/corrections.tmx?article=${id}`} download>corrections (TMX)</a>{" · "}
      <a className={link} href={`/api/exports/corrections.csv?article=${id}`} download>corrections (CSV)</a>{" · "}
      <a className={link} href={`/api/exports/reports.csv?article=${id}`} download>reports (CSV)</a>
    </p>
  );
}

const EXPORT_FILES = [
  { file: "corrections.tmx", label: "Approved corrections (TMX)" },
  { file: "corrections.csv", label: "Corrections (CSV)" },
  { file: "corrections.json", label: "Corrections (JSON)" },
  { file: "reports.csv", label: "Reports (CSV)" },
  { file: "reports.json", label: "Reports (JSON)" },
] as const;

/** A date range and one button per collection export (a plain GET form: the browser downloads the file). */
export function RangeExportForm() {
  const input = "mt-1 block rounded border border-stone-300 px-2 py-1 text-sm";
  return (
    <form method="get" action="/api/exports/corrections.tmx" className="flex flex-wrap items-end gap-3 rounded border border-stone-200 p-3">
      <label className="text-xs font-medium">From<input type="date" name="from" className={input} /></label>
      <label className="text-xs font-medium">To (inclusive)<input type="date" name="to" className={input} /></label>
      {EXPORT_FILES.map(({ file, label }) => (
        <button key={file} formAction={`/api/exports/${file}`} className="rounded border border-stone-300 px-2 py-1 text-xs hover:bg-stone-100">{label}</button>
      ))}
      <p className="w-full text-xs text-stone-500">Each file holds one page (2,000 corrections in TMX, 5,000 rows otherwise); its Link header names the next page.</p>
    </form>
  );
}
