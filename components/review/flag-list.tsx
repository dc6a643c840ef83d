import { checks } from "@/lib/checks";
import type { Flag } from "@/lib/db";
import { SEVERITY_RANK, SEVERITY_STYLE } from "./severity";
import type { ReactNode } from "react";

const TITLES = new Map(checks.map((check) => [check.id, check.title]));

/** The flags of the current revision, grouped by check (most severe first), each linked to its row. */
export function FlagList({ flags, rowOf, actions }: { flags: Flag[]; rowOf: (flag: Flag) => number; actions: (flag: Flag) => ReactNode }) {
  const open = flags.filter((flag) => flag.status === "OPEN");
  const groups = new Map<string, Flag[]>();
  for (const flag of open) groups.set(flag.check, [...(groups.get(flag.check) ?? []), flag]);
  const ordered = [...groups.entries()].sort(([, a], [, b]) => SEVERITY_RANK[a[0].severity] - SEVERITY_RANK[b[0].severity] || b.length - a.length);
  const dismissed = flags.length - open.length;
  return (
    <section aria-labelledby="flags-heading">
      <h2 id="flags-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-500">
        Flags <span className="font-normal">({open.length} open{dismissed ? `, ${dismissed} dismissed` : ""})</span>
      </h2>
      {open.length === 0 && <p className="mt-2 text-sm text-stone-500">No open flags.</p>}
      {ordered.map(([check, items]) => (
        <div key={check} className="mt-3">
          <h3 className="text-sm font-medium">{TITLES.get(check) ?? check} <span className="text-stone-500">· {items.length}</span></h3>
          <ul className="mt-1 space-y-2">
            {items.map((flag) => (
              <li key={flag.id} id={`flag-${flag.id}`} data-testid="flag" data-check={flag.check} className="rounded border border-stone-200 bg-white p-2 text-sm target:ring-2 target:ring-yellow-400">
                <div className="flex items-baseline gap-2">
                  <span className={`rounded px-1.5 text-xs ${SEVERITY_STYLE[flag.severity]}`}>{flag.severity}</span>
                  <a href={`#row-${rowOf(flag)}`} className="font-serif underline decoration-dotted">“{flag.targetText || "…"}”</a>
                </div>
                <p className="mt-1 text-stone-700">{flag.message}</p>
                {flag.suggestion && <p className="mt-1">Suggestion: <strong className="font-serif" data-testid="suggestion">{flag.suggestion}</strong></p>}
                <div className="mt-1">{actions(flag)}</div>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
