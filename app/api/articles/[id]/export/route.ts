import { requireApiRole } from "@/lib/auth";
import { UserError } from "@/lib/errors";
import { articleFormatSchema, exportArticle, fileResponse } from "@/lib/formats";
import { apiRoute, errorResponse } from "@/lib/http";

/**
 * Who: REVIEWER and above (through apiRoute, so that whatever it accepts as credentials applies here too). The article's current translation as a download: ?format=txt|html|md, or the
 * aligned pair as xliff2|xliff12 (one unit per aligned sentence group, open flags and approved corrections as notes).
 */
export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  try {
    await requireApiRole("REVIEWER");
    const format = articleFormatSchema.parse(new URL(request.url).searchParams.get("format") ?? "txt");
    const file = await exportArticle((await params).id, format);
    if (!file) throw new UserError("No article with that id.", 404);
    return fileResponse(file, request.url);
  } catch (error) {
    return errorResponse(error);
  }
});
