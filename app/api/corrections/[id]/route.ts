import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiRole } from "@/lib/auth";
import { approveCorrection, rejectCorrection, requestChanges, withdrawCorrection } from "@/lib/corrections";
import { apiRoute, errorResponse, readJson } from "@/lib/http";

const decisionSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("approve") }),
  z.object({ action: z.literal("reject"), reason: z.string() }),
  z.object({ action: z.literal("request-changes"), comment: z.string() }),
  z.object({ action: z.literal("withdraw") }),
]);

/**
 * Who: withdraw — the REVIEWER who proposed it; approve, reject, request-changes — EDITOR and above (approve
 * not by the author unless self-approval is allowed). Body {action, reason?, comment?}.
 */
export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  try {
    const user = await requireApiRole("REVIEWER");
    const correctionId = (await params).id;
    const decision = decisionSchema.parse(await readJson(request));
    switch (decision.action) {
      case "approve": {
        const result = await approveCorrection(user, { correctionId });
        return NextResponse.json(result, { status: result.status === "CONFLICT" ? 409 : 200 });
      }
      case "reject":
        await rejectCorrection(user, { correctionId, reason: decision.reason });
        break;
      case "request-changes":
        await requestChanges(user, { correctionId, comment: decision.comment });
        break;
      case "withdraw":
        await withdrawCorrection(user, { correctionId });
        break;
    }
    return NextResponse.json({ ok: true });
  } catch (error) {
    return errorResponse(error);
  }
});
