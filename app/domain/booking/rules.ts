// Booking rules the agency could write into a policy: when a topic can be
// booked, what label an appointment shows, how long a guest's hold lasts, how
// calendars recognise an appointment. Pure: no database here.
import { addBerlinDays } from "~/domain/scheduling/berlin-time";
import { isOnCell, isWholeCells, MAX_CELLS, CELL_MINUTES } from "./locks";

export const CHANNELS = ["IN_PERSON", "PHONE", "VIDEO"] as const;
/** Same values as the Prisma enum AppointmentChannel. */
export type Channel = (typeof CHANNELS)[number];

/** The label every sensitive topic's appointments carry (common:topics.consultation). */
export const NEUTRAL_TOPIC_LABEL = "consultation";

/** How long a booking without an account waits for its confirmation link. */
export const HOLD_MINUTES = 30;

/** Staff book plan reviews months ahead (reviewed about every six months). */
export const STAFF_HORIZON_DAYS = 366;

/**
 * Calendars (RFC 5545) match an update or a cancellation to the event they
 * hold by its UID, so the UID must never change: it is the appointment's id
 * with a fixed suffix (not PUBLIC_URL, which may change).
 */
export const ICAL_UID_SUFFIX = "@termine.sozialagentur-musterstadt";

export function icalUid(appointmentId: string): string {
  return `${appointmentId}${ICAL_UID_SUFFIX}`;
}

export function isChannel(value: unknown): value is Channel {
  return typeof value === "string" && (CHANNELS as readonly string[]).includes(value);
}

/** BookingTopic.channels ("IN_PERSON,VIDEO") as a list in canonical order; unknown values dropped. */
export function parseChannels(stored: string): Channel[] {
  const given = new Set(stored.split(",").map((s) => s.trim()));
  return CHANNELS.filter((c) => given.has(c));
}

export function formatChannels(channels: readonly Channel[]): string {
  return CHANNELS.filter((c) => channels.includes(c)).join(",");
}

export interface TopicRules {
  key: string;
  durationMinutes: number;
  bufferMinutes: number;
  channels: readonly Channel[];
  leadTimeMinutes: number;
  horizonDays: number;
  sensitive: boolean;
}

/** What the front desk, mails and calendar titles show: never a sensitive subject. */
export function topicLabelOf(topic: Pick<TopicRules, "key" | "sensitive">): string {
  return topic.sensitive ? NEUTRAL_TOPIC_LABEL : topic.key;
}

/** Problems with a topic's own numbers (for the seed and an admin form). */
export function topicIssues(topic: TopicRules): string[] {
  const issues: string[] = [];
  if (!/^[a-z0-9-]{1,40}$/.test(topic.key)) issues.push("key");
  if (
    !isWholeCells(topic.durationMinutes) ||
    topic.durationMinutes === 0 ||
    topic.durationMinutes + topic.bufferMinutes > MAX_CELLS * CELL_MINUTES
  )
    issues.push("durationMinutes");
  if (!isWholeCells(topic.bufferMinutes)) issues.push("bufferMinutes");
  if (topic.channels.length === 0) issues.push("channels");
  if (!Number.isInteger(topic.leadTimeMinutes) || topic.leadTimeMinutes < 0)
    issues.push("leadTimeMinutes");
  if (!Number.isInteger(topic.horizonDays) || topic.horizonDays < 1) issues.push("horizonDays");
  return issues;
}

/** Who books decides the window: citizens within lead time and horizon, staff any time ahead. */
export type BookedBy = "citizen" | "staff";

/**
 * The first and (exclusive) last start a booking may have. Citizens: from
 * now + lead time up to the same Berlin wall-clock time `horizonDays` calendar
 * days later (the rule of app/domain/scheduling/slots.ts). The front desk and
 * caseworkers book on behalf of people, sometimes for the same day or half a
 * year ahead: from now, up to STAFF_HORIZON_DAYS.
 */
export function bookingWindow(
  topic: Pick<TopicRules, "leadTimeMinutes" | "horizonDays">,
  now: Date,
  by: BookedBy,
): { earliest: Date; latest: Date } {
  if (by === "staff") return { earliest: now, latest: addBerlinDays(now, STAFF_HORIZON_DAYS) };
  return {
    earliest: new Date(now.getTime() + topic.leadTimeMinutes * 60_000),
    latest: addBerlinDays(now, topic.horizonDays),
  };
}

export type TimingIssue = "notOnGrid" | "tooSoon" | "beyondHorizon";

/** Whether a start time can be booked: on the 5-minute grid and inside the window. */
export function timingIssue(
  startsAt: Date,
  topic: Pick<TopicRules, "leadTimeMinutes" | "horizonDays">,
  now: Date,
  by: BookedBy,
): TimingIssue | null {
  if (!isOnCell(startsAt)) return "notOnGrid";
  const { earliest, latest } = bookingWindow(topic, now, by);
  if (startsAt.getTime() < earliest.getTime()) return "tooSoon";
  if (startsAt.getTime() >= latest.getTime()) return "beyondHorizon";
  return null;
}

/** The video room of an appointment: the staff member's own, else the office's. */
export function videoUrlOf(
  staff: { videoUrl: string | null },
  office: { videoUrl: string | null },
): string | null {
  return staff.videoUrl ?? office.videoUrl ?? null;
}
