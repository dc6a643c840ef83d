import { z } from "zod";
import { audit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth";
import { getDb, Prisma, type Tx } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { canEditGlossary } from "@/lib/permissions";
import { wellFormedString } from "@/lib/text";

export const GLOSSARY_KINDS = ["OFFICIAL_SPELLING", "DO_NOT_TRANSLATE", "PREFERRED_TERM"] as const;

export const glossaryTermSchema = z.object({
  source: wellFormedString().trim().min(1, "the Russian term is required").max(200).regex(/\p{Script=Cyrillic}/u, "the source term must be in Russian (Cyrillic)"),
  target: wellFormedString().trim().min(1, "the required English form is required").max(200),
  kind: z.enum(GLOSSARY_KINDS),
  note: wellFormedString().trim().max(500).optional(),
  /** The one publisher whose articles the term applies to; empty or missing: everywhere. */
  publisherId: z.string().max(64).nullish().transform((id) => id || null),
});

export type GlossaryTermInput = z.input<typeof glossaryTermSchema>;
type ValidTerm = z.output<typeof glossaryTermSchema>;

/** What the glossary's search matches, in lower case (case-insensitive search on SQLite and PostgreSQL alike). */
export function termSearchKey(term: { source: string; target: string; note?: string | null }): string {
  return [term.source, term.target, term.note ?? ""].join("\n").toLowerCase();
}

const termRow = (term: ValidTerm) => ({ ...term, note: term.note || null, searchKey: termSearchKey(term) });

function assertCanEdit(user: CurrentUser) {
  if (!canEditGlossary(user)) throw new UserError("Only reviewers can edit the glossary.", 403);
}

async function assertPublisher(tx: Tx, publisherId: string | null) {
  if (publisherId && !(await tx.publisher.findUnique({ where: { id: publisherId }, select: { id: true } }))) {
    throw new UserError("That publisher no longer exists.", 404);
  }
}

function duplicate(error: unknown, term: ValidTerm): unknown {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002"
    ? new UserError(`“${term.source}” → “${term.target}” is already in the glossary.`, 409)
    : error;
}

/** Adds a term inside a transaction (the form, and an accepted proposal); the checks use it from the next run on. */
export async function createTerm(tx: Tx, user: CurrentUser, input: GlossaryTermInput, action = "glossary.term-added") {
  const term = glossaryTermSchema.parse(input);
  await assertPublisher(tx, term.publisherId);
  const created = await tx.glossaryTerm.create({ data: { ...termRow(term), sourceLang: "ru", targetLang: "en", createdById: user.id } });
  await audit(tx, { actorId: user.id, action, entityType: "GlossaryTerm", entityId: created.id, after: term });
  return created;
}

/** A reviewer adds a term; the checks use it from the next run on (every case form of the source matches). */
export async function addGlossaryTerm(user: CurrentUser, input: GlossaryTermInput) {
  assertCanEdit(user);
  const term = glossaryTermSchema.parse(input);
  try {
    return await getDb().$transaction((tx) => createTerm(tx, user, input));
  } catch (error) {
    throw duplicate(error, term);
  }
}

/** A reviewer changes a term's forms, kind, note or scope. */
export async function updateGlossaryTerm(user: CurrentUser, id: string, input: GlossaryTermInput) {
  assertCanEdit(user);
  const term = glossaryTermSchema.parse(input);
  try {
    return await getDb().$transaction(async (tx) => {
      const before = await tx.glossaryTerm.findUnique({ where: { id }, select: { source: true, target: true, kind: true, note: true, publisherId: true } });
      if (!before) throw new UserError("That term no longer exists.", 404);
      await assertPublisher(tx, term.publisherId);
      const updated = await tx.glossaryTerm.update({ where: { id }, data: termRow(term) });
      await audit(tx, { actorId: user.id, action: "glossary.term-edited", entityType: "GlossaryTerm", entityId: id, before, after: term });
      return updated;
    });
  } catch (error) {
    throw duplicate(error, term);
  }
}

export async function removeGlossaryTerm(user: CurrentUser, id: string) {
  assertCanEdit(user);
  await getDb().$transaction(async (tx) => {
    const term = await tx.glossaryTerm.findUnique({ where: { id } });
    if (!term) throw new UserError("That term no longer exists.", 404);
    await tx.glossaryTerm.delete({ where: { id } });
    await audit(tx, { actorId: user.id, action: "glossary.term-removed", entityType: "GlossaryTerm", entityId: id, before: { source: term.source, target: term.target, kind: term.kind } });
  });
}
