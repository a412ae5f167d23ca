// Records → HSDS 3.0 objects. Pure: the same records give the same JSON.
//
// Two modes:
// - "api": texts in the requested language, each field falling back to German
//   where the translation is missing or empty (listed in `x-fallback-fields`);
//   only what citizens may see.
// - "export": German texts in the HSDS fields plus every language in
//   `x-translations` and the internal fields the import needs, so that
//   export → import → export gives the same document.
// Properties we add are prefixed `x-` (HSDS schemas allow extra properties;
// see docs/hsds.md for the list).
import { defaultLanguage, languages, type Language } from "~/i18n";
import { derivedId } from "./ids";
import {
  ADDRESS_COUNTRY,
  ADDRESS_REGION,
  TAXONOMIES,
  TIME_ZONE,
  type ChannelRecord,
  type DocumentRecord,
  type HoursRecord,
  type LocationLink,
  type OfficeRecord,
  type OrganizationRecord,
  type ServiceRecord,
  type ServiceText,
  type TaxonomyKind,
  type TermRecord,
  type Texts,
} from "./model";

export type Json = { [key: string]: unknown };

export type MapMode = "api" | "export";

export interface MapContext {
  /** Language of the texts (always German in export mode). */
  lang: Language;
  mode: MapMode;
  organizations: ReadonlyMap<string, OrganizationRecord>;
  offices: ReadonlyMap<string, OfficeRecord>;
  terms: ReadonlyMap<string, TermRecord>;
  /** Services another service may name in `x-excludes` (API: the published ones). */
  visibleServices: ReadonlySet<string>;
}

/** Service text fields: record field → HSDS property. */
export const SERVICE_TEXT_FIELDS = {
  title: "name",
  description: "description",
  summary: "x-summary",
  eligibility: "eligibility_description",
  benefits: "x-benefits",
  howToApply: "application_process",
  costs: "fees_description",
  keywords: "x-keywords",
} as const satisfies Partial<Record<keyof ServiceText, string>>;

export const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

export const WALK_IN = "walk-in";

// ---------------------------------------------------------------- helpers

/** Drops undefined, null and "" values (HSDS: leave out what is unknown). */
function compact(object: Json): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined || value === null || value === "") continue;
    out[key] = value;
  }
  return out;
}

function nonEmpty(value: unknown): value is string {
  return typeof value === "string" && value.trim() !== "";
}

/**
 * Picks texts field by field in `lang`, else German, and remembers which
 * HSDS properties fell back.
 */
function textPicker<T extends object>(texts: Texts<T>, lang: Language) {
  const fallback: string[] = [];
  return {
    pick(field: keyof T & string, property: string): string {
      const own = texts[lang]?.[field];
      if (nonEmpty(own)) return own;
      const german = texts[defaultLanguage]?.[field];
      if (nonEmpty(german)) {
        if (lang !== defaultLanguage) fallback.push(property);
        return german;
      }
      return "";
    },
    /** The `x-language` / `x-fallback-fields` pair for the object. */
    tags(): Json {
      return fallback.length > 0
        ? { "x-language": lang, "x-fallback-fields": [...fallback] }
        : { "x-language": lang };
    },
    fallback,
  };
}

export function lastModified(service: ServiceRecord): Date {
  let latest = service.updatedAt;
  for (const text of Object.values(service.texts)) {
    if (text && text.updatedAt > latest) latest = text.updatedAt;
  }
  return latest;
}

function localeOrder(texts: object): Language[] {
  return languages.filter((l) => l in texts);
}

function languageName(code: string, inLanguage: Language): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * An address for an HSDS `uri` property: kept as it is when plain ASCII,
 * normalised (punycode, percent-encoding) otherwise. Something that is no
 * http(s) address at all goes into `x-<property>` instead, so the object
 * stays valid and nothing is lost.
 */
function webAddress(property: string, value: string | null): Json {
  if (!value) return {};
  try {
    const url = new URL(value);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("not web");
    return { [property]: /^[\x21-\x7e]+$/.test(value) ? value : url.href };
  } catch {
    return { [`x-${property}`]: value };
  }
}

/** An email address for an HSDS `email` property, else `x-email`. */
function emailAddress(value: string | null): Json {
  if (!value) return {};
  return EMAIL.test(value) ? { email: value } : { "x-email": value };
}

function statusOf(service: ServiceRecord): string {
  return service.status === "PUBLISHED" ? "active" : "inactive";
}

// ---------------------------------------------------------------- taxonomy

export function taxonomy(kind: TaxonomyKind): Json {
  const t = TAXONOMIES[kind];
  return { id: t.id, name: t.name, description: t.description, "x-language": defaultLanguage };
}

export function taxonomyTerm(term: TermRecord, ctx: MapContext): Json {
  const lang = ctx.mode === "export" ? defaultLanguage : ctx.lang;
  const texts = textPicker(term.texts, lang);
  const name = texts.pick("title", "name");
  const description = texts.pick("description", "description");
  // The term's `language` is the language of its name.
  const nameLanguage = texts.fallback.includes("name") ? defaultLanguage : lang;
  const t = TAXONOMIES[term.taxonomy];
  const out: Json = {
    id: term.hsdsId,
    code: term.slug,
    name,
    description,
    taxonomy: t.name,
    taxonomy_id: t.id,
    taxonomy_detail: taxonomy(term.taxonomy),
    language: nameLanguage,
  };
  const fallback = texts.fallback.filter((f) => f !== "name");
  if (fallback.length > 0) out["x-fallback-fields"] = fallback;
  if (ctx.mode === "export") {
    out["x-sort"] = term.sort;
    out["x-translations"] = Object.fromEntries(
      localeOrder(term.texts).map((l) => {
        const text = term.texts[l]!;
        return [l, { name: text.title, description: text.description }];
      }),
    );
  }
  return out;
}

// ---------------------------------------------------------------- organization

export function organizationBasic(org: OrganizationRecord): Json {
  return {
    id: org.hsdsId,
    name: org.name,
    description: org.description,
    ...emailAddress(org.email),
    ...webAddress("website", org.website),
    "x-kind": org.kind.toLowerCase(),
    "x-language": defaultLanguage,
  };
}

function organizationPhones(org: OrganizationRecord): Json[] {
  return org.phone
    ? [{ id: derivedId(org.hsdsId, "phone"), organization_id: org.hsdsId, number: org.phone }]
    : [];
}

/** The organization as nested in a service: one-to-one fields and phones. */
function organizationInService(org: OrganizationRecord): Json {
  const phones = organizationPhones(org);
  return { ...organizationBasic(org), ...(phones.length > 0 ? { phones } : {}) };
}

export function organizationFull(
  org: OrganizationRecord,
  services: ServiceRecord[],
  ctx: MapContext,
  options: { fullServices: boolean },
): Json {
  const offices = [...ctx.offices.values()]
    .filter((o) => o.organizationHsdsId === org.hsdsId)
    .sort(byNameThenId);
  return {
    ...organizationBasic(org),
    phones: organizationPhones(org),
    locations: offices.map((o) => locationFull(o)),
    services: services.map((s) =>
      options.fullServices
        ? serviceFull(s, ctx, { withOrganization: false })
        : serviceBasic(s, ctx),
    ),
  };
}

function byNameThenId(a: { name: string; hsdsId: string }, b: { name: string; hsdsId: string }) {
  return a.name.localeCompare(b.name, "de") || a.hsdsId.localeCompare(b.hsdsId);
}

// ---------------------------------------------------------------- location

export function locationBasic(office: OfficeRecord): Json {
  return compact({
    id: office.hsdsId,
    location_type: "physical",
    organization_id: office.organizationHsdsId,
    name: office.name,
    transportation: office.transportation,
    latitude: office.lat,
    longitude: office.lng,
    "x-language": defaultLanguage,
  });
}

/** Opening hours grouped into weekly schedules: same times → one schedule with several days. */
export function schedulesOf(office: OfficeRecord): Json[] {
  const groups = new Map<string, HoursRecord[]>();
  for (const h of office.hours) {
    const key = `${h.opensAt}-${h.closesAt}-${h.walkInOnly ? WALK_IN : "all"}`;
    groups.set(key, [...(groups.get(key) ?? []), h]);
  }
  return [...groups.entries()].map(([key, rows]) => {
    const first = rows[0]!;
    const days = [...new Set(rows.map((r) => r.weekday))].sort((a, b) => a - b);
    return compact({
      id: derivedId(office.hsdsId, "schedule", key),
      location_id: office.hsdsId,
      freq: "WEEKLY",
      wkst: "MO",
      byday: days.map((d) => WEEKDAYS[d - 1]).join(","),
      opens_at: first.opensAt,
      closes_at: first.closesAt,
      attending_type: first.walkInOnly ? WALK_IN : undefined,
      "x-timezone": TIME_ZONE,
    });
  });
}

export function locationFull(office: OfficeRecord, languageEntries?: Json[]): Json {
  const id = office.hsdsId;
  const out: Json = {
    ...locationBasic(office),
    addresses: [
      {
        id: derivedId(id, "address"),
        location_id: id,
        address_1: office.street,
        city: office.city,
        state_province: ADDRESS_REGION,
        postal_code: office.postalCode,
        country: ADDRESS_COUNTRY,
        address_type: "physical",
      },
    ],
    phones: office.phone
      ? [{ id: derivedId(id, "phone"), location_id: id, number: office.phone }]
      : [],
    contacts: office.email
      ? [{ id: derivedId(id, "contact"), location_id: id, ...emailAddress(office.email) }]
      : [],
    accessibility: nonEmpty(office.accessibility)
      ? [{ id: derivedId(id, "accessibility"), location_id: id, description: office.accessibility }]
      : [],
    schedules: schedulesOf(office),
  };
  if (languageEntries) out.languages = languageEntries;
  if (office.closures.length > 0) {
    out["x-closures"] = office.closures.map((c) => ({
      starts_on: c.startsOn,
      ends_on: c.endsOn,
      reason: c.reason,
    }));
  }
  return out;
}

// ---------------------------------------------------------------- service

function serviceEmail(channels: ChannelRecord[]): string | undefined {
  return channels.find((c) => c.kind === "EMAIL" && EMAIL.test(c.value))?.value;
}

/** One-to-one fields of a service (the `service_list` shape without organization). */
export function serviceBasic(service: ServiceRecord, ctx: MapContext): Json {
  const lang = ctx.mode === "export" ? defaultLanguage : ctx.lang;
  const texts = textPicker(service.texts, lang);
  const out = compact({
    id: service.hsdsId,
    organization_id: service.organizationHsdsId,
    name: texts.pick("title", "name"),
    description: texts.pick("description", "description"),
    ...webAddress("url", service.url),
    email: serviceEmail(service.channels),
    status: statusOf(service),
    application_process: texts.pick("howToApply", "application_process"),
    fees_description: texts.pick("costs", "fees_description"),
    eligibility_description: texts.pick("eligibility", "eligibility_description"),
    last_modified: lastModified(service).toISOString(),
    "x-slug": service.slug,
    "x-summary": texts.pick("summary", "x-summary"),
    "x-benefits": texts.pick("benefits", "x-benefits"),
    "x-keywords": texts.pick("keywords", "x-keywords"),
    "x-easy-language": service.texts[defaultLanguage]?.easyLanguage,
    "x-legal-basis": service.legalBasis,
    "x-neutral-keywords": service.keywords,
    "x-emergency": service.emergency,
    "x-applies-from-application-month": service.appliesFromApplicationMonth,
  });
  // name is required even when empty.
  out.name ??= "";
  return { ...out, ...texts.tags() };
}

/** An item of `/services`: one-to-one fields and the organization. */
export function serviceListItem(service: ServiceRecord, ctx: MapContext): Json {
  const org = ctx.organizations.get(service.organizationHsdsId);
  return {
    ...serviceBasic(service, ctx),
    ...(org ? { organization: organizationBasic(org) } : {}),
  };
}

function channelPhones(service: ServiceRecord): Json[] {
  const seen = new Set<string>();
  return service.channels
    .filter((c) => c.kind === "PHONE")
    .map((c) => {
      let key = c.value;
      while (seen.has(key)) key += "+";
      seen.add(key);
      return compact({
        id: derivedId(service.hsdsId, "phone", key),
        service_id: service.hsdsId,
        number: c.value,
        description: c.label,
      });
    });
}

function languageEntries(service: ServiceRecord, link: LocationLink, lang: Language): Json[] {
  return link.languages.map((code) => ({
    id: derivedId(link.hsdsId, "language", code),
    service_id: service.hsdsId,
    location_id: link.officeHsdsId,
    name: languageName(code, lang),
    code,
  }));
}

function documentJson(
  service: ServiceRecord,
  doc: DocumentRecord,
  index: number,
  ctx: MapContext,
): Json {
  const lang = ctx.mode === "export" ? defaultLanguage : ctx.lang;
  const texts = textPicker(doc.texts, lang);
  const out = compact({
    id: derivedId(service.hsdsId, "required_document", index),
    service_id: service.hsdsId,
    document: texts.pick("title", "document"),
    uri: doc.uri,
    "x-note": texts.pick("note", "x-note"),
  });
  Object.assign(out, texts.tags());
  if (ctx.mode === "export") {
    out["x-translations"] = Object.fromEntries(
      localeOrder(doc.texts).map((l) => {
        const t = doc.texts[l]!;
        return [l, { document: t.title, "x-note": t.note }];
      }),
    );
  }
  return out;
}

function attributes(service: ServiceRecord, ctx: MapContext): Json[] {
  const terms = [...service.categories, ...service.lifeSituations]
    .map((id) => ctx.terms.get(id))
    .filter((t): t is TermRecord => t !== undefined)
    .sort(
      (a, b) =>
        (a.taxonomy === b.taxonomy ? 0 : a.taxonomy === "category" ? -1 : 1) ||
        a.sort - b.sort ||
        a.slug.localeCompare(b.slug),
    );
  const apiCtx: MapContext = { ...ctx, mode: "api", lang: ctx.mode === "export" ? "de" : ctx.lang };
  return terms.map((term) => ({
    id: derivedId(service.hsdsId, "attribute", term.hsdsId),
    link_id: service.hsdsId,
    link_entity: "service",
    taxonomy_term_id: term.hsdsId,
    taxonomy_term: taxonomyTerm(term, apiCtx),
  }));
}

function serviceTranslations(service: ServiceRecord): Json {
  return Object.fromEntries(
    localeOrder(service.texts).map((l) => {
      const t = service.texts[l]!;
      return [
        l,
        {
          name: t.title,
          description: t.description,
          "x-summary": t.summary,
          eligibility_description: t.eligibility,
          "x-benefits": t.benefits,
          application_process: t.howToApply,
          fees_description: t.costs,
          "x-keywords": t.keywords,
          "x-easy-language": t.easyLanguage,
          last_modified: t.updatedAt.toISOString(),
        },
      ];
    }),
  );
}

export function serviceAtLocationInService(
  service: ServiceRecord,
  link: LocationLink,
  ctx: MapContext,
): Json {
  const office = ctx.offices.get(link.officeHsdsId);
  return compact({
    id: link.hsdsId,
    service_id: service.hsdsId,
    location_id: link.officeHsdsId,
    description: link.note,
    location: office ? locationFull(office) : undefined,
  });
}

/** A fully nested service (`/services/{id}`, and inside organizations and exports). */
export function serviceFull(
  service: ServiceRecord,
  ctx: MapContext,
  options: { withOrganization: boolean; withLocations?: boolean },
): Json {
  const lang = ctx.mode === "export" ? defaultLanguage : ctx.lang;
  const org = ctx.organizations.get(service.organizationHsdsId);
  const out: Json = {
    ...serviceBasic(service, ctx),
    phones: channelPhones(service),
    ...(options.withLocations === false
      ? {}
      : {
          service_at_locations: service.locations.map((link) =>
            serviceAtLocationInService(service, link, ctx),
          ),
        }),
    languages: service.locations.flatMap((link) => languageEntries(service, link, lang)),
    ...(options.withOrganization && org ? { organization: organizationInService(org) } : {}),
    required_documents: service.documents.map((d, i) => documentJson(service, d, i, ctx)),
    attributes: attributes(service, ctx),
    "x-channels": service.channels.map((c) => compact({ ...c })),
    "x-excludes": service.excludes.filter((id) => ctx.visibleServices.has(id)),
  };
  if (ctx.mode === "export") {
    Object.assign(out, compact({ "x-booking-topic": service.bookingTopicKey }), {
      // null too: "never published" must survive the round trip.
      "x-first-published-at": service.firstPublishedAt?.toISOString() ?? null,
      "x-published-at": service.publishedAt?.toISOString() ?? null,
    });
    out["x-translations"] = serviceTranslations(service);
  }
  return out;
}

// ---------------------------------------------------------------- service_at_location

export function serviceAtLocationListItem(
  service: ServiceRecord,
  link: LocationLink,
  ctx: MapContext,
): Json {
  const office = ctx.offices.get(link.officeHsdsId);
  return compact({
    id: link.hsdsId,
    service_id: service.hsdsId,
    location_id: link.officeHsdsId,
    description: link.note,
    location: office ? locationBasic(office) : undefined,
    service: serviceBasic(service, ctx),
  });
}

export function serviceAtLocationFull(
  service: ServiceRecord,
  link: LocationLink,
  ctx: MapContext,
): Json {
  const office = ctx.offices.get(link.officeHsdsId);
  return compact({
    id: link.hsdsId,
    service_id: service.hsdsId,
    location_id: link.officeHsdsId,
    description: link.note,
    location: office ? locationFull(office, languageEntries(service, link, ctx.lang)) : undefined,
    service: serviceFull(service, ctx, { withOrganization: true, withLocations: false }),
  });
}
