// The calendar file, read back with a real iCalendar parser (ical.js).
import type { AppLoadContext } from "@remix-run/node";
import ICAL from "ical.js";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "~/utils/db.server";
import { bookAppointment } from "./book.server";
import { cancelAppointment, rescheduleAppointment } from "./change.server";
import {
  appointmentFacts,
  appointmentIcs,
  buildAppointmentIcs,
  parseDocuments,
  type AppointmentFacts,
} from "./ical.server";
import { icalUid } from "./rules";
import { at, createAgencyOffice, createStaff, createTopic, dayAhead } from "./testing/fixtures";

// The mails these tests queue stay pending (no SMTP here): remove them, so the
// worker's shared outbox does not grow for the test files that run after this one.
const started = new Date();
afterAll(async () => {
  await prisma.outboxMail.deleteMany({ where: { nextAttemptAt: { gte: started } } });
});

function facts(overrides: Partial<AppointmentFacts> = {}): AppointmentFacts {
  return {
    id: "cm0appointment1",
    reference: "T-7K3M9Q",
    status: "BOOKED",
    sequence: 0,
    // Monday after the change to summer time (29 March 2026): 09:00 Berlin = 07:00 UTC.
    startsAt: new Date("2026-03-30T07:00:00Z"),
    endsAt: new Date("2026-03-30T07:45:00Z"),
    channel: "IN_PERSON",
    topicLabel: "buergergeld",
    sensitive: false,
    locale: "de",
    citizenName: "Amira Yılmaz",
    citizenEmail: "amira@example.net",
    citizenPhone: null,
    documents: [
      { title: "Personalausweis" },
      { title: "Kontoauszüge", note: "der letzten 3 Monate" },
    ],
    confirmedAt: new Date("2026-03-01T10:00:00Z"),
    holdExpiresAt: null,
    cancelReason: null,
    cancelledByStaff: false,
    office: {
      name: "Sozialagentur Mitte",
      street: "Marktplatz 1",
      postalCode: "12345",
      city: "Musterstadt",
      lat: 51.5,
      lng: 7.46,
    },
    videoUrl: null,
    manageUrl: "https://portal.example/de/appointments/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
    ...overrides,
  };
}

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vtimezone = calendar.getFirstSubcomponent("vtimezone");
  if (vtimezone) ICAL.TimezoneService.register(vtimezone);
  const vevent = calendar.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no VEVENT");
  return { calendar, vtimezone, vevent, event: new ICAL.Event(vevent) };
}

describe("buildAppointmentIcs", () => {
  it("writes a stable UID, the SEQUENCE and Berlin wall-clock times with their VTIMEZONE", () => {
    const ics = buildAppointmentIcs(facts({ sequence: 2 }), "REQUEST", {
      now: new Date("2026-03-01T10:00:00Z"),
    });
    const { calendar, vtimezone, vevent, event } = parse(ics);
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(event.uid).toBe(icalUid("cm0appointment1"));
    expect(event.sequence).toBe(2);
    expect(vtimezone?.getFirstPropertyValue("tzid")).toBe("Europe/Berlin");
    expect(vevent.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("Europe/Berlin");
    expect(ics).toContain("DTSTART;TZID=Europe/Berlin:20260330T090000");
    expect(ics).toContain("DTEND;TZID=Europe/Berlin:20260330T094500");
    expect(ics).toContain("DTSTAMP:20260301T100000Z");
    // Read through the VTIMEZONE: the summer-time offset applies (07:00 UTC).
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-03-30T07:00:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-03-30T07:45:00.000Z");
    expect(event.summary).toBe("Fragen zum Bürgergeld – Sozialagentur Musterstadt");
    expect(event.location).toBe("Sozialagentur Mitte, Marktplatz 1, 12345 Musterstadt");
    expect(vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(vevent.getFirstPropertyValue("url")).toBe(facts().manageUrl);
    expect(event.description).toContain("Buchungsnummer: T-7K3M9Q");
    expect(event.description).toContain(`Termin verschieben oder absagen: ${facts().manageUrl}`);
    expect(event.description).toContain("- Kontoauszüge (der letzten 3 Monate)");

    const organizer = vevent.getFirstProperty("organizer");
    expect(String(organizer?.getFirstValue()).toLowerCase()).toBe(
      "mailto:no-reply@sozialagentur.example",
    );
    expect(organizer?.getParameter("cn")).toBe("Sozialagentur Musterstadt");
    const attendee = vevent.getFirstProperty("attendee");
    expect(String(attendee?.getFirstValue()).toLowerCase()).toBe("mailto:amira@example.net");
    expect(attendee?.getParameter("cn")).toBe("Amira Yılmaz");
    expect(attendee?.getParameter("rsvp")).toBe("FALSE");
    expect(attendee?.getParameter("partstat")).toBe("ACCEPTED");
  });

  it("defines the EU summer-time rule, so winter times read right too", () => {
    const winter = facts({
      startsAt: new Date("2026-03-27T08:00:00Z"), // Friday before the change: 09:00 CET
      endsAt: new Date("2026-03-27T08:45:00Z"),
    });
    const ics = buildAppointmentIcs(winter, "PUBLISH");
    expect(ics).toContain("DTSTART;TZID=Europe/Berlin:20260327T090000");
    expect(parse(ics).event.startDate.toJSDate().toISOString()).toBe("2026-03-27T08:00:00.000Z");
    const october = facts({
      startsAt: new Date("2026-10-26T08:00:00Z"), // Monday after the change back: 09:00 CET
      endsAt: new Date("2026-10-26T09:00:00Z"),
    });
    const back = parse(buildAppointmentIcs(october, "PUBLISH"));
    expect(back.event.startDate.toString()).toBe("2026-10-26T09:00:00");
    expect(back.event.startDate.toJSDate().toISOString()).toBe("2026-10-26T08:00:00.000Z");
  });

  it("writes the same Berlin times whatever the server's own time zone is", () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = "America/New_York";
      expect(buildAppointmentIcs(facts(), "PUBLISH")).toContain(
        "DTSTART;TZID=Europe/Berlin:20260330T090000",
      );
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it("cancels with METHOD:CANCEL and STATUS:CANCELLED under the same UID", () => {
    const ics = buildAppointmentIcs(facts({ status: "CANCELLED", sequence: 3 }), "CANCEL");
    const { calendar, vevent, event } = parse(ics);
    expect(calendar.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(event.uid).toBe(icalUid("cm0appointment1"));
    expect(event.sequence).toBe(3);
    expect(vevent.getFirstProperty("attendee")).toBeTruthy();
    expect(event.description).toContain("Dieser Termin wurde abgesagt.");
  });

  it("publishes a download without ATTENDEE, tentative while a hold is unconfirmed", () => {
    const { calendar, vevent } = parse(
      buildAppointmentIcs(facts({ status: "HELD", confirmedAt: null }), "PUBLISH"),
    );
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(vevent.getFirstPropertyValue("status")).toBe("TENTATIVE");
    expect(vevent.getFirstProperty("attendee")).toBeNull();
    expect(vevent.getFirstProperty("organizer")).toBeTruthy();
  });

  it("gives phone and video appointments their place", () => {
    expect(parse(buildAppointmentIcs(facts({ channel: "PHONE" }), "REQUEST")).event.location).toBe(
      "Telefon",
    );
    expect(
      parse(
        buildAppointmentIcs(
          facts({ channel: "VIDEO", videoUrl: "https://video.musterstadt.example/raum-7" }),
          "REQUEST",
        ),
      ).event.location,
    ).toBe("https://video.musterstadt.example/raum-7");
  });

  it("never names a sensitive subject: neutral title, no documents", () => {
    const ics = buildAppointmentIcs(
      facts({
        topicLabel: "consultation",
        sensitive: true,
        documents: [{ title: "Schreiben der Gläubiger", note: "Schulden und Mahnungen" }],
      }),
      "REQUEST",
    );
    expect(parse(ics).event.summary).toBe("Beratungsgespräch – Sozialagentur Musterstadt");
    expect(ics).not.toMatch(/schuld|gläubiger|mahnung/i);
  });

  it("writes the texts in the booked language", () => {
    const ics = buildAppointmentIcs(facts({ locale: "ar" }), "REQUEST");
    // Falls back to German until the Arabic texts exist; the file stays valid either way.
    expect(parse(ics).event.summary).toMatch(/ – /);
  });
});

describe("appointmentIcs", () => {
  it("reads the appointment; a move raises SEQUENCE, a cancellation cancels the same UID", async () => {
    const now = new Date();
    const topic = await createTopic(prisma, {
      durationMinutes: 45,
      bufferMinutes: 0,
      sensitive: true,
    });
    const staff = await createStaff(prisma, [topic.id]);
    const office = await createAgencyOffice(prisma);
    const day = dayAhead(now, 4);
    const booked = await bookAppointment(
      {
        booker: { kind: "guest" },
        topicKey: topic.key,
        staffId: staff.id,
        officeId: office.id,
        startsAt: at(day, 9),
        channel: "IN_PERSON",
        citizenName: "Gast",
        citizenEmail: `gast-${topic.key}@example.net`,
        documents: [{ title: "Schuldenaufstellung" }],
      },
      { now },
    );
    if (!booked.ok) throw new Error(booked.reason);
    const id = booked.appointment.id;

    const first = parse(await appointmentIcs(id, "PUBLISH"));
    expect(first.event.uid).toBe(icalUid(id));
    expect(first.event.sequence).toBe(0);
    expect(first.vevent.getFirstPropertyValue("status")).toBe("TENTATIVE");
    expect(first.event.summary).toBe("Beratungsgespräch – Sozialagentur Musterstadt");
    const known = await appointmentFacts(id);
    expect(first.vevent.getFirstPropertyValue("url")).toBe(known?.manageUrl);
    expect(known?.manageUrl).toMatch(/\/de\/appointments\/[A-Za-z0-9_-]{43}$/);

    const moved = await rescheduleAppointment(
      { appointmentId: id, startsAt: at(day, 11), by: "staff" },
      { now },
    );
    expect(moved.ok).toBe(true);
    const second = parse(await appointmentIcs(id, "REQUEST"));
    expect(second.event.uid).toBe(icalUid(id));
    expect(second.event.sequence).toBe(1);
    expect(second.event.startDate.toJSDate().getTime()).toBe(at(day, 11).getTime());

    expect((await cancelAppointment(id, { now })).ok).toBe(true);
    const third = parse(await appointmentIcs(id, "CANCEL"));
    expect(third.event.sequence).toBe(2);
    expect(third.vevent.getFirstPropertyValue("status")).toBe("CANCELLED");

    await expect(appointmentIcs("does-not-exist", "PUBLISH")).rejects.toThrow();
  });
});

describe("GET /:lang/appointments/:token/calendar.ics", () => {
  async function load(lang: string, token: string): Promise<Response> {
    const { loader } = await import("~/routes/$lang.appointments.$token.calendar[.ics]");
    const request = new Request(`http://localhost/${lang}/appointments/${token}/calendar.ics`);
    try {
      return await loader({ request, params: { lang, token }, context: {} as AppLoadContext });
    } catch (thrown) {
      if (thrown instanceof Response) return thrown;
      throw thrown;
    }
  }

  it("answers the file for the manage link, the CANCEL form once cancelled, 404 otherwise", async () => {
    const now = new Date();
    const topic = await createTopic(prisma, { durationMinutes: 30, bufferMinutes: 0 });
    const staff = await createStaff(prisma, [topic.id]);
    const office = await createAgencyOffice(prisma);
    const booked = await bookAppointment(
      {
        booker: { kind: "guest" },
        topicKey: topic.key,
        staffId: staff.id,
        officeId: office.id,
        startsAt: at(dayAhead(now, 5), 10),
        channel: "PHONE",
        citizenName: "Gast",
        citizenEmail: `ics-${topic.key}@example.net`,
      },
      { now },
    );
    if (!booked.ok) throw new Error(booked.reason);
    const { appointment, manageToken } = booked;

    const response = await load("de", manageToken);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="termin-${appointment.reference}.ics"`,
    );
    const held = parse(await response.text());
    expect(held.calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(held.vevent.getFirstPropertyValue("status")).toBe("TENTATIVE");
    expect(held.event.uid).toBe(icalUid(appointment.id));

    expect((await cancelAppointment(appointment.id, { now })).ok).toBe(true);
    const cancelled = parse(await (await load("de", manageToken)).text());
    expect(cancelled.calendar.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(cancelled.vevent.getFirstPropertyValue("status")).toBe("CANCELLED");

    expect((await load("de", "A".repeat(43))).status).toBe(404);
    expect((await load("de", "../etc")).status).toBe(404);
    expect((await load("xx", manageToken)).status).toBe(404);
  });
});

describe("parseDocuments", () => {
  it("keeps well-formed entries only", () => {
    expect(
      parseDocuments(JSON.stringify([{ title: " Ausweis ", note: "" }, { note: "x" }, 3, null])),
    ).toEqual([{ title: "Ausweis" }]);
    expect(parseDocuments("not json")).toEqual([]);
    expect(parseDocuments(null)).toEqual([]);
  });
});
