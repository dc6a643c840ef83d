import { NextResponse } from "next/server";
import { checkHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

/** Who: anyone (load balancers, monitoring). 200 when the database answers and its migrations are current, else 503. */
export async function GET() {
  const { httpStatus, health } = await checkHealth();
  return NextResponse.json(health, { status: httpStatus, headers: { "Cache-Control": "no-store" } });
}
