-- CreateTable
CREATE TABLE "QualityRollup" (
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "publisherId" TEXT NOT NULL,
    "engine" TEXT NOT NULL,
    "articles" INTEGER NOT NULL DEFAULT 0,
    "words" INTEGER NOT NULL DEFAULT 0,
    "errors" INTEGER NOT NULL DEFAULT 0,
    "penalty" INTEGER NOT NULL DEFAULT 0,
    "accepted" INTEGER NOT NULL DEFAULT 0,
    "dismissed" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("kind", "month", "publisherId", "engine", "key")
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "sourceLang" TEXT NOT NULL DEFAULT 'ru',
    "targetLang" TEXT NOT NULL DEFAULT 'en',
    "sourceUrl" TEXT,
    "targetUrl" TEXT,
    "engine" TEXT,
    "status" TEXT NOT NULL DEFAULT 'NEW',
    "sourceText" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "currentRevision" INTEGER NOT NULL DEFAULT 1,
    "publisherId" TEXT,
    "importedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "titleKey" TEXT NOT NULL DEFAULT '',
    "wordCount" INTEGER,
    "openFlagCount" INTEGER NOT NULL DEFAULT 0,
    "flagPenalty" INTEGER NOT NULL DEFAULT 0,
    "openReportCount" INTEGER NOT NULL DEFAULT 0,
    "quality" INTEGER NOT NULL DEFAULT 100,
    "mqmErrors" INTEGER NOT NULL DEFAULT 0,
    "mqmPenalty" INTEGER NOT NULL DEFAULT 0,
    "mqmScore" REAL NOT NULL DEFAULT 0,
    "qualityTally" TEXT,
    CONSTRAINT "Article_publisherId_fkey" FOREIGN KEY ("publisherId") REFERENCES "Publisher" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Article_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("contentHash", "createdAt", "currentRevision", "engine", "flagPenalty", "id", "importedById", "openFlagCount", "openReportCount", "publisherId", "quality", "slug", "sourceLang", "sourceText", "sourceUrl", "status", "targetLang", "targetUrl", "title", "titleKey", "updatedAt", "wordCount") SELECT "contentHash", "createdAt", "currentRevision", "engine", "flagPenalty", "id", "importedById", "openFlagCount", "openReportCount", "publisherId", "quality", "slug", "sourceLang", "sourceText", "sourceUrl", "status", "targetLang", "targetUrl", "title", "titleKey", "updatedAt", "wordCount" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");
CREATE INDEX "Article_publisherId_mqmScore_openReportCount_createdAt_id_idx" ON "Article"("publisherId", "mqmScore" DESC, "openReportCount" DESC, "createdAt" DESC, "id");
CREATE INDEX "Article_status_dashboard_idx" ON "Article"("status", "openReportCount" DESC, "openFlagCount" DESC, "quality", "createdAt" DESC, "id");
CREATE INDEX "Article_createdAt_idx" ON "Article"("createdAt");
CREATE INDEX "Article_engine_mqmScore_openReportCount_createdAt_id_idx" ON "Article"("engine", "mqmScore" DESC, "openReportCount" DESC, "createdAt" DESC, "id");
CREATE INDEX "Article_pair_dashboard_idx" ON "Article"("sourceLang", "targetLang", "openReportCount" DESC, "openFlagCount" DESC, "quality", "createdAt" DESC, "id");
CREATE INDEX "Article_openReportCount_openFlagCount_quality_createdAt_id_idx" ON "Article"("openReportCount" DESC, "openFlagCount" DESC, "quality", "createdAt" DESC, "id");
CREATE INDEX "Article_mqmScore_openReportCount_createdAt_id_idx" ON "Article"("mqmScore" DESC, "openReportCount" DESC, "createdAt" DESC, "id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "WebhookDelivery_status_deliveredAt_idx" ON "WebhookDelivery"("status", "deliveredAt");
