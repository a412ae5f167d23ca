// Services in the back office: the list with translation states, the base
// data form, publishing, the texts of one language and the preview. Every
// change writes a ContentRevision and moves the directory version, so the
// citizen pages of every server process pick it up.
import { assertCan, type Actor } from "~/domain/access/permissions";
import { bumpDirectoryVersion } from "~/domain/directory/version.server";
import { defaultLanguage, type Language } from "~/i18n";
import { prisma } from "~/utils/db.server";
import { isUniqueViolation, newHsdsId, type Db } from "./db.server";
import type { Snapshot } from "./revision-diff";
import { writeRevision } from "./revisions.server";
import {
  SERVICE_TEXT_FIELDS,
  type ServiceBaseInput,
  type ServiceCreateInput,
  type ServiceTextsInput,
} from "./service-schemas";
import { translationMatrix, translationState, type TranslationState } from "./translation-status";

const READ_DRAFTS = { type: "directory", published: false } as const;

export type FieldErrors = Record<string, string[]>;
export type SaveResult =
  { ok: true; id: string; changed: boolean } | { ok: false; fieldErrors: FieldErrors };

const byGerman = (a: string, b: string) => a.localeCompare(b, "de");

/** Every service with its German title, status and the state of each language. */
export async function listServices(actor: Actor) {
  assertCan(actor, "read", READ_DRAFTS);
  const rows = await prisma.service.findMany({
    select: {
      id: true,
      slug: true,
      status: true,
      publishedAt: true,
      translations: { select: { locale: true, title: true, updatedAt: true } },
    },
  });
  return rows
    .map((s) => ({
      id: s.id,
      slug: s.slug,
      status: s.status,
      publishedAt: s.publishedAt,
      title: s.translations.find((t) => t.locale === defaultLanguage)?.title ?? s.slug,
      states: translationMatrix(s.translations),
    }))
    .sort((a, b) => byGerman(a.title, b.title));
}

/** What the base form offers to choose from. */
export async function serviceFormOptions(actor: Actor) {
  assertCan(actor, "read", READ_DRAFTS);
  const [organizations, categories, lifeSituations, offices, documents] = await Promise.all([
    prisma.organization.findMany({
      orderBy: { name: "asc" },
      select: { id: true, name: true, kind: true },
    }),
    prisma.category.findMany({
      orderBy: [{ sort: "asc" }, { slug: "asc" }],
      select: {
        id: true,
        slug: true,
        translations: { where: { locale: defaultLanguage }, select: { title: true } },
      },
    }),
    prisma.lifeSituation.findMany({
      orderBy: [{ sort: "asc" }, { slug: "asc" }],
      select: {
        id: true,
        slug: true,
        translations: { where: { locale: defaultLanguage }, select: { title: true } },
      },
    }),
    prisma.office.findMany({
      orderBy: { name: "asc" },
      select: { id: true, name: true, city: true },
    }),
    documentCatalog(prisma),
  ]);
  const term = (t: { id: string; slug: string; translations: { title: string }[] }) => ({
    id: t.id,
    title: t.translations[0]?.title ?? t.slug,
  });
  return {
    organizations,
    categories: categories.map(term),
    lifeSituations: lifeSituations.map(term),
    offices,
    documents: documents.map((d) => d.title),
  };
}

/**
 * Documents people are asked to bring, across all services, by German title:
 * selecting one for a service copies its translations, so "Personalausweis"
 * is translated once. The source is the copy with the most translations.
 */
async function documentCatalog(db: Db) {
  const rows = await db.requiredDocumentTranslation.findMany({
    where: { locale: defaultLanguage },
    select: {
      title: true,
      requiredDocumentId: true,
      requiredDocument: { select: { _count: { select: { translations: true } } } },
    },
  });
  const best = new Map<string, { title: string; sourceId: string; count: number }>();
  for (const r of rows) {
    const count = r.requiredDocument._count.translations;
    const seen = best.get(r.title);
    if (!seen || count > seen.count)
      best.set(r.title, { title: r.title, sourceId: r.requiredDocumentId, count });
  }
  return [...best.values()].sort((a, b) => byGerman(a.title, b.title));
}

/** The base data of a service as the form shows it, or null. */
export async function getServiceBase(actor: Actor, id: string) {
  assertCan(actor, "read", READ_DRAFTS);
  const s = await prisma.service.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      status: true,
      legalBasis: true,
      responsibleOrganizationId: true,
      emergency: true,
      appliesFromApplicationMonth: true,
      bookingTopicKey: true,
      keywords: true,
      url: true,
      publishedAt: true,
      firstPublishedAt: true,
      translations: { where: { locale: defaultLanguage }, select: { title: true } },
      categories: { select: { categoryId: true } },
      lifeSituations: { select: { lifeSituationId: true } },
      requiredDocuments: {
        orderBy: { sort: "asc" },
        select: { translations: { where: { locale: defaultLanguage }, select: { title: true } } },
      },
      channels: { orderBy: { sort: "asc" }, select: { kind: true, value: true, label: true } },
      locations: { select: { officeId: true, languages: true, note: true } },
    },
  });
  if (!s) return null;
  return {
    id: s.id,
    title: s.translations[0]?.title ?? s.slug,
    status: s.status,
    publishedAt: s.publishedAt,
    firstPublishedAt: s.firstPublishedAt,
    values: {
      slug: s.slug,
      legalBasis: s.legalBasis,
      responsibleOrganizationId: s.responsibleOrganizationId,
      emergency: s.emergency,
      appliesFromApplicationMonth: s.appliesFromApplicationMonth,
      bookingTopicKey: s.bookingTopicKey ?? "",
      keywords: s.keywords,
      url: s.url ?? "",
      categoryIds: s.categories.map((c) => c.categoryId),
      lifeSituationIds: s.lifeSituations.map((l) => l.lifeSituationId),
      documents: s.requiredDocuments.map((d) => d.translations[0]?.title ?? "").filter(Boolean),
      channels: s.channels.map((c) => ({ kind: c.kind, value: c.value, label: c.label ?? "" })),
      locations: s.locations,
    },
  };
}

/** Ids that do not exist are dropped; an unknown organisation is a field error. */
async function checkReferences(db: Db, input: ServiceBaseInput): Promise<FieldErrors | null> {
  const org = await db.organization.findUnique({
    where: { id: input.responsibleOrganizationId },
    select: { id: true },
  });
  return org ? null : { responsibleOrganizationId: ["validation.required"] };
}

async function syncRelations(db: Db, serviceId: string, input: ServiceBaseInput) {
  const [categories, lifeSituations, offices] = await Promise.all([
    db.category.findMany({ where: { id: { in: input.categoryIds } }, select: { id: true } }),
    db.lifeSituation.findMany({
      where: { id: { in: input.lifeSituationIds } },
      select: { id: true },
    }),
    db.office.findMany({
      where: { id: { in: input.locations.map((l) => l.officeId) } },
      select: { id: true },
    }),
  ]);
  await db.serviceCategory.deleteMany({ where: { serviceId } });
  await db.serviceCategory.createMany({
    data: categories.map((c) => ({ serviceId, categoryId: c.id })),
  });
  await db.serviceLifeSituation.deleteMany({ where: { serviceId } });
  await db.serviceLifeSituation.createMany({
    data: lifeSituations.map((l) => ({ serviceId, lifeSituationId: l.id })),
  });

  await db.serviceChannel.deleteMany({ where: { serviceId } });
  await db.serviceChannel.createMany({
    data: input.channels.map((c, sort) => ({ serviceId, ...c, sort })),
  });

  // Locations keep their HSDS id while the office stays.
  const known = new Set(offices.map((o) => o.id));
  const wanted = input.locations.filter((l) => known.has(l.officeId));
  await db.serviceAtLocation.deleteMany({
    where: { serviceId, officeId: { notIn: wanted.map((l) => l.officeId) } },
  });
  for (const l of wanted) {
    await db.serviceAtLocation.upsert({
      where: { serviceId_officeId: { serviceId, officeId: l.officeId } },
      create: {
        hsdsId: newHsdsId(),
        serviceId,
        officeId: l.officeId,
        languages: l.languages,
        note: l.note,
      },
      update: { languages: l.languages, note: l.note },
    });
  }

  await syncDocuments(db, serviceId, input);
}

/**
 * Documents in the order chosen. A document the service already has keeps its
 * translations and notes; one from the catalogue brings its titles in every
 * language; a new one starts with its German title only.
 */
async function syncDocuments(db: Db, serviceId: string, input: ServiceBaseInput) {
  const existing = await db.requiredDocument.findMany({
    where: { serviceId },
    orderBy: { sort: "asc" },
    select: { uri: true, translations: { select: { locale: true, title: true, note: true } } },
  });
  const titleOf = (d: (typeof existing)[number]) =>
    d.translations.find((t) => t.locale === defaultLanguage)?.title ?? "";
  const own = new Map(existing.map((d) => [titleOf(d), d]));
  const catalog = new Map((await documentCatalog(db)).map((d) => [d.title, d.sourceId]));
  const wanted = [
    ...new Set([...input.documents, ...(input.newDocument ? [input.newDocument] : [])]),
  ].filter((title) => own.has(title) || catalog.has(title) || title === input.newDocument);
  if (wanted.join("\n") === existing.map(titleOf).join("\n")) return;

  const rows: {
    uri: string | null;
    translations: { locale: string; title: string; note: string }[];
  }[] = [];
  for (const title of wanted) {
    const mine = own.get(title);
    const sourceId = catalog.get(title);
    if (mine) {
      rows.push(mine);
    } else if (sourceId) {
      const source = await db.requiredDocument.findUniqueOrThrow({
        where: { id: sourceId },
        select: { uri: true, translations: { select: { locale: true, title: true } } },
      });
      rows.push({
        uri: source.uri,
        translations: source.translations.map((t) => ({ ...t, note: "" })),
      });
    } else {
      rows.push({ uri: null, translations: [{ locale: defaultLanguage, title, note: "" }] });
    }
  }
  await db.requiredDocument.deleteMany({ where: { serviceId } });
  for (const [sort, row] of rows.entries()) {
    await db.requiredDocument.create({
      data: {
        serviceId,
        sort,
        uri: row.uri,
        translations: { createMany: { data: row.translations } },
      },
    });
  }
}

const BASE_SELECT = {
  slug: true,
  status: true,
  legalBasis: true,
  emergency: true,
  appliesFromApplicationMonth: true,
  bookingTopicKey: true,
  keywords: true,
  url: true,
  publishedAt: true,
  firstPublishedAt: true,
  responsibleOrganization: { select: { name: true } },
  categories: { select: { category: { select: { slug: true } } } },
  lifeSituations: { select: { lifeSituation: { select: { slug: true } } } },
  requiredDocuments: {
    orderBy: { sort: "asc" as const },
    select: { translations: { where: { locale: defaultLanguage }, select: { title: true } } },
  },
  channels: { orderBy: { sort: "asc" as const }, select: { kind: true, value: true, label: true } },
  locations: { select: { languages: true, note: true, office: { select: { name: true } } } },
} as const;

/**
 * The base data after a change, for the history. Relations are stored by
 * readable name (slug, office and organisation name), because the history is
 * read by people; ids would need the rows that may be gone by then.
 */
export async function serviceSnapshot(db: Db, id: string): Promise<Snapshot | null> {
  const s = await db.service.findUnique({ where: { id }, select: BASE_SELECT });
  if (!s) return null;
  return {
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
    documents: s.requiredDocuments.map((d) => d.translations[0]?.title ?? ""),
    channels: s.channels.map((c) => ({ kind: c.kind, value: c.value, label: c.label })),
    locations: s.locations
      .map((l) => ({ office: l.office.name, languages: l.languages, note: l.note }))
      .sort((a, b) => byGerman(a.office, b.office)),
    publishedAt: s.publishedAt?.toISOString() ?? null,
    firstPublishedAt: s.firstPublishedAt?.toISOString() ?? null,
  };
}

function baseData(input: ServiceBaseInput) {
  return {
    slug: input.slug,
    legalBasis: input.legalBasis,
    responsibleOrganizationId: input.responsibleOrganizationId,
    emergency: input.emergency,
    appliesFromApplicationMonth: input.appliesFromApplicationMonth,
    bookingTopicKey: input.bookingTopicKey,
    keywords: input.keywords,
    url: input.url,
  };
}

const SLUG_TAKEN: FieldErrors = { slug: ["admin:validation.slugTaken"] };

/** A new service, always a draft, with its German title and summary. */
export async function createService(actor: Actor, input: ServiceCreateInput): Promise<SaveResult> {
  assertCan(actor, "create", READ_DRAFTS);
  try {
    const result = await prisma.$transaction(async (tx) => {
      const missing = await checkReferences(tx, input);
      if (missing) return { ok: false as const, fieldErrors: missing };
      const { id } = await tx.service.create({
        data: {
          hsdsId: newHsdsId(),
          status: "DRAFT",
          ...baseData(input),
          translations: {
            create: {
              locale: defaultLanguage,
              title: input.title,
              summary: input.summary,
              updatedById: actor.id,
            },
          },
        },
        select: { id: true },
      });
      await syncRelations(tx, id, input);
      await writeRevision(tx, {
        entityType: "Service",
        entityId: id,
        changedById: actor.id,
        snapshot: (await serviceSnapshot(tx, id))!,
      });
      await writeRevision(tx, {
        entityType: "ServiceTranslation",
        entityId: id,
        locale: defaultLanguage,
        changedById: actor.id,
        snapshot: (await textSnapshot(tx, id, defaultLanguage))!,
      });
      return { ok: true as const, id, changed: true };
    });
    if (result.ok) await bumpDirectoryVersion(actor.id);
    return result;
  } catch (error) {
    if (isUniqueViolation(error, "slug")) return { ok: false, fieldErrors: SLUG_TAKEN };
    throw error;
  }
}

/** Saves the base data; null when the service does not exist. Unchanged data writes nothing. */
export async function updateService(
  actor: Actor,
  id: string,
  input: ServiceBaseInput,
): Promise<SaveResult | null> {
  const current = await prisma.service.findUnique({ where: { id }, select: { status: true } });
  if (!current) return null;
  assertCan(actor, "update", { type: "directory", published: current.status === "PUBLISHED" });
  try {
    const result = await prisma.$transaction(async (tx) => {
      const missing = await checkReferences(tx, input);
      if (missing) return { ok: false as const, fieldErrors: missing };
      const before = await serviceSnapshot(tx, id);
      await tx.service.update({ where: { id }, data: baseData(input) });
      await syncRelations(tx, id, input);
      const after = (await serviceSnapshot(tx, id))!;
      const changed = JSON.stringify(before) !== JSON.stringify(after);
      if (changed) {
        await writeRevision(tx, {
          entityType: "Service",
          entityId: id,
          changedById: actor.id,
          snapshot: after,
        });
      }
      return { ok: true as const, id, changed };
    });
    if (result.ok && result.changed) await bumpDirectoryVersion(actor.id);
    return result;
  } catch (error) {
    if (isUniqueViolation(error, "slug")) return { ok: false, fieldErrors: SLUG_TAKEN };
    throw error;
  }
}

export type PublishResult = { ok: true } | { ok: false; error: string };

/**
 * Publish or withdraw. Publishing needs the German title and summary;
 * `firstPublishedAt` is set once, `publishedAt` while published.
 */
export async function setServicePublished(
  actor: Actor,
  id: string,
  publish: boolean,
): Promise<PublishResult | null> {
  const s = await prisma.service.findUnique({
    where: { id },
    select: {
      status: true,
      firstPublishedAt: true,
      translations: { where: { locale: defaultLanguage }, select: { title: true, summary: true } },
    },
  });
  if (!s) return null;
  assertCan(actor, "publish", { type: "directory", published: s.status === "PUBLISHED" });
  const german = s.translations[0];
  if (publish && (!german?.title.trim() || !german.summary.trim())) {
    return { ok: false, error: "admin:services.errors.publishNeedsGerman" };
  }
  if ((s.status === "PUBLISHED") === publish) return { ok: true };
  const now = new Date();
  await prisma.$transaction(async (tx) => {
    await tx.service.update({
      where: { id },
      data: publish
        ? { status: "PUBLISHED", publishedAt: now, firstPublishedAt: s.firstPublishedAt ?? now }
        : { status: "DRAFT", publishedAt: null },
    });
    await writeRevision(tx, {
      entityType: "Service",
      entityId: id,
      changedById: actor.id,
      snapshot: (await serviceSnapshot(tx, id))!,
    });
  });
  await bumpDirectoryVersion(actor.id);
  return { ok: true };
}

type TextValues = Record<(typeof SERVICE_TEXT_FIELDS)[number], string> & { easyLanguage: string };

/** The texts of one language as stored for the history (or null without a row). */
async function textSnapshot(db: Db, serviceId: string, locale: string): Promise<Snapshot | null> {
  const [row, docs] = await Promise.all([
    db.serviceTranslation.findUnique({ where: { serviceId_locale: { serviceId, locale } } }),
    db.requiredDocumentTranslation.findMany({
      where: { locale, requiredDocument: { serviceId } },
      orderBy: { requiredDocument: { sort: "asc" } },
      select: { title: true, note: true },
    }),
  ]);
  if (!row) return null;
  const snapshot: Snapshot = Object.fromEntries(SERVICE_TEXT_FIELDS.map((f) => [f, row[f]]));
  if (locale === defaultLanguage) snapshot.easyLanguage = row.easyLanguage ?? "";
  snapshot.documents = docs.map((d) => ({ title: d.title, note: d.note }));
  return snapshot;
}

/**
 * The texts of one language beside the German source (for translators), with
 * the state of the translation and the documents of the service.
 */
export async function getServiceTexts(actor: Actor, id: string, locale: Language) {
  assertCan(actor, "read", READ_DRAFTS);
  const s = await prisma.service.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      status: true,
      translations: { where: { locale: { in: [locale, defaultLanguage] } } },
      requiredDocuments: {
        orderBy: { sort: "asc" },
        select: {
          id: true,
          translations: {
            where: { locale: { in: [locale, defaultLanguage] } },
            select: { locale: true, title: true, note: true },
          },
        },
      },
    },
  });
  if (!s) return null;
  const german = s.translations.find((t) => t.locale === defaultLanguage) ?? null;
  const own = s.translations.find((t) => t.locale === locale) ?? null;
  const texts = (row: typeof own): TextValues | null =>
    row
      ? {
          ...(Object.fromEntries(SERVICE_TEXT_FIELDS.map((f) => [f, row[f]])) as Record<
            (typeof SERVICE_TEXT_FIELDS)[number],
            string
          >),
          easyLanguage: row.easyLanguage ?? "",
        }
      : null;
  const docs = s.requiredDocuments.map((d) => {
    const mine = d.translations.find((t) => t.locale === locale);
    const de = d.translations.find((t) => t.locale === defaultLanguage);
    return {
      id: d.id,
      german: de ? { title: de.title, note: de.note } : null,
      own: mine ? { title: mine.title, note: mine.note } : null,
    };
  });
  return {
    id: s.id,
    slug: s.slug,
    status: s.status,
    title: german?.title ?? s.slug,
    state: translationState(locale, german, own) as TranslationState,
    german: texts(german),
    germanUpdatedAt: german?.updatedAt ?? null,
    own: texts(own),
    ownUpdatedAt: own?.updatedAt ?? null,
    documents: docs,
  };
}

/**
 * Saves the texts of one language. Nothing changed: nothing is written, unless
 * a translator confirms that an outdated translation still matches the German
 * text (then only its date moves). Any German change makes the other
 * languages outdated, by the rule in translation-status.ts.
 */
export async function saveServiceTexts(
  actor: Actor,
  id: string,
  locale: Language,
  input: ServiceTextsInput,
): Promise<{ ok: true; changed: boolean } | null> {
  const s = await prisma.service.findUnique({
    where: { id },
    select: {
      status: true,
      translations: { where: { locale: { in: [locale, defaultLanguage] } } },
      requiredDocuments: {
        select: {
          id: true,
          translations: { where: { locale }, select: { title: true, note: true } },
        },
      },
    },
  });
  if (!s) return null;
  assertCan(actor, "update", { type: "directory", published: s.status === "PUBLISHED" });
  const own = s.translations.find((t) => t.locale === locale) ?? null;
  const german = s.translations.find((t) => t.locale === defaultLanguage) ?? null;

  const next = Object.fromEntries(SERVICE_TEXT_FIELDS.map((f) => [f, input[f]])) as Record<
    (typeof SERVICE_TEXT_FIELDS)[number],
    string
  >;
  const easyLanguage =
    locale === defaultLanguage ? input.easyLanguage || null : (own?.easyLanguage ?? null);
  const textChanged =
    !own ||
    SERVICE_TEXT_FIELDS.some((f) => own[f] !== next[f]) ||
    (own.easyLanguage ?? null) !== easyLanguage;

  const submitted = new Map(input.documents.map((d) => [d.id, d]));
  const docChanges: { id: string; next: { title: string; note: string } | null }[] = [];
  for (const doc of s.requiredDocuments) {
    const form = submitted.get(doc.id);
    if (!form) continue;
    const before = doc.translations[0] ?? null;
    const after = form.title ? { title: form.title, note: form.note } : null;
    if (JSON.stringify(before) !== JSON.stringify(after))
      docChanges.push({ id: doc.id, next: after });
  }

  const outdated = translationState(locale, german, own) === "outdated";
  const confirm = input.confirmCurrent && outdated;
  if (!textChanged && docChanges.length === 0 && !confirm) return { ok: true, changed: false };

  const now = new Date();
  await prisma.$transaction(async (tx) => {
    const data = { ...next, easyLanguage, updatedById: actor.id, updatedAt: now };
    await tx.serviceTranslation.upsert({
      where: { serviceId_locale: { serviceId: id, locale } },
      create: { serviceId: id, locale, ...data },
      update: data,
    });
    for (const d of docChanges) {
      if (d.next) {
        await tx.requiredDocumentTranslation.upsert({
          where: { requiredDocumentId_locale: { requiredDocumentId: d.id, locale } },
          create: { requiredDocumentId: d.id, locale, ...d.next },
          update: d.next,
        });
      } else {
        await tx.requiredDocumentTranslation.deleteMany({
          where: { requiredDocumentId: d.id, locale },
        });
      }
    }
    await writeRevision(tx, {
      entityType: "ServiceTranslation",
      entityId: id,
      locale,
      changedById: actor.id,
      snapshot: (await textSnapshot(tx, id, locale))!,
    });
  });
  await bumpDirectoryVersion(actor.id);
  return { ok: true, changed: true };
}

/** Removes the translation of one language (never German); citizens then read German. */
export async function deleteServiceTranslation(
  actor: Actor,
  id: string,
  locale: Language,
): Promise<boolean | null> {
  if (locale === defaultLanguage) return false;
  const s = await prisma.service.findUnique({ where: { id }, select: { status: true } });
  if (!s) return null;
  assertCan(actor, "update", { type: "directory", published: s.status === "PUBLISHED" });
  const deleted = await prisma.$transaction(async (tx) => {
    const { count } = await tx.serviceTranslation.deleteMany({ where: { serviceId: id, locale } });
    await tx.requiredDocumentTranslation.deleteMany({
      where: { locale, requiredDocument: { serviceId: id } },
    });
    if (count === 0) return false;
    await writeRevision(tx, {
      entityType: "ServiceTranslation",
      entityId: id,
      locale,
      changedById: actor.id,
      snapshot: { deleted: true },
    });
    return true;
  });
  if (deleted) await bumpDirectoryVersion(actor.id);
  return deleted;
}

export type Localized = { text: string; lang: string };

/** The service as a citizen would read it in `locale`; missing texts fall back to German. */
export async function servicePreview(actor: Actor, id: string, locale: Language) {
  assertCan(actor, "read", READ_DRAFTS);
  const locales = [locale, defaultLanguage];
  const s = await prisma.service.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      status: true,
      legalBasis: true,
      emergency: true,
      appliesFromApplicationMonth: true,
      url: true,
      responsibleOrganization: { select: { name: true, phone: true, email: true, website: true } },
      translations: { where: { locale: { in: locales } } },
      requiredDocuments: {
        orderBy: { sort: "asc" },
        select: {
          translations: {
            where: { locale: { in: locales } },
            select: { locale: true, title: true, note: true },
          },
        },
      },
      channels: { orderBy: { sort: "asc" }, select: { kind: true, value: true, label: true } },
      locations: {
        select: {
          languages: true,
          office: { select: { name: true, street: true, postalCode: true, city: true } },
        },
      },
    },
  });
  if (!s) return null;
  const pick = (rows: readonly Record<string, unknown>[], field: string): Localized => {
    const value = (l: string) => {
      const v = rows.find((r) => r.locale === l)?.[field];
      return typeof v === "string" && v.trim() !== "" ? v : null;
    };
    const mine = value(locale);
    if (mine !== null) return { text: mine, lang: locale };
    return { text: value(defaultLanguage) ?? "", lang: defaultLanguage };
  };
  const t = s.translations as unknown as Record<string, unknown>[];
  const german = s.translations.find((r) => r.locale === defaultLanguage);
  const own = s.translations.find((r) => r.locale === locale);
  return {
    id: s.id,
    slug: s.slug,
    status: s.status,
    state: translationState(locale, german, own),
    legalBasis: s.legalBasis,
    emergency: s.emergency,
    appliesFromApplicationMonth: s.appliesFromApplicationMonth,
    url: s.url,
    organization: s.responsibleOrganization,
    title: pick(t, "title"),
    summary: pick(t, "summary"),
    description: pick(t, "description"),
    eligibility: pick(t, "eligibility"),
    benefits: pick(t, "benefits"),
    howToApply: pick(t, "howToApply"),
    costs: pick(t, "costs"),
    documents: s.requiredDocuments.map((d) => ({
      title: pick(d.translations, "title"),
      note: pick(d.translations, "note"),
    })),
    channels: s.channels,
    locations: s.locations.map((l) => ({ ...l.office, languages: l.languages.split(",") })),
  };
}
