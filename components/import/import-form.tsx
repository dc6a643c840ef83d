"use client";

import { unstable_rethrow } from "next/navigation";
import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { MAX_XLIFF_BYTES } from "@/lib/formats/limits";
import { MAX_SIDE_BYTES } from "@/lib/import/input";

type ImportAction = (previous: ActionResult, form: FormData) => Promise<ActionResult>;

const input = "mt-1 w-full rounded border border-stone-300 px-3 py-2 text-sm";

const SIDES = [
  { what: "The original", text: "source", file: "sourceFile" },
  { what: "The translation", text: "target", file: "targetFile" },
];

/** What the form would send for a side, in bytes: the file when one is chosen, else the pasted text. */
function sideBytes(form: FormData, side: (typeof SIDES)[number]): number {
  const file = form.get(side.file);
  if (file instanceof File && file.size > 0) return file.size;
  return new Blob([String(form.get(side.text) ?? "")]).size;
}

/** A side over 1 MB (or an XLIFF file over its cap) is refused here, before the server's body limit would refuse the whole form. */
function oversizedSide(form: FormData): string | null {
  const xliff = form.get("xliffFile");
  if (xliff instanceof File && xliff.size > 0) {
    return xliff.size > MAX_XLIFF_BYTES ? `The XLIFF file is ${(xliff.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_XLIFF_BYTES / 1024 / 1024} MB.` : null;
  }
  for (const side of SIDES) {
    const bytes = sideBytes(form, side);
    if (bytes > MAX_SIDE_BYTES) return `${side.what} is ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is 1 MB per side. Import the article body only.`;
  }
  return null;
}

export function ImportForm({ action }: { action: ImportAction }) {
  const [state, formAction, pending] = useActionState(async (previous: ActionResult, form: FormData | ActionResult): Promise<ActionResult> => {
    if (!(form instanceof FormData)) return form;
    try {
      return await action(previous, form);
    } catch (error) {
      unstable_rethrow(error); // the redirect to the imported article travels as a thrown error too
      // The request itself failed: over the server's body limit (Next answers a 500), or the connection broke.
      return { status: "error", error: "The form could not be sent (the server refused it or did not answer); nothing was imported. Your text is still here: try again." };
    }
  }, { status: "idle" } as ActionResult);

  // Submitted by hand rather than through <form action>, which React resets after every submission: a refused
  // import keeps what was pasted and chosen.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const tooLarge = oversizedSide(form);
    startTransition(() => formAction(tooLarge ? { status: "error", error: tooLarge } : form));
  };

  return (
    <form onSubmit={submit} className="space-y-5">
      {state.status === "error" && <p role="alert" className="rounded border border-rose-300 bg-rose-50 p-3 text-sm text-rose-800">{state.error}</p>}
      <Field label="Title" name="title" hint="Optional: taken from the translation's first line or HTML title when empty." />
      <label className="block text-sm font-medium">Language pair
        <select name="pair" defaultValue="ru-en" className={`${input} max-w-xs`}>
          <option value="ru-en">Russian → English</option>
        </select>
      </label>
      <div className="grid gap-4 md:grid-cols-2">
        <TextSide label="Original" name="source" fileName="sourceFile" />
        <TextSide label="Translation" name="target" fileName="targetFile" />
      </div>
      <label className="block text-sm font-medium">…or a translated XLIFF file (2.0 or 1.2)
        <input type="file" name="xliffFile" accept=".xlf,.xliff,application/xliff+xml,application/xml,text/xml" className="mt-1 block text-xs" />
        <span className="mt-1 block text-xs font-normal text-stone-500">Its units&apos; sources become the original and its targets the translation; the languages come from the file.</span>
      </label>
      <div className="grid gap-4 md:grid-cols-2">
        <Field label="Original URL" name="sourceUrl" type="url" />
        <Field label="Translation URL" name="targetUrl" type="url" />
        <Field label="MT engine" name="engine" hint="e.g. Google Translate" />
        <Field label="Publisher" name="publisher" />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-stone-900 px-4 py-2 font-medium text-white hover:bg-stone-700 disabled:opacity-60">
        {pending ? "Importing…" : "Import"}
      </button>
    </form>
  );
}

function Field({ label, name, type = "text", hint }: { label: string; name: string; type?: string; hint?: string }) {
  return (
    <label className="block text-sm font-medium">{label}
      <input name={name} type={type} className={input} />
      {hint && <span className="mt-1 block text-xs font-normal text-stone-500">{hint}</span>}
    </label>
  );
}

function TextSide({ label, name, fileName }: { label: string; name: string; fileName: string }) {
  return (
    <div>
      <label className="block text-sm font-medium">{label}
        <textarea name={name} rows={14} className={`${input} font-serif`} placeholder="Plain text (paragraphs separated by blank lines) or HTML" />
      </label>
      <label className="mt-2 block text-xs text-stone-600">…or upload a .txt or .html file ({label.toLowerCase()} file)
        <input type="file" name={fileName} accept=".txt,.html,.htm,text/plain,text/html" className="mt-1 block text-xs" />
      </label>
    </div>
  );
}
