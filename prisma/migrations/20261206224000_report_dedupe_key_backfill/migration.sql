-- Every report's selection and suggestion now have a key held by one of their reports, so that a new report can be
-- stored first and a repeat refused by the unique index (lib/reports/create-report.ts). On SQLite the key is the JSON
-- array [articleId, selection, suggestion] itself (lib/reports/dedupe-key.ts): SQLite has no hash function for this
-- backfill, and no limit on an index entry's size. SQLite serves one instance, which is stopped while migrations run,
-- so no report is stored meanwhile with a key in the former form (its SHA-256).

-- The keys already held, in the new form.
UPDATE "Report" SET "dedupeKey" = json_array("articleId", "selection", "suggestion") WHERE "dedupeKey" IS NOT NULL;

-- Reports from before the key: of each selection and suggestion that no report holds a key for, the first report takes it.
UPDATE "Report" SET "dedupeKey" = json_array("articleId", "selection", "suggestion")
WHERE "dedupeKey" IS NULL AND NOT EXISTS (
  SELECT 1 FROM "Report" AS "other"
  WHERE "other"."articleId" = "Report"."articleId" AND "other"."selection" = "Report"."selection" AND "other"."suggestion" IS "Report"."suggestion"
    AND ("other"."dedupeKey" IS NOT NULL OR "other"."id" < "Report"."id")
);
