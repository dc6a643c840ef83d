import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Editor queue" };

export default async function EditorQueuePage() {
  await requireRole("EDITOR", "/editor");
  const pending = await getDb().correction.findMany({
    where: { status: "PENDING" },
    orderBy: { createdAt: "asc" },
    select: { id: true, createdAt: true, article: { select: { id: true, title: true } }, author: { select: { email: true } } },
  });
  return (
    <main>
      <h1 className="mb-4 text-2xl font-semibold">Editor queue</h1>
      {pending.length === 0 && <p className="text-stone-600">No corrections are waiting for approval.</p>}
      <ul className="space-y-2">
        {pending.map((correction) => (
          <li key={correction.id}>
            <Link className="underline" href={`/review/articles/${correction.article.id}`}>{correction.article.title}</Link> — by {correction.author.email}
          </li>
        ))}
      </ul>
    </main>
  );
}
