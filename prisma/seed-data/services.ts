// All services of the demo directory, checked for consistency at load time so
// a typo in a slug fails the seed loudly instead of silently dropping a link.
import { DOCUMENTS } from "./documents";
import type { ServiceSeed } from "./service-seed";
import { CARE_SERVICES } from "./services-care";
import { COUNSELLING_SERVICES } from "./services-counselling";
import { DISCOUNT_SERVICES } from "./services-discounts";
import { FAMILY_SERVICES } from "./services-family";
import { HOUSING_SERVICES } from "./services-housing";
import { MIGRATION_SERVICES } from "./services-migration";
import { MONEY_SERVICES } from "./services-money";
import { WORK_SERVICES } from "./services-work";

export const SERVICES: ServiceSeed[] = [
  ...MONEY_SERVICES,
  ...HOUSING_SERVICES,
  ...FAMILY_SERVICES,
  ...WORK_SERVICES,
  ...COUNSELLING_SERVICES,
  ...CARE_SERVICES,
  ...MIGRATION_SERVICES,
  ...DISCOUNT_SERVICES,
];

/** Throws on duplicate slugs/ids, unknown exclusions or unknown documents. */
export function checkServices(services: ServiceSeed[] = SERVICES): void {
  const slugs = new Set<string>();
  const ids = new Set<string>();
  for (const s of services) {
    if (slugs.has(s.slug)) throw new Error(`Duplicate service slug ${s.slug}`);
    if (ids.has(s.hsdsId)) throw new Error(`Duplicate service hsdsId ${s.hsdsId}`);
    slugs.add(s.slug);
    ids.add(s.hsdsId);
  }
  for (const s of services) {
    for (const other of s.excludes ?? []) {
      if (!slugs.has(other)) throw new Error(`Service ${s.slug} excludes unknown service ${other}`);
    }
    for (const doc of s.documents) {
      if (!(doc in DOCUMENTS)) throw new Error(`Service ${s.slug} names unknown document ${doc}`);
    }
  }
}
