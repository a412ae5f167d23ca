// Reminders go out at most once per appointment time, even with several
// server processes running the job: a process first claims the reminder with
// a conditional update (only where nobody has claimed it), and only the
// process whose update changed the row sends it. A claimed reminder whose
// mail then fails is not sent again – at most once, by design. Moving an
// appointment clears the claim (rescheduleAppointment), so the new time is
// reminded of.
import { prisma } from "~/utils/db.server";

export interface ReminderClaim {
  id: string;
  sequence: number;
}

/**
 * Claims the reminders of booked appointments starting within `aheadHours`
 * (default 24) and returns the ones this caller won. The caller sends them.
 */
export async function claimDueReminders(
  now: Date = new Date(),
  { aheadHours = 24, limit = 50 }: { aheadHours?: number; limit?: number } = {},
): Promise<ReminderClaim[]> {
  const due = await prisma.appointment.findMany({
    where: {
      status: "BOOKED",
      reminderClaimedAt: null,
      startsAt: { gt: now, lte: new Date(now.getTime() + aheadHours * 3_600_000) },
    },
    orderBy: { startsAt: "asc" },
    take: limit,
    select: { id: true, sequence: true },
  });
  const won: ReminderClaim[] = [];
  for (const candidate of due) {
    const { count } = await prisma.appointment.updateMany({
      where: { ...candidate, status: "BOOKED", reminderClaimedAt: null },
      data: { reminderClaimedAt: now },
    });
    if (count === 1) won.push(candidate);
  }
  return won;
}
