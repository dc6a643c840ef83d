-- CreateTable
CREATE TABLE "GlossaryProposal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceLang" TEXT NOT NULL DEFAULT 'ru',
    "targetLang" TEXT NOT NULL DEFAULT 'en',
    "source" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "wrongForm" TEXT NOT NULL,
    "seen" INTEGER NOT NULL DEFAULT 1,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "correctionId" TEXT,
    "termId" TEXT,
    "decidedById" TEXT,
    "decidedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "GlossaryProposal_correctionId_fkey" FOREIGN KEY ("correctionId") REFERENCES "Correction" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "GlossaryProposal_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_GlossaryTerm" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceLang" TEXT NOT NULL DEFAULT 'ru',
    "targetLang" TEXT NOT NULL DEFAULT 'en',
    "source" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "note" TEXT,
    "createdById" TEXT,
    "publisherId" TEXT,
    "searchKey" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "GlossaryTerm_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "GlossaryTerm_publisherId_fkey" FOREIGN KEY ("publisherId") REFERENCES "Publisher" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_GlossaryTerm" ("createdAt", "createdById", "id", "kind", "note", "source", "sourceLang", "target", "targetLang", "updatedAt") SELECT "createdAt", "createdById", "id", "kind", "note", "source", "sourceLang", "target", "targetLang", "updatedAt" FROM "GlossaryTerm";
DROP TABLE "GlossaryTerm";
ALTER TABLE "new_GlossaryTerm" RENAME TO "GlossaryTerm";
CREATE INDEX "GlossaryTerm_publisherId_idx" ON "GlossaryTerm"("publisherId");
CREATE UNIQUE INDEX "GlossaryTerm_sourceLang_targetLang_source_target_key" ON "GlossaryTerm"("sourceLang", "targetLang", "source", "target");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "GlossaryProposal_status_updatedAt_idx" ON "GlossaryProposal"("status", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "GlossaryProposal_sourceLang_targetLang_source_target_key" ON "GlossaryProposal"("sourceLang", "targetLang", "source", "target");
