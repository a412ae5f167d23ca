// The pure mapping: records → HSDS → patches → records, opening hours as
// schedules, language fallback, kind detection, paging and search.
import { describe, expect, it } from "vitest";
import { derivedId, isUuid, uuidV5 } from "./ids";
import {
  collectUnits,
  detectKind,
  parseLocation,
  parseOrganization,
  parseService,
  parseSchedules,
  parseTerm,
} from "./from-hsds";
import { mergeOffice, mergeService, mergeTerm, sameContent, slugify } from "./merge";
import type { OfficeRecord, OrganizationRecord, ServiceRecord, TermRecord } from "./model";
import { TAXONOMIES } from "./model";
import { BadRequest, langParam, listParams, matches, paginate } from "./query";
import { errorsOf, hsdsValidators } from "./schemas.testing";
import {
  locationFull,
  organizationBasic,
  schedulesOf,
  serviceFull,
  taxonomyTerm,
  type Json,
  type MapContext,
} from "./to-hsds";

const at = (iso: string) => new Date(iso);

const ORG: OrganizationRecord = {
  hsdsId: "3b0c7c5e-0a0e-4c57-9d1b-7a3e5b7e0a01",
  kind: "AGENCY",
  name: "Sozialagentur Teststadt",
  description: "Hilfe aus einer Hand.",
  email: "info@teststadt.example",
  phone: "0221 4710 999",
  website: "https://teststadt.example",
};

const OFFICE: OfficeRecord = {
  hsdsId: "3b0c7c5e-0a0e-4c57-9d1b-7a3e5b7e0a02",
  organizationHsdsId: ORG.hsdsId,
  name: "Servicecenter Test",
  street: "Teststraße 1",
  postalCode: "12345",
  city: "Teststadt",
  lat: 51.45,
  lng: 7.01,
  phone: "0221 4710 998",
  email: "test@teststadt.example",
  accessibility: "Stufenlos, Aufzug.",
  transportation: "Bus 1",
  hours: [
    { weekday: 1, opensAt: "08:00", closesAt: "12:00", walkInOnly: false },
    { weekday: 2, opensAt: "08:00", closesAt: "12:00", walkInOnly: false },
    { weekday: 3, opensAt: "14:00", closesAt: "16:00", walkInOnly: true },
  ],
  closures: [{ startsOn: "2026-12-24", endsOn: "2026-12-24", reason: "Heiligabend" }],
};

const TERM: TermRecord = {
  taxonomy: "category",
  hsdsId: "3b0c7c5e-0a0e-4c57-9d1b-7a3e5b7e0a03",
  slug: "money",
  sort: 10,
  texts: {
    de: { title: "Geld zum Leben", description: "Wenn das Geld nicht reicht." },
    en: { title: "Money to live on", description: "" },
  },
};

const text = (title: string, extra: Partial<ServiceRecord["texts"]["de"]> = {}) => ({
  title,
  summary: `${title} kurz`,
  description: "",
  eligibility: "",
  benefits: "",
  howToApply: "",
  costs: "",
  keywords: "",
  easyLanguage: null,
  updatedAt: at("2026-01-02T03:04:05.000Z"),
  ...extra,
});

const SERVICE: ServiceRecord = {
  hsdsId: "3b0c7c5e-0a0e-4c57-9d1b-7a3e5b7e0a04",
  slug: "testgeld",
  status: "PUBLISHED",
  legalBasis: "§ 1 TestG",
  organizationHsdsId: ORG.hsdsId,
  emergency: false,
  appliesFromApplicationMonth: true,
  bookingTopicKey: "first-consultation",
  keywords: "TG",
  url: "https://teststadt.example/testgeld",
  firstPublishedAt: at("2025-01-01T00:00:00.000Z"),
  publishedAt: at("2025-06-01T00:00:00.000Z"),
  updatedAt: at("2026-01-01T00:00:00.000Z"),
  texts: {
    de: text("Testgeld", {
      description: "Lang.\n\n- Punkt",
      eligibility: "Alle",
      benefits: "100 €",
      howToApply: "Online",
      costs: "Kostenlos.",
      keywords: "Geld",
      easyLanguage: "Leicht.",
    }),
    en: text("Test money", { updatedAt: at("2026-02-01T00:00:00.000Z") }),
  },
  categories: [TERM.hsdsId],
  lifeSituations: [],
  documents: [
    {
      uri: null,
      texts: { de: { title: "Ausweis", note: "" }, en: { title: "ID card", note: "" } },
    },
  ],
  channels: [
    { kind: "WEB", value: "https://teststadt.example/antrag", label: "Online-Antrag" },
    { kind: "PHONE", value: "0221 4710 997", label: "Hotline" },
    { kind: "EMAIL", value: "testgeld@teststadt.example", label: null },
  ],
  locations: [
    {
      hsdsId: "3b0c7c5e-0a0e-4c57-9d1b-7a3e5b7e0a05",
      officeHsdsId: OFFICE.hsdsId,
      languages: ["de", "tr"],
      note: "",
    },
  ],
  excludes: [],
};

function context(mode: "api" | "export", lang: "de" | "en" = "de"): MapContext {
  return {
    lang,
    mode,
    organizations: new Map([[ORG.hsdsId, ORG]]),
    offices: new Map([[OFFICE.hsdsId, OFFICE]]),
    terms: new Map([[TERM.hsdsId, TERM]]),
    visibleServices: new Set([SERVICE.hsdsId]),
  };
}

describe("ids", () => {
  it("derives stable version-5 UUIDs", () => {
    expect(uuidV5("x")).toBe(uuidV5("x"));
    expect(derivedId("a", "phone", 1)).not.toBe(derivedId("a", "phone", 2));
    expect(isUuid(derivedId("a"))).toBe(true);
    expect(derivedId("a")[14]).toBe("5");
  });
});

describe("records → HSDS", () => {
  it("groups opening hours with equal times into one weekly schedule", () => {
    const schedules = schedulesOf(OFFICE);
    expect(schedules.map((s) => [s.byday, s.opens_at, s.closes_at, s.attending_type])).toEqual([
      ["MO,TU", "08:00", "12:00", undefined],
      ["WE", "14:00", "16:00", "walk-in"],
    ]);
    const notes: string[] = [];
    expect(parseSchedules(schedules, notes)).toEqual(OFFICE.hours);
    expect(notes).toEqual([]);
  });

  it("falls back to German field by field and says which fields", () => {
    const en = serviceFull(SERVICE, context("api", "en"), { withOrganization: true });
    expect(en).toMatchObject({
      name: "Test money",
      "x-summary": "Test money kurz",
      description: "Lang.\n\n- Punkt",
      "x-language": "en",
    });
    expect(en["x-fallback-fields"]).toEqual([
      "description",
      "application_process",
      "fees_description",
      "eligibility_description",
      "x-benefits",
      "x-keywords",
    ]);
    const de = serviceFull(SERVICE, context("api"), { withOrganization: true });
    expect(de["x-fallback-fields"]).toBeUndefined();
    expect(de.last_modified).toBe("2026-02-01T00:00:00.000Z");
    const term = taxonomyTerm(TERM, context("api", "en"));
    expect(term).toMatchObject({
      name: "Money to live on",
      language: "en",
      description: "Wenn das Geld nicht reicht.",
    });
    expect(term["x-fallback-fields"]).toEqual(["description"]);
  });

  it("validates against the official schemas, and the validators do reject wrong data", () => {
    const v = hsdsValidators();
    const full = serviceFull(SERVICE, context("export"), { withOrganization: true });
    expect(v.compiled("service")(full), errorsOf(v.compiled("service"))).toBe(true);
    const term = v.plain("taxonomy_term");
    expect(term(taxonomyTerm(TERM, context("api")))).toBe(true);
    expect(term({ id: "not-a-uuid", name: "x", description: "y" })).toBe(false);
    expect(v.compiled("service_list")({ id: SERVICE.hsdsId, status: "active" })).toBe(false);
    expect(v.compiled("service_list")({ id: SERVICE.hsdsId, name: "x", status: "open" })).toBe(
      false,
    );
    // An address that is not a URL would break the schema: it moves to x-website.
    const odd = organizationBasic({ ...ORG, website: "www.teststadt.example", email: "kaputt" });
    expect(odd).toMatchObject({ "x-website": "www.teststadt.example", "x-email": "kaputt" });
    expect(odd).not.toHaveProperty("website");
    expect(v.compiled("organization_list")(odd)).toBe(true);
    const back = parseOrganization(odd);
    expect(back.ok && back.patch).toMatchObject({
      website: "www.teststadt.example",
      email: "kaputt",
    });
    const location = locationFull(OFFICE) as Json;
    expect(location.addresses).toEqual([
      expect.objectContaining({
        address_1: "Teststraße 1",
        country: "DE",
        address_type: "physical",
      }),
    ]);
  });
});

describe("HSDS → records", () => {
  it("an exported service comes back as the same record", () => {
    const exported = serviceFull(SERVICE, context("export"), { withOrganization: false });
    const parsed = parseService(JSON.parse(JSON.stringify(exported)) as Json, {});
    if (!parsed.ok) throw new Error(parsed.reason);
    const merged = mergeService({
      existing: null,
      patch: parsed.patch,
      now: new Date(),
      taxonomyOf: (id) => (id === TERM.hsdsId ? "category" : null),
    });
    if (!merged.ok) throw new Error(merged.reason);
    expect(merged.record).toEqual({ ...SERVICE, updatedAt: at("2026-02-01T00:00:00.000Z") });
    // Merged into itself: same content.
    const again = mergeService({
      existing: merged.record,
      patch: parsed.patch,
      now: new Date(),
      taxonomyOf: () => "category",
    });
    expect(again.ok && again.record).toEqual(merged.record);
  });

  it("an API answer in English updates English only, skipping the German fallbacks", () => {
    const api = serviceFull(SERVICE, context("api", "en"), { withOrganization: true });
    const changed = { ...JSON.parse(JSON.stringify(api)), name: "Test money (new)" } as Json;
    const parsed = parseService(changed, {});
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(Object.keys(parsed.patch.texts!.values)).toEqual(["en"]);
    expect(parsed.patch.texts!.values.en).not.toHaveProperty("description");
    const merged = mergeService({
      existing: SERVICE,
      patch: parsed.patch,
      now: new Date(),
      taxonomyOf: () => "category",
    });
    if (!merged.ok) throw new Error(merged.reason);
    expect(merged.record.texts.en?.title).toBe("Test money (new)");
    expect(merged.record.texts.en?.description).toBe("");
    expect(merged.record.texts.de).toEqual(SERVICE.texts.de);
  });

  it("a foreign service: first paragraph is the summary, phones and email become channels", () => {
    const parsed = parseService(
      {
        id: "3b0c7c5e-0a0e-4c57-9d1b-7a3e5b7e0a10",
        name: "Beratung",
        status: "temporarily closed",
        description: "Kurz.\n\nLang und breit.",
        email: "beratung@example.org",
        phones: [{ id: "3b0c7c5e-0a0e-4c57-9d1b-7a3e5b7e0a11", number: '"0221 1"' }],
        minimum_age: 18,
      },
      { organizationHsdsId: ORG.hsdsId },
    );
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.notes.join()).toMatch(/minimum_age/);
    const merged = mergeService({
      existing: null,
      patch: parsed.patch,
      now: at("2026-03-01T00:00:00Z"),
      taxonomyOf: () => null,
    });
    if (!merged.ok) throw new Error(merged.reason);
    expect(merged.record).toMatchObject({
      slug: "beratung",
      status: "DRAFT",
      organizationHsdsId: ORG.hsdsId,
      channels: [
        { kind: "PHONE", value: "0221 1", label: null },
        { kind: "EMAIL", value: "beratung@example.org", label: null },
      ],
    });
    expect(merged.record.texts.de).toMatchObject({
      summary: "Kurz.",
      description: "Lang und breit.",
    });
  });

  it("a location needs an organization and an address; coordinates must be on Earth", () => {
    const raw = {
      id: OFFICE.hsdsId,
      location_type: "physical",
      name: "X",
      latitude: 100,
      longitude: 7,
    };
    const parsed = parseLocation(raw, {});
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.notes.join()).toMatch(/latitude/);
    expect(mergeOffice(null, parsed.patch)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/organization/),
    });
    const withOrg = parseLocation(raw, { organizationHsdsId: ORG.hsdsId });
    expect(withOrg.ok && mergeOffice(null, withOrg.patch)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/address/),
    });
    expect(parseLocation({ id: OFFICE.hsdsId, location_type: "virtual" }, {})).toMatchObject({
      ok: false,
    });
  });

  it("terms of the directory's taxonomies only; language from `language`", () => {
    const parsed = parseTerm({
      id: TERM.hsdsId,
      name: "Money",
      description: "When money is short",
      language: "eng",
      taxonomy_id: TAXONOMIES.category.id,
    });
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.patch.texts.values).toEqual({
      en: { title: "Money", description: "When money is short" },
    });
    const merged = mergeTerm(TERM, parsed.patch, 99);
    expect(merged.ok && merged.record.texts.en).toEqual({
      title: "Money",
      description: "When money is short",
    });
    expect(merged.ok && merged.record.texts.de).toEqual(TERM.texts.de);
    expect(mergeTerm(null, parsed.patch, 99)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/German/),
    });
    expect(
      parseTerm({ id: TERM.hsdsId, name: "x", description: "", taxonomy_id: crypto.randomUUID() }),
    ).toMatchObject({ ok: false });
  });

  it("tells the kinds of objects apart and walks pages and nested objects", () => {
    expect(detectKind({ id: "x", name: "n", status: "active" })).toEqual({ kind: "service" });
    expect(detectKind({ id: "x", location_type: "physical" })).toEqual({ kind: "location" });
    expect(detectKind({ id: "x", name: "n", description: "d", website: "https://x" })).toEqual({
      kind: "organization",
    });
    expect(detectKind({ id: "x", name: "n", description: "d", taxonomy_id: "y" })).toEqual({
      kind: "taxonomy_term",
    });
    expect(detectKind({ id: TAXONOMIES.category.id, name: "n", description: "d" })).toEqual({
      kind: "taxonomy",
    });
    expect(detectKind({ id: "x", service_id: "a", location_id: "b" })).toEqual({
      kind: "service_at_location",
    });
    expect(detectKind({ id: "x", name: "n" }).kind).toBeNull();
    const units = collectUnits({
      total_items: 1,
      page_number: 1,
      contents: [
        {
          id: "s",
          name: "S",
          status: "active",
          organization: { id: "o", name: "O", description: "" },
        },
      ],
    });
    expect(units.map((u) => `${u.kind} ${u.path}`)).toEqual([
      "organization $.contents[0].organization",
      "service $.contents[0]",
    ]);
    expect(collectUnits([1]).map((u) => u.rejection)).toEqual(["not a JSON object"]);
  });

  it("compares content without timestamps", () => {
    expect(
      sameContent({ a: 1, updatedAt: at("2020-01-01") }, { updatedAt: at("2021-01-01"), a: 1 }),
    ).toBe(true);
    expect(sameContent({ a: 1 }, { a: 2 })).toBe(false);
    expect(slugify("Übergangsgeld für Ältere & Söhne")).toBe("uebergangsgeld-fuer-aeltere-soehne");
  });
});

describe("query parameters and paging", () => {
  const q = (s: string) => new URLSearchParams(s);

  it("pages like the HSDS Page object", () => {
    const items = Array.from({ length: 7 }, (_, i) => i);
    expect(paginate(items, { page: 2, perPage: 3 })).toEqual({
      total_items: 7,
      total_pages: 3,
      page_number: 2,
      size: 3,
      first_page: false,
      last_page: false,
      empty: false,
      contents: [3, 4, 5],
    });
    expect(paginate([], { page: 1, perPage: 3 })).toMatchObject({
      total_pages: 0,
      empty: true,
      last_page: true,
    });
    expect(paginate(items, { page: 1, perPage: null }).contents).toHaveLength(7);
  });

  it("parses and refuses parameters", () => {
    expect(listParams(q(""))).toEqual({
      lang: "de",
      page: 1,
      perPage: 50,
      format: "json",
      search: null,
    });
    expect(listParams(q("lang=ar&page=2&per_page=10&format=ndjson&search=%20Miete%20"))).toEqual({
      lang: "ar",
      page: 2,
      perPage: 10,
      format: "ndjson",
      search: "Miete",
    });
    expect(() => langParam(q("lang=fr"))).toThrow(BadRequest);
    expect(() => listParams(q("page=-1"))).toThrow(BadRequest);
  });

  it("searches case- and accent-insensitively, every word", () => {
    expect(matches("bürgergeld", ["Bürgergeld (Grundsicherung)"])).toBe(true);
    expect(matches("Buergergeld", ["Bürgergeld"])).toBe(true);
    expect(matches("burgergeld grundsicherung", ["Bürgergeld", "Grundsicherung"])).toBe(true);
    expect(matches("wohngeld miete", ["Bürgergeld"])).toBe(false);
    expect(matches("ДОПОМОГА", ["допомога"])).toBe(true);
  });
});
