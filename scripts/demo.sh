#!/usr/bin/env bash
# npm run demo: install, migrate the embedded SQLite database, load the demo
# data (idempotent), build and serve the portal in demo mode.
set -euo pipefail
cd "$(dirname "$0")/.."
export DATABASE_URL="${DATABASE_URL:-file:./data/app.db}"
mkdir -p data

echo "==> Installing dependencies"
npm install --no-audit --no-fund --loglevel=error
echo "==> Applying database migrations"
npx prisma migrate deploy
echo "==> Loading demo data"
npx tsx prisma/seed.ts
echo "==> Building"
npm run build --silent

export NODE_ENV=production DEMO_MODE=1 PORT="${PORT:-3000}"
cat <<INFO

  Sozialagentur Musterstadt – demo
  URL:       http://localhost:${PORT}/
  Mail:      no SMTP configured: mails appear at http://localhost:${PORT}/de/outbox
  Password for every demo account: demo-passwort-2026
    buerger@example.org       citizen (Amira Yilmaz, open case and support plan)
    fallmanager@example.org   caseworker
    empfang@example.org       front desk
    teamleitung@example.org   team lead
    admin@example.org         administrator
    partner@example.org       partner (Schuldnerberatung Musterstadt e.V.)
  Demo mode: the demo accounts need no second factor.

INFO
exec npx tsx server/index.ts
