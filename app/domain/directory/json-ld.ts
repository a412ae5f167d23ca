// schema.org GovernmentService for a service page (search engines, assistants).
import type { ServiceView } from "~/domain/directory/catalog.server";
import { plainText } from "~/domain/directory/long-text";

export function governmentServiceJsonLd(service: ServiceView, pageUrl: string, lang: string) {
  return {
    "@context": "https://schema.org",
    "@type": "GovernmentService",
    "@id": pageUrl,
    url: pageUrl,
    inLanguage: lang,
    identifier: service.hsdsId,
    name: service.title.text,
    description: service.summary.text,
    serviceType: service.title.text,
    termsOfService: service.legalBasis,
    areaServed: { "@type": "City", name: "Musterstadt" },
    provider: {
      "@type": "GovernmentOrganization",
      name: service.organization.name,
      ...(service.organization.phone ? { telephone: service.organization.phone } : {}),
      ...(service.organization.email ? { email: service.organization.email } : {}),
      ...(service.organization.website ? { url: service.organization.website } : {}),
    },
    audience: service.eligibility.text
      ? { "@type": "Audience", audienceType: plainText(service.eligibility.text).slice(0, 500) }
      : undefined,
    availableChannel: service.locations.map((l) => ({
      "@type": "ServiceChannel",
      availableLanguage: l.languages,
      serviceLocation: {
        "@type": "GovernmentOffice",
        name: l.office.name,
        address: {
          "@type": "PostalAddress",
          streetAddress: l.office.street,
          postalCode: l.office.postalCode,
          addressLocality: l.office.city,
          addressCountry: "DE",
        },
        ...(l.office.phone ? { telephone: l.office.phone } : {}),
        ...(l.office.lat !== null && l.office.lng !== null
          ? { geo: { "@type": "GeoCoordinates", latitude: l.office.lat, longitude: l.office.lng } }
          : {}),
      },
    })),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so it cannot end the script. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
