#!/usr/bin/env bash
# Starts the production build on a fresh, migrated and seeded database for the
# end-to-end tests. Default: second factor on, mails to the loopback SMTP sink.
# With E2E_DEMO=1: demo mode as `npm run demo` runs it (no SMTP, outbox page).
set -euo pipefail
cd "$(dirname "$0")/../.."
port="${E2E_PORT:-3100}"
export DATABASE_URL="file:./data/e2e/app-${port}.db"
rm -f data/e2e/app-"${port}".db*
mkdir -p data/e2e
npx prisma migrate deploy >/dev/null
npx tsx prisma/seed.ts >/dev/null
export NODE_ENV=production PORT="$port" PUBLIC_URL="http://127.0.0.1:${port}" TRUST_PROXY=loopback
if [ "${E2E_DEMO:-}" = "1" ]; then
  export DEMO_MODE=1
  unset SMTP_URL
else
  unset DEMO_MODE
  export SMTP_URL="smtp://127.0.0.1:${SMTP_PORT:-2525}"
fi
exec npx tsx server/index.ts
