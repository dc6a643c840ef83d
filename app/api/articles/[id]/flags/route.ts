import { z } from "zod";
import { FlagStatus } from "@/lib/db";
import { currentFlags, flagFilterSchema } from "@/lib/flags";
import { apiRoute, idParams, orNotFound, reply } from "@/lib/http";

const span = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });
const flagsSchema = z.object({
  flags: z.array(
    z
      .object({
        id: z.string(), status: z.enum(FlagStatus), check: z.string(), category: z.string(), severity: z.enum(["minor", "major", "critical"]), message: z.string(),
        target: span.describe("Offsets into the current revision's text."),
        source: span.nullable().describe("Offsets into the original, when the check found the source of the mistake."),
        suggestion: z.string().nullable(),
      })
      .meta({ id: "Flag" }),
  ),
});

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
    responses: { 200: { description: "{flags}", schema: flagsSchema }, 404: { description: "No such article." } },
  },
  async ({ params, query }) => reply(200, { flags: orNotFound(await currentFlags(params.id, query), "No article with that id.") }),
);
