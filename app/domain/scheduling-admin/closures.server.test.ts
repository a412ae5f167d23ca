import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ForbiddenError, type Actor } from "~/domain/access/permissions";
import { directoryVersion } from "~/domain/directory/version.server";
import { addDays, berlinDate, fromBerlin } from "~/domain/scheduling/berlin-time";
import { prisma } from "~/utils/db.server";
import { createAppointment } from "../../../tests/factories/appointments";
import { addClosure, closureOffices, deleteClosure, listUpcomingClosures } from "./closures.server";

const uid = () => randomUUID().slice(0, 8);

async function actor(role: "ADMIN" | "TEAM_LEAD" | "CASEWORKER"): Promise<Actor> {
  const u = await prisma.user.create({
    data: { email: `closures-${uid()}@example.net`, name: `Person ${uid()}`, role },
    select: { id: true },
  });
  return { id: u.id, role, active: true, secondFactorVerified: true };
}

async function office() {
  return prisma.office.create({
    data: {
      hsdsId: randomUUID(),
      name: `Servicecenter ${uid()}`,
      street: "Markt 1",
      postalCode: "12345",
      city: "Musterstadt",
      organization: { create: { hsdsId: randomUUID(), kind: "AGENCY", name: `Agentur ${uid()}` } },
    },
    select: { id: true, name: true },
  });
}

describe("office closures", () => {
  it("adds a closure as calendar dates, lists the appointments booked in it, deletes it", async () => {
    const admin = await actor("ADMIN");
    const cw = await actor("CASEWORKER");
    const o = await office();
    expect((await closureOffices(admin)).map((x) => x.id)).toContain(o.id);
    const first = addDays(berlinDate(new Date()), 10);
    const last = addDays(first, 1);
    const appointment = await createAppointment(prisma, {
      staffId: cw.id,
      officeId: o.id,
      startsAt: fromBerlin(last, "15:00"),
    });
    const versionBefore = await directoryVersion();

    const added = await addClosure(admin, {
      officeId: o.id,
      startsOn: first,
      endsOn: last,
      reason: "Betriebsausflug",
    });
    if (!added.ok) throw new Error("not added");
    const row = await prisma.officeClosure.findUniqueOrThrow({ where: { id: added.id } });
    expect(row.startsOn.toISOString()).toBe(`${first}T00:00:00.000Z`);
    expect(row.endsOn.toISOString()).toBe(`${last}T00:00:00.000Z`);
    expect(await directoryVersion()).not.toBe(versionBefore);

    const listed = (await listUpcomingClosures(admin)).find((c) => c.id === added.id);
    expect(listed).toMatchObject({
      office: o.name,
      startsOn: first,
      endsOn: last,
      reason: "Betriebsausflug",
      appointments: [{ id: appointment.id }],
    });

    expect(await deleteClosure(admin, added.id)).toBe(true);
    expect(await deleteClosure(admin, added.id)).toBe(false);
    const history = await prisma.contentRevision.findMany({
      where: { entityType: "OfficeClosures", entityId: o.id },
      orderBy: [{ changedAt: "asc" }, { id: "asc" }],
    });
    expect(history.map((h) => JSON.parse(h.snapshot).closures.length)).toEqual([1, 0]);
    expect(history.every((h) => h.changedById === admin.id)).toBe(true);
  });

  it("refuses unknown offices and anyone but administrators", async () => {
    const admin = await actor("ADMIN");
    const lead = await actor("TEAM_LEAD");
    const input = {
      officeId: "unknown",
      startsOn: "2030-01-02",
      endsOn: "2030-01-02",
      reason: "x",
    };
    expect(await addClosure(admin, input)).toEqual({
      ok: false,
      fieldErrors: { officeId: ["scheduling:validation.officeUnknown"] },
    });
    await expect(addClosure(lead, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listUpcomingClosures(lead)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
