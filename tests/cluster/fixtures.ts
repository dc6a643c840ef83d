import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/passwords";
import { getDb, type Role } from "@/lib/db";
import { mangledPair } from "../db/correction-fixtures";
import { post, signIn } from "./client";

/** An account made straight in the shared database, signed in on `baseURL`. */
export async function signedInUser(role: Role, baseURL: string) {
  const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@cluster.errata`;
  const password = `pw-${randomUUID()}`;
  const user = await getDb().user.create({ data: { email, role, passwordHash: await hashPassword(password) } });
  return { id: user.id, email, cookie: await signIn(baseURL, email, password) };
}

/**
 * Imports a fresh copy of the correction tests' article through the API (a publisher of its own), and gives a
 * report body for any phrase of it and an edit replacing one.
 */
export async function importArticle(baseURL: string, cookie: string) {
  const pair = { ...mangledPair(), publisher: `Cluster ${randomUUID().slice(0, 8)}` };
  const imported = await post<{ id: string; slug: string }>(baseURL, "/api/articles", { ...pair, sourceLang: "ru", targetLang: "en" }, { cookie });
  if (imported.status !== 201) throw new Error(`import failed: ${imported.status} ${JSON.stringify(imported.body)}`);
  const { id, slug } = imported.body;
  const at = (phrase: string) => {
    const start = pair.target.indexOf(phrase);
    if (start === -1) throw new Error(`"${phrase}" is not in the article`);
    return { start, end: start + phrase.length };
  };
  return {
    id,
    slug,
    publisher: pair.publisher,
    report: (phrase: string, suggestion: string) => {
      const { start, end } = at(phrase);
      return { article: slug, revision: 1, selection: phrase, start, end, contextBefore: pair.target.slice(Math.max(0, start - 40), start), contextAfter: pair.target.slice(end, end + 40), suggestion };
    },
    edit: (phrase: string, text: string) => ({ articleId: id, baseRevision: 1, change: { kind: "edit", ...at(phrase), text } }),
  };
}
