import { getDb } from "@/lib/db";
import { ownOrigins } from "@/lib/http/same-origin";
import { parseOrigins } from "./origins";

const REFRESH_MS = 10_000;
let known: { origins: Set<string>; at: number } | undefined;

/** Every origin some publisher allows, re-read every 10 s: a preflight names no article, so this is all it can check. */
async function knownOrigins(): Promise<Set<string>> {
  if (known && Date.now() - known.at < REFRESH_MS) return known.origins;
  const publishers = await getDb().publisher.findMany({ where: { allowedOrigins: { not: "" } }, select: { allowedOrigins: true } });
  known = { origins: new Set(publishers.flatMap((p) => parseOrigins(p.allowedOrigins))), at: Date.now() };
  return known.origins;
}

export interface CorsDecision {
  /** The page's origin when it is another site's (the widget); null on Errata's own pages and outside browsers. */
  crossOrigin: string | null;
  headers: Record<string, string>;
}

/**
 * CORS for the report endpoints. A browser may read the answer (and send the preflighted request) only from
 * an origin a publisher allows; whether that publisher owns the article is checked when the report is made.
 */
export async function reportCors(request: Request): Promise<CorsDecision> {
  const origin = request.headers.get("origin");
  const headers: Record<string, string> = { Vary: "Origin", "Cache-Control": "no-store" };
  if (!origin || ownOrigins(request).includes(origin)) return { crossOrigin: null, headers };
  if ((await knownOrigins()).has(origin)) {
    Object.assign(headers, {
      "Access-Control-Allow-Origin": origin,
      "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
      "Access-Control-Allow-Headers": "Content-Type",
      "Access-Control-Max-Age": "600",
    });
  }
  return { crossOrigin: origin, headers };
}
