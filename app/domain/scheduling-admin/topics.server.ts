// Booking topics as administrators maintain them: duration, buffer, channels,
// lead time, horizon, sensitivity, order, and whether citizens can choose them.
// The key is fixed once created: it is the translation key of the label
// (common:topics.<key>) and Service.bookingTopicKey points at it.
// Appointments already booked keep their length, buffer and label.
import type { Actor } from "~/domain/access/permissions";
import { formatChannels, parseChannels } from "~/domain/booking/rules";
import { isUniqueViolation } from "~/domain/directory-admin/db.server";
import { prisma } from "~/utils/db.server";
import { assertAdministerBooking, assertOpenScheduling } from "./access.server";
import { lastChange, recordChange } from "./history.server";
import type { TopicInput } from "./schemas";

const TOPIC_SELECT = {
  id: true,
  key: true,
  durationMinutes: true,
  bufferMinutes: true,
  channels: true,
  leadTimeMinutes: true,
  horizonDays: true,
  sensitive: true,
  active: true,
  sort: true,
} as const;

/** Every topic, inactive ones too, with how many staff members can be booked for it. */
export async function listTopicsForAdmin(actor: Actor) {
  assertOpenScheduling(actor);
  const rows = await prisma.bookingTopic.findMany({
    orderBy: [{ sort: "asc" }, { key: "asc" }],
    select: {
      ...TOPIC_SELECT,
      _count: { select: { staff: { where: { staff: { active: true } } } } },
    },
  });
  return rows.map(({ _count, ...t }) => ({
    ...t,
    channels: parseChannels(t.channels),
    staffCount: _count.staff,
  }));
}

export async function getTopic(actor: Actor, id: string) {
  assertAdministerBooking(actor);
  const row = await prisma.bookingTopic.findUnique({ where: { id }, select: TOPIC_SELECT });
  if (!row) return null;
  return {
    ...row,
    channels: parseChannels(row.channels),
    lastChange: await lastChange("BookingTopic", id),
  };
}

type TopicSaved =
  | { ok: true; id: string; key: string; changed: boolean }
  | { ok: false; fieldErrors: Record<string, string[]> };

function snapshotOf(t: {
  key: string;
  durationMinutes: number;
  bufferMinutes: number;
  channels: string;
  leadTimeMinutes: number;
  horizonDays: number;
  sensitive: boolean;
  active: boolean;
  sort: number;
}) {
  return {
    key: t.key,
    durationMinutes: t.durationMinutes,
    bufferMinutes: t.bufferMinutes,
    channels: t.channels,
    leadTimeMinutes: t.leadTimeMinutes,
    horizonDays: t.horizonDays,
    sensitive: t.sensitive,
    active: t.active,
    sort: t.sort,
  };
}

/** Creates (id null; input.key required) or updates a topic; null when the topic is unknown. */
export async function saveTopic(
  actor: Actor,
  id: string | null,
  input: TopicInput,
): Promise<TopicSaved | null> {
  assertAdministerBooking(actor);
  const data = {
    durationMinutes: input.durationMinutes,
    bufferMinutes: input.bufferMinutes,
    channels: formatChannels(input.channels),
    leadTimeMinutes: input.leadTimeMinutes,
    horizonDays: input.horizonDays,
    sensitive: input.sensitive,
    active: input.active,
    sort: input.sort,
  };
  try {
    return await prisma.$transaction(async (tx) => {
      const before = id
        ? await tx.bookingTopic.findUnique({ where: { id }, select: TOPIC_SELECT })
        : null;
      if (id && !before) return null;
      const after =
        id && before
          ? await tx.bookingTopic.update({ where: { id }, data, select: TOPIC_SELECT })
          : await tx.bookingTopic.create({
              data: { ...data, key: input.key ?? "" },
              select: TOPIC_SELECT,
            });
      const changed =
        !before || JSON.stringify(snapshotOf(before)) !== JSON.stringify(snapshotOf(after));
      if (changed) {
        await recordChange(tx, {
          entityType: "BookingTopic",
          entityId: after.id,
          changedById: actor.id,
          snapshot: snapshotOf(after),
        });
      }
      return { ok: true as const, id: after.id, key: after.key, changed };
    });
  } catch (error) {
    if (!id && isUniqueViolation(error, "key"))
      return { ok: false, fieldErrors: { key: ["scheduling:validation.keyTaken"] } };
    throw error;
  }
}
