import { NextResponse } from "next/server";
import { correctionFilterSchema, createCorrection, createCorrectionSchema, listCorrections } from "@/lib/corrections";
import { apiRoute } from "@/lib/http";

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/corrections",
    tag: "Corrections",
    summary: "List corrections",
    description: "One page (50), newest first, filtered by status and article.",
    access: { role: "REVIEWER", scope: "read" },
    query: correctionFilterSchema,
    responses: { 200: { description: "{corrections, page, nextPage}" } },
  },
  async ({ query }) => NextResponse.json(await listCorrections(query)),
);

export const POST = apiRoute(
  {
    method: "POST",
    path: "/api/corrections",
    tag: "Corrections",
    summary: "Propose a correction",
    access: { role: "REVIEWER", scope: "review" },
    body: createCorrectionSchema,
    responses: { 201: { description: "{id} of the pending correction." }, 409: { description: "The article changed since baseRevision." } },
  },
  async ({ user, body }) => NextResponse.json(await createCorrection(user, body), { status: 201 }),
);
