import type { Metadata } from "next";
import { AcceptInvitationForm } from "@/components/admin/accept-invitation-form";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth";
import { UserError } from "@/lib/errors";
import { pendingInvitation } from "@/lib/users";
import { acceptInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Accept invitation" };

/** Who: anyone with the link; the token is checked on the server before anything is shown. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await pendingInvitation(token).catch((error: unknown) => {
    if (error instanceof UserError) return error;
    throw error;
  });
  return (
    <main className="mx-auto max-w-sm px-5 py-16">
      <h1 className="mb-4 text-2xl font-semibold">Join Errata</h1>
      {invitation instanceof UserError ? (
        <p role="alert" className="text-rose-700">{invitation.message}</p>
      ) : (
        <>
          <p className="mb-4 text-sm text-stone-600">You are invited as {invitation.role.toLowerCase()} with the address {invitation.email}. Choose a password of at least {MIN_PASSWORD_LENGTH} characters.</p>
          <AcceptInvitationForm action={acceptInvitationAction} token={token} minLength={MIN_PASSWORD_LENGTH} />
        </>
      )}
    </main>
  );
}
