// The one PrismaClient of the process, on the libsql driver adapter (see
// docs/decisions/0001-database.md).
//
// - WAL mode lets readers go on while one writer writes. It is a property of the
//   database file, so switching it on once at first connect is enough.
// - The busy timeout (wait instead of failing with SQLITE_BUSY while another
//   process, e.g. the seed or a test worker, writes) is a property of each
//   connection. The adapter's own bundled @libsql/client 0.8 opens a fresh
//   connection after every transaction, which silently drops a
//   `PRAGMA busy_timeout` (measured: 5000 before a transaction, 0 after). So the
//   adapter is given our @libsql/client 0.18 instead, whose `timeout` option is
//   applied to every connection it opens.
// - In development Vite re-evaluates this module on every change; the client is
//   kept on globalThis so reloads do not pile up open connections.
import { createClient } from "@libsql/client";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "~/generated/prisma/client";
import { sqliteUrl } from "~/utils/db-url";

export const BUSY_TIMEOUT_MS = 5000;

type AdapterConfig = ConstructorParameters<typeof PrismaLibSQL>[0];
type AdapterClient = ReturnType<PrismaLibSQL["createClient"]>;

/** PrismaLibSQL whose connections all wait up to BUSY_TIMEOUT_MS for a lock. */
class PrismaLibSQLWithBusyTimeout extends PrismaLibSQL {
  override createClient(config: AdapterConfig): AdapterClient {
    // Same client API; the types differ only between the two package versions.
    return createClient({ url: config.url, timeout: BUSY_TIMEOUT_MS }) as unknown as AdapterClient;
  }
}

declare global {
  var __prisma: PrismaClient | undefined;
}

export function createPrismaClient(url: string = sqliteUrl()): PrismaClient {
  const client = new PrismaClient({ adapter: new PrismaLibSQLWithBusyTimeout({ url }) });
  // Queued before any other query of this client, so it runs at first connect.
  void client.$queryRawUnsafe("PRAGMA journal_mode=WAL").catch((error: unknown) => {
    console.error("Could not switch the database to WAL mode", error);
  });
  return client;
}

function getClient(): PrismaClient {
  // Test files share one process per worker: each gets its own client.
  if (process.env.NODE_ENV === "production" || process.env.VITEST) return createPrismaClient();
  globalThis.__prisma ??= createPrismaClient();
  return globalThis.__prisma;
}

export const prisma = getClient();
