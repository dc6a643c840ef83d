import { NextResponse } from "next/server";
import { z } from "zod";
import { approveCorrection, getCorrection, rejectCorrection, requestChanges, withdrawCorrection } from "@/lib/corrections";
import { apiRoute, idParams, jsonOr404 } from "@/lib/http";

const decisionSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("approve") }),
  z.object({ action: z.literal("reject"), reason: z.string() }),
  z.object({ action: z.literal("request-changes"), comment: z.string() }),
  z.object({ action: z.literal("withdraw") }),
]);

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/corrections/{id}",
    tag: "Corrections",
    summary: "One correction",
    description: "Its status, the sentences it changes (before, after), the flags and reports it answers, and the revision it made once approved.",
    access: { role: "REVIEWER", scope: "read" },
    params: idParams,
    responses: { 200: { description: "The correction." }, 404: { description: "No such correction." } },
  },
  async ({ params }) => jsonOr404(await getCorrection(params.id), "No correction with that id."),
);

export const POST = apiRoute(
  {
    method: "POST",
    path: "/api/corrections/{id}",
    tag: "Corrections",
    summary: "Decide on a correction",
    description: "withdraw: the reviewer who proposed it. approve, reject, request-changes: EDITOR and above (approve not by the author unless an admin allows self-approval).",
    access: { role: "REVIEWER", scope: "review" },
    params: idParams,
    body: decisionSchema,
    responses: { 200: { description: "Approve: {status, revision, resolvedReports, glossaryProposals} (name corrections the glossary could learn); the others: {ok: true}." }, 409: { description: "Approve: the article changed and the patch no longer applies." } },
  },
  async ({ user, params: { id: correctionId }, body: decision }) => {
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
  },
);
