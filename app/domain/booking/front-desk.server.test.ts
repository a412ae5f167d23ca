import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "~/domain/access/permissions";
import { fromBerlin } from "~/domain/scheduling/berlin-time";
import { prisma } from "~/utils/db.server";
import { createAppointment } from "../../../tests/factories/appointments";
import {
  bookOnBehalf,
  cancelByStaff,
  checkIn,
  checkInIssue,
  markNoShow,
  normalizeReference,
  noShowIssue,
  rescheduleByStaff,
  undoCheckIn,
} from "./front-desk.server";
import { createAgencyOffice, createStaff, createTopic, uid } from "./testing/fixtures";

// 10:07 Berlin on a winter Tuesday: appointments at 09:00 and 11:00 are "today".
const now = fromBerlin("2031-01-14", "10:07");
let desk: Actor;
let officeId: string;
let staffId: string;
let topicId: string;

beforeAll(async () => {
  const deskUser = await prisma.user.create({
    data: { email: `desk-${uid()}@example.net`, name: "Empfang", role: "FRONT_DESK" },
  });
  desk = { id: deskUser.id, role: "FRONT_DESK", active: true, secondFactorVerified: true };
  topicId = (await createTopic(prisma, { durationMinutes: 45, bufferMinutes: 0 })).id;
  officeId = (await createAgencyOffice(prisma)).id;
  staffId = (await createStaff(prisma, [topicId])).id;
});

let slot = 0;
/** A booked appointment at a Berlin date and time, each test on its own quarter hour. */
async function appointment(date: string, time: string, status: "BOOKED" | "CANCELLED" = "BOOKED") {
  const staff = await createStaff(prisma, [topicId]);
  slot++;
  return createAppointment(prisma, {
    staffId: staff.id,
    officeId,
    topicId,
    startsAt: fromBerlin(date, time),
    status,
    citizenName: `Person ${slot}`,
  });
}

describe("normalizeReference", () => {
  it.each([
    ["T-7K3M9Q", "T-7K3M9Q"],
    ["t7k3m9q", "T-7K3M9Q"],
    [" t-7k3m9q\n", "T-7K3M9Q"],
    ["T 7K3 M9Q", "T-7K3M9Q"],
    ["https://example.net/de/appointments/T-7K3M9Q", "T-7K3M9Q"],
  ])("%j → %s", (input, expected) => {
    expect(normalizeReference(input)).toBe(expected);
  });

  it.each(["", "T-", "T-7K3M9", "7K3M9Q", "T-0K3M9Q", "T-IK3M9Q", "hallo welt", "X".repeat(80)])(
    "rejects %j",
    (input) => {
      expect(normalizeReference(input)).toBeNull();
    },
  );
});

describe("rules", () => {
  const at = (time: string) => fromBerlin("2031-01-14", time);
  it("checks in booked appointments on their Berlin day only", () => {
    expect(checkInIssue({ status: "BOOKED", startsAt: at("17:00") }, now)).toBeNull();
    expect(checkInIssue({ status: "BOOKED", startsAt: at("08:00") }, now)).toBeNull();
    // 00:30 Berlin on the 15th is still the 14th in UTC: the Berlin day counts.
    expect(
      checkInIssue({ status: "BOOKED", startsAt: fromBerlin("2031-01-15", "00:30") }, now),
    ).toBe("otherDay");
    expect(checkInIssue({ status: "CANCELLED", startsAt: at("11:00") }, now)).toBe("cancelled");
    expect(checkInIssue({ status: "CHECKED_IN", startsAt: at("11:00") }, now)).toBe(
      "alreadyCheckedIn",
    );
    expect(checkInIssue({ status: "NO_SHOW", startsAt: at("09:00") }, now)).toBe("notBooked");
  });

  it("marks no-shows only after the start", () => {
    expect(noShowIssue({ status: "BOOKED", startsAt: at("10:07") }, now)).toBeNull();
    expect(noShowIssue({ status: "BOOKED", startsAt: at("10:15") }, now)).toBe("notStarted");
    expect(noShowIssue({ status: "CHECKED_IN", startsAt: at("09:00") }, now)).toBe(
      "alreadyCheckedIn",
    );
  });
});

describe("checkIn", () => {
  it("checks a booked appointment of today in by its reference, in any spelling, once", async () => {
    const a = await appointment("2031-01-14", "11:00");
    const typed = a.reference.replace("-", "").toLowerCase();
    const result = await checkIn(typed, desk, now);
    expect(result).toMatchObject({ ok: true, appointment: { id: a.id, reference: a.reference } });
    const row = await prisma.appointment.findUniqueOrThrow({ where: { id: a.id } });
    expect(row).toMatchObject({ status: "CHECKED_IN", checkedInAt: now });

    expect(await checkIn(a.reference, desk, now)).toMatchObject({
      ok: false,
      reason: "alreadyCheckedIn",
    });
  });

  it("checks in once when two desks scan at the same moment", async () => {
    const a = await appointment("2031-01-14", "12:00");
    const results = await Promise.all([1, 2, 3].map(() => checkIn(a.reference, desk, now)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => r.reason)).toEqual([
      "alreadyCheckedIn",
      "alreadyCheckedIn",
    ]);
  });

  it("gives clear reasons for unknown, malformed, cancelled and other-day references", async () => {
    expect(await checkIn("T-ZZZZZZ", desk, now)).toEqual({ ok: false, reason: "notFound" });
    expect(await checkIn("kein code", desk, now)).toEqual({
      ok: false,
      reason: "invalidReference",
    });
    const cancelled = await appointment("2031-01-14", "13:00", "CANCELLED");
    expect(await checkIn(cancelled.reference, desk, now)).toMatchObject({
      ok: false,
      reason: "cancelled",
    });
    const tomorrow = await appointment("2031-01-15", "09:00");
    const other = await checkIn(tomorrow.reference, desk, now);
    expect(other).toMatchObject({ ok: false, reason: "otherDay" });
    // The desk can tell the person when their appointment is.
    if (other.ok || !("appointment" in other)) throw new Error("expected otherDay");
    expect(other.appointment.startsAt).toEqual(tomorrow.startsAt);
    expect(
      (await prisma.appointment.findUniqueOrThrow({ where: { id: tomorrow.id } })).status,
    ).toBe("BOOKED");
  });

  it("follows permissions: a caseworker checks in their own appointments only", async () => {
    const a = await appointment("2031-01-14", "14:00");
    const stranger: Actor = {
      id: staffId,
      role: "CASEWORKER",
      active: true,
      secondFactorVerified: true,
    };
    expect(await checkIn(a.reference, stranger, now)).toEqual({ ok: false, reason: "forbidden" });
    const own: Actor = { ...stranger, id: a.staffId };
    expect((await checkIn(a.reference, own, now)).ok).toBe(true);
    const admin: Actor = { ...stranger, role: "ADMIN" };
    const b = await appointment("2031-01-14", "15:00");
    expect(await checkIn(b.reference, admin, now)).toEqual({ ok: false, reason: "forbidden" });
  });

  it("takes a mistaken check-in back on the same day", async () => {
    const a = await appointment("2031-01-14", "16:00");
    await checkIn(a.reference, desk, now);
    expect((await undoCheckIn(a.id, desk, now)).ok).toBe(true);
    const row = await prisma.appointment.findUniqueOrThrow({ where: { id: a.id } });
    expect(row).toMatchObject({ status: "BOOKED", checkedInAt: null });
    expect(await undoCheckIn(a.id, desk, now)).toMatchObject({
      ok: false,
      reason: "notCheckedIn",
    });
  });
});

describe("markNoShow", () => {
  it("marks a booked appointment after its start, not before", async () => {
    const early = await appointment("2031-01-14", "17:00");
    expect(await markNoShow(early.id, desk, now)).toMatchObject({
      ok: false,
      reason: "notStarted",
    });
    const past = await appointment("2031-01-14", "09:00");
    expect(await markNoShow(past.id, desk, now)).toMatchObject({ ok: true });
    const row = await prisma.appointment.findUniqueOrThrow({ where: { id: past.id } });
    expect(row).toMatchObject({ status: "NO_SHOW", noShowAt: now });
    expect(await markNoShow(past.id, desk, now)).toMatchObject({ ok: false, reason: "notBooked" });
    expect(await markNoShow("nope", desk, now)).toEqual({ ok: false, reason: "notFound" });
  });

  it("does not mark a checked-in person", async () => {
    const a = await appointment("2031-01-14", "08:00");
    await checkIn(a.reference, desk, now);
    expect(await markNoShow(a.id, desk, now)).toMatchObject({
      ok: false,
      reason: "alreadyCheckedIn",
    });
  });
});

describe("staff changes", () => {
  /** A phone topic and a caseworker working Tuesdays 08:00–12:00 at the office. */
  async function bookable() {
    const phone = await createTopic(prisma, {
      durationMinutes: 30,
      bufferMinutes: 0,
      channels: ["PHONE", "IN_PERSON"],
    });
    const staff = await createStaff(prisma, [phone.id]);
    await prisma.staffWorkingHours.create({
      data: { userId: staff.id, officeId, weekday: 2, startsAt: "08:00", endsAt: "12:00" },
    });
    return { topic: phone, staff };
  }
  const mailsTo = (to: string) => prisma.outboxMail.findMany({ where: { to } });

  it("cancels with a reason the citizen is told, and frees the time", async () => {
    const { topic, staff } = await bookable();
    const email = `person-${uid()}@example.net`;
    const a = await createAppointment(prisma, {
      staffId: staff.id,
      officeId,
      topicId: topic.id,
      startsAt: fromBerlin("2031-01-14", "11:00"),
      citizenEmail: email,
    });
    expect(await cancelByStaff(a.id, "   ", desk, now)).toEqual({
      ok: false,
      reason: "reasonRequired",
    });
    const stranger: Actor = { ...desk, id: staffId, role: "CASEWORKER" };
    expect(await cancelByStaff(a.id, "Krank", stranger, now)).toEqual({
      ok: false,
      reason: "forbidden",
    });
    expect(await cancelByStaff(a.id, "Die Beraterin ist erkrankt.", desk, now)).toEqual({
      ok: true,
    });
    const row = await prisma.appointment.findUniqueOrThrow({ where: { id: a.id } });
    expect(row).toMatchObject({
      status: "CANCELLED",
      cancelledByStaff: true,
      cancelReason: "Die Beraterin ist erkrankt.",
    });
    expect(await prisma.staffTimeLock.count({ where: { appointmentId: a.id } })).toBe(0);
    expect(await mailsTo(email)).toHaveLength(1);
    expect(await cancelByStaff(a.id, "Noch einmal", desk, now)).toEqual({
      ok: false,
      reason: "notChangeable",
    });
  });

  it("moves to another free time of the same staff member and tells the citizen", async () => {
    const { topic, staff } = await bookable();
    const email = `person-${uid()}@example.net`;
    const a = await createAppointment(prisma, {
      staffId: staff.id,
      officeId,
      topicId: topic.id,
      minutes: 30,
      startsAt: fromBerlin("2031-01-14", "10:30"),
      citizenEmail: email,
    });
    // Outside the working hours: refused, nothing changes.
    const evening = {
      startsAt: fromBerlin("2031-01-14", "18:00"),
      officeId,
      channel: "PHONE" as const,
    };
    expect(await rescheduleByStaff(a.id, evening, desk, now)).toEqual({
      ok: false,
      reason: "notOffered",
    });
    const pick = {
      startsAt: fromBerlin("2031-01-14", "11:30"),
      officeId,
      channel: "PHONE" as const,
    };
    expect(await rescheduleByStaff(a.id, pick, desk, now)).toEqual({ ok: true });
    const row = await prisma.appointment.findUniqueOrThrow({ where: { id: a.id } });
    expect(row).toMatchObject({ startsAt: pick.startsAt, channel: "PHONE", staffId: staff.id });
    expect(await mailsTo(email)).toHaveLength(1);
  });

  it("books on behalf of a person without e-mail, and into a caseworker's own calendar", async () => {
    const { topic, staff } = await bookable();
    const pick = {
      startsAt: fromBerlin("2031-01-14", "10:30"),
      officeId,
      channel: "PHONE" as const,
    };
    const person = { topicKey: topic.key, citizenName: "Klaus Schmidt", citizenPhone: "0170 55" };
    const booked = await bookOnBehalf(pick, person, desk, now);
    if (!booked.ok) throw new Error(booked.reason);
    expect(booked.appointment).toMatchObject({
      status: "BOOKED",
      staffId: staff.id,
      citizenEmail: null,
      citizenName: "Klaus Schmidt",
    });
    // The same time again: taken.
    expect(await bookOnBehalf(pick, person, desk, now)).toEqual({ ok: false, reason: "taken" });
    expect(
      await bookOnBehalf(
        pick,
        { ...person, accountEmail: `nobody-${uid()}@example.net` },
        desk,
        now,
      ),
    ).toEqual({ ok: false, reason: "noAccount" });

    // A caseworker who is not bookable for the topic gets no time of someone else's.
    const other: Actor = { ...desk, id: staffId, role: "CASEWORKER" };
    const later = { ...pick, startsAt: fromBerlin("2031-01-14", "11:00") };
    expect(await bookOnBehalf(later, person, other, now)).toEqual({ ok: false, reason: "taken" });
    const own: Actor = { ...desk, id: staff.id, role: "CASEWORKER" };
    const mine = await bookOnBehalf(later, person, own, now);
    expect(mine.ok && mine.appointment.staffId).toBe(staff.id);
  });
});
