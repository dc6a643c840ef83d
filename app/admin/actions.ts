"use server";

import { actAs } from "@/lib/actions/act-as";
import type { ActionResult } from "@/lib/actions/action-result";
import type { CurrentUser } from "@/lib/auth";
import { changeSetting, setPublisherChangeLog } from "@/lib/settings";
import { changeRole, inviteUser, setUserActive } from "@/lib/users";

type Result = ActionResult<{ link?: string }>;

const asAdmin = (work: (user: CurrentUser) => Promise<Result>) => actAs("ADMIN", work, "/admin");

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

/** Who: ADMIN. Creates an invitation and returns its link for the admin to pass on. */
export async function inviteAction(_previous: Result, form: FormData): Promise<Result> {
  return asAdmin(async (user) => {
    const invitation = await inviteUser(user, { email: text(form, "email"), role: text(form, "role") as "REVIEWER" });
    return { status: "ok", data: { link: `/invite/${invitation.token}` }, message: `Invitation for ${invitation.email} (${invitation.role.toLowerCase()}), valid for 7 days. Send them this link:` };
  });
}

/** Who: ADMIN. */
export async function changeRoleAction(_previous: Result, form: FormData): Promise<Result> {
  return asAdmin(async (user) => {
    await changeRole(user, { userId: text(form, "userId"), role: text(form, "role") as "REVIEWER" });
    return { status: "ok", data: {}, message: "Role changed." };
  });
}

/** Who: ADMIN. */
export async function setActiveAction(_previous: Result, form: FormData): Promise<Result> {
  return asAdmin(async (user) => {
    const active = text(form, "active") === "true";
    await setUserActive(user, { userId: text(form, "userId"), active });
    return { status: "ok", data: {}, message: active ? "Account reactivated." : "Account deactivated." };
  });
}

/** Who: ADMIN. */
export async function selfApprovalAction(_previous: Result, form: FormData): Promise<Result> {
  return asAdmin(async (user) => {
    const value = form.get("allowSelfApproval") === "on";
    await changeSetting(user, { key: "allowSelfApproval", value });
    return { status: "ok", data: {}, message: value ? "Editors may now approve their own corrections." : "Editors can no longer approve their own corrections." };
  });
}

/** Who: ADMIN. */
export async function changeLogAction(_previous: Result, form: FormData): Promise<Result> {
  return asAdmin(async (user) => {
    const showChangeLog = form.get("showChangeLog") === "on";
    await setPublisherChangeLog(user, { publisherId: text(form, "publisherId"), showChangeLog });
    return { status: "ok", data: {}, message: showChangeLog ? "Change log shown." : "Change log hidden." };
  });
}
