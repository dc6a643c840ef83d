import { z } from "zod";
import { correctionSchema } from "@/app/api/response-schemas";
import { correctionFilterSchema, createCorrection, createCorrectionSchema, listCorrections } from "@/lib/corrections";
import { apiRoute, count, nextPageSchema, reply } from "@/lib/http";

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/corrections",
    tag: "Corrections",
    summary: "List corrections",
    description: "One page (50), newest first, filtered by status and article.",
    access: { role: "REVIEWER", scope: "read" },
    query: correctionFilterSchema,
    responses: { 200: { description: "{corrections, page, nextPage}", schema: z.object({ corrections: z.array(correctionSchema), page: z.number().int(), nextPage: nextPageSchema }) } },
  },
  async ({ query }) => reply(200, await listCorrections(query)),
);

export const POST = apiRoute(
  {
    method: "POST",
    path: "/api/corrections",
    tag: "Corrections",
    summary: "Propose a correction",
    access: { role: "REVIEWER", scope: "review" },
    body: createCorrectionSchema,
    responses: {
      201: { description: "{id} of the pending correction, and how many sentences it changes and flags and reports it answers.", schema: z.object({ id: z.string(), sentences: count, flags: count, reports: count }) },
      409: { description: "The article changed since baseRevision." },
    },
  },
  async ({ user, body }) => reply(201, await createCorrection(user, body)),
);
