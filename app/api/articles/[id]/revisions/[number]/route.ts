import { z } from "zod";
import { apiRoute, idSchema, orNotFound, reply } from "@/lib/http";
import { revisionWithText } from "@/lib/revisions";
import { revisionSummarySchema } from "@/app/api/response-schemas";

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/articles/{id}/revisions/{number}",
    tag: "Revisions",
    summary: "One revision with its text",
    access: { role: "REVIEWER", scope: "read" },
    params: z.object({ id: idSchema, number: z.coerce.number().int().min(1).max(1_000_000) }),
    responses: { 200: { description: "{number, origin, createdAt, text, author, approver, correction}", schema: revisionSummarySchema.extend({ text: z.string() }) }, 404: { description: "No such article or revision." } },
  },
  async ({ params }) => reply(200, orNotFound(await revisionWithText(params.id, params.number), `No revision ${params.number} of an article with that id.`)),
);
