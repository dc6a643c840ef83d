import { NextResponse } from "next/server";
import { requireApiRole } from "@/lib/auth";
import { createCorrection, createCorrectionSchema } from "@/lib/corrections";
import { apiRoute, errorResponse, readJson } from "@/lib/http";

/** Who: REVIEWER and above. Proposes a correction: 201 {id}. Body as createCorrectionSchema. */
export const POST = apiRoute(async (request: Request) => {
  try {
    const user = await requireApiRole("REVIEWER");
    const created = await createCorrection(user, createCorrectionSchema.parse(await readJson(request)));
    return NextResponse.json(created, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
});
