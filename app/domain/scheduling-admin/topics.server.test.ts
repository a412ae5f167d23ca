import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ForbiddenError, type Actor } from "~/domain/access/permissions";
import { topicByKey } from "~/domain/booking/topics.server";
import { prisma } from "~/utils/db.server";
import type { TopicInput } from "./schemas";
import { getTopic, listTopicsForAdmin, saveTopic } from "./topics.server";

const uid = () => randomUUID().slice(0, 8);

async function actor(role: "ADMIN" | "TEAM_LEAD"): Promise<Actor> {
  const u = await prisma.user.create({
    data: { email: `topics-${uid()}@example.net`, name: `Person ${uid()}`, role },
    select: { id: true },
  });
  return { id: u.id, role, active: true, secondFactorVerified: true };
}

const input = (over: Partial<TopicInput> = {}): TopicInput => ({
  key: `thema-${uid()}`,
  durationMinutes: 45,
  bufferMinutes: 10,
  channels: ["IN_PERSON", "VIDEO"],
  leadTimeMinutes: 1440,
  horizonDays: 56,
  sensitive: false,
  active: true,
  sort: 5,
  ...over,
});

describe("booking topics", () => {
  it("creates a topic that citizens can book at once, then edits it with a history", async () => {
    const admin = await actor("ADMIN");
    const created = await saveTopic(admin, null, input());
    if (!created?.ok) throw new Error("not created");
    const booking = await topicByKey(created.key);
    expect(booking).toMatchObject({ durationMinutes: 45, channels: ["IN_PERSON", "VIDEO"] });

    const edited = await saveTopic(admin, created.id, {
      ...input({ key: null, durationMinutes: 60, active: false, sensitive: true }),
    });
    expect(edited).toEqual({ ok: true, id: created.id, key: created.key, changed: true });
    // Inactive: no longer offered to citizens; the key stayed.
    expect(await topicByKey(created.key)).toBeNull();
    expect(await getTopic(admin, created.id)).toMatchObject({
      key: created.key,
      durationMinutes: 60,
      sensitive: true,
      active: false,
      lastChange: { changedBy: expect.any(String) },
    });
    const again = await saveTopic(admin, created.id, {
      ...input({ key: null, durationMinutes: 60, active: false, sensitive: true }),
    });
    expect(again).toMatchObject({ ok: true, changed: false });
    expect(
      await prisma.contentRevision.count({
        where: { entityType: "BookingTopic", entityId: created.id },
      }),
    ).toBe(2);
    const listed = (await listTopicsForAdmin(admin)).find((t) => t.id === created.id);
    expect(listed).toMatchObject({ staffCount: 0, active: false });
  });

  it("refuses a key that exists and unknown ids", async () => {
    const admin = await actor("ADMIN");
    const first = await saveTopic(admin, null, input());
    if (!first?.ok) throw new Error("not created");
    expect(await saveTopic(admin, null, input({ key: first.key }))).toEqual({
      ok: false,
      fieldErrors: { key: ["scheduling:validation.keyTaken"] },
    });
    expect(await saveTopic(admin, "unknown", input({ key: null }))).toBeNull();
    expect(await getTopic(admin, "unknown")).toBeNull();
  });

  it("is for administrators only (team leads may read the list)", async () => {
    const lead = await actor("TEAM_LEAD");
    await expect(saveTopic(lead, null, input())).rejects.toBeInstanceOf(ForbiddenError);
    expect(Array.isArray(await listTopicsForAdmin(lead))).toBe(true);
  });
});
