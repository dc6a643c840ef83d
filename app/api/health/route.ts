import { NextResponse } from "next/server";
import { checkHealth } from "@/lib/health";
import { declaredRoute } from "@/lib/http";

export const dynamic = "force-dynamic";

export const GET = declaredRoute(
  {
    method: "GET",
    path: "/api/health",
    tag: "Operations",
    summary: "Health",
    description: "For load balancers and monitoring: 200 when the database answers and its migrations are current, else 503.",
    access: "public",
    responses: { 200: { description: "Healthy." }, 503: { description: "The database is unreachable or its migrations are behind." } },
  },
  async () => {
    const { httpStatus, health } = await checkHealth();
    return NextResponse.json(health, { status: httpStatus, headers: { "Cache-Control": "no-store" } });
  },
);
