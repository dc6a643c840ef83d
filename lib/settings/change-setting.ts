import { z } from "zod";
import { audit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { canChangeSettings } from "@/lib/permissions";
import { getSetting, setSetting } from "./settings";

/** The settings an admin changes in /admin (the others are bookkeeping). */
export const changeSettingSchema = z.object({ key: z.literal("allowSelfApproval"), value: z.boolean() });

export async function changeSetting(user: CurrentUser, input: z.input<typeof changeSettingSchema>) {
  if (!canChangeSettings(user)) throw new UserError("Only admins can change settings.", 403);
  const { key, value } = changeSettingSchema.parse(input);
  await getDb().$transaction(async (tx) => {
    const before = await getSetting(key, tx);
    await setSetting(key, value, tx);
    await audit(tx, { actorId: user.id, action: "setting.changed", entityType: "Setting", entityId: key, before: { value: before }, after: { value } });
  });
}

export const publisherChangeLogSchema = z.object({ publisherId: z.string().min(1).max(64), showChangeLog: z.boolean() });

/** Whether a publisher's public pages list the corrections made to an article. */
export async function setPublisherChangeLog(user: CurrentUser, input: z.input<typeof publisherChangeLogSchema>) {
  if (!canChangeSettings(user)) throw new UserError("Only admins can change settings.", 403);
  const { publisherId, showChangeLog } = publisherChangeLogSchema.parse(input);
  await getDb().$transaction(async (tx) => {
    const before = await tx.publisher.findUnique({ where: { id: publisherId }, select: { showChangeLog: true } });
    if (!before) throw new UserError("No such publisher.", 404);
    await tx.publisher.update({ where: { id: publisherId }, data: { showChangeLog } });
    await audit(tx, { actorId: user.id, action: "publisher.change_log_set", entityType: "Publisher", entityId: publisherId, before: { showChangeLog: before.showChangeLog }, after: { showChangeLog } });
  });
}
