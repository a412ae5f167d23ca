// The published directory as citizens see it, per language, held in memory
// and rebuilt when the directory version moves (an administrator published or
// changed something, in any process). Every text knows its language: where a
// translation is missing or empty, the German text stands in and says so.
import { defaultLanguage, languages, type Language } from "~/i18n";
import { prisma } from "~/utils/db.server";
import { versionedCache } from "~/domain/directory/version.server";

export type Localized = { text: string; lang: string };

export type Hours = { weekday: number; opensAt: string; closesAt: string; walkInOnly: boolean };

export type OfficeView = {
  id: string;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  lat: number | null;
  lng: number | null;
  phone: string | null;
  email: string | null;
  accessibility: string;
  transportation: string;
  hours: Hours[];
};

export type TermView = {
  slug: string;
  title: Localized;
  description: Localized;
  services: string[];
};

export type ServiceView = {
  slug: string;
  hsdsId: string;
  title: Localized;
  summary: Localized;
  description: Localized;
  eligibility: Localized;
  benefits: Localized;
  howToApply: Localized;
  costs: Localized;
  easyLanguage: string | null;
  legalBasis: string;
  emergency: boolean;
  appliesFromApplicationMonth: boolean;
  bookingTopicKey: string;
  url: string | null;
  organization: {
    name: string;
    phone: string | null;
    email: string | null;
    website: string | null;
  };
  categories: string[];
  lifeSituations: string[];
  documents: { title: Localized; note: Localized }[];
  channels: { kind: string; value: string; label: string | null }[];
  locations: { office: OfficeView; languages: string[] }[];
  excludes: string[];
  updatedAt: Date;
};

export type Catalog = {
  lang: Language;
  services: Map<string, ServiceView>;
  /** Emergency services first, then by title. */
  ordered: ServiceView[];
  lifeSituations: TermView[];
  categories: TermView[];
};

type TextRow = Record<string, unknown> & { locale: string };

/** The text of `field` in `lang`, else German, else empty. */
export function pick(rows: TextRow[], field: string, lang: string): Localized {
  const value = (locale: string) => {
    const v = rows.find((r) => r.locale === locale)?.[field];
    return typeof v === "string" && v.trim() !== "" ? v : null;
  };
  const own = value(lang);
  if (own !== null) return { text: own, lang };
  const german = value(defaultLanguage);
  return { text: german ?? "", lang: defaultLanguage };
}

async function build(lang: Language): Promise<Catalog> {
  const locales = lang === defaultLanguage ? [lang] : [lang, defaultLanguage];
  const rows = await prisma.service.findMany({
    where: { status: "PUBLISHED" },
    include: {
      translations: { where: { locale: { in: locales } } },
      responsibleOrganization: { select: { name: true, phone: true, email: true, website: true } },
      categories: { select: { category: { select: { slug: true } } } },
      lifeSituations: { select: { lifeSituation: { select: { slug: true } } } },
      requiredDocuments: {
        orderBy: { sort: "asc" },
        include: { translations: { where: { locale: { in: locales } } } },
      },
      channels: { orderBy: { sort: "asc" } },
      locations: {
        include: {
          office: {
            include: { openingHours: { orderBy: [{ weekday: "asc" }, { opensAt: "asc" }] } },
          },
        },
      },
      exclusions: { select: { excludedService: { select: { slug: true, status: true } } } },
    },
  });
  const services = new Map<string, ServiceView>();
  for (const s of rows) {
    const t = s.translations as TextRow[];
    const german = s.translations.find((r) => r.locale === defaultLanguage);
    services.set(s.slug, {
      slug: s.slug,
      hsdsId: s.hsdsId,
      title: pick(t, "title", lang),
      summary: pick(t, "summary", lang),
      description: pick(t, "description", lang),
      eligibility: pick(t, "eligibility", lang),
      benefits: pick(t, "benefits", lang),
      howToApply: pick(t, "howToApply", lang),
      costs: pick(t, "costs", lang),
      easyLanguage: german?.easyLanguage?.trim() ? german.easyLanguage : null,
      legalBasis: s.legalBasis,
      emergency: s.emergency,
      appliesFromApplicationMonth: s.appliesFromApplicationMonth,
      bookingTopicKey: s.bookingTopicKey ?? "first-consultation",
      url: s.url,
      organization: s.responsibleOrganization,
      categories: s.categories.map((c) => c.category.slug),
      lifeSituations: s.lifeSituations.map((l) => l.lifeSituation.slug),
      documents: s.requiredDocuments.map((d) => ({
        title: pick(d.translations as TextRow[], "title", lang),
        note: pick(d.translations as TextRow[], "note", lang),
      })),
      channels: s.channels.map((c) => ({ kind: c.kind, value: c.value, label: c.label })),
      locations: s.locations.map((l) => ({
        office: {
          id: l.office.id,
          name: l.office.name,
          street: l.office.street,
          postalCode: l.office.postalCode,
          city: l.office.city,
          lat: l.office.lat,
          lng: l.office.lng,
          phone: l.office.phone,
          email: l.office.email,
          accessibility: l.office.accessibility,
          transportation: l.office.transportation,
          hours: l.office.openingHours.map((h) => ({
            weekday: h.weekday,
            opensAt: h.opensAt,
            closesAt: h.closesAt,
            walkInOnly: h.walkInOnly,
          })),
        },
        languages: l.languages
          .split(",")
          .map((x) => x.trim())
          .filter(Boolean),
      })),
      excludes: s.exclusions
        .filter((e) => e.excludedService.status === "PUBLISHED")
        .map((e) => e.excludedService.slug),
      updatedAt: s.updatedAt,
    });
  }
  const ordered = [...services.values()].sort(
    (a, b) =>
      Number(b.emergency) - Number(a.emergency) || a.title.text.localeCompare(b.title.text, lang),
  );
  const terms = async (kind: "lifeSituation" | "category"): Promise<TermView[]> => {
    const list =
      kind === "lifeSituation"
        ? await prisma.lifeSituation.findMany({
            orderBy: { sort: "asc" },
            include: { translations: { where: { locale: { in: locales } } } },
          })
        : await prisma.category.findMany({
            orderBy: { sort: "asc" },
            include: { translations: { where: { locale: { in: locales } } } },
          });
    return list.map((term) => ({
      slug: term.slug,
      title: pick(term.translations as TextRow[], "title", lang),
      description: pick(term.translations as TextRow[], "description", lang),
      services: ordered
        .filter((s) =>
          (kind === "lifeSituation" ? s.lifeSituations : s.categories).includes(term.slug),
        )
        .map((s) => s.slug),
    }));
  };
  return {
    lang,
    services,
    ordered,
    lifeSituations: await terms("lifeSituation"),
    categories: await terms("category"),
  };
}

const caches = new Map(languages.map((lng) => [lng, versionedCache(() => build(lng))]));

/** The published directory in one language (cached per directory version). */
export function catalog(lang: Language): Promise<Catalog> {
  return caches.get(lang)!();
}
