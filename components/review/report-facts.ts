/** What a report card shows of a report. */
export interface ReportFacts {
  id: string;
  status: string;
  selection: string;
  contextBefore: string;
  contextAfter: string;
  suggestion: string | null;
  comments: string[];
  readerCount: number;
  emailsWaiting: number;
  createdAt: Date;
}

/** Just those fields of a report view: the card is a client component, and its props are sent to the browser. */
export function reportFacts({ id, status, selection, contextBefore, contextAfter, suggestion, comments, readerCount, emailsWaiting, createdAt }: ReportFacts): ReportFacts {
  return { id, status, selection, contextBefore, contextAfter, suggestion, comments, readerCount, emailsWaiting, createdAt };
}
