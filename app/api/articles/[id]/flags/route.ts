import { NextResponse } from "next/server";
import { z } from "zod";
import { UserError } from "@/lib/errors";
import { currentFlags } from "@/lib/flags";
import { apiRoute } from "@/lib/http";

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/articles/{id}/flags",
    tag: "Flags",
    summary: "The current revision's flags",
    description: "In the check CLI's JSON shape: offsets into the current revision's text.",
    access: { role: "REVIEWER", scope: "read" },
    params: z.object({ id: z.string().min(1).max(64) }),
    responses: { 200: { description: "{flags}" }, 404: { description: "No such article." } },
  },
  async ({ params }) => {
    const flags = await currentFlags(params.id);
    if (!flags) throw new UserError("No article with that id.", 404);
    return NextResponse.json({ flags });
  },
);
