import { NextResponse } from "next/server";
import { UserError } from "@/lib/errors";
import { readJson } from "@/lib/http";
import { clientAddress, clientHash } from "@/lib/rate-limit";
import { createReport, reportCors, reportErrorResponse, reportPreflight } from "@/lib/reports";

/** A report is a few hundred characters; anything much larger is not one. */
const MAX_BODY_BYTES = 16 * 1024;

/** Who: anyone (readers on Errata's pages, or the widget on a publisher's allowed origin). 201 {id, readers}. */
export async function POST(request: Request) {
  const cors = await reportCors(request);
  try {
    const body = await readSmallJson(request);
    const report = await createReport(body, { clientHash: clientHash(clientAddress(request.headers)), crossOrigin: cors.crossOrigin });
    return NextResponse.json(report, { status: 201, headers: cors.headers });
  } catch (error) {
    return reportErrorResponse(error, cors);
  }
}

export const OPTIONS = reportPreflight;

/** Reads a JSON body of at most MAX_BODY_BYTES, stopping as soon as it grows past that. */
async function readSmallJson(request: Request): Promise<unknown> {
  if (!(request.headers.get("content-type") ?? "").includes("application/json")) throw new UserError("Send the report as JSON (Content-Type: application/json).", 415);
  return readJson(request, { maxBytes: MAX_BODY_BYTES, tooLarge: "A report may be at most 16 KB." });
}
