import type { Metadata } from "next";
import { ImportForm } from "@/components/import/import-form";
import { requireRole } from "@/lib/auth";
import { importArticleAction } from "./actions";

export const metadata: Metadata = { title: "Import an article" };

export default async function ImportPage() {
  await requireRole("REVIEWER", "/review/import");
  return (
    <main>
      <h1 className="mb-1 text-2xl font-semibold">Import an article</h1>
      <p className="mb-6 text-sm text-stone-600">Paste or upload the original and its machine translation. Errata pairs them sentence by sentence and runs the checks.</p>
      <ImportForm action={importArticleAction} />
    </main>
  );
}
