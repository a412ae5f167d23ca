// Test support (not a test): an empty, migrated database of its own, for
// import and round-trip tests that must start from nothing. A copy of the
// template database the test setup builds (tests/setup/unit-global.ts).
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "~/generated/prisma/client";
import { createPrismaClient } from "~/utils/db.server";

export interface FreshDatabase {
  db: PrismaClient;
  close(): Promise<void>;
}

export async function freshDatabase(name: string): Promise<FreshDatabase> {
  const dir = process.env.TEST_DB_DIR ?? path.resolve("data/test");
  const file = path.join(dir, `hsds-${name}-${process.pid}-${randomUUID().slice(0, 8)}.db`);
  fs.copyFileSync(path.join(dir, "template.db"), file);
  const db = createPrismaClient(`file:${file}`);
  // Connects, after the client's own start-up pragma.
  await db.$queryRawUnsafe("SELECT 1");
  return {
    db,
    async close() {
      await db.$disconnect();
      for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
    },
  };
}
