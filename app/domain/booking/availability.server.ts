// Free slots from the database: reads a topic's staff (working hours,
// absences, languages), the offices they work at (opening hours, closures)
// and the appointments that hold their time, and hands all of it to the pure
// engine of app/domain/scheduling/slots.ts. Also the "is this slot still
// offered" check bookAppointment runs right before its transaction, and the
// booking of a merged slot (several staff members free at one time).
import { prisma } from "~/utils/db.server";
import { addBerlinDays } from "~/domain/scheduling/berlin-time";
import {
  computeFreeSlots,
  isSlotFree,
  type FreeSlots,
  type SlotFilters,
  type SlotQuery,
} from "~/domain/scheduling/slots";
import { bookAppointment, type BookingRequest, type BookingResult } from "./book.server";
import { STAFF_HORIZON_DAYS, type Channel } from "./rules";
import { topicByKey, type BookingTopicInfo } from "./topics.server";

export type BookedBy = "citizen" | "staff";

export interface OfficeInfo {
  id: string;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  phone: string | null;
  accessibility: string;
  lat: number | null;
  lng: number | null;
}

export interface AvailabilityContext {
  topic: BookingTopicInfo;
  query: SlotQuery;
  /** Offices where someone can be booked for the topic, by name. */
  offices: OfficeInfo[];
  /** Languages consultations of this topic can be held in (sorted). */
  languages: string[];
}

/** The longest appointment plus buffer (12 h): busy intervals starting earlier cannot reach the window. */
const LOOKBEHIND_MS = 12 * 3_600_000;

/**
 * Everything the slot engine needs for one topic. Citizens see the topic's
 * lead time and horizon; staff (front desk, caseworkers) book from now on and
 * up to STAFF_HORIZON_DAYS ahead.
 */
export async function availabilityContext(
  topicKey: string,
  options: {
    now?: Date;
    by?: BookedBy;
    filters?: SlotFilters;
    staffIds?: string[];
    /**
     * Only slots starting in [from, until) are needed: appointments and
     * absences are read for that span only (reading eight weeks of 50 staff
     * members' appointments costs more than computing every slot). The
     * engine's horizon ends at `until`; slots before `from` are not valid and
     * must not be shown.
     */
    window?: { from: Date; until: Date };
  } = {},
): Promise<AvailabilityContext | null> {
  const now = options.now ?? new Date();
  const by = options.by ?? "citizen";
  const topic = await topicByKey(topicKey);
  if (!topic) return null;
  const fullHorizon = by === "staff" ? STAFF_HORIZON_DAYS : topic.horizonDays;
  const horizonEnd = addBerlinDays(now, fullHorizon + 1);
  const windowEnd =
    options.window && options.window.until < horizonEnd ? options.window.until : null;
  // Whole Berlin days from now that cover the window (the engine counts days).
  const horizonDays = windowEnd
    ? Math.min(fullHorizon, Math.ceil((windowEnd.getTime() - now.getTime()) / 86_400_000))
    : fullHorizon;
  const until = windowEnd ? addBerlinDays(now, horizonDays + 1) : horizonEnd;
  const since = new Date(
    Math.max(now.getTime(), options.window?.from.getTime() ?? 0) - LOOKBEHIND_MS,
  );

  const staffRows = await prisma.user.findMany({
    where: {
      active: true,
      role: { notIn: ["CITIZEN", "PARTNER"] },
      bookingTopics: { some: { topicId: topic.id } },
      ...(options.staffIds ? { id: { in: options.staffIds } } : {}),
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      languages: { select: { language: true } },
      workingHours: { select: { officeId: true, weekday: true, startsAt: true, endsAt: true } },
      absences: {
        where: { endsAt: { gt: since }, startsAt: { lt: until } },
        select: { startsAt: true, endsAt: true },
      },
    },
  });
  const staffIds = staffRows.map((s) => s.id);
  const officeIds = [...new Set(staffRows.flatMap((s) => s.workingHours.map((h) => h.officeId)))];

  const [officeRows, busyRows] = await Promise.all([
    prisma.office.findMany({
      where: { id: { in: officeIds } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: {
        id: true,
        name: true,
        street: true,
        postalCode: true,
        city: true,
        phone: true,
        accessibility: true,
        lat: true,
        lng: true,
        openingHours: {
          select: { weekday: true, opensAt: true, closesAt: true, walkInOnly: true },
        },
        closures: {
          where: { endsOn: { gte: new Date(now.getTime() - 86_400_000) } },
          select: { startsOn: true, endsOn: true },
        },
      },
    }),
    prisma.appointment.findMany({
      where: {
        staffId: { in: staffIds },
        startsAt: { gte: since, lt: until },
        OR: [
          { status: { in: ["BOOKED", "CHECKED_IN", "COMPLETED", "NO_SHOW"] } },
          { status: "HELD", holdExpiresAt: { gt: now } },
        ],
      },
      orderBy: { startsAt: "asc" },
      select: { staffId: true, startsAt: true, endsAt: true, bufferMinutes: true },
    }),
  ]);

  const query: SlotQuery = {
    topic: {
      key: topic.key,
      durationMinutes: topic.durationMinutes,
      bufferMinutes: topic.bufferMinutes,
      channels: topic.channels,
      leadTimeMinutes: by === "staff" ? 0 : topic.leadTimeMinutes,
      horizonDays,
    },
    staff: staffRows.map((s) => ({
      id: s.id,
      languages: s.languages.map((l) => l.language),
      topics: [topic.key],
      workingHours: s.workingHours,
      absences: s.absences,
    })),
    offices: officeRows.map((o) => ({
      id: o.id,
      openingHours: o.openingHours,
      closures: o.closures,
    })),
    busy: busyRows.map((a) => ({
      staffId: a.staffId,
      startsAt: a.startsAt,
      blockedUntil: new Date(a.endsAt.getTime() + a.bufferMinutes * 60_000),
    })),
    now,
    filters: options.filters,
  };
  return {
    topic,
    query,
    offices: officeRows.map(({ openingHours: _h, closures: _c, ...office }) => office),
    languages: [...new Set(staffRows.flatMap((s) => s.languages.map((l) => l.language)))].sort(),
  };
}

/** Free slots of a topic, grouped by Berlin day, first free slot first. */
export async function freeSlotsOf(
  topicKey: string,
  options: { now?: Date; by?: BookedBy; filters?: SlotFilters } = {},
): Promise<(AvailabilityContext & { slots: FreeSlots }) | null> {
  const context = await availabilityContext(topicKey, options);
  if (!context) return null;
  return { ...context, slots: computeFreeSlots(context.query) };
}

/** What a person picked on the slot page: a time at an office in a channel. */
export interface SlotPick {
  startsAt: Date;
  officeId: string;
  channel: Channel;
  /** Consultation language wished (only staff who speak it are booked). */
  language?: string | null;
  /** Staff pick a person; citizens get whoever is free, in the engine's order. */
  staffId?: string | null;
}

/**
 * The staff members free for a pick, in the engine's order (empty when the
 * time is no longer offered): checked right before each booking attempt.
 */
export async function staffFreeFor(
  topicKey: string,
  pick: SlotPick,
  options: { now?: Date; by?: BookedBy } = {},
): Promise<string[]> {
  const day = 86_400_000;
  const context = await availabilityContext(topicKey, {
    ...options,
    // One slot: the day around it is all that can touch it.
    window: {
      from: new Date(pick.startsAt.getTime() - day),
      until: new Date(pick.startsAt.getTime() + day),
    },
    filters: {
      officeId: pick.officeId,
      channel: pick.channel,
      language: pick.language ?? undefined,
    },
    staffIds: pick.staffId ? [pick.staffId] : undefined,
  });
  if (!context) return [];
  return context.query.staff
    .map((s) => s.id)
    .filter((staffId) =>
      isSlotFree(context.query, {
        staffId,
        officeId: pick.officeId,
        startsAt: pick.startsAt,
        channel: pick.channel,
      }),
    );
}

/**
 * Books a pick: tries each free staff member in turn, so a time several
 * people could take is only "taken" when all of them are. The database's
 * locks decide every race (bookAppointment); the offered check only keeps
 * bookings inside working hours, opening hours and the topic's window.
 */
export async function bookPick(
  pick: SlotPick,
  request: Omit<BookingRequest, "staffId" | "officeId" | "startsAt" | "channel">,
  options: { now?: Date } = {},
): Promise<BookingResult> {
  const now = options.now ?? new Date();
  const by: BookedBy = request.booker.kind === "staff" ? "staff" : "citizen";
  const candidates = await staffFreeFor(request.topicKey, pick, { now, by });
  if (candidates.length === 0) {
    const topic = await topicByKey(request.topicKey);
    if (!topic) return { ok: false, reason: "invalid", issues: ["topic"] };
    return { ok: false, reason: "taken" };
  }
  let last: BookingResult = { ok: false, reason: "taken" };
  for (const staffId of candidates) {
    last = await bookAppointment(
      {
        ...request,
        staffId,
        officeId: pick.officeId,
        startsAt: pick.startsAt,
        channel: pick.channel,
      },
      { now },
    );
    if (last.ok || last.reason !== "taken") return last;
  }
  return last;
}
