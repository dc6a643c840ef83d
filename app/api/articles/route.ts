import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiRole } from "@/lib/auth";
import { dashboardArticles, dashboardFilterSchema } from "@/lib/dashboard";
import { importXliff, MAX_XLIFF_BYTES, xliffDetailsSchema } from "@/lib/formats";
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

const xliffBody = xliffDetailsSchema.extend({ xliff: z.string({ message: "xliff must be the XLIFF file's text" }) });

/**
 * Who: REVIEWER and above. Imports an article pair: 201 {id, slug}. With ?format=xliff the body is
 * {xliff: "<the file>", title?, engine?, publisher?, sourceUrl?, targetUrl?}: a translated XLIFF 2.0 or 1.2 file
 * whose units' sources and targets become the pair.
 */
export const POST = apiRoute(async (request: Request) => {
  try {
    const user = await requireApiRole("REVIEWER");
    if (new URL(request.url).searchParams.get("format") === "xliff") {
      // JSON escapes the file's quotes: twice the file's cap holds any file that passes it.
      const { xliff, ...details } = xliffBody.parse(await readJson(request, { maxBytes: 2 * MAX_XLIFF_BYTES, tooLarge: `The request is larger than ${(2 * MAX_XLIFF_BYTES) / 1024 / 1024} MB; the XLIFF file may be at most ${MAX_XLIFF_BYTES / 1024 / 1024} MB.` }));
      const { id, slug } = await importXliff(xliff, details, { actorId: user.id });
      return NextResponse.json({ id, slug }, { status: 201 });
    }
    const body = await readJson(request, { maxBytes: 2 * MAX_SIDE_BYTES + 64 * 1024, tooLarge: "The request is larger than 2 MB; each side may be at most 1 MB." });
    const input = importInputSchema.parse(body);
    const { id, slug } = await importArticle(input, { actorId: user.id });
    return NextResponse.json({ id, slug }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
});
