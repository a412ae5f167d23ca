// Test data for booking: uniquely keyed topics, bookable staff, an office and
// citizens, so tests never share rows (each run makes its own).
import { randomUUID } from "node:crypto";
import type { Prisma } from "~/generated/prisma/client";
import { createOffice, createOrganization } from "../../../../tests/factories/directory";
import { formatChannels, type Channel } from "../rules";

type Db = Prisma.TransactionClient;

export const uid = () => randomUUID().slice(0, 8);

export interface TopicSpec {
  durationMinutes: number;
  bufferMinutes: number;
  channels?: Channel[];
  leadTimeMinutes?: number;
  horizonDays?: number;
  sensitive?: boolean;
}

export async function createTopic(db: Db, spec: TopicSpec) {
  return db.bookingTopic.create({
    data: {
      key: `t-${uid()}`,
      durationMinutes: spec.durationMinutes,
      bufferMinutes: spec.bufferMinutes,
      channels: formatChannels(spec.channels ?? ["IN_PERSON", "PHONE", "VIDEO"]),
      leadTimeMinutes: spec.leadTimeMinutes ?? 24 * 60,
      horizonDays: spec.horizonDays ?? 56,
      sensitive: spec.sensitive ?? false,
    },
  });
}

export async function createStaff(db: Db, topicIds: string[], role: "CASEWORKER" = "CASEWORKER") {
  return db.user.create({
    data: {
      email: `staff-${uid()}@example.net`,
      name: `Fallmanagerin ${uid()}`,
      role,
      bookingTopics: { createMany: { data: topicIds.map((topicId) => ({ topicId })) } },
    },
  });
}

export async function createCitizen(db: Db) {
  return db.user.create({
    data: { email: `Citizen-${uid()}@Example.net`.toLowerCase(), name: `Bürgerin ${uid()}` },
  });
}

export async function createAgencyOffice(db: Db) {
  const org = await createOrganization(db, "AGENCY");
  return createOffice(db, org.id);
}

/**
 * A Berlin working day far enough ahead for every lead time, at 00:00 UTC:
 * tests add hours to it (00:00 UTC is on the grid).
 */
export function dayAhead(now: Date, days: number): Date {
  const d = new Date(now.getTime() + days * 86_400_000);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** `day` plus hours and minutes (UTC). */
export function at(day: Date, hours: number, minutes = 0): Date {
  return new Date(day.getTime() + (hours * 60 + minutes) * 60_000);
}
