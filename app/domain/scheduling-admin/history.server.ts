// Who changed what in the scheduling back office: every change writes a
// ContentRevision (the directory's history table) with the state after the
// change, in the same transaction as the change. Entity types:
// - "StaffSchedule", id = the staff member: working hours, upcoming absences,
//   bookable topics, languages, video room;
// - "BookingTopic", id = the topic;
// - "OfficeClosures", id = the office: its upcoming closures;
// - "BookingSettings", id = "booking": the three booking settings.
// Not AuditLog: that table is the trail of case content (§ 67 ff. SGB X) that
// citizens are shown; these are rules of the agency, not social data.
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/utils/db.server";

type Db = Prisma.TransactionClient;

export type SchedulingEntity =
  "StaffSchedule" | "BookingTopic" | "OfficeClosures" | "BookingSettings";

export async function recordChange(
  db: Db,
  input: { entityType: SchedulingEntity; entityId: string; changedById: string; snapshot: unknown },
): Promise<void> {
  await db.contentRevision.create({
    data: {
      entityType: input.entityType,
      entityId: input.entityId,
      changedById: input.changedById,
      snapshot: JSON.stringify(input.snapshot),
    },
  });
}

/** The latest change of an entity: when and by whom (null when never changed here). */
export async function lastChange(
  entityType: SchedulingEntity,
  entityId: string,
): Promise<{ changedAt: Date; changedBy: string | null } | null> {
  const row = await prisma.contentRevision.findFirst({
    where: { entityType, entityId },
    orderBy: [{ changedAt: "desc" }, { id: "desc" }],
    select: { changedAt: true, changedBy: { select: { name: true } } },
  });
  return row ? { changedAt: row.changedAt, changedBy: row.changedBy?.name ?? null } : null;
}
