import type { Metadata } from "next";
import { requireRole } from "@/lib/auth";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  await requireRole("ADMIN", "/admin");
  const users = await getDb().user.findMany({ orderBy: { email: "asc" }, select: { id: true, email: true, role: true, active: true } });
  return (
    <main>
      <h1 className="mb-4 text-2xl font-semibold">Users</h1>
      <table className="w-full text-left text-sm">
        <thead><tr><th className="py-1">Email</th><th>Role</th><th>Status</th></tr></thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-t border-stone-200"><td className="py-1">{user.email}</td><td>{user.role}</td><td>{user.active ? "active" : "deactivated"}</td></tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
