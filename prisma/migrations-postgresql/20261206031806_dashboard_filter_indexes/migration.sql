-- DropIndex
DROP INDEX "Article_status_idx";

-- DropIndex
DROP INDEX "Article_sourceLang_targetLang_idx";

-- CreateIndex
CREATE INDEX "Article_status_dashboard_idx" ON "Article"("status", "openReportCount" DESC, "openFlagCount" DESC, "quality", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Article_pair_dashboard_idx" ON "Article"("sourceLang", "targetLang", "openReportCount" DESC, "openFlagCount" DESC, "quality", "createdAt" DESC, "id");
