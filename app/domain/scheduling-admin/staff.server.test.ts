import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ForbiddenError, type Actor } from "~/domain/access/permissions";
import { addDays, berlinDate, fromBerlin, isoWeekday } from "~/domain/scheduling/berlin-time";
import { prisma } from "~/utils/db.server";
import { createAppointment } from "../../../tests/factories/appointments";
import { canManageStaff } from "./access.server";
import {
  addAbsence,
  conflictOf,
  deleteAbsence,
  getStaffSchedule,
  listStaffOverview,
  outsideOpeningHours,
  saveStaffProfile,
  saveWorkingHours,
  scheduleConflicts,
} from "./staff.server";

const uid = () => randomUUID().slice(0, 8);

async function team() {
  const org = await prisma.organization.create({
    data: { hsdsId: randomUUID(), kind: "AGENCY", name: `Agentur ${uid()}` },
    select: { id: true },
  });
  const t = await prisma.team.create({
    data: { name: `Team ${uid()}`, organizationId: org.id },
    select: { id: true },
  });
  const office = await prisma.office.create({
    data: {
      hsdsId: randomUUID(),
      organizationId: org.id,
      name: `Servicecenter ${uid()}`,
      street: "Markt 1",
      postalCode: "12345",
      city: "Musterstadt",
      openingHours: { create: [{ weekday: 1, opensAt: "08:00", closesAt: "12:00" }] },
    },
    select: { id: true },
  });
  return { orgId: org.id, teamId: t.id, officeId: office.id };
}

async function person(
  role: "ADMIN" | "TEAM_LEAD" | "CASEWORKER" | "FRONT_DESK",
  teamId: string | null = null,
) {
  const u = await prisma.user.create({
    data: { email: `sched-${uid()}@example.net`, name: `Person ${uid()}`, role, teamId },
    select: { id: true },
  });
  const actor: Actor = { id: u.id, role, active: true, teamId, secondFactorVerified: true };
  return actor;
}

/** The next date (at least a week ahead) that is a Monday in Berlin. */
function nextMonday(): string {
  let d = addDays(berlinDate(new Date()), 7);
  while (isoWeekday(d) !== 1) d = addDays(d, 1);
  return d;
}

const row = (weekday: number, officeId: string, startsAt: string, endsAt: string, i = 0) => ({
  weekday,
  officeId,
  startsAt,
  endsAt,
  row: i,
});

describe("working hours", () => {
  it("stores a split day, records who changed it, and notices when nothing changed", async () => {
    const { officeId } = await team();
    const admin = await person("ADMIN");
    const cw = await person("CASEWORKER");
    const hours = [row(2, officeId, "08:00", "12:00", 0), row(2, officeId, "13:00", "16:30", 1)];
    expect(await saveWorkingHours(admin, cw.id, { hours })).toEqual({ ok: true, changed: true });
    const rows = await prisma.staffWorkingHours.findMany({
      where: { userId: cw.id },
      orderBy: { startsAt: "asc" },
      select: { weekday: true, officeId: true, startsAt: true, endsAt: true },
    });
    expect(rows).toEqual([
      { weekday: 2, officeId, startsAt: "08:00", endsAt: "12:00" },
      { weekday: 2, officeId, startsAt: "13:00", endsAt: "16:30" },
    ]);
    const revisions = await prisma.contentRevision.findMany({
      where: { entityType: "StaffSchedule", entityId: cw.id },
    });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]!.changedById).toBe(admin.id);
    expect(JSON.parse(revisions[0]!.snapshot).workingHours).toHaveLength(2);

    expect(await saveWorkingHours(admin, cw.id, { hours })).toEqual({ ok: true, changed: false });
    expect(
      await prisma.contentRevision.count({
        where: { entityType: "StaffSchedule", entityId: cw.id },
      }),
    ).toBe(1);
  });

  it("refuses an office of another organisation kind and names the row", async () => {
    const { officeId } = await team();
    const foreign = await prisma.office.create({
      data: {
        hsdsId: randomUUID(),
        name: `Amt ${uid()}`,
        street: "Weg 2",
        postalCode: "12345",
        city: "Musterstadt",
        organization: {
          create: { hsdsId: randomUUID(), kind: "AUTHORITY", name: `Behörde ${uid()}` },
        },
      },
      select: { id: true },
    });
    const admin = await person("ADMIN");
    const cw = await person("CASEWORKER");
    const result = await saveWorkingHours(admin, cw.id, {
      hours: [row(1, officeId, "08:00", "12:00", 0), row(1, foreign.id, "13:00", "15:00", 3)],
    });
    expect(result).toEqual({
      ok: false,
      fieldErrors: { "hours[3].officeId": ["scheduling:validation.officeUnknown"] },
    });
    expect(await prisma.staffWorkingHours.count({ where: { userId: cw.id } })).toBe(0);
  });

  it("flags periods outside the office's opening hours (in person impossible there)", () => {
    const opening = [
      { weekday: 1, opensAt: "08:00", closesAt: "12:00", walkInOnly: false },
      { weekday: 1, opensAt: "13:00", closesAt: "15:00", walkInOnly: true },
    ];
    expect(outsideOpeningHours(row(1, "o", "08:00", "12:00"), opening)).toBe(false);
    expect(outsideOpeningHours(row(1, "o", "07:30", "12:00"), opening)).toBe(true);
    expect(outsideOpeningHours(row(1, "o", "13:00", "15:00"), opening)).toBe(true);
    expect(outsideOpeningHours(row(2, "o", "08:00", "12:00"), opening)).toBe(true);
  });
});

describe("who may manage whose schedule", () => {
  it("lets admins manage everyone and team leads their own team only", async () => {
    const a = await team();
    const b = await team();
    const admin = await person("ADMIN");
    const lead = await person("TEAM_LEAD", a.teamId);
    const own = await person("CASEWORKER", a.teamId);
    const other = await person("CASEWORKER", b.teamId);
    const caseworker = await person("CASEWORKER", a.teamId);

    const hours = { hours: [row(1, a.officeId, "08:00", "12:00")] };
    expect(await saveWorkingHours(lead, own.id, hours)).toMatchObject({ ok: true });
    expect(await saveWorkingHours(lead, lead.id, hours)).toMatchObject({ ok: true });
    await expect(saveWorkingHours(lead, other.id, hours)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveWorkingHours(caseworker, own.id, hours)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(getStaffSchedule(lead, other.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await getStaffSchedule(admin, other.id)).not.toBeNull();
    expect(
      canManageStaff({ ...admin, secondFactorVerified: false }, { id: other.id, teamId: b.teamId }),
    ).toBe(false);

    const seen = (await listStaffOverview(lead)).map((s) => s.id);
    expect(seen).toContain(own.id);
    expect(seen).not.toContain(other.id);
    expect((await listStaffOverview(admin)).map((s) => s.id)).toEqual(
      expect.arrayContaining([own.id, other.id]),
    );
    await expect(listStaffOverview(caseworker)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("has no schedule for people who do not hold consultations", async () => {
    const admin = await person("ADMIN");
    const desk = await person("FRONT_DESK");
    expect(await getStaffSchedule(admin, desk.id)).toBeNull();
    expect(await saveWorkingHours(admin, desk.id, { hours: [] })).toBeNull();
    expect(await getStaffSchedule(admin, "nobody")).toBeNull();
  });
});

describe("absences, topics, languages and video room", () => {
  it("adds and deletes an absence of this staff member only", async () => {
    const admin = await person("ADMIN");
    const cw = await person("CASEWORKER");
    const someoneElse = await person("CASEWORKER");
    const startsAt = fromBerlin(nextMonday(), "00:00");
    const endsAt = fromBerlin(addDays(nextMonday(), 5), "00:00");
    await addAbsence(admin, cw.id, { kind: "HOLIDAY", startsAt, endsAt });
    const schedule = (await getStaffSchedule(admin, cw.id))!;
    expect(schedule.absences).toEqual([
      { id: expect.any(String), kind: "HOLIDAY", startsAt, endsAt },
    ]);
    const [absence] = schedule.absences;
    expect(await deleteAbsence(admin, someoneElse.id, absence!.id)).toEqual({
      ok: true,
      changed: false,
    });
    expect(await deleteAbsence(admin, cw.id, absence!.id)).toEqual({ ok: true, changed: true });
    expect(await prisma.staffAbsence.count({ where: { userId: cw.id } })).toBe(0);
    const overview = (await listStaffOverview(admin)).find((s) => s.id === cw.id)!;
    expect(overview.nextAbsence).toBeNull();
  });

  it("makes a staff member bookable for topics, in languages, with a video room", async () => {
    const { officeId } = await team();
    const admin = await person("ADMIN");
    const cw = await person("CASEWORKER");
    const key = `thema-${uid()}`;
    await prisma.bookingTopic.create({ data: { key, durationMinutes: 45 } });
    expect(
      await saveStaffProfile(admin, cw.id, {
        topics: [key],
        languages: ["de", "tr", "fa"],
        videoUrl: "https://video.example.org/raum",
      }),
    ).toEqual({ ok: true, changed: true });
    expect(await prisma.staffTopic.count({ where: { staffId: cw.id, topic: { key } } })).toBe(1);
    const langs = await prisma.staffLanguage.findMany({
      where: { userId: cw.id },
      orderBy: { language: "asc" },
    });
    expect(langs.map((l) => l.language)).toEqual(["de", "fa", "tr"]);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: cw.id } })).videoUrl).toBe(
      "https://video.example.org/raum",
    );
    await saveWorkingHours(admin, cw.id, { hours: [row(1, officeId, "08:00", "12:00")] });
    const overview = (await listStaffOverview(admin)).find((s) => s.id === cw.id)!;
    expect(overview).toMatchObject({ missing: null, topics: [key] });

    expect(
      await saveStaffProfile(admin, cw.id, {
        topics: ["gibt-es-nicht"],
        languages: [],
        videoUrl: null,
      }),
    ).toEqual({ ok: false, fieldErrors: { topics: ["scheduling:validation.topicUnknown"] } });
    expect(await prisma.staffTopic.count({ where: { staffId: cw.id } })).toBe(1);
  });
});

describe("appointments that no longer fit", () => {
  it("lists booked appointments outside new hours or in a new absence, cancels none", async () => {
    const { officeId } = await team();
    const admin = await person("ADMIN");
    const cw = await person("CASEWORKER");
    const monday = nextMonday();
    await saveWorkingHours(admin, cw.id, { hours: [row(1, officeId, "08:00", "12:00")] });
    const booked = await createAppointment(prisma, {
      staffId: cw.id,
      officeId,
      startsAt: fromBerlin(monday, "10:00"),
      minutes: 45,
    });
    await createAppointment(prisma, {
      staffId: cw.id,
      officeId,
      startsAt: fromBerlin(monday, "11:00"),
      status: "CANCELLED",
    });
    expect(await scheduleConflicts(cw.id)).toEqual([]);

    await saveWorkingHours(admin, cw.id, {
      hours: [row(1, officeId, "08:00", "10:00"), row(1, officeId, "13:00", "16:00")],
    });
    expect(await scheduleConflicts(cw.id)).toMatchObject([
      { id: booked.id, problem: "outsideHours" },
    ]);
    await addAbsence(admin, cw.id, {
      kind: "SICKNESS",
      startsAt: fromBerlin(monday, "00:00"),
      endsAt: fromBerlin(addDays(monday, 1), "00:00"),
    });
    expect((await getStaffSchedule(admin, cw.id))!.conflicts).toMatchObject([
      { id: booked.id, problem: "absence" },
    ]);
    expect((await prisma.appointment.findUniqueOrThrow({ where: { id: booked.id } })).status).toBe(
      "BOOKED",
    );
  });

  it("judges hours in Berlin wall-clock time on both sides of the summer-time change", () => {
    const hours = [{ officeId: "o", weekday: 1, startsAt: "08:00", endsAt: "12:00" }];
    const at = (date: string, time: string, minutes = 45) => {
      const startsAt = fromBerlin(date, time);
      return { officeId: "o", startsAt, endsAt: new Date(startsAt.getTime() + minutes * 60_000) };
    };
    // Monday 23 Mar 2026 (CET) and Monday 30 Mar 2026 (CEST): 08:00 is 07:00Z, then 06:00Z.
    expect(conflictOf(at("2026-03-23", "08:00"), hours, [])).toBeNull();
    expect(conflictOf(at("2026-03-30", "08:00"), hours, [])).toBeNull();
    expect(conflictOf(at("2026-03-30", "07:55"), hours, [])).toBe("outsideHours");
    expect(conflictOf(at("2026-03-30", "11:15", 50), hours, [])).toBe("outsideHours");
    // Another office, or another weekday, is outside.
    expect(conflictOf({ ...at("2026-03-30", "09:00"), officeId: "p" }, hours, [])).toBe(
      "outsideHours",
    );
    expect(conflictOf(at("2026-03-31", "09:00"), hours, [])).toBe("outsideHours");
    // Touching an absence is no conflict; overlapping by a minute is.
    const appointment = at("2026-03-30", "09:00");
    const before = { startsAt: new Date(0), endsAt: appointment.startsAt };
    expect(conflictOf(appointment, hours, [before])).toBeNull();
    const overlap = {
      startsAt: new Date(0),
      endsAt: new Date(appointment.startsAt.getTime() + 60_000),
    };
    expect(conflictOf(appointment, hours, [overlap])).toBe("absence");
  });
});
