// The forms as the action parses them: FormData through Conform, as a browser
// without JavaScript sends it.
import { parseWithZod } from "@conform-to/zod";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { OfficeSchema } from "./office-schemas";
import { OrganizationSchema } from "./organization-schemas";
import { normalizeLanguages, ServiceCreateSchema, serviceTextsSchema } from "./service-schemas";
import { TermSchema } from "./taxonomy-schemas";

function form(entries: Record<string, string | string[]>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(entries)) for (const x of [v].flat()) fd.append(k, x);
  return fd;
}

function parse<S extends z.ZodTypeAny>(schema: S, entries: Record<string, string | string[]>) {
  return parseWithZod(form(entries), { schema });
}

function errorsOf(s: { status?: string; error?: unknown }) {
  return s.status === "error" ? s.error : undefined;
}

const service = {
  slug: "wohngeld-plus",
  legalBasis: "WoGG",
  responsibleOrganizationId: "org1",
  title: "Wohngeld",
  summary: "Zuschuss zur Miete",
};

describe("ServiceCreateSchema", () => {
  it("accepts a minimal service and ignores blank channel rows", () => {
    const s = parse(ServiceCreateSchema, {
      ...service,
      emergency: "on",
      categoryIds: "c1",
      "channels[0].kind": "PHONE",
      "channels[0].value": "0221 1",
      "channels[1].kind": "WEB",
      "channels[1].value": "",
      "locations[0].officeId": "o1",
      "locations[0].offered": "on",
      "locations[0].languages": "DE, tr;ar",
      "locations[1].officeId": "o2",
      "locations[1].languages": "de",
    });
    expect(s.status).toBe("success");
    if (s.status !== "success") return;
    expect(s.value).toMatchObject({
      emergency: true,
      appliesFromApplicationMonth: false,
      categoryIds: ["c1"],
      lifeSituationIds: [],
      url: null,
      bookingTopicKey: null,
      channels: [{ kind: "PHONE", value: "0221 1", label: null }],
      locations: [{ officeId: "o1", languages: "de,tr,ar", note: "" }],
    });
  });

  it("rejects a bad slug, url, channel and language list with field errors", () => {
    const s = parse(ServiceCreateSchema, {
      ...service,
      slug: "Wohngeld Plus",
      url: "ftp://x",
      "channels[0].kind": "EMAIL",
      "channels[0].value": "keine-adresse",
      "channels[1].label": "nur Text",
      "locations[0].officeId": "o1",
      "locations[0].offered": "on",
      "locations[0].languages": "deutsch",
    });
    expect(s.status).toBe("error");
    expect(errorsOf(s)).toMatchObject({
      slug: ["admin:validation.slug"],
      url: ["admin:validation.url"],
      "channels[0].value": ["validation.email"],
      "channels[1].kind": ["validation.required"],
      "channels[1].value": ["validation.required"],
      "locations[0].languages": ["admin:validation.languages"],
    });
  });

  it("needs title and summary", () => {
    const s = parse(ServiceCreateSchema, { ...service, title: "", summary: "  " });
    expect(errorsOf(s)).toMatchObject({
      title: ["validation.required"],
      summary: ["validation.required"],
    });
  });

  it("normalizes language lists", () => {
    expect(normalizeLanguages("de, TR de")).toEqual(["de", "tr"]);
    expect(normalizeLanguages("")).toEqual([]);
    expect(normalizeLanguages("de,x1")).toBeNull();
  });
});

describe("serviceTextsSchema", () => {
  it("needs German document titles but not translated ones", () => {
    const entries = { title: "T", summary: "S", "documents[0].id": "d1", "documents[0].note": "n" };
    expect(errorsOf(parse(serviceTextsSchema("de"), entries))).toMatchObject({
      "documents[0].title": ["validation.required"],
    });
    const en = parse(serviceTextsSchema("en"), entries);
    expect(en.status).toBe("success");
    if (en.status === "success") {
      expect(en.value.documents).toEqual([{ id: "d1", title: "", note: "n" }]);
      expect(en.value.confirmCurrent).toBe(false);
    }
  });
});

describe("TermSchema", () => {
  it("needs a German title, and a title where a description is given", () => {
    const s = parse(TermSchema, {
      slug: "wohnen",
      sort: "x",
      "texts.de.title": "",
      "texts.en.description": "Only a description",
    });
    expect(errorsOf(s)).toMatchObject({
      sort: ["admin:validation.number"],
      "texts.de.title": ["validation.required"],
      "texts.en.title": ["validation.required"],
    });
    const ok = parse(TermSchema, { slug: "wohnen", "texts.de.title": "Wohnen" });
    expect(ok.status).toBe("success");
    if (ok.status === "success") {
      expect(ok.value.sort).toBe(0);
      expect(ok.value.texts.ar).toEqual({ title: "", description: "" });
    }
  });
});

describe("OfficeSchema", () => {
  const office = {
    name: "Servicecenter Mitte",
    organizationId: "org",
    street: "Markt 1",
    postalCode: "12345",
    city: "Musterstadt",
  };

  it("keeps filled hour and closure rows, sorted, and drops blank ones", () => {
    const s = parse(OfficeSchema, {
      ...office,
      lat: "51.5",
      "openingHours[0].weekday": "2",
      "openingHours[0].opensAt": "08:00",
      "openingHours[0].closesAt": "12:00",
      "openingHours[1].weekday": "1",
      "openingHours[1].opensAt": "9.00",
      "openingHours[1].closesAt": "15:30",
      "openingHours[1].walkInOnly": "on",
      "openingHours[2].weekday": "",
      "closures[0].startsOn": "31.12.2026",
      "closures[0].reason": "Silvester",
      "closures[1].reason": "",
    });
    expect(s.status).toBe("success");
    if (s.status !== "success") return;
    expect(s.value.lat).toBe(51.5);
    expect(s.value.lng).toBeNull();
    expect(s.value.openingHours).toEqual([
      { weekday: 1, opensAt: "09:00", closesAt: "15:30", walkInOnly: true },
      { weekday: 2, opensAt: "08:00", closesAt: "12:00", walkInOnly: false },
    ]);
    expect(s.value.closures).toEqual([
      { startsOn: "2026-12-31", endsOn: "2026-12-31", reason: "Silvester" },
    ]);
  });

  it("explains wrong times, dates, postal codes and coordinates", () => {
    const s = parse(OfficeSchema, {
      ...office,
      postalCode: "1234",
      lng: "200",
      email: "x",
      phone: "ruf an",
      "openingHours[0].weekday": "1",
      "openingHours[0].opensAt": "12:00",
      "openingHours[0].closesAt": "08:00",
      "openingHours[1].opensAt": "8 Uhr",
      "closures[0].startsOn": "2026-02-30",
      "closures[1].startsOn": "2026-03-02",
      "closures[1].endsOn": "2026-03-01",
      "closures[1].reason": "Umzug",
    });
    expect(errorsOf(s)).toMatchObject({
      postalCode: ["admin:validation.postalCode"],
      lng: ["admin:validation.number"],
      email: ["validation.email"],
      phone: ["admin:validation.phone"],
      "openingHours[0].closesAt": ["admin:validation.closesBeforeOpens"],
      "openingHours[1].weekday": ["validation.required"],
      "openingHours[1].opensAt": ["admin:validation.time"],
      "openingHours[1].closesAt": ["validation.required"],
      "closures[0].startsOn": ["admin:validation.date"],
      "closures[0].reason": ["validation.required"],
      "closures[1].endsOn": ["admin:validation.endsBeforeStarts"],
    });
  });
});

describe("OrganizationSchema", () => {
  it("keeps optional contact data as null", () => {
    const s = parse(OrganizationSchema, { name: "Suchthilfe e. V." });
    expect(s.status).toBe("success");
    if (s.status === "success") {
      expect(s.value).toEqual({
        name: "Suchthilfe e. V.",
        description: "",
        email: null,
        phone: null,
        website: null,
      });
    }
    expect(errorsOf(parse(OrganizationSchema, { name: "", website: "www.x.de" }))).toMatchObject({
      name: ["validation.required"],
      website: ["admin:validation.url"],
    });
  });
});
