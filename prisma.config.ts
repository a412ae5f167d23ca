// Prisma 6 with its Wasm schema engine and the libsql driver adapter, so that
// `migrate` and `generate` work offline (no engine binaries are downloaded).
// See docs/decisions/0001-database.md.
import path from "node:path";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import { defineConfig } from "prisma/config";
import { sqliteUrl } from "./app/utils/db-url";

/**
 * The Wasm engine sends a whole migration file to the shadow database as one
 * statement; libsql would silently run only the first one. Route multi-statement
 * scripts through `executeScript` instead.
 */
function runScriptsWhole(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    const statements = query.sql.split(";").filter((s) => s.trim() !== "");
    if (query.args.length === 0 && statements.length > 1) {
      await adapter.executeScript(query.sql);
      return 0;
    }
    return executeRaw(query);
  };
  return adapter;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema"),
  async adapter() {
    const factory = new PrismaLibSQL({ url: sqliteUrl() });
    const connectToShadowDb = factory.connectToShadowDb.bind(factory);
    factory.connectToShadowDb = async () => runScriptsWhole(await connectToShadowDb());
    return factory;
  },
});
