import type { Metadata } from "next";
import { KindSelect, ResultForm, ScopeSelect, TermForm } from "@/components/glossary/add-term-form";
import { JobForm } from "@/components/jobs/job-form";
import { Pager } from "@/components/layout/pager";
import { requireRole } from "@/lib/auth";
import { pendingProposals } from "@/lib/glossary-learning";
import { listTerms, publisherChoices, termFilterSchema } from "@/lib/glossary/queries";
import { activeJobs } from "@/lib/jobs";
import { canDecideGlossaryProposal } from "@/lib/permissions";
import { acceptProposalAction, addTermAction, dismissProposalAction, importCsvAction, recheckTermAction, removeTermAction, updateTermAction } from "./actions";

export const metadata: Metadata = { title: "Glossary" };

const KIND_LABEL = { OFFICIAL_SPELLING: "official spelling", DO_NOT_TRANSLATE: "not to translate", PREFERRED_TERM: "preferred term" } as const;
const small = "rounded border border-stone-300 bg-white px-2 py-0.5 text-xs hover:bg-stone-100";

export default async function GlossaryPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireRole("REVIEWER", "/review/glossary");
  const filter = termFilterSchema.parse(await searchParams);
  const editor = canDecideGlossaryProposal(user);
  const [{ items: terms, page, hasNext }, publishers, proposals, rechecks] = await Promise.all([listTerms(filter), publisherChoices(), pendingProposals(), editor ? activeJobs("glossary-recheck") : []]);
  const query = (p: number) => `/review/glossary?${new URLSearchParams({ ...(filter.q ? { q: filter.q } : {}), ...(filter.scope ? { scope: filter.scope } : {}), page: String(p) })}`;
  return (
    <main className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Glossary (ru → en)</h1>
        <p className="mt-1 text-sm text-stone-600">Required English forms. A term matches its Russian source in every case form (Токаев, Токаева, Токаеву…). New terms apply from the next check run; a publisher&apos;s own term wins over one for everywhere.</p>
      </div>

      {proposals.items.length > 0 && (
        <section id="proposals" aria-labelledby="proposals-title" className="rounded border border-amber-300 bg-amber-50 p-4">
          <h2 id="proposals-title" className="font-semibold">Learned from approved corrections</h2>
          <p className="mb-2 text-sm text-stone-700">Each approved correction of a name proposes its spelling. Accepted, the glossary check flags the wrong forms in every new article{editor ? "; re-check past articles from the term's row" : ""}.</p>
          <ul className="space-y-2">
            {proposals.items.map((proposal) => (
              <li key={proposal.id} data-testid="glossary-proposal" className="flex flex-wrap items-center gap-3 text-sm">
                <span><span className="font-serif">{proposal.source}</span> → <strong className="font-serif">{proposal.target}</strong> <span className="text-stone-600">(was “{proposal.wrongForm}”{proposal.seen > 1 ? `, corrected ${proposal.seen} times` : ""}{proposal.correction ? <>, in <a className="underline" href={`/review/articles/${proposal.correction.article.id}`}>{proposal.correction.article.title}</a></> : null})</span></span>
                {editor && (
                  <>
                    <ResultForm action={acceptProposalAction} label={`Add ${proposal.source} to the glossary`} className="flex flex-wrap items-center gap-2">
                      <input type="hidden" name="proposalId" value={proposal.id} />
                      <KindSelect />
                      <ScopeSelect publishers={publishers} defaultValue={proposal.correction?.article.publisherId} />
                      <button type="submit" className="rounded bg-emerald-800 px-2 py-1 text-xs text-white">Add to glossary</button>
                    </ResultForm>
                    <form action={dismissProposalAction}><input type="hidden" name="proposalId" value={proposal.id} /><button className={small}>Dismiss</button></form>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-label="Add a term"><TermForm action={addTermAction} publishers={publishers} submit="Add term" /></section>

      <section className="flex flex-wrap items-end gap-6">
        <form method="get" role="search" className="flex flex-wrap items-end gap-2 text-sm">
          <label className="font-medium">Search<input name="q" defaultValue={filter.q} className="ml-2 rounded border border-stone-300 px-2 py-1" placeholder="Russian, English or note" /></label>
          <label className="font-medium">Applies
            <select name="scope" defaultValue={filter.scope ?? ""} className="ml-2 rounded border border-stone-300 px-2 py-1">
              <option value="">Any</option>
              <option value="everywhere">Everywhere</option>
              {publishers.map((p) => <option key={p.id} value={p.id}>Only {p.name}</option>)}
            </select>
          </label>
          <button className="rounded border border-stone-300 px-2 py-1">Search</button>
        </form>
        <ResultForm action={importCsvAction} label="Import CSV" className="flex flex-wrap items-end gap-2 text-sm">
          <label className="font-medium">Import CSV<input type="file" name="file" accept=".csv,text/csv" required className="ml-2 text-sm" /></label>
          <button type="submit" className="rounded border border-stone-300 px-2 py-1">Import</button>
        </ResultForm>
        <a href="/api/exports/glossary.csv" className="text-sm underline" download>Export CSV</a>
      </section>
      <p className="-mt-4 text-xs text-stone-500">CSV columns: source, target, kind (official spelling, do not translate, preferred term), note, publisher (a name; empty for everywhere). A term already there takes the file&apos;s kind, note and scope.</p>

      <table className="w-full text-left text-sm">
        <thead className="text-xs uppercase text-stone-500"><tr><th className="py-1">Russian</th><th>English</th><th>Kind</th><th>Applies</th><th>Note</th><th /></tr></thead>
        <tbody>
          {terms.map((term) => (
            <tr key={term.id} className="border-t border-stone-200 align-top" data-testid="glossary-term">
              <td className="py-1.5 font-serif">{term.source}</td>
              <td className="py-1.5 font-serif">{term.target}</td>
              <td className="py-1.5">{KIND_LABEL[term.kind]}</td>
              <td className="py-1.5">{term.publisher ? `only ${term.publisher.name}` : "everywhere"}</td>
              <td className="py-1.5 text-stone-600">{term.note}</td>
              <td className="space-y-1 py-1.5 text-right">
                <details className="text-left">
                  <summary className="cursor-pointer text-xs underline">Edit</summary>
                  <TermForm action={updateTermAction} publishers={publishers} term={term} submit="Save" />
                </details>
                {editor && (
                  <JobForm action={recheckTermAction} label={`Re-check past articles for ${term.source}`} initial={rechecks.find((job) => job.params.source === term.source)} className="flex flex-col items-end gap-1">
                    <input type="hidden" name="source" value={term.source} />
                    <button type="submit" className={small}>Re-check past articles</button>
                  </JobForm>
                )}
                <form action={removeTermAction}><input type="hidden" name="id" value={term.id} /><button className="text-xs underline" aria-label={`Remove ${term.source}`}>Remove</button></form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {terms.length === 0 && <p className="text-sm text-stone-600">No terms match.</p>}
      <Pager page={page} hasNext={hasNext} href={query} />
    </main>
  );
}
