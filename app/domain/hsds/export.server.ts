// The whole directory as one HSDS 3.0 JSON document: an array of HSDS
// objects, each valid against its schema — the two taxonomies, every taxonomy
// term, then every organization fully nested (its locations and its services,
// drafts included as status "inactive"). German texts fill the HSDS fields;
// `x-translations` carries every language, so the import restores everything.
// Nothing about people is read.
import { prisma } from "~/utils/db.server";
import { taxonomy, taxonomyTerm, organizationFull, type Json, type MapContext } from "./to-hsds";
import { loadOffices, loadOrganizations, loadServices, loadTerms, type Db } from "./store.server";

export async function exportDirectory(db: Db = prisma): Promise<Json[]> {
  const [terms, organizations, offices, services] = await Promise.all([
    loadTerms(db),
    loadOrganizations(db),
    loadOffices(db),
    loadServices(db, {}),
  ]);
  const ctx: MapContext = {
    lang: "de",
    mode: "export",
    organizations: new Map(organizations.map((o) => [o.hsdsId, o])),
    offices: new Map(offices.map((o) => [o.hsdsId, o])),
    terms: new Map(terms.map((t) => [t.hsdsId, t])),
    visibleServices: new Set(services.map((s) => s.hsdsId)),
  };
  const byOrganization = (hsdsId: string) =>
    services.filter((s) => s.organizationHsdsId === hsdsId);
  return [
    taxonomy("category"),
    taxonomy("lifeSituation"),
    ...terms.map((t) => taxonomyTerm(t, ctx)),
    ...organizations.map((o) =>
      organizationFull(o, byOrganization(o.hsdsId), ctx, { fullServices: true }),
    ),
  ];
}
