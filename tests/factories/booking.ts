// A booking topic of its own for a test: its own office and staff, nobody
// else bookable for it, so parallel tests never take each other's times.
import { randomUUID } from "node:crypto";
import type { Prisma } from "../../app/generated/prisma/client";
import { createOffice } from "./directory";

type Db = Prisma.TransactionClient;

export async function createBookableTopic(
  db: Db,
  createStaff: () => Promise<{ id: string }>,
  options: { staff?: number; durationMinutes?: number; bufferMinutes?: number } = {},
) {
  const org = await db.organization.findFirstOrThrow({ where: { kind: "AGENCY" } });
  const office = await createOffice(db, org.id);
  const topic = await db.bookingTopic.create({
    data: {
      key: `e2e-${randomUUID().slice(0, 8)}`,
      durationMinutes: options.durationMinutes ?? 30,
      bufferMinutes: options.bufferMinutes ?? 0,
      channels: "IN_PERSON,PHONE,VIDEO",
      leadTimeMinutes: 60,
      horizonDays: 28,
      sort: 999,
    },
  });
  const staff = [];
  for (let i = 0; i < (options.staff ?? 1); i++) {
    const member = await createStaff();
    await db.staffTopic.create({ data: { staffId: member.id, topicId: topic.id } });
    await db.staffWorkingHours.createMany({
      data: [1, 2, 3, 4, 5].map((weekday) => ({
        userId: member.id,
        officeId: office.id,
        weekday,
        startsAt: "08:00",
        endsAt: "16:00",
      })),
    });
    staff.push(member);
  }
  return { topicKey: topic.key, topicId: topic.id, office, staff };
}
