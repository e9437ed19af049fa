-- A policy's effective date is part of what partners sync with `updatedSince`: when its timeline
-- moves the date (an EFFECTIVE event added, redated, archived or restored), the policy's
-- "updatedAt" moves too. Never its "version": nothing an editor read of the policy changed, so
-- their next save of it must not conflict. A refresh that leaves the date as it was touches nothing.
-- "updatedAt" is stored as UTC without a zone, as Prisma writes it.
CREATE OR REPLACE FUNCTION "policy_refresh_effective_on"(of_policy integer) RETURNS void LANGUAGE sql AS $$
  UPDATE "Policy" p
  SET "effectiveOn" = first."date", "effectivePrecision" = first."datePrecision",
    "updatedAt" = now() AT TIME ZONE 'UTC'
  FROM (SELECT) AS one
  LEFT JOIN LATERAL (
    SELECT e."date", e."datePrecision" FROM "PolicyEvent" e
    WHERE e."policyId" = of_policy AND e."kind" = 'EFFECTIVE' AND e."archivedAt" IS NULL
    ORDER BY e."date", e."id" LIMIT 1
  ) AS first ON true
  WHERE p."id" = of_policy
    AND (p."effectiveOn", p."effectivePrecision") IS DISTINCT FROM (first."date", first."datePrecision")
$$;
