// Builds one migrated template database per test run; each Vitest worker
// copies it (see unit.ts), so tests never share rows.
import { execSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const TEMPLATE_DIR = path.resolve("data/test");
export const TEMPLATE_DB = path.join(TEMPLATE_DIR, "template.db");

export default function setup() {
  fs.rmSync(TEMPLATE_DIR, { recursive: true, force: true });
  fs.mkdirSync(TEMPLATE_DIR, { recursive: true });
  execSync("npx prisma migrate deploy", {
    env: { ...process.env, DATABASE_URL: `file:${TEMPLATE_DB}` },
    stdio: "pipe",
  });
}
