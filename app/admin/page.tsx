import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/admin/action-form";
import { requireRole } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { getSetting } from "@/lib/settings";
import { changeLogAction, changeRoleAction, inviteAction, selfApprovalAction, setActiveAction } from "./actions";

export const metadata: Metadata = { title: "Admin" };

const ROLES = ["REVIEWER", "EDITOR", "ADMIN"] as const;
const field = "rounded border border-stone-300 px-1.5 py-0.5";

/** Who: ADMIN. Users (invite, change role, deactivate) and settings. */
export default async function AdminPage() {
  const admin = await requireRole("ADMIN", "/admin");
  const db = getDb();
  const [users, publishers, allowSelfApproval, invitations] = await Promise.all([
    db.user.findMany({ orderBy: { email: "asc" }, select: { id: true, email: true, name: true, role: true, active: true } }),
    db.publisher.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, showChangeLog: true } }),
    getSetting("allowSelfApproval"),
    db.invitation.findMany({ where: { acceptedAt: null, expiresAt: { gt: new Date() } }, orderBy: { createdAt: "desc" }, select: { id: true, email: true, role: true, expiresAt: true } }),
  ]);
  return (
    <main className="space-y-8">
      <p className="text-sm"><Link className="underline" href="/admin/audit">Audit log</Link> · <Link className="underline" href="/admin/publishers">Publishers: widget origins and report limits</Link> · <Link className="underline" href="/admin/outbox">Outbox</Link> · <Link className="underline" href="/admin/webhooks">Webhooks</Link></p>
      <section aria-labelledby="users-heading">
        <h1 id="users-heading" className="mb-2 text-2xl font-semibold">Users</h1>
        <table className="w-full text-left text-sm">
          <thead><tr><th className="py-1">Email</th><th>Role</th><th>Status</th></tr></thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className="border-t border-stone-200" data-testid="user-row" data-email={user.email}>
                <td className="py-1.5">{user.email}{user.name ? ` (${user.name})` : ""}</td>
                <td>
                  {user.id === admin.id ? user.role : (
                    <ActionForm action={changeRoleAction} submit="Change role" label={`Role of ${user.email}`}>
                      <input type="hidden" name="userId" value={user.id} />
                      <select name="role" defaultValue={user.role} aria-label="Role" className={field}>{ROLES.map((r) => <option key={r}>{r}</option>)}</select>
                    </ActionForm>
                  )}
                </td>
                <td>
                  {user.active ? "active" : "deactivated"}
                  {user.id !== admin.id && (
                    <ActionForm action={setActiveAction} submit={user.active ? "Deactivate" : "Reactivate"} label={`${user.active ? "Deactivate" : "Reactivate"} ${user.email}`} className="inline-flex">
                      <input type="hidden" name="userId" value={user.id} />
                      <input type="hidden" name="active" value={String(!user.active)} />
                    </ActionForm>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2 className="mt-4 font-semibold">Invite someone</h2>
        <ActionForm action={inviteAction} submit="Create invitation" label="Invite someone" className="mt-1 text-sm">
          <label>Email <input name="email" type="email" required className={field} /></label>
          <label>Role <select name="role" defaultValue="REVIEWER" className={field}>{ROLES.map((r) => <option key={r}>{r}</option>)}</select></label>
        </ActionForm>
        {invitations.length > 0 && <p className="mt-2 text-xs text-stone-500">Open invitations: {invitations.map((i) => `${i.email} (${i.role.toLowerCase()}, until ${i.expiresAt.toISOString().slice(0, 10)})`).join(", ")}</p>}
      </section>
      <section aria-labelledby="settings-heading" className="space-y-3 text-sm">
        <h2 id="settings-heading" className="text-xl font-semibold">Settings</h2>
        <ActionForm action={selfApprovalAction} submit="Save" label="Self-approval">
          <label><input type="checkbox" name="allowSelfApproval" defaultChecked={allowSelfApproval} /> Editors may approve corrections they proposed themselves</label>
        </ActionForm>
        <h3 className="font-semibold">Public change log, per publisher</h3>
        {publishers.length === 0 && <p className="text-stone-500">No publishers yet.</p>}
        {publishers.map((publisher) => (
          <ActionForm key={publisher.id} action={changeLogAction} submit="Save" label={`Change log of ${publisher.name}`}>
            <input type="hidden" name="publisherId" value={publisher.id} />
            <label><input type="checkbox" name="showChangeLog" defaultChecked={publisher.showChangeLog} /> {publisher.name}: show corrections under its articles</label>
          </ActionForm>
        ))}
      </section>
    </main>
  );
}
