// Runs once when the server starts (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { dropUntrustedForwardedFor } = await import("@/lib/rate-limit/forwarded-for");
  dropUntrustedForwardedFor();
}
