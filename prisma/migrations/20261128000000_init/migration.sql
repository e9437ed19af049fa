-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Dimension" AS ENUM ('COMPONENT', 'LAND_BORDER_REGION', 'AREA_OF_RESPONSIBILITY', 'STATE', 'DEMOGRAPHIC', 'CITIZENSHIP', 'TITLE_OF_AUTHORITY', 'ENCOUNTER_TYPE');

-- CreateEnum
CREATE TYPE "Component" AS ENUM ('USBP', 'OFO');

-- CreateEnum
CREATE TYPE "LandBorderRegion" AS ENUM ('SOUTHWEST', 'NORTHERN', 'COASTAL', 'OTHER');

-- CreateEnum
CREATE TYPE "Demographic" AS ENUM ('ACCOMPANIED_MINORS', 'FMUA', 'SINGLE_ADULTS', 'UAC');

-- CreateEnum
CREATE TYPE "TitleOfAuthority" AS ENUM ('TITLE_8', 'TITLE_42');

-- CreateEnum
CREATE TYPE "EncounterType" AS ENUM ('APPREHENSIONS', 'INADMISSIBLES', 'EXPULSIONS');

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('PERSON', 'ORGANIZATION');

-- CreateEnum
CREATE TYPE "OrganizationClassification" AS ENUM ('FEDERAL_AGENCY', 'STATE_OR_LOCAL_GOVERNMENT', 'LEGISLATURE', 'COURT', 'FOREIGN_GOVERNMENT', 'NGO', 'THINK_TANK', 'ACADEMIC_INSTITUTION', 'MEDIA', 'CAMPAIGN', 'OTHER');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('YEAR', 'MONTH', 'DAY');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('NEWS_ARTICLE', 'PRESS_RELEASE', 'INTERVIEW', 'HEARING', 'SOCIAL_POST', 'GOVERNMENT_DOCUMENT', 'DATASET');

-- CreateEnum
CREATE TYPE "ClaimAssertion" AS ENUM ('VALUE', 'PERCENT_CHANGE', 'RECORD_LOW', 'RECORD_HIGH', 'FIRST_TIME_EXCEEDS', 'NOT_CHECKABLE');

-- CreateEnum
CREATE TYPE "PolicyKind" AS ENUM ('EXECUTIVE_ORDER', 'PROCLAMATION', 'FEDERAL_RULE', 'STATUTE', 'STATE_LAW', 'LOCAL_POLICY', 'PROGRAM_OR_APP', 'COURT_RULING', 'INTERNATIONAL_AGREEMENT');

-- CreateEnum
CREATE TYPE "JurisdictionLevel" AS ENUM ('INTERNATIONAL', 'FEDERAL', 'STATE', 'COUNTY', 'CITY');

-- CreateEnum
CREATE TYPE "PolicyStatus" AS ENUM ('PROPOSED', 'ACTIVE', 'ENJOINED', 'RESCINDED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "PolicyEventKind" AS ENUM ('ANNOUNCED', 'SIGNED', 'EFFECTIVE', 'ENJOINED', 'AMENDED', 'RESCINDED', 'EXPIRED', 'VOTE');

-- CreateEnum
CREATE TYPE "StancePosition" AS ENUM ('SUPPORTS', 'OPPOSES', 'MIXED');

-- CreateTable
CREATE TABLE "Dataset" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "landingPage" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "dimensions" "Dimension"[],
    "roundingUnit" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Dataset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Release" (
    "id" SERIAL NOT NULL,
    "datasetId" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "firstMonth" DATE NOT NULL,
    "lastMonth" DATE NOT NULL,
    "publishedOn" DATE,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Release_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EncounterFact" (
    "id" BIGSERIAL NOT NULL,
    "releaseId" INTEGER NOT NULL,
    "datasetId" INTEGER NOT NULL,
    "month" DATE NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "component" "Component",
    "landBorderRegion" "LandBorderRegion",
    "areaOfResponsibility" TEXT,
    "areaCode" TEXT,
    "state" TEXT,
    "demographic" "Demographic",
    "citizenship" TEXT,
    "titleOfAuthority" "TitleOfAuthority",
    "encounterType" "EncounterType",
    "count" INTEGER NOT NULL,

    CONSTRAINT "EncounterFact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Actor" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "ActorKind" NOT NULL,
    "name" TEXT NOT NULL,
    "otherNames" TEXT[],
    "classification" "OrganizationClassification",
    "summary" TEXT NOT NULL DEFAULT '',
    "parentId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActorLink" (
    "id" SERIAL NOT NULL,
    "actorId" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ActorLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Role" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "organizationId" INTEGER,
    "title" TEXT NOT NULL,
    "startDate" DATE,
    "startPrecision" "DatePrecision",
    "endDate" DATE,
    "endPrecision" "DatePrecision",
    "sourceId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "SourceKind" NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "publisherId" INTEGER,
    "publishedOn" DATE,
    "publishedOnPrecision" "DatePrecision",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "isParaphrase" BOOLEAN NOT NULL DEFAULT false,
    "speakerId" INTEGER NOT NULL,
    "saidOn" DATE,
    "saidOnPrecision" "DatePrecision",
    "sourceId" INTEGER NOT NULL,
    "setting" TEXT NOT NULL DEFAULT '',
    "topics" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "statementId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "assertion" "ClaimAssertion" NOT NULL,
    "datasetId" INTEGER,
    "filter" JSONB NOT NULL DEFAULT '{}',
    "period" TEXT,
    "comparePeriod" TEXT,
    "compareFilter" JSONB,
    "assertedValue" DECIMAL(14,4),
    "tolerance" DECIMAL(14,4),
    "assertedSince" TEXT,
    "notCheckableReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Policy" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "kind" "PolicyKind" NOT NULL,
    "jurisdictionLevel" "JurisdictionLevel" NOT NULL,
    "jurisdictionName" TEXT NOT NULL,
    "status" "PolicyStatus" NOT NULL,
    "issuerId" INTEGER,
    "citations" TEXT[],
    "summary" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Policy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyEvent" (
    "id" SERIAL NOT NULL,
    "policyId" INTEGER NOT NULL,
    "kind" "PolicyEventKind" NOT NULL,
    "date" DATE NOT NULL,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "description" TEXT NOT NULL DEFAULT '',
    "voteTally" TEXT,
    "sourceId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PolicyEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Stance" (
    "id" SERIAL NOT NULL,
    "actorId" INTEGER NOT NULL,
    "policyId" INTEGER NOT NULL,
    "position" "StancePosition" NOT NULL,
    "statementId" INTEGER,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Stance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_StatementMentionsActor" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_StatementMentionsActor_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_PolicyToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_PolicyToSource_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_StatementMentionsPolicy" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_StatementMentionsPolicy_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Dataset_slug_key" ON "Dataset"("slug");

-- CreateIndex
CREATE INDEX "Release_datasetId_importedAt_idx" ON "Release"("datasetId", "importedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Release_datasetId_sha256_key" ON "Release"("datasetId", "sha256");

-- CreateIndex
CREATE INDEX "EncounterFact_month_idx" ON "EncounterFact"("month");

-- CreateIndex
CREATE INDEX "EncounterFact_datasetId_month_idx" ON "EncounterFact"("datasetId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "EncounterFact_release_dimensions_key" ON "EncounterFact"("releaseId", "month", "component", "landBorderRegion", "areaOfResponsibility", "state", "demographic", "citizenship", "titleOfAuthority", "encounterType") NULLS NOT DISTINCT;

-- CreateIndex
CREATE UNIQUE INDEX "Actor_slug_key" ON "Actor"("slug");

-- CreateIndex
CREATE INDEX "Actor_kind_name_idx" ON "Actor"("kind", "name");

-- CreateIndex
CREATE INDEX "Actor_classification_idx" ON "Actor"("classification");

-- CreateIndex
CREATE UNIQUE INDEX "ActorLink_actorId_url_key" ON "ActorLink"("actorId", "url");

-- CreateIndex
CREATE INDEX "Role_organizationId_idx" ON "Role"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Role_personId_organizationId_title_key" ON "Role"("personId", "organizationId", "title") NULLS NOT DISTINCT;

-- CreateIndex
CREATE UNIQUE INDEX "Source_slug_key" ON "Source"("slug");

-- CreateIndex
CREATE INDEX "Source_publishedOn_idx" ON "Source"("publishedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Statement_slug_key" ON "Statement"("slug");

-- CreateIndex
CREATE INDEX "Statement_speakerId_saidOn_idx" ON "Statement"("speakerId", "saidOn");

-- CreateIndex
CREATE INDEX "Statement_sourceId_idx" ON "Statement"("sourceId");

-- CreateIndex
CREATE INDEX "Statement_saidOn_idx" ON "Statement"("saidOn");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_slug_key" ON "Claim"("slug");

-- CreateIndex
CREATE INDEX "Claim_statementId_idx" ON "Claim"("statementId");

-- CreateIndex
CREATE UNIQUE INDEX "Policy_slug_key" ON "Policy"("slug");

-- CreateIndex
CREATE INDEX "Policy_kind_idx" ON "Policy"("kind");

-- CreateIndex
CREATE INDEX "Policy_jurisdictionLevel_jurisdictionName_idx" ON "Policy"("jurisdictionLevel", "jurisdictionName");

-- CreateIndex
CREATE INDEX "Policy_issuerId_idx" ON "Policy"("issuerId");

-- CreateIndex
CREATE INDEX "PolicyEvent_policyId_date_idx" ON "PolicyEvent"("policyId", "date");

-- CreateIndex
CREATE INDEX "PolicyEvent_kind_date_idx" ON "PolicyEvent"("kind", "date");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyEvent_policyId_kind_date_key" ON "PolicyEvent"("policyId", "kind", "date");

-- CreateIndex
CREATE INDEX "Stance_policyId_idx" ON "Stance"("policyId");

-- CreateIndex
CREATE UNIQUE INDEX "Stance_actorId_policyId_key" ON "Stance"("actorId", "policyId");

-- CreateIndex
CREATE INDEX "_StatementMentionsActor_B_index" ON "_StatementMentionsActor"("B");

-- CreateIndex
CREATE INDEX "_PolicyToSource_B_index" ON "_PolicyToSource"("B");

-- CreateIndex
CREATE INDEX "_StatementMentionsPolicy_B_index" ON "_StatementMentionsPolicy"("B");

-- AddForeignKey
ALTER TABLE "Release" ADD CONSTRAINT "Release_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EncounterFact" ADD CONSTRAINT "EncounterFact_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EncounterFact" ADD CONSTRAINT "EncounterFact_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Actor" ADD CONSTRAINT "Actor_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorLink" ADD CONSTRAINT "ActorLink_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_publisherId_fkey" FOREIGN KEY ("publisherId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_issuerId_fkey" FOREIGN KEY ("issuerId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyEvent" ADD CONSTRAINT "PolicyEvent_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyEvent" ADD CONSTRAINT "PolicyEvent_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Stance" ADD CONSTRAINT "Stance_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Stance" ADD CONSTRAINT "Stance_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Stance" ADD CONSTRAINT "Stance_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_StatementMentionsActor" ADD CONSTRAINT "_StatementMentionsActor_A_fkey" FOREIGN KEY ("A") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_StatementMentionsActor" ADD CONSTRAINT "_StatementMentionsActor_B_fkey" FOREIGN KEY ("B") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PolicyToSource" ADD CONSTRAINT "_PolicyToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PolicyToSource" ADD CONSTRAINT "_PolicyToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_StatementMentionsPolicy" ADD CONSTRAINT "_StatementMentionsPolicy_A_fkey" FOREIGN KEY ("A") REFERENCES "Policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_StatementMentionsPolicy" ADD CONSTRAINT "_StatementMentionsPolicy_B_fkey" FOREIGN KEY ("B") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: rules of the data that Prisma's schema language cannot express.
ALTER TABLE "EncounterFact" ADD CONSTRAINT "EncounterFact_count_nonnegative" CHECK ("count" >= 0);
ALTER TABLE "EncounterFact" ADD CONSTRAINT "EncounterFact_month_first_day" CHECK (EXTRACT(DAY FROM "month") = 1);
ALTER TABLE "Release" ADD CONSTRAINT "Release_months_in_order" CHECK ("firstMonth" <= "lastMonth");
ALTER TABLE "Release" ADD CONSTRAINT "Release_row_count_nonnegative" CHECK ("rowCount" >= 0);
ALTER TABLE "Dataset" ADD CONSTRAINT "Dataset_rounding_unit_positive" CHECK ("roundingUnit" > 0);
ALTER TABLE "Role" ADD CONSTRAINT "Role_end_after_start" CHECK ("endDate" IS NULL OR "startDate" IS NULL OR "endDate" >= "startDate");
ALTER TABLE "Actor" ADD CONSTRAINT "Actor_classification_for_organizations" CHECK ("kind" = 'ORGANIZATION' OR "classification" IS NULL);
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_tolerance_nonnegative" CHECK ("tolerance" IS NULL OR "tolerance" >= 0);
ALTER TABLE "Actor" ADD CONSTRAINT "Actor_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "Dataset" ADD CONSTRAINT "Dataset_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "Source" ADD CONSTRAINT "Source_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
-- A claim the encounter data cannot check says why and names no dataset, and every other claim names one.
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_checkable_has_dataset" CHECK (
  CASE WHEN "assertion" = 'NOT_CHECKABLE'
    THEN "notCheckableReason" IS NOT NULL AND "datasetId" IS NULL
    ELSE "datasetId" IS NOT NULL AND "period" IS NOT NULL
  END
);
