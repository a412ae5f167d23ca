// The server refuses to start on a database that lacks committed migrations.
import fs from "node:fs";
import path from "node:path";
import { createClient } from "@libsql/client";
import { sqliteUrl } from "../app/utils/db-url";

export const MIGRATIONS_DIR = path.resolve("prisma/schema/migrations");

export async function pendingMigrations(): Promise<string[]> {
  const committed = fs
    .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const client = createClient({ url: sqliteUrl() });
  try {
    let applied;
    try {
      applied = await client.execute(
        "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
      );
    } catch {
      return committed; // no migrations table yet: nothing applied
    }
    const done = new Set(applied.rows.map((r) => String(r.migration_name)));
    return committed.filter((name) => !done.has(name));
  } finally {
    client.close();
  }
}
