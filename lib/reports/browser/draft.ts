/** What the reader is about to report, as the dialog shows it and the API receives it. */
export interface ReportDraft {
  selection: string;
  /** Offsets into the revision, when the page knows them (Errata's own article page). */
  start?: number;
  end?: number;
  contextBefore: string;
  contextAfter: string;
}

/** Ctrl+Enter, or ⌘+Enter on a Mac. */
export function isReportShortcut(event: KeyboardEvent): boolean {
  return event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.altKey;
}

/** Whether the shortcut was pressed while typing in a field (where it belongs to the field, not to us). */
export function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** A phone or tablet: Ctrl+Enter is out of reach, so a button offers to report the selection. */
export function isTouchScreen(): boolean {
  return navigator.maxTouchPoints > 0 || matchMedia("(pointer: coarse)").matches;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([tabindex="-1"]), textarea:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Keeps Tab and Shift+Tab cycling inside a dialog (a modal <dialog> makes the page inert, but Tab would still
 * leave for the browser's own controls). `active` is the focused element of the dialog's document or shadow root.
 */
export function keepFocusInside(event: KeyboardEvent, dialog: HTMLElement, active: Element | null): void {
  if (event.key !== "Tab") return;
  const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
  if (items.length === 0) return;
  const [first, last] = [items[0], items[items.length - 1]];
  if (event.shiftKey ? active === first || !dialog.contains(active) : active === last) {
    (event.shiftKey ? last : first).focus();
    event.preventDefault();
  }
}
