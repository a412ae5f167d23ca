// The waitlist against a real database: a freed time goes to the people
// waiting in turn, never to two of them, and declined, lapsed or left offers
// go to the next person. Every test makes its own topic, office and staff
// member, so entries of other tests never match.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addDays, berlinDate, fromBerlin, isoWeekday } from "~/domain/scheduling/berlin-time";
import { isNrwHoliday } from "~/domain/scheduling/holidays";
import { prisma } from "~/utils/db.server";
import { sha256 } from "~/utils/crypto.server";
import { linkToken } from "~/utils/link-secret.server";
import { createAppointment } from "../../../tests/factories/appointments";
import { bookAppointment } from "./book.server";
import { cancelAppointment } from "./change.server";
import {
  createAgencyOffice,
  createCitizen,
  createStaff,
  createTopic,
  uid,
} from "./testing/fixtures";
import {
  acceptOffer,
  declineOffer,
  entryView,
  findEntryByToken,
  joinWaitlist,
  leaveWaitlist,
  MAX_ACTIVE_ENTRIES,
  OFFER_HOLD_MINUTES,
  offerFreedTime,
  reofferLapsed,
  type FreedTime,
} from "./waitlist.server";

const now = new Date();

/** A Berlin working day (no weekend, no NRW holiday) at least `days` ahead. */
function workday(days: number): string {
  let date = addDays(berlinDate(now), days);
  while (isoWeekday(date) > 5 || isNrwHoliday(date)) date = addDays(date, 1);
  return date;
}

/** A topic with one staff member working Mon–Fri 08:00–16:00 at one office. */
async function world(options: { sensitive?: boolean; languages?: string[] } = {}) {
  const topic = await createTopic(prisma, {
    durationMinutes: 45,
    bufferMinutes: 10,
    sensitive: options.sensitive,
  });
  const office = await createAgencyOffice(prisma);
  const staff = await createStaff(prisma, [topic.id]);
  await prisma.staffWorkingHours.createMany({
    data: [1, 2, 3, 4, 5].map((weekday) => ({
      userId: staff.id,
      officeId: office.id,
      weekday,
      startsAt: "08:00",
      endsAt: "16:00",
    })),
  });
  for (const language of options.languages ?? ["de"])
    await prisma.staffLanguage.create({ data: { userId: staff.id, language } });
  const day = workday(4);
  const freed: FreedTime = {
    staffId: staff.id,
    officeId: office.id,
    channel: "IN_PERSON",
    startsAt: fromBerlin(day, "10:00"),
    topicId: topic.id,
  };
  return { topic, office, staff, day, freed };
}

let joined = 0;
/** A waiting entry; later calls join later. */
async function entry(
  topicId: string,
  over: Partial<{
    officeId: string | null;
    channel: "IN_PERSON" | "PHONE" | "VIDEO" | null;
    language: string | null;
    before: Date | null;
    email: string;
    citizenId: string | null;
  }> = {},
) {
  joined++;
  return prisma.waitlistEntry.create({
    data: {
      topicId,
      name: `Wartende ${uid()}`,
      email: over.email ?? `wait-${uid()}@example.net`,
      tokenHash: sha256(randomUUID()),
      createdAt: new Date(now.getTime() - 3_600_000 + joined * 1000),
      officeId: over.officeId ?? null,
      channel: over.channel ?? null,
      language: over.language ?? null,
      before: over.before ?? null,
      citizenId: over.citizenId ?? null,
    },
  });
}

async function offersOf(entryId: string) {
  return prisma.waitlistOffer.findMany({ where: { entryId }, orderBy: { createdAt: "asc" } });
}

async function holdsAt(freed: FreedTime) {
  return prisma.appointment.findMany({
    where: { staffId: freed.staffId, startsAt: freed.startsAt, status: { in: ["HELD", "BOOKED"] } },
  });
}

describe("offerFreedTime", () => {
  it("offers a cancelled time to the first person waiting, as a hold of OFFER_HOLD_MINUTES", async () => {
    const { topic, office, staff, freed } = await world();
    const first = await entry(topic.id);
    const second = await entry(topic.id);
    const booked = await createAppointment(prisma, {
      staffId: staff.id,
      officeId: office.id,
      startsAt: freed.startsAt,
      minutes: 45,
      bufferMinutes: 10,
      topicId: topic.id,
      citizenEmail: `other-${uid()}@example.net`,
    });
    // While it is booked, the time is nobody's to offer.
    expect(await offerFreedTime(freed, { now })).toBeNull();
    const cancelled = await cancelAppointment(booked.id, { now });
    expect(cancelled.ok).toBe(true);

    const offerId = await offerFreedTime(freed, { now });
    expect(offerId).not.toBeNull();
    const [offer] = await offersOf(first.id);
    expect(offer).toMatchObject({ id: offerId, outcome: "open" });
    expect(offer!.expiresAt.getTime()).toBe(now.getTime() + OFFER_HOLD_MINUTES * 60_000);
    const [hold] = await holdsAt(freed);
    expect(hold).toMatchObject({
      id: offer!.appointmentId,
      status: "HELD",
      citizenEmail: first.email,
      topicId: topic.id,
    });
    expect(hold!.holdExpiresAt?.getTime()).toBe(offer!.expiresAt.getTime());
    expect(await offersOf(second.id)).toEqual([]);
    const mail = await prisma.outboxMail.findFirstOrThrow({
      where: { to: first.email, subject: { contains: "früherer Termin" } },
    });
    expect(mail.text).toMatch(/\/de\/waitlist\/[A-Za-z0-9_-]{43}/);
  });

  it("never gives one time to two people, even when offered twice at once", async () => {
    const { topic, freed } = await world();
    const people = await Promise.all([entry(topic.id), entry(topic.id), entry(topic.id)]);
    const results = await Promise.all([
      offerFreedTime(freed, { now }),
      offerFreedTime(freed, { now }),
      offerFreedTime(freed, { now }),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const open = await prisma.waitlistOffer.findMany({
      where: { entryId: { in: people.map((p) => p.id) }, outcome: "open" },
    });
    expect(open).toHaveLength(1);
    expect(await holdsAt(freed)).toHaveLength(1);
  });

  it("passes a declined offer on to the next person, never back", async () => {
    const { topic, freed } = await world();
    const first = await entry(topic.id);
    const second = await entry(topic.id);
    const [offer] = await Promise.all([offerFreedTime(freed, { now })]);

    expect(await declineOffer(first.id, offer!, { now })).toEqual({ ok: true });
    expect((await offersOf(first.id))[0]).toMatchObject({
      outcome: "declined",
      appointmentId: null,
    });
    const next = await offersOf(second.id);
    expect(next).toMatchObject([{ outcome: "open" }]);
    expect(await holdsAt(freed)).toMatchObject([{ id: next[0]!.appointmentId, status: "HELD" }]);
    // The first person is still waiting, but this time is not offered to them again.
    expect(await prisma.waitlistEntry.findUnique({ where: { id: first.id } })).toMatchObject({
      status: "WAITING",
    });
    expect(await declineOffer(second.id, next[0]!.id, { now })).toEqual({ ok: true });
    expect(await offersOf(first.id)).toHaveLength(1);
    expect(await holdsAt(freed)).toEqual([]);
  });

  it("re-offers lapsed offers to the next person, claiming each once", async () => {
    const { topic, freed } = await world();
    const first = await entry(topic.id);
    const second = await entry(topic.id);
    await offerFreedTime(freed, { now });
    const later = new Date(now.getTime() + (OFFER_HOLD_MINUTES + 1) * 60_000);

    // Two job runs at once (other tests' offers lapse too: the database is shared).
    const counts = await Promise.all([reofferLapsed(later), reofferLapsed(later)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    expect(await offersOf(first.id)).toMatchObject([{ outcome: "lapsed", appointmentId: null }]);
    const next = await offersOf(second.id);
    expect(next).toMatchObject([{ outcome: "open" }]);
    expect(await holdsAt(freed)).toHaveLength(1);
  });

  it("offers only to people whose office, channel, language and `before` fit", async () => {
    const { topic, freed } = await world({ languages: ["de", "tr"] });
    const otherOffice = await createAgencyOffice(prisma);
    const elsewhere = await entry(topic.id, { officeId: otherOffice.id });
    const byPhone = await entry(topic.id, { channel: "PHONE" });
    const arabic = await entry(topic.id, { language: "ar" });
    const hasEarlier = await entry(topic.id, {
      before: new Date(freed.startsAt.getTime() - 3_600_000),
    });
    const exactlyThen = await entry(topic.id, { before: freed.startsAt });
    const fits = await entry(topic.id, {
      officeId: freed.officeId,
      channel: "IN_PERSON",
      language: "tr",
      before: new Date(freed.startsAt.getTime() + 86_400_000),
    });
    await offerFreedTime(freed, { now });
    for (const skipped of [elsewhere, byPhone, arabic, hasEarlier, exactlyThen])
      expect(await offersOf(skipped.id)).toEqual([]);
    expect(await offersOf(fits.id)).toMatchObject([{ outcome: "open" }]);
  });

  it("offers nothing inside the lead time, outside working hours or when the time is taken", async () => {
    const { topic, staff, office, day, freed } = await world();
    const waiting = await entry(topic.id);
    const soon = { ...freed, startsAt: fromBerlin(workday(0), "10:00") };
    const evening = { ...freed, startsAt: fromBerlin(day, "18:00") };
    expect(
      await offerFreedTime(soon, { now: new Date(soon.startsAt.getTime() - 3_600_000) }),
    ).toBeNull();
    expect(await offerFreedTime(evening, { now })).toBeNull();
    const citizen = await createCitizen(prisma);
    const rebooked = await bookAppointment(
      {
        booker: { kind: "citizen", userId: citizen.id },
        topicKey: topic.key,
        staffId: staff.id,
        officeId: office.id,
        startsAt: freed.startsAt,
        channel: "IN_PERSON",
        citizenName: "Schnell",
      },
      { now },
    );
    expect(rebooked.ok).toBe(true);
    expect(await offerFreedTime(freed, { now })).toBeNull();
    expect(await offerFreedTime({ ...freed, topicId: null }, { now })).toBeNull();
    expect(await offersOf(waiting.id)).toEqual([]);
  });

  it("skips a person who holds another open offer, and later entries of an address that had this time", async () => {
    const { topic, freed } = await world();
    const email = `same-${uid()}@example.net`;
    const first = await entry(topic.id, { email });
    const again = await entry(topic.id, { email, officeId: freed.officeId });
    const other = await entry(topic.id);
    await offerFreedTime(freed, { now });
    await declineOffer(first.id, (await offersOf(first.id))[0]!.id, { now });
    expect(await offersOf(again.id)).toEqual([]);
    expect(await offersOf(other.id)).toMatchObject([{ outcome: "open" }]);

    // `other` now holds an open offer: a second freed time goes past them, to the
    // address at the front (its first entry), and not to its second entry as well.
    const later = { ...freed, startsAt: fromBerlin(workday(5), "11:00") };
    const fourth = await entry(topic.id);
    await offerFreedTime(later, { now });
    expect(await offersOf(other.id)).toHaveLength(1);
    expect(await offersOf(first.id)).toMatchObject([
      { outcome: "declined" },
      { outcome: "open", startsAt: later.startsAt },
    ]);
    expect(await offersOf(again.id)).toEqual([]);
    expect(await offersOf(fourth.id)).toEqual([]);
  });

  it("writes sensitive topics into mails only under the neutral label", async () => {
    const { topic, freed } = await world({ sensitive: true });
    const waiting = await entry(topic.id);
    await offerFreedTime(freed, { now });
    const mail = await prisma.outboxMail.findFirstOrThrow({ where: { to: waiting.email } });
    expect(mail.subject).toContain("Beratungsgespräch");
    expect(mail.subject + mail.text).not.toContain(topic.key);
  });
});

describe("accepting, declining and leaving", () => {
  it("accepting books the appointment, confirms the entry and mails the confirmation", async () => {
    const { topic, freed } = await world();
    const citizen = await createCitizen(prisma);
    const waiting = await entry(topic.id, {
      email: citizen.email,
      citizenId: citizen.id,
      before: new Date(freed.startsAt.getTime() + 7 * 86_400_000),
    });
    const offerId = (await offerFreedTime(freed, { now }))!;
    const result = await acceptOffer(waiting.id, offerId, { now });
    if (!result.ok) throw new Error(result.reason);
    expect(
      await prisma.appointment.findUnique({ where: { id: result.appointmentId } }),
    ).toMatchObject({
      status: "BOOKED",
      citizenId: citizen.id,
      holdExpiresAt: null,
    });
    // The person's own time is locked now, as for any confirmed booking.
    expect(
      await prisma.citizenTimeLock.count({ where: { appointmentId: result.appointmentId } }),
    ).toBeGreaterThan(0);
    expect((await offersOf(waiting.id))[0]).toMatchObject({ outcome: "accepted" });
    const view = await entryView(waiting.id, { now });
    expect(view).toMatchObject({ status: "BOOKED", openOffers: [] });
    expect(view?.booked?.reference).toBe(result.reference);
    expect(view?.booked?.manageToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The offer and the usual confirmation (notifyAppointment).
    expect(await prisma.outboxMail.count({ where: { to: citizen.email } })).toBe(2);
    // Accepting twice does nothing more.
    expect(await acceptOffer(waiting.id, offerId, { now })).toEqual({
      ok: false,
      reason: "notFound",
    });
  });

  it("an offer cannot be accepted after it expired", async () => {
    const { topic, freed } = await world();
    const waiting = await entry(topic.id);
    const offerId = (await offerFreedTime(freed, { now }))!;
    const late = new Date(now.getTime() + (OFFER_HOLD_MINUTES + 1) * 60_000);
    expect(await acceptOffer(waiting.id, offerId, { now: late })).toEqual({
      ok: false,
      reason: "expired",
    });
    expect(await acceptOffer(randomUUID(), offerId, { now })).toEqual({
      ok: false,
      reason: "notFound",
    });
  });

  it("leaving releases the open offer and passes the time on", async () => {
    const { topic, freed } = await world();
    const leaving = await entry(topic.id);
    const next = await entry(topic.id);
    await offerFreedTime(freed, { now });
    expect(await leaveWaitlist(leaving.id, { now })).toEqual({ ok: true });
    expect(await prisma.waitlistEntry.findUnique({ where: { id: leaving.id } })).toMatchObject({
      status: "LEFT",
    });
    expect(await offersOf(leaving.id)).toMatchObject([{ outcome: "declined" }]);
    expect(await offersOf(next.id)).toMatchObject([{ outcome: "open" }]);
    expect(await leaveWaitlist(leaving.id, { now })).toEqual({ ok: false });
    // Someone who left is never offered anything again.
    await leaveWaitlist(next.id, { now });
    expect(await holdsAt(freed)).toEqual([]);
  });
});

describe("joinWaitlist", () => {
  const ip = () => `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

  it("stores the entry with its link, mails it, and sets `before` from a booked appointment", async () => {
    const { topic, office, staff, freed } = await world();
    const email = `Join-${uid()}@Example.net`;
    const existing = await createAppointment(prisma, {
      staffId: staff.id,
      officeId: office.id,
      startsAt: new Date(freed.startsAt.getTime() + 2 * 3_600_000),
      topicId: topic.id,
      citizenEmail: email.toLowerCase(),
    });
    const result = await joinWaitlist(
      {
        topicKey: topic.key,
        officeId: office.id,
        channel: "IN_PERSON",
        language: "de",
        name: " Amira ",
        email,
        citizenId: null,
        locale: "de",
      },
      { now, clientIp: ip() },
    );
    if (!result.ok || !result.entryId) throw new Error("not joined");
    // Without an account, the link goes only into the mail.
    expect(result.token).toBeNull();
    const token = await linkToken("waitlist", result.entryId);
    expect(await findEntryByToken(token)).toEqual({ id: result.entryId });
    expect(await prisma.waitlistEntry.findUnique({ where: { id: result.entryId } })).toMatchObject({
      name: "Amira",
      email: email.toLowerCase(),
      status: "WAITING",
      before: existing.startsAt,
    });
    const mail = await prisma.outboxMail.findFirstOrThrow({ where: { to: email.toLowerCase() } });
    expect(mail.text).toContain(`/de/waitlist/${token}`);
  });

  it("refuses unknown offices, channels and languages", async () => {
    const { topic } = await world();
    const other = await createAgencyOffice(prisma);
    const base = {
      topicKey: topic.key,
      officeId: null,
      channel: null,
      language: null,
      name: "Test",
      email: `x-${uid()}@example.net`,
      citizenId: null,
      locale: "de" as const,
    };
    expect(await joinWaitlist({ ...base, officeId: other.id }, { clientIp: ip() })).toEqual({
      ok: false,
      reason: "office",
    });
    expect(await joinWaitlist({ ...base, language: "ar" }, { clientIp: ip() })).toEqual({
      ok: false,
      reason: "language",
    });
    expect(await joinWaitlist({ ...base, topicKey: "no-such-topic" }, { clientIp: ip() })).toEqual({
      ok: false,
      reason: "topic",
    });
  });

  it("limits entries per address; only an account holder is told, others get a mail", async () => {
    const worlds = await Promise.all(Array.from({ length: MAX_ACTIVE_ENTRIES + 1 }, () => world()));
    const email = `limit-${uid()}@example.net`;
    const join = (i: number, citizenId: string | null = null) =>
      joinWaitlist(
        {
          topicKey: worlds[i]!.topic.key,
          officeId: null,
          channel: null,
          language: null,
          name: "Grenze",
          email,
          citizenId,
          locale: "de",
        },
        { now, clientIp: ip() },
      );
    for (let i = 0; i < MAX_ACTIVE_ENTRIES; i++) expect((await join(i)).ok).toBe(true);
    // Same topic and office again, and one list too many: the same answer as success, no entry.
    expect(await join(0)).toEqual({ ok: true, entryId: null, token: null });
    expect(await join(MAX_ACTIVE_ENTRIES)).toEqual({ ok: true, entryId: null, token: null });
    expect(await prisma.waitlistEntry.count({ where: { email } })).toBe(MAX_ACTIVE_ENTRIES);
    expect(
      await prisma.outboxMail.count({
        where: { to: email, subject: "Ihre Anfrage zur Warteliste" },
      }),
    ).toBe(2);

    const citizen = await createCitizen(prisma);
    const own = (i: number) =>
      joinWaitlist(
        {
          topicKey: worlds[i]!.topic.key,
          officeId: null,
          channel: null,
          language: null,
          name: "Konto",
          email: citizen.email,
          citizenId: citizen.id,
          locale: "de",
        },
        { now, clientIp: ip() },
      );
    const mine = await own(0);
    expect(mine.ok && mine.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await own(0)).toEqual({ ok: false, reason: "duplicate" });
  });

  it("stores one entry when the same address joins twice at once", async () => {
    const { topic } = await world();
    const email = `twice-${uid()}@example.net`;
    const request = {
      topicKey: topic.key,
      officeId: null,
      channel: null,
      language: null,
      name: "Doppelt",
      email,
      citizenId: null,
      locale: "de" as const,
    };
    await Promise.all([
      joinWaitlist(request, { now, clientIp: ip() }),
      joinWaitlist(request, { now, clientIp: ip() }),
    ]);
    expect(await prisma.waitlistEntry.count({ where: { email } })).toBe(1);
  });
});
