import { NextResponse } from "next/server";
import { clientAddress, clientHash } from "@/lib/rate-limit";
import { findOriginal, reportCors, reportErrorResponse, reportPreflight } from "@/lib/reports";

/** Who: anyone, like POST /api/reports. The original sentences aligned with a selection: 200 {original}. */
export async function GET(request: Request) {
  const cors = await reportCors(request);
  try {
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const original = await findOriginal(query, { clientHash: clientHash(clientAddress(request.headers)), crossOrigin: cors.crossOrigin });
    return NextResponse.json({ original }, { headers: cors.headers });
  } catch (error) {
    return reportErrorResponse(error, cors);
  }
}

export const OPTIONS = reportPreflight;
