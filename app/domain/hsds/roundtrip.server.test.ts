// Export → import into an empty directory → export gives the same document,
// every exported object validates against its HSDS schema, and importing an
// export into the directory it came from changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "../../../prisma/seed";
import { freshDatabase, type FreshDatabase } from "./db.testing";
import { exportDirectory } from "./export.server";
import { importHsds } from "./import.server";
import { errorsOf, hsdsValidators } from "./schemas.testing";
import type { Json } from "./to-hsds";

let source: FreshDatabase;
let target: FreshDatabase;
let exported: Json[];
const timings: Record<string, number> = {};

async function timed<T>(name: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  timings[name] = Math.round(performance.now() - started);
  return result;
}

beforeAll(async () => {
  source = await freshDatabase("source");
  target = await freshDatabase("target");
  await timed("seed", () => seed(source.db));
  // A draft: the export carries it too.
  await source.db.service.update({ where: { slug: "wohngeld" }, data: { status: "DRAFT" } });
  // Odd but possible data: published without a first publication date, a
  // location link without languages, an office without position or email.
  const first = await source.db.service.findFirstOrThrow({ orderBy: { slug: "asc" } });
  await source.db.service.update({ where: { id: first.id }, data: { firstPublishedAt: null } });
  const link = await source.db.serviceAtLocation.findFirstOrThrow({ orderBy: { hsdsId: "asc" } });
  await source.db.serviceAtLocation.update({ where: { id: link.id }, data: { languages: "" } });
  const office = await source.db.office.findFirstOrThrow({ orderBy: { hsdsId: "asc" } });
  await source.db.office.update({
    where: { id: office.id },
    data: { lat: null, lng: null, email: null, accessibility: "" },
  });
  exported = await timed("export", () => exportDirectory(source.db));
}, 120_000);

afterAll(async () => {
  await source?.close();
  await target?.close();
});

describe("HSDS export", () => {
  it("is an array of taxonomies, terms and fully nested organizations, each valid", async () => {
    const v = hsdsValidators();
    const counts = { taxonomy: 0, taxonomy_term: 0, organization: 0 };
    for (const item of exported) {
      const kind =
        "taxonomy_id" in item ? "taxonomy_term" : "locations" in item ? "organization" : "taxonomy";
      counts[kind] += 1;
      const validate =
        kind === "organization"
          ? v.compiled("organization")
          : v.plain(kind === "taxonomy" ? "taxonomy" : "taxonomy_term");
      expect(validate(item), `${kind} ${String(item.name)}:\n${errorsOf(validate)}`).toBe(true);
    }
    expect(counts).toEqual({
      taxonomy: 2,
      taxonomy_term: (await source.db.category.count()) + (await source.db.lifeSituation.count()),
      organization: await source.db.organization.count(),
    });
    const services = exported.flatMap((o) =>
      Array.isArray(o.services) ? (o.services as Json[]) : [],
    );
    expect(services).toHaveLength(await source.db.service.count());
    const wohngeld = services.find((s) => s["x-slug"] === "wohngeld")!;
    expect(wohngeld.status).toBe("inactive");
    expect(Object.keys(wohngeld["x-translations"] as object)).toEqual([
      "de",
      "en",
      "tr",
      "ar",
      "uk",
      "ru",
      "pl",
    ]);
    const json = JSON.stringify(exported);
    for (const user of await source.db.user.findMany({ select: { email: true } })) {
      expect(json).not.toContain(user.email);
    }
  }, 60_000);

  it("round trip: export → import into an empty directory → export is deep-equal", async () => {
    const report = await timed("import", () => importHsds(exported, { db: target.db }));
    expect(report.rejected).toEqual([]);
    expect(report.updated).toEqual([]);
    const again = await timed("export again", () => exportDirectory(target.db));
    expect(again).toEqual(exported);

    // The tables themselves agree, not only the documents.
    for (const table of [
      "organization",
      "office",
      "openingHours",
      "officeClosure",
      "category",
      "categoryTranslation",
      "lifeSituation",
      "lifeSituationTranslation",
      "service",
      "serviceTranslation",
      "serviceCategory",
      "serviceLifeSituation",
      "serviceExclusion",
      "requiredDocument",
      "requiredDocumentTranslation",
      "serviceChannel",
      "serviceAtLocation",
    ] as const) {
      const count = (db: typeof source.db) =>
        (db[table] as unknown as { count: () => Promise<number> }).count();
      expect(await count(target.db), table).toBe(await count(source.db));
    }
    const translation = async (db: typeof source.db) =>
      db.serviceTranslation.findFirstOrThrow({
        where: { locale: "en", service: { slug: "buergergeld" } },
        select: { title: true, summary: true, description: true, updatedAt: true },
      });
    expect(await translation(target.db)).toEqual(await translation(source.db));
  }, 120_000);

  it("importing an export into the directory it came from changes nothing", async () => {
    const before = await source.db.contentRevision.count();
    const report = await importHsds(exported, { db: source.db });
    expect(report.created).toEqual([]);
    expect(report.updated).toEqual([]);
    expect(report.rejected).toEqual([]);
    expect(report.revisions).toBe(0);
    expect(await source.db.contentRevision.count()).toBe(before);
    const unchanged = report.unchanged.length;
    expect(unchanged).toBeGreaterThan(exported.length);
  }, 120_000);

  it("reports its timings", () => {
    const size = JSON.stringify(exported).length;
    // Kept in the test output for the record (docs/hsds.md quotes them).
    console.info(`HSDS export ${Math.round(size / 1024)} kB; timings ms`, timings);
    expect(size).toBeGreaterThan(100_000);
  });
});
