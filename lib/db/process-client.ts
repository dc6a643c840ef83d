import type { Db } from "./client";

// The process-wide client is kept on globalThis: dev-server reloads reuse it, and the server script
// (scripts/server.ts, compiled apart from Next's bundle) closes the one the app opened. This file loads no Prisma
// client, so that the server script does not load a second copy of the generated clients.
export const processClient = globalThis as unknown as { errataDb?: Db };

/** Closes the process-wide client, if one was opened: the server's last step on shutdown (SQLite checkpoints its WAL). */
export async function closeDb(): Promise<void> {
  const db = processClient.errataDb;
  processClient.errataDb = undefined;
  await db?.$disconnect();
}
