import { NextResponse } from "next/server";
import { z } from "zod";
import { reportSchema } from "@/app/api/response-schemas";
import { UserError } from "@/lib/errors";
import { apiRoute, count, declaredRoute, readJson, reply, serveDirectly } from "@/lib/http";
import { clientAddress, clientHash } from "@/lib/rate-limit";
import { createReport, listReports, reportCors, reportErrorResponse, reportFilterSchema, reportInputSchema, reportPreflight } from "@/lib/reports";

/** A report is a few hundred characters; anything much larger is not one. */
const MAX_BODY_BYTES = 16 * 1024;

const createdSchema = z.object({ id: z.string(), readers: count.describe("Readers who reported the same passage, this one included.") });

/** Public: readers on Errata's pages, or the widget on a publisher's allowed origin; createReport validates with reportInputSchema. */
export const POST = declaredRoute(
  {
    method: "POST",
    path: "/api/reports",
    tag: "Reader reports",
    summary: "Report a mistake (reader)",
    description: "What the article page and the embedded widget send. Public, rate limited per reader and per article; at most 16 KB.",
    access: "public",
    body: reportInputSchema,
    responses: { 201: { description: "{id, readers}: the report, and how many readers reported the same passage.", schema: createdSchema }, 429: { description: "Too many reports from this reader or on this article." } },
  },
  async (request: Request) => {
    const cors = await reportCors(request);
    try {
      const body = await readSmallJson(request);
      const report = await createReport(body, { clientHash: clientHash(clientAddress(request.headers)), crossOrigin: cors.crossOrigin });
      return NextResponse.json(report satisfies z.input<typeof createdSchema>, { status: 201, headers: cors.headers });
    } catch (error) {
      return reportErrorResponse(error, cors);
    }
  },
);

// The server answers readers' reports with this handler itself, past Next's router (lib/http/direct-route.ts).
serveDirectly("POST", "/api/reports", (request) => POST(request, {}));

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/reports",
    tag: "Reader reports",
    summary: "List reader reports",
    description: "The inbox: one page (50) of one status (NEW by default), the passages most readers reported first; readers' comments, not their addresses.",
    access: { role: "REVIEWER", scope: "read" },
    query: reportFilterSchema,
    responses: { 200: { description: "{reports, page, nextPage}: nextPage is null on the last page", schema: z.object({ reports: z.array(reportSchema), page: z.number().int(), nextPage: z.number().int().nullable() }) } },
  },
  async ({ query }) => {
    const { reports, page, hasNext } = await listReports({ status: query.status, articleId: query.article, page: query.page });
    return reply(200, { reports, page, nextPage: hasNext ? page + 1 : null });
  },
);

export const OPTIONS = reportPreflight;

/** Reads a JSON body of at most MAX_BODY_BYTES, stopping as soon as it grows past that. */
async function readSmallJson(request: Request): Promise<unknown> {
  if (!(request.headers.get("content-type") ?? "").includes("application/json")) throw new UserError("Send the report as JSON (Content-Type: application/json).", 415);
  return readJson(request, { maxBytes: MAX_BODY_BYTES, tooLarge: "A report may be at most 16 KB." });
}
