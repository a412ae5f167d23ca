// An appointment as an iCalendar file (RFC 5545) that common calendar apps
// import, and as the iTIP message (RFC 5546) mailed on a booking, a move and a
// cancellation, so calendars that understand iMIP update themselves:
// - UID = icalUid(id): never changes, so an update replaces the event the
//   calendar already holds; SEQUENCE = Appointment.sequence (+1 on each change).
// - DTSTART/DTEND in Europe/Berlin wall-clock time with TZID, and the
//   VTIMEZONE that defines it (the EU rule), so the time stays right in
//   calendars set to another zone and across the summer-time changes.
// - SUMMARY = neutral topic label – agency: a sensitive subject never appears
//   (only Appointment.topicLabel is read; for sensitive appointments the
//   documents to bring stay out of the file too, because their titles can
//   name the subject – calendars are often shared or synced to work phones).
// - METHOD:REQUEST (new, confirmed, moved) or CANCEL (STATUS:CANCELLED) with
//   ORGANIZER and ATTENDEE; METHOD:PUBLISH for the download, without ATTENDEE
//   (RFC 5546 § 3.2.1), STATUS:TENTATIVE while a guest's hold is unconfirmed.
// All texts are in the language the appointment was booked in.
import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventClass,
  ICalEventStatus,
  type ICalTemporalInstantStub,
  type ICalTemporalPlainDateTimeStub,
  type ICalTemporalZonedDateTimeStub,
} from "ical-generator";
import type { AppointmentStatus, Prisma } from "~/generated/prisma/client";
import { defaultLanguage, isLanguage, type Language } from "~/i18n";
import { berlinOffsetMinutes, TIME_ZONE } from "~/domain/scheduling/berlin-time";
import { prisma } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { getFixedT } from "~/utils/i18n.server";
import { linkTokens } from "~/utils/link-secret.server";
import { icalUid, videoUrlOf, type Channel } from "./rules";

export type IcsMethod = "PUBLISH" | "REQUEST" | "CANCEL";

export interface AppointmentDocument {
  title: string;
  note?: string;
}

/** What the mails and the calendar file say about an appointment (no case content). */
export interface AppointmentFacts {
  id: string;
  reference: string;
  status: AppointmentStatus;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  channel: Channel;
  /** Neutral label key (common:topics.<key>): the only subject ever shown. */
  topicLabel: string;
  sensitive: boolean;
  locale: Language;
  citizenName: string;
  citizenEmail: string | null;
  citizenPhone: string | null;
  documents: AppointmentDocument[];
  confirmedAt: Date | null;
  holdExpiresAt: Date | null;
  cancelReason: string | null;
  cancelledByStaff: boolean;
  office: {
    name: string;
    street: string;
    postalCode: string;
    city: string;
    lat: number | null;
    lng: number | null;
  };
  /** The video room (staff member's, else office's); null when none is configured. */
  videoUrl: string | null;
  /** The private manage link (…/<locale>/appointments/<token>). */
  manageUrl: string;
}

const factsSelect = {
  id: true,
  reference: true,
  status: true,
  sequence: true,
  startsAt: true,
  endsAt: true,
  channel: true,
  topicLabel: true,
  sensitive: true,
  locale: true,
  citizenName: true,
  citizenEmail: true,
  citizenPhone: true,
  documents: true,
  confirmedAt: true,
  holdExpiresAt: true,
  cancelReason: true,
  cancelledByStaff: true,
  office: {
    select: {
      name: true,
      street: true,
      postalCode: true,
      city: true,
      lat: true,
      lng: true,
      videoUrl: true,
    },
  },
  staff: { select: { videoUrl: true } },
} as const satisfies Prisma.AppointmentSelect;

/** Appointment.documents (JSON [{ title, note? }]); anything malformed is left out. */
export function parseDocuments(stored: string | null): AppointmentDocument[] {
  if (!stored) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((d: unknown): AppointmentDocument[] => {
    if (typeof d !== "object" || d === null) return [];
    const { title, note } = d as { title?: unknown; note?: unknown };
    if (typeof title !== "string" || !title.trim()) return [];
    return [
      typeof note === "string" && note.trim()
        ? { title: title.trim(), note: note.trim() }
        : { title: title.trim() },
    ];
  });
}

/**
 * Everything the mails and the calendar file need, read with `db` (inside a
 * transaction: its client, so a row written in it is seen). Null if unknown.
 */
export async function appointmentFacts(
  appointmentId: string,
  db: Prisma.TransactionClient = prisma,
): Promise<AppointmentFacts | null> {
  // The link secret first: it may be read (once) outside the transaction.
  const tokenOf = await linkTokens("appointment");
  const row = await db.appointment.findUnique({
    where: { id: appointmentId },
    select: factsSelect,
  });
  if (!row) return null;
  const locale = isLanguage(row.locale) ? row.locale : defaultLanguage;
  const { office, staff, documents, ...rest } = row;
  return {
    ...rest,
    locale,
    documents: parseDocuments(documents),
    office: {
      name: office.name,
      street: office.street,
      postalCode: office.postalCode,
      city: office.city,
      lat: office.lat,
      lng: office.lng,
    },
    videoUrl: videoUrlOf(staff, office),
    manageUrl: `${env.publicUrl.origin}/${locale}/appointments/${tokenOf(row.reference)}`,
  };
}

/**
 * The standard definition of Europe/Berlin (EU rule since 1996): summer time
 * from the last Sunday of March 02:00 (+0100 → +0200) to the last Sunday of
 * October 03:00 (+0200 → +0100). Written out rather than generated from a
 * time-zone database: it is the definition Outlook, Google and Apple export.
 */
export const VTIMEZONE_EUROPE_BERLIN = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Berlin",
  "X-LIC-LOCATION:Europe/Berlin",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");

function vtimezone(zone: string): string | null {
  return zone === TIME_ZONE ? VTIMEZONE_EUROPE_BERLIN : null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * An instant as a Temporal-like zoned date-time, which ical-generator writes
 * as the wall-clock time of the event's TZID. (A plain Date would be written
 * in the server process's own time zone; Node 20 has no Temporal yet.)
 */
function zoned(instant: Date, zone: typeof TIME_ZONE | "UTC"): ICalTemporalZonedDateTimeStub {
  const ms = instant.getTime();
  const offset = zone === "UTC" ? 0 : berlinOffsetMinutes(ms);
  const wall = new Date(ms + offset * 60_000);
  const fields = {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
  const date = `${pad(fields.year, 4)}-${pad(fields.month)}-${pad(fields.day)}`;
  const local = `${date}T${pad(fields.hour)}:${pad(fields.minute)}:${pad(fields.second)}`;
  const sign = offset < 0 ? "-" : "+";
  const iso = `${local}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}[${zone}]`;
  const self: ICalTemporalZonedDateTimeStub = {
    ...fields,
    timeZoneId: zone,
    toInstant: (): ICalTemporalInstantStub => ({
      epochMilliseconds: ms,
      toJSON: () => instant.toISOString(),
      toString: () => instant.toISOString(),
      toZonedDateTimeISO: (tz: string) => zoned(instant, tz === "UTC" ? "UTC" : TIME_ZONE),
    }),
    toPlainDateTime: (): ICalTemporalPlainDateTimeStub => ({
      ...fields,
      toJSON: () => local,
      toString: () => local,
      toPlainDate: () => ({
        year: fields.year,
        month: fields.month,
        day: fields.day,
        toJSON: () => date,
        toString: () => date,
      }),
      toZonedDateTime: () => self,
    }),
    withTimeZone: (tz: string) =>
      tz === zone ? self : zoned(instant, tz === "UTC" ? "UTC" : TIME_ZONE),
    toJSON: () => iso,
    toString: () => iso,
  };
  return self;
}

/** "Name <address>" or "address" → the address. */
export function mailAddressOf(from: string): string {
  const angle = /<([^>]+)>\s*$/.exec(from);
  return (angle?.[1] ?? from).trim();
}

/** Office address on one line. */
export function addressLine(office: AppointmentFacts["office"]): string {
  return `${office.name}, ${office.street}, ${office.postalCode} ${office.city}`;
}

export interface IcsOptions {
  /** DTSTAMP: when this iCalendar object was made. */
  now?: Date;
  /** The organizer's mail address (default: the address of MAIL_FROM). */
  organizerEmail?: string;
}

/** The calendar file of an appointment: pure, from its facts. */
export function buildAppointmentIcs(
  facts: AppointmentFacts,
  method: IcsMethod,
  options: IcsOptions = {},
): string {
  const t = getFixedT(facts.locale, "mail");
  const tc = getFixedT(facts.locale, "common");
  const agency = tc("agency.name");
  // A label without a text (a topic added later) reads as the neutral one, never as a key.
  const topic = String(
    tc(`topics.${facts.topicLabel}` as never, { defaultValue: tc("topics.consultation") }),
  );
  const cancelled = method === "CANCEL" || facts.status === "CANCELLED";

  const location =
    facts.channel === "IN_PERSON"
      ? addressLine(facts.office)
      : facts.channel === "VIDEO"
        ? (facts.videoUrl ?? tc("channels.VIDEO"))
        : tc("channels.PHONE");

  const description: string[] = [];
  if (cancelled) description.push(t("appointment.ics.cancelled"));
  else if (facts.status === "HELD") description.push(t("appointment.ics.held"));
  description.push(t("appointment.ics.reference", { reference: facts.reference }));
  if (!cancelled) {
    description.push(`${tc(`channels.${facts.channel}`)}: ${location}`);
    if (facts.documents.length > 0 && !facts.sensitive) {
      description.push(
        [
          t("appointment.ics.documents"),
          ...facts.documents.map((d) => `- ${d.title}${d.note ? ` (${d.note})` : ""}`),
        ].join("\n"),
      );
    }
    description.push(t("appointment.ics.manage", { link: facts.manageUrl }));
  }

  const calendar = ical({
    prodId: "//Sozialagentur Musterstadt//Termine//DE", // ical-generator adds the leading "-"
    method: ICalCalendarMethod[method],
    // No calendar-wide zone (DTSTAMP stays UTC); the generator adds the
    // VTIMEZONE of every zone an event uses.
    timezone: { name: null, generator: vtimezone },
  });
  const event = calendar.createEvent({
    id: icalUid(facts.id),
    sequence: facts.sequence,
    stamp: options.now ?? new Date(),
    timezone: TIME_ZONE,
    start: zoned(facts.startsAt, TIME_ZONE),
    end: zoned(facts.endsAt, TIME_ZONE),
    summary: t("appointment.ics.summary", { topic, agency }),
    location:
      facts.channel === "IN_PERSON" && facts.office.lat !== null && facts.office.lng !== null
        ? { title: location, geo: { lat: facts.office.lat, lon: facts.office.lng } }
        : location,
    description: description.join("\n\n"),
    url: facts.manageUrl,
    class: ICalEventClass.PRIVATE,
    status: cancelled
      ? ICalEventStatus.CANCELLED
      : facts.status === "HELD"
        ? ICalEventStatus.TENTATIVE
        : ICalEventStatus.CONFIRMED,
    organizer: {
      name: agency,
      email: options.organizerEmail ?? mailAddressOf(env.MAIL_FROM),
    },
  });
  if (method !== "PUBLISH" && facts.citizenEmail) {
    event.createAttendee({
      email: facts.citizenEmail,
      name: facts.citizenName,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.ACCEPTED,
      rsvp: false,
    });
  }
  return calendar.toString();
}

/**
 * The calendar file of an appointment (`method`: REQUEST for new or changed,
 * CANCEL for cancelled, PUBLISH for the download). Throws if it does not exist.
 */
export async function appointmentIcs(
  appointmentId: string,
  method: IcsMethod,
  options: IcsOptions & { db?: Prisma.TransactionClient } = {},
): Promise<string> {
  const facts = await appointmentFacts(appointmentId, options.db);
  if (!facts) throw new Error(`Appointment ${appointmentId} not found`);
  return buildAppointmentIcs(facts, method, options);
}
