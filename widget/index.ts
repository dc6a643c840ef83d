// Errata's embeddable widget: <script src="https://ERRATA/widget.js" data-errata-article="SLUG_OR_URL" async></script>
// Readers select a mistake and press Ctrl/⌘+Enter (or tap the button that appears on touch screens); the report
// goes to the Errata server the script came from. Everything it shows lives in a shadow root.
import { isReportShortcut, isTouchScreen, isTyping, type ReportDraft } from "../lib/reports/browser/draft";
import { showDialog } from "./dialog";
import { el } from "./dom";
import { selectionOnPage } from "./host-selection";
import { STYLES } from "./styles";

const script = document.currentScript as HTMLScriptElement | null;
const globals = window as unknown as { errataWidget?: boolean };

if (script && !globals.errataWidget) {
  globals.errataWidget = true;
  const server = new URL(script.src).origin;
  const article = script.dataset.errataArticle || location.href.split("#")[0];
  const host = document.createElement("errata-report");
  host.style.cssText = "all:initial";
  const root = host.attachShadow({ mode: "open" });
  root.append(el("style", {}, STYLES));
  document.body.append(host);

  const failure = (status: number) =>
    status ? `The report could not be sent (error ${status}). Please try again later.` : `The report could not be sent: Errata could not be reached, or this site (${location.origin}) is not allowed to send reports.`;

  /** JSON from the Errata server: the body, or an error message a reader can read. */
  const call = async (path: string, init?: RequestInit): Promise<{ ok: boolean; data: { error?: string; original?: string } }> => {
    const response = await fetch(server + path, { ...init, credentials: "omit" }).catch(() => null);
    const data = response ? await response.json().catch(() => ({})) : {};
    return { ok: !!response?.ok, data: response?.ok ? data : { error: data.error || failure(response?.status ?? 0) } };
  };

  let open = false;
  let offer: HTMLButtonElement | null = null;

  const report = (draft: ReportDraft | null) => {
    const returnFocus = document.activeElement as HTMLElement | null;
    open = true;
    offer?.remove();
    showDialog(root, {
      draft,
      async send(fields) {
        const body = { article, ...(draft ?? { selection: fields.passage, contextBefore: "", contextAfter: "" }), ...fields };
        const result = await call("/api/reports", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
        return result.ok ? null : result.data.error!;
      },
      async original() {
        // Only offered when there is a selection.
        const { selection, contextBefore, contextAfter } = draft!;
        const query = new URLSearchParams({ article, selection, contextBefore, contextAfter });
        const result = await call(`/api/reports/original?${query}`);
        return result.data.original ?? result.data.error!;
      },
      onClose() {
        open = false;
        returnFocus?.focus();
      },
    });
  };

  document.addEventListener("keydown", (event) => {
    if (open || !isReportShortcut(event) || isTyping(event.target)) return;
    event.preventDefault();
    report(selectionOnPage(getSelection()));
  });

  if (isTouchScreen()) {
    // The selection is read as it changes: the tap on the button may clear it before the click arrives.
    const place = () => {
      offer?.remove();
      const selection = getSelection();
      const draft = open ? null : selectionOnPage(selection);
      if (!draft || !selection) return;
      const rect = selection.getRangeAt(0).getBoundingClientRect();
      offer = el("button", { type: "button", class: "offer", style: `top:${rect.bottom + 8}px;left:${Math.max(8, Math.min(rect.left, innerWidth - 180))}px` }, "Report a mistake");
      offer.addEventListener("pointerdown", (event) => event.preventDefault());
      offer.addEventListener("click", () => report(draft));
      root.append(offer);
    };
    document.addEventListener("selectionchange", place);
    addEventListener("scroll", place, { passive: true });
  }
}
