import type { DiffPart } from "@/lib/corrections/word-diff";

/**
 * A word-level diff readable without colour: insertions underlined (<ins>), deletions struck through (<del>),
 * each also announced to screen readers. Text is rendered as text, never as HTML.
 */
export function DiffView({ parts, className = "" }: { parts: readonly (DiffPart | { op: "skip"; text: string })[]; className?: string }) {
  return (
    <span className={`whitespace-pre-wrap ${className}`} data-testid="diff">
      {parts.map((part, index) => {
        if (part.op === "insert") return <ins key={index} className="diff-insert"><span className="sr-only">[inserted: </span>{part.text}<span className="sr-only">]</span></ins>;
        if (part.op === "delete") return <del key={index} className="diff-delete"><span className="sr-only">[deleted: </span>{part.text}<span className="sr-only">]</span></del>;
        if (part.op === "skip") return <span key={index} className="mx-1 text-xs italic text-stone-400">[… {part.text} …]</span>;
        return <span key={index}>{part.text}</span>;
      })}
    </span>
  );
}
