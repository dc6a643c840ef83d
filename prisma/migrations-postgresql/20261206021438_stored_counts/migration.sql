-- DropIndex
DROP INDEX "Report_status_createdAt_idx";

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "flagPenalty" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "openFlagCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "openReportCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "quality" INTEGER NOT NULL DEFAULT 100,
ADD COLUMN     "titleKey" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "wordCount" INTEGER;

-- CreateIndex
CREATE INDEX "Article_createdAt_idx" ON "Article"("createdAt");

-- CreateIndex
CREATE INDEX "Article_engine_idx" ON "Article"("engine");

-- CreateIndex
CREATE INDEX "Article_sourceLang_targetLang_idx" ON "Article"("sourceLang", "targetLang");

-- CreateIndex
CREATE INDEX "Article_openReportCount_openFlagCount_quality_createdAt_id_idx" ON "Article"("openReportCount" DESC, "openFlagCount" DESC, "quality", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Report_status_readerCount_createdAt_id_idx" ON "Report"("status", "readerCount" DESC, "createdAt" DESC, "id");
