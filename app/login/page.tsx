import type { Metadata } from "next";
import { LoginForm } from "@/components/auth/login-form";
import { safeCallbackPath } from "@/lib/auth";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { callbackUrl } = await searchParams;
  return (
    <main className="mx-auto mt-24 max-w-sm rounded-lg border border-stone-200 bg-white p-8 shadow-sm">
      <h1 className="mb-6 text-2xl font-semibold">Sign in to Errata</h1>
      <LoginForm callbackUrl={safeCallbackPath(callbackUrl)} />
    </main>
  );
}
