import { NextResponse } from "next/server";
import { requireApiRole } from "@/lib/auth";
import { apiRoute, errorResponse, readJson } from "@/lib/http";
import { importArticle, importInputSchema, MAX_SIDE_BYTES } from "@/lib/import";

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
