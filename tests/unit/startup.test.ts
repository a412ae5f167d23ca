// The server's start-up check and the first-administrator command, run
// against their own database files.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pendingMigrations, MIGRATIONS_DIR } from "../../server/migrations";

const dir = process.env.TEST_DB_DIR ?? path.resolve("data/test");

describe("pendingMigrations", () => {
  it("lists every committed migration on an empty database", async () => {
    const file = path.join(dir, `empty-${process.pid}.db`);
    fs.rmSync(file, { force: true });
    const committed = fs
      .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory());
    process.env.DATABASE_URL = `file:${file}`;
    expect(await pendingMigrations()).toHaveLength(committed.length);
  });
  it("lists nothing on a migrated database", async () => {
    process.env.DATABASE_URL = `file:${path.join(dir, "template.db")}`;
    expect(await pendingMigrations()).toEqual([]);
  });
});

describe("npm run create-admin", () => {
  it("creates the first administrator with a one-time link, and refuses a second", () => {
    const file = path.join(dir, `admin-${process.pid}.db`);
    fs.copyFileSync(path.join(dir, "template.db"), file);
    const env = {
      ...process.env,
      DATABASE_URL: `file:${file}`,
      NODE_ENV: "production",
    } as NodeJS.ProcessEnv;
    const args = [
      "tsx",
      "scripts/create-admin.ts",
      "--email",
      "Chefin@Stadt.example",
      "--name",
      "Erika Muster",
    ];
    const out = execFileSync("npx", args, { env, encoding: "utf8" });
    expect(out).toContain("chefin@stadt.example");
    expect(out).toMatch(/\/de\/reset-password\?token=[\w-]{20,}/);
    const again = spawnSync(
      "npx",
      [...args.slice(0, 3), "other@stadt.example", "--name", "Zweite Person"],
      { env, encoding: "utf8" },
    );
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("An administrator exists already");
  });
});
