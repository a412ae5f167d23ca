// Directory test data: organisation, office and a published service with a
// German translation. Every call makes new, uniquely named rows.
import { randomUUID } from "node:crypto";
import type { OrganizationKind, Prisma } from "../../app/generated/prisma/client";

type Db = Prisma.TransactionClient;

function suffix(): string {
  return randomUUID().slice(0, 8);
}

export async function createOrganization(db: Db, kind: OrganizationKind = "PARTNER") {
  return db.organization.create({
    data: { hsdsId: randomUUID(), kind, name: `Testorganisation ${suffix()}` },
  });
}

export async function createOffice(db: Db, organizationId: string) {
  return db.office.create({
    data: {
      hsdsId: randomUUID(),
      organizationId,
      name: `Teststelle ${suffix()}`,
      street: "Teststraße 1",
      postalCode: "12345",
      city: "Musterstadt",
      openingHours: {
        createMany: {
          data: [1, 2, 3, 4, 5].map((weekday) => ({
            weekday,
            opensAt: "08:00",
            closesAt: "16:00",
          })),
        },
      },
    },
  });
}

export async function createService(
  db: Db,
  input: { organizationId: string; title?: string; slug?: string; emergency?: boolean },
) {
  const slug = input.slug ?? `test-leistung-${suffix()}`;
  return db.service.create({
    data: {
      hsdsId: randomUUID(),
      slug,
      status: "PUBLISHED",
      publishedAt: new Date(),
      legalBasis: "§ 1 Testgesetz",
      responsibleOrganizationId: input.organizationId,
      emergency: input.emergency ?? false,
      translations: {
        create: {
          locale: "de",
          title: input.title ?? `Testleistung ${slug}`,
          summary: "Kurzbeschreibung",
        },
      },
    },
  });
}
