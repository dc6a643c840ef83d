import { NextResponse } from "next/server";
import { requireApiRole } from "@/lib/auth";
import { UserError } from "@/lib/errors";
import { currentFlags } from "@/lib/flags";
import { errorResponse } from "@/lib/http";

/** Who: REVIEWER and above. The current revision's flags, in the CLI's JSON shape. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await requireApiRole("REVIEWER");
    const flags = await currentFlags((await params).id);
    if (!flags) throw new UserError("No article with that id.", 404);
    return NextResponse.json({ flags });
  } catch (error) {
    return errorResponse(error);
  }
}
