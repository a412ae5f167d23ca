// The directory as plain records, one shape for both directions: the database
// is read into records and records are written back (store.server.ts); records
// become HSDS objects (to-hsds.ts) and HSDS objects become record patches
// (from-hsds.ts). Records identify each other by hsdsId, never by internal id,
// so a record means the same thing in every database.
import type { Language } from "~/i18n";

export type ChannelKind = "PHONE" | "EMAIL" | "WEB" | "IN_PERSON" | "VIDEO";
export const CHANNEL_KINDS: readonly ChannelKind[] = [
  "PHONE",
  "EMAIL",
  "WEB",
  "IN_PERSON",
  "VIDEO",
];

export type OrganizationKind = "AGENCY" | "PARTNER" | "AUTHORITY";
export const ORGANIZATION_KINDS: readonly OrganizationKind[] = ["AGENCY", "PARTNER", "AUTHORITY"];

export type ServiceStatus = "DRAFT" | "PUBLISHED";

export type TaxonomyKind = "category" | "lifeSituation";

/** One translation row of a service (ServiceTranslation). */
export interface ServiceText {
  title: string;
  summary: string;
  description: string;
  eligibility: string;
  benefits: string;
  howToApply: string;
  costs: string;
  keywords: string;
  easyLanguage: string | null;
  updatedAt: Date;
}

export type Texts<T> = Partial<Record<Language, T>>;

export interface DocumentRecord {
  uri: string | null;
  texts: Texts<{ title: string; note: string }>;
}

export interface ChannelRecord {
  kind: ChannelKind;
  value: string;
  label: string | null;
}

/** A ServiceAtLocation: where a service is offered, in which languages. */
export interface LocationLink {
  hsdsId: string;
  officeHsdsId: string;
  /** ISO 639 codes, in the stored order. */
  languages: string[];
  note: string;
}

export interface ServiceRecord {
  hsdsId: string;
  slug: string;
  status: ServiceStatus;
  legalBasis: string;
  organizationHsdsId: string;
  emergency: boolean;
  appliesFromApplicationMonth: boolean;
  bookingTopicKey: string | null;
  /** Language-neutral search terms. */
  keywords: string;
  url: string | null;
  firstPublishedAt: Date | null;
  publishedAt: Date | null;
  updatedAt: Date;
  texts: Texts<ServiceText>;
  /** hsdsIds of categories and life situations, sorted. */
  categories: string[];
  lifeSituations: string[];
  /** In their order (RequiredDocument.sort = index). */
  documents: DocumentRecord[];
  /** In their order (ServiceChannel.sort = index). */
  channels: ChannelRecord[];
  /** Sorted by hsdsId. */
  locations: LocationLink[];
  /** hsdsIds of services not paid at the same time, sorted. */
  excludes: string[];
}

export interface OrganizationRecord {
  hsdsId: string;
  kind: OrganizationKind;
  name: string;
  description: string;
  email: string | null;
  phone: string | null;
  website: string | null;
}

export interface HoursRecord {
  weekday: number;
  opensAt: string;
  closesAt: string;
  walkInOnly: boolean;
}

export interface ClosureRecord {
  /** Calendar dates "YYYY-MM-DD"; endsOn inclusive. */
  startsOn: string;
  endsOn: string;
  reason: string;
}

export interface OfficeRecord {
  hsdsId: string;
  organizationHsdsId: string;
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
  /** Sorted by weekday, then opening time. */
  hours: HoursRecord[];
  /** Sorted by start date. */
  closures: ClosureRecord[];
}

export interface TermRecord {
  taxonomy: TaxonomyKind;
  hsdsId: string;
  slug: string;
  sort: number;
  texts: Texts<{ title: string; description: string }>;
}

/**
 * The directory's two taxonomies. Their ids are fixed; their names are data
 * (German, the binding language), not interface text.
 */
export const TAXONOMIES: Record<TaxonomyKind, { id: string; name: string; description: string }> = {
  category: {
    id: "fbb7b4a9-6b6c-4d35-8139-fcfd16b3e766",
    name: "Hilfebereiche",
    description:
      "Welche Art von Hilfe: Geld zum Leben, Wohnen, Familie, Arbeit, Beratung … (Sozialagentur Musterstadt)",
  },
  lifeSituation: {
    id: "ce64c6a6-e72e-4714-9aff-da65d161ca60",
    name: "Lebenslagen",
    description:
      "In welcher Lage jemand ist: Arbeit verloren, Miete nicht bezahlbar, Kind bekommen … (Sozialagentur Musterstadt)",
  },
};

export function taxonomyOfId(id: string): TaxonomyKind | null {
  if (id === TAXONOMIES.category.id) return "category";
  if (id === TAXONOMIES.lifeSituation.id) return "lifeSituation";
  return null;
}

/** Addresses in HSDS need a state and a country; the directory serves one city in NRW. */
export const ADDRESS_REGION = "Nordrhein-Westfalen";
export const ADDRESS_COUNTRY = "DE";
export const TIME_ZONE = "Europe/Berlin";

export const HSDS_VERSION = "3.0";
export const HSDS_OPENAPI_URL =
  "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json";
