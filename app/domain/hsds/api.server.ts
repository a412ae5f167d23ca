// The read-only HSDS 3.0 API under /api/hsds (schema/openapi.json): what each
// endpoint returns for a request. The routes (app/routes/api.hsds.*.ts) only
// hand over the request. Open data: public cache for a minute, any origin may
// read it, only published services, nothing about people.
import { defaultLanguage, languages, type Language } from "~/i18n";
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/utils/db.server";
import { isUuid } from "./ids";
import {
  HSDS_OPENAPI_URL,
  HSDS_VERSION,
  TAXONOMIES,
  taxonomyOfId,
  type ServiceRecord,
  type TaxonomyKind,
} from "./model";
import {
  BadRequest,
  booleanParam,
  dateParam,
  distanceMetres,
  langParam,
  listParams,
  matches,
  paginate,
  uuidParam,
  type ListParams,
} from "./query";
import { loadOffices, loadOrganizations, loadServices, loadTerms } from "./store.server";
import {
  lastModified,
  organizationBasic,
  organizationFull,
  serviceAtLocationFull,
  serviceAtLocationListItem,
  serviceFull,
  serviceListItem,
  taxonomy,
  taxonomyTerm,
  type Json,
  type MapContext,
} from "./to-hsds";

export const API_HEADERS = {
  "Cache-Control": "public, max-age=60",
  "Access-Control-Allow-Origin": "*",
} as const;

class NotFound extends Error {}

type Body = { json: unknown; lang: Language } | { ndjson: unknown[]; lang: Language };

function jsonResponse(body: unknown, status: number, lang?: Language): Response {
  return Response.json(body, {
    status,
    headers: { ...API_HEADERS, ...(lang ? { "Content-Language": lang } : {}) },
  });
}

/** Runs an endpoint: 400 for bad parameters, 404 for unknown ids, JSON or NDJSON otherwise. */
async function respond(request: Request, run: (q: URLSearchParams) => Promise<Body>) {
  const q = new URL(request.url).searchParams;
  try {
    const body = await run(q);
    if ("ndjson" in body) {
      const text = body.ndjson.map((item) => JSON.stringify(item)).join("\n");
      return new Response(text ? `${text}\n` : "", {
        headers: {
          ...API_HEADERS,
          "Content-Type": "application/x-ndjson; charset=utf-8",
          "Content-Language": body.lang,
        },
      });
    }
    return jsonResponse(body.json, 200, body.lang);
  } catch (error) {
    if (error instanceof BadRequest) return jsonResponse({ error: error.message }, 400);
    if (error instanceof NotFound) return jsonResponse({ error: error.message }, 404);
    throw error;
  }
}

function listBody<T>(items: T[], params: ListParams): Body {
  if (params.format === "ndjson") return { ndjson: items, lang: params.lang };
  return { json: paginate(items, params), lang: params.lang };
}

// ---------------------------------------------------------------- context

const PUBLISHED = { status: "PUBLISHED" } as const satisfies Prisma.ServiceWhereInput;

/** What the mapping needs besides the services themselves. */
async function contextFor(
  lang: Language,
  services: ServiceRecord[],
  needs: { offices?: string[]; terms?: boolean; organizations?: string[] },
): Promise<MapContext> {
  const orgIds = needs.organizations ?? [...new Set(services.map((s) => s.organizationHsdsId))];
  const officeIds = needs.offices ?? [];
  const [organizations, offices, terms, visible] = await Promise.all([
    loadOrganizations(prisma, { hsdsId: { in: orgIds } }),
    officeIds.length > 0 ? loadOffices(prisma, { hsdsId: { in: officeIds } }) : Promise.resolve([]),
    needs.terms ? loadTerms(prisma) : Promise.resolve([]),
    needs.terms
      ? prisma.service.findMany({ where: PUBLISHED, select: { hsdsId: true } })
      : Promise.resolve([]),
  ]);
  return {
    lang,
    mode: "api",
    organizations: new Map(organizations.map((o) => [o.hsdsId, o])),
    offices: new Map(offices.map((o) => [o.hsdsId, o])),
    terms: new Map(terms.map((t) => [t.hsdsId, t])),
    visibleServices: new Set(visible.map((v) => v.hsdsId)),
  };
}

const officesOf = (services: ServiceRecord[]) => [
  ...new Set(services.flatMap((s) => s.locations.map((l) => l.officeHsdsId))),
];

function titleOf(service: ServiceRecord, lang: Language): string {
  return service.texts[lang]?.title || service.texts[defaultLanguage]?.title || "";
}

function serviceTexts(s: ServiceRecord): string[] {
  return [
    s.slug,
    s.keywords,
    s.legalBasis,
    ...Object.values(s.texts).flatMap((t) =>
      t ? [t.title, t.summary, t.description, t.keywords] : [],
    ),
  ];
}

function byTitle(lang: Language) {
  const collator = new Intl.Collator(lang);
  return (a: ServiceRecord, b: ServiceRecord) =>
    collator.compare(titleOf(a, lang), titleOf(b, lang)) || a.hsdsId.localeCompare(b.hsdsId);
}

/** Filters shared by /services and /service_at_locations. */
function serviceFilters(q: URLSearchParams): Prisma.ServiceWhereInput | null {
  const and: Prisma.ServiceWhereInput[] = [PUBLISHED];
  const termId = uuidParam(q, "taxonomy_term_id");
  if (termId) {
    and.push({
      OR: [
        { categories: { some: { category: { hsdsId: termId } } } },
        { lifeSituations: { some: { lifeSituation: { hsdsId: termId } } } },
      ],
    });
  }
  const taxonomyId = uuidParam(q, "taxonomy_id");
  if (taxonomyId) {
    const kind = taxonomyOfId(taxonomyId);
    if (!kind) return null;
    and.push(kind === "category" ? { categories: { some: {} } } : { lifeSituations: { some: {} } });
  }
  const organizationId = uuidParam(q, "organization_id");
  if (organizationId) and.push({ responsibleOrganization: { hsdsId: organizationId } });
  const modifiedAfter = dateParam(q, "modified_after");
  if (modifiedAfter) {
    and.push({
      OR: [
        { updatedAt: { gte: modifiedAfter } },
        { translations: { some: { updatedAt: { gte: modifiedAfter } } } },
      ],
    });
  }
  return { AND: and };
}

// ---------------------------------------------------------------- endpoints

/** GET /api/hsds — information about this API. */
export function root(request: Request) {
  return respond(request, async (q) => ({
    lang: langParam(q),
    json: {
      version: HSDS_VERSION,
      openapi_url: HSDS_OPENAPI_URL,
      "x-languages": languages,
      "x-default-language": defaultLanguage,
    },
  }));
}

/** GET /api/hsds/services */
export function services(request: Request) {
  return respond(request, async (q) => {
    const minimal = booleanParam(q, "minimal");
    const full = booleanParam(q, "full");
    const params = listParams(q, { allByDefault: minimal });
    const where = serviceFilters(q);
    let list = where ? await loadServices(prisma, where) : [];
    if (params.search) list = list.filter((s) => matches(params.search!, serviceTexts(s)));
    list.sort(byTitle(params.lang));
    const pageOf = params.format === "ndjson" ? list : paginate(list, params).contents;
    const ctx = await contextFor(
      params.lang,
      pageOf,
      full ? { offices: officesOf(pageOf), terms: true } : {},
    );
    const items = pageOf.map((s): Json => {
      if (minimal) {
        return {
          id: s.hsdsId,
          name: titleOf(s, params.lang),
          status: "active",
          last_modified: lastModified(s).toISOString(),
        };
      }
      return full ? serviceFull(s, ctx, { withOrganization: true }) : serviceListItem(s, ctx);
    });
    return withTotals(items, list.length, params);
  });
}

/** A Page of already-sliced items, counting every match. */
function withTotals(items: Json[], total: number, params: ListParams): Body {
  if (params.format === "ndjson") return { ndjson: items, lang: params.lang };
  const page = paginate(new Array<null>(total).fill(null), params);
  return { json: { ...page, contents: items }, lang: params.lang };
}

/** GET /api/hsds/services/{id} */
export function service(request: Request, id: string | undefined) {
  return respond(request, async (q) => {
    const lang = langParam(q);
    const [found] =
      id && isUuid(id)
        ? await loadServices(prisma, { ...PUBLISHED, hsdsId: id.toLowerCase() })
        : [];
    if (!found) throw new NotFound("no published service with this id");
    const ctx = await contextFor(lang, [found], { offices: officesOf([found]), terms: true });
    return { lang, json: serviceFull(found, ctx, { withOrganization: true }) };
  });
}

/** GET /api/hsds/organizations */
export function organizations(request: Request) {
  return respond(request, async (q) => {
    const fullService = booleanParam(q, "full_service");
    const full = booleanParam(q, "full") || fullService;
    const params = listParams(q);
    let orgs = await loadOrganizations(prisma);
    if (params.search) {
      orgs = orgs.filter((o) => matches(params.search!, [o.name, o.description]));
    }
    const collator = new Intl.Collator("de");
    orgs.sort((a, b) => collator.compare(a.name, b.name) || a.hsdsId.localeCompare(b.hsdsId));
    const pageOf = params.format === "ndjson" ? orgs : paginate(orgs, params).contents;
    if (!full) return withTotals(pageOf.map(organizationBasic), orgs.length, params);
    const items = await fullOrganizations(
      pageOf.map((o) => o.hsdsId),
      params.lang,
      fullService,
    );
    return withTotals(items, orgs.length, params);
  });
}

async function fullOrganizations(ids: string[], lang: Language, fullServices: boolean) {
  const [orgs, offered] = await Promise.all([
    loadOrganizations(prisma, { hsdsId: { in: ids } }),
    loadServices(prisma, { ...PUBLISHED, responsibleOrganization: { hsdsId: { in: ids } } }),
  ]);
  const ctx = await contextFor(lang, offered, { organizations: ids, terms: fullServices });
  // The organizations' own locations, and with full services where those are offered.
  const located = fullServices ? officesOf(offered) : [];
  const offices = await loadOffices(prisma, {
    OR: [{ organization: { hsdsId: { in: ids } } }, { hsdsId: { in: located } }],
  });
  ctx.offices = new Map(offices.map((o) => [o.hsdsId, o]));
  const order = new Map(ids.map((id, i) => [id, i]));
  offered.sort(byTitle(lang));
  return orgs
    .sort((a, b) => order.get(a.hsdsId)! - order.get(b.hsdsId)!)
    .map((o) =>
      organizationFull(
        o,
        offered.filter((s) => s.organizationHsdsId === o.hsdsId),
        ctx,
        { fullServices },
      ),
    );
}

/** GET /api/hsds/organizations/{id} */
export function organization(request: Request, id: string | undefined) {
  return respond(request, async (q) => {
    const lang = langParam(q);
    const fullService = booleanParam(q, "full_service");
    const [found] =
      id && isUuid(id) ? await fullOrganizations([id.toLowerCase()], lang, fullService) : [];
    if (!found) throw new NotFound("no organization with this id");
    return { lang, json: found };
  });
}

/** GET /api/hsds/service_at_locations */
export function serviceAtLocations(request: Request) {
  return respond(request, async (q) => {
    const full = booleanParam(q, "full");
    const params = listParams(q);
    const postcode = q.get("postcode")?.trim() || null;
    const proximityText = q.get("proximity")?.trim() || null;
    const proximity = proximityText === null ? null : Number(proximityText);
    if (proximity !== null && (!Number.isFinite(proximity) || proximity < 0)) {
      throw new BadRequest("proximity: a distance in metres");
    }
    if (proximity !== null && !postcode) throw new BadRequest("proximity needs postcode");
    const where = serviceFilters(q);
    const list = where ? await loadServices(prisma, where) : [];
    const ctxAll = await contextFor(params.lang, list, { offices: officesOf(list) });

    // Without service areas, a postcode selects the locations in it; with a
    // proximity, those within that many metres of the postcode's centre (the
    // mean position of our locations in it).
    let centre: { lat: number; lng: number } | null = null;
    if (postcode && proximity !== null) {
      const inCode = (await loadOffices(prisma, { postalCode: postcode })).filter(
        (o) => o.lat !== null && o.lng !== null,
      );
      if (inCode.length === 0)
        throw new BadRequest("postcode: no known position for this postcode");
      centre = {
        lat: inCode.reduce((sum, o) => sum + o.lat!, 0) / inCode.length,
        lng: inCode.reduce((sum, o) => sum + o.lng!, 0) / inCode.length,
      };
    }
    const sort = byTitle(params.lang);
    let links = [...list]
      .sort(sort)
      .flatMap((s) =>
        s.locations
          .map((link) => ({ service: s, link, office: ctxAll.offices.get(link.officeHsdsId) }))
          .sort(
            (a, b) =>
              (a.office?.name ?? "").localeCompare(b.office?.name ?? "", "de") ||
              a.link.hsdsId.localeCompare(b.link.hsdsId),
          ),
      );
    if (postcode) {
      links = links.filter(({ office }) => {
        if (!office) return false;
        if (!centre) return office.postalCode === postcode;
        if (office.lat === null || office.lng === null) return false;
        return distanceMetres(centre, { lat: office.lat, lng: office.lng }) <= proximity!;
      });
    }
    if (params.search) {
      links = links.filter(({ service: s, office }) =>
        matches(params.search!, [...serviceTexts(s), office?.name, office?.street, office?.city]),
      );
    }
    const pageOf = params.format === "ndjson" ? links : paginate(links, params).contents;
    const ctx = full
      ? await contextFor(
          params.lang,
          pageOf.map((l) => l.service),
          {
            offices: officesOf(pageOf.map((l) => l.service)),
            terms: true,
          },
        )
      : ctxAll;
    const items = pageOf.map(({ service: s, link }) =>
      full ? serviceAtLocationFull(s, link, ctx) : serviceAtLocationListItem(s, link, ctx),
    );
    return withTotals(items, links.length, params);
  });
}

/** GET /api/hsds/service_at_locations/{id} */
export function serviceAtLocation(request: Request, id: string | undefined) {
  return respond(request, async (q) => {
    const lang = langParam(q);
    const linkId = id && isUuid(id) ? id.toLowerCase() : null;
    const [found] = linkId
      ? await loadServices(prisma, { ...PUBLISHED, locations: { some: { hsdsId: linkId } } })
      : [];
    const link = found?.locations.find((l) => l.hsdsId === linkId);
    if (!found || !link)
      throw new NotFound("no service_at_location of a published service with this id");
    const ctx = await contextFor(lang, [found], { offices: officesOf([found]), terms: true });
    return { lang, json: serviceAtLocationFull(found, link, ctx) };
  });
}

const TAXONOMY_KINDS: TaxonomyKind[] = ["category", "lifeSituation"];

/** GET /api/hsds/taxonomies */
export function taxonomies(request: Request) {
  return respond(request, async (q) => {
    const params = listParams(q);
    const list = TAXONOMY_KINDS.filter(
      (k) =>
        !params.search || matches(params.search, [TAXONOMIES[k].name, TAXONOMIES[k].description]),
    ).map(taxonomy);
    return listBody(list, params);
  });
}

/** GET /api/hsds/taxonomies/{id} */
export function taxonomyById(request: Request, id: string | undefined) {
  return respond(request, async (q) => {
    const lang = langParam(q);
    const kind = id ? taxonomyOfId(id.toLowerCase()) : null;
    if (!kind) throw new NotFound("no taxonomy with this id");
    return { lang, json: taxonomy(kind) };
  });
}

function termContext(lang: Language): MapContext {
  return {
    lang,
    mode: "api",
    organizations: new Map(),
    offices: new Map(),
    terms: new Map(),
    visibleServices: new Set(),
  };
}

/** GET /api/hsds/taxonomy_terms */
export function taxonomyTerms(request: Request) {
  return respond(request, async (q) => {
    const params = listParams(q);
    booleanParam(q, "top_only"); // Every term is top-level and has no children.
    const taxonomyId = uuidParam(q, "taxonomy_id");
    const parentId = uuidParam(q, "parent_id");
    let terms = await loadTerms(prisma);
    if (taxonomyId) terms = terms.filter((t) => TAXONOMIES[t.taxonomy].id === taxonomyId);
    if (parentId) terms = []; // The taxonomies are flat.
    if (params.search) {
      terms = terms.filter((t) =>
        matches(params.search!, [
          t.slug,
          ...Object.values(t.texts).flatMap((x) => (x ? [x.title, x.description] : [])),
        ]),
      );
    }
    const ctx = termContext(params.lang);
    return listBody(
      terms.map((t) => taxonomyTerm(t, ctx)),
      params,
    );
  });
}

/** GET /api/hsds/taxonomy_terms/{id} */
export function taxonomyTermById(request: Request, id: string | undefined) {
  return respond(request, async (q) => {
    const lang = langParam(q);
    const terms = id && isUuid(id) ? await loadTerms(prisma) : [];
    const term = terms.find((t) => t.hsdsId === id?.toLowerCase());
    if (!term) throw new NotFound("no taxonomy term with this id");
    return { lang, json: taxonomyTerm(term, termContext(lang)) };
  });
}
