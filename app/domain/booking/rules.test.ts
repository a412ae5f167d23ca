import { describe, expect, it } from "vitest";
import {
  bookingWindow,
  formatChannels,
  icalUid,
  parseChannels,
  timingIssue,
  topicIssues,
  topicLabelOf,
  videoUrlOf,
  type TopicRules,
} from "./rules";

const topic: TopicRules = {
  key: "buergergeld",
  durationMinutes: 45,
  bufferMinutes: 10,
  channels: ["IN_PERSON", "PHONE"],
  leadTimeMinutes: 24 * 60,
  horizonDays: 56,
  sensitive: false,
};

describe("topics", () => {
  it("shows a sensitive topic only under the neutral label", () => {
    expect(topicLabelOf({ key: "debt-counselling-intake", sensitive: true })).toBe("consultation");
    expect(topicLabelOf({ key: "housing", sensitive: false })).toBe("housing");
  });

  it("stores channels as a canonical list and ignores unknown values", () => {
    expect(parseChannels("VIDEO, IN_PERSON,FAX")).toEqual(["IN_PERSON", "VIDEO"]);
    expect(parseChannels("")).toEqual([]);
    expect(formatChannels(["VIDEO", "PHONE", "IN_PERSON"])).toBe("IN_PERSON,PHONE,VIDEO");
  });

  it("accepts only durations and buffers of whole 5-minute cells", () => {
    expect(topicIssues(topic)).toEqual([]);
    expect(
      topicIssues({
        ...topic,
        key: "Bad Key",
        durationMinutes: 42,
        bufferMinutes: 3,
        channels: [],
      }),
    ).toEqual(["key", "durationMinutes", "bufferMinutes", "channels"]);
    expect(topicIssues({ ...topic, durationMinutes: 0 })).toEqual(["durationMinutes"]);
    expect(topicIssues({ ...topic, leadTimeMinutes: -1, horizonDays: 0 })).toEqual([
      "leadTimeMinutes",
      "horizonDays",
    ]);
  });
});

describe("booking window", () => {
  // Friday 20 March 2026, 10:00 Berlin (CET); the horizon lies after the change to CEST.
  const now = new Date("2026-03-20T09:00:00Z");

  it("lets citizens book from now + lead time to the same Berlin time horizonDays later", () => {
    const { earliest, latest } = bookingWindow(topic, now, "citizen");
    expect(earliest.toISOString()).toBe("2026-03-21T09:00:00.000Z");
    // 15 May 2026, 10:00 Berlin = 08:00Z in summer time (not 56 × 24 h = 09:00Z).
    expect(latest.toISOString()).toBe("2026-05-15T08:00:00.000Z");
  });

  it("lets staff book from now on and up to a year ahead", () => {
    const { earliest, latest } = bookingWindow(topic, now, "staff");
    expect(earliest).toEqual(now);
    expect(latest.toISOString()).toBe("2027-03-21T09:00:00.000Z");
  });

  it("names what is wrong with a start time", () => {
    const ok = new Date("2026-03-23T08:00:00Z");
    expect(timingIssue(ok, topic, now, "citizen")).toBeNull();
    expect(timingIssue(new Date("2026-03-23T08:02:00Z"), topic, now, "citizen")).toBe("notOnGrid");
    expect(timingIssue(new Date("2026-03-20T13:00:00Z"), topic, now, "citizen")).toBe("tooSoon");
    expect(timingIssue(new Date("2026-03-20T13:00:00Z"), topic, now, "staff")).toBeNull();
    expect(timingIssue(new Date("2026-03-20T08:55:00Z"), topic, now, "staff")).toBe("tooSoon");
    expect(timingIssue(new Date("2026-05-15T08:00:00Z"), topic, now, "citizen")).toBe(
      "beyondHorizon",
    );
    expect(timingIssue(new Date("2026-05-15T07:55:00Z"), topic, now, "citizen")).toBeNull();
  });
});

describe("calendar and video", () => {
  it("derives a stable iCalendar UID from the appointment id", () => {
    expect(icalUid("clx123")).toBe("clx123@termine.sozialagentur-musterstadt");
  });

  it("uses the staff member's video room, else the office's", () => {
    expect(videoUrlOf({ videoUrl: "https://v/s" }, { videoUrl: "https://v/o" })).toBe(
      "https://v/s",
    );
    expect(videoUrlOf({ videoUrl: null }, { videoUrl: "https://v/o" })).toBe("https://v/o");
    expect(videoUrlOf({ videoUrl: null }, { videoUrl: null })).toBeNull();
  });
});
