import { NextResponse } from "next/server";
import { createCorrection, createCorrectionSchema } from "@/lib/corrections";
import { apiRoute } from "@/lib/http";

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
