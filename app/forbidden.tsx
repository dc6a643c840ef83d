import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-lg p-10">
      <h1 className="text-2xl font-semibold">403 — Not allowed</h1>
      <p className="mt-3 text-stone-600">Your account does not have the role this page needs. Ask an admin if you should.</p>
      <p className="mt-6"><Link className="text-blue-700 underline" href="/review">Back to the review dashboard</Link></p>
    </main>
  );
}
