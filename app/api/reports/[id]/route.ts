import { z } from "zod";
import { reportSchema } from "@/app/api/response-schemas";
import { ReportStatus } from "@/lib/db";
import { apiRoute, idParams, orNotFound, reply } from "@/lib/http";
import { getReport, triageReport, triageReportSchema } from "@/lib/reports";

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/reports/{id}",
    tag: "Reader reports",
    summary: "One reader report",
    access: { role: "REVIEWER", scope: "read" },
    params: idParams,
    responses: { 200: { description: "The report with its article; readers' comments, not their addresses.", schema: reportSchema }, 404: { description: "No such report." } },
  },
  async ({ params }) => reply(200, orNotFound(await getReport(params.id), "No report with that id.")),
);

export const POST = apiRoute(
  {
    method: "POST",
    path: "/api/reports/{id}",
    tag: "Reader reports",
    summary: "Triage a reader report",
    description: "Accept it, reject it, mark it a duplicate or spam, or take it back to new. A resolved report (a correction fixed it) stays resolved (409).",
    access: { role: "REVIEWER", scope: "review" },
    params: idParams,
    body: triageReportSchema.pick({ status: true }),
    responses: {
      200: { description: "{id, articleId, status}", schema: z.object({ id: z.string(), articleId: z.string(), status: z.enum(ReportStatus) }) },
      404: { description: "No such report." },
      409: { description: "Resolved, or changed by someone else a moment ago." },
    },
  },
  async ({ user, params, body }) => reply(200, await triageReport(user, { reportId: params.id, status: body.status })),
);
