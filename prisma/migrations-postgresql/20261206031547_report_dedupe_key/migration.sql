-- No backfill: open reports from before have no key and are found by their text, as every repeat is
-- (lib/reports/create-report.ts). The key only guards new rows, so old duplicates cannot break this migration.
-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "dedupeKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Report_dedupeKey_key" ON "Report"("dedupeKey");
