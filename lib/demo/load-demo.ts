import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import demoAccounts from "@/prisma/demo/accounts.json";
import { getDb, type Db } from "@/lib/db";
import { importArticle } from "@/lib/import";
import { getSetting, setSetting } from "@/lib/settings";
import { createUser } from "@/lib/users";

// In a JSON file of their own: `npm start` (plain JavaScript) reads them to print the accounts.
const accountsSchema = z.object({
  password: z.string(),
  accounts: z.array(z.object({ email: z.string(), role: z.enum(["REVIEWER", "EDITOR", "ADMIN"]), name: z.string() })),
});
const demo = accountsSchema.parse(demoAccounts);
export const DEMO_PASSWORD = demo.password;
export const DEMO_ACCOUNTS = demo.accounts;

const DEMO_DIR = path.join(process.cwd(), "prisma", "demo", "articles");

const manifestSchema = z.array(
  z.object({
    name: z.string(),
    title: z.string(),
    slug: z.string().optional(),
    publisher: z.string().optional(),
    engine: z.string().optional(),
    sourceUrl: z.string().optional(),
    targetUrl: z.string().optional(),
  }),
);

export function readDemoManifest() {
  const raw: unknown = JSON.parse(fs.readFileSync(path.join(DEMO_DIR, "manifest.json"), "utf8"));
  return manifestSchema.parse(Array.isArray(raw) ? raw : (raw as { articles: unknown }).articles);
}

/**
 * Loads the demo accounts and articles into an empty database, once: after that (or once anything else
 * is in it) it does nothing, so deleting demo data never brings it back.
 */
export async function loadDemoOnce(db: Db = getDb()): Promise<{ loaded: boolean; articles: number }> {
  if (await getSetting("demoLoaded", db)) return { loaded: false, articles: 0 };
  const [users, articles] = await Promise.all([db.user.count(), db.article.count()]);
  if (users > 0 || articles > 0) return { loaded: false, articles: 0 };

  let admin: string | null = null;
  for (const account of DEMO_ACCOUNTS) {
    const user = await createUser({ ...account, password: DEMO_PASSWORD }, { db });
    if (account.role === "ADMIN") admin = user.id;
  }
  const manifest = readDemoManifest();
  for (const entry of manifest) {
    const read = (lang: string) => fs.readFileSync(path.join(DEMO_DIR, `${entry.name}.${lang}.txt`), "utf8");
    await importArticle(
      { title: entry.title, source: read("ru"), target: read("en"), sourceUrl: entry.sourceUrl, targetUrl: entry.targetUrl, engine: entry.engine, publisher: entry.publisher },
      { actorId: admin, db },
    );
  }
  await setSetting("demoLoaded", true, db);
  return { loaded: true, articles: manifest.length };
}
