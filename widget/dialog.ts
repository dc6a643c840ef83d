import { isReportShortcut, keepFocusInside, type ReportDraft } from "../lib/reports/browser/draft";
import { HONEYPOT_FIELD, REPORT_LIMITS } from "../lib/reports/limits";
import { el } from "./dom";

export interface DialogOptions {
  /** The selection to report, or null when the reader types the passage. */
  draft: ReportDraft | null;
  /** Sends the report; resolves to an error message, or null once it is stored. */
  send: (fields: Record<string, string>) => Promise<string | null>;
  /** Fetches the aligned original of the selection. */
  original: () => Promise<string>;
  onClose: () => void;
}

const textarea = (name: string, max: number, value = "") => {
  const area = el("textarea", { name, rows: 2, maxlength: max });
  area.value = value;
  return area;
};

/** The same dialog as on Errata's article page, built without a framework inside the widget's shadow root. */
export function showDialog(root: ShadowRoot, options: DialogOptions): void {
  const { draft } = options;
  const error = el("p", { class: "err", role: "alert" });
  const passage = draft ? null : textarea("passage", REPORT_LIMITS.selection);
  const suggestion = textarea("suggestion", REPORT_LIMITS.suggestion, draft?.selection);
  const originalBox = el("blockquote", { hidden: true });
  const originalButton = el("button", { type: "button", class: "link", "aria-expanded": "false" }, "Show original");
  const submit = el("button", { type: "submit", class: "primary" }, "Send report");
  const cancel = el("button", { type: "button", class: "link" }, "Cancel");
  const form = el(
    "form",
    {},
    draft ? el("p", { class: "ctx" }, draft.contextBefore, el("mark", {}, draft.selection), draft.contextAfter) : el("label", {}, "Text with the mistake", passage),
    draft && el("div", { class: "row" }, originalButton),
    originalBox,
    el("label", {}, "Suggested correction", suggestion),
    el("label", {}, "Comment", textarea("comment", REPORT_LIMITS.comment)),
    el("label", {}, "Email (to hear when it's fixed)", el("input", { name: "email", type: "email", autocomplete: "email", maxlength: REPORT_LIMITS.email })),
    el("input", { name: HONEYPOT_FIELD, class: "pot", tabindex: -1, autocomplete: "off", "aria-hidden": "true" }),
    error,
    el("div", { class: "row" }, submit, cancel),
  );
  const dialog = el("dialog", { "aria-labelledby": "errata-title" }, el("h2", { id: "errata-title" }, "Report a mistake"), form);
  let sent = false;

  const close = () => {
    dialog.close();
    dialog.remove();
    options.onClose();
  };
  dialog.addEventListener("cancel", (event) => {
    event.preventDefault();
    close();
  });
  dialog.addEventListener("keydown", (event) => {
    keepFocusInside(event, dialog, root.activeElement);
    if (isReportShortcut(event) && !sent) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  cancel.addEventListener("click", close);
  originalButton.addEventListener("click", async () => {
    const showing = originalBox.hidden;
    originalBox.hidden = !showing;
    originalButton.setAttribute("aria-expanded", String(showing));
    originalButton.textContent = showing ? "Hide original" : "Show original";
    if (showing && !originalBox.textContent) originalBox.textContent = await options.original().catch((e: Error) => e.message);
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    submit.disabled = true;
    error.textContent = "";
    const fields = Object.fromEntries([...new FormData(form)].map(([name, value]) => [name, String(value)]));
    const problem = await options.send(fields);
    submit.disabled = false;
    if (problem) return void (error.textContent = problem);
    sent = true;
    const done = el("button", { type: "button", class: "primary" }, "Close");
    done.addEventListener("click", close);
    form.replaceWith(el("p", { role: "status" }, "Thank you! Your report has reached the editors."), el("div", { class: "row" }, done));
    done.focus();
  });

  root.append(dialog);
  dialog.showModal();
  (passage ?? suggestion).focus();
}
