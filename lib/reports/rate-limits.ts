import { consume, consumeBoth, describeWait, parseLimits, RateLimitedError, type Env, type Limit } from "@/lib/rate-limit";

/** Mistape's limits per client; a publisher may set its own (Publisher.reportLimits). */
export const DEFAULT_CLIENT_LIMITS = "5/5m, 15/30m, 30/1d";
/** Per article, whoever sends them: a cap that a client changing addresses cannot get round. */
const DEFAULT_ARTICLE_LIMITS = "100/1h";

const parsed = new Map<string, Limit[]>();
const limits = (text: string) => {
  let value = parsed.get(text);
  if (!value) parsed.set(text, (value = parseLimits(text)));
  return value;
};

/**
 * Counts a report against the client's limits (the publisher's, else ERRATA_REPORT_LIMITS, else Mistape's;
 * counted per publisher) and the article's (ERRATA_REPORT_ARTICLE_LIMITS); throws a 429 that says how long to wait.
 */
export async function enforceReportLimits(
  article: { id: string; publisher: { id: string; reportLimits: string | null } | null },
  clientHash: string,
  env: Env = process.env,
): Promise<void> {
  const clientLimits = limits(article.publisher?.reportLimits || env.ERRATA_REPORT_LIMITS || DEFAULT_CLIENT_LIMITS);
  // One statement for all of them; a report the reader's own limits refuse does not count against the article.
  const verdicts = await consumeBoth(
    { scope: `report:client:${article.publisher?.id ?? "-"}`, key: clientHash, limits: clientLimits },
    { scope: "report:article", key: article.id, limits: limits(env.ERRATA_REPORT_ARTICLE_LIMITS || DEFAULT_ARTICLE_LIMITS) },
  );
  if (!verdicts.first.allowed) {
    throw new RateLimitedError(`You have sent several reports in a short time. Please wait ${describeWait(verdicts.first.retryAfter)} before sending another; thank you for your help.`, verdicts.first.retryAfter);
  }
  if (verdicts.then && !verdicts.then.allowed) {
    throw new RateLimitedError(`This article has received many reports in a short time. Please try again in ${describeWait(verdicts.then.retryAfter)}.`, verdicts.then.retryAfter);
  }
}

/** "Show original" lookups from the widget: reading only, so a generous fixed budget per client. */
export async function enforceLookupLimits(clientHash: string): Promise<void> {
  const result = await consume("report:lookup", clientHash, limits("60/5m"));
  if (!result.allowed) throw new RateLimitedError(`Too many requests. Please try again in ${describeWait(result.retryAfter)}.`, result.retryAfter);
}
