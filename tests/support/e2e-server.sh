#!/usr/bin/env bash
# Starts the production build on a fresh, migrated and seeded database for the
# end-to-end tests (second factor on, mails to the loopback SMTP sink).
set -euo pipefail
cd "$(dirname "$0")/../.."
export DATABASE_URL="file:./data/e2e/app.db"
rm -rf data/e2e/app.db*
mkdir -p data/e2e
npx prisma migrate deploy >/dev/null
npx tsx prisma/seed.ts >/dev/null
export NODE_ENV=production PORT="${E2E_PORT:-3100}" PUBLIC_URL="http://127.0.0.1:${E2E_PORT:-3100}"
export SMTP_URL="smtp://127.0.0.1:${SMTP_PORT:-2525}" TRUST_PROXY=loopback
unset DEMO_MODE
exec npx tsx server/index.ts
