// Reminders: one mail per appointment time, `aheadHours` before it (SiteSetting
// "booking.reminderHours", default 24), with any number of server processes
// running the job and surviving restarts.
//
// The guarantee: a reminder is claimed (Appointment.reminderClaimedAt) and its
// mail written to the outbox in ONE transaction. The claim is a conditional
// update (only where nobody has claimed it and the appointment is unchanged:
// same SEQUENCE, still BOOKED), so of several processes exactly one changes
// the row; the others' updates match nothing and they write no mail. If
// writing the mail fails, the transaction rolls back and the claim with it:
// the next run tries again. So a claimed reminder always has its queued mail,
// and an unclaimed one none – exactly once per appointment time in the
// outbox. The outbox then sends it, retrying failed sends with back-off until
// the SMTP server accepts it (a stale "sending" claim of a process that died
// is taken over after 5 minutes). Only a crash between the SMTP server's
// acceptance and the outbox's "sent" mark can make a reminder go out twice.
// Moving an appointment clears the claim (rescheduleAppointment), so the new
// time is reminded of; the change's own mail was sent by whoever moved it.
import { prisma } from "~/utils/db.server";
import { BOOKING_SETTINGS } from "~/domain/scheduling-admin/schemas";
import { bookingSettings } from "~/domain/scheduling-admin/settings.server";
import { deliverSoon } from "~/utils/mail.server";
import { linkTokens } from "~/utils/link-secret.server";
import { notifyAppointment } from "./notify.server";
import { TX_OPTIONS, withRetries } from "./transaction.server";

/** SiteSetting key and default of the reminder lead (one definition: the booking settings). */
export const REMINDER_HOURS_SETTING = BOOKING_SETTINGS.reminderHours.key;
export const DEFAULT_REMINDER_HOURS = BOOKING_SETTINGS.reminderHours.default;

/** The configured lead time of reminders in hours (the default when unset or invalid). */
export async function reminderHours(): Promise<number> {
  return (await bookingSettings()).reminderHours;
}

export interface ReminderRun {
  /** Appointments whose reminder this call claimed (and queued, if they have an address). */
  sent: string[];
  /** Reminders left unclaimed for the next run: the database stayed busy, or the mail failed. */
  skipped: number;
}

/**
 * Claims and queues the reminders of booked appointments starting within
 * `aheadHours` after `now`, each in its own transaction (see the guarantee
 * above), `batch` at a time until none is left. One that fails is logged and
 * left for the next run; the others go on. Returns what this caller claimed.
 */
export async function sendDueReminders(
  now: Date = new Date(),
  { aheadHours = DEFAULT_REMINDER_HOURS, batch = 50 }: { aheadHours?: number; batch?: number } = {},
): Promise<ReminderRun> {
  const horizon = new Date(now.getTime() + aheadHours * 3_600_000);
  const run: ReminderRun = { sent: [], skipped: 0 };
  const seen: string[] = [];
  for (;;) {
    const due = await prisma.appointment.findMany({
      where: {
        status: "BOOKED",
        reminderClaimedAt: null,
        startsAt: { gt: now, lte: horizon },
        id: { notIn: seen },
      },
      orderBy: { startsAt: "asc" },
      take: batch,
      select: { id: true, sequence: true },
    });
    if (due.length === 0) break;
    // Read the link secret before any transaction (the mails carry the manage link).
    await linkTokens("appointment");
    for (const candidate of due) {
      seen.push(candidate.id);
      const outcome = await claimAndQueue(candidate, now, horizon).catch((error: unknown) => {
        console.error("reminder", candidate.id, error);
        return "failed" as const;
      });
      if (outcome === "sent") run.sent.push(candidate.id);
      else if (outcome !== "notMine") run.skipped++;
    }
    if (due.length < batch) break;
  }
  if (run.sent.length > 0) deliverSoon();
  return run;
}

/** One reminder: the claim and its mail in one transaction, or neither. */
async function claimAndQueue(
  candidate: { id: string; sequence: number },
  now: Date,
  horizon: Date,
): Promise<"sent" | "notMine" | "busy"> {
  const result = await withRetries<boolean, never>(() =>
    prisma.$transaction(async (tx) => {
      // The write comes first: SQLite takes its write lock before anything is read.
      const { count } = await tx.appointment.updateMany({
        where: {
          id: candidate.id,
          sequence: candidate.sequence,
          status: "BOOKED",
          reminderClaimedAt: null,
          startsAt: { gt: now, lte: horizon },
        },
        data: { reminderClaimedAt: now },
      });
      if (count !== 1) return false; // another process has it, or it changed meanwhile
      await notifyAppointment({ kind: "reminder", appointmentId: candidate.id }, tx);
      return true;
    }, TX_OPTIONS),
  );
  if (!result.ok) return "busy";
  return result.value ? "sent" : "notMine";
}
