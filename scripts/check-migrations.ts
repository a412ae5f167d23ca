// Fails when the Prisma schema and the committed migrations disagree: the
// migrations applied to an empty database must produce exactly the schema.
import { execFileSync } from "node:child_process";

const out = execFileSync(
  "npx",
  [
    "prisma",
    "migrate",
    "diff",
    "--from-migrations",
    "prisma/schema/migrations",
    "--to-schema-datamodel",
    "prisma/schema",
    "--script",
  ],
  { encoding: "utf8", env: process.env },
);
const statements = out
  .split("\n")
  .filter((l) => l.trim() && !l.trim().startsWith("--"))
  .join("\n")
  .trim();
if (statements) {
  console.error("The schema has changes without a migration. Create one:\n" + out);
  process.exit(1);
}
console.log("Migrations and schema agree.");
