-- Archived records (a restorable soft delete, "archivedAt" set) are left out of what the database
-- derives for reads: search finds no archived actor, policy, source or statement, and a policy's
-- effective date comes from its live EFFECTIVE events only. Archiving or restoring updates
-- "archivedAt", so each trigger below now fires on that column too.

-- As in the search_documents migration, with live rows only: an archived entity has no document.
CREATE OR REPLACE FUNCTION "search_document_refresh"(of_type "SearchType", of_ids integer[]) RETURNS void
LANGUAGE plpgsql SET plan_cache_mode = force_custom_plan AS $$
BEGIN
  DELETE FROM "SearchDocument" WHERE "type" = of_type AND "entityId" = ANY (of_ids);
  IF of_type = 'ACTOR' THEN
    INSERT INTO "SearchDocument" ("type", "entityId", "title", "body", "vector")
    SELECT 'ACTOR', a."id", names.title, a."summary",
      setweight(to_tsvector('english', names.title), 'A') || setweight(to_tsvector('english', a."summary"), 'B')
    FROM "Actor" a
    CROSS JOIN LATERAL (SELECT array_to_string(a."name" || a."otherNames", ' · ') AS title) names
    WHERE a."id" = ANY (of_ids) AND a."archivedAt" IS NULL;
  ELSIF of_type = 'POLICY' THEN
    INSERT INTO "SearchDocument" ("type", "entityId", "title", "body", "vector")
    SELECT 'POLICY', p."id", names.title, concat_ws(' · ', NULLIF(p."summary", ''), context.text),
      setweight(to_tsvector('english', names.title), 'A') || setweight(to_tsvector('english', p."summary"), 'B')
        || setweight(to_tsvector('english', context.text), 'C')
    FROM "Policy" p
    CROSS JOIN LATERAL (SELECT concat_ws(' · ', p."title", NULLIF(p."shortName", '')) AS title) names
    CROSS JOIN LATERAL (
      SELECT concat_ws(' · ', NULLIF(array_to_string(p."citations", ', '), ''), p."jurisdictionName") AS text
    ) context
    WHERE p."id" = ANY (of_ids) AND p."archivedAt" IS NULL;
  ELSIF of_type = 'SOURCE' THEN
    INSERT INTO "SearchDocument" ("type", "entityId", "title", "body", "vector")
    SELECT 'SOURCE', s."id", s."title", context.text,
      setweight(to_tsvector('english', s."title"), 'A') || setweight(to_tsvector('english', context.text), 'C')
    FROM "Source" s
    LEFT JOIN "Actor" publisher ON publisher."id" = s."publisherId"
    CROSS JOIN LATERAL (
      SELECT concat_ws(' · ', publisher."name", replace(lower(s."kind"::text), '_', ' ')) AS text
    ) context
    WHERE s."id" = ANY (of_ids) AND s."archivedAt" IS NULL;
  ELSIF of_type = 'STATEMENT' THEN
    INSERT INTO "SearchDocument" ("type", "entityId", "title", "body", "vector")
    SELECT 'STATEMENT', st."id", speaker."name", concat_ws(' · ', st."text", context.text),
      setweight(to_tsvector('english', st."text"), 'B')
        || setweight(to_tsvector('english', concat_ws(' · ', speaker."name", context.text)), 'C')
    FROM "Statement" st
    JOIN "Actor" speaker ON speaker."id" = st."speakerId"
    -- Topics are kebab-case keys: written as words, they read and match like the text.
    CROSS JOIN LATERAL (
      SELECT concat_ws(' · ', NULLIF(st."setting", ''), NULLIF(replace(array_to_string(st."topics", ', '), '-', ' '), '')) AS text
    ) context
    WHERE st."id" = ANY (of_ids) AND st."archivedAt" IS NULL;
  END IF;
END $$;

CREATE OR REPLACE TRIGGER "Actor_search_document"
  AFTER INSERT OR UPDATE OF "name", "otherNames", "summary", "archivedAt" OR DELETE ON "Actor"
  FOR EACH ROW EXECUTE FUNCTION "search_document_sync"();

CREATE OR REPLACE TRIGGER "Policy_search_document"
  AFTER INSERT OR UPDATE OF "title", "shortName", "summary", "citations", "jurisdictionName", "archivedAt" OR DELETE ON "Policy"
  FOR EACH ROW EXECUTE FUNCTION "search_document_sync"();

CREATE OR REPLACE TRIGGER "Source_search_document"
  AFTER INSERT OR UPDATE OF "title", "kind", "publisherId", "archivedAt" OR DELETE ON "Source"
  FOR EACH ROW EXECUTE FUNCTION "search_document_sync"();

CREATE OR REPLACE TRIGGER "Statement_search_document"
  AFTER INSERT OR UPDATE OF "text", "setting", "topics", "speakerId", "archivedAt" OR DELETE ON "Statement"
  FOR EACH ROW EXECUTE FUNCTION "search_document_sync"();

-- As in the policy_effective_date migration, from live events only: archiving a mistaken EFFECTIVE
-- event moves the policy's effective date to the next one (or clears it).
CREATE OR REPLACE FUNCTION "policy_refresh_effective_on"(of_policy integer) RETURNS void LANGUAGE sql AS $$
  UPDATE "Policy" p SET ("effectiveOn", "effectivePrecision") = (
    SELECT e."date", e."datePrecision" FROM "PolicyEvent" e
    WHERE e."policyId" = p."id" AND e."kind" = 'EFFECTIVE' AND e."archivedAt" IS NULL
    ORDER BY e."date", e."id" LIMIT 1
  ) WHERE p."id" = of_policy
$$;

CREATE OR REPLACE TRIGGER "PolicyEvent_refresh_effective_on"
  AFTER INSERT OR UPDATE OF "policyId", "kind", "date", "datePrecision", "archivedAt" OR DELETE ON "PolicyEvent"
  FOR EACH ROW EXECUTE FUNCTION "policy_event_refresh_effective_on"();

-- Whatever was archived before this migration.
SELECT "search_document_refresh"('ACTOR', ARRAY(SELECT "id" FROM "Actor" WHERE "archivedAt" IS NOT NULL));
SELECT "search_document_refresh"('POLICY', ARRAY(SELECT "id" FROM "Policy" WHERE "archivedAt" IS NOT NULL));
SELECT "search_document_refresh"('SOURCE', ARRAY(SELECT "id" FROM "Source" WHERE "archivedAt" IS NOT NULL));
SELECT "search_document_refresh"('STATEMENT', ARRAY(SELECT "id" FROM "Statement" WHERE "archivedAt" IS NOT NULL));
SELECT "policy_refresh_effective_on"("policyId") FROM "PolicyEvent" WHERE "archivedAt" IS NOT NULL GROUP BY "policyId";
