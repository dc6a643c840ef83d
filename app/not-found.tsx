import Link from "next/link";
import { connection } from "next/server";

export default async function NotFound() {
  // Rendered per request, like every page: its scripts need this response's CSP nonce.
  await connection();
  return (
    <main className="mx-auto max-w-lg p-10">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-3 text-stone-600">There is nothing at this address.</p>
      <p className="mt-6"><Link className="text-blue-700 underline" href="/">Home</Link></p>
    </main>
  );
}
