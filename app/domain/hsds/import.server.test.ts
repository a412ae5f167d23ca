// The import with every official HSDS 3.0 example (what is accepted and what
// is rejected, and why), idempotency, history rows and the directory version.
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { directoryVersion } from "~/domain/directory/version.server";
import { prisma } from "~/utils/db.server";
import { freshDatabase, type FreshDatabase } from "./db.testing";
import { importHsds, type ImportReport } from "./import.server";
import { parseDocument } from "./import-cli";
import { hsdsDir } from "./schemas.testing";

const examples = path.join(hsdsDir(), "examples");
const read = (file: string): unknown =>
  JSON.parse(fs.readFileSync(path.join(examples, file), "utf8"));

/** "created service", … in report order. */
function outcomes(report: ImportReport): string[] {
  return (["created", "updated", "unchanged", "rejected"] as const).flatMap((o) =>
    report[o].map((item) => `${o} ${item.kind}`),
  );
}

const open: FreshDatabase[] = [];
async function empty() {
  const fresh = await freshDatabase("import");
  open.push(fresh);
  return fresh.db;
}
afterEach(async () => {
  while (open.length > 0) await open.pop()!.close();
});

/** What each official example gives when imported into an empty directory. */
const EXPECTED: Record<string, string[]> = {
  "base.json": ["rejected unknown"],
  "location.json": ["rejected location"],
  "organization_full.json": ["created organization", "created location", "created service"],
  "organization_list.json": ["created organization"],
  "service_at_location_full.json": [
    "created organization",
    "created location",
    "created service",
    "created service_at_location",
  ],
  "service_at_location_list.json": [
    "created organization",
    "created service",
    "rejected location",
    "rejected service_at_location",
  ],
  "service_full.json": ["created organization", "created location", "created service"],
  "service_list.json": ["created organization", "created service"],
  "tabular.json": ["rejected unknown"],
  "taxonomy.json": ["rejected taxonomy"],
  "taxonomy_list.json": ["rejected taxonomy"],
  "taxonomy_term.json": ["rejected taxonomy_term"],
  "taxonomy_term_list.json": ["rejected taxonomy_term"],
};

describe("importing the official HSDS 3.0 examples", () => {
  it("covers every example file", () => {
    expect(
      fs
        .readdirSync(examples)
        .filter((f) => f.endsWith(".json"))
        .sort(),
    ).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`${file}: ${expected.join(", ")}; a second import changes nothing`, async () => {
      const db = await empty();
      const first = await importHsds(read(file), { db });
      expect(outcomes(first)).toEqual(expected);
      for (const item of first.rejected) expect(item.reason).toBeTruthy();
      const revisions = await db.contentRevision.count();
      expect(revisions).toBe(first.revisions);

      const again = await importHsds(read(file), { db });
      expect(again.created).toEqual([]);
      expect(again.updated).toEqual([]);
      expect(again.rejected).toHaveLength(first.rejected.length);
      expect(again.revisions).toBe(0);
      expect(await db.contentRevision.count()).toBe(revisions);
    });
  }

  it("says why objects are rejected", async () => {
    const db = await empty();
    const reasons = async (file: string) =>
      (await importHsds(read(file), { db })).rejected.map((r) => r.reason).join(" | ");
    expect(await reasons("base.json")).toMatch(/API information/);
    expect(await reasons("tabular.json")).toMatch(/tabular/);
    expect(await reasons("location.json")).toMatch(/no organization/);
    expect(await reasons("taxonomy.json")).toMatch(/only its own taxonomies/);
    expect(await reasons("taxonomy_term.json")).toMatch(/only its own taxonomies/);
    expect(await reasons("service_at_location_list.json")).toMatch(
      /no address.*\| location .* is unknown/,
    );
  });

  it("stores what the directory holds of service_full.json, and no person", async () => {
    const db = await empty();
    const report = await importHsds(read("service_full.json"), { db });
    const service = await db.service.findUniqueOrThrow({
      where: { hsdsId: "ac148810-d857-441c-9679-408f346de14b" },
      include: {
        translations: true,
        channels: { orderBy: { sort: "asc" } },
        requiredDocuments: { include: { translations: true } },
        locations: { include: { office: { include: { openingHours: true } } } },
        responsibleOrganization: true,
      },
    });
    expect(service).toMatchObject({
      slug: "community-counselling",
      status: "PUBLISHED",
      url: "http://example.com/counselling",
      responsibleOrganization: { name: "Example Organization Inc.", kind: "PARTNER" },
    });
    const de = service.translations.find((t) => t.locale === "de")!;
    expect(de.title).toBe("Community Counselling");
    expect(de.summary).toMatch(/^Counselling Services provided by trained professionals/);
    expect(de.eligibility).toMatch(/aged 12 and over/);
    expect(de.howToApply).toMatch(/referral letter/);
    expect(de.costs).toMatch(/flat rate per hour/);
    expect(de.updatedAt.toISOString()).toBe("2023-03-15T10:30:45.123Z");
    expect(service.channels.map((c) => [c.kind, c.value])).toEqual([
      ["PHONE", "+44 1234 234567"],
      ["EMAIL", "email@example.com"],
    ]);
    expect(service.requiredDocuments[0]!.translations[0]!.title).toMatch(/official identification/);
    const [link] = service.locations;
    expect(link).toMatchObject({ hsdsId: "e94c9f38-1e8f-4564-91d4-d53501ab1765", languages: "ur" });
    expect(link!.office).toMatchObject({
      name: "MyCity Civic Center",
      street: "1-30 Main Street, MyVillage",
      postalCode: "ABC 1234",
      city: "MyCity",
      lat: null,
      email: null,
    });
    expect(link!.office.openingHours.map((h) => [h.weekday, h.opensAt, h.closesAt])).toEqual([
      [4, "10:00", "18:00"],
      [5, "10:00", "18:00"],
    ]);
    const notes = report.created.flatMap((i) => i.notes ?? []).join("\n");
    expect(notes).toMatch(/contacts not stored \(people are personal data\)/);
    expect(notes).toMatch(/latitude\/longitude/);
    expect(notes).toMatch(/taxonomy term 3f7b145d.* ignored/);
    const everything = JSON.stringify([
      await db.organization.findMany(),
      await db.office.findMany(),
      await db.serviceTranslation.findMany(),
      await db.serviceChannel.findMany(),
      await db.contentRevision.findMany(),
    ]);
    expect(everything).not.toContain("Ann Persona");
    expect(everything).not.toContain("Reception Manager");
  });

  it("writes history rows per entity and language and moves the directory version", async () => {
    const db = await empty();
    await importHsds(read("service_full.json"), { db });
    const rows = await db.contentRevision.findMany({ orderBy: { changedAt: "asc" } });
    expect(rows.map((r) => `${r.entityType}${r.locale ? `:${r.locale}` : ""}`).sort()).toEqual(
      ["Office", "Organization", "Service", "ServiceTranslation:de"].sort(),
    );
    expect(rows.every((r) => r.changedById === null)).toBe(true);
    expect(JSON.parse(rows.find((r) => r.entityType === "Service")!.snapshot)).toMatchObject({
      slug: "community-counselling",
      status: "PUBLISHED",
    });
    expect(await db.siteSetting.findUnique({ where: { key: "directory.version" } })).not.toBeNull();

    // An update writes only what changed.
    const changed = read("service_full.json") as Record<string, unknown>;
    changed.eligibility_description = "Everyone in MyCity.";
    const report = await importHsds(changed, { db });
    expect(report.updated.map((i) => i.kind)).toEqual(["service"]);
    const after = await db.contentRevision.findMany({
      where: { id: { notIn: rows.map((r) => r.id) } },
    });
    expect(after.map((r) => `${r.entityType}:${r.locale}`)).toEqual(["ServiceTranslation:de"]);
    expect(JSON.parse(after[0]!.snapshot)).toMatchObject({ eligibility: "Everyone in MyCity." });
  });

  it("bumps the version of the app's own database", async () => {
    const before = await directoryVersion();
    const id = crypto.randomUUID();
    const org = {
      id,
      name: `HSDS-Testträger ${id}`,
      description: "",
      website: "https://example.org",
    };
    const report = await importHsds(org, { db: prisma });
    expect(report.created.map((i) => i.id)).toEqual([id]);
    expect(await directoryVersion()).not.toBe(before);
    const again = await directoryVersion();
    await importHsds(org, { db: prisma });
    expect(await directoryVersion()).toBe(again);
  });

  it("imports every example one after the other into one directory", async () => {
    const db = await empty();
    const files = Object.keys(EXPECTED).sort();
    for (const file of files) await importHsds(read(file), { db });
    // The same organization, location and service appear in several files.
    expect(await db.organization.count()).toBe(1);
    expect(await db.office.count()).toBe(1);
    expect(await db.service.count()).toBe(1);
    expect(await db.serviceAtLocation.count()).toBe(1);
    for (const file of files) {
      const again = await importHsds(read(file), { db });
      expect(again.created, file).toEqual([]);
    }
  });
});

describe("parseDocument (the command's input)", () => {
  it("accepts objects and arrays, refuses what is not usable", () => {
    expect(parseDocument('{"id": 1}')).toEqual({ ok: true, value: { id: 1 } });
    expect(parseDocument("[]")).toEqual({ ok: true, value: [] });
    expect(parseDocument("")).toMatchObject({ ok: false });
    expect(parseDocument("{nope")).toMatchObject({
      ok: false,
      error: expect.stringMatching(/JSON/),
    });
    expect(parseDocument("42")).toMatchObject({
      ok: false,
      error: expect.stringMatching(/object or an array/),
    });
  });
});

describe("merging into what is stored", () => {
  it("keeps what a sparse object leaves out, replaces what it gives", async () => {
    const db = await empty();
    await importHsds(read("service_full.json"), { db });
    // A list item (one-to-one fields only) must not wipe documents, locations or phones.
    const report = await importHsds(read("service_list.json"), { db });
    expect(report.updated).toEqual([]);
    const service = await db.service.findUniqueOrThrow({
      where: { hsdsId: "ac148810-d857-441c-9679-408f346de14b" },
      include: { requiredDocuments: true, locations: true, channels: true },
    });
    expect(service.requiredDocuments).toHaveLength(1);
    expect(service.locations).toHaveLength(1);
    expect(service.channels).toHaveLength(2);

    const emptied = { ...(read("service_full.json") as object), required_documents: [] };
    const r2 = await importHsds(emptied, { db });
    expect(r2.updated.map((i) => i.kind)).toEqual(["service"]);
    expect(await db.requiredDocument.count({ where: { serviceId: service.id } })).toBe(0);
  });

  it("rejects a service without organization, and one without a name", async () => {
    const db = await empty();
    const report = await importHsds(
      [
        { id: crypto.randomUUID(), name: "Ohne Träger", status: "active" },
        { id: crypto.randomUUID(), status: "active", organization_id: crypto.randomUUID() },
        { id: "nope", name: "x", status: "active" },
      ],
      { db },
    );
    expect(report.rejected.map((r) => r.reason)).toEqual([
      expect.stringMatching(/no organization/),
      expect.stringMatching(/no German name/),
      expect.stringMatching(/not a UUID/),
    ]);
  });
});
