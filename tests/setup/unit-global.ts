// Builds one migrated template database per test run, in a folder of its own
// (so two runs in one checkout never delete each other's files); each Vitest
// worker copies it (see unit.ts), so tests never share rows.
import { execSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export default function setup() {
  const dir = path.resolve("data/test", `run-${process.pid}-${Date.now().toString(36)}`);
  fs.mkdirSync(dir, { recursive: true });
  execSync("npx prisma migrate deploy", {
    env: { ...process.env, DATABASE_URL: `file:${path.join(dir, "template.db")}` },
    stdio: "pipe",
  });
  // Workers are started after this and inherit the variable.
  process.env.TEST_DB_DIR = dir;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
