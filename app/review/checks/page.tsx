import type { Metadata } from "next";
import { JobForm } from "@/components/jobs/job-form";
import { requireRole } from "@/lib/auth";
import { checks } from "@/lib/checks";
import { statsByCheck } from "@/lib/flags";
import { activeJobs } from "@/lib/jobs";
import { rerunAllChecksAction } from "./actions";

export const metadata: Metadata = { title: "Checks" };

export default async function ChecksPage() {
  await requireRole("REVIEWER", "/review/checks");
  const [stats, [rerun]] = await Promise.all([statsByCheck(), activeJobs("rerun-checks")]);
  return (
    <main>
      <h1 className="text-2xl font-semibold">Checks</h1>
      <p className="mb-4 mt-1 text-sm text-stone-600">What each check looks for, and how often reviewers dismissed its flags: a high dismissal rate means the check cries wolf.</p>
      <section aria-labelledby="rerun-title" className="mb-6 rounded border border-stone-200 bg-white p-3">
        <h2 id="rerun-title" className="font-semibold">Re-run all checks</h2>
        <p className="mb-2 text-sm text-stone-600">After a glossary change or a new version of the checks: every article that is not archived is checked again, in the background. New findings are added; dismissed and resolved flags stay as they are.</p>
        <JobForm action={rerunAllChecksAction} label="Re-run all checks" initial={rerun} className="flex flex-wrap items-start gap-3">
          <button type="submit" className="rounded bg-stone-800 px-3 py-1.5 text-sm text-white disabled:opacity-50">Re-run all checks</button>
        </JobForm>
      </section>
      <table className="w-full text-left text-sm">
        <thead className="text-xs uppercase text-stone-500">
          <tr><th className="py-1">Check</th><th>Category</th><th>Severity</th><th className="text-right">Flags</th><th className="text-right">Dismissed</th><th className="text-right">Dismissal rate</th></tr>
        </thead>
        <tbody>
          {checks.map((check) => {
            const s = stats.get(check.id) ?? { raised: 0, dismissed: 0, resolved: 0 };
            return (
              <tr key={check.id} className="border-t border-stone-200 align-top" data-testid={`check-${check.id}`}>
                <td className="py-2 pr-4">
                  <div className="font-medium">{check.title} <code className="text-xs text-stone-500">{check.id}</code></div>
                  <p className="text-stone-600">{check.description}</p>
                  {check.examples.invalid[0] && <p className="mt-1 text-xs text-stone-500">e.g. <span className="font-serif">“{check.examples.invalid[0].flagged ?? check.examples.invalid[0].target}”</span>{check.examples.invalid[0].suggestion && <> → <span className="font-serif">“{check.examples.invalid[0].suggestion}”</span></>}</p>}
                </td>
                <td>{check.category}</td>
                <td>{check.severity}</td>
                <td className="text-right">{s.raised}</td>
                <td className="text-right">{s.dismissed}</td>
                <td className="text-right">{s.raised ? `${Math.round((100 * s.dismissed) / s.raised)}%` : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </main>
  );
}
