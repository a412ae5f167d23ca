import { describe, expect, it } from "vitest";
import { prisma } from "~/utils/db.server";
import { createStaff, createTopic } from "./testing/fixtures";
import {
  listTopics,
  setStaffTopics,
  staffForTopic,
  topicByKey,
  topicKeysOfStaff,
} from "./topics.server";

describe("booking topics", () => {
  it("lists active topics with their channels and finds one by key", async () => {
    const topic = await createTopic(prisma, {
      durationMinutes: 60,
      bufferMinutes: 15,
      channels: ["VIDEO", "IN_PERSON"],
      sensitive: true,
    });
    const retired = await createTopic(prisma, { durationMinutes: 45, bufferMinutes: 10 });
    await prisma.bookingTopic.update({ where: { id: retired.id }, data: { active: false } });

    const keys = (await listTopics()).map((t) => t.key);
    expect(keys).toContain(topic.key);
    expect(keys).not.toContain(retired.key);
    expect(await topicByKey(topic.key)).toMatchObject({
      id: topic.id,
      durationMinutes: 60,
      bufferMinutes: 15,
      channels: ["IN_PERSON", "VIDEO"],
      leadTimeMinutes: 1440,
      horizonDays: 56,
      sensitive: true,
    });
    expect(await topicByKey(retired.key)).toBeNull();
    expect(await topicByKey("no-such-topic")).toBeNull();
  });

  it("knows who is bookable for a topic, active staff only, and replaces a staff member's topics", async () => {
    const a = await createTopic(prisma, { durationMinutes: 45, bufferMinutes: 10 });
    const b = await createTopic(prisma, { durationMinutes: 45, bufferMinutes: 10 });
    const staff = await createStaff(prisma, [a.id]);
    await prisma.user.update({ where: { id: staff.id }, data: { videoUrl: "https://v/raum" } });
    const away = await createStaff(prisma, [a.id]);
    await prisma.user.update({ where: { id: away.id }, data: { active: false } });

    expect(await staffForTopic(a.key)).toEqual([
      { id: staff.id, name: staff.name, videoUrl: "https://v/raum", languages: [] },
    ]);
    await setStaffTopics(staff.id, [b.key, "no-such-topic"]);
    expect(await topicKeysOfStaff(staff.id)).toEqual([b.key]);
    expect(await staffForTopic(a.key)).toEqual([]);
  });
});
