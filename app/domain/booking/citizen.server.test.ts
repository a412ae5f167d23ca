import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/utils/db.server";
import { freeSlotsOf } from "./availability.server";
import {
  cancelByCitizen,
  citizenAppointment,
  placeBooking,
  rescheduleByCitizen,
  savePreparation,
} from "./citizen.server";
import { newDraftData, type DraftData } from "./draft.server";
import {
  createAgencyOffice,
  createCitizen,
  createStaff,
  createTopic,
  uid,
} from "./testing/fixtures";

const now = new Date();
let topicKey: string;
let topicId: string;
let officeId: string;

async function bookableStaff() {
  const staff = await createStaff(prisma, [topicId]);
  await prisma.staffWorkingHours.createMany({
    data: [1, 2, 3, 4, 5].map((weekday) => ({
      userId: staff.id,
      officeId,
      weekday,
      startsAt: "08:00",
      endsAt: "16:00",
    })),
  });
  return staff;
}

beforeAll(async () => {
  const topic = await createTopic(prisma, { durationMinutes: 30, bufferMinutes: 0 });
  topicKey = topic.key;
  topicId = topic.id;
  officeId = (await createAgencyOffice(prisma)).id;
  await bookableStaff();
  await bookableStaff();
});

async function slots() {
  const result = await freeSlotsOf(topicKey, { now, filters: { channel: "IN_PERSON" } });
  return result!.slots.days.flatMap((d) => d.slots);
}

function draftFor(startsAt: string, reason = "Miete"): DraftData {
  return {
    ...newDraftData(topicKey),
    pick: { startsAt, officeId, channel: "IN_PERSON", language: null },
    details: {
      name: "Olga Test",
      email: "",
      phone: "",
      reason,
      interpreter: false,
      interpreterLanguage: "",
      accessibility: "",
    },
  };
}

const guest = (email: string) => ({ userId: null, name: "Olga Test", email, phone: "" });

describe("placeBooking", () => {
  it("holds a guest's time, stores the documents and mails the link to confirm", async () => {
    const email = `guest-${uid()}@example.net`;
    const [slot] = await slots();
    const result = await placeBooking(draftFor(slot!.startsAt), guest(email), "de", now);
    if (!result.ok) throw new Error(result.reason);
    expect(result.appointment.status).toBe("HELD");
    const row = await prisma.appointment.findUniqueOrThrow({
      where: { id: result.appointment.id },
    });
    expect(JSON.parse(row.documents!)[0].title).toMatch(/Personalausweis/);
    const mail = await prisma.outboxMail.findFirstOrThrow({ where: { to: email } });
    expect(mail.subject).toMatch(/Bitte bestätigen Sie Ihren Termin/);
  });

  it("gives a time that two staff members share to the second person too, then answers taken", async () => {
    const slot = (await slots()).find((s) => s.staffIds.length === 2);
    const picks = await Promise.all(
      [1, 2, 3].map(async () =>
        placeBooking(draftFor(slot!.startsAt), guest(`share-${uid()}@example.net`), "de", now),
      ),
    );
    const won = picks.filter((p) => p.ok);
    expect(won).toHaveLength(2);
    expect(picks.filter((p) => !p.ok).map((p) => !p.ok && p.reason)).toEqual(["taken"]);
    const staffIds = new Set(won.map((p) => p.ok && p.appointment.staffId));
    expect(staffIds.size).toBe(2);
  });

  it("limits bookings per address and day", async () => {
    const email = `limit-${uid()}@example.net`;
    const free = (await slots()).slice(4, 8);
    const outcomes = [];
    for (const slot of free)
      outcomes.push(await placeBooking(draftFor(slot.startsAt), guest(email), "de", now));
    expect(outcomes.map((o) => (o.ok ? "ok" : o.reason))).toEqual(["ok", "ok", "ok", "limit"]);
  });
});

describe("a citizen's own changes", () => {
  async function booked() {
    const citizen = await createCitizen(prisma);
    const free = await slots();
    const slot = free[10 + Math.floor(Math.random() * 20)]!;
    const result = await placeBooking(
      draftFor(slot.startsAt),
      { userId: citizen.id, name: citizen.name, email: citizen.email, phone: "" },
      "de",
      now,
    );
    if (!result.ok) throw new Error(result.reason);
    return { citizen, appointment: result.appointment, free };
  }

  it("cancels until the cutoff, and not after it", async () => {
    const { citizen, appointment } = await booked();
    const late = new Date(appointment.startsAt.getTime() - 2 * 3_600_000);
    const lateView = (await citizenAppointment(appointment.id, late))!;
    expect(await cancelByCitizen(lateView, late)).toEqual({ ok: false, reason: "cutoff" });
    const view = (await citizenAppointment(appointment.id, now))!;
    expect(await cancelByCitizen(view, now)).toEqual({ ok: true });
    const row = await prisma.appointment.findUniqueOrThrow({ where: { id: appointment.id } });
    expect(row).toMatchObject({ status: "CANCELLED", cancelledByStaff: false });
    expect(await prisma.staffTimeLock.count({ where: { appointmentId: appointment.id } })).toBe(0);
    const mail = await prisma.outboxMail.findFirst({
      where: { to: citizen.email, subject: { startsWith: "Termin abgesagt" } },
    });
    expect(mail).not.toBeNull();
  });

  it("moves to another free time: same row, SEQUENCE + 1, the calendar told", async () => {
    const { citizen, appointment, free } = await booked();
    const target = free.find(
      (s) => s.startsAt !== appointment.startsAt.toISOString() && s.startsAt > free[40]!.startsAt,
    )!;
    const moved = await rescheduleByCitizen(
      (await citizenAppointment(appointment.id, now))!,
      { startsAt: new Date(target.startsAt), officeId, channel: "IN_PERSON" },
      now,
    );
    expect(moved).toEqual({ ok: true });
    const row = await prisma.appointment.findUniqueOrThrow({ where: { id: appointment.id } });
    expect(row.startsAt.toISOString()).toBe(target.startsAt);
    expect(row.sequence).toBe(1);
    expect(
      await prisma.outboxMail.count({
        where: { to: citizen.email, subject: { startsWith: "Termin verschoben" } },
      }),
    ).toBe(1);
  });

  it("keeps only known documents in the preparation answers", async () => {
    const { appointment } = await booked();
    const view = await citizenAppointment(appointment.id, now);
    const known = view!.documents[0]!.title;
    expect(
      await savePreparation(
        view!,
        { topics: "  Mahnung  ", ready: [known, "<script>unbekannt</script>"] },
        now,
      ),
    ).toBe(true);
    const row = await prisma.appointment.findUniqueOrThrow({ where: { id: appointment.id } });
    expect(row.preparationTopics).toBe("Mahnung");
    expect(JSON.parse(row.preparationReady!)).toEqual([known]);
  });
});

describe("a guest's unconfirmed hold", () => {
  it("cannot be moved before it is confirmed by the mailed link", async () => {
    const email = `hold-${uid()}@example.net`;
    const free = await slots();
    const result = await placeBooking(draftFor(free[50]!.startsAt), guest(email), "de", now);
    if (!result.ok) throw new Error(result.reason);
    const view = (await citizenAppointment(result.appointment.id, now))!;
    const moved = await rescheduleByCitizen(
      view,
      { startsAt: new Date(free[60]!.startsAt), officeId, channel: "IN_PERSON" },
      now,
    );
    expect(moved).toEqual({ ok: false, reason: "notChangeable" });
    const row = await prisma.appointment.findUniqueOrThrow({ where: { id: view.id } });
    expect(row.startsAt.toISOString()).toBe(free[50]!.startsAt);
  });
});
