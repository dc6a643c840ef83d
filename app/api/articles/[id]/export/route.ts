import { z } from "zod";
import { UserError } from "@/lib/errors";
import { articleFormatSchema, exportArticle, fileResponse, MEDIA_TYPES } from "@/lib/formats";
import { apiRoute, idParams } from "@/lib/http";

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/articles/{id}/export",
    tag: "Exports",
    summary: "Download an article",
    description:
      "The article's current translation as a file (txt, html, md), or the aligned pair as XLIFF 2.0 (xliff2) or 1.2 (xliff12): one unit per aligned sentence group, open flags and approved corrections as notes. Sent as an attachment (Content-Disposition).",
    access: { role: "REVIEWER", scope: "read" },
    params: idParams,
    query: z.object({ format: articleFormatSchema.default("txt").describe("txt (the default), html, md, xliff2 or xliff12.") }),
    responses: {
      200: { description: "The file.", contentType: [MEDIA_TYPES.txt, MEDIA_TYPES.html, MEDIA_TYPES.md, MEDIA_TYPES.xliff] },
      404: { description: "No such article." },
    },
  },
  async ({ request, params, query }) => {
    const file = await exportArticle(params.id, query.format);
    if (!file) throw new UserError("No article with that id.", 404);
    return fileResponse(file, request.url);
  },
);
