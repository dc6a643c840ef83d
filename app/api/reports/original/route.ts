import { NextResponse } from "next/server";
import { z } from "zod";
import { declaredRoute } from "@/lib/http";
import { clientAddress, clientHash } from "@/lib/rate-limit";
import { findOriginal, originalQuerySchema, reportCors, reportErrorResponse, reportPreflight } from "@/lib/reports";

const originalSchema = z.object({ original: z.string().describe("The original sentences aligned with the selection.") });

/** Public, like POST /api/reports (CORS for publishers' allowed origins); findOriginal validates with originalQuerySchema. */
export const GET = declaredRoute(
  {
    method: "GET",
    path: "/api/reports/original",
    tag: "Reader reports",
    summary: "The original of a selection",
    description: "For the report form: the original sentences aligned with what the reader selected. Public, rate limited per reader.",
    access: "public",
    query: originalQuerySchema,
    responses: { 200: { description: "{original}", schema: originalSchema } },
  },
  async (request: Request) => {
    const cors = await reportCors(request);
    try {
      const query = Object.fromEntries(new URL(request.url).searchParams);
      const original = await findOriginal(query, { clientHash: clientHash(clientAddress(request.headers)), crossOrigin: cors.crossOrigin });
      return NextResponse.json({ original } satisfies z.input<typeof originalSchema>, { headers: cors.headers });
    } catch (error) {
      return reportErrorResponse(error, cors);
    }
  },
);

export const OPTIONS = reportPreflight;
