// The database ⇄ records (model.ts). Reading never selects anything about
// people: no editors, no users, no staff. Writing replaces an entity's parts
// as a whole and sets the timestamps the record carries, so an imported
// service keeps the dates of its source.
import { isLanguage } from "~/i18n";
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import type {
  LocationLink,
  OfficeRecord,
  OrganizationRecord,
  ServiceRecord,
  ServiceText,
  TaxonomyKind,
  TermRecord,
  Texts,
} from "./model";

export type Db = PrismaClient | Prisma.TransactionClient;

const TEXT_SELECT = {
  locale: true,
  title: true,
  summary: true,
  description: true,
  eligibility: true,
  benefits: true,
  howToApply: true,
  costs: true,
  keywords: true,
  easyLanguage: true,
  updatedAt: true,
} as const satisfies Prisma.ServiceTranslationSelect;

const SERVICE_SELECT = {
  id: true,
  hsdsId: true,
  slug: true,
  status: true,
  legalBasis: true,
  emergency: true,
  appliesFromApplicationMonth: true,
  bookingTopicKey: true,
  keywords: true,
  url: true,
  firstPublishedAt: true,
  publishedAt: true,
  updatedAt: true,
  responsibleOrganization: { select: { hsdsId: true } },
  translations: { select: TEXT_SELECT },
  categories: { select: { category: { select: { hsdsId: true } } } },
  lifeSituations: { select: { lifeSituation: { select: { hsdsId: true } } } },
  requiredDocuments: {
    orderBy: { sort: "asc" },
    select: {
      uri: true,
      translations: { select: { locale: true, title: true, note: true } },
    },
  },
  channels: {
    orderBy: [{ sort: "asc" }, { id: "asc" }],
    select: { kind: true, value: true, label: true },
  },
  locations: {
    select: { hsdsId: true, languages: true, note: true, office: { select: { hsdsId: true } } },
  },
  exclusions: { select: { excludedService: { select: { hsdsId: true } } } },
} as const satisfies Prisma.ServiceSelect;

type ServiceRow = Prisma.ServiceGetPayload<{ select: typeof SERVICE_SELECT }>;

function textsOf<T extends { locale: string }, V>(rows: T[], pick: (row: T) => V): Texts<V> {
  const texts: Texts<V> = {};
  for (const row of rows) {
    if (isLanguage(row.locale)) texts[row.locale] = pick(row);
  }
  return texts;
}

export function splitLanguages(value: string): string[] {
  return value
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function toServiceRecord(row: ServiceRow): ServiceRecord & { id: string } {
  return {
    id: row.id,
    hsdsId: row.hsdsId,
    slug: row.slug,
    status: row.status,
    legalBasis: row.legalBasis,
    organizationHsdsId: row.responsibleOrganization.hsdsId,
    emergency: row.emergency,
    appliesFromApplicationMonth: row.appliesFromApplicationMonth,
    bookingTopicKey: row.bookingTopicKey,
    keywords: row.keywords,
    url: row.url,
    firstPublishedAt: row.firstPublishedAt,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    texts: textsOf(row.translations, ({ locale: _, ...text }): ServiceText => text),
    categories: row.categories.map((c) => c.category.hsdsId).sort(byId),
    lifeSituations: row.lifeSituations.map((l) => l.lifeSituation.hsdsId).sort(byId),
    documents: row.requiredDocuments.map((d) => ({
      uri: d.uri,
      texts: textsOf(d.translations, (t) => ({ title: t.title, note: t.note })),
    })),
    channels: row.channels.map((c) => ({ kind: c.kind, value: c.value, label: c.label })),
    locations: row.locations
      .map((l): LocationLink => ({
        hsdsId: l.hsdsId,
        officeHsdsId: l.office.hsdsId,
        languages: splitLanguages(l.languages),
        note: l.note,
      }))
      .sort((a, b) => byId(a.hsdsId, b.hsdsId)),
    excludes: row.exclusions.map((e) => e.excludedService.hsdsId).sort(byId),
  };
}

export async function loadServices(
  db: Db,
  where: Prisma.ServiceWhereInput,
): Promise<(ServiceRecord & { id: string })[]> {
  const rows = await db.service.findMany({
    where,
    select: SERVICE_SELECT,
    orderBy: { slug: "asc" },
  });
  return rows.map(toServiceRecord);
}

export async function loadService(
  db: Db,
  hsdsId: string,
): Promise<(ServiceRecord & { id: string }) | null> {
  const row = await db.service.findUnique({ where: { hsdsId }, select: SERVICE_SELECT });
  return row ? toServiceRecord(row) : null;
}

const ORGANIZATION_SELECT = {
  id: true,
  hsdsId: true,
  kind: true,
  name: true,
  description: true,
  email: true,
  phone: true,
  website: true,
} as const satisfies Prisma.OrganizationSelect;

export async function loadOrganizations(
  db: Db,
  where: Prisma.OrganizationWhereInput = {},
): Promise<(OrganizationRecord & { id: string })[]> {
  return db.organization.findMany({
    where,
    select: ORGANIZATION_SELECT,
    orderBy: [{ name: "asc" }, { hsdsId: "asc" }],
  });
}

const OFFICE_SELECT = {
  id: true,
  hsdsId: true,
  organization: { select: { hsdsId: true } },
  name: true,
  street: true,
  postalCode: true,
  city: true,
  lat: true,
  lng: true,
  phone: true,
  email: true,
  accessibility: true,
  transportation: true,
  openingHours: {
    orderBy: [{ weekday: "asc" }, { opensAt: "asc" }, { closesAt: "asc" }],
    select: { weekday: true, opensAt: true, closesAt: true, walkInOnly: true },
  },
  closures: {
    orderBy: [{ startsOn: "asc" }, { endsOn: "asc" }],
    select: { startsOn: true, endsOn: true, reason: true },
  },
} as const satisfies Prisma.OfficeSelect;

const day = (d: Date) => d.toISOString().slice(0, 10);

export async function loadOffices(
  db: Db,
  where: Prisma.OfficeWhereInput = {},
): Promise<(OfficeRecord & { id: string })[]> {
  const rows = await db.office.findMany({
    where,
    select: OFFICE_SELECT,
    orderBy: [{ name: "asc" }, { hsdsId: "asc" }],
  });
  return rows.map(({ organization, openingHours, closures, ...o }) => ({
    ...o,
    organizationHsdsId: organization.hsdsId,
    hours: openingHours,
    closures: closures.map((c) => ({
      startsOn: day(c.startsOn),
      endsOn: day(c.endsOn),
      reason: c.reason,
    })),
  }));
}

export async function loadTerms(db: Db): Promise<(TermRecord & { id: string })[]> {
  const select = {
    id: true,
    hsdsId: true,
    slug: true,
    sort: true,
    translations: { select: { locale: true, title: true, description: true } },
  } as const;
  const [categories, situations] = await Promise.all([
    db.category.findMany({ select, orderBy: [{ sort: "asc" }, { slug: "asc" }] }),
    db.lifeSituation.findMany({ select, orderBy: [{ sort: "asc" }, { slug: "asc" }] }),
  ]);
  const term =
    (taxonomy: TaxonomyKind) =>
    (row: (typeof categories)[number]): TermRecord & { id: string } => ({
      taxonomy,
      id: row.id,
      hsdsId: row.hsdsId,
      slug: row.slug,
      sort: row.sort,
      texts: textsOf(row.translations, (t) => ({ title: t.title, description: t.description })),
    });
  return [...categories.map(term("category")), ...situations.map(term("lifeSituation"))];
}

// ---------------------------------------------------------------- writing

export async function writeOrganization(
  db: Db,
  record: OrganizationRecord,
  existingId: string | null,
): Promise<string> {
  const { hsdsId, ...data } = record;
  if (existingId) {
    await db.organization.update({ where: { id: existingId }, data });
    return existingId;
  }
  return (await db.organization.create({ data: { hsdsId, ...data }, select: { id: true } })).id;
}

export async function writeOffice(
  db: Db,
  record: OfficeRecord,
  existingId: string | null,
  organizationId: string,
): Promise<string> {
  const { hsdsId, organizationHsdsId: _, hours, closures, ...fields } = record;
  const data = { ...fields, organizationId };
  const id = existingId
    ? (await db.office.update({ where: { id: existingId }, data, select: { id: true } })).id
    : (await db.office.create({ data: { hsdsId, ...data }, select: { id: true } })).id;
  await db.openingHours.deleteMany({ where: { officeId: id } });
  await db.openingHours.createMany({ data: hours.map((h) => ({ officeId: id, ...h })) });
  await db.officeClosure.deleteMany({ where: { officeId: id } });
  await db.officeClosure.createMany({
    data: closures.map((c) => ({
      officeId: id,
      startsOn: new Date(`${c.startsOn}T00:00:00Z`),
      endsOn: new Date(`${c.endsOn}T00:00:00Z`),
      reason: c.reason,
    })),
  });
  return id;
}

export async function writeTerm(
  db: Db,
  record: TermRecord,
  existingId: string | null,
): Promise<string> {
  const base = { slug: record.slug, sort: record.sort };
  if (record.taxonomy === "category") {
    const id = existingId
      ? (await db.category.update({ where: { id: existingId }, data: base, select: { id: true } }))
          .id
      : (
          await db.category.create({
            data: { hsdsId: record.hsdsId, ...base },
            select: { id: true },
          })
        ).id;
    const locales = Object.keys(record.texts);
    await db.categoryTranslation.deleteMany({
      where: { categoryId: id, locale: { notIn: locales } },
    });
    for (const [locale, text] of Object.entries(record.texts)) {
      if (!text) continue;
      await db.categoryTranslation.upsert({
        where: { categoryId_locale: { categoryId: id, locale } },
        create: { categoryId: id, locale, ...text },
        update: text,
      });
    }
    return id;
  }
  const id = existingId
    ? (
        await db.lifeSituation.update({
          where: { id: existingId },
          data: base,
          select: { id: true },
        })
      ).id
    : (
        await db.lifeSituation.create({
          data: { hsdsId: record.hsdsId, ...base },
          select: { id: true },
        })
      ).id;
  const locales = Object.keys(record.texts);
  await db.lifeSituationTranslation.deleteMany({
    where: { lifeSituationId: id, locale: { notIn: locales } },
  });
  for (const [locale, text] of Object.entries(record.texts)) {
    if (!text) continue;
    await db.lifeSituationTranslation.upsert({
      where: { lifeSituationId_locale: { lifeSituationId: id, locale } },
      create: { lifeSituationId: id, locale, ...text },
      update: text,
    });
  }
  return id;
}

/** Internal ids the service's references resolve to. */
export interface ServiceRefs {
  organizationId: string;
  officeIds: ReadonlyMap<string, string>;
  categoryIds: ReadonlyMap<string, string>;
  lifeSituationIds: ReadonlyMap<string, string>;
}

/**
 * Writes a service and, of its parts, only those that differ from `before`
 * (the stored record; null for a new service). Translations that change lose
 * their editor (updatedById): the import is a system change.
 */
export async function writeService(
  db: Db,
  record: ServiceRecord,
  before: ServiceRecord | null,
  existingId: string | null,
  refs: ServiceRefs,
): Promise<string> {
  const data = {
    slug: record.slug,
    status: record.status,
    legalBasis: record.legalBasis,
    responsibleOrganizationId: refs.organizationId,
    emergency: record.emergency,
    appliesFromApplicationMonth: record.appliesFromApplicationMonth,
    bookingTopicKey: record.bookingTopicKey,
    keywords: record.keywords,
    url: record.url,
    firstPublishedAt: record.firstPublishedAt,
    publishedAt: record.publishedAt,
    updatedAt: record.updatedAt,
  };
  const id = existingId
    ? (await db.service.update({ where: { id: existingId }, data, select: { id: true } })).id
    : (await db.service.create({ data: { hsdsId: record.hsdsId, ...data }, select: { id: true } }))
        .id;
  const differs = (a: unknown, b: unknown) => stable(a) !== stable(b);

  const locales = Object.keys(record.texts);
  if (before && Object.keys(before.texts).some((l) => !locales.includes(l))) {
    await db.serviceTranslation.deleteMany({
      where: { serviceId: id, locale: { notIn: locales } },
    });
  }
  const texts = Object.entries(record.texts).filter(
    (entry): entry is [string, ServiceText] =>
      entry[1] !== undefined &&
      differs(before?.texts[entry[0] as keyof Texts<ServiceText>], entry[1]),
  );
  if (!before) {
    await db.serviceTranslation.createMany({
      data: texts.map(([locale, text]) => ({ serviceId: id, locale, ...text })),
    });
  } else {
    for (const [locale, text] of texts) {
      await db.serviceTranslation.upsert({
        where: { serviceId_locale: { serviceId: id, locale } },
        create: { serviceId: id, locale, ...text },
        update: { ...text, updatedById: null },
      });
    }
  }

  const need = (map: ReadonlyMap<string, string>, key: string) => {
    const v = map.get(key);
    if (!v) throw new Error(`unresolved reference ${key}`);
    return v;
  };
  if (!before || differs(before.categories, record.categories)) {
    if (before) await db.serviceCategory.deleteMany({ where: { serviceId: id } });
    await db.serviceCategory.createMany({
      data: record.categories.map((c) => ({
        serviceId: id,
        categoryId: need(refs.categoryIds, c),
      })),
    });
  }
  if (!before || differs(before.lifeSituations, record.lifeSituations)) {
    if (before) await db.serviceLifeSituation.deleteMany({ where: { serviceId: id } });
    await db.serviceLifeSituation.createMany({
      data: record.lifeSituations.map((l) => ({
        serviceId: id,
        lifeSituationId: need(refs.lifeSituationIds, l),
      })),
    });
  }

  if (!before || differs(before.documents, record.documents)) {
    if (before) await db.requiredDocument.deleteMany({ where: { serviceId: id } });
    const docs = await db.requiredDocument.createManyAndReturn({
      data: record.documents.map((doc, sort) => ({ serviceId: id, sort, uri: doc.uri })),
      select: { id: true, sort: true },
    });
    await db.requiredDocumentTranslation.createMany({
      data: docs.flatMap(({ id: requiredDocumentId, sort }) =>
        Object.entries(record.documents[sort]!.texts).flatMap(([locale, t]) =>
          t ? [{ requiredDocumentId, locale, ...t }] : [],
        ),
      ),
    });
  }

  if (!before || differs(before.channels, record.channels)) {
    if (before) await db.serviceChannel.deleteMany({ where: { serviceId: id } });
    await db.serviceChannel.createMany({
      data: record.channels.map((c, sort) => ({ serviceId: id, ...c, sort })),
    });
  }

  if (!before || differs(before.locations, record.locations)) {
    const keep = record.locations.map((l) => l.hsdsId);
    if (before) {
      await db.serviceAtLocation.deleteMany({ where: { serviceId: id, hsdsId: { notIn: keep } } });
    }
    for (const link of record.locations) {
      if (
        before &&
        !differs(
          before.locations.find((l) => l.hsdsId === link.hsdsId),
          link,
        )
      )
        continue;
      const data = {
        serviceId: id,
        officeId: need(refs.officeIds, link.officeHsdsId),
        languages: link.languages.join(","),
        note: link.note,
      };
      await db.serviceAtLocation.upsert({
        where: { hsdsId: link.hsdsId },
        create: { hsdsId: link.hsdsId, ...data },
        update: data,
      });
    }
  }
  return id;
}

/** JSON with sorted keys: equal data, equal text, whatever the key order. */
function stable(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** Sets the exclusions of one service, in both directions. */
export async function writeExclusions(db: Db, serviceId: string, excludedIds: string[]) {
  await db.serviceExclusion.deleteMany({
    where: { OR: [{ serviceId }, { excludedServiceId: serviceId }] },
  });
  const pairs = excludedIds
    .filter((other) => other !== serviceId)
    .flatMap((other) => [
      { serviceId, excludedServiceId: other },
      { serviceId: other, excludedServiceId: serviceId },
    ]);
  await db.serviceExclusion.createMany({ data: pairs });
}

// ---------------------------------------------------------------- history (ContentRevision)
//
// Snapshots have the shape the back office's history page reads
// (directory-admin): flat JSON per entity, translations under their parent's
// id with a locale. The import writes one revision per entity and language
// whose snapshot changed; changedById stays null (a system change).

export type Snapshot = Record<string, unknown>;

export interface EntitySnapshots {
  entityType: "Service" | "Office" | "Organization" | "Category" | "LifeSituation";
  entityId: string;
  base: Snapshot | null;
  /** Per locale; null when the entity has no text in that locale. */
  texts: Record<string, Snapshot>;
}

export async function serviceSnapshots(db: Db, serviceId: string): Promise<EntitySnapshots> {
  const s = await db.service.findUnique({
    where: { id: serviceId },
    select: {
      slug: true,
      status: true,
      legalBasis: true,
      responsibleOrganization: { select: { name: true } },
      emergency: true,
      appliesFromApplicationMonth: true,
      bookingTopicKey: true,
      keywords: true,
      url: true,
      categories: { select: { category: { select: { slug: true } } } },
      lifeSituations: { select: { lifeSituation: { select: { slug: true } } } },
      requiredDocuments: {
        orderBy: { sort: "asc" },
        select: { translations: { select: { locale: true, title: true, note: true } } },
      },
      channels: {
        orderBy: [{ sort: "asc" }, { id: "asc" }],
        select: { kind: true, value: true, label: true },
      },
      locations: { select: { languages: true, note: true, office: { select: { name: true } } } },
      publishedAt: true,
      firstPublishedAt: true,
      translations: { select: TEXT_SELECT },
    },
  });
  if (!s) return { entityType: "Service", entityId: serviceId, base: null, texts: {} };
  const base: Snapshot = {
    slug: s.slug,
    status: s.status,
    legalBasis: s.legalBasis,
    responsibleOrganization: s.responsibleOrganization.name,
    emergency: s.emergency,
    appliesFromApplicationMonth: s.appliesFromApplicationMonth,
    bookingTopicKey: s.bookingTopicKey,
    keywords: s.keywords,
    url: s.url,
    categories: s.categories.map((c) => c.category.slug).sort(),
    lifeSituations: s.lifeSituations.map((l) => l.lifeSituation.slug).sort(),
    documents: s.requiredDocuments.map(
      (d) => d.translations.find((t) => t.locale === "de")?.title ?? "",
    ),
    channels: s.channels,
    locations: s.locations
      .map((l) => ({ office: l.office.name, languages: l.languages, note: l.note }))
      .sort((a, b) => a.office.localeCompare(b.office, "de")),
    publishedAt: s.publishedAt?.toISOString() ?? null,
    firstPublishedAt: s.firstPublishedAt?.toISOString() ?? null,
  };
  const texts: Record<string, Snapshot> = {};
  for (const t of s.translations) {
    const snapshot: Snapshot = {
      title: t.title,
      summary: t.summary,
      description: t.description,
      eligibility: t.eligibility,
      benefits: t.benefits,
      howToApply: t.howToApply,
      costs: t.costs,
      keywords: t.keywords,
    };
    if (t.locale === "de") snapshot.easyLanguage = t.easyLanguage ?? "";
    snapshot.documents = s.requiredDocuments.flatMap((d) =>
      d.translations
        .filter((x) => x.locale === t.locale)
        .map((x) => ({ title: x.title, note: x.note })),
    );
    texts[t.locale] = snapshot;
  }
  return { entityType: "Service", entityId: serviceId, base, texts };
}

export async function officeSnapshots(db: Db, officeId: string): Promise<EntitySnapshots> {
  const o = await db.office.findUnique({
    where: { id: officeId },
    select: { ...OFFICE_SELECT, organization: { select: { name: true } } },
  });
  const base: Snapshot | null = o && {
    name: o.name,
    organization: o.organization.name,
    street: o.street,
    postalCode: o.postalCode,
    city: o.city,
    lat: o.lat,
    lng: o.lng,
    phone: o.phone,
    email: o.email,
    accessibility: o.accessibility,
    transportation: o.transportation,
    openingHours: o.openingHours,
    closures: o.closures.map((c) => ({
      startsOn: day(c.startsOn),
      endsOn: day(c.endsOn),
      reason: c.reason,
    })),
  };
  return { entityType: "Office", entityId: officeId, base, texts: {} };
}

export async function organizationSnapshots(
  db: Db,
  organizationId: string,
): Promise<EntitySnapshots> {
  const o = await db.organization.findUnique({
    where: { id: organizationId },
    select: { name: true, description: true, email: true, phone: true, website: true },
  });
  return { entityType: "Organization", entityId: organizationId, base: o, texts: {} };
}

export async function termSnapshots(
  db: Db,
  taxonomy: TaxonomyKind,
  termId: string,
): Promise<EntitySnapshots> {
  const select = {
    slug: true,
    sort: true,
    translations: { select: { locale: true, title: true, description: true } },
  } as const;
  const row =
    taxonomy === "category"
      ? await db.category.findUnique({ where: { id: termId }, select })
      : await db.lifeSituation.findUnique({ where: { id: termId }, select });
  return {
    entityType: taxonomy === "category" ? "Category" : "LifeSituation",
    entityId: termId,
    base: row && { slug: row.slug, sort: row.sort },
    texts: Object.fromEntries(
      (row?.translations ?? []).map((t) => [
        t.locale,
        { title: t.title, description: t.description },
      ]),
    ),
  };
}

/** One revision per entity and language whose snapshot differs from `before`. */
export async function writeRevisions(
  db: Db,
  before: EntitySnapshots | null,
  after: EntitySnapshots,
): Promise<number> {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  let written = 0;
  const write = async (entityType: string, locale: string | null, snapshot: Snapshot) => {
    await db.contentRevision.create({
      data: {
        entityType,
        entityId: after.entityId,
        locale,
        changedById: null,
        snapshot: JSON.stringify(snapshot),
      },
    });
    written += 1;
  };
  if (after.base && !same(before?.base ?? null, after.base)) {
    await write(after.entityType, null, after.base);
  }
  const textType = `${after.entityType}Translation`;
  const locales = new Set([...Object.keys(before?.texts ?? {}), ...Object.keys(after.texts)]);
  for (const locale of locales) {
    const a = before?.texts[locale];
    const b = after.texts[locale];
    if (b && !same(a ?? null, b)) await write(textType, locale, b);
    else if (!b && a) await write(textType, locale, { deleted: true });
  }
  return written;
}
