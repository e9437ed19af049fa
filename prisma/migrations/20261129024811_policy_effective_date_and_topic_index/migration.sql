-- AlterTable
ALTER TABLE "Policy" ADD COLUMN     "effectiveOn" DATE;

-- CreateIndex
CREATE INDEX "Policy_effectiveOn_idx" ON "Policy"("effectiveOn");

-- CreateIndex
CREATE INDEX "Statement_topics_idx" ON "Statement" USING GIN ("topics");

-- Policy."effectiveOn" is derived from the timeline: the earliest EFFECTIVE event. A trigger keeps it,
-- whoever writes the events (seed, editors, SQL by hand), so it never disagrees with them.
CREATE FUNCTION "policy_refresh_effective_on"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "Policy" SET "effectiveOn" = (
      SELECT min("date") FROM "PolicyEvent" WHERE "policyId" = OLD."policyId" AND "kind" = 'EFFECTIVE'
    ) WHERE "id" = OLD."policyId";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE "Policy" SET "effectiveOn" = (
      SELECT min("date") FROM "PolicyEvent" WHERE "policyId" = NEW."policyId" AND "kind" = 'EFFECTIVE'
    ) WHERE "id" = NEW."policyId";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "PolicyEvent_refresh_effective_on"
  AFTER INSERT OR UPDATE OF "policyId", "kind", "date" OR DELETE ON "PolicyEvent"
  FOR EACH ROW EXECUTE FUNCTION "policy_refresh_effective_on"();

UPDATE "Policy" p SET "effectiveOn" = (
  SELECT min(e."date") FROM "PolicyEvent" e WHERE e."policyId" = p."id" AND e."kind" = 'EFFECTIVE'
);
