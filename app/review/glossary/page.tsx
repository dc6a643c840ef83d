import type { Metadata } from "next";
import { AddTermForm } from "@/components/glossary/add-term-form";
import { Pager } from "@/components/layout/pager";
import { requireRole } from "@/lib/auth";
import { pageNumberSchema } from "@/lib/db";
import { listTerms } from "@/lib/glossary/queries";
import { addTermAction, removeTermAction } from "./actions";

export const metadata: Metadata = { title: "Glossary" };

const KIND_LABEL = { OFFICIAL_SPELLING: "official spelling", DO_NOT_TRANSLATE: "not to translate", PREFERRED_TERM: "preferred term" } as const;

export default async function GlossaryPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  await requireRole("REVIEWER", "/review/glossary");
  const { items: terms, page, hasNext } = await listTerms("ru", "en", pageNumberSchema.parse((await searchParams).page));
  return (
    <main>
      <h1 className="text-2xl font-semibold">Glossary (ru → en)</h1>
      <p className="mb-4 mt-1 text-sm text-stone-600">Required English forms. A term matches its Russian source in every case form (Токаев, Токаева, Токаеву…). New terms apply from the next check run.</p>
      <AddTermForm action={addTermAction} />
      <table className="mt-6 w-full text-left text-sm">
        <thead className="text-xs uppercase text-stone-500"><tr><th className="py-1">Russian</th><th>English</th><th>Kind</th><th>Note</th><th /></tr></thead>
        <tbody>
          {terms.map((term) => (
            <tr key={term.id} className="border-t border-stone-200" data-testid="glossary-term">
              <td className="py-1.5 font-serif">{term.source}</td>
              <td className="font-serif">{term.target}</td>
              <td>{KIND_LABEL[term.kind]}</td>
              <td className="text-stone-600">{term.note}</td>
              <td className="text-right">
                <form action={removeTermAction}><input type="hidden" name="id" value={term.id} /><button className="text-xs underline" aria-label={`Remove ${term.source}`}>Remove</button></form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={page} hasNext={hasNext} href={(p) => `/review/glossary?page=${p}`} />
    </main>
  );
}
