// Imports HSDS 3.0 JSON into the directory. Idempotent: the HSDS `id` is the
// hsdsId; an object whose content equals what is stored is left alone
// ("unchanged"). Each object is written in its own transaction, so one bad
// object is rejected and the rest still arrive. Every change writes
// ContentRevision rows (changedById null: a system change), and the
// directory version moves once at the end when anything changed.
import { bumpDirectoryVersion, DIRECTORY_VERSION_KEY } from "~/domain/directory/version.server";
import { prisma } from "~/utils/db.server";
import {
  collectUnits,
  isObject,
  parseLocation,
  parseOrganization,
  parseService,
  parseServiceAtLocation,
  parseTaxonomy,
  parseTerm,
  type Kind,
  type Unit,
} from "./from-hsds";
import {
  mergeOffice,
  mergeOrganization,
  mergeService,
  mergeTerm,
  sameContent,
  withLink,
} from "./merge";
import type { ServiceRecord, TaxonomyKind } from "./model";
import {
  loadOffices,
  loadOrganizations,
  loadService,
  loadTerms,
  officeSnapshots,
  organizationSnapshots,
  serviceSnapshots,
  termSnapshots,
  writeExclusions,
  writeOffice,
  writeOrganization,
  writeRevisions,
  writeService,
  writeTerm,
  type Db,
} from "./store.server";
import { TAXONOMIES } from "./model";

export type Outcome = "created" | "updated" | "unchanged" | "rejected";

export interface ReportItem {
  kind: Kind | "unknown";
  /** The HSDS id, when the object has one. */
  id?: string;
  name?: string;
  /** Where in the document: `$[2].services[0]`. */
  path: string;
  /** Why it was rejected. */
  reason?: string;
  /** What was adjusted or left out. */
  notes?: string[];
}

export interface ImportReport {
  created: ReportItem[];
  updated: ReportItem[];
  unchanged: ReportItem[];
  rejected: ReportItem[];
  /** ContentRevision rows written. */
  revisions: number;
  ms: number;
}

interface Result {
  outcome: Outcome;
  item: ReportItem;
}

type Client = typeof prisma;

export interface ImportOptions {
  db?: Client;
  now?: Date;
}

function describe(unit: Unit): ReportItem {
  const raw = isObject(unit.raw) ? unit.raw : {};
  const item: ReportItem = { kind: unit.kind ?? "unknown", path: unit.path };
  if (typeof raw.id === "string") item.id = raw.id;
  const name = raw.name ?? (isObject(raw.service) ? raw.service.name : undefined);
  if (typeof name === "string") item.name = name;
  return item;
}

function reject(unit: Unit, reason: string): Result {
  return { outcome: "rejected", item: { ...describe(unit), reason } };
}

function done(unit: Unit, outcome: Outcome, notes: string[]): Result {
  const item = describe(unit);
  if (notes.length > 0) item.notes = notes;
  return { outcome, item };
}

/** Imports a parsed JSON document (one object, an array, or a Page). */
export async function importHsds(
  input: unknown,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const started = performance.now();
  const db = options.db ?? prisma;
  const now = options.now ?? new Date();
  const report: ImportReport = {
    created: [],
    updated: [],
    unchanged: [],
    rejected: [],
    revisions: 0,
    ms: 0,
  };
  const seen = new Map<string, string>();
  /** Services whose file gives x-excludes: applied after all services exist. */
  const exclusions: { hsdsId: string; excludes: string[]; item: ReportItem; outcome: Outcome }[] =
    [];
  const results: Result[] = [];

  for (const unit of collectUnits(input)) {
    if (unit.rejection || unit.kind === null) {
      results.push(reject(unit, unit.rejection ?? "unknown object"));
      continue;
    }
    if (!isObject(unit.raw)) {
      results.push(reject(unit, "not a JSON object"));
      continue;
    }
    // The same object nested twice (a location in an organization and in a service) counts once.
    const key = `${unit.kind}:${String(unit.raw.id)}`;
    const json = JSON.stringify(unit.raw);
    if (seen.get(key) === json) continue;
    seen.set(key, json);

    try {
      const raw = unit.raw;
      const result = await db.$transaction((tx) => importUnit(tx, unit, raw, now), {
        maxWait: 30_000,
        timeout: 60_000,
      });
      report.revisions += result.revisions;
      results.push(result.result);
      if (result.excludes && result.result.outcome !== "rejected") {
        exclusions.push({
          hsdsId: result.excludes.hsdsId,
          excludes: result.excludes.list,
          item: result.result.item,
          outcome: result.result.outcome,
        });
      }
    } catch (error) {
      results.push(reject(unit, `database error: ${(error as Error).message.split("\n")[0]}`));
    }
  }

  // Exclusions, now that every service of the file exists.
  for (const ex of exclusions) {
    const r = await db.$transaction(async (tx) => {
      const service = await tx.service.findUnique({
        where: { hsdsId: ex.hsdsId },
        select: {
          id: true,
          exclusions: { select: { excludedService: { select: { hsdsId: true } } } },
        },
      });
      if (!service) return null;
      const others = await tx.service.findMany({
        where: { hsdsId: { in: ex.excludes } },
        select: { id: true, hsdsId: true },
      });
      const missing = ex.excludes.filter((id) => !others.some((o) => o.hsdsId === id));
      const current = service.exclusions.map((e) => e.excludedService.hsdsId).sort();
      const wanted = others.map((o) => o.hsdsId).sort();
      if (sameContent(current, wanted)) return { missing, changed: false, revisions: 0 };
      const before = await serviceSnapshots(tx, service.id);
      await writeExclusions(
        tx,
        service.id,
        others.map((o) => o.id),
      );
      const revisions = await writeRevisions(tx, before, await serviceSnapshots(tx, service.id));
      return { missing, changed: true, revisions };
    });
    if (!r) continue;
    report.revisions += r.revisions;
    if (r.missing.length > 0) {
      ex.item.notes = [
        ...(ex.item.notes ?? []),
        `x-excludes: unknown services ${r.missing.join(", ")}`,
      ];
    }
    if (r.changed && ex.outcome === "unchanged") {
      const result = results.find((x) => x.item === ex.item);
      if (result) result.outcome = "updated";
      ex.item.notes = [...(ex.item.notes ?? []), "exclusions changed"];
    }
  }

  for (const r of results) report[r.outcome].push(r.item);
  if (report.created.length + report.updated.length > 0) await bumpVersion(db);
  report.ms = Math.round(performance.now() - started);
  return report;
}

/** Moves the directory version of the database imported into (caches rebuild). */
async function bumpVersion(db: Client) {
  if (db === prisma) {
    await bumpDirectoryVersion(null);
    return;
  }
  // Another database (tests, a second directory): the same row, there.
  const value = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  await db.siteSetting.upsert({
    where: { key: DIRECTORY_VERSION_KEY },
    create: { key: DIRECTORY_VERSION_KEY, value },
    update: { value },
  });
}

interface UnitResult {
  result: Result;
  revisions: number;
  excludes?: { hsdsId: string; list: string[] };
}

async function importUnit(
  tx: Db,
  unit: Unit,
  raw: Record<string, unknown>,
  now: Date,
): Promise<UnitResult> {
  const none = (result: Result): UnitResult => ({ result, revisions: 0 });
  switch (unit.kind) {
    case "taxonomy": {
      const parsed = parseTaxonomy(raw);
      if (!parsed.ok) return none(reject(unit, parsed.reason));
      const t = TAXONOMIES[parsed.patch.taxonomy];
      const notes =
        raw.name === t.name && raw.description === t.description
          ? []
          : ["the names of the directory's taxonomies are fixed; name and description not changed"];
      return none(done(unit, "unchanged", notes));
    }

    case "taxonomy_term": {
      const parsed = parseTerm(raw);
      if (!parsed.ok) return none(reject(unit, parsed.reason));
      const terms = await loadTerms(tx);
      const existing = terms.find((t) => t.hsdsId === parsed.patch.hsdsId) ?? null;
      const sameTaxonomy = terms.filter((t) => t.taxonomy === parsed.patch.taxonomy);
      const nextSort = Math.max(0, ...sameTaxonomy.map((t) => t.sort)) + 10;
      const merged = mergeTerm(existing, parsed.patch, nextSort);
      if (!merged.ok) return none(reject(unit, merged.reason));
      const notes = [...parsed.notes, ...merged.notes];
      const record = merged.record;
      const clash = sameTaxonomy.find((t) => t.slug === record.slug && t.hsdsId !== record.hsdsId);
      if (clash) {
        record.slug = uniqueSlug(record.slug, new Set(sameTaxonomy.map((t) => t.slug)));
        notes.push(`code taken by another term: stored as ${record.slug}`);
      }
      if (existing && sameContent(strip(existing), record))
        return none(done(unit, "unchanged", notes));
      const before = existing ? await termSnapshots(tx, record.taxonomy, existing.id) : null;
      const id = await writeTerm(tx, record, existing?.id ?? null);
      const revisions = await writeRevisions(
        tx,
        before,
        await termSnapshots(tx, record.taxonomy, id),
      );
      return { result: done(unit, existing ? "updated" : "created", notes), revisions };
    }

    case "organization": {
      const parsed = parseOrganization(raw);
      if (!parsed.ok) return none(reject(unit, parsed.reason));
      const [existing] = await loadOrganizations(tx, { hsdsId: parsed.patch.hsdsId });
      const merged = mergeOrganization(existing ? strip(existing) : null, parsed.patch);
      if (!merged.ok) return none(reject(unit, merged.reason));
      const notes = [...parsed.notes, ...merged.notes];
      if (existing && sameContent(strip(existing), merged.record)) {
        return none(done(unit, "unchanged", notes));
      }
      const before = existing ? await organizationSnapshots(tx, existing.id) : null;
      const id = await writeOrganization(tx, merged.record, existing?.id ?? null);
      const revisions = await writeRevisions(tx, before, await organizationSnapshots(tx, id));
      return { result: done(unit, existing ? "updated" : "created", notes), revisions };
    }

    case "location": {
      const parsed = parseLocation(raw, unit.context);
      if (!parsed.ok) return none(reject(unit, parsed.reason));
      const [existing] = await loadOffices(tx, { hsdsId: parsed.patch.hsdsId });
      const merged = mergeOffice(existing ? strip(existing) : null, parsed.patch);
      if (!merged.ok) return none(reject(unit, merged.reason));
      const notes = [...parsed.notes, ...merged.notes];
      const org = await tx.organization.findUnique({
        where: { hsdsId: merged.record.organizationHsdsId },
        select: { id: true },
      });
      if (!org) {
        return none(reject(unit, `organization ${merged.record.organizationHsdsId} is unknown`));
      }
      if (existing && sameContent(strip(existing), merged.record)) {
        return none(done(unit, "unchanged", notes));
      }
      const before = existing ? await officeSnapshots(tx, existing.id) : null;
      const id = await writeOffice(tx, merged.record, existing?.id ?? null, org.id);
      const revisions = await writeRevisions(tx, before, await officeSnapshots(tx, id));
      return { result: done(unit, existing ? "updated" : "created", notes), revisions };
    }

    case "service": {
      const parsed = parseService(raw, unit.context);
      if (!parsed.ok) return none(reject(unit, parsed.reason));
      const existing = await loadService(tx, parsed.patch.hsdsId);
      const terms = await loadTerms(tx);
      const merged = mergeService({
        existing: existing ? strip(existing) : null,
        patch: parsed.patch,
        now,
        taxonomyOf: (id) => terms.find((t) => t.hsdsId === id)?.taxonomy ?? null,
      });
      if (!merged.ok) return none(reject(unit, merged.reason));
      const notes = [...parsed.notes, ...merged.notes];
      const result = await storeService(tx, merged.record, existing, notes, terms);
      if ("reason" in result) return none(reject(unit, result.reason));
      return {
        result: done(unit, result.outcome, notes),
        revisions: result.revisions,
        excludes: parsed.patch.excludes
          ? { hsdsId: parsed.patch.hsdsId, list: parsed.patch.excludes }
          : undefined,
      };
    }

    case "service_at_location": {
      const parsed = parseServiceAtLocation(raw);
      if (!parsed.ok) return none(reject(unit, parsed.reason));
      const existing = await loadService(tx, parsed.patch.serviceHsdsId);
      if (!existing) return none(reject(unit, `service ${parsed.patch.serviceHsdsId} is unknown`));
      const office = await tx.office.findUnique({
        where: { hsdsId: parsed.patch.officeHsdsId },
        select: { id: true },
      });
      if (!office) return none(reject(unit, `location ${parsed.patch.officeHsdsId} is unknown`));
      const record = withLink(strip(existing), parsed.patch);
      const notes = [...parsed.notes];
      if (sameContent(strip(existing), record)) return none(done(unit, "unchanged", notes));
      record.updatedAt = now;
      const result = await storeService(tx, record, existing, notes, await loadTerms(tx));
      if ("reason" in result) return none(reject(unit, result.reason));
      const isNew = !existing.locations.some((l) => l.hsdsId === parsed.patch.hsdsId);
      return {
        result: done(unit, isNew ? "created" : result.outcome, notes),
        revisions: result.revisions,
      };
    }

    default:
      return none(reject(unit, "unknown object"));
  }
}

/** Drops the internal id from a loaded record. */
function strip<T extends { id: string }>(row: T): Omit<T, "id"> {
  const { id: _, ...rest } = row;
  return rest;
}

function uniqueSlug(slug: string, taken: Set<string>): string {
  for (let n = 2; ; n++) {
    const candidate = `${slug}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

async function storeService(
  tx: Db,
  record: ServiceRecord,
  existing: (ServiceRecord & { id: string }) | null,
  notes: string[],
  terms: { hsdsId: string; id: string; taxonomy: TaxonomyKind }[],
): Promise<{ outcome: Outcome; revisions: number } | { reason: string }> {
  const org = await tx.organization.findUnique({
    where: { hsdsId: record.organizationHsdsId },
    select: { id: true },
  });
  if (!org) return { reason: `organization ${record.organizationHsdsId} is unknown` };

  // Links to unknown locations cannot be stored.
  const offices = await tx.office.findMany({
    where: { hsdsId: { in: record.locations.map((l) => l.officeHsdsId) } },
    select: { id: true, hsdsId: true },
  });
  const officeIds = new Map(offices.map((o) => [o.hsdsId, o.id]));
  const unknown = record.locations.filter((l) => !officeIds.has(l.officeHsdsId));
  if (unknown.length > 0) {
    notes.push(
      `service_at_locations: location ${unknown.map((l) => l.officeHsdsId).join(", ")} unknown, link skipped`,
    );
    record.locations = record.locations.filter((l) => officeIds.has(l.officeHsdsId));
  }

  // A slug another service uses gets a number.
  const clash = await tx.service.findFirst({
    where: { slug: record.slug, hsdsId: { not: record.hsdsId } },
    select: { id: true },
  });
  if (clash) {
    const taken = await tx.service.findMany({
      where: { slug: { startsWith: record.slug } },
      select: { slug: true },
    });
    const slug = uniqueSlug(record.slug, new Set(taken.map((t) => t.slug)));
    notes.push(`x-slug ${record.slug} is used by another service: stored as ${slug}`);
    record.slug = slug;
  }

  const comparable = (r: ServiceRecord) => ({ ...r, excludes: [] });
  if (existing && sameContent(comparable(strip(existing)), comparable(record))) {
    return { outcome: "unchanged", revisions: 0 };
  }
  const before = existing ? await serviceSnapshots(tx, existing.id) : null;
  const id = await writeService(
    tx,
    record,
    existing ? strip(existing) : null,
    existing?.id ?? null,
    {
      organizationId: org.id,
      officeIds,
      categoryIds: new Map(
        terms.filter((t) => t.taxonomy === "category").map((t) => [t.hsdsId, t.id]),
      ),
      lifeSituationIds: new Map(
        terms.filter((t) => t.taxonomy === "lifeSituation").map((t) => [t.hsdsId, t.id]),
      ),
    },
  );
  const revisions = await writeRevisions(tx, before, await serviceSnapshots(tx, id));
  return { outcome: existing ? "updated" : "created", revisions };
}
