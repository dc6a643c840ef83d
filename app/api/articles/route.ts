import { NextResponse } from "next/server";
import { dashboardArticles, dashboardFilterSchema } from "@/lib/dashboard";
import { apiRoute } from "@/lib/http";
import { importArticle, importInputSchema, MAX_SIDE_BYTES } from "@/lib/import";

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/articles",
    tag: "Articles",
    summary: "List articles",
    description: "One page (50) of articles in the dashboard's order (reported first, then most flags, then lowest quality), filtered. Archived articles only with status=ARCHIVED.",
    access: { role: "REVIEWER", scope: "read" },
    query: dashboardFilterSchema,
    responses: { 200: { description: "{articles, page, nextPage}: nextPage is null on the last page." } },
  },
  async ({ query }) => {
    const { articles, page, hasNext } = await dashboardArticles(query);
    return NextResponse.json({ articles, page, nextPage: hasNext ? page + 1 : null });
  },
);

export const POST = apiRoute(
  {
    method: "POST",
    path: "/api/articles",
    tag: "Articles",
    summary: "Import an article pair",
    description: "The original and its machine translation; the checks run before the answer. Each side at most 1 MB.",
    access: { role: "REVIEWER", scope: "import" },
    body: importInputSchema,
    bodyLimit: { maxBytes: 2 * MAX_SIDE_BYTES + 64 * 1024, tooLarge: "The request is larger than 2 MB; each side may be at most 1 MB." },
    responses: { 201: { description: "{id, slug} of the new article." }, 409: { description: "The same pair was imported before." } },
  },
  async ({ user, body }) => {
    const { id, slug } = await importArticle(body, { actorId: user.id });
    return NextResponse.json({ id, slug }, { status: 201 });
  },
);
