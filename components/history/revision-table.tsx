import Link from "next/link";
import type { ReactNode } from "react";
import type { RevisionSummary } from "@/lib/revisions";

const person = (p: { email: string; name: string | null } | null) => (p ? p.name ?? p.email : "—");

function describe(revision: RevisionSummary): string {
  if (revision.origin === "import") return "Imported";
  if (revision.origin === "revert") return `Reverted to revision ${revision.revertedTo}`;
  return `Correction (${revision.correction?.category ?? "?"}, ${revision.correction?.severity ?? "?"})${revision.correction?.note ? `: ${revision.correction.note}` : ""}`;
}

/** Every revision, newest first; each row links to its diff against the one before, and offers a revert. */
export function RevisionTable({ revisions, diffHref, revert }: { revisions: RevisionSummary[]; diffHref: (from: number, to: number) => string; revert: (number: number) => ReactNode }) {
  return (
    <table className="w-full text-left text-sm">
      <thead className="text-xs uppercase text-stone-500"><tr><th className="py-1">Revision</th><th>When</th><th>What</th><th>Author</th><th>Approved by</th><th /></tr></thead>
      <tbody>
        {revisions.map((revision) => (
          <tr key={revision.number} className="border-t border-stone-200 align-top" data-testid="revision-row">
            <td className="py-1.5 font-medium">{revision.number}</td>
            <td><time dateTime={revision.createdAt.toISOString()}>{revision.createdAt.toISOString().slice(0, 16).replace("T", " ")}</time></td>
            <td>{describe(revision)}</td>
            <td>{person(revision.author)}</td>
            <td>{person(revision.approver)}</td>
            <td className="space-y-1 py-1.5">
              {revision.number > 1 && <Link className="block text-xs underline" href={diffHref(revision.number - 1, revision.number)}>Changes from {revision.number - 1}</Link>}
              {revert(revision.number)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
