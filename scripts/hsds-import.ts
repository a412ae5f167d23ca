// Imports HSDS 3.0 JSON into the directory (docs/hsds.md):
//   npx tsx scripts/hsds-import.ts directory.json [--json] [--quiet]
//   cat page.json | npx tsx scripts/hsds-import.ts -
// Accepts one object, an array or a Page of services, organizations,
// locations, services at locations, taxonomies and taxonomy terms, fully
// nested. Idempotent (the HSDS id is the key). Prints what was created,
// updated, left unchanged or rejected and why; --json prints the report as
// JSON. Exits 1 only when the input is unusable (unreadable, not JSON, not an
// object or array) or the database fails; rejected objects do not fail it.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { formatReport, parseDocument } from "~/domain/hsds/import-cli";
import { importHsds } from "~/domain/hsds/import.server";
import { prisma } from "~/utils/db.server";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: "boolean" }, quiet: { type: "boolean" } },
});
const source = positionals[0];
if (!source || positionals.length > 1) {
  console.error("Usage: npx tsx scripts/hsds-import.ts <file.json | -> [--json] [--quiet]");
  process.exit(2);
}

let text: string;
try {
  text = fs.readFileSync(source === "-" ? 0 : source, "utf8");
} catch (error) {
  console.error(`Cannot read ${source}: ${(error as Error).message}`);
  process.exit(1);
}
const parsed = parseDocument(text);
if (!parsed.ok) {
  console.error(`Unusable input ${source}: ${parsed.error}`);
  process.exit(1);
}

try {
  // Connect first: a database that is not there fails here, not halfway.
  await prisma.$queryRaw`SELECT 1`;
  const report = await importHsds(parsed.value);
  console.log(
    values.json ? JSON.stringify(report, null, 2) : formatReport(report, { notes: !values.quiet }),
  );
} catch (error) {
  console.error("HSDS import failed:", error);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
