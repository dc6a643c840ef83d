import type { ReviewRow, SentenceView } from "@/lib/articles/review-rows";
import { SEVERITY_STYLE } from "./severity";

export interface MarkInfo {
  /** Anchor in the page that describes the mark (a flag or a report card). */
  href: string;
  label: string;
  severity: string;
  kind: "flag" | "report";
}

/**
 * The original and the translation, one row per aligned group. Hovering or focusing either side highlights
 * the whole row — the sentence and its counterpart — in CSS alone, so a 5,000-word article stays smooth.
 */
export function SideBySide({ rows, marks, sourceLang, targetLang }: { rows: ReviewRow[]; marks: Record<string, MarkInfo>; sourceLang: string; targetLang: string }) {
  return (
    <div role="table" aria-label="Original and translation, aligned" className="text-[15px] leading-relaxed">
      <div role="row" className="sticky top-0 z-10 grid grid-cols-2 gap-6 border-b border-stone-200 bg-stone-50 py-2 text-xs font-semibold uppercase tracking-wide text-stone-500">
        <span role="columnheader">Original ({sourceLang})</span>
        <span role="columnheader">Translation ({targetLang})</span>
      </div>
      {rows.map((row) => (
        <div key={row.index} role="row" id={`row-${row.index}`} data-testid="aligned-row"
          className={`group grid grid-cols-2 gap-6 rounded py-1.5 focus-within:bg-yellow-50 hover:bg-yellow-50 ${row.paragraphStart ? "mt-3" : ""} ${row.untranslated ? "bg-rose-50/60" : ""}`}>
          <div role="cell" lang={sourceLang} className="font-serif text-stone-700">
            {row.source.map((sentence) => <SentenceText key={sentence.index} sentence={sentence} marks={marks} side="source" />)}
          </div>
          <div role="cell" lang={targetLang} className="font-serif">
            {row.untranslated ? (
              <span data-testid="omission" className="text-sm italic text-rose-700">No translation: possible omission</span>
            ) : (
              row.target.map((sentence) => <SentenceText key={sentence.index} sentence={sentence} marks={marks} side="target" />)
            )}
          </div>
        </div>
      ))}
    </div>
  );
}

function SentenceText({ sentence, marks, side }: { sentence: SentenceView; marks: Record<string, MarkInfo>; side: "source" | "target" }) {
  return (
    <span tabIndex={0} data-sentence={`${side}-${sentence.index}`} data-start={sentence.start}
      className="rounded outline-none group-hover:bg-yellow-100 group-focus-within:bg-yellow-100 focus:ring-2 focus:ring-yellow-400">
      {sentence.pieces.map((piece) => {
        if (piece.ids.length === 0) return <span key={piece.start}>{piece.text}</span>;
        const infos = piece.ids.map((id) => marks[id]).filter(Boolean);
        const top = infos.find((info) => info.kind === "report") ?? infos[0];
        return (
          <a key={piece.start} href={top?.href} title={infos.map((info) => info.label).join("\n")} data-marks={piece.ids.join(" ")}
            className={`underline decoration-2 underline-offset-2 ${top?.kind === "report" ? "bg-violet-100 decoration-violet-600 decoration-dashed" : SEVERITY_STYLE[top?.severity ?? "minor"]}`}>
            {piece.text}
          </a>
        );
      })}{" "}
    </span>
  );
}
