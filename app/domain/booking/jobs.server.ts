// The booking housekeeping every server process runs each minute
// (startBackgroundJobs in app/entry.server.tsx). Every step is safe with any
// number of processes (each claims its rows with conditional updates) and
// after a restart (the state is in the database, nothing in memory):
// 1. lapsed waitlist offers go to the next person in line (before their holds
//    would simply be released by step 2),
// 2. guests' unconfirmed holds whose time ran out are released,
// 3. due reminders are claimed and queued, each with its mail (reminders.server.ts).
// A failing step is logged and does not stop the others.
import { releaseExpiredHolds } from "./holds.server";
import { reminderHours, sendDueReminders } from "./reminders.server";
import { reofferLapsed } from "./waitlist.server";

export interface BookingJobsRun {
  /** Lapsed waitlist offers passed on (null: the step failed). */
  reoffered: number | null;
  /** Expired holds released. */
  released: number | null;
  /** Reminders claimed and queued by this process. */
  reminded: number | null;
}

async function step<T>(name: string, run: () => Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (error) {
    console.error(`booking job "${name}" failed`, error);
    return null;
  }
}

export async function runBookingJobs(now: Date = new Date()): Promise<BookingJobsRun> {
  const reoffered = await step("reofferLapsed", () => reofferLapsed(now));
  const released = await step("releaseExpiredHolds", () => releaseExpiredHolds(now));
  const reminded = await step("sendDueReminders", async () => {
    const aheadHours = await reminderHours();
    return (await sendDueReminders(now, { aheadHours })).sent.length;
  });
  return { reoffered, released, reminded };
}
