-- AlterTable
ALTER TABLE "Policy" ADD COLUMN     "effectiveOn" DATE,
ADD COLUMN     "effectivePrecision" "DatePrecision";

-- CreateIndex
CREATE INDEX "Policy_effectiveOn_idx" ON "Policy"("effectiveOn");

-- CreateIndex
CREATE INDEX "Statement_topics_idx" ON "Statement" USING GIN ("topics");

-- Policy."effectiveOn" and "effectivePrecision" are derived from the timeline: the earliest EFFECTIVE
-- event. A trigger keeps them, whoever writes the events (seed, editors, SQL by hand), so they never
-- disagree with it.
CREATE FUNCTION "policy_refresh_effective_on"(of_policy integer) RETURNS void LANGUAGE sql AS $$
  UPDATE "Policy" p SET ("effectiveOn", "effectivePrecision") = (
    SELECT e."date", e."datePrecision" FROM "PolicyEvent" e
    WHERE e."policyId" = p."id" AND e."kind" = 'EFFECTIVE'
    ORDER BY e."date", e."id" LIMIT 1
  ) WHERE p."id" = of_policy
$$;

CREATE FUNCTION "policy_event_refresh_effective_on"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM "policy_refresh_effective_on"(OLD."policyId");
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM "policy_refresh_effective_on"(NEW."policyId");
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "PolicyEvent_refresh_effective_on"
  AFTER INSERT OR UPDATE OF "policyId", "kind", "date", "datePrecision" OR DELETE ON "PolicyEvent"
  FOR EACH ROW EXECUTE FUNCTION "policy_event_refresh_effective_on"();

SELECT "policy_refresh_effective_on"("id") FROM "Policy";
