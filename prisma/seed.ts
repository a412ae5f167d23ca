// Demo data for the fictional city of Musterstadt (NRW): the agency, partner
// organisations and authorities, 37 real social services in seven languages,
// staff in every role, and the citizens of JOURNEYS.md with their cases and
// appointments (dates relative to today, Europe/Berlin).
//
// Idempotent: every entity is upserted by a natural key (hsdsId, slug, email,
// reference); rows that belong to a demo entity are rebuilt. Run it as often as
// you like:  DATABASE_URL=file:./data/app.db npx tsx prisma/seed.ts
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { PrismaClient } from "~/generated/prisma/client";
import { hashPassword } from "~/utils/password.server";
import { seedAppointments } from "./seed-data/appointments";
import { seedBooking } from "./seed-data/booking";
import { seedCaseContent, seedCases } from "./seed-data/cases";
import type { SeedContext } from "./seed-data/context";
import { DEMO_PASSWORD, seedPeople } from "./seed-data/people";
import { seedSite } from "./seed-data/site";
import { seedOrganizations, seedServices, seedTaxonomy } from "./seed-data/write-directory";

/** Tables whose row counts the summary reports. */
const COUNTED = [
  "organization",
  "office",
  "openingHours",
  "officeClosure",
  "category",
  "lifeSituation",
  "service",
  "serviceTranslation",
  "requiredDocument",
  "serviceAtLocation",
  "user",
  "team",
  "staffWorkingHours",
  "bookingTopic",
  "staffTopic",
  "case",
  "assessment",
  "supportPlanVersion",
  "step",
  "appointment",
  "staffTimeLock",
  "referral",
  "consent",
  "auditLog",
] as const;

type Counts = Record<(typeof COUNTED)[number], number>;

async function countRows(prisma: PrismaClient): Promise<Counts> {
  const entries = await Promise.all(
    COUNTED.map(async (table) => {
      // Every model delegate has count(); the union type is too wide for TS to call directly.
      const delegate = prisma[table] as unknown as { count: () => Promise<number> };
      return [table, await delegate.count()] as const;
    }),
  );
  return Object.fromEntries(entries) as Counts;
}

export interface SeedResult {
  before: Counts;
  after: Counts;
  ms: number;
}

export async function seed(prisma: PrismaClient, now: Date = new Date()): Promise<SeedResult> {
  const started = performance.now();
  const before = await countRows(prisma);
  // Hash once: argon2id takes ~70 ms and every demo account shares the password.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await prisma.$transaction(
    async (db) => {
      const ctx: SeedContext = {
        db,
        now,
        passwordHash,
        orgIds: new Map(),
        officeIds: new Map(),
        categoryIds: new Map(),
        lifeSituationIds: new Map(),
        serviceIds: new Map(),
        userIds: new Map(),
        teamIds: new Map(),
        caseIds: new Map(),
        appointmentIds: new Map(),
        topicIds: new Map(),
      };
      await seedOrganizations(ctx);
      await seedTaxonomy(ctx);
      await seedServices(ctx);
      await seedPeople(ctx);
      await seedBooking(ctx);
      await seedCases(ctx);
      await seedAppointments(ctx);
      await seedCaseContent(ctx);
      await seedSite(ctx);
    },
    // One transaction: all or nothing, and much faster on SQLite than one
    // commit per row. The limits are generous for slow CI disks.
    { maxWait: 30_000, timeout: 180_000 },
  );

  return { before, after: await countRows(prisma), ms: Math.round(performance.now() - started) };
}

export function formatSummary({ before, after, ms }: SeedResult): string {
  const lines = COUNTED.map((table) => {
    const delta = after[table] - before[table];
    const change = delta === 0 ? "unchanged" : `${delta > 0 ? "+" : ""}${delta}`;
    return `  ${table.padEnd(20)} ${String(after[table]).padStart(5)}  (${change})`;
  });
  return [
    `Seeded Musterstadt demo data in ${ms} ms. Rows per table (change in this run):`,
    ...lines,
    `Demo accounts (password "${DEMO_PASSWORD}"): buerger@, fallmanager@, empfang@, teamleitung@, admin@, partner@example.org`,
  ].join("\n");
}

const isMain =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);

if (isMain) {
  const { prisma } = await import("~/utils/db.server");
  try {
    console.log(formatSummary(await seed(prisma)));
  } catch (error) {
    console.error("Seeding failed:", error);
    process.exitCode = 1;
  } finally {
    await prisma.$disconnect();
  }
}
