#!/usr/bin/env bash
# npm test: installs what the tests need (npm packages; Debian's chromium when
# missing and we are root) and runs every check: format, lint, types, unit
# tests, migrations-vs-schema, and the browser journeys in real Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "==> Installing Chromium from Debian"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is missing at /usr/bin/chromium; install it (apt-get install chromium) or run as root." >&2
    exit 1
  fi
fi

echo "==> Installing dependencies"
npm install --no-audit --no-fund --loglevel=error

mkdir -p data/test
export DATABASE_URL="file:./data/test/check.db"
echo "==> Generating the Prisma client and styles"
npx prisma generate >/dev/null
npm run build:css --silent >/dev/null
echo "==> Format"
npm run format:check --silent
echo "==> Lint"
npm run lint --silent
echo "==> Typecheck"
npx tsc --noEmit
echo "==> Migrations match the schema"
npx tsx scripts/check-migrations.ts
echo "==> Unit tests"
npx vitest run
echo "==> Build"
npm run build --silent >/dev/null
echo "==> End-to-end tests (Chromium)"
npx playwright test
