import { hasRole } from "@/lib/auth/roles";
import type { Role } from "@/lib/db";

/**
 * Who may do what, apart from the queries that do it (Umami's pattern): every verb in lib/ calls one of
 * these inside its transaction, and pages use them to decide which buttons to show.
 */
type Actor = { id: string; role: Role };

export const canReview = (user: Actor | null) => hasRole(user, "REVIEWER");
export const canDismissFlag = canReview;
export const canCorrect = canReview;
export const canTriageReport = canReview;
export const canEditGlossary = canReview;
/** Accepting a learned glossary entry changes what every article is checked against: an editor's call. */
export const canDecideGlossaryProposal = (user: Actor | null) => hasRole(user, "EDITOR");
export const canDecide = (user: Actor | null) => hasRole(user, "EDITOR");
export const canRevert = canDecide;
export const canArchive = canDecide;
export const canManageUsers = (user: Actor | null) => hasRole(user, "ADMIN");
export const canChangeSettings = canManageUsers;
/** Webhooks make the server send requests and carry article texts out: admins only. */
export const canManageWebhooks = canManageUsers;

/** An editor approves others' corrections; their own only when an admin has allowed self-approval. */
export function canApprove(user: Actor | null, correction: { authorId: string }, allowSelfApproval: boolean): boolean {
  return canDecide(user) && (correction.authorId !== user!.id || allowSelfApproval);
}
