import { NextResponse } from "next/server";
import { UserError } from "@/lib/errors";
import { currentFlags, flagFilterSchema } from "@/lib/flags";
import { apiRoute, idParams } from "@/lib/http";

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/articles/{id}/flags",
    tag: "Flags",
    summary: "The current revision's flags",
    description: "In the check CLI's JSON shape: offsets into the current revision's text; filtered by status and check.",
    access: { role: "REVIEWER", scope: "read" },
    params: idParams,
    query: flagFilterSchema,
    responses: { 200: { description: "{flags}" }, 404: { description: "No such article." } },
  },
  async ({ params, query }) => {
    const flags = await currentFlags(params.id, query);
    if (!flags) throw new UserError("No article with that id.", 404);
    return NextResponse.json({ flags });
  },
);
