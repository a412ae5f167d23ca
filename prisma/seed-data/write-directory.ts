// Writes organisations, offices, taxonomy and services. Rows that belong to a
// seeded entity (hours, documents, channels, links) are replaced as a whole, so
// running the seed again restores the demo state without duplicating anything.
import { need, type SeedContext } from "./context";
import { longTexts } from "./translations";
import type { ForeignLocale } from "./types";
import { DOCUMENTS } from "./documents";
import { uuidV5 } from "./ids";
import { OFFICES, ORGANIZATIONS } from "./organizations";
import { checkServices, SERVICES } from "./services";
import { CATEGORIES, LIFE_SITUATIONS } from "./taxonomy";
import { berlinToday, dateOnly, workingDays } from "./time";
import { LOCALES, type TermSeed } from "./types";

export async function seedOrganizations(ctx: SeedContext): Promise<void> {
  const { db } = ctx;
  for (const org of ORGANIZATIONS) {
    const data = {
      kind: org.kind,
      name: org.name,
      description: org.description,
      email: org.email ?? null,
      phone: org.phone ?? null,
      website: org.website ?? null,
    };
    const row = await db.organization.upsert({
      where: { hsdsId: org.hsdsId },
      create: { hsdsId: org.hsdsId, ...data },
      update: data,
      select: { id: true },
    });
    ctx.orgIds.set(org.key, row.id);
  }

  const today = berlinToday(ctx.now);
  // A staff meeting about three weeks ahead, and the usual year-end days.
  const staffMeeting = workingDays(today, 15);
  const christmasEve = { year: today.year, month: 12, day: 24 };
  const newYearsEve = { year: today.year, month: 12, day: 31 };

  for (const office of OFFICES) {
    const data = {
      organizationId: need(ctx.orgIds, office.org),
      name: office.name,
      street: office.street,
      postalCode: office.postalCode,
      city: office.city,
      lat: office.lat,
      lng: office.lng,
      phone: office.phone ?? null,
      email: office.email ?? null,
      accessibility: office.accessibility,
      transportation: office.transportation,
    };
    const row = await db.office.upsert({
      where: { hsdsId: office.hsdsId },
      create: { hsdsId: office.hsdsId, ...data },
      update: data,
      select: { id: true },
    });
    ctx.officeIds.set(office.key, row.id);

    await db.openingHours.deleteMany({ where: { officeId: row.id } });
    await db.openingHours.createMany({
      data: office.hours.map((h) => ({
        officeId: row.id,
        ...h,
        walkInOnly: h.walkInOnly ?? false,
      })),
    });

    await db.officeClosure.deleteMany({ where: { officeId: row.id } });
    if (office.org === "agency") {
      const closures = [
        { startsOn: dateOnly(christmasEve), endsOn: dateOnly(christmasEve), reason: "Heiligabend" },
        { startsOn: dateOnly(newYearsEve), endsOn: dateOnly(newYearsEve), reason: "Silvester" },
      ];
      if (office.key === "mitte") {
        closures.push({
          startsOn: dateOnly(staffMeeting),
          endsOn: dateOnly(staffMeeting),
          reason: "Personalversammlung – Servicecenter Nord ist geöffnet",
        });
      }
      await db.officeClosure.createMany({
        data: closures.map((c) => ({ officeId: row.id, ...c })),
      });
    }
  }
}

async function seedTerms(
  ctx: SeedContext,
  terms: TermSeed[],
  kind: "category" | "lifeSituation",
): Promise<void> {
  const { db } = ctx;
  for (const [index, term] of terms.entries()) {
    const base = { slug: term.slug, sort: (index + 1) * 10 };
    const id =
      kind === "category"
        ? (
            await db.category.upsert({
              where: { hsdsId: term.hsdsId },
              create: { hsdsId: term.hsdsId, ...base },
              update: base,
              select: { id: true },
            })
          ).id
        : (
            await db.lifeSituation.upsert({
              where: { hsdsId: term.hsdsId },
              create: { hsdsId: term.hsdsId, ...base },
              update: base,
              select: { id: true },
            })
          ).id;
    (kind === "category" ? ctx.categoryIds : ctx.lifeSituationIds).set(term.slug, id);

    for (const locale of LOCALES) {
      const text = term.text[locale];
      if (kind === "category") {
        await db.categoryTranslation.upsert({
          where: { categoryId_locale: { categoryId: id, locale } },
          create: { categoryId: id, locale, ...text },
          update: text,
        });
      } else {
        await db.lifeSituationTranslation.upsert({
          where: { lifeSituationId_locale: { lifeSituationId: id, locale } },
          create: { lifeSituationId: id, locale, ...text },
          update: text,
        });
      }
    }
  }
}

export async function seedTaxonomy(ctx: SeedContext): Promise<void> {
  await seedTerms(ctx, CATEGORIES, "category");
  await seedTerms(ctx, LIFE_SITUATIONS, "lifeSituation");
}

/**
 * The booking topic a service's "book a consultation" entry leads to. Sensitive
 * subjects (debts, addiction, health) get the neutral "consultation" label, so
 * mails, calendars and the front desk never show them.
 */
export function bookingTopicFor(service: { slug: string; categories: readonly string[] }): string {
  if (service.slug === "buergergeld") return "buergergeld";
  if (service.categories.includes("counselling") || service.categories.includes("health-care"))
    return "consultation";
  if (service.categories.includes("housing")) return "housing";
  if (service.categories.includes("family-children")) return "family";
  if (service.categories.includes("work-training")) return "work";
  return "first-consultation";
}

export async function seedServices(ctx: SeedContext): Promise<void> {
  checkServices();
  const { db, now } = ctx;

  for (const service of SERVICES) {
    const data = {
      slug: service.slug,
      status: "PUBLISHED" as const,
      legalBasis: service.legalBasis,
      responsibleOrganizationId: need(ctx.orgIds, service.org),
      emergency: service.emergency ?? false,
      appliesFromApplicationMonth: service.appliesFromApplicationMonth ?? false,
      keywords: service.keywords,
      url: service.url ?? null,
      bookingTopicKey: bookingTopicFor(service),
    };
    const { id } = await db.service.upsert({
      where: { hsdsId: service.hsdsId },
      create: { hsdsId: service.hsdsId, ...data, firstPublishedAt: now, publishedAt: now },
      update: data,
      select: { id: true },
    });
    ctx.serviceIds.set(service.slug, id);

    // German first, so the translations are never older than their source.
    await db.serviceTranslation.upsert({
      where: { serviceId_locale: { serviceId: id, locale: "de" } },
      create: { serviceId: id, locale: "de", ...service.de },
      update: service.de,
    });
    for (const [locale, short] of Object.entries(service.i18n)) {
      const text = { ...short, ...longTexts(locale as ForeignLocale)[service.slug] };
      await db.serviceTranslation.upsert({
        where: { serviceId_locale: { serviceId: id, locale } },
        create: { serviceId: id, locale, ...text },
        update: text,
      });
    }

    await db.serviceCategory.deleteMany({ where: { serviceId: id } });
    await db.serviceCategory.createMany({
      data: service.categories.map((slug) => ({
        serviceId: id,
        categoryId: need(ctx.categoryIds, slug),
      })),
    });
    await db.serviceLifeSituation.deleteMany({ where: { serviceId: id } });
    await db.serviceLifeSituation.createMany({
      data: service.lifeSituations.map((slug) => ({
        serviceId: id,
        lifeSituationId: need(ctx.lifeSituationIds, slug),
      })),
    });

    await db.requiredDocument.deleteMany({ where: { serviceId: id } });
    for (const [sort, key] of service.documents.entries()) {
      const titles = DOCUMENTS[key];
      await db.requiredDocument.create({
        data: {
          serviceId: id,
          sort,
          translations: {
            createMany: { data: LOCALES.map((locale) => ({ locale, title: titles[locale] })) },
          },
        },
      });
    }

    await db.serviceChannel.deleteMany({ where: { serviceId: id } });
    await db.serviceChannel.createMany({
      data: service.channels.map((c, sort) => ({
        serviceId: id,
        kind: c.kind,
        value: c.value,
        label: c.label ?? null,
        sort,
      })),
    });

    const locationIds: string[] = [];
    for (const location of service.locations) {
      const officeHsdsId =
        OFFICES.find((o) => o.key === location.office)?.hsdsId ?? location.office;
      const hsdsId = uuidV5(`service_at_location:${service.hsdsId}:${officeHsdsId}`);
      locationIds.push(hsdsId);
      const officeId = need(ctx.officeIds, location.office);
      await db.serviceAtLocation.upsert({
        where: { hsdsId },
        create: { hsdsId, serviceId: id, officeId, languages: location.languages },
        update: { serviceId: id, officeId, languages: location.languages },
      });
    }
    await db.serviceAtLocation.deleteMany({
      where: { serviceId: id, hsdsId: { notIn: locationIds } },
    });
  }

  // Exclusions last, when every service has its id; stored in both directions.
  const seededIds = [...ctx.serviceIds.values()];
  await db.serviceExclusion.deleteMany({
    where: { OR: [{ serviceId: { in: seededIds } }, { excludedServiceId: { in: seededIds } }] },
  });
  const pairs = new Map<string, { serviceId: string; excludedServiceId: string }>();
  for (const service of SERVICES) {
    for (const other of service.excludes ?? []) {
      const a = need(ctx.serviceIds, service.slug);
      const b = need(ctx.serviceIds, other);
      pairs.set(`${a}|${b}`, { serviceId: a, excludedServiceId: b });
      pairs.set(`${b}|${a}`, { serviceId: b, excludedServiceId: a });
    }
  }
  await db.serviceExclusion.createMany({ data: [...pairs.values()] });
}
