-- DropIndex
DROP INDEX "Article_publisherId_idx";

-- DropIndex
DROP INDEX "Article_engine_idx";

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "mqmErrors" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "mqmPenalty" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "mqmScore" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "qualityTally" TEXT;

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

    CONSTRAINT "QualityRollup_pkey" PRIMARY KEY ("kind","month","publisherId","engine","key")
);

-- CreateIndex
CREATE INDEX "Article_publisherId_mqmScore_openReportCount_createdAt_id_idx" ON "Article"("publisherId", "mqmScore" DESC, "openReportCount" DESC, "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Article_engine_mqmScore_openReportCount_createdAt_id_idx" ON "Article"("engine", "mqmScore" DESC, "openReportCount" DESC, "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Article_mqmScore_openReportCount_createdAt_id_idx" ON "Article"("mqmScore" DESC, "openReportCount" DESC, "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "WebhookDelivery_status_deliveredAt_idx" ON "WebhookDelivery"("status", "deliveredAt");
