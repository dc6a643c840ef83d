-- Every report's selection and suggestion now have a key held by one of their reports, so that a new report can be
-- stored first and a repeat refused by the unique index (lib/reports/create-report.ts). The key is the SHA-256 of the
-- JSON array [articleId, selection, suggestion] as JavaScript writes it (lib/reports/dedupe-key.ts), as before: keys
-- already held stay, and instances still running the previous version keep making the same keys.

-- Reports from before the key: of each selection and suggestion that no report holds a key for, the first report takes it.
UPDATE "Report" SET "dedupeKey" = encode(sha256(convert_to('[' || to_json("articleId")::text || ',' || to_json("selection")::text || ',' || coalesce(to_json("suggestion")::text, 'null') || ']', 'UTF8')), 'hex')
WHERE "dedupeKey" IS NULL AND NOT EXISTS (
  SELECT 1 FROM "Report" AS "other"
  WHERE "other"."articleId" = "Report"."articleId" AND "other"."selection" = "Report"."selection" AND "other"."suggestion" IS NOT DISTINCT FROM "Report"."suggestion"
    AND ("other"."dedupeKey" IS NOT NULL OR "other"."id" < "Report"."id")
);
