import type { Role } from "@/lib/db";

const RANK: Record<Role, number> = { REVIEWER: 1, EDITOR: 2, ADMIN: 3 };

export const ROLES = Object.keys(RANK) as Role[];

/** Roles are nested: an editor can do what a reviewer can, an admin what an editor can. */
export function hasRole(user: { role: Role } | null | undefined, minimum: Role): boolean {
  return !!user && RANK[user.role] >= RANK[minimum];
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && value in RANK;
}
