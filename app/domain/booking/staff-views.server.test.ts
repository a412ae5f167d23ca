import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "~/domain/access/permissions";
import { fromBerlin } from "~/domain/scheduling/berlin-time";
import { prisma } from "~/utils/db.server";
import { createAppointment } from "../../../tests/factories/appointments";
import { createCase } from "../../../tests/factories/cases";
import {
  appointmentForStaff,
  calendarStaffOptions,
  dateParam,
  officeDay,
  parseTimeValue,
  staffCalendar,
  staffFreeTimes,
  weekStart,
} from "./staff-views.server";
import {
  createAgencyOffice,
  createCitizen,
  createStaff,
  createTopic,
  uid,
} from "./testing/fixtures";

// A winter Tuesday, 10:07 in Berlin.
const DAY = "2031-01-14";
const now = fromBerlin(DAY, "10:07");
const actor = (id: string, role: Actor["role"], teamId: string | null = null): Actor => ({
  id,
  role,
  teamId,
  active: true,
  secondFactorVerified: true,
});
const desk = actor(`desk-${uid()}`, "FRONT_DESK");

let topic: { id: string; key: string };
let officeId: string;
let teamId: string;

beforeAll(async () => {
  topic = await createTopic(prisma, { durationMinutes: 45, bufferMinutes: 0 });
  const office = await createAgencyOffice(prisma);
  officeId = office.id;
  teamId = (
    await prisma.team.create({
      data: { name: `Team ${uid()}`, organizationId: office.organizationId },
    })
  ).id;
});

async function caseworker() {
  const staff = await createStaff(prisma, [topic.id]);
  await prisma.user.update({ where: { id: staff.id }, data: { teamId } });
  return staff;
}

async function bookedWithContent(staffId: string, time: string, extra: { caseId?: string } = {}) {
  const citizen = await createCitizen(prisma);
  const a = await createAppointment(prisma, {
    staffId,
    officeId,
    topicId: topic.id,
    startsAt: fromBerlin(DAY, time),
    citizenId: citizen.id,
    citizenName: "Amira Yilmaz",
    caseId: extra.caseId ?? null,
    sensitive: true,
    topicLabel: "consultation",
  });
  await prisma.appointment.update({
    where: { id: a.id },
    data: {
      reason: "Schulden beim Stromanbieter",
      citizenPhone: "0170 1234567",
      documents: JSON.stringify([{ title: "Mahnschreiben" }, { title: "Kontoauszüge" }]),
      preparationTopics: "Ratenzahlung besprechen",
      preparationReady: JSON.stringify(["Mahnschreiben"]),
      preparedAt: now,
      interpreterNeeded: true,
    },
  });
  return { ...a, citizenId: citizen.id };
}

function auditRows(entityId: string) {
  return prisma.auditLog.findMany({ where: { entityId } });
}

describe("dates", () => {
  it("reads a date parameter or falls back to today in Berlin", () => {
    expect(dateParam("2031-02-03", now)).toBe("2031-02-03");
    expect(dateParam("2031-02-30", now)).toBe(DAY);
    expect(dateParam(null, fromBerlin("2031-01-15", "00:30"))).toBe("2031-01-15");
    expect(weekStart(DAY)).toBe("2031-01-13");
    expect(weekStart("2031-01-19")).toBe("2031-01-13");
  });

  it("parses a posted time and refuses tampered ones", () => {
    expect(parseTimeValue("2031-01-14T09:15:00.000Z|office|PHONE")).toEqual({
      startsAt: new Date("2031-01-14T09:15:00.000Z"),
      officeId: "office",
      channel: "PHONE",
    });
    expect(parseTimeValue("yesterday|office|PHONE")).toBeNull();
    expect(parseTimeValue("2031-01-14T09:15:00.000Z|office|FAX")).toBeNull();
    expect(parseTimeValue("2031-01-14T09:15:00.000Z")).toBeNull();
  });
});

describe("officeDay", () => {
  it("shows the front desk the day of one office without case content", async () => {
    const staff = await caseworker();
    const a = await bookedWithContent(staff.id, "09:00");
    const later = await createAppointment(prisma, {
      staffId: staff.id,
      officeId,
      startsAt: fromBerlin(DAY, "14:00"),
      citizenName: "Zoe Zander",
    });
    const held = await createAppointment(prisma, {
      staffId: staff.id,
      officeId,
      startsAt: fromBerlin(DAY, "15:00"),
      status: "HELD",
    });
    const tomorrow = await createAppointment(prisma, {
      staffId: staff.id,
      officeId,
      startsAt: fromBerlin("2031-01-15", "09:00"),
    });

    const rows = await officeDay(desk, officeId, DAY, now);
    const ids = rows.map((r) => r.id);
    expect(ids).toContain(a.id);
    expect(ids.indexOf(a.id)).toBeLessThan(ids.indexOf(later.id));
    expect(ids).not.toContain(held.id);
    expect(ids).not.toContain(tomorrow.id);

    const row = rows.find((r) => r.id === a.id)!;
    expect(row).toMatchObject({
      reference: a.reference,
      citizenName: "Amira Yilmaz",
      topicLabel: "consultation",
      interpreterNeeded: true,
      status: "BOOKED",
      actions: { checkIn: true, noShow: true, undoCheckIn: false },
    });
    const text = JSON.stringify(rows);
    for (const secret of ["Schulden", "Ratenzahlung", "Mahnschreiben", "0170", a.citizenId])
      expect(text).not.toContain(secret);
    for (const key of ["reason", "caseId", "citizenEmail", "citizenPhone", "sensitive"])
      expect(row).not.toHaveProperty(key);
    // 14:00 has not begun: no no-show yet.
    expect(rows.find((r) => r.id === later.id)?.actions.noShow).toBe(false);
  });

  it("leaves out what a caseworker may not read", async () => {
    const mine = await caseworker();
    const theirs = await caseworker();
    const own = await bookedWithContent(mine.id, "11:00");
    const other = await bookedWithContent(theirs.id, "11:00");
    const ids = (await officeDay(actor(mine.id, "CASEWORKER"), officeId, DAY, now)).map(
      (r) => r.id,
    );
    expect(ids).toContain(own.id);
    expect(ids).not.toContain(other.id);
  });
});

describe("calendars", () => {
  it("lists a caseworker's days, and a team lead sees team members only as busy", async () => {
    const staff = await caseworker();
    const a = await bookedWithContent(staff.id, "12:00");
    await createAppointment(prisma, {
      staffId: staff.id,
      officeId,
      startsAt: fromBerlin(DAY, "13:00"),
      status: "CANCELLED",
    });
    const own = await staffCalendar(actor(staff.id, "CASEWORKER"), staff.id, "2031-01-13", 7, now);
    expect(own.map((d) => d.date)).toEqual([
      "2031-01-13",
      "2031-01-14",
      "2031-01-15",
      "2031-01-16",
      "2031-01-17",
      "2031-01-18",
      "2031-01-19",
    ]);
    expect(own[1]!.entries).toEqual([
      expect.objectContaining({
        kind: "appointment",
        id: a.id,
        from: "12:00",
        until: "12:45",
        citizenName: "Amira Yilmaz",
        prepared: true,
      }),
    ]);
    expect(JSON.stringify(own)).not.toContain("Schulden");

    const lead = await createStaff(prisma, []);
    await prisma.user.update({ where: { id: lead.id }, data: { teamId, role: "TEAM_LEAD" } });
    const leadActor = actor(lead.id, "TEAM_LEAD", teamId);
    expect((await calendarStaffOptions(leadActor)).map((o) => o.id)).toEqual(
      expect.arrayContaining([lead.id, staff.id]),
    );
    expect((await calendarStaffOptions(actor(staff.id, "CASEWORKER"))).map((o) => o.id)).toEqual([
      staff.id,
    ]);
    const seen = await staffCalendar(leadActor, staff.id, DAY, 1, now);
    expect(seen[0]!.entries).toEqual([
      expect.objectContaining({ kind: "busy", from: "12:00", until: "12:45" }),
    ]);
    expect(JSON.stringify(seen)).not.toContain("Amira");
  });
});

describe("appointmentForStaff", () => {
  it("gives the front desk its view only, without an audit row", async () => {
    const staff = await caseworker();
    const a = await bookedWithContent(staff.id, "15:00");
    const view = await appointmentForStaff(desk, a.id, { now });
    expect(view).toMatchObject({
      view: "desk",
      reference: a.reference,
      actions: { checkIn: true, cancel: true, reschedule: true, noShow: false },
    });
    const text = JSON.stringify(view);
    // Not even the (sensitive) topic's key: only the neutral label.
    for (const secret of ["Schulden", "Ratenzahlung", "Mahnschreiben", "0170", topic.key])
      expect(text).not.toContain(secret);
    expect(await auditRows(a.id)).toEqual([]);
  });

  it("gives the caseworker the case content and writes the read to the audit log", async () => {
    const staff = await caseworker();
    const a = await bookedWithContent(staff.id, "16:00");
    const view = await appointmentForStaff(actor(staff.id, "CASEWORKER"), a.id, {
      now,
      clientIp: "10.1.2.3",
    });
    expect(view).toMatchObject({
      view: "caseworker",
      reason: "Schulden beim Stromanbieter",
      citizenPhone: "0170 1234567",
      topicKey: topic.key,
      documents: [{ title: "Mahnschreiben" }, { title: "Kontoauszüge" }],
      preparationTopics: "Ratenzahlung besprechen",
      preparationReady: ["Mahnschreiben"],
      preparedAt: now,
    });
    expect(await auditRows(a.id)).toEqual([
      expect.objectContaining({
        actorId: staff.id,
        actorRole: "CASEWORKER",
        action: "appointment.read",
        entityType: "Appointment",
        subjectUserId: a.citizenId,
        ipAddress: "10.1.2.3",
      }),
    ]);
  });

  it("refuses other caseworkers and administrators, lets a case deputy in", async () => {
    const staff = await caseworker();
    const other = await caseworker();
    const citizen = await createCitizen(prisma);
    const kase = await createCase(prisma, {
      citizenId: citizen.id,
      teamId,
      caseworkerId: staff.id,
    });
    await prisma.caseDeputy.create({ data: { caseId: kase.id, userId: other.id } });
    const a = await bookedWithContent(staff.id, "17:00", { caseId: kase.id });
    const stranger = await caseworker();

    const status = (p: Promise<unknown>) =>
      p.then(
        () => 200,
        (e: unknown) => (e instanceof Response ? e.status : 500),
      );
    expect(await status(appointmentForStaff(actor(stranger.id, "CASEWORKER"), a.id, { now }))).toBe(
      403,
    );
    expect(await status(appointmentForStaff(actor(`admin-${uid()}`, "ADMIN"), a.id, { now }))).toBe(
      403,
    );
    const deputy = await appointmentForStaff(actor(other.id, "CASEWORKER"), a.id, { now });
    expect(deputy?.view).toBe("caseworker");
    // Only the deputy's read is logged (refused reads read nothing).
    expect((await auditRows(a.id)).map((r) => r.actorId)).toEqual([other.id]);
    expect(await appointmentForStaff(desk, "does-not-exist", { now })).toBeNull();
  });
});

describe("staffFreeTimes", () => {
  it("lists free times from now on (no lead time), per staff member", async () => {
    const staff = await caseworker();
    const other = await caseworker();
    const ownTopic = await createTopic(prisma, {
      durationMinutes: 45,
      bufferMinutes: 0,
      channels: ["PHONE"],
      leadTimeMinutes: 24 * 60,
    });
    for (const s of [staff, other]) {
      await prisma.staffTopic.create({ data: { staffId: s.id, topicId: ownTopic.id } });
      await prisma.staffWorkingHours.create({
        data: { userId: s.id, officeId, weekday: 2, startsAt: "08:00", endsAt: "12:00" },
      });
    }
    await createAppointment(prisma, {
      staffId: staff.id,
      officeId,
      startsAt: fromBerlin(DAY, "10:30"),
    });
    const query = { officeId, channel: "PHONE" as const, maxDays: 2 };
    const mine = await staffFreeTimes(ownTopic.key, { ...query, staffId: staff.id }, now);
    expect(mine?.days[0]).toMatchObject({ date: DAY, times: [{ time: "11:15" }] });
    expect(mine?.days[1]?.date).toBe("2031-01-21");
    expect(mine?.nextFrom).toBe("2031-01-22");
    expect(mine?.days[0]?.times[0]?.value).toBe(
      `${fromBerlin(DAY, "11:15").toISOString()}|${officeId}|PHONE`,
    );

    const anyone = await staffFreeTimes(ownTopic.key, query, now);
    expect(anyone?.days[0]?.times.map((t) => t.time)).toEqual([
      "10:15",
      "10:30",
      "10:45",
      "11:00",
      "11:15",
    ]);
    const later = await staffFreeTimes(ownTopic.key, { ...query, from: "2031-01-15" }, now);
    expect(later?.days[0]?.date).toBe("2031-01-21");
    expect(await staffFreeTimes("no-such-topic", query, now)).toBeNull();
  });
});
