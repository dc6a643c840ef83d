"use server";

import { redirect } from "next/navigation";
import { actionError, type ActionResult } from "@/lib/actions/action-result";
import { requireRole } from "@/lib/auth";
import { importXliff } from "@/lib/formats";
import { decodeUtf8, importArticle } from "@/lib/import";

/**
 * Who: REVIEWER and above. Imports the pair from the form: pasted text or uploaded .txt/.html files, or a
 * translated XLIFF file (which then gives both sides and the languages).
 */
export async function importArticleAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole("REVIEWER");
  const [sourceLang, targetLang] = (text(form, "pair") || "ru-en").split("-");
  const details = { title: text(form, "title"), sourceUrl: text(form, "sourceUrl"), targetUrl: text(form, "targetUrl"), engine: text(form, "engine"), publisher: text(form, "publisher") };
  const xliff = form.get("xliffFile");
  let id: string;
  try {
    const imported =
      xliff instanceof File && xliff.size > 0
        ? await importXliff(new Uint8Array(await xliff.arrayBuffer()), details, { actorId: user.id })
        : await importArticle(
            {
              ...details,
              sourceLang,
              targetLang,
              source: await fileOrText(form, "sourceFile", "source", "The original file"),
              target: await fileOrText(form, "targetFile", "target", "The translation file"),
            },
            { actorId: user.id },
          );
    id = imported.id;
  } catch (error) {
    return actionError(error);
  }
  redirect(`/review/articles/${id}`);
}

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

async function fileOrText(form: FormData, fileField: string, textField: string, what: string): Promise<string> {
  const file = form.get(fileField);
  if (file instanceof File && file.size > 0) return decodeUtf8(new Uint8Array(await file.arrayBuffer()), what);
  return text(form, textField);
}
