// Booking topics and who can be booked for them, read from the database.
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/utils/db.server";
import { parseChannels, type TopicRules } from "./rules";

type Db = Prisma.TransactionClient;

export interface BookingTopicInfo extends TopicRules {
  id: string;
  active: boolean;
  sort: number;
}

export const topicSelect = {
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
} as const satisfies Prisma.BookingTopicSelect;

type TopicRow = Prisma.BookingTopicGetPayload<{ select: typeof topicSelect }>;

export function toTopicInfo(row: TopicRow): BookingTopicInfo {
  return { ...row, channels: parseChannels(row.channels) };
}

/** Topics a citizen can choose, in the agency's order. */
export async function listTopics(db: Db = prisma): Promise<BookingTopicInfo[]> {
  const rows = await db.bookingTopic.findMany({
    where: { active: true },
    orderBy: [{ sort: "asc" }, { key: "asc" }],
    select: topicSelect,
  });
  return rows.map(toTopicInfo);
}

/** An active topic by its key, or null. */
export async function topicByKey(key: string, db: Db = prisma): Promise<BookingTopicInfo | null> {
  const row = await db.bookingTopic.findFirst({
    where: { key, active: true },
    select: topicSelect,
  });
  return row ? toTopicInfo(row) : null;
}

/** Active staff members bookable for a topic, with their languages and video room. */
export async function staffForTopic(topicKey: string, db: Db = prisma) {
  const rows = await db.staffTopic.findMany({
    where: { topic: { key: topicKey, active: true }, staff: { active: true } },
    select: {
      staff: {
        select: {
          id: true,
          name: true,
          videoUrl: true,
          languages: { select: { language: true } },
        },
      },
    },
    orderBy: { staff: { name: "asc" } },
  });
  return rows.map(({ staff }) => ({
    id: staff.id,
    name: staff.name,
    videoUrl: staff.videoUrl,
    languages: staff.languages.map((l) => l.language),
  }));
}

/** Keys of the topics a staff member can be booked for. */
export async function topicKeysOfStaff(staffId: string, db: Db = prisma): Promise<string[]> {
  const rows = await db.staffTopic.findMany({
    where: { staffId },
    select: { topic: { select: { key: true } } },
    orderBy: { topic: { sort: "asc" } },
  });
  return rows.map((r) => r.topic.key);
}

/** Makes a staff member bookable for exactly these topics (unknown keys are ignored). */
export async function setStaffTopics(staffId: string, keys: readonly string[], db: Db = prisma) {
  const topics = await db.bookingTopic.findMany({
    where: { key: { in: [...keys] } },
    select: { id: true },
  });
  await db.staffTopic.deleteMany({ where: { staffId } });
  if (topics.length) {
    await db.staffTopic.createMany({ data: topics.map((t) => ({ staffId, topicId: t.id })) });
  }
}
