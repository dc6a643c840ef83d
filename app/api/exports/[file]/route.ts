import { requireApiRole } from "@/lib/auth";
import { UserError } from "@/lib/errors";
import { exportCorrections, exportRangeSchema, exportReports, exportTmx, fileResponse, languagePairSchema } from "@/lib/formats";
import { apiRoute, errorResponse } from "@/lib/http";

/**
 * Who: REVIEWER and above (through apiRoute, so that whatever it accepts as credentials applies here too). Collection exports, for one article (?article=ID) and/or a date range (?from=&to=,
 * dates inclusive), one capped page at a time (?page=N; Link rel="next" while more remain):
 * - corrections.tmx: approved corrections as TMX 1.4b (?pair=ru-en), 2,000 corrections a page;
 * - reports.csv, reports.json, corrections.csv, corrections.json: 5,000 rows a page.
 */
export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ file: string }> }) => {
  try {
    await requireApiRole("REVIEWER");
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const range = exportRangeSchema.parse(query);
    const file = (await params).file;
    switch (file) {
      case "corrections.tmx":
        return fileResponse(await exportTmx(range, languagePairSchema.parse(query.pair)), request.url);
      case "reports.csv":
      case "reports.json":
        return fileResponse(await exportReports(range, file === "reports.csv" ? "csv" : "json"), request.url);
      case "corrections.csv":
      case "corrections.json":
        return fileResponse(await exportCorrections(range, file === "corrections.csv" ? "csv" : "json"), request.url);
      default:
        throw new UserError("No such export: try corrections.tmx, reports.csv, reports.json, corrections.csv or corrections.json.", 404);
    }
  } catch (error) {
    return errorResponse(error);
  }
});
