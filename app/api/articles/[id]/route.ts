import { getArticleWithText } from "@/lib/articles";
import { apiRoute, idParams, jsonOr404 } from "@/lib/http";

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/articles/{id}",
    tag: "Articles",
    summary: "An article with its current text",
    description: "Metadata and counts, the original as imported (source) and the current translation (text, revision currentRevision): what a CMS pulls after a correction is approved.",
    access: { role: "REVIEWER", scope: "read" },
    params: idParams,
    responses: { 200: { description: "{id, slug, title, status, …, currentRevision, source, text}" }, 404: { description: "No such article." } },
  },
  async ({ params }) => jsonOr404(await getArticleWithText(params.id), "No article with that id."),
);
