import { z } from "zod";
import { correctionSchema } from "@/app/api/response-schemas";
import { approveCorrection, getCorrection, rejectCorrection, requestChanges, withdrawCorrection } from "@/lib/corrections";
import { apiRoute, idParams, orNotFound, reply } from "@/lib/http";

const decisionSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("approve") }),
  z.object({ action: z.literal("reject"), reason: z.string() }),
  z.object({ action: z.literal("request-changes"), comment: z.string() }),
  z.object({ action: z.literal("withdraw") }),
]);

const correctionDetailSchema = correctionSchema
  .extend({
    flags: z.array(z.object({ id: z.string(), check: z.string(), targetText: z.string() })),
    reports: z.array(z.object({ id: z.string(), selection: z.string(), status: z.string() })),
  })
  .meta({ id: "CorrectionDetail" });

const approvedSchema = z.object({
  status: z.literal("APPROVED"),
  revision: z.number().int().describe("The new current revision."),
  resolvedReports: z.array(z.string()),
  glossaryProposals: z.array(z.object({ id: z.string(), source: z.string(), target: z.string(), wrongForm: z.string() })).describe("Name corrections the glossary could learn."),
});
const conflictSchema = z.object({ status: z.literal("CONFLICT"), message: z.string() });

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/corrections/{id}",
    tag: "Corrections",
    summary: "One correction",
    description: "Its status, the sentences it changes (before, after), the flags and reports it answers, and the revision it made once approved.",
    access: { role: "REVIEWER", scope: "read" },
    params: idParams,
    responses: { 200: { description: "The correction.", schema: correctionDetailSchema }, 404: { description: "No such correction." } },
  },
  async ({ params }) => reply(200, orNotFound(await getCorrection(params.id), "No correction with that id.")),
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
    responses: {
      200: { description: "Approve: {status, revision, resolvedReports, glossaryProposals}; the others: {ok: true}.", schema: z.union([approvedSchema, z.object({ ok: z.literal(true) })]) },
      409: { description: "Approve: the article changed and the patch no longer applies ({status: CONFLICT, message}); or the correction was decided already (an error).", schema: conflictSchema },
    },
  },
  async ({ user, params: { id: correctionId }, body: decision }) => {
    switch (decision.action) {
      case "approve": {
        const result = await approveCorrection(user, { correctionId });
        return result.status === "CONFLICT" ? reply(409, result) : reply(200, result);
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
    return reply(200, { ok: true as const });
  },
);
