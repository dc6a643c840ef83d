-- DropIndex
DROP INDEX "Report_status_createdAt_idx";

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
    -- Last: a row's columns after a long text are read through its overflow pages.
    "sourceText" TEXT NOT NULL,
    CONSTRAINT "Article_publisherId_fkey" FOREIGN KEY ("publisherId") REFERENCES "Publisher" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Article_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("contentHash", "createdAt", "currentRevision", "engine", "id", "importedById", "publisherId", "slug", "sourceLang", "sourceText", "sourceUrl", "status", "targetLang", "targetUrl", "title", "updatedAt") SELECT "contentHash", "createdAt", "currentRevision", "engine", "id", "importedById", "publisherId", "slug", "sourceLang", "sourceText", "sourceUrl", "status", "targetLang", "targetUrl", "title", "updatedAt" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");
CREATE INDEX "Article_publisherId_idx" ON "Article"("publisherId");
CREATE INDEX "Article_status_idx" ON "Article"("status");
CREATE INDEX "Article_createdAt_idx" ON "Article"("createdAt");
CREATE INDEX "Article_engine_idx" ON "Article"("engine");
CREATE INDEX "Article_sourceLang_targetLang_idx" ON "Article"("sourceLang", "targetLang");
CREATE INDEX "Article_openReportCount_openFlagCount_quality_createdAt_id_idx" ON "Article"("openReportCount" DESC, "openFlagCount" DESC, "quality", "createdAt" DESC, "id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Report_status_readerCount_createdAt_id_idx" ON "Report"("status", "readerCount" DESC, "createdAt" DESC, "id");
