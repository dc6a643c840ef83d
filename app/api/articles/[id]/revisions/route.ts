import { z } from "zod";
import { UserError } from "@/lib/errors";
import { apiRoute, idParams, reply } from "@/lib/http";
import { revertToRevision, revisionHistory } from "@/lib/revisions";
import { revisionSummarySchema } from "@/app/api/response-schemas";

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/articles/{id}/revisions",
    tag: "Revisions",
    summary: "An article's revisions",
    description: "Newest first, without texts (GET /api/articles/{id}/revisions/{number} has one's text).",
    access: { role: "REVIEWER", scope: "read" },
    params: idParams,
    responses: { 200: { description: "{revisions}", schema: z.object({ revisions: z.array(revisionSummarySchema) }) }, 404: { description: "No such article." } },
  },
  async ({ params }) => {
    const revisions = await revisionHistory(params.id);
    if (revisions.length === 0) throw new UserError("No article with that id.", 404);
    return reply(200, { revisions });
  },
);

export const POST = apiRoute(
  {
    method: "POST",
    path: "/api/articles/{id}/revisions",
    tag: "Revisions",
    summary: "Revert to an earlier revision",
    description: "EDITOR and above. Makes a new revision with the earlier text; expectedCurrent guards against a change made meanwhile.",
    access: { role: "EDITOR", scope: "review" },
    params: idParams,
    body: z.object({ revertTo: z.number().int().positive(), expectedCurrent: z.number().int().positive() }),
    responses: { 201: { description: "{revision}: the new revision's number.", schema: z.object({ revision: z.number().int() }) }, 409: { description: "The article changed since expectedCurrent." } },
  },
  async ({ user, params, body }) => {
    return reply(201, await revertToRevision(user, { articleId: params.id, number: body.revertTo, expectedCurrent: body.expectedCurrent }));
  },
);
