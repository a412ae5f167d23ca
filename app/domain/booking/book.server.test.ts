import { beforeAll, describe, expect, it } from "vitest";
import { sha256 } from "~/utils/crypto.server";
import { prisma } from "~/utils/db.server";
import { bookAppointment, type BookingRequest } from "./book.server";
import { cancelAppointment, rescheduleAppointment } from "./change.server";
import { confirmHold, releaseExpiredHolds } from "./holds.server";
import { findByManageToken } from "./manage-link.server";
import { HOLD_MINUTES } from "./rules";
import {
  at,
  createAgencyOffice,
  createCitizen,
  createStaff,
  createTopic,
  dayAhead,
} from "./testing/fixtures";

const now = new Date();
let t45: { id: string; key: string };
let t60: { id: string; key: string };
let sensitive: { id: string; key: string };
let officeId: string;

beforeAll(async () => {
  t45 = await createTopic(prisma, { durationMinutes: 45, bufferMinutes: 10 });
  t60 = await createTopic(prisma, {
    durationMinutes: 60,
    bufferMinutes: 15,
    channels: ["IN_PERSON", "PHONE"],
  });
  sensitive = await createTopic(prisma, {
    durationMinutes: 60,
    bufferMinutes: 15,
    sensitive: true,
  });
  officeId = (await createAgencyOffice(prisma)).id;
});

async function world() {
  const staff = await createStaff(prisma, [t45.id, t60.id, sensitive.id]);
  const other = await createStaff(prisma, [t45.id, t60.id]);
  const citizen = await createCitizen(prisma);
  return { staff, other, citizen, day: dayAhead(now, 10) };
}

function request(over: Partial<BookingRequest> & Pick<BookingRequest, "booker" | "staffId">) {
  return {
    topicKey: t45.key,
    officeId,
    startsAt: at(dayAhead(now, 10), 8),
    channel: "IN_PERSON",
    citizenName: "Amira Test",
    ...over,
  } satisfies BookingRequest;
}

async function locksOf(appointmentId: string) {
  const [staff, citizen] = await Promise.all([
    prisma.staffTimeLock.findMany({ where: { appointmentId }, orderBy: { cellStart: "asc" } }),
    prisma.citizenTimeLock.findMany({ where: { appointmentId } }),
  ]);
  return { staff, citizen };
}

describe("bookAppointment", () => {
  it("books a logged-in citizen at once and locks staff time with buffer and citizen time without", async () => {
    const { staff, citizen, day } = await world();
    const result = await bookAppointment(
      request({
        booker: { kind: "citizen", userId: citizen.id },
        staffId: staff.id,
        startsAt: at(day, 8),
      }),
      { now },
    );
    if (!result.ok) throw new Error(result.reason);
    const a = result.appointment;
    expect(a).toMatchObject({
      status: "BOOKED",
      citizenId: citizen.id,
      citizenEmail: citizen.email,
      bufferMinutes: 10,
      topicLabel: t45.key,
      sequence: 0,
      holdExpiresAt: null,
    });
    expect(a.endsAt).toEqual(at(day, 8, 45));
    expect(a.confirmedAt).toEqual(now);
    expect(a.reference).toMatch(/^T-[2-9A-HJKMNP-Z]{6}$/);

    const locks = await locksOf(a.id);
    expect(locks.staff).toHaveLength(11); // 45 + 10 minutes
    expect(locks.staff.at(-1)?.cellStart).toEqual(at(day, 8, 50));
    // 9 cells, under the account and under its address.
    expect(locks.citizen).toHaveLength(18);
    expect(new Set(locks.citizen.map((l) => l.citizenKey))).toEqual(
      new Set([`user:${citizen.id}`, `email:${citizen.email}`]),
    );

    // The manage link's token is kept only as its hash.
    const row = await prisma.appointment.findUniqueOrThrow({ where: { id: a.id } });
    expect(row.manageTokenHash).toBe(sha256(result.manageToken));
    expect(JSON.stringify(row)).not.toContain(result.manageToken);
    expect((await findByManageToken(result.manageToken))?.id).toBe(a.id);
    expect(await findByManageToken("x".repeat(43))).toBeNull();
    expect(await findByManageToken("../etc")).toBeNull();
  });

  it("refuses any overlap of the staff member's time, buffer included, but not back to back", async () => {
    const { staff, day } = await world();
    const book = async (startsAt: Date, topicKey = t45.key) =>
      bookAppointment(
        request({
          booker: { kind: "citizen", userId: (await createCitizen(prisma)).id },
          staffId: staff.id,
          startsAt,
          topicKey,
        }),
        { now },
      );
    expect((await book(at(day, 9))).ok).toBe(true); // 09:00-09:45, staff until 09:55
    expect(await book(at(day, 9))).toEqual({ ok: false, reason: "taken" }); // same start
    expect(await book(at(day, 9, 50))).toEqual({ ok: false, reason: "taken" }); // in the buffer
    expect(await book(at(day, 8, 15), t60.key)).toEqual({ ok: false, reason: "taken" }); // 08:15-09:15
    // 08:00-09:00 would end at 09:00 but its own buffer runs to 09:15.
    expect(await book(at(day, 8), t60.key)).toEqual({ ok: false, reason: "taken" });
    expect((await book(at(day, 7, 45), t60.key)).ok).toBe(true); // 07:45-08:45 + 15 = 09:00
    expect((await book(at(day, 9, 55))).ok).toBe(true); // right after the buffer
  });

  it("refuses a citizen two overlapping appointments with different staff members", async () => {
    const { staff, other, citizen, day } = await world();
    const me = { kind: "citizen" as const, userId: citizen.id };
    expect(
      (
        await bookAppointment(request({ booker: me, staffId: staff.id, startsAt: at(day, 10) }), {
          now,
        })
      ).ok,
    ).toBe(true);
    const overlap = await bookAppointment(
      request({ booker: me, staffId: other.id, startsAt: at(day, 10, 40), topicKey: t60.key }),
      { now },
    );
    expect(overlap).toEqual({ ok: false, reason: "citizenOverlap" });
    // The citizen has no buffer: 10:45 is free for them.
    const after = await bookAppointment(
      request({ booker: me, staffId: other.id, startsAt: at(day, 10, 45) }),
      { now },
    );
    expect(after.ok).toBe(true);
    // Nothing of the refused booking was kept.
    expect(await prisma.appointment.count({ where: { staffId: other.id } })).toBe(1);
  });

  it("keys staff bookings for a person without account by address, so they collide too", async () => {
    const { staff, other, day } = await world();
    const desk = await createStaff(prisma, []);
    const first = await bookAppointment(
      request({
        booker: { kind: "staff", userId: desk.id },
        staffId: staff.id,
        startsAt: at(day, 12),
        citizenEmail: "K.Schmidt@Example.net",
      }),
      { now },
    );
    expect(first.ok && first.appointment.status).toBe("BOOKED");
    const second = await bookAppointment(
      request({
        booker: { kind: "staff", userId: desk.id },
        staffId: other.id,
        startsAt: at(day, 12, 30),
        citizenEmail: "k.schmidt@example.net",
      }),
      { now },
    );
    expect(second).toEqual({ ok: false, reason: "citizenOverlap" });
    // Without any contact data there is nothing to key on: only the staff lock applies.
    const anonymous = await bookAppointment(
      request({
        booker: { kind: "staff", userId: desk.id },
        staffId: other.id,
        startsAt: at(day, 12, 30),
      }),
      { now },
    );
    expect(anonymous.ok).toBe(true);
    if (anonymous.ok) expect((await locksOf(anonymous.appointment.id)).citizen).toHaveLength(0);
  });

  it("shows sensitive topics only under the neutral label", async () => {
    const { staff, citizen, day } = await world();
    const result = await bookAppointment(
      request({
        booker: { kind: "citizen", userId: citizen.id },
        staffId: staff.id,
        startsAt: at(day, 14),
        topicKey: sensitive.key,
      }),
      { now },
    );
    expect(result.ok && result.appointment).toMatchObject({
      topicLabel: "consultation",
      sensitive: true,
    });
  });

  it("answers invalid with every reason, writing nothing", async () => {
    const { staff, other, citizen, day } = await world();
    const me = { kind: "citizen" as const, userId: citizen.id };
    const check = async (over: Partial<BookingRequest>, issues: string[]) => {
      const result = await bookAppointment(request({ booker: me, staffId: staff.id, ...over }), {
        now,
      });
      expect(result).toEqual({ ok: false, reason: "invalid", issues });
    };
    await check({ startsAt: at(day, 8, 2) }, ["notOnGrid"]);
    await check({ startsAt: new Date(now.getTime() + 3_600_000 - (now.getTime() % 300_000)) }, [
      "tooSoon",
    ]);
    await check({ startsAt: at(dayAhead(now, 60), 8) }, ["beyondHorizon"]);
    await check({ topicKey: "no-such-topic" }, ["topic"]);
    await check({ topicKey: t60.key, channel: "VIDEO" }, ["channel"]);
    await check({ staffId: other.id, topicKey: sensitive.key }, ["staff"]);
    await check({ officeId: "nope", citizenName: "  " }, ["office", "name"]);
    await check({ locale: "xx", serviceId: "nope", caseId: "nope" }, ["locale", "service", "case"]);
    await check({ booker: { kind: "guest" } }, ["email"]);
    await check({ booker: { kind: "guest" }, citizenEmail: "not-an-address" }, ["email"]);
    await check({ booker: { kind: "citizen", userId: staff.id } }, ["citizen"]);
    const declined = await bookAppointment(
      request({ booker: me, staffId: staff.id, startsAt: at(day, 8) }),
      {
        now,
        isOffered: async () => false,
      },
    );
    expect(declined).toEqual({ ok: false, reason: "invalid", issues: ["notOffered"] });
    expect(await prisma.appointment.count({ where: { staffId: staff.id } })).toBe(0);
  });

  it("lets staff book today and half a year ahead, which citizens may not", async () => {
    const { staff, citizen } = await world();
    const desk = await createStaff(prisma, []);
    const soon = new Date(Math.ceil((now.getTime() + 3_600_000) / 300_000) * 300_000);
    const later = at(dayAhead(now, 180), 9);
    for (const startsAt of [soon, later]) {
      const result = await bookAppointment(
        request({
          booker: { kind: "staff", userId: desk.id, citizenId: citizen.id },
          staffId: staff.id,
          startsAt,
        }),
        { now },
      );
      expect(result.ok && result.appointment.citizenId).toBe(citizen.id);
    }
  });
});

describe("guest holds", () => {
  it("hold the staff member's time only, until the address is confirmed", async () => {
    const { staff, other, day } = await world();
    const guest = { kind: "guest" as const };
    const email = `Gast-${Date.now()}@Example.net`;
    const held = await bookAppointment(
      request({ booker: guest, staffId: staff.id, startsAt: at(day, 8), citizenEmail: email }),
      { now },
    );
    if (!held.ok) throw new Error(held.reason);
    expect(held.appointment).toMatchObject({
      status: "HELD",
      confirmedAt: null,
      citizenEmail: email.toLowerCase(),
    });
    expect(held.appointment.holdExpiresAt).toEqual(new Date(now.getTime() + HOLD_MINUTES * 60_000));
    expect((await locksOf(held.appointment.id)).citizen).toHaveLength(0);

    // A second hold with the same address elsewhere is accepted: typing an
    // address must not reveal whether its owner has an appointment.
    const probe = await bookAppointment(
      request({ booker: guest, staffId: other.id, startsAt: at(day, 8, 15), citizenEmail: email }),
      { now },
    );
    expect(probe.ok).toBe(true);
    // But the staff member's time is held.
    expect(
      await bookAppointment(
        request({
          booker: guest,
          staffId: staff.id,
          startsAt: at(day, 8, 30),
          citizenEmail: "x@example.net",
        }),
        { now },
      ),
    ).toEqual({ ok: false, reason: "taken" });

    // Confirming locks the person's time; the overlapping second hold then cannot be confirmed.
    const confirmed = await confirmHold(held.appointment.id, { now });
    expect(confirmed.ok && confirmed.appointment).toMatchObject({
      status: "BOOKED",
      confirmedAt: now,
      holdExpiresAt: null,
    });
    expect((await locksOf(held.appointment.id)).citizen.map((l) => l.citizenKey)).toContain(
      `email:${email.toLowerCase()}`,
    );
    expect(await confirmHold(held.appointment.id, { now })).toMatchObject({ ok: true }); // again: fine
    if (!probe.ok) return;
    expect(await confirmHold(probe.appointment.id, { now })).toEqual({
      ok: false,
      reason: "citizenOverlap",
    });
    const stillHeld = await prisma.appointment.findUniqueOrThrow({
      where: { id: probe.appointment.id },
    });
    expect(stillHeld.status).toBe("HELD");
  });

  it("collide with the bookings of an account with the same address once confirmed", async () => {
    const { staff, other, citizen, day } = await world();
    await bookAppointment(
      request({
        booker: { kind: "citizen", userId: citizen.id },
        staffId: staff.id,
        startsAt: at(day, 15),
      }),
      { now },
    );
    const held = await bookAppointment(
      request({
        booker: { kind: "guest" },
        staffId: other.id,
        startsAt: at(day, 15, 15),
        citizenEmail: citizen.email.toUpperCase(),
      }),
      { now },
    );
    if (!held.ok) throw new Error(held.reason);
    expect(await confirmHold(held.appointment.id, { now })).toEqual({
      ok: false,
      reason: "citizenOverlap",
    });
  });

  it("expire: the time is free again, even before the job has released them", async () => {
    const { staff, day } = await world();
    const held = await bookAppointment(
      request({
        booker: { kind: "guest" },
        staffId: staff.id,
        startsAt: at(day, 11),
        citizenEmail: "late@example.net",
      }),
      { now },
    );
    if (!held.ok) throw new Error(held.reason);
    const later = new Date(now.getTime() + (HOLD_MINUTES + 1) * 60_000);
    expect(await confirmHold(held.appointment.id, { now: later })).toEqual({
      ok: false,
      reason: "expired",
    });

    // A booking after the expiry takes the time (and deletes the stale hold).
    const citizen = await createCitizen(prisma);
    const taken = await bookAppointment(
      request({
        booker: { kind: "citizen", userId: citizen.id },
        staffId: staff.id,
        startsAt: at(day, 11),
      }),
      { now: later },
    );
    expect(taken.ok).toBe(true);
    expect(await prisma.appointment.findUnique({ where: { id: held.appointment.id } })).toBeNull();
  });

  it("are released by the background job, with their lock rows", async () => {
    const { staff, day } = await world();
    const held = await bookAppointment(
      request({
        booker: { kind: "guest" },
        staffId: staff.id,
        startsAt: at(day, 13),
        citizenEmail: "gone@example.net",
      }),
      { now },
    );
    if (!held.ok) throw new Error(held.reason);
    expect(await releaseExpiredHolds(now)).toBeGreaterThanOrEqual(0);
    expect(await prisma.appointment.count({ where: { id: held.appointment.id } })).toBe(1);
    const released = await releaseExpiredHolds(
      new Date(now.getTime() + (HOLD_MINUTES + 1) * 60_000),
    );
    expect(released).toBeGreaterThanOrEqual(1);
    expect(await prisma.appointment.count({ where: { id: held.appointment.id } })).toBe(0);
    expect(
      await prisma.staffTimeLock.count({ where: { appointmentId: held.appointment.id } }),
    ).toBe(0);
  });
});

describe("cancel and reschedule", () => {
  it("cancelling frees the time at once and raises SEQUENCE", async () => {
    const { staff, citizen, day } = await world();
    const me = { kind: "citizen" as const, userId: citizen.id };
    const first = await bookAppointment(
      request({ booker: me, staffId: staff.id, startsAt: at(day, 9) }),
      { now },
    );
    if (!first.ok) throw new Error(first.reason);
    const cancelled = await cancelAppointment(first.appointment.id, { now, reason: "Krank" });
    expect(cancelled.ok && cancelled.appointment).toMatchObject({
      status: "CANCELLED",
      sequence: 1,
    });
    expect(await locksOf(first.appointment.id)).toEqual({ staff: [], citizen: [] });
    expect(await cancelAppointment(first.appointment.id, { now })).toEqual({
      ok: false,
      reason: "notChangeable",
    });
    expect(await cancelAppointment("no-such-id", { now })).toEqual({
      ok: false,
      reason: "notFound",
    });

    const again = await bookAppointment(
      request({ booker: me, staffId: staff.id, startsAt: at(day, 9) }),
      { now },
    );
    expect(again.ok).toBe(true);
  });

  it("moving replaces the locks in one step, keeps the UID (id) and raises SEQUENCE", async () => {
    const { staff, other, citizen, day } = await world();
    const me = { kind: "citizen" as const, userId: citizen.id };
    const a = await bookAppointment(
      request({ booker: me, staffId: staff.id, startsAt: at(day, 9), topicKey: t60.key }),
      { now },
    );
    const b = await bookAppointment(
      request({
        booker: { kind: "citizen", userId: (await createCitizen(prisma)).id },
        staffId: staff.id,
        startsAt: at(day, 11),
      }),
      { now },
    );
    if (!a.ok || !b.ok) throw new Error("setup");
    await prisma.appointment.update({
      where: { id: a.appointment.id },
      data: { reminderClaimedAt: now },
    });

    // Into b's time: refused, and a keeps its time and locks.
    const clash = await rescheduleAppointment(
      { appointmentId: a.appointment.id, startsAt: at(day, 10, 30), by: "citizen" },
      { now },
    );
    expect(clash).toEqual({ ok: false, reason: "taken" });
    const unchanged = await prisma.appointment.findUniqueOrThrow({
      where: { id: a.appointment.id },
    });
    expect(unchanged).toMatchObject({ startsAt: at(day, 9), sequence: 0 });
    expect((await locksOf(a.appointment.id)).staff[0]?.cellStart).toEqual(at(day, 9));

    // Overlapping its own old time is fine: the old cells are freed first.
    const moved = await rescheduleAppointment(
      { appointmentId: a.appointment.id, startsAt: at(day, 9, 30), by: "citizen" },
      { now },
    );
    if (!moved.ok) throw new Error(moved.reason);
    expect(moved.appointment).toMatchObject({
      id: a.appointment.id,
      startsAt: at(day, 9, 30),
      endsAt: at(day, 10, 30),
      sequence: 1,
    });
    const locks = await locksOf(a.appointment.id);
    expect(locks.staff.map((l) => l.cellStart)).toEqual(
      Array.from({ length: 15 }, (_, i) => at(day, 9, 30 + i * 5)),
    );
    expect(locks.citizen).toHaveLength(24);
    const row = await prisma.appointment.findUniqueOrThrow({ where: { id: a.appointment.id } });
    expect(row.reminderClaimedAt).toBeNull();

    // To another staff member bookable for the topic.
    const elsewhere = await rescheduleAppointment(
      {
        appointmentId: a.appointment.id,
        startsAt: at(day, 9, 30),
        staffId: other.id,
        by: "citizen",
      },
      { now },
    );
    expect(elsewhere.ok && elsewhere.appointment).toMatchObject({ staffId: other.id, sequence: 2 });
    expect(
      await prisma.staffTimeLock.count({
        where: { staffId: staff.id, appointmentId: a.appointment.id },
      }),
    ).toBe(0);
  });

  it("refuses moves that break the rules or the citizen's other appointments", async () => {
    const { staff, other, citizen, day } = await world();
    const me = { kind: "citizen" as const, userId: citizen.id };
    const a = await bookAppointment(
      request({ booker: me, staffId: staff.id, startsAt: at(day, 9) }),
      { now },
    );
    const b = await bookAppointment(
      request({ booker: me, staffId: other.id, startsAt: at(day, 11) }),
      { now },
    );
    if (!a.ok || !b.ok) throw new Error("setup");
    const move = (over: Partial<Parameters<typeof rescheduleAppointment>[0]>) =>
      rescheduleAppointment(
        { appointmentId: a.appointment.id, startsAt: at(day, 9), by: "citizen", ...over },
        { now },
      );
    expect(await move({ startsAt: at(day, 11, 15) })).toEqual({
      ok: false,
      reason: "citizenOverlap",
    });
    expect(await move({ startsAt: at(day, 9, 1) })).toEqual({
      ok: false,
      reason: "invalid",
      issues: ["notOnGrid"],
    });
    const noTopic = await createStaff(prisma, []);
    expect(await move({ staffId: noTopic.id })).toEqual({
      ok: false,
      reason: "invalid",
      issues: ["staff"],
    });
    expect(await move({ officeId: "nope" })).toEqual({
      ok: false,
      reason: "invalid",
      issues: ["office"],
    });
    expect(await move({ appointmentId: "nope" })).toEqual({ ok: false, reason: "notFound" });
    await cancelAppointment(b.appointment.id, { now });
    expect(
      await rescheduleAppointment(
        { appointmentId: b.appointment.id, startsAt: at(day, 13), by: "citizen" },
        { now },
      ),
    ).toEqual({
      ok: false,
      reason: "notChangeable",
    });
  });
});
