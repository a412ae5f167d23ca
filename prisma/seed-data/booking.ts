// Booking topics of the agency, who can be booked for which, and the video
// rooms of staff and service centres. Topic keys are the translation keys of
// common:topics and the values of Service.bookingTopicKey; sensitive topics'
// appointments carry only the neutral label "consultation".
import { formatChannels, topicIssues, type Channel, type TopicRules } from "~/domain/booking/rules";
import { need, type SeedContext } from "./context";
import type { OfficeKey } from "./organizations";

const ALL: Channel[] = ["IN_PERSON", "PHONE", "VIDEO"];
const NO_VIDEO: Channel[] = ["IN_PERSON", "PHONE"];
/** Citizens book at least a day ahead and at most eight weeks ahead. */
const WINDOW = { leadTimeMinutes: 24 * 60, horizonDays: 56 };

export const BOOKING_TOPICS: TopicRules[] = [
  { key: "first-consultation", durationMinutes: 60, bufferMinutes: 15, channels: ALL },
  { key: "buergergeld", durationMinutes: 45, bufferMinutes: 10, channels: ALL },
  { key: "plan-review", durationMinutes: 45, bufferMinutes: 10, channels: ALL },
  // Debts are a sensitive subject; the first talk is better face to face or by phone.
  {
    key: "debt-counselling-intake",
    durationMinutes: 60,
    bufferMinutes: 15,
    channels: NO_VIDEO,
    sensitive: true,
  },
  { key: "housing", durationMinutes: 45, bufferMinutes: 10, channels: NO_VIDEO },
  { key: "family", durationMinutes: 45, bufferMinutes: 10, channels: ALL },
  { key: "work", durationMinutes: 45, bufferMinutes: 10, channels: ALL },
  // Counselling and health (Service.bookingTopicKey of those services): neutral by design.
  { key: "consultation", durationMinutes: 45, bufferMinutes: 15, channels: ALL, sensitive: true },
].map((t) => ({ sensitive: false, ...WINDOW, ...t }));

/** Topics per staff member (by seed key); the front desk and the admin are not bookable. */
export const STAFF_TOPICS: Record<string, string[]> = {
  becker: [
    "first-consultation",
    "buergergeld",
    "plan-review",
    "housing",
    "family",
    "work",
    "consultation",
  ],
  hoffmann: ["first-consultation", "buergergeld", "plan-review", "family", "work", "consultation"],
  amrani: [
    "first-consultation",
    "buergergeld",
    "plan-review",
    "debt-counselling-intake",
    "housing",
    "consultation",
  ],
  lange: ["plan-review"],
};

const VIDEO_BASE = "https://video.musterstadt.example/raum";
export const STAFF_VIDEO: Record<string, string> = {
  becker: `${VIDEO_BASE}/becker-7q2k`,
  hoffmann: `${VIDEO_BASE}/hoffmann-m4x9`,
};
export const OFFICE_VIDEO: Partial<Record<OfficeKey, string>> = {
  mitte: `${VIDEO_BASE}/servicecenter-mitte`,
  nord: `${VIDEO_BASE}/servicecenter-nord`,
};

export async function seedBooking(ctx: SeedContext): Promise<void> {
  const { db } = ctx;
  for (const [sort, topic] of BOOKING_TOPICS.entries()) {
    const issues = topicIssues(topic);
    if (issues.length) throw new Error(`Seed: topic ${topic.key} has bad ${issues.join(", ")}`);
    const data = { ...topic, channels: formatChannels(topic.channels), active: true, sort };
    const row = await db.bookingTopic.upsert({
      where: { key: topic.key },
      create: data,
      update: data,
      select: { id: true },
    });
    ctx.topicIds.set(topic.key, row.id);
  }

  for (const [staffKey, keys] of Object.entries(STAFF_TOPICS)) {
    const staffId = need(ctx.userIds, staffKey);
    await db.staffTopic.deleteMany({ where: { staffId } });
    await db.staffTopic.createMany({
      data: keys.map((key) => ({ staffId, topicId: need(ctx.topicIds, key) })),
    });
  }
  for (const [staffKey, videoUrl] of Object.entries(STAFF_VIDEO)) {
    await db.user.update({ where: { id: need(ctx.userIds, staffKey) }, data: { videoUrl } });
  }
  for (const [officeKey, videoUrl] of Object.entries(OFFICE_VIDEO)) {
    await db.office.update({
      where: { id: need(ctx.officeIds, officeKey as OfficeKey) },
      data: { videoUrl },
    });
  }
}
