import { afterAll, describe, expect, it, vi } from "vitest";
import { prisma } from "~/utils/db.server";
import { bookAppointment } from "./book.server";
import { runBookingJobs } from "./jobs.server";
import { HOLD_MINUTES } from "./rules";
import {
  at,
  createAgencyOffice,
  createStaff,
  createTopic,
  dayAhead,
  uid,
} from "./testing/fixtures";
import * as waitlist from "./waitlist.server";

// The mails these tests queue stay pending (no SMTP here): remove them, so the
// worker's shared outbox does not grow for the test files that run after this one.
const started = new Date();
afterAll(async () => {
  await prisma.outboxMail.deleteMany({ where: { nextAttemptAt: { gte: started } } });
});

// The real waitlist step, wrapped so one test can make it fail.
vi.mock("./waitlist.server", async (importOriginal) => {
  const actual = await importOriginal<typeof waitlist>();
  return { ...actual, reofferLapsed: vi.fn(actual.reofferLapsed) };
});

async function guestHold(now: Date, hour: number) {
  const topic = await createTopic(prisma, { durationMinutes: 30, bufferMinutes: 0 });
  const staff = await createStaff(prisma, [topic.id]);
  const office = await createAgencyOffice(prisma);
  const booked = await bookAppointment(
    {
      booker: { kind: "guest" },
      topicKey: topic.key,
      staffId: staff.id,
      officeId: office.id,
      startsAt: at(dayAhead(now, 2), hour),
      channel: "IN_PERSON",
      citizenName: "Gast",
      citizenEmail: `job-${uid()}@example.net`,
    },
    { now },
  );
  if (!booked.ok) throw new Error(booked.reason);
  return booked.appointment;
}

describe("runBookingJobs", () => {
  it("releases expired holds and sends due reminders", async () => {
    const now = new Date();
    const hold = await guestHold(now, 9);
    const later = new Date(now.getTime() + (HOLD_MINUTES + 1) * 60_000);
    const run = await runBookingJobs(later);
    expect(run.released).toBeGreaterThanOrEqual(1);
    expect(run.reoffered).not.toBeNull();
    expect(run.reminded).not.toBeNull();
    expect(await prisma.appointment.findUnique({ where: { id: hold.id } })).toBeNull();
  });

  it("runs the other steps when one fails", async () => {
    const now = new Date();
    const hold = await guestHold(now, 11);
    vi.mocked(waitlist.reofferLapsed).mockRejectedValueOnce(new Error("waitlist down"));
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const run = await runBookingJobs(new Date(now.getTime() + (HOLD_MINUTES + 1) * 60_000));
      expect(run.reoffered).toBeNull();
      expect(run.released).toBeGreaterThanOrEqual(1);
      expect(run.reminded).not.toBeNull();
      expect(logged).toHaveBeenCalledWith('booking job "reofferLapsed" failed', expect.any(Error));
    } finally {
      logged.mockRestore();
    }
    expect(await prisma.appointment.findUnique({ where: { id: hold.id } })).toBeNull();
  });
});
