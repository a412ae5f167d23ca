// Patch + stored record → the record to store. Pure. What a patch leaves out
// is kept; new records get the directory's defaults, and the notes say which.
// Timestamps move only when content changed, so importing the same file twice
// changes nothing.
import { defaultLanguage, languages, type Language } from "~/i18n";
import type {
  LinkPatch,
  LocationPatch,
  OrganizationPatch,
  ServicePatch,
  TermPatch,
  TextPatch,
} from "./from-hsds";
import type {
  ChannelRecord,
  DocumentRecord,
  HoursRecord,
  LocationLink,
  OfficeRecord,
  OrganizationRecord,
  ServiceRecord,
  ServiceText,
  TaxonomyKind,
  TermRecord,
  Texts,
} from "./model";

export type Merged<R> = { ok: true; record: R; notes: string[] } | { ok: false; reason: string };

/** Record content without timestamps: equal content means "unchanged". */
export function sameContent(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => {
    if (key === "updatedAt") return undefined;
    if (v instanceof Date) return v.toISOString();
    if (v && typeof v === "object" && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : 1)),
      );
    }
    return v;
  });
}

const GERMAN_LETTERS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => GERMAN_LETTERS[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
}

function ordered<T>(texts: Texts<T>): Texts<T> {
  const out: Texts<T> = {};
  for (const l of languages) if (texts[l] !== undefined) out[l] = texts[l];
  return out;
}

// ---------------------------------------------------------------- organization

export function mergeOrganization(
  existing: OrganizationRecord | null,
  patch: OrganizationPatch,
): Merged<OrganizationRecord> {
  const notes: string[] = [];
  if (!existing && patch.kind === undefined)
    notes.push("x-kind missing: stored as partner organisation");
  return {
    ok: true,
    record: {
      hsdsId: patch.hsdsId,
      kind: patch.kind ?? existing?.kind ?? "PARTNER",
      name: patch.name,
      description: patch.description ?? existing?.description ?? "",
      email: patch.email !== undefined ? patch.email : (existing?.email ?? null),
      phone: patch.phone !== undefined ? patch.phone : (existing?.phone ?? null),
      website: patch.website !== undefined ? patch.website : (existing?.website ?? null),
    },
    notes,
  };
}

// ---------------------------------------------------------------- office

function sortHours(hours: HoursRecord[]): HoursRecord[] {
  const seen = new Set<string>();
  return [...hours]
    .sort(
      (a, b) =>
        a.weekday - b.weekday ||
        a.opensAt.localeCompare(b.opensAt) ||
        a.closesAt.localeCompare(b.closesAt),
    )
    .filter((h) => {
      const key = `${h.weekday}|${h.opensAt}|${h.closesAt}|${h.walkInOnly}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

export function mergeOffice(
  existing: OfficeRecord | null,
  patch: LocationPatch,
): Merged<OfficeRecord> {
  const notes: string[] = [];
  const organizationHsdsId = patch.organizationHsdsId ?? existing?.organizationHsdsId;
  if (!organizationHsdsId) {
    return {
      ok: false,
      reason: "no organization: give organization_id or nest the location in its organization",
    };
  }
  const address = patch.address ?? existing;
  if (!address) return { ok: false, reason: "no address (addresses with address_1 and city)" };
  let name = patch.name ?? existing?.name;
  if (!name) {
    name = address.street;
    notes.push("name missing: the street is the name");
  }
  const keep = <K extends keyof OfficeRecord>(key: K, fallback: OfficeRecord[K]) =>
    (patch as Partial<OfficeRecord>)[key] !== undefined
      ? (patch as Partial<OfficeRecord>)[key]!
      : (existing?.[key] ?? fallback);
  return {
    ok: true,
    record: {
      hsdsId: patch.hsdsId,
      organizationHsdsId,
      name,
      street: address.street,
      postalCode: address.postalCode,
      city: address.city,
      lat: patch.lat !== undefined ? patch.lat : (existing?.lat ?? null),
      lng: patch.lng !== undefined ? patch.lng : (existing?.lng ?? null),
      phone: patch.phone !== undefined ? patch.phone : (existing?.phone ?? null),
      email: patch.email !== undefined ? patch.email : (existing?.email ?? null),
      accessibility: keep("accessibility", ""),
      transportation: keep("transportation", ""),
      hours: sortHours(patch.hours ?? existing?.hours ?? []),
      closures: [...(patch.closures ?? existing?.closures ?? [])].sort(
        (a, b) => a.startsOn.localeCompare(b.startsOn) || a.endsOn.localeCompare(b.endsOn),
      ),
    },
    notes,
  };
}

// ---------------------------------------------------------------- taxonomy term

export function mergeTerm(
  existing: TermRecord | null,
  patch: TermPatch,
  nextSort: number,
): Merged<TermRecord> {
  const notes: string[] = [];
  if (existing && existing.taxonomy !== patch.taxonomy) {
    return { ok: false, reason: "the term exists in the other taxonomy" };
  }
  const texts: TermRecord["texts"] = patch.texts.replace ? {} : { ...existing?.texts };
  for (const [locale, value] of Object.entries(patch.texts.values) as [
    Language,
    { title?: string; description?: string },
  ][]) {
    const merged = { title: "", description: "", ...texts[locale], ...value };
    if (!merged.title) {
      notes.push(`${locale}: no name, language left out`);
      continue;
    }
    texts[locale] = { title: merged.title, description: merged.description };
  }
  const german = texts[defaultLanguage];
  if (!german) return { ok: false, reason: "no German name (language de)" };
  return {
    ok: true,
    record: {
      taxonomy: patch.taxonomy,
      hsdsId: patch.hsdsId,
      slug: patch.slug ?? existing?.slug ?? slugify(german.title),
      sort: patch.sort ?? existing?.sort ?? nextSort,
      texts: ordered(texts),
    },
    notes,
  };
}

// ---------------------------------------------------------------- service

const EMPTY_TEXT: Omit<ServiceText, "updatedAt"> = {
  title: "",
  summary: "",
  description: "",
  eligibility: "",
  benefits: "",
  howToApply: "",
  costs: "",
  keywords: "",
  easyLanguage: null,
};

function mergeTexts(
  existing: Texts<ServiceText>,
  patch: { replace: boolean; values: Texts<TextPatch> } | undefined,
  changedAt: Date,
  notes: string[],
): Texts<ServiceText> {
  if (!patch) return existing;
  const out: Texts<ServiceText> = patch.replace ? {} : { ...existing };
  for (const [locale, value] of Object.entries(patch.values) as [Language, TextPatch][]) {
    const before = existing[locale];
    const { updatedAt: given, ...fields } = value;
    const beforeFields = before ? stripTime(before) : null;
    const text = { ...EMPTY_TEXT, ...(patch.replace ? {} : beforeFields), ...fields };
    if (!text.title) {
      notes.push(`${locale}: no name, language left out`);
      if (patch.replace) continue;
      if (before) out[locale] = before;
      continue;
    }
    const changed = !before || !sameContent(beforeFields, text);
    out[locale] = {
      ...text,
      updatedAt: changed ? (given ?? changedAt) : before.updatedAt,
    };
  }
  return ordered(out);
}

function stripTime(value: ServiceText): Omit<ServiceText, "updatedAt"> {
  const { updatedAt: _, ...rest } = value;
  return rest;
}

function mergeChannels(existing: ChannelRecord[], patch: ServicePatch): ChannelRecord[] {
  if (patch.channels) return patch.channels;
  let channels = existing;
  if (patch.phoneChannels) {
    const at = channels.findIndex((c) => c.kind === "PHONE");
    const rest = channels.filter((c) => c.kind !== "PHONE");
    const index = at < 0 ? rest.length : at;
    channels = [...rest.slice(0, index), ...patch.phoneChannels, ...rest.slice(index)];
  }
  if (patch.emailChannel !== undefined) {
    const at = channels.findIndex((c) => c.kind === "EMAIL");
    const rest = channels.filter((c) => c.kind !== "EMAIL");
    const added = patch.emailChannel ? [patch.emailChannel] : [];
    const index = at < 0 ? rest.length : at;
    channels = [...rest.slice(0, index), ...added, ...rest.slice(index)];
  }
  return channels;
}

function mergeDocuments(
  existing: DocumentRecord[],
  patch: ServicePatch["documents"],
): DocumentRecord[] {
  if (!patch) return existing;
  return patch.map((doc, i) => {
    const before = doc.complete ? {} : (existing[i]?.texts ?? {});
    const texts: DocumentRecord["texts"] = { ...before };
    for (const [locale, t] of Object.entries(doc.texts) as [
      Language,
      { title?: string; note?: string },
    ][]) {
      const merged = { title: "", note: "", ...texts[locale], ...t };
      if (merged.title) texts[locale] = { title: merged.title, note: merged.note };
    }
    return { uri: doc.uri, texts: ordered(texts) };
  });
}

function mergeLocations(
  existing: LocationLink[],
  patch: LinkPatch[] | undefined,
  notes: string[],
): LocationLink[] {
  if (!patch) return existing;
  const offices = new Set<string>();
  const out: LocationLink[] = [];
  for (const link of patch) {
    if (offices.has(link.officeHsdsId)) {
      notes.push(`service_at_location ${link.hsdsId}: second link to the same location, skipped`);
      continue;
    }
    offices.add(link.officeHsdsId);
    const before = existing.find((l) => l.hsdsId === link.hsdsId);
    out.push({
      hsdsId: link.hsdsId,
      officeHsdsId: link.officeHsdsId,
      languages: link.languages ?? before?.languages ?? [defaultLanguage],
      note: link.note ?? before?.note ?? "",
    });
  }
  return out.sort((a, b) => (a.hsdsId < b.hsdsId ? -1 : a.hsdsId > b.hsdsId ? 1 : 0));
}

export interface ServiceMergeInput {
  existing: ServiceRecord | null;
  patch: ServicePatch;
  now: Date;
  /** Which taxonomy a term hsdsId belongs to (null: unknown). */
  taxonomyOf: (termHsdsId: string) => TaxonomyKind | null;
}

export function mergeService({
  existing,
  patch,
  now,
  taxonomyOf,
}: ServiceMergeInput): Merged<ServiceRecord> {
  const notes: string[] = [];
  const organizationHsdsId = patch.organizationHsdsId ?? existing?.organizationHsdsId;
  if (!organizationHsdsId) {
    return {
      ok: false,
      reason:
        "no organization: give organization_id, a nested organization, or nest the service in one",
    };
  }
  const changedAt = patch.lastModified ?? now;
  const texts = mergeTexts(existing?.texts ?? {}, patch.texts, changedAt, notes);
  const german = texts[defaultLanguage];
  if (!german) return { ok: false, reason: "no German name (name, or x-translations.de)" };

  let categories = existing?.categories ?? [];
  let lifeSituations = existing?.lifeSituations ?? [];
  if (patch.termIds) {
    categories = [];
    lifeSituations = [];
    for (const id of patch.termIds) {
      const taxonomy = taxonomyOf(id);
      if (taxonomy === "category") categories.push(id);
      else if (taxonomy === "lifeSituation") lifeSituations.push(id);
      else
        notes.push(`attribute: taxonomy term ${id} is not in the directory's taxonomies, ignored`);
    }
    categories = [...new Set(categories)].sort();
    lifeSituations = [...new Set(lifeSituations)].sort();
  }

  if (!existing && patch.status === undefined) notes.push("status missing: stored as draft");
  const status = patch.status ?? existing?.status ?? "DRAFT";
  let publishedAt =
    patch.publishedAt !== undefined ? patch.publishedAt : (existing?.publishedAt ?? null);
  if (
    status === "PUBLISHED" &&
    existing?.status !== "PUBLISHED" &&
    patch.publishedAt === undefined
  ) {
    publishedAt = now;
  }
  const firstPublishedAt =
    patch.firstPublishedAt !== undefined
      ? patch.firstPublishedAt
      : (existing?.firstPublishedAt ?? publishedAt);

  const record: ServiceRecord = {
    hsdsId: patch.hsdsId,
    slug:
      patch.slug ??
      existing?.slug ??
      (slugify(german.title) || `leistung-${patch.hsdsId.slice(0, 8)}`),
    status,
    legalBasis: patch.legalBasis ?? existing?.legalBasis ?? "",
    organizationHsdsId,
    emergency: patch.emergency ?? existing?.emergency ?? false,
    appliesFromApplicationMonth:
      patch.appliesFromApplicationMonth ?? existing?.appliesFromApplicationMonth ?? false,
    bookingTopicKey:
      patch.bookingTopicKey !== undefined
        ? patch.bookingTopicKey
        : (existing?.bookingTopicKey ?? null),
    keywords: patch.keywords ?? existing?.keywords ?? "",
    url: patch.url !== undefined ? patch.url : (existing?.url ?? null),
    firstPublishedAt,
    publishedAt,
    updatedAt: existing?.updatedAt ?? changedAt,
    texts,
    categories,
    lifeSituations,
    documents: mergeDocuments(existing?.documents ?? [], patch.documents),
    channels: mergeChannels(existing?.channels ?? [], patch),
    locations: mergeLocations(existing?.locations ?? [], patch.locations, notes),
    excludes: existing?.excludes ?? [],
  };
  if (existing && !sameContent({ ...existing, excludes: [] }, { ...record, excludes: [] })) {
    record.updatedAt = changedAt;
  }
  return { ok: true, record, notes };
}

/** Adds or replaces one location link of a service (a standalone service_at_location). */
export function withLink(service: ServiceRecord, link: LinkPatch): ServiceRecord {
  const before = service.locations.find((l) => l.hsdsId === link.hsdsId);
  const others = service.locations.filter(
    (l) => l.hsdsId !== link.hsdsId && l.officeHsdsId !== link.officeHsdsId,
  );
  const merged: LocationLink = {
    hsdsId: link.hsdsId,
    officeHsdsId: link.officeHsdsId,
    languages: link.languages ?? before?.languages ?? [defaultLanguage],
    note: link.note ?? before?.note ?? "",
  };
  return {
    ...service,
    locations: [...others, merged].sort((a, b) =>
      a.hsdsId < b.hsdsId ? -1 : a.hsdsId > b.hsdsId ? 1 : 0,
    ),
  };
}
