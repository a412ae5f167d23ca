// Every endpoint of /api/hsds through its route loader, against the seeded
// demo directory: the output validates against the official HSDS 3.0 schemas
// (ajv, non-strict), and the fields the directory holds are all there (the
// schemas alone accept sparse objects).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import type { ValidateFunction } from "ajv";
import { prisma } from "~/utils/db.server";
import { seed } from "../../../prisma/seed";
import { createOrganization, createService } from "../../../tests/factories/directory";
import { loader as rootLoader } from "~/routes/api.hsds._index";
import { loader as servicesLoader } from "~/routes/api.hsds.services._index";
import { loader as serviceLoader } from "~/routes/api.hsds.services.$id";
import { loader as organizationsLoader } from "~/routes/api.hsds.organizations._index";
import { loader as organizationLoader } from "~/routes/api.hsds.organizations.$id";
import { loader as salsLoader } from "~/routes/api.hsds.service_at_locations._index";
import { loader as salLoader } from "~/routes/api.hsds.service_at_locations.$id";
import { loader as taxonomiesLoader } from "~/routes/api.hsds.taxonomies._index";
import { loader as taxonomyLoader } from "~/routes/api.hsds.taxonomies.$id";
import { loader as termsLoader } from "~/routes/api.hsds.taxonomy_terms._index";
import { loader as termLoader } from "~/routes/api.hsds.taxonomy_terms.$id";
import { TAXONOMIES } from "./model";
import { errorsOf, hsdsValidators, type HsdsValidators } from "./schemas.testing";

type Loader = (args: LoaderFunctionArgs) => Promise<Response> | Response;
type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const BASE = "http://localhost/api/hsds";

async function call(loader: Loader, path: string, params: Record<string, string> = {}) {
  const response = await loader({
    request: new Request(`${BASE}${path}`),
    params,
    context: { cspNonce: "", clientIp: null },
  });
  return response;
}

/** Every response body, to check that no personal data ever appears. */
const seen: string[] = [];

async function get(loader: Loader, path: string, params: Record<string, string> = {}) {
  const response = await call(loader, path, params);
  expect(response.status, `${path}: ${response.status}`).toBe(200);
  expect(response.headers.get("Cache-Control")).toBe("public, max-age=60");
  expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
  const text = await response.text();
  seen.push(text);
  return JSON.parse(text) as Any;
}

function valid(validate: ValidateFunction, data: unknown, what: string) {
  const ok = validate(data);
  expect(ok, `${what}:\n${errorsOf(validate)}`).toBe(true);
}

let v: HsdsValidators;
const BUERGERGELD = "75148927-8c4a-455c-80bd-6efd67bafc95";

beforeAll(async () => {
  await seed(prisma);
  v = hsdsValidators();
}, 120_000);

async function publishedServices() {
  return prisma.service.findMany({
    where: { status: "PUBLISHED" },
    include: {
      translations: true,
      responsibleOrganization: true,
      channels: { orderBy: [{ sort: "asc" }, { id: "asc" }] },
      requiredDocuments: { include: { translations: true } },
      categories: { include: { category: true } },
      lifeSituations: { include: { lifeSituation: true } },
      locations: { include: { office: { include: { openingHours: true } } } },
    },
  });
}

describe("GET /api/hsds", () => {
  it("says which HSDS version it speaks and where the OpenAPI file is", async () => {
    const body = await get(rootLoader, "");
    expect(body.version).toBe("3.0");
    expect(body.openapi_url).toMatch(/openapi\.json$/);
    expect(body["x-languages"]).toContain("ar");
  });
});

describe("GET /api/hsds/services", () => {
  it("is a Page whose items validate against compiled/service_list.json", async () => {
    const total = await prisma.service.count({ where: { status: "PUBLISHED" } });
    const body = await get(servicesLoader, "/services?per_page=1000");
    valid(v.page(v.compiled("service_list")), body, "services page");
    expect(body.total_items).toBe(total);
    expect(body.contents).toHaveLength(total);
    expect(body.page_number).toBe(1);
    expect(body.first_page && body.last_page && !body.empty).toBe(true);
    for (const item of body.contents) {
      expect(item.status).toBe("active");
      expect(item.organization.id).toBe(item.organization_id);
    }
  }, 60_000);

  it("pages with page and per_page", async () => {
    const total = await prisma.service.count({ where: { status: "PUBLISHED" } });
    const first = await get(servicesLoader, "/services?per_page=5");
    expect(first).toMatchObject({ size: 5, page_number: 1, first_page: true, last_page: false });
    expect(first.total_pages).toBe(Math.ceil(total / 5));
    const second = await get(servicesLoader, "/services?per_page=5&page=2");
    expect(second.contents.map((s: Any) => s.id)).not.toContain(first.contents[0].id);
    const beyond = await get(servicesLoader, `/services?per_page=5&page=${first.total_pages + 1}`);
    expect(beyond).toMatchObject({ size: 0, empty: true, last_page: true, contents: [] });
    valid(v.page(v.compiled("service_list")), beyond, "empty page");
  });

  it("full=true gives fully nested services", async () => {
    const body = await get(servicesLoader, "/services?full=true&per_page=10");
    valid(v.page(v.compiled("service")), body, "full services page");
    expect(body.contents[0].service_at_locations).toBeDefined();
  }, 60_000);

  it("minimal=true gives id and modification date of every service in one page", async () => {
    const total = await prisma.service.count({ where: { status: "PUBLISHED" } });
    const body = await get(servicesLoader, "/services?minimal=true");
    valid(v.page(v.compiled("service_list")), body, "minimal page");
    expect(body.contents).toHaveLength(total);
    expect(Object.keys(body.contents[0]).sort()).toEqual(["id", "last_modified", "name", "status"]);
  });

  it("filters by search, taxonomy term, taxonomy, organization and modification date", async () => {
    const wohngeld = await get(servicesLoader, "/services?search=Wohngeld");
    expect(wohngeld.contents.some((s: Any) => s["x-slug"] === "wohngeld")).toBe(true);
    const ascii = await get(servicesLoader, "/services?search=buergergeld");
    expect(ascii.contents.map((s: Any) => s.id)).toContain(BUERGERGELD);
    const none = await get(servicesLoader, "/services?search=qwertzuiop");
    expect(none).toMatchObject({ total_items: 0, total_pages: 0, empty: true });

    const money = await prisma.category.findUniqueOrThrow({ where: { slug: "money-for-living" } });
    const withTerm = await get(
      servicesLoader,
      `/services?per_page=1000&taxonomy_term_id=${money.hsdsId}`,
    );
    const expected = await prisma.service.count({
      where: { status: "PUBLISHED", categories: { some: { categoryId: money.id } } },
    });
    expect(withTerm.total_items).toBe(expected);
    expect(expected).toBeGreaterThan(0);

    const bySituation = await get(
      servicesLoader,
      `/services?per_page=1000&taxonomy_id=${TAXONOMIES.lifeSituation.id}`,
    );
    expect(bySituation.total_items).toBe(
      await prisma.service.count({ where: { status: "PUBLISHED", lifeSituations: { some: {} } } }),
    );
    const unknownTaxonomy = await get(
      servicesLoader,
      `/services?taxonomy_id=${crypto.randomUUID()}`,
    );
    expect(unknownTaxonomy.total_items).toBe(0);

    const jobcenter = await prisma.organization.findFirstOrThrow({
      where: { name: "Jobcenter Musterstadt" },
    });
    const byOrg = await get(
      servicesLoader,
      `/services?per_page=1000&organization_id=${jobcenter.hsdsId}`,
    );
    expect(byOrg.total_items).toBeGreaterThan(0);
    expect(byOrg.contents.every((s: Any) => s.organization_id === jobcenter.hsdsId)).toBe(true);

    const future = await get(servicesLoader, "/services?modified_after=2999-01-01T00:00:00Z");
    expect(future.total_items).toBe(0);
    const past = await get(servicesLoader, "/services?modified_after=2000-01-01");
    expect(past.total_items).toBe(await prisma.service.count({ where: { status: "PUBLISHED" } }));
  });

  it("streams every result as NDJSON with format=ndjson", async () => {
    const response = await call(servicesLoader, "/services?format=ndjson");
    expect(response.headers.get("Content-Type")).toMatch(/application\/x-ndjson/);
    const lines = (await response.text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Any);
    expect(lines).toHaveLength(await prisma.service.count({ where: { status: "PUBLISHED" } }));
    for (const line of lines) valid(v.compiled("service_list"), line, "ndjson line");
  });

  it("refuses invalid parameters with 400", async () => {
    for (const query of [
      "lang=fr",
      "page=0",
      "per_page=abc",
      "per_page=5000",
      "full=maybe",
      "format=xml",
      "modified_after=yesterday",
    ]) {
      const response = await call(servicesLoader, `/services?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
      expect(((await response.json()) as Any).error).toBeTruthy();
    }
  });

  it("never shows a draft", async () => {
    const org = await createOrganization(prisma);
    const draft = await createService(prisma, { organizationId: org.id });
    await prisma.service.update({ where: { id: draft.id }, data: { status: "DRAFT" } });
    expect(
      (await call(serviceLoader, `/services/${draft.hsdsId}`, { id: draft.hsdsId })).status,
    ).toBe(404);
    const list = await get(servicesLoader, "/services?per_page=1000");
    expect(list.contents.map((s: Any) => s.id)).not.toContain(draft.hsdsId);
    const org2 = await get(organizationLoader, `/organizations/${org.hsdsId}`, { id: org.hsdsId });
    expect(org2.services).toEqual([]);
  });
});

describe("GET /api/hsds/services/{id}", () => {
  it("every published service validates against compiled/service.json and carries what we hold", async () => {
    const services = await publishedServices();
    expect(services.length).toBeGreaterThanOrEqual(37);
    for (const s of services) {
      const body = await get(serviceLoader, `/services/${s.hsdsId}`, { id: s.hsdsId });
      valid(v.compiled("service"), body, `service ${s.slug}`);
      const de = s.translations.find((t) => t.locale === "de")!;
      expect(body).toMatchObject({
        id: s.hsdsId,
        name: de.title,
        status: "active",
        organization_id: s.responsibleOrganization.hsdsId,
        "x-slug": s.slug,
        "x-language": "de",
        "x-legal-basis": s.legalBasis,
        "x-emergency": s.emergency,
        "x-applies-from-application-month": s.appliesFromApplicationMonth,
      });
      expect(body.organization.name).toBe(s.responsibleOrganization.name);
      if (de.description) expect(body.description).toBe(de.description);
      if (de.summary) expect(body["x-summary"]).toBe(de.summary);
      if (de.eligibility) expect(body.eligibility_description).toBe(de.eligibility);
      if (de.howToApply) expect(body.application_process).toBe(de.howToApply);
      if (de.costs) expect(body.fees_description).toBe(de.costs);
      if (de.benefits) expect(body["x-benefits"]).toBe(de.benefits);
      if (de.easyLanguage) expect(body["x-easy-language"]).toBe(de.easyLanguage);
      if (s.url) expect(body.url).toBe(s.url);
      expect(new Date(body.last_modified).getTime()).toBeGreaterThanOrEqual(s.updatedAt.getTime());
      expect(body.phones.map((p: Any) => p.number)).toEqual(
        s.channels.filter((c) => c.kind === "PHONE").map((c) => c.value),
      );
      expect(body["x-channels"]).toHaveLength(s.channels.length);
      const email = s.channels.find((c) => c.kind === "EMAIL");
      if (email) expect(body.email).toBe(email.value);
      expect(body.required_documents).toHaveLength(s.requiredDocuments.length);
      expect(body.attributes.map((a: Any) => a.taxonomy_term_id).sort()).toEqual(
        [
          ...s.categories.map((c) => c.category.hsdsId),
          ...s.lifeSituations.map((l) => l.lifeSituation.hsdsId),
        ].sort(),
      );
      expect(body.service_at_locations).toHaveLength(s.locations.length);
      for (const link of s.locations) {
        const sal = body.service_at_locations.find((x: Any) => x.id === link.hsdsId);
        expect(sal.location_id).toBe(link.office.hsdsId);
        expect(sal.location.addresses[0]).toMatchObject({
          address_1: link.office.street,
          postal_code: link.office.postalCode,
          city: link.office.city,
          country: "DE",
        });
        const days = sal.location.schedules.flatMap((x: Any) => x.byday.split(","));
        expect(days).toHaveLength(link.office.openingHours.length);
        const codes = body.languages
          .filter((l: Any) => l.location_id === link.office.hsdsId)
          .map((l: Any) => l.code);
        expect(codes.join(",")).toBe(link.languages);
      }
    }
  }, 120_000);

  it("Bürgergeld in detail", async () => {
    const body = await get(serviceLoader, `/services/${BUERGERGELD}`, { id: BUERGERGELD });
    expect(body.name).toMatch(/^Bürgergeld/);
    expect(body.url).toBe("https://www.jobcenter.digital");
    expect(body.phones[0]).toMatchObject({
      number: "0221 4710 200",
      description: "Jobcenter Musterstadt",
    });
    expect(body.required_documents[0].document).toBe("Personalausweis oder Reisepass");
    expect(body.attributes.map((a: Any) => a.taxonomy_term.code)).toEqual(
      expect.arrayContaining(["money-for-living", "work-training", "lost-job"]),
    );
    expect(body["x-applies-from-application-month"]).toBe(true);
    const wohngeld = await prisma.service.findUniqueOrThrow({ where: { slug: "wohngeld" } });
    expect(body["x-excludes"]).toContain(wohngeld.hsdsId);
    expect(body.languages.map((l: Any) => l.code)).toEqual(
      expect.arrayContaining(["de", "tr", "ar", "uk"]),
    );
    expect(body.languages.find((l: Any) => l.code === "tr").name).toBe("Türkisch");
  });

  it("?lang= picks the language, field by field falling back to German", async () => {
    const s = await prisma.service.findUniqueOrThrow({
      where: { hsdsId: BUERGERGELD },
      include: { translations: true },
    });
    const en = s.translations.find((t) => t.locale === "en")!;
    const de = s.translations.find((t) => t.locale === "de")!;
    const response = await call(serviceLoader, `/services/${BUERGERGELD}?lang=en`, {
      id: BUERGERGELD,
    });
    expect(response.headers.get("Content-Language")).toBe("en");
    const body = (await response.json()) as Any;
    valid(v.compiled("service"), body, "english service");
    expect(body.name).toBe(en.title);
    expect(body["x-summary"]).toBe(en.summary);
    expect(body["x-language"]).toBe("en");
    if (en.description) {
      expect(body.description).toBe(en.description);
    } else {
      expect(body.description).toBe(de.description);
      expect(body["x-fallback-fields"]).toContain("description");
    }
    expect(body.languages.find((l: Any) => l.code === "tr").name).toBe("Turkish");
    expect(body.attributes[0].taxonomy_term.language).toBe("en");
  });

  it("404 for unknown and malformed ids", async () => {
    for (const id of [crypto.randomUUID(), "not-a-uuid"]) {
      const response = await call(serviceLoader, `/services/${id}`, { id });
      expect(response.status).toBe(404);
      expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    }
  });
});

describe("GET /api/hsds/organizations", () => {
  it("lists organizations (organization_list), full and full_service (organization)", async () => {
    const total = await prisma.organization.count();
    const basic = await get(organizationsLoader, "/organizations?per_page=1000");
    valid(v.page(v.compiled("organization_list")), basic, "organizations page");
    expect(basic.total_items).toBe(total);
    const full = await get(organizationsLoader, "/organizations?full=true&per_page=20");
    valid(v.page(v.compiled("organization")), full, "full organizations page");
    const withServices = await get(
      organizationsLoader,
      "/organizations?full_service=true&per_page=20",
    );
    valid(v.page(v.compiled("organization")), withServices, "full_service page");
    const agency = withServices.contents.find((o: Any) => o.name === "Sozialagentur Musterstadt");
    expect(agency.services[0].service_at_locations).toBeDefined();
    const search = await get(organizationsLoader, "/organizations?search=jobcenter");
    expect(search.contents.map((o: Any) => o.name)).toContain("Jobcenter Musterstadt");
  }, 60_000);

  it("every organization validates against compiled/organization.json with its locations and services", async () => {
    const orgs = await prisma.organization.findMany({
      include: { offices: true, services: { where: { status: "PUBLISHED" } } },
    });
    for (const o of orgs) {
      const body = await get(organizationLoader, `/organizations/${o.hsdsId}`, { id: o.hsdsId });
      valid(v.compiled("organization"), body, `organization ${o.name}`);
      expect(body).toMatchObject({ id: o.hsdsId, name: o.name, description: o.description });
      if (o.email) expect(body.email).toBe(o.email);
      if (o.website) expect(body.website).toBe(o.website);
      if (o.phone) expect(body.phones[0].number).toBe(o.phone);
      expect(body["x-kind"]).toBe(o.kind.toLowerCase());
      expect(body.locations.map((l: Any) => l.id).sort()).toEqual(
        o.offices.map((x) => x.hsdsId).sort(),
      );
      expect(body.services.map((s: Any) => s.id).sort()).toEqual(
        o.services.map((x) => x.hsdsId).sort(),
      );
    }
    const agency = orgs.find((o) => o.name === "Sozialagentur Musterstadt")!;
    const full = await get(
      organizationLoader,
      `/organizations/${agency.hsdsId}?full_service=true`,
      {
        id: agency.hsdsId,
      },
    );
    valid(v.compiled("organization"), full, "organization with full services");
    expect(full.services[0].required_documents).toBeDefined();
    const missing = await call(organizationLoader, "/organizations/x", { id: crypto.randomUUID() });
    expect(missing.status).toBe(404);
  }, 120_000);
});

describe("GET /api/hsds/service_at_locations", () => {
  it("lists (service_at_location_list) and full (service_at_location)", async () => {
    const total = await prisma.serviceAtLocation.count({
      where: { service: { status: "PUBLISHED" } },
    });
    const body = await get(salsLoader, "/service_at_locations?per_page=1000");
    valid(v.page(v.compiled("service_at_location_list")), body, "service_at_locations page");
    expect(body.total_items).toBe(total);
    const full = await get(salsLoader, "/service_at_locations?full=true&per_page=10");
    valid(v.page(v.compiled("service_at_location")), full, "full service_at_locations page");
  }, 60_000);

  it("every one by id validates against compiled/service_at_location.json", async () => {
    const links = await prisma.serviceAtLocation.findMany({
      where: { service: { status: "PUBLISHED" } },
      include: { office: true, service: true },
    });
    for (const link of links) {
      const body = await get(salLoader, `/service_at_locations/${link.hsdsId}`, {
        id: link.hsdsId,
      });
      valid(v.compiled("service_at_location"), body, `service_at_location ${link.hsdsId}`);
      expect(body).toMatchObject({
        id: link.hsdsId,
        service_id: link.service.hsdsId,
        location_id: link.office.hsdsId,
        location: { id: link.office.hsdsId, name: link.office.name },
        service: { id: link.service.hsdsId },
      });
      expect(body.location.languages.map((l: Any) => l.code).join(",")).toBe(link.languages);
    }
  }, 120_000);

  it("filters by postcode and proximity", async () => {
    const office = await prisma.office.findFirstOrThrow({
      where: { services: { some: { service: { status: "PUBLISHED" } } }, lat: { not: null } },
    });
    const here = await get(
      salsLoader,
      `/service_at_locations?per_page=1000&postcode=${office.postalCode}`,
    );
    const inCode = await prisma.serviceAtLocation.count({
      where: { service: { status: "PUBLISHED" }, office: { postalCode: office.postalCode } },
    });
    expect(here.total_items).toBe(inCode);
    const near = await get(
      salsLoader,
      `/service_at_locations?per_page=1000&postcode=${office.postalCode}&proximity=100000`,
    );
    expect(near.total_items).toBeGreaterThanOrEqual(inCode);
    expect((await call(salsLoader, "/service_at_locations?proximity=100")).status).toBe(400);
  });
});

describe("GET /api/hsds/taxonomies and /taxonomy_terms", () => {
  it("taxonomies validate against schema/taxonomy.json", async () => {
    const body = await get(taxonomiesLoader, "/taxonomies");
    valid(v.page(v.plain("taxonomy")), body, "taxonomies page");
    expect(body.contents.map((t: Any) => t.id)).toEqual([
      TAXONOMIES.category.id,
      TAXONOMIES.lifeSituation.id,
    ]);
    for (const t of body.contents) {
      valid(
        v.plain("taxonomy"),
        await get(taxonomyLoader, `/taxonomies/${t.id}`, { id: t.id }),
        "taxonomy",
      );
    }
    expect((await call(taxonomyLoader, "/taxonomies/x", { id: crypto.randomUUID() })).status).toBe(
      404,
    );
  });

  it("terms validate against schema/taxonomy_term.json, in every language", async () => {
    const count = (await prisma.category.count()) + (await prisma.lifeSituation.count());
    const body = await get(termsLoader, "/taxonomy_terms?per_page=1000");
    valid(v.page(v.plain("taxonomy_term")), body, "terms page");
    expect(body.total_items).toBe(count);
    for (const t of body.contents) {
      const one = await get(termLoader, `/taxonomy_terms/${t.id}`, { id: t.id });
      valid(v.plain("taxonomy_term"), one, "term");
      expect(one).toMatchObject({ id: t.id, language: "de", code: t.code });
    }
    const money = await prisma.category.findUniqueOrThrow({
      where: { slug: "money-for-living" },
      include: { translations: true },
    });
    const ar = await get(termLoader, `/taxonomy_terms/${money.hsdsId}?lang=ar`, {
      id: money.hsdsId,
    });
    expect(ar).toMatchObject({
      name: money.translations.find((t) => t.locale === "ar")!.title,
      language: "ar",
      taxonomy_id: TAXONOMIES.category.id,
    });
    const categories = await get(
      termsLoader,
      `/taxonomy_terms?per_page=1000&taxonomy_id=${TAXONOMIES.category.id}`,
    );
    expect(categories.total_items).toBe(await prisma.category.count());
    const children = await get(termsLoader, `/taxonomy_terms?parent_id=${money.hsdsId}`);
    expect(children.total_items).toBe(0);
    const top = await get(termsLoader, "/taxonomy_terms?top_only=true&per_page=1000");
    expect(top.total_items).toBe(count);
    const search = await get(termsLoader, "/taxonomy_terms?search=geld");
    expect(search.contents.map((t: Any) => t.code)).toContain("money-for-living");
  }, 60_000);
});

describe("open data only", () => {
  it("no response names a user, a staff member or an email address of a person", async () => {
    const users = await prisma.user.findMany({ select: { email: true, name: true } });
    expect(users.length).toBeGreaterThan(0);
    const all = seen.join("\n");
    for (const u of users) {
      expect(all).not.toContain(u.email);
      if (u.name && u.name.length > 5) expect(all).not.toContain(u.name);
    }
  });
});
