/** The events a webhook can receive, with what an admin reads when choosing them. */
export const WEBHOOK_EVENTS = {
  "correction.approved": "A correction was approved: the article has a new current revision.",
  "revision.created": "A translation got a new revision: imported, from an approved correction, or a revert (with its text).",
  "report.received": "A reader reported a mistake (a new report; another reader joining one is not an event).",
} as const;

export type WebhookEvent = keyof typeof WEBHOOK_EVENTS;
export const WEBHOOK_EVENT_NAMES = Object.keys(WEBHOOK_EVENTS) as WebhookEvent[];

/** The article an event is about, as every payload names it. */
export interface ArticleRef {
  id: string;
  slug: string;
  title: string;
  sourceUrl: string | null;
  targetUrl: string | null;
  publisherId: string | null;
}

export const ARTICLE_REF_SELECT = { id: true, slug: true, title: true, sourceUrl: true, targetUrl: true, publisherId: true } as const;

export const toArticleRef = ({ id, slug, title, sourceUrl, targetUrl, publisherId }: ArticleRef): ArticleRef => ({ id, slug, title, sourceUrl, targetUrl, publisherId });

/** The `data` of each event's body. */
export interface WebhookEventData {
  "correction.approved": {
    article: ArticleRef;
    correction: { id: string; authorId: string; approverId: string; category: string; severity: string; note: string | null };
    /** The revision the approval made current. */
    revision: number;
    /** Reader reports the correction resolved. */
    resolvedReports: string[];
  };
  "revision.created": {
    article: ArticleRef;
    revision: { number: number; origin: string; authorId: string | null; approverId: string | null; correctionId: string | null; revertedTo: number | null; text: string; createdAt: string };
  };
  "report.received": {
    article: ArticleRef;
    report: { id: string; revision: number; selection: string; suggestion: string | null; comment: string | null; start: number; end: number; createdAt: string };
  };
}

/** A delivery's JSON body: the same for every webhook told of one event. */
export interface WebhookBody<E extends WebhookEvent = WebhookEvent> {
  /** The event's id: a receiver that sees it twice (a redelivery) has seen the event already. */
  id: string;
  event: E;
  createdAt: string;
  data: WebhookEventData[E];
}

/** The events stored on a webhook, space-separated. */
export const parseEvents = (stored: string): WebhookEvent[] => stored.split(/\s+/).filter((name): name is WebhookEvent => name in WEBHOOK_EVENTS);
