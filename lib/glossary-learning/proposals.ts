import { z } from "zod";
import { audit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth";
import { getDb, pageWindow, Prisma, toPage, type Tx } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { createTerm, GLOSSARY_KINDS } from "@/lib/glossary/edit-terms";
import { canDecideGlossaryProposal } from "@/lib/permissions";
import type { LearnedName } from "./learned-names";

export interface GlossaryProposalView {
  id: string;
  source: string;
  target: string;
  wrongForm: string;
}

/**
 * Records what an approved correction taught, in its approval's transaction: a new pending proposal, or one more
 * sighting of a pending one. Nothing is proposed that the glossary already has, or that an editor dismissed.
 */
export async function recordProposals(tx: Tx, correctionId: string, learned: readonly LearnedName[]): Promise<GlossaryProposalView[]> {
  const proposed: GlossaryProposalView[] = [];
  for (const name of learned) {
    const pair = { sourceLang: "ru", targetLang: "en", source: name.source, target: name.target };
    if (await tx.glossaryTerm.findUnique({ where: { sourceLang_targetLang_source_target: pair }, select: { id: true } })) continue;
    const existing = await tx.glossaryProposal.findUnique({ where: { sourceLang_targetLang_source_target: pair } });
    if (existing && existing.status !== "PENDING") continue;
    const row = existing
      ? await tx.glossaryProposal.update({ where: { id: existing.id }, data: { seen: { increment: 1 }, correctionId, wrongForm: name.wrongForm } })
      : await tx.glossaryProposal.create({ data: { ...pair, wrongForm: name.wrongForm, correctionId } });
    proposed.push({ id: row.id, source: row.source, target: row.target, wrongForm: row.wrongForm });
  }
  return proposed;
}

const PROPOSALS_PAGE_SIZE = 50;

/** One page of the proposals waiting for an editor, most recently taught first. */
export async function pendingProposals(page = 1) {
  const rows = await getDb().glossaryProposal.findMany({
    where: { status: "PENDING" },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    include: { correction: { select: { article: { select: { id: true, title: true, publisherId: true } } } } },
    ...pageWindow(page, PROPOSALS_PAGE_SIZE),
  });
  return toPage(rows, page, PROPOSALS_PAGE_SIZE);
}

export const acceptProposalSchema = z.object({
  proposalId: z.string().min(1).max(64),
  kind: z.enum(GLOSSARY_KINDS).default("OFFICIAL_SPELLING"),
  /** Empty: the term applies everywhere. */
  publisherId: z.string().max(64).nullish(),
});

async function decide(tx: Tx, user: CurrentUser, proposalId: string) {
  if (!canDecideGlossaryProposal(user)) throw new UserError("Only editors can add learned terms to the glossary.", 403);
  const proposal = await tx.glossaryProposal.findUnique({ where: { id: proposalId } });
  if (!proposal) throw new UserError("That proposal no longer exists.", 404);
  if (proposal.status !== "PENDING") throw new UserError(`That proposal was already ${proposal.status.toLowerCase()}.`, 409);
  return proposal;
}

/**
 * An editor accepts a learned entry: it becomes a glossary term (official spelling unless they say otherwise), which
 * every check run from now on uses; past articles are re-checked on demand (a glossary-recheck job, lib/jobs).
 */
export async function acceptProposal(user: CurrentUser, input: z.input<typeof acceptProposalSchema>) {
  const { proposalId, kind, publisherId } = acceptProposalSchema.parse(input);
  try {
    return await getDb().$transaction(async (tx) => {
      const proposal = await decide(tx, user, proposalId);
      const note = `Learned from an approved correction: “${proposal.wrongForm}” → “${proposal.target}”.`;
      const term = await createTerm(tx, user, { source: proposal.source, target: proposal.target, kind, note, publisherId }, "glossary.term-learned");
      // Guarded on the state, so two editors accepting at once cannot both succeed.
      const moved = await tx.glossaryProposal.updateMany({ where: { id: proposalId, status: "PENDING" }, data: { status: "ACCEPTED", termId: term.id, decidedById: user.id, decidedAt: new Date() } });
      if (moved.count !== 1) throw new UserError("That proposal was decided meanwhile.", 409);
      return term;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new UserError("The glossary already has this term.", 409);
    throw error;
  }
}

export async function dismissProposal(user: CurrentUser, proposalId: string) {
  await getDb().$transaction(async (tx) => {
    const proposal = await decide(tx, user, proposalId);
    const moved = await tx.glossaryProposal.updateMany({ where: { id: proposalId, status: "PENDING" }, data: { status: "DISMISSED", decidedById: user.id, decidedAt: new Date() } });
    if (moved.count !== 1) throw new UserError("That proposal was decided meanwhile.", 409);
    await audit(tx, { actorId: user.id, action: "glossary.proposal-dismissed", entityType: "GlossaryProposal", entityId: proposalId, after: { source: proposal.source, target: proposal.target } });
  });
}
