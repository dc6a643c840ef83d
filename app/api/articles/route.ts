import { NextResponse } from "next/server";
import { requireApiRole } from "@/lib/auth";
import { dashboardArticles, dashboardFilterSchema } from "@/lib/dashboard";
import { apiRoute, errorResponse, readJson } from "@/lib/http";
import { importArticle, importInputSchema, MAX_SIDE_BYTES } from "@/lib/import";

/**
 * Who: REVIEWER and above. One page (50) of articles in the dashboard's order, with the dashboard's filters as query
 * parameters (status, pair, publisher, engine, from, to, q, page): {articles, page, nextPage}.
 */
export async function GET(request: Request) {
  try {
    await requireApiRole("REVIEWER");
    const filter = dashboardFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const { articles, page, hasNext } = await dashboardArticles(filter);
    return NextResponse.json({ articles, page, nextPage: hasNext ? page + 1 : null });
  } catch (error) {
    return errorResponse(error);
  }
}

/** Who: REVIEWER and above. Imports an article pair: 201 {id, slug}. */
export const POST = apiRoute(async (request: Request) => {
  try {
    const user = await requireApiRole("REVIEWER");
    const body = await readJson(request, { maxBytes: 2 * MAX_SIDE_BYTES + 64 * 1024, tooLarge: "The request is larger than 2 MB; each side may be at most 1 MB." });
    const input = importInputSchema.parse(body);
    const { id, slug } = await importArticle(input, { actorId: user.id });
    return NextResponse.json({ id, slug }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
});
