// HSDS 3.0 JSON → record patches. Pure: no database. The import
// (import.server.ts) merges a patch into the stored record.
//
// Patch semantics: a property the input leaves out keeps what is stored; a
// property it gives (even an empty list) replaces it. Whatever HSDS holds that
// the directory has no place for is named in the notes, never silently lost;
// named contacts are personal data and are never stored.
import { defaultLanguage, isLanguage, type Language } from "~/i18n";
import { isUuid } from "./ids";
import {
  CHANNEL_KINDS,
  ORGANIZATION_KINDS,
  TAXONOMIES,
  taxonomyOfId,
  type ChannelKind,
  type ChannelRecord,
  type ClosureRecord,
  type HoursRecord,
  type OrganizationKind,
  type ServiceStatus,
  type ServiceText,
  type TaxonomyKind,
  type Texts,
} from "./model";
import { WEEKDAYS, type Json } from "./to-hsds";

export type Kind =
  "organization" | "location" | "service" | "service_at_location" | "taxonomy" | "taxonomy_term";

export type Parsed<P> = { ok: true; patch: P; notes: string[] } | { ok: false; reason: string };

// ---------------------------------------------------------------- reading helpers

export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function has(raw: Json, key: string): boolean {
  return raw[key] !== undefined && raw[key] !== null;
}

class Reader {
  readonly notes: string[] = [];
  constructor(readonly raw: Json) {}

  /** A string property: undefined when absent (or null), trimmed otherwise. */
  string(key: string): string | undefined {
    const v = this.raw[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === "number") return String(v);
    if (typeof v !== "string") {
      this.notes.push(`${key}: not a string, ignored`);
      return undefined;
    }
    return v.trim();
  }

  boolean(key: string): boolean | undefined {
    const v = this.raw[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === "boolean") return v;
    this.notes.push(`${key}: not true/false, ignored`);
    return undefined;
  }

  number(key: string): number | undefined {
    const v = this.raw[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === "number" && Number.isFinite(v)) return v;
    this.notes.push(`${key}: not a number, ignored`);
    return undefined;
  }

  array(key: string): unknown[] | undefined {
    const v = this.raw[key];
    if (v === undefined || v === null) return undefined;
    if (Array.isArray(v)) return v;
    this.notes.push(`${key}: not a list, ignored`);
    return undefined;
  }

  objects(key: string): Json[] | undefined {
    const list = this.array(key);
    if (!list) return undefined;
    const objects = list.filter(isObject);
    if (objects.length < list.length)
      this.notes.push(`${key}: entries that are not objects ignored`);
    return objects;
  }

  object(key: string): Json | undefined {
    const v = this.raw[key];
    if (v === undefined || v === null) return undefined;
    if (isObject(v)) return v;
    this.notes.push(`${key}: not an object, ignored`);
    return undefined;
  }

  email(key: string): string | null | undefined {
    // x-email: an address our export could not put into `email` (see to-hsds.ts).
    const v = this.string(key) ?? this.string(`x-${key}`);
    if (v === undefined) return undefined;
    if (v !== "" && this.raw[key] === undefined) return v;
    if (v === "") return null;
    if (EMAIL.test(v)) return v;
    this.notes.push(`${key}: "${v}" is not an email address, ignored`);
    return undefined;
  }

  url(key: string): string | null | undefined {
    const v = this.string(key) ?? this.string(`x-${key}`);
    if (v === undefined) return undefined;
    if (v !== "" && this.raw[key] === undefined) return v;
    if (v === "") return null;
    if (isHttpUrl(v)) return v;
    this.notes.push(`${key}: "${v}" is not an http(s) address, ignored`);
    return undefined;
  }

  date(key: string): Date | undefined {
    const v = this.string(key);
    if (v === undefined || v === "") return undefined;
    const d = new Date(v);
    if (Number.isNaN(d.getTime())) {
      this.notes.push(`${key}: "${v}" is not a date, ignored`);
      return undefined;
    }
    return d;
  }

  /** Names the properties that are given but have no place in the directory. */
  unsupported(keys: readonly string[]) {
    const given = keys.filter((k) => {
      const v = this.raw[k];
      return v !== undefined && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0);
    });
    if (given.length > 0)
      this.notes.push(`not stored (no place in the directory): ${given.join(", ")}`);
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === "http:" || u.protocol === "https:";
  } catch {
    return false;
  }
}

/** Phone numbers sometimes arrive wrapped in quotes (as in the HSDS examples). */
function cleanPhone(value: string): string {
  return value.replace(/^"+|"+$/g, "").trim();
}

/** ISO 639-1 or -2 code → one of our languages, or null. */
const LANGUAGE_ALIASES: Record<string, Language> = {
  deu: "de",
  ger: "de",
  eng: "en",
  tur: "tr",
  ara: "ar",
  ukr: "uk",
  rus: "ru",
  pol: "pl",
};

export function ourLanguage(code: string | undefined): Language | null {
  if (!code) return null;
  const c = code.trim().toLowerCase();
  if (isLanguage(c)) return c;
  return LANGUAGE_ALIASES[c] ?? null;
}

function firstParagraph(text: string): { summary: string; rest: string } {
  const at = text.indexOf("\n\n");
  if (at < 0) return { summary: text, rest: "" };
  return { summary: text.slice(0, at).trim(), rest: text.slice(at + 2).trim() };
}

// ---------------------------------------------------------------- what is this object?

const ORG_KEYS = [
  "x-kind",
  "website",
  "tax_status",
  "tax_id",
  "year_incorporated",
  "legal_status",
  "logo",
  "parent_organization_id",
  "programs",
  "organization_identifiers",
  "locations",
  "services",
];
const SERVICE_KEYS = [
  "status",
  "service_at_locations",
  "eligibility_description",
  "application_process",
  "fees_description",
  "required_documents",
  "interpretation_services",
  "service_areas",
  "cost_options",
  "program",
  "organization",
  "last_modified",
  "x-slug",
];
const TERM_KEYS = [
  "taxonomy_id",
  "taxonomy_detail",
  "parent_id",
  "code",
  "term_uri",
  "language",
  "taxonomy",
];

export type Detected = { kind: Kind } | { kind: null; reason: string };

export function detectKind(raw: Json): Detected {
  const keys = Object.keys(raw);
  if (keys.some((k) => k.endsWith(".csv"))) {
    return {
      kind: null,
      reason:
        "HSDS tabular form (CSV tables as JSON) is not supported: import nested services or organizations",
    };
  }
  if (!has(raw, "id") && has(raw, "version") && (has(raw, "openapi_url") || has(raw, "profile"))) {
    return { kind: null, reason: "API information (the `/` endpoint): it holds no directory data" };
  }
  if (has(raw, "location_type") || has(raw, "addresses")) return { kind: "location" };
  if (
    isObject(raw.service) ||
    (isObject(raw.location) && !has(raw, "name")) ||
    (has(raw, "service_id") && has(raw, "location_id") && !has(raw, "name"))
  ) {
    return { kind: "service_at_location" };
  }
  if (SERVICE_KEYS.some((k) => has(raw, k))) return { kind: "service" };
  if (ORG_KEYS.some((k) => has(raw, k)) || has(raw, "email") || has(raw, "phones")) {
    return { kind: "organization" };
  }
  if (TERM_KEYS.some((k) => has(raw, k))) return { kind: "taxonomy_term" };
  if (has(raw, "uri") || has(raw, "version") || taxonomyOfId(String(raw.id)) !== null) {
    return { kind: "taxonomy" };
  }
  return { kind: null, reason: "cannot tell which HSDS object this is" };
}

// ---------------------------------------------------------------- units: the objects of a file, in order

export interface UnitContext {
  /** The organization the object sits in (services and locations of an organization). */
  organizationHsdsId?: string;
}

export interface Unit {
  kind: Kind | null;
  path: string;
  raw: unknown;
  context: UnitContext;
  /** Set when the object cannot be imported at all. */
  rejection?: string;
}

/** The order of the import: what others refer to comes first. */
export const PHASES: Kind[] = [
  "taxonomy",
  "taxonomy_term",
  "organization",
  "location",
  "service",
  "service_at_location",
];

function isPage(raw: Json): boolean {
  return Array.isArray(raw.contents) && (has(raw, "total_items") || has(raw, "page_number"));
}

/**
 * Every importable object of a document (one object, an array, a Page, and
 * the objects nested in them), sorted so that what others refer to comes first.
 */
export function collectUnits(input: unknown): Unit[] {
  const units: Unit[] = [];

  function organizationIdOf(raw: Json): string | undefined {
    return typeof raw.id === "string" ? raw.id : undefined;
  }

  function walk(value: unknown, path: string, context: UnitContext) {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${path}[${i}]`, context));
      return;
    }
    if (!isObject(value)) {
      units.push({ kind: null, path, raw: value, context, rejection: "not a JSON object" });
      return;
    }
    if (isPage(value)) {
      walk(value.contents, `${path}.contents`, context);
      return;
    }
    const detected = detectKind(value);
    if (detected.kind === null) {
      units.push({ kind: null, path, raw: value, context, rejection: detected.reason });
      return;
    }
    switch (detected.kind) {
      case "organization":
        walkOrganization(value, path);
        return;
      case "service":
        walkService(value, path, context);
        return;
      case "service_at_location": {
        let org = context;
        if (isObject(value.service)) {
          walkService(value.service, `${path}.service`, context);
          org = { organizationHsdsId: serviceOrganizationId(value.service, context) };
        }
        if (isObject(value.location)) walkLocation(value.location, `${path}.location`, org);
        units.push({ kind: "service_at_location", path, raw: value, context: org });
        return;
      }
      case "location":
        walkLocation(value, path, context);
        return;
      default:
        units.push({ kind: detected.kind, path, raw: value, context });
    }
  }

  function walkOrganization(value: Json, path: string) {
    units.push({ kind: "organization", path, raw: value, context: {} });
    const org = { organizationHsdsId: organizationIdOf(value) };
    if (Array.isArray(value.locations)) {
      value.locations.forEach((l, i) => walkAs("location", l, `${path}.locations[${i}]`, org));
    }
    if (Array.isArray(value.services)) {
      value.services.forEach((s, i) => walkService(s, `${path}.services[${i}]`, org));
    }
  }

  function serviceOrganizationId(raw: Json, context: UnitContext): string | undefined {
    if (typeof raw.organization_id === "string") return raw.organization_id;
    if (isObject(raw.organization) && typeof raw.organization.id === "string") {
      return raw.organization.id;
    }
    return context.organizationHsdsId;
  }

  function walkAs(kind: Kind, value: unknown, path: string, context: UnitContext) {
    if (!isObject(value)) {
      units.push({ kind, path, raw: value, context, rejection: "not a JSON object" });
      return;
    }
    if (kind === "location") walkLocation(value, path, context);
    else units.push({ kind, path, raw: value, context });
  }

  function walkLocation(value: Json, path: string, context: UnitContext) {
    units.push({ kind: "location", path, raw: value, context });
  }

  function walkService(value: unknown, path: string, context: UnitContext) {
    if (!isObject(value)) {
      units.push({ kind: "service", path, raw: value, context, rejection: "not a JSON object" });
      return;
    }
    if (isObject(value.organization)) walkOrganization(value.organization, `${path}.organization`);
    const org = { organizationHsdsId: serviceOrganizationId(value, context) };
    if (Array.isArray(value.service_at_locations)) {
      value.service_at_locations.forEach((sal, i) => {
        if (isObject(sal) && isObject(sal.location)) {
          walkLocation(sal.location, `${path}.service_at_locations[${i}].location`, org);
        }
      });
    }
    units.push({ kind: "service", path, raw: value, context: org });
  }

  walk(input, "$", {});
  const phase = (u: Unit) => (u.kind === null ? -1 : PHASES.indexOf(u.kind));
  // Stable sort: file order within a phase.
  return units
    .map((u, i) => ({ u, i }))
    .sort((a, b) => phase(a.u) - phase(b.u) || a.i - b.i)
    .map(({ u }) => u);
}

// ---------------------------------------------------------------- organization

export interface OrganizationPatch {
  hsdsId: string;
  name: string;
  description?: string;
  kind?: OrganizationKind;
  email?: string | null;
  phone?: string | null;
  website?: string | null;
}

function requireId(raw: Json): string | null {
  return isUuid(raw.id) ? raw.id.toLowerCase() : null;
}

function phoneOf(r: Reader, key = "phones"): string | null | undefined {
  const phones = r.objects(key);
  if (phones === undefined) return undefined;
  const numbers = phones
    .map((p) => (typeof p.number === "string" ? cleanPhone(p.number) : ""))
    .filter((n) => n !== "");
  if (numbers.length > 1) r.notes.push(`${key}: only the first number is stored`);
  return numbers[0] ?? null;
}

export function parseOrganization(raw: Json): Parsed<OrganizationPatch> {
  const hsdsId = requireId(raw);
  if (!hsdsId) return { ok: false, reason: "id is missing or not a UUID" };
  const r = new Reader(raw);
  const name = r.string("name");
  if (!name) return { ok: false, reason: "name is missing" };
  let kind: OrganizationKind | undefined;
  const k = r.string("x-kind");
  if (k !== undefined) {
    const upper = k.toUpperCase() as OrganizationKind;
    if (ORGANIZATION_KINDS.includes(upper)) kind = upper;
    else r.notes.push(`x-kind: "${k}" unknown, ignored`);
  }
  r.unsupported([
    "alternate_name",
    "tax_status",
    "tax_id",
    "year_incorporated",
    "legal_status",
    "logo",
    "uri",
    "parent_organization_id",
    "funding",
    "programs",
    "organization_identifiers",
    "attributes",
    "metadata",
  ]);
  if (Array.isArray(raw.contacts) && raw.contacts.length > 0) {
    r.notes.push("contacts not stored (people are personal data)");
  }
  return {
    ok: true,
    patch: {
      hsdsId,
      name,
      description: r.string("description"),
      kind,
      email: r.email("email"),
      phone: phoneOf(r),
      website: r.url("website"),
    },
    notes: r.notes,
  };
}

// ---------------------------------------------------------------- location

export interface LocationPatch {
  hsdsId: string;
  organizationHsdsId?: string;
  name?: string;
  address?: { street: string; postalCode: string; city: string };
  lat?: number | null;
  lng?: number | null;
  phone?: string | null;
  email?: string | null;
  accessibility?: string;
  transportation?: string;
  hours?: HoursRecord[];
  closures?: ClosureRecord[];
}

function parseTime(value: unknown): { time: string; zoned: boolean } | null {
  if (typeof value !== "string") return null;
  const m = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(value.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 24 || min > 59) return null;
  return { time: `${String(h).padStart(2, "0")}:${m[2]}`, zoned: m[3] !== undefined };
}

export function parseSchedules(schedules: Json[], notes: string[]): HoursRecord[] {
  const hours: HoursRecord[] = [];
  schedules.forEach((s, i) => {
    const label = `schedules[${i}]`;
    const freq = typeof s.freq === "string" ? s.freq.toUpperCase() : undefined;
    const opens = parseTime(s.opens_at);
    const closes = parseTime(s.closes_at);
    const days =
      typeof s.byday === "string"
        ? s.byday
            .split(",")
            .map((d) => d.trim().toUpperCase())
            .filter(Boolean)
        : [];
    const weekdays = days.map((d) => WEEKDAYS.indexOf(d as (typeof WEEKDAYS)[number]) + 1);
    if (freq !== undefined && freq !== "WEEKLY") {
      notes.push(`${label}: only weekly schedules are stored (freq ${freq}), skipped`);
      return;
    }
    if (!opens || !closes || weekdays.length === 0 || weekdays.includes(0)) {
      notes.push(`${label}: needs byday (MO…SU), opens_at and closes_at, skipped`);
      return;
    }
    if (opens.zoned || closes.zoned) {
      notes.push(`${label}: time zone offsets dropped, times are local (Europe/Berlin)`);
    }
    if (has(s, "valid_from") || has(s, "valid_to") || has(s, "interval") || has(s, "count")) {
      notes.push(`${label}: validity period and interval not stored`);
    }
    const walkInOnly =
      typeof s.attending_type === "string" && /walk[\s-]?in/i.test(s.attending_type);
    for (const weekday of weekdays) {
      hours.push({ weekday, opensAt: opens.time, closesAt: closes.time, walkInOnly });
    }
  });
  return hours;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseClosures(list: Json[], notes: string[]): ClosureRecord[] {
  const out: ClosureRecord[] = [];
  list.forEach((c, i) => {
    const startsOn = typeof c.starts_on === "string" ? c.starts_on : "";
    const endsOn = typeof c.ends_on === "string" ? c.ends_on : startsOn;
    if (!DATE.test(startsOn) || !DATE.test(endsOn) || endsOn < startsOn) {
      notes.push(`x-closures[${i}]: needs starts_on and ends_on (YYYY-MM-DD), skipped`);
      return;
    }
    out.push({ startsOn, endsOn, reason: typeof c.reason === "string" ? c.reason : "" });
  });
  return out;
}

export function parseLocation(raw: Json, context: UnitContext): Parsed<LocationPatch> {
  const hsdsId = requireId(raw);
  if (!hsdsId) return { ok: false, reason: "id is missing or not a UUID" };
  const r = new Reader(raw);
  const type = r.string("location_type");
  if (type !== undefined && type !== "physical") {
    return {
      ok: false,
      reason: `location_type "${type}": only physical locations (offices) are held`,
    };
  }
  const organizationHsdsId =
    (isUuid(raw.organization_id) ? raw.organization_id.toLowerCase() : undefined) ??
    context.organizationHsdsId;

  let address: LocationPatch["address"];
  const addresses = r.objects("addresses");
  if (addresses && addresses.length > 0) {
    const chosen = addresses.find((a) => a.address_type === "physical") ?? addresses[0]!;
    const a = new Reader(chosen);
    const street = [a.string("address_1"), a.string("address_2")].filter(Boolean).join(", ");
    const postalCode = a.string("postal_code") ?? "";
    const city = a.string("city") ?? "";
    if (street && city) address = { street, postalCode, city };
    else r.notes.push("addresses: needs address_1 and city, ignored");
    if (chosen.address_type !== "physical") {
      r.notes.push(`addresses: ${String(chosen.address_type)} address used as the office address`);
    }
    if (addresses.length > 1) r.notes.push("addresses: only one address is stored");
  }

  let lat: number | null | undefined;
  let lng: number | null | undefined;
  const la = r.number("latitude");
  const lo = r.number("longitude");
  if (la !== undefined || lo !== undefined) {
    if (la !== undefined && lo !== undefined && Math.abs(la) <= 90 && Math.abs(lo) <= 180) {
      lat = la;
      lng = lo;
    } else {
      r.notes.push("latitude/longitude: missing or out of range, not stored");
    }
  }

  let email: string | null | undefined;
  const contacts = r.objects("contacts");
  if (contacts !== undefined) {
    const named = contacts.filter((c) => typeof c.name === "string" && c.name.trim() !== "");
    if (named.length > 0) r.notes.push("named contacts not stored (people are personal data)");
    const unnamed = contacts.find(
      (c) =>
        !named.includes(c) &&
        ((typeof c.email === "string" && EMAIL.test(c.email)) || typeof c["x-email"] === "string"),
    );
    const address = unnamed?.email ?? unnamed?.["x-email"];
    email = typeof address === "string" ? address : null;
  }

  let accessibility: string | undefined;
  const acc = r.objects("accessibility");
  if (acc !== undefined) {
    accessibility = acc
      .flatMap((a) => [a.description, a.details])
      .filter((t): t is string => typeof t === "string" && t.trim() !== "")
      .join("\n\n");
  }

  const schedules = r.objects("schedules");
  const closures = r.objects("x-closures");
  r.unsupported([
    "alternate_name",
    "description",
    "url",
    "external_identifier",
    "external_identifier_type",
    "attributes",
    "metadata",
  ]);
  return {
    ok: true,
    patch: {
      hsdsId,
      organizationHsdsId,
      name: r.string("name") || undefined,
      address,
      lat,
      lng,
      phone: phoneOf(r),
      email,
      accessibility,
      transportation: r.string("transportation"),
      hours: schedules ? parseSchedules(schedules, r.notes) : undefined,
      closures: closures ? parseClosures(closures, r.notes) : undefined,
    },
    notes: r.notes,
  };
}

// ---------------------------------------------------------------- taxonomy term

export interface TermPatch {
  taxonomy: TaxonomyKind;
  hsdsId: string;
  slug?: string;
  sort?: number;
  texts: { replace: boolean; values: Texts<Partial<{ title: string; description: string }>> };
}

export function parseTaxonomy(raw: Json): Parsed<{ taxonomy: TaxonomyKind }> {
  const kind = taxonomyOfId(String(raw.id));
  if (!kind) {
    return {
      ok: false,
      reason: `taxonomy ${String(raw.name ?? raw.id)}: the directory holds only its own taxonomies (${TAXONOMIES.category.name}, ${TAXONOMIES.lifeSituation.name})`,
    };
  }
  return { ok: true, patch: { taxonomy: kind }, notes: [] };
}

export function parseTerm(raw: Json): Parsed<TermPatch> {
  const hsdsId = requireId(raw);
  if (!hsdsId) return { ok: false, reason: "id is missing or not a UUID" };
  const r = new Reader(raw);
  const detail = r.object("taxonomy_detail");
  const taxonomyId =
    (typeof raw.taxonomy_id === "string" ? raw.taxonomy_id : undefined) ??
    (typeof detail?.id === "string" ? detail.id : undefined);
  if (!taxonomyId) return { ok: false, reason: "taxonomy_id is missing" };
  const taxonomy = taxonomyOfId(taxonomyId.toLowerCase());
  if (!taxonomy) {
    return {
      ok: false,
      reason: `belongs to taxonomy ${taxonomyId}; the directory holds only its own taxonomies (${TAXONOMIES.category.name}, ${TAXONOMIES.lifeSituation.name})`,
    };
  }
  if (has(raw, "parent_id")) r.notes.push("parent_id not stored (the taxonomies are flat)");
  r.unsupported(["term_uri", "metadata"]);

  const values: TermPatch["texts"]["values"] = {};
  const translations = r.object("x-translations");
  if (translations) {
    for (const [code, value] of Object.entries(translations)) {
      const locale = ourLanguage(code);
      if (!locale || !isObject(value)) {
        r.notes.push(`x-translations.${code}: not one of the directory's languages, ignored`);
        continue;
      }
      values[locale] = {
        title: typeof value.name === "string" ? value.name : "",
        description: typeof value.description === "string" ? value.description : "",
      };
    }
  }
  if (!translations || !values[defaultLanguage]) {
    const code = r.string("language");
    const locale = code === undefined ? defaultLanguage : ourLanguage(code);
    if (!locale) {
      return { ok: false, reason: `language "${code}" is not one of the directory's languages` };
    }
    const fallback = fallbackFields(raw);
    const text: Partial<{ title: string; description: string }> = {};
    const name = r.string("name");
    if (name !== undefined) text.title = name;
    const description = r.string("description");
    if (description !== undefined && !fallback.has("description")) text.description = description;
    values[locale] = { ...text, ...values[locale] };
  }
  const sort = r.number("x-sort");
  return {
    ok: true,
    patch: {
      taxonomy,
      hsdsId,
      slug: r.string("code") || undefined,
      sort: sort === undefined ? undefined : Math.round(sort),
      texts: { replace: translations !== undefined, values },
    },
    notes: r.notes,
  };
}

function fallbackFields(raw: Json): Set<string> {
  const list = raw["x-fallback-fields"];
  return new Set(Array.isArray(list) ? list.filter((f): f is string => typeof f === "string") : []);
}

// ---------------------------------------------------------------- service

/** HSDS property → ServiceText field. */
const TEXT_PROPERTIES: [string, keyof Omit<ServiceText, "updatedAt" | "easyLanguage">][] = [
  ["name", "title"],
  ["description", "description"],
  ["x-summary", "summary"],
  ["eligibility_description", "eligibility"],
  ["x-benefits", "benefits"],
  ["application_process", "howToApply"],
  ["fees_description", "costs"],
  ["x-keywords", "keywords"],
];

export type TextPatch = Partial<Omit<ServiceText, "updatedAt">> & { updatedAt?: Date };

export interface LinkPatch {
  hsdsId: string;
  officeHsdsId: string;
  /** Undefined: keep what is stored (new links get German). */
  languages?: string[];
  note?: string;
}

export interface ServicePatch {
  hsdsId: string;
  organizationHsdsId?: string;
  slug?: string;
  status?: ServiceStatus;
  legalBasis?: string;
  emergency?: boolean;
  appliesFromApplicationMonth?: boolean;
  bookingTopicKey?: string | null;
  keywords?: string;
  url?: string | null;
  firstPublishedAt?: Date | null;
  publishedAt?: Date | null;
  lastModified?: Date;
  texts?: { replace: boolean; values: Texts<TextPatch> };
  /** hsdsIds from `attributes`; resolved to categories and life situations by the import. */
  termIds?: string[];
  /** complete: the texts are every language (x-translations), else one language to merge. */
  documents?: {
    uri: string | null;
    texts: Texts<{ title?: string; note?: string }>;
    complete: boolean;
  }[];
  /** `x-channels`: all channels, in order. */
  channels?: ChannelRecord[];
  /** From HSDS `phones` / `email` when `x-channels` is absent. */
  phoneChannels?: ChannelRecord[];
  emailChannel?: ChannelRecord | null;
  locations?: LinkPatch[];
  excludes?: string[];
}

function textFrom(source: Json, notes: string[], where: string): TextPatch {
  const fallback = fallbackFields(source);
  const text: TextPatch = {};
  for (const [property, field] of TEXT_PROPERTIES) {
    const v = source[property];
    if (v === undefined || v === null || fallback.has(property)) continue;
    if (typeof v !== "string") {
      notes.push(`${where}${property}: not a string, ignored`);
      continue;
    }
    text[field] = v.trim();
  }
  const easy = source["x-easy-language"];
  if (typeof easy === "string" || easy === null) text.easyLanguage = easy;
  if (typeof source.last_modified === "string" && where !== "") {
    const d = new Date(source.last_modified);
    if (!Number.isNaN(d.getTime())) text.updatedAt = d;
  }
  // Without x-summary (data from elsewhere) the first paragraph of the
  // description is the summary.
  if (!("x-summary" in source) && text.description !== undefined) {
    const { summary, rest } = firstParagraph(text.description);
    text.summary = summary;
    text.description = rest;
  }
  return text;
}

function parseTexts(r: Reader): ServicePatch["texts"] {
  const raw = r.raw;
  const values: Texts<TextPatch> = {};
  const translations = r.object("x-translations");
  if (translations) {
    for (const [code, value] of Object.entries(translations)) {
      const locale = ourLanguage(code);
      if (!locale || !isObject(value)) {
        r.notes.push(`x-translations.${code}: not one of the directory's languages, ignored`);
        continue;
      }
      values[locale] = textFrom(value, r.notes, `x-translations.${code}.`);
    }
  }
  if (!translations || !values[defaultLanguage]) {
    const code = r.string("x-language");
    let locale: Language = defaultLanguage;
    if (code !== undefined) {
      const l = ourLanguage(code);
      if (l) locale = l;
      else r.notes.push(`x-language "${code}" unknown, texts taken as German`);
    }
    if (!values[locale]) {
      const top = textFrom(raw, r.notes, "");
      if (Object.keys(top).length > 0) values[locale] = top;
    }
  }
  if (Object.keys(values).length === 0) return undefined;
  return { replace: translations !== undefined, values };
}

function parseChannels(list: Json[], notes: string[]): ChannelRecord[] {
  const out: ChannelRecord[] = [];
  list.forEach((c, i) => {
    const kind = typeof c.kind === "string" ? (c.kind.toUpperCase() as ChannelKind) : undefined;
    if (!kind || !CHANNEL_KINDS.includes(kind) || typeof c.value !== "string" || !c.value.trim()) {
      notes.push(`x-channels[${i}]: needs kind (${CHANNEL_KINDS.join(", ")}) and value, skipped`);
      return;
    }
    out.push({
      kind,
      value: c.value.trim(),
      label: typeof c.label === "string" && c.label.trim() ? c.label.trim() : null,
    });
  });
  return out;
}

function parseDocuments(list: Json[], locale: Language, notes: string[]) {
  return list.flatMap((d, i) => {
    const texts: Texts<{ title?: string; note?: string }> = {};
    const translations = isObject(d["x-translations"]) ? d["x-translations"] : undefined;
    if (translations) {
      for (const [code, value] of Object.entries(translations)) {
        const l = ourLanguage(code);
        if (!l || !isObject(value)) continue;
        texts[l] = {
          title: typeof value.document === "string" ? value.document : "",
          note: typeof value["x-note"] === "string" ? value["x-note"] : "",
        };
      }
    } else {
      const fallback = fallbackFields(d);
      const t: { title?: string; note?: string } = {};
      if (typeof d.document === "string" && !fallback.has("document")) t.title = d.document.trim();
      if (typeof d["x-note"] === "string" && !fallback.has("x-note")) t.note = d["x-note"].trim();
      const l = ourLanguage(typeof d["x-language"] === "string" ? d["x-language"] : undefined);
      texts[l ?? locale] = t;
    }
    const anyTitle = Object.values(texts).some((t) => t?.title);
    if (!anyTitle) {
      notes.push(`required_documents[${i}]: no document text, skipped`);
      return [];
    }
    const uri = typeof d.uri === "string" && isHttpUrl(d.uri) ? d.uri : null;
    if (typeof d.uri === "string" && d.uri && !uri) {
      notes.push(`required_documents[${i}].uri: not an http(s) address, ignored`);
    }
    return [{ uri, texts, complete: translations !== undefined }];
  });
}

const STATUS: Record<string, ServiceStatus> = {
  active: "PUBLISHED",
  inactive: "DRAFT",
  defunct: "DRAFT",
  "temporarily closed": "DRAFT",
};

export function parseService(raw: Json, context: UnitContext): Parsed<ServicePatch> {
  const hsdsId = requireId(raw);
  if (!hsdsId) return { ok: false, reason: "id is missing or not a UUID" };
  const r = new Reader(raw);
  const patch: ServicePatch = { hsdsId };

  const orgId =
    (isUuid(raw.organization_id) ? raw.organization_id : undefined) ??
    (isObject(raw.organization) && isUuid(raw.organization.id) ? raw.organization.id : undefined) ??
    context.organizationHsdsId;
  if (orgId) patch.organizationHsdsId = orgId.toLowerCase();

  const status = r.string("status");
  if (status !== undefined) {
    patch.status = STATUS[status.toLowerCase()];
    if (!patch.status) {
      r.notes.push(`status "${status}" unknown, stored as draft`);
      patch.status = "DRAFT";
    }
  }

  patch.texts = parseTexts(r);
  const textLocale =
    ourLanguage(typeof raw["x-language"] === "string" ? raw["x-language"] : undefined) ??
    defaultLanguage;

  const slug = r.string("x-slug");
  if (slug) patch.slug = slug;
  patch.legalBasis = r.string("x-legal-basis");
  patch.keywords = r.string("x-neutral-keywords");
  patch.emergency = r.boolean("x-emergency");
  patch.appliesFromApplicationMonth = r.boolean("x-applies-from-application-month");
  const topic = r.string("x-booking-topic");
  if (topic !== undefined) patch.bookingTopicKey = topic || null;
  patch.url = r.url("url");
  patch.lastModified = r.date("last_modified");
  // Explicit null: never published (our export); absent: keep.
  if (raw["x-first-published-at"] === null) patch.firstPublishedAt = null;
  else patch.firstPublishedAt = r.date("x-first-published-at");
  if (raw["x-published-at"] === null) patch.publishedAt = null;
  else patch.publishedAt = r.date("x-published-at");

  // Channels: x-channels is complete; otherwise phones and email.
  const xChannels = r.objects("x-channels");
  if (xChannels) {
    patch.channels = parseChannels(xChannels, r.notes);
  } else {
    const phones = r.objects("phones");
    if (phones) {
      patch.phoneChannels = phones
        .map((p) => ({
          kind: "PHONE" as const,
          value: typeof p.number === "string" ? cleanPhone(p.number) : "",
          label:
            typeof p.description === "string" && p.description.trim() ? p.description.trim() : null,
        }))
        .filter((c) => c.value !== "");
    }
    const email = r.email("email");
    if (email !== undefined) {
      patch.emailChannel = email ? { kind: "EMAIL", value: email, label: null } : null;
    }
  }

  const documents = r.objects("required_documents");
  if (documents) patch.documents = parseDocuments(documents, textLocale, r.notes);

  const attributes = r.objects("attributes");
  if (attributes) {
    patch.termIds = attributes
      .map((a) =>
        isUuid(a.taxonomy_term_id)
          ? a.taxonomy_term_id
          : isObject(a.taxonomy_term) && isUuid(a.taxonomy_term.id)
            ? a.taxonomy_term.id
            : null,
      )
      .filter((id): id is string => id !== null)
      .map((id) => id.toLowerCase());
    if (patch.termIds.length < attributes.length) {
      r.notes.push("attributes without a taxonomy term ignored");
    }
  }

  // Languages: entries with a location_id belong to that location; the others to all.
  const languageList = r.objects("languages");
  const byLocation = new Map<string, string[]>();
  const general: string[] = [];
  for (const l of languageList ?? []) {
    const code = typeof l.code === "string" ? l.code.trim().toLowerCase() : "";
    if (!/^[a-z]{2,3}$/.test(code)) {
      r.notes.push(`languages: "${String(l.code ?? l.name)}" has no ISO 639 code, ignored`);
      continue;
    }
    if (isUuid(l.location_id)) {
      const key = l.location_id.toLowerCase();
      byLocation.set(key, [...(byLocation.get(key) ?? []), code]);
    } else if (!general.includes(code)) general.push(code);
  }

  const sals = r.objects("service_at_locations");
  if (sals) {
    patch.locations = sals.flatMap((sal, i) => {
      const id = isUuid(sal.id) ? sal.id.toLowerCase() : null;
      const loc =
        (isUuid(sal.location_id) ? sal.location_id : undefined) ??
        (isObject(sal.location) && isUuid(sal.location.id) ? sal.location.id : undefined);
      if (!id || !loc) {
        r.notes.push(`service_at_locations[${i}]: needs id and location, skipped`);
        return [];
      }
      const office = loc.toLowerCase();
      const link: LinkPatch = { hsdsId: id, officeHsdsId: office };
      if (languageList) link.languages = byLocation.get(office) ?? general;
      const note = typeof sal.description === "string" ? sal.description.trim() : undefined;
      if (note !== undefined) link.note = note;
      if (has(sal, "contacts") || has(sal, "phones") || has(sal, "schedules")) {
        r.notes.push(`service_at_locations[${i}]: contacts, phones and schedules not stored`);
      }
      return [link];
    });
  }

  const excludes = r.array("x-excludes");
  if (excludes) {
    patch.excludes = excludes.filter(isUuid).map((id) => id.toLowerCase());
  }

  r.unsupported([
    "alternate_name",
    "interpretation_services",
    "wait_time",
    "fees",
    "accreditations",
    "minimum_age",
    "maximum_age",
    "assured_date",
    "assurer_email",
    "licenses",
    "alert",
    "schedules",
    "service_areas",
    "funding",
    "cost_options",
    "program",
    "program_id",
    "metadata",
  ]);
  if (Array.isArray(raw.contacts) && raw.contacts.length > 0) {
    r.notes.push("contacts not stored (people are personal data)");
  }
  return { ok: true, patch, notes: r.notes };
}

// ---------------------------------------------------------------- service_at_location

export interface SalPatch extends LinkPatch {
  serviceHsdsId: string;
}

export function parseServiceAtLocation(raw: Json): Parsed<SalPatch> {
  const hsdsId = requireId(raw);
  if (!hsdsId) return { ok: false, reason: "id is missing or not a UUID" };
  const r = new Reader(raw);
  const service =
    (isUuid(raw.service_id) ? raw.service_id : undefined) ??
    (isObject(raw.service) && isUuid(raw.service.id) ? raw.service.id : undefined);
  const location =
    (isUuid(raw.location_id) ? raw.location_id : undefined) ??
    (isObject(raw.location) && isUuid(raw.location.id) ? raw.location.id : undefined);
  if (!service) return { ok: false, reason: "service_id is missing" };
  if (!location) return { ok: false, reason: "location_id is missing" };
  const patch: SalPatch = {
    hsdsId,
    serviceHsdsId: service.toLowerCase(),
    officeHsdsId: location.toLowerCase(),
  };
  const note = r.string("description");
  if (note !== undefined) patch.note = note;
  // Languages of this service here: the nested location's language entries.
  const loc = r.object("location");
  if (loc && Array.isArray(loc.languages)) {
    patch.languages = loc.languages
      .filter(isObject)
      .map((l) => (typeof l.code === "string" ? l.code.trim().toLowerCase() : ""))
      .filter((c) => /^[a-z]{2,3}$/.test(c));
  }
  r.unsupported(["contacts", "phones", "schedules", "attributes", "metadata"]);
  return { ok: true, patch, notes: r.notes };
}
