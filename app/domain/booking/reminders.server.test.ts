import { describe, expect, it } from "vitest";
import { prisma } from "~/utils/db.server";
import { bookAppointment } from "./book.server";
import { rescheduleAppointment } from "./change.server";
import { claimDueReminders } from "./reminders.server";
import {
  at,
  createAgencyOffice,
  createCitizen,
  createStaff,
  createTopic,
  dayAhead,
} from "./testing/fixtures";

describe("claimDueReminders", () => {
  it("hands each reminder to exactly one of several simultaneous claimers, again after a move", async () => {
    const now = new Date();
    const topic = await createTopic(prisma, { durationMinutes: 45, bufferMinutes: 10 });
    const staff = await createStaff(prisma, [topic.id]);
    const office = await createAgencyOffice(prisma);
    const day = dayAhead(now, 3);
    const booked = await bookAppointment(
      {
        booker: { kind: "citizen", userId: (await createCitizen(prisma)).id },
        topicKey: topic.key,
        staffId: staff.id,
        officeId: office.id,
        startsAt: at(day, 9),
        channel: "PHONE",
        citizenName: "Test",
      },
      { now },
    );
    if (!booked.ok) throw new Error(booked.reason);
    const id = booked.appointment.id;
    // The job runs the day before.
    const jobTime = new Date(at(day, 9).getTime() - 20 * 3_600_000);
    const mine = (claims: { id: string }[]) => claims.filter((c) => c.id === id);

    const claims = await Promise.all([1, 2, 3, 4].map(() => claimDueReminders(jobTime)));
    expect(claims.flatMap(mine)).toHaveLength(1);
    expect(mine(await claimDueReminders(jobTime))).toHaveLength(0);

    // Not yet due: more than 24 hours ahead.
    expect(mine(await claimDueReminders(new Date(at(day, 9).getTime() - 30 * 3_600_000)))).toEqual(
      [],
    );

    // Moved: the new time gets its own reminder.
    const moved = await rescheduleAppointment(
      { appointmentId: id, startsAt: at(day, 10), by: "staff" },
      { now },
    );
    expect(moved.ok).toBe(true);
    expect(mine(await claimDueReminders(jobTime))).toEqual([{ id, sequence: 1 }]);
  });
});
