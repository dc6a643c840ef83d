import { NextResponse } from "next/server";
import { z } from "zod";
import { checkHealth } from "@/lib/health";
import { declaredRoute } from "@/lib/http";

const healthSchema = z
  .object({
    status: z.enum(["ok", "unavailable"]),
    database: z.enum(["ok", "unreachable"]),
    migrations: z.object({ current: z.boolean(), pending: z.array(z.string()), failed: z.array(z.string()) }).nullable().describe("null when the database could not be read."),
    version: z.string(),
    build: z.string().describe("Next's build id, or development."),
  })
  .meta({ id: "Health" });

export const dynamic = "force-dynamic";

export const GET = declaredRoute(
  {
    method: "GET",
    path: "/api/health",
    tag: "Operations",
    summary: "Health",
    description: "For load balancers and monitoring: 200 when the database answers and its migrations are current, else 503.",
    access: "public",
    responses: { 200: { description: "Healthy.", schema: healthSchema }, 503: { description: "The database is unreachable or its migrations are behind.", schema: healthSchema } },
  },
  async () => {
    const { httpStatus, health } = await checkHealth();
    return NextResponse.json(health satisfies z.input<typeof healthSchema>, { status: httpStatus, headers: { "Cache-Control": "no-store" } });
  },
);
