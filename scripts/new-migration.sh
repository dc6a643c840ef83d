#!/usr/bin/env bash
# Writes the migration for a schema change for both databases: npm run db:migration -- add_something
set -euo pipefail
name=${1:?usage: npm run db:migration -- NAME}
cd "$(dirname "$0")/.."
DATABASE_URL="file:$(mktemp -d)/migrate.db" npx tsx scripts/db.ts dev "$name"
scripts/with-postgres.sh npx tsx scripts/db.ts dev "$name"
npx tsx scripts/generate.ts
