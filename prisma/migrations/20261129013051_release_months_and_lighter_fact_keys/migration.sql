-- DropForeignKey
ALTER TABLE "EncounterFact" DROP CONSTRAINT "EncounterFact_datasetId_fkey";

-- DropForeignKey
ALTER TABLE "EncounterFact" DROP CONSTRAINT "EncounterFact_releaseId_fkey";

-- DropIndex
DROP INDEX "EncounterFact_datasetId_month_idx";

-- DropIndex
DROP INDEX "EncounterFact_month_idx";

-- AlterTable
ALTER TABLE "Dataset" ADD COLUMN     "scope" JSONB NOT NULL DEFAULT '{}';

-- CreateTable
CREATE TABLE "ReleaseMonth" (
    "releaseId" INTEGER NOT NULL,
    "datasetId" INTEGER NOT NULL,
    "month" DATE NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "total" BIGINT NOT NULL,

    CONSTRAINT "ReleaseMonth_pkey" PRIMARY KEY ("releaseId","month")
);

-- CreateIndex
CREATE INDEX "ReleaseMonth_datasetId_month_idx" ON "ReleaseMonth"("datasetId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "Release_id_datasetId_key" ON "Release"("id", "datasetId");

-- AddForeignKey
ALTER TABLE "ReleaseMonth" ADD CONSTRAINT "ReleaseMonth_releaseId_datasetId_fkey" FOREIGN KEY ("releaseId", "datasetId") REFERENCES "Release"("id", "datasetId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EncounterFact" ADD CONSTRAINT "EncounterFact_releaseId_datasetId_fkey" FOREIGN KEY ("releaseId", "datasetId") REFERENCES "Release"("id", "datasetId") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: months are stored as their first day.
ALTER TABLE "ReleaseMonth" ADD CONSTRAINT "ReleaseMonth_month_first_day" CHECK (EXTRACT(DAY FROM "month") = 1);
ALTER TABLE "ReleaseMonth" ADD CONSTRAINT "ReleaseMonth_counts_nonnegative" CHECK ("rowCount" >= 0 AND "total" >= 0);
