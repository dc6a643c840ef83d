"use client";

import { useCallback, useMemo } from "react";
import { chunkEnds } from "@/lib/articles/chunks";
import { beadLengths, reviewRows, type ReviewRow, type SentenceView } from "@/lib/articles/review-rows";
import { TextChunk, useRenderedChunks } from "@/components/layout/progressive";
import { useReviewText, type MarkInfo } from "./review-text";
import { SEVERITY_STYLE } from "./severity";

export type { MarkInfo } from "./review-text";

/**
 * The original and the translation, one row per aligned group, built in the browser from the texts and offsets
 * the page carries once. Hovering or focusing either side highlights the whole row — the sentence and its
 * counterpart — in CSS alone. A long article comes in chunks (the first in the server's HTML).
 */
export function SideBySide({ sourceLang, targetLang }: { sourceLang: string; targetLang: string }) {
  const { document, aligned } = useReviewText();
  const ends = useMemo(() => chunkEnds(beadLengths(aligned)), [aligned]);
  const rendered = useRenderedChunks(ends.length);
  const renderRows = useCallback(
    (from: number, to: number) => reviewRows(aligned, document.marks, from, to).map((row) => <Row key={row.index} row={row} marks={document.markInfo} sourceLang={sourceLang} targetLang={targetLang} />),
    [aligned, document.marks, document.markInfo, sourceLang, targetLang],
  );
  return (
    <div role="table" aria-label="Original and translation, aligned" aria-busy={rendered < ends.length} className="text-[15px] leading-relaxed">
      <div role="row" className="sticky top-0 z-10 grid grid-cols-2 gap-6 border-b border-stone-200 bg-stone-50 py-2 text-xs font-semibold uppercase tracking-wide text-stone-500">
        <span role="columnheader">Original ({sourceLang})</span>
        <span role="columnheader">Translation ({targetLang})</span>
      </div>
      {ends.slice(0, rendered).map((to, k) => <TextChunk key={k} render={renderRows} from={k === 0 ? 0 : ends[k - 1]} to={to} />)}
    </div>
  );
}

function Row({ row, marks, sourceLang, targetLang }: { row: ReviewRow; marks: Record<string, MarkInfo>; sourceLang: string; targetLang: string }) {
  return (
    <div role="row" id={`row-${row.index}`} data-testid="aligned-row"
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
