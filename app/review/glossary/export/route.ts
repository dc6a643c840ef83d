import { requireApiRole } from "@/lib/auth";
import { exportGlossaryCsv } from "@/lib/glossary/csv-terms";
import { errorResponse } from "@/lib/http";

/** Who: REVIEWER and above. The whole ru→en glossary as CSV (the columns the import reads). */
export async function GET() {
  try {
    await requireApiRole("REVIEWER");
    return new Response(await exportGlossaryCsv(), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="errata-glossary.csv"', "Cache-Control": "no-store" },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
