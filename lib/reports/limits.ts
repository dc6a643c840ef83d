/** Limits on what a reader may send; shared by the API, the article page and the widget (keep it dependency-free). */
export const REPORT_LIMITS = {
  selection: 300,
  suggestion: 500,
  comment: 1000,
  email: 254,
  /** Characters of context kept either side of the selection (Orphus shows about as much). */
  context: 60,
} as const;

/** Name of the honeypot field: hidden from people, filled in by form-filling bots. */
export const HONEYPOT_FIELD = "website";
