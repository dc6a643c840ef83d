-- CreateEnum
CREATE TYPE "GlossaryProposalStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DISMISSED');

-- AlterTable
ALTER TABLE "GlossaryTerm" ADD COLUMN     "publisherId" TEXT,
ADD COLUMN     "searchKey" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "GlossaryProposal" (
    "id" TEXT NOT NULL,
    "sourceLang" TEXT NOT NULL DEFAULT 'ru',
    "targetLang" TEXT NOT NULL DEFAULT 'en',
    "source" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "wrongForm" TEXT NOT NULL,
    "seen" INTEGER NOT NULL DEFAULT 1,
    "status" "GlossaryProposalStatus" NOT NULL DEFAULT 'PENDING',
    "correctionId" TEXT,
    "termId" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GlossaryProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "GlossaryProposal_status_updatedAt_idx" ON "GlossaryProposal"("status", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "GlossaryProposal_sourceLang_targetLang_source_target_key" ON "GlossaryProposal"("sourceLang", "targetLang", "source", "target");

-- CreateIndex
CREATE INDEX "GlossaryTerm_publisherId_idx" ON "GlossaryTerm"("publisherId");

-- AddForeignKey
ALTER TABLE "GlossaryTerm" ADD CONSTRAINT "GlossaryTerm_publisherId_fkey" FOREIGN KEY ("publisherId") REFERENCES "Publisher"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GlossaryProposal" ADD CONSTRAINT "GlossaryProposal_correctionId_fkey" FOREIGN KEY ("correctionId") REFERENCES "Correction"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GlossaryProposal" ADD CONSTRAINT "GlossaryProposal_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
