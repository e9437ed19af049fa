-- Trigram matching for misspelt names (trusted extension: a database owner may create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "SearchType" AS ENUM ('ACTOR', 'POLICY', 'SOURCE', 'STATEMENT');

-- CreateTable
CREATE TABLE "SearchDocument" (
    "type" "SearchType" NOT NULL,
    "entityId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "vector" tsvector NOT NULL,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("type","entityId")
);

-- CreateIndex
CREATE INDEX "SearchDocument_vector_idx" ON "SearchDocument" USING GIN ("vector");

-- CreateIndex
CREATE INDEX "SearchDocument_title_idx" ON "SearchDocument" USING GIN ("title" gin_trgm_ops);

-- Rewrites the search documents of these entities from their rows, and drops those whose row is
-- gone. What search reads of each kind of entity is defined here only: the triggers and the backfill
-- below share it. Weights: the names an entity goes by A, its main text B, context (setting, topics,
-- citations, jurisdiction, publisher, kind, a statement's speaker) C. A statement's title is its
-- speaker's name, weighted C, so a person outranks what they said.
-- Each call plans its statements afresh (force_custom_plan): a plan kept from when the tables were
-- small scans them whole, and a bulk insert through the triggers turned quadratic (50,000
-- statements: 4 minutes, against 11 s this way).
CREATE FUNCTION "search_document_refresh"(of_type "SearchType", of_ids integer[]) RETURNS void
LANGUAGE plpgsql SET plan_cache_mode = force_custom_plan AS $$
BEGIN
  DELETE FROM "SearchDocument" WHERE "type" = of_type AND "entityId" = ANY (of_ids);
  IF of_type = 'ACTOR' THEN
    INSERT INTO "SearchDocument" ("type", "entityId", "title", "body", "vector")
    SELECT 'ACTOR', a."id", names.title, a."summary",
      setweight(to_tsvector('english', names.title), 'A') || setweight(to_tsvector('english', a."summary"), 'B')
    FROM "Actor" a
    CROSS JOIN LATERAL (SELECT array_to_string(a."name" || a."otherNames", ' · ') AS title) names
    WHERE a."id" = ANY (of_ids);
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
    WHERE p."id" = ANY (of_ids);
  ELSIF of_type = 'SOURCE' THEN
    INSERT INTO "SearchDocument" ("type", "entityId", "title", "body", "vector")
    SELECT 'SOURCE', s."id", s."title", context.text,
      setweight(to_tsvector('english', s."title"), 'A') || setweight(to_tsvector('english', context.text), 'C')
    FROM "Source" s
    LEFT JOIN "Actor" publisher ON publisher."id" = s."publisherId"
    CROSS JOIN LATERAL (
      SELECT concat_ws(' · ', publisher."name", replace(lower(s."kind"::text), '_', ' ')) AS text
    ) context
    WHERE s."id" = ANY (of_ids);
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
    WHERE st."id" = ANY (of_ids);
  END IF;
END $$;

-- One trigger function for the four tables: the table name is the document type.
CREATE FUNCTION "search_document_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM "SearchDocument" WHERE "type" = upper(TG_TABLE_NAME)::"SearchType";
  ELSE
    PERFORM "search_document_refresh"(
      upper(TG_TABLE_NAME)::"SearchType",
      ARRAY[CASE WHEN TG_OP = 'DELETE' THEN OLD."id" ELSE NEW."id" END]
    );
  END IF;
  RETURN NULL;
END $$;

-- A statement's document carries its speaker's name and a source's its publisher's.
CREATE FUNCTION "search_document_sync_actor_name"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "search_document_refresh"('STATEMENT', ARRAY(SELECT "id" FROM "Statement" WHERE "speakerId" = NEW."id"));
  PERFORM "search_document_refresh"('SOURCE', ARRAY(SELECT "id" FROM "Source" WHERE "publisherId" = NEW."id"));
  RETURN NULL;
END $$;

CREATE TRIGGER "Actor_search_document"
  AFTER INSERT OR UPDATE OF "name", "otherNames", "summary" OR DELETE ON "Actor"
  FOR EACH ROW EXECUTE FUNCTION "search_document_sync"();

CREATE TRIGGER "Actor_search_document_name"
  AFTER UPDATE OF "name" ON "Actor"
  FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name") EXECUTE FUNCTION "search_document_sync_actor_name"();

CREATE TRIGGER "Policy_search_document"
  AFTER INSERT OR UPDATE OF "title", "shortName", "summary", "citations", "jurisdictionName" OR DELETE ON "Policy"
  FOR EACH ROW EXECUTE FUNCTION "search_document_sync"();

CREATE TRIGGER "Source_search_document"
  AFTER INSERT OR UPDATE OF "title", "kind", "publisherId" OR DELETE ON "Source"
  FOR EACH ROW EXECUTE FUNCTION "search_document_sync"();

CREATE TRIGGER "Statement_search_document"
  AFTER INSERT OR UPDATE OF "text", "setting", "topics", "speakerId" OR DELETE ON "Statement"
  FOR EACH ROW EXECUTE FUNCTION "search_document_sync"();

CREATE TRIGGER "Actor_search_document_truncate"
  AFTER TRUNCATE ON "Actor" FOR EACH STATEMENT EXECUTE FUNCTION "search_document_sync"();

CREATE TRIGGER "Policy_search_document_truncate"
  AFTER TRUNCATE ON "Policy" FOR EACH STATEMENT EXECUTE FUNCTION "search_document_sync"();

CREATE TRIGGER "Source_search_document_truncate"
  AFTER TRUNCATE ON "Source" FOR EACH STATEMENT EXECUTE FUNCTION "search_document_sync"();

CREATE TRIGGER "Statement_search_document_truncate"
  AFTER TRUNCATE ON "Statement" FOR EACH STATEMENT EXECUTE FUNCTION "search_document_sync"();

-- The documents of what the tables already hold.
SELECT "search_document_refresh"('ACTOR', ARRAY(SELECT "id" FROM "Actor"));
SELECT "search_document_refresh"('POLICY', ARRAY(SELECT "id" FROM "Policy"));
SELECT "search_document_refresh"('SOURCE', ARRAY(SELECT "id" FROM "Source"));
SELECT "search_document_refresh"('STATEMENT', ARRAY(SELECT "id" FROM "Statement"));
