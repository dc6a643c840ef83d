import { NextResponse } from "next/server";
import { z } from "zod";
import { UserError } from "@/lib/errors";
import { apiRoute, idSchema } from "@/lib/http";
import { revisionWithText } from "@/lib/revisions";

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/articles/{id}/revisions/{number}",
    tag: "Revisions",
    summary: "One revision with its text",
    access: { role: "REVIEWER", scope: "read" },
    params: z.object({ id: idSchema, number: z.coerce.number().int().min(1).max(1_000_000) }),
    responses: { 200: { description: "{number, origin, createdAt, text, author, approver, correction}" }, 404: { description: "No such article or revision." } },
  },
  async ({ params }) => {
    const revision = await revisionWithText(params.id, params.number);
    if (!revision) throw new UserError(`No revision ${params.number} of an article with that id.`, 404);
    return NextResponse.json(revision);
  },
);
