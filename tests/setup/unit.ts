// Per worker: a private copy of the migrated template database, set before
// any app module reads DATABASE_URL. console.error in a test is a failure.
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, vi } from "vitest";

const dir = process.env.TEST_DB_DIR ?? path.resolve("data/test");
const file = path.join(dir, `worker-${process.env.VITEST_POOL_ID ?? process.pid}.db`);
if (!fs.existsSync(file)) fs.copyFileSync(path.join(dir, "template.db"), file);
process.env.DATABASE_URL = `file:${file}`;
process.env.NODE_ENV = "test";

let errorSpy: ReturnType<typeof vi.spyOn> | undefined;
beforeEach(() => {
  errorSpy = vi.spyOn(console, "error");
});
afterEach(() => {
  const calls = errorSpy?.mock.calls ?? [];
  errorSpy?.mockRestore();
  if (calls.length > 0)
    throw new Error(`console.error was called: ${JSON.stringify(calls[0]).slice(0, 500)}`);
});
