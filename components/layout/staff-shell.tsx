import Link from "next/link";
import type { ReactNode } from "react";
import { hasRole, requireRole, type CurrentUser } from "@/lib/auth";
import type { Role } from "@/lib/db";
import { SignOutButton } from "./sign-out-button";

const LINKS = [
  { href: "/review", label: "Review", role: "REVIEWER" },
  { href: "/review/reports", label: "Reports", role: "REVIEWER" },
  { href: "/review/import", label: "Import", role: "REVIEWER" },
  { href: "/review/glossary", label: "Glossary", role: "REVIEWER" },
  { href: "/review/checks", label: "Checks", role: "REVIEWER" },
  { href: "/editor", label: "Editor queue", role: "EDITOR" },
  { href: "/editor/quality", label: "Quality", role: "EDITOR" },
  { href: "/editor/jobs", label: "Jobs", role: "EDITOR" },
  { href: "/admin", label: "Admin", role: "ADMIN" },
  { href: "/account/tokens", label: "API tokens", role: "REVIEWER" },
] as const;

export function StaffShell({ user, children }: { user: CurrentUser; children: ReactNode }) {
  return (
    <div className="min-h-screen">
      <header className="border-b border-stone-200 bg-white">
        <nav aria-label="Main" className="mx-auto flex max-w-7xl items-center gap-1 px-4 py-2">
          <Link href="/review" className="mr-4 font-semibold tracking-tight">Errata</Link>
          {LINKS.filter((link) => hasRole(user, link.role)).map((link) => (
            <Link key={link.href} href={link.href} className="rounded px-2 py-1 text-sm text-stone-700 hover:bg-stone-100">{link.label}</Link>
          ))}
          <span className="ml-auto text-sm text-stone-500">{user.email} · {user.role.toLowerCase()}</span>
          <SignOutButton />
        </nav>
      </header>
      <div className="mx-auto max-w-7xl px-4 py-6">{children}</div>
    </div>
  );
}

/** The layout of a staff area: its role is checked on the server before anything renders. */
export async function StaffArea({ role, path, children }: { role: Role; path: string; children: ReactNode }) {
  const user = await requireRole(role, path);
  return <StaffShell user={user}>{children}</StaffShell>;
}
