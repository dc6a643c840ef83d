import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiRole } from "@/lib/auth";
import { UserError } from "@/lib/errors";
import { apiRoute, errorResponse, readJson } from "@/lib/http";
import { revertToRevision, revisionHistory } from "@/lib/revisions";

/** Who: REVIEWER and above. The article's revisions, newest first (without texts). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await requireApiRole("REVIEWER");
    const revisions = await revisionHistory((await params).id);
    if (revisions.length === 0) throw new UserError("No article with that id.", 404);
    return NextResponse.json({ revisions });
  } catch (error) {
    return errorResponse(error);
  }
}

const revertBody = z.object({ revertTo: z.number().int().positive(), expectedCurrent: z.number().int().positive() });

/** Who: EDITOR and above. Reverts to an earlier revision (a new revision): 201 {revision}. */
export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  try {
    const user = await requireApiRole("EDITOR");
    const body = revertBody.parse(await readJson(request));
    const result = await revertToRevision(user, { articleId: (await params).id, number: body.revertTo, expectedCurrent: body.expectedCurrent });
    return NextResponse.json(result, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
});
