// Offices: address, contact, accessibility, opening hours and closures.
// Hours and closures belong to the office and are replaced as a whole.
import { assertCan, type Actor } from "~/domain/access/permissions";
import { bumpDirectoryVersion } from "~/domain/directory/version.server";
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/utils/db.server";
import { newHsdsId, type Db } from "./db.server";
import { germanDate, type OfficeInput } from "./office-schemas";
import type { Snapshot } from "./revision-diff";
import { writeRevision } from "./revisions.server";
import type { SaveResult } from "./services.server";

const DRAFTS = { type: "directory", published: false } as const;
// Offices have no draft state: they are public once they exist.
const PUBLIC = { type: "directory", published: true } as const;

/** A calendar date stored as 00:00 UTC (directory.prisma), as "YYYY-MM-DD". */
const day = (d: Date) => d.toISOString().slice(0, 10);

export async function listOffices(actor: Actor) {
  assertCan(actor, "read", DRAFTS);
  return prisma.office.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      street: true,
      postalCode: true,
      city: true,
      organization: { select: { name: true } },
      _count: { select: { services: true } },
    },
  });
}

export async function officeFormOptions(actor: Actor) {
  assertCan(actor, "read", DRAFTS);
  return prisma.organization.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

const OFFICE_SELECT = {
  id: true,
  name: true,
  organizationId: true,
  street: true,
  postalCode: true,
  city: true,
  lat: true,
  lng: true,
  phone: true,
  email: true,
  accessibility: true,
  transportation: true,
  organization: { select: { name: true } },
  openingHours: {
    orderBy: [{ weekday: "asc" }, { opensAt: "asc" }],
    select: { weekday: true, opensAt: true, closesAt: true, walkInOnly: true },
  },
  closures: {
    orderBy: { startsOn: "asc" },
    select: { startsOn: true, endsOn: true, reason: true },
  },
} satisfies Prisma.OfficeSelect;

export async function getOffice(actor: Actor, id: string) {
  assertCan(actor, "read", DRAFTS);
  const o = await prisma.office.findUnique({ where: { id }, select: OFFICE_SELECT });
  if (!o) return null;
  return {
    id: o.id,
    name: o.name,
    values: {
      name: o.name,
      organizationId: o.organizationId,
      street: o.street,
      postalCode: o.postalCode,
      city: o.city,
      lat: o.lat === null ? "" : String(o.lat),
      lng: o.lng === null ? "" : String(o.lng),
      phone: o.phone ?? "",
      email: o.email ?? "",
      accessibility: o.accessibility,
      transportation: o.transportation,
      openingHours: o.openingHours.map((h) => ({ ...h, weekday: String(h.weekday) })),
      closures: o.closures.map((c) => ({
        startsOn: germanDate(day(c.startsOn)),
        endsOn: germanDate(day(c.endsOn)),
        reason: c.reason,
      })),
    },
  };
}

/** The office after a change, for the history. */
async function officeSnapshot(db: Db, id: string): Promise<Snapshot> {
  const o = await db.office.findUniqueOrThrow({ where: { id }, select: OFFICE_SELECT });
  return {
    name: o.name,
    organization: o.organization.name,
    street: o.street,
    postalCode: o.postalCode,
    city: o.city,
    lat: o.lat,
    lng: o.lng,
    phone: o.phone,
    email: o.email,
    accessibility: o.accessibility,
    transportation: o.transportation,
    openingHours: o.openingHours,
    closures: o.closures.map((c) => ({
      startsOn: day(c.startsOn),
      endsOn: day(c.endsOn),
      reason: c.reason,
    })),
  };
}

/** Creates (id null) or updates an office; null when the office or organisation is unknown. */
export async function saveOffice(
  actor: Actor,
  id: string | null,
  input: OfficeInput,
): Promise<SaveResult | null> {
  assertCan(actor, id ? "update" : "create", PUBLIC);
  const result = await prisma.$transaction(async (tx) => {
    const org = await tx.organization.findUnique({
      where: { id: input.organizationId },
      select: { id: true },
    });
    if (!org)
      return { ok: false as const, fieldErrors: { organizationId: ["validation.required"] } };
    if (id && !(await tx.office.findUnique({ where: { id }, select: { id: true } }))) return null;
    const before = id ? await officeSnapshot(tx, id) : null;
    const data = {
      name: input.name,
      organizationId: input.organizationId,
      street: input.street,
      postalCode: input.postalCode,
      city: input.city,
      lat: input.lat,
      lng: input.lng,
      phone: input.phone,
      email: input.email,
      accessibility: input.accessibility,
      transportation: input.transportation,
    };
    const officeId = id
      ? (await tx.office.update({ where: { id }, data, select: { id: true } })).id
      : (await tx.office.create({ data: { hsdsId: newHsdsId(), ...data }, select: { id: true } }))
          .id;
    await tx.openingHours.deleteMany({ where: { officeId } });
    await tx.openingHours.createMany({ data: input.openingHours.map((h) => ({ officeId, ...h })) });
    await tx.officeClosure.deleteMany({ where: { officeId } });
    await tx.officeClosure.createMany({
      data: input.closures.map((c) => ({
        officeId,
        startsOn: new Date(`${c.startsOn}T00:00:00Z`),
        endsOn: new Date(`${c.endsOn}T00:00:00Z`),
        reason: c.reason,
      })),
    });
    const after = await officeSnapshot(tx, officeId);
    const changed = JSON.stringify(before) !== JSON.stringify(after);
    if (changed) {
      await writeRevision(tx, {
        entityType: "Office",
        entityId: officeId,
        changedById: actor.id,
        snapshot: after,
      });
    }
    return { ok: true as const, id: officeId, changed };
  });
  if (result?.ok && result.changed) await bumpDirectoryVersion(actor.id);
  return result;
}
