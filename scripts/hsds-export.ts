// Writes the whole directory as HSDS 3.0 JSON (docs/hsds.md):
//   npx tsx scripts/hsds-export.ts directory.json
//   npx tsx scripts/hsds-export.ts - > directory.json
// An array: the two taxonomies, every taxonomy term, then every organization
// fully nested with its locations and services (drafts as "inactive"), every
// language in x-translations. Nothing about people. Import it again with
// scripts/hsds-import.ts: export → import → export gives the same document.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { exportDirectory } from "~/domain/hsds/export.server";
import { prisma } from "~/utils/db.server";

const { positionals } = parseArgs({ allowPositionals: true });
const target = positionals[0];
if (!target || positionals.length > 1) {
  console.error("Usage: npx tsx scripts/hsds-export.ts <file.json | ->");
  process.exit(2);
}

try {
  // Connect first: a database that is not there fails here, not halfway.
  await prisma.$queryRaw`SELECT 1`;
  const started = performance.now();
  const document = await exportDirectory();
  const json = `${JSON.stringify(document, null, 2)}\n`;
  if (target === "-") process.stdout.write(json);
  else fs.writeFileSync(target, json);
  const services = document.flatMap((o) => (Array.isArray(o.services) ? o.services : []));
  const locations = document.flatMap((o) => (Array.isArray(o.locations) ? o.locations : []));
  const organizations = document.filter((o) => Array.isArray(o.locations)).length;
  const terms = document.filter((o) => "taxonomy_id" in o).length;
  console.error(
    `HSDS export: ${organizations} organizations, ${locations.length} locations, ` +
      `${services.length} services, ${terms} taxonomy terms; ` +
      `${Math.round(json.length / 1024)} kB in ${Math.round(performance.now() - started)} ms` +
      (target === "-" ? "" : ` → ${target}`),
  );
} catch (error) {
  console.error("HSDS export failed:", error);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
