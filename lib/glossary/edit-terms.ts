import { z } from "zod";
import { audit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth";
import { getDb, Prisma } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { canEditGlossary } from "@/lib/permissions";
import { wellFormedString } from "@/lib/text";

export const glossaryTermSchema = z.object({
  source: wellFormedString().trim().min(1, "the Russian term is required").max(200).regex(/\p{Script=Cyrillic}/u, "the source term must be in Russian (Cyrillic)"),
  target: wellFormedString().trim().min(1, "the required English form is required").max(200),
  kind: z.enum(["OFFICIAL_SPELLING", "DO_NOT_TRANSLATE", "PREFERRED_TERM"]),
  note: wellFormedString().trim().max(500).optional(),
});

/** A reviewer adds a term; the checks use it from the next run on (every case form of the source matches). */
export async function addGlossaryTerm(user: CurrentUser, input: z.input<typeof glossaryTermSchema>) {
  if (!canEditGlossary(user)) throw new UserError("Only reviewers can edit the glossary.", 403);
  const term = glossaryTermSchema.parse(input);
  try {
    return await getDb().$transaction(async (tx) => {
      const created = await tx.glossaryTerm.create({ data: { ...term, note: term.note || null, sourceLang: "ru", targetLang: "en", createdById: user.id } });
      await audit(tx, { actorId: user.id, action: "glossary.term-added", entityType: "GlossaryTerm", entityId: created.id, after: term });
      return created;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new UserError(`“${term.source}” → “${term.target}” is already in the glossary.`, 409);
    }
    throw error;
  }
}

export async function removeGlossaryTerm(user: CurrentUser, id: string) {
  if (!canEditGlossary(user)) throw new UserError("Only reviewers can edit the glossary.", 403);
  await getDb().$transaction(async (tx) => {
    const term = await tx.glossaryTerm.findUnique({ where: { id } });
    if (!term) throw new UserError("That term no longer exists.", 404);
    await tx.glossaryTerm.delete({ where: { id } });
    await audit(tx, { actorId: user.id, action: "glossary.term-removed", entityType: "GlossaryTerm", entityId: id, before: { source: term.source, target: term.target, kind: term.kind } });
  });
}
