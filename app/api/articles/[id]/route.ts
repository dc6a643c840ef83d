import { z } from "zod";
import { getArticleWithText } from "@/lib/articles";
import { ArticleStatus } from "@/lib/db";
import { apiRoute, count, idParams, jsonDate, orNotFound, reply } from "@/lib/http";

const articleSchema = z
  .object({
    id: z.string(), slug: z.string(), title: z.string(), status: z.enum(ArticleStatus),
    sourceLang: z.string(), targetLang: z.string(), sourceUrl: z.string().nullable(), targetUrl: z.string().nullable(), engine: z.string().nullable(),
    createdAt: jsonDate, updatedAt: jsonDate,
    currentRevision: z.number().int().describe("The number of the revision `text` is."),
    wordCount: count.nullable(), quality: z.number().int(), openFlags: count, openReports: count,
    publisher: z.object({ id: z.string(), name: z.string() }).nullable(),
    source: z.string().describe("The original, as imported."),
    text: z.string().describe("The current translation."),
    revisedAt: jsonDate.describe("When the current revision was made."),
  })
  .meta({ id: "ArticleWithText" });

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/articles/{id}",
    tag: "Articles",
    summary: "An article with its current text",
    description: "Metadata and counts, the original as imported (source) and the current translation (text, revision currentRevision): what a CMS pulls after a correction is approved.",
    access: { role: "REVIEWER", scope: "read" },
    params: idParams,
    responses: { 200: { description: "{id, slug, title, status, …, currentRevision, source, text}", schema: articleSchema }, 404: { description: "No such article." } },
  },
  async ({ params }) => reply(200, orNotFound(await getArticleWithText(params.id), "No article with that id.")),
);
