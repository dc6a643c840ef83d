import { z } from "zod";
import { dashboardArticles, dashboardFilterSchema } from "@/lib/dashboard";
import { ArticleStatus } from "@/lib/db";
import { importXliff, MAX_XLIFF_BYTES, xliffDetailsSchema } from "@/lib/formats";
import { apiRoute, count, jsonDate, nextPageSchema, reply } from "@/lib/http";
import { importArticle, importInputSchema, MAX_SIDE_BYTES } from "@/lib/import";

const articleListSchema = z
  .object({
    articles: z.array(
      z.object({
        id: z.string(), slug: z.string(), title: z.string(), status: z.enum(ArticleStatus), engine: z.string().nullable(),
        sourceLang: z.string(), targetLang: z.string(), createdAt: jsonDate, currentRevision: z.number().int(),
        quality: z.number().int().describe("MQM-style quality, 0–100, from the open flags."),
        publisher: z.object({ name: z.string() }).nullable(),
        openReports: count, openFlags: count, pendingCorrections: count,
      }),
    ),
    page: z.number().int(),
    nextPage: nextPageSchema,
  })
  .meta({ id: "ArticleList" });

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/articles",
    tag: "Articles",
    summary: "List articles",
    description: "One page (50) of articles in the dashboard's order (reported first, then most flags, then lowest quality), filtered. Archived articles only with status=ARCHIVED.",
    access: { role: "REVIEWER", scope: "read" },
    query: dashboardFilterSchema,
    responses: { 200: { description: "{articles, page, nextPage}: nextPage is null on the last page.", schema: articleListSchema } },
  },
  async ({ query }) => {
    const { articles, page, hasNext } = await dashboardArticles(query);
    return reply(200, { articles, page, nextPage: hasNext ? page + 1 : null });
  },
);

const xliffBody = xliffDetailsSchema.extend({ xliff: z.string({ message: "xliff must be the XLIFF file's text" }).describe("The translated XLIFF 2.0 or 1.2 file, as text.") });

export const POST = apiRoute(
  {
    method: "POST",
    path: "/api/articles",
    tag: "Articles",
    summary: "Import an article pair",
    description: `The original and its machine translation; the checks run before the answer. Each side at most 1 MB. With ?format=xliff the body is {xliff, title?, engine?, publisher?, sourceUrl?, targetUrl?} instead: a translated XLIFF 2.0 or 1.2 file (at most ${MAX_XLIFF_BYTES / 1024 / 1024} MB) whose units' sources and targets become the pair.`,
    access: { role: "REVIEWER", scope: "import" },
    query: z.object({ format: z.enum(["xliff"], { message: "format must be xliff, or left out" }).optional().describe("xliff: the body carries an XLIFF file instead of the two texts.") }),
    body: importInputSchema,
    bodyLimit: { maxBytes: 2 * MAX_SIDE_BYTES + 64 * 1024, tooLarge: "The request is larger than 2 MB; each side may be at most 1 MB." },
    alternativeBody: {
      when: { param: "format", equals: "xliff" },
      body: xliffBody,
      // JSON escapes the file's quotes: twice the file's cap holds any file that passes it.
      bodyLimit: { maxBytes: 2 * MAX_XLIFF_BYTES, tooLarge: `The request is larger than ${(2 * MAX_XLIFF_BYTES) / 1024 / 1024} MB; the XLIFF file may be at most ${MAX_XLIFF_BYTES / 1024 / 1024} MB.` },
    },
    responses: {
      201: { description: "{id, slug} of the new article.", schema: z.object({ id: z.string(), slug: z.string() }) },
      409: { description: "The same pair was imported before." },
      422: { description: "XLIFF: the file is not a translated XLIFF 2.0 or 1.2 document." },
    },
  },
  async ({ user, body }) => {
    const actor = { actorId: user.id };
    const { id, slug } = "xliff" in body ? await importXliff(body.xliff, body, actor) : await importArticle(body, actor);
    return reply(201, { id, slug });
  },
);
