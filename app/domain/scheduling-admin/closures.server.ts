// Days an office is closed beyond the NRW public holidays (those are computed:
// app/domain/scheduling/holidays.ts). Dates are Berlin calendar dates stored as
// 00:00 UTC of that date, the last one inclusive (directory.prisma). No slot is
// offered at a closed office on those days, in any channel. Appointments
// already booked there stay booked: the page lists them so someone moves them.
import type { Actor } from "~/domain/access/permissions";
import { bumpDirectoryVersion } from "~/domain/directory/version.server";
import { berlinDate, berlinDayBounds } from "~/domain/scheduling/berlin-time";
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/utils/db.server";
import { assertAdministerBooking } from "./access.server";
import { recordChange } from "./history.server";
import type { ClosureInput } from "./schemas";

type Db = Prisma.TransactionClient;

/** A calendar date as stored (00:00 UTC) and back. */
const stored = (date: string) => new Date(`${date}T00:00:00Z`);
const day = (d: Date) => d.toISOString().slice(0, 10);

/** Offices closures are entered for: the agency's own and any where staff work. */
export async function closureOffices(actor: Actor, db: Db = prisma) {
  assertAdministerBooking(actor);
  return db.office.findMany({
    where: { OR: [{ organization: { kind: "AGENCY" } }, { staffHours: { some: {} } }] },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
}

/** Closures that end today or later, with the appointments still booked in them. */
export async function listUpcomingClosures(actor: Actor, now = new Date()) {
  assertAdministerBooking(actor);
  const closures = await prisma.officeClosure.findMany({
    where: { endsOn: { gte: stored(berlinDate(now)) } },
    orderBy: [{ startsOn: "asc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      officeId: true,
      startsOn: true,
      endsOn: true,
      reason: true,
      office: { select: { name: true } },
    },
  });
  return Promise.all(
    closures.map(async (c) => {
      const from = berlinDayBounds(day(c.startsOn)).start;
      const until = berlinDayBounds(day(c.endsOn)).end;
      const appointments = await prisma.appointment.findMany({
        where: {
          officeId: c.officeId,
          startsAt: { gte: from > now ? from : now, lt: until },
          OR: [
            { status: { in: ["BOOKED", "CHECKED_IN"] } },
            { status: "HELD", holdExpiresAt: { gt: now } },
          ],
        },
        orderBy: { startsAt: "asc" },
        take: 50,
        select: { id: true, startsAt: true },
      });
      return {
        id: c.id,
        office: c.office.name,
        startsOn: day(c.startsOn),
        endsOn: day(c.endsOn),
        reason: c.reason,
        appointments,
      };
    }),
  );
}

/** The office's closures after a change, for the history. */
async function closuresSnapshot(db: Db, officeId: string) {
  const rows = await db.officeClosure.findMany({
    where: { officeId },
    orderBy: [{ startsOn: "asc" }, { id: "asc" }],
    select: { startsOn: true, endsOn: true, reason: true },
  });
  return {
    closures: rows.map((r) => ({
      startsOn: day(r.startsOn),
      endsOn: day(r.endsOn),
      reason: r.reason,
    })),
  };
}

export type ClosureSaved =
  { ok: true; id: string } | { ok: false; fieldErrors: Record<string, string[]> };

export async function addClosure(actor: Actor, input: ClosureInput): Promise<ClosureSaved> {
  assertAdministerBooking(actor);
  const result = await prisma.$transaction(async (tx) => {
    const offices = await closureOffices(actor, tx);
    if (!offices.some((o) => o.id === input.officeId)) {
      return {
        ok: false as const,
        fieldErrors: { officeId: ["scheduling:validation.officeUnknown"] },
      };
    }
    const row = await tx.officeClosure.create({
      data: {
        officeId: input.officeId,
        startsOn: stored(input.startsOn),
        endsOn: stored(input.endsOn),
        reason: input.reason,
      },
      select: { id: true },
    });
    await recordChange(tx, {
      entityType: "OfficeClosures",
      entityId: input.officeId,
      changedById: actor.id,
      snapshot: await closuresSnapshot(tx, input.officeId),
    });
    return { ok: true as const, id: row.id };
  });
  // Closures are public office data (the HSDS export lists them).
  if (result.ok) await bumpDirectoryVersion(actor.id);
  return result;
}

/** Deletes a closure; false when there is none with this id. */
export async function deleteClosure(actor: Actor, id: string): Promise<boolean> {
  assertAdministerBooking(actor);
  const deleted = await prisma.$transaction(async (tx) => {
    const row = await tx.officeClosure.findUnique({ where: { id }, select: { officeId: true } });
    if (!row) return false;
    await tx.officeClosure.delete({ where: { id } });
    await recordChange(tx, {
      entityType: "OfficeClosures",
      entityId: row.officeId,
      changedById: actor.id,
      snapshot: await closuresSnapshot(tx, row.officeId),
    });
    return true;
  });
  if (deleted) await bumpDirectoryVersion(actor.id);
  return deleted;
}
