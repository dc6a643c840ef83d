import { z } from "zod";
import { UserError } from "@/lib/errors";
import { exportCorrections, exportRangeSchema, exportReports, exportTmx, fileResponse, languagePairSchema, MEDIA_TYPES, type ExportFile } from "@/lib/formats";
import { exportGlossaryCsv } from "@/lib/glossary/csv-terms";
import { apiRoute } from "@/lib/http";

const querySchema = exportRangeSchema.extend({ pair: languagePairSchema.describe("corrections.tmx: the language pair, ru-en by default.") });

const EXPORTS: Record<string, (query: z.output<typeof querySchema>) => Promise<ExportFile>> = {
  "corrections.tmx": (query) => exportTmx(query, query.pair),
  "reports.csv": (query) => exportReports(query, "csv"),
  "reports.json": (query) => exportReports(query, "json"),
  "corrections.csv": (query) => exportCorrections(query, "csv"),
  "corrections.json": (query) => exportCorrections(query, "json"),
  "glossary.csv": async () => ({ body: await exportGlossaryCsv(), contentType: MEDIA_TYPES.csv, filename: "errata-glossary.csv" }),
};
const names = Object.keys(EXPORTS);

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/exports/{file}",
    tag: "Exports",
    summary: "Download a collection export",
    description:
      "For one article (?article=ID) and/or a date range (?from=&to=, dates inclusive), one capped page at a time (?page=N; a Link header with rel=\"next\" and X-Next-Page while more remain). corrections.tmx: approved corrections as TMX 1.4b, 2,000 a page; reports.csv, reports.json, corrections.csv, corrections.json: 5,000 rows a page. glossary.csv: the whole ru→en glossary in the columns its import reads (no range, one page). Sent as an attachment (Content-Disposition).",
    access: { role: "REVIEWER", scope: "read" },
    // Documented as the list of exports, parsed as any name: an unknown one is a 404 (no such file), not a 400.
    params: z.object({ file: z.string().max(64).meta({ enum: names, description: "Which export." }) }),
    query: querySchema,
    responses: {
      200: { description: "One page of the export.", contentType: [MEDIA_TYPES.tmx, MEDIA_TYPES.csv, MEDIA_TYPES.json] },
      404: { description: "No such export." },
    },
  },
  async ({ request, params, query }) => {
    const build = Object.hasOwn(EXPORTS, params.file) ? EXPORTS[params.file] : null;
    if (!build) throw new UserError(`No such export: try ${names.join(", ")}.`, 404);
    return fileResponse(await build(query), request.url);
  },
);
