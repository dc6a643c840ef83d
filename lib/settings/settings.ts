import { z } from "zod";
import { getDb, type Db, type Prisma, type Tx } from "@/lib/db";

/** Product settings an admin can change, with their defaults. */
const settingSchemas = {
  /** An editor may approve a correction they proposed themselves. */
  allowSelfApproval: z.boolean().default(false),
  /** Set once the demo data has been loaded, so that deleting it does not bring it back. */
  demoLoaded: z.boolean().default(false),
  /** Set once the starter glossary has been loaded. */
  starterGlossaryLoaded: z.boolean().default(false),
  /**
   * What the last complete bootstrap (scripts/bootstrap.ts) saw: `npm start` runs it again only when this differs
   * from what it would write now (scripts/database-check.mjs).
   */
  bootstrapped: z.object({ version: z.number(), migration: z.string(), demo: z.boolean() }).nullable().default(null),
} as const;

export type SettingKey = keyof typeof settingSchemas;
export type SettingValue<K extends SettingKey> = z.output<(typeof settingSchemas)[K]>;

export async function getSetting<K extends SettingKey>(key: K, db: Db | Tx = getDb()): Promise<SettingValue<K>> {
  const row = await db.setting.findUnique({ where: { key } });
  return settingSchemas[key].parse(row?.value ?? undefined) as SettingValue<K>;
}

export async function setSetting<K extends SettingKey>(key: K, value: SettingValue<K>, db: Db | Tx = getDb()): Promise<void> {
  const json = settingSchemas[key].parse(value) as Prisma.InputJsonValue;
  await db.setting.upsert({ where: { key }, create: { key, value: json }, update: { value: json } });
}
