// The appointment mails as the person reads them: German texts, the booked
// language's direction and dates, the calendar event, and no sensitive subject
// where others may see it.
import ICAL from "ical.js";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "~/utils/db.server";
import { sendOptionsOf } from "~/utils/mail.server";
import { bookAppointment } from "./book.server";
import { cancelAppointment, rescheduleAppointment } from "./change.server";
import { confirmHold } from "./holds.server";
import type { AppointmentFacts } from "./ical.server";
import { notifyAppointment, renderAppointmentMail } from "./notify.server";
import { icalUid } from "./rules";
import {
  at,
  createAgencyOffice,
  createStaff,
  createTopic,
  dayAhead,
  uid,
} from "./testing/fixtures";

// The mails these tests queue stay pending (no SMTP here): remove them, so the
// worker's shared outbox does not grow for the test files that run after this one.
const started = new Date();
afterAll(async () => {
  await prisma.outboxMail.deleteMany({ where: { nextAttemptAt: { gte: started } } });
});

const MANAGE = "https://portal.example/de/appointments/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

function facts(
  overrides: Partial<AppointmentFacts> = {},
): AppointmentFacts & { citizenEmail: string } {
  return {
    id: "cm0appointment1",
    reference: "T-7K3M9Q",
    status: "BOOKED",
    sequence: 0,
    startsAt: new Date("2026-03-30T07:00:00Z"), // Monday 09:00 Berlin (summer time)
    endsAt: new Date("2026-03-30T07:45:00Z"),
    channel: "IN_PERSON",
    topicLabel: "buergergeld",
    sensitive: false,
    locale: "de",
    citizenName: "Amira Yılmaz",
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
    manageUrl: MANAGE,
    ...overrides,
    citizenEmail: "amira@example.net",
  };
}

function event(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no VEVENT");
  return {
    method: calendar.getFirstPropertyValue("method"),
    vevent,
    event: new ICAL.Event(vevent),
  };
}

describe("renderAppointmentMail (German)", () => {
  it("held: confirm within the hold time on the manage page; no calendar file yet", async () => {
    const now = new Date("2026-03-20T10:00:00Z");
    const mail = await renderAppointmentMail(
      "held",
      facts({ status: "HELD", confirmedAt: null, holdExpiresAt: new Date("2026-03-20T10:30:00Z") }),
      { now },
    );
    expect(mail.subject).toBe(
      "Bitte bestätigen Sie Ihren Termin: Fragen zum Bürgergeld am 30.03.2026, 09:00",
    );
    expect(mail.text).toContain("Guten Tag Amira Yılmaz,");
    expect(mail.text).toContain("Bitte bestätigen Sie ihn innerhalb von 30 Minuten.");
    expect(mail.text).toContain(`„Termin bestätigen“.\n${MANAGE}`);
    expect(mail.text).toContain("Datum und Uhrzeit: Montag, 30. März 2026, 09:00 bis 09:45 Uhr");
    expect(mail.text).toContain("Ort: Sozialagentur Mitte, Marktplatz 1, 12345 Musterstadt");
    expect(mail.html).toContain(`<a href="${MANAGE}">Termin bestätigen</a>`);
    expect(mail.icalEvent).toBeUndefined();
    expect(mail.attachments).toBeUndefined();
  });

  it("confirmed: everything to prepare, the QR code inline and the iMIP REQUEST", async () => {
    const mail = await renderAppointmentMail("confirmed", facts());
    expect(mail.subject).toBe("Terminbestätigung: Fragen zum Bürgergeld am 30.03.2026, 09:00");
    expect(mail.locale).toBe("de");
    for (const line of [
      "Ihr Termin ist fest gebucht.",
      "Anliegen: Fragen zum Bürgergeld",
      "Datum und Uhrzeit: Montag, 30. März 2026, 09:00 bis 09:45 Uhr",
      "Art des Gesprächs: Vor Ort",
      "Ort: Sozialagentur Mitte, Marktplatz 1, 12345 Musterstadt",
      "Buchungsnummer: T-7K3M9Q",
      "https://www.openstreetmap.org/?mlat=51.5&mlon=7.46#map=18/51.5/7.46",
      "Worum es im Gespräch geht",
      "Fragen zu Ihrem Antrag auf Bürgergeld",
      "Bitte bringen Sie diese Unterlagen mit:\n- Personalausweis\n- Kontoauszüge (der letzten 3 Monate)",
      "Zeigen Sie am Empfang den QR-Code oder nennen Sie die Nummer.",
      `Mit diesem Link können Sie Ihren Termin ansehen, verschieben oder absagen:\n${MANAGE}`,
      "Im Anhang finden Sie den Termin für Ihren Kalender.",
      "Mit freundlichen Grüßen",
    ])
      expect(mail.text).toContain(line);
    expect(mail.html).toMatch(/^<!doctype html><html lang="de" dir="ltr">/);
    expect(mail.html).toContain("<bdi>T-7K3M9Q</bdi>");
    const qr = mail.attachments?.[0];
    expect(qr).toMatchObject({ contentType: "image/png", encoding: "base64" });
    expect(mail.html).toContain(
      `<img src="cid:${qr?.cid}" alt="QR-Code mit Ihrer Buchungsnummer T-7K3M9Q"`,
    );
    expect(
      Buffer.from(qr?.content ?? "", "base64")
        .subarray(1, 4)
        .toString(),
    ).toBe("PNG");

    expect(mail.icalEvent).toMatchObject({ method: "REQUEST", filename: "termin-T-7K3M9Q.ics" });
    const { method, event: e } = event(mail.icalEvent?.content ?? "");
    expect(method).toBe("REQUEST");
    expect(e.uid).toBe(icalUid("cm0appointment1"));
  });

  it("confirmed by phone or video: the call or the video link instead of a place", async () => {
    const phone = await renderAppointmentMail(
      "confirmed",
      facts({ channel: "PHONE", citizenPhone: "+49 170 1234567" }),
    );
    expect(phone.text).toContain("Art des Gesprächs: Telefon");
    expect(phone.text).toContain(
      "Wir rufen Sie zur vereinbarten Zeit unter dieser Nummer an: +49 170 1234567.",
    );
    expect(phone.text).not.toContain("Ort:");
    expect(phone.text).toContain("Bitte legen Sie diese Unterlagen für das Gespräch bereit:");
    expect(phone.html).toContain("<bdi>+49 170 1234567</bdi>");
    const unknown = await renderAppointmentMail("confirmed", facts({ channel: "PHONE" }));
    expect(unknown.text).toContain("Bitte nennen Sie uns vorher Ihre Telefonnummer.");

    const video = await renderAppointmentMail(
      "confirmed",
      facts({ channel: "VIDEO", videoUrl: "https://video.musterstadt.example/raum-7" }),
    );
    expect(video.text).toContain("Das Gespräch findet per Video statt.");
    expect(video.text).toContain("https://video.musterstadt.example/raum-7");
    const pending = await renderAppointmentMail("confirmed", facts({ channel: "VIDEO" }));
    expect(pending.text).toContain(
      "Den Link zum Gespräch bekommen Sie rechtzeitig vor dem Termin.",
    );
  });

  it("rescheduled: the new time and an update of the same calendar event", async () => {
    const mail = await renderAppointmentMail(
      "rescheduled",
      facts({
        sequence: 1,
        startsAt: new Date("2026-04-02T12:30:00Z"),
        endsAt: new Date("2026-04-02T13:15:00Z"),
      }),
    );
    expect(mail.subject).toBe(
      "Termin verschoben: Fragen zum Bürgergeld jetzt am 02.04.2026, 14:30",
    );
    expect(mail.text).toContain("Ihr Termin wurde verschoben.");
    expect(mail.text).toContain("Donnerstag, 2. April 2026, 14:30 bis 15:15 Uhr");
    expect(mail.text).toContain("Viele Kalender übernehmen die neue Zeit automatisch.");
    const { method, event: e } = event(mail.icalEvent?.content ?? "");
    expect(method).toBe("REQUEST");
    expect(e.sequence).toBe(1);
  });

  it("cancelled by staff: the reason, a way to book again and the iMIP CANCEL", async () => {
    const mail = await renderAppointmentMail(
      "cancelled",
      facts({
        status: "CANCELLED",
        sequence: 2,
        cancelledByStaff: true,
        cancelReason: "Ihre Fallmanagerin ist erkrankt.",
      }),
    );
    expect(mail.subject).toBe("Termin abgesagt: Fragen zum Bürgergeld am 30.03.2026, 09:00");
    expect(mail.text).toContain("Leider müssen wir Ihren Termin absagen.");
    expect(mail.text).toContain("Grund der Absage: Ihre Fallmanagerin ist erkrankt.");
    expect(mail.text).toContain("Einen neuen Termin können Sie hier buchen:\nhttp");
    expect(mail.text).toContain("Viele Kalender löschen den Termin automatisch.");
    expect(mail.icalEvent?.method).toBe("CANCEL");
    const { method, vevent } = event(mail.icalEvent?.content ?? "");
    expect(method).toBe("CANCEL");
    expect(vevent.getFirstPropertyValue("status")).toBe("CANCELLED");

    const byCitizen = await renderAppointmentMail(
      "cancelled",
      facts({ status: "CANCELLED", cancelReason: "privat" }),
    );
    expect(byCitizen.text).toContain("Ihr Termin wurde abgesagt.");
    expect(byCitizen.text).not.toContain("Grund der Absage");
    // Never confirmed: there is no calendar event to remove.
    const hold = await renderAppointmentMail(
      "cancelled",
      facts({ status: "CANCELLED", confirmedAt: null }),
    );
    expect(hold.icalEvent).toBeUndefined();
  });

  it("reminder: short, with time, place, documents, reference and manage link; no iMIP", async () => {
    const mail = await renderAppointmentMail("reminder", facts());
    expect(mail.subject).toBe(
      "Erinnerung an Ihren Termin: Fragen zum Bürgergeld am 30.03.2026, 09:00",
    );
    expect(mail.text).toContain("wir erinnern Sie an Ihren Termin bei uns.");
    expect(mail.text).toContain("09:00 bis 09:45 Uhr");
    expect(mail.text).toContain("- Personalausweis");
    expect(mail.text).toContain("Buchungsnummer: T-7K3M9Q");
    expect(mail.text).toContain(MANAGE);
    expect(mail.icalEvent).toBeUndefined();
  });

  it("escapes what people typed", async () => {
    const mail = await renderAppointmentMail(
      "cancelled",
      facts({
        citizenName: '<script>alert("x")</script>',
        cancelledByStaff: true,
        cancelReason: "<b>Umzug</b> & mehr",
      }),
    );
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).not.toContain("<b>Umzug");
    expect(mail.html).toContain("&#60;b&#62;Umzug&#60;/b&#62; &#38; mehr");
  });
});

describe("renderAppointmentMail (Arabic)", () => {
  it.each(["held", "confirmed", "rescheduled", "cancelled", "reminder"] as const)(
    "%s: right-to-left, dates in Arabic, values isolated",
    async (kind) => {
      const mail = await renderAppointmentMail(
        kind,
        facts({ locale: "ar", status: kind === "cancelled" ? "CANCELLED" : "BOOKED" }),
      );
      expect(mail.locale).toBe("ar");
      expect(mail.html).toMatch(/^<!doctype html><html lang="ar" dir="rtl">/);
      const arabicDate = new Intl.DateTimeFormat("ar", {
        timeZone: "Europe/Berlin",
        dateStyle: "full",
      }).format(new Date("2026-03-30T07:00:00Z"));
      expect(mail.text).toContain(arabicDate);
      expect(mail.html).toContain("<bdi>T-7K3M9Q</bdi>");
      expect(mail.subject.length).toBeGreaterThan(0);
    },
  );
});

describe("sensitive topics", () => {
  it("show only the neutral label in subject, calendar and reminder", async () => {
    const sensitive = facts({
      topicLabel: "consultation",
      sensitive: true,
      documents: [{ title: "Schreiben der Gläubiger", note: "Schulden und Mahnungen" }],
    });
    const secret = /schuld|gläubiger|mahnung/i;
    for (const kind of ["held", "confirmed", "rescheduled", "cancelled", "reminder"] as const) {
      const mail = await renderAppointmentMail(kind, sensitive);
      expect(mail.subject).toContain("Beratungsgespräch");
      expect(mail.subject).not.toMatch(secret);
      expect(mail.icalEvent?.content ?? "").not.toMatch(secret);
    }
    const reminder = await renderAppointmentMail("reminder", sensitive);
    expect(reminder.text).not.toMatch(secret);
    expect(reminder.text).toContain(
      "Welche Unterlagen Sie brauchen, sehen Sie auf der Seite Ihres Termins.",
    );
    // The confirmation goes to the person alone: it lists what to bring.
    const confirmed = await renderAppointmentMail("confirmed", sensitive);
    expect(confirmed.text).toContain("Schreiben der Gläubiger");
    expect(confirmed.text).toContain("Ein vertrauliches Gespräch über Ihr Anliegen.");
  });
});

describe("notifyAppointment", () => {
  async function setup(sensitive = false) {
    const topic = await createTopic(prisma, { durationMinutes: 45, bufferMinutes: 0, sensitive });
    const staff = await createStaff(prisma, [topic.id]);
    const office = await createAgencyOffice(prisma);
    await prisma.office.update({ where: { id: office.id }, data: { lat: 51.51, lng: 7.47 } });
    return { topic, staff, office };
  }

  const outbox = (to: string) =>
    prisma.outboxMail.findMany({ where: { to }, orderBy: { createdAt: "asc" } });

  it("queues each mail of a guest's booking in the outbox, with the calendar event", async () => {
    const now = new Date();
    const { topic, staff, office } = await setup();
    const email = `guest-${uid()}@example.net`;
    const booked = await bookAppointment(
      {
        booker: { kind: "guest" },
        topicKey: topic.key,
        staffId: staff.id,
        officeId: office.id,
        startsAt: at(dayAhead(now, 5), 9),
        channel: "IN_PERSON",
        citizenName: "Gast Person",
        citizenEmail: email,
        locale: "de",
        documents: [{ title: "Mietvertrag" }],
      },
      { now },
    );
    if (!booked.ok) throw new Error(booked.reason);
    const id = booked.appointment.id;

    await notifyAppointment({ kind: "held", appointmentId: id });
    expect((await confirmHold(id, { now })).ok).toBe(true);
    await notifyAppointment({ kind: "confirmed", appointmentId: id });
    const moved = await rescheduleAppointment(
      { appointmentId: id, startsAt: at(dayAhead(now, 5), 11), by: "citizen" },
      { now },
    );
    expect(moved.ok).toBe(true);
    await notifyAppointment({ kind: "rescheduled", appointmentId: id });
    expect((await cancelAppointment(id, { now })).ok).toBe(true);
    await notifyAppointment({ kind: "cancelled", appointmentId: id });

    const rows = await outbox(email);
    expect(rows.map((r) => r.subject.split(":")[0])).toEqual([
      "Bitte bestätigen Sie Ihren Termin",
      "Terminbestätigung",
      "Termin verschoben",
      "Termin abgesagt",
    ]);
    const [held, confirmed, rescheduled, cancelled] = rows.map((r) => sendOptionsOf(r.attachments));
    expect(held?.icalEvent).toBeUndefined();
    expect(rows[0]?.text).toMatch(/\/de\/appointments\/[A-Za-z0-9_-]{43}/);
    expect(rows[1]?.text).toContain("- Mietvertrag");
    expect(confirmed?.attachments?.[0]).toMatchObject({ contentType: "image/png" });
    const sequences = [confirmed, rescheduled, cancelled].map((o) => {
      const ics = o?.icalEvent;
      if (!ics || typeof ics !== "object" || !("content" in ics)) throw new Error("no event");
      const { method, event: e } = event(String(ics.content));
      expect(e.uid).toBe(icalUid(id));
      return [method, e.sequence];
    });
    expect(sequences).toEqual([
      ["REQUEST", 0],
      ["REQUEST", 1],
      ["CANCEL", 2],
    ]);
  });

  it("writes nothing for an appointment without a mail address", async () => {
    const now = new Date();
    const { topic, staff, office } = await setup();
    const booker = await createStaff(prisma, []);
    const name = `Ohne Mail ${uid()}`;
    const booked = await bookAppointment(
      {
        booker: { kind: "staff", userId: booker.id },
        topicKey: topic.key,
        staffId: staff.id,
        officeId: office.id,
        startsAt: at(dayAhead(now, 6), 10),
        channel: "IN_PERSON",
        citizenName: name,
      },
      { now },
    );
    if (!booked.ok) throw new Error(booked.reason);
    const before = await prisma.outboxMail.count();
    await notifyAppointment({ kind: "confirmed", appointmentId: booked.appointment.id });
    await notifyAppointment({ kind: "reminder", appointmentId: booked.appointment.id });
    await notifyAppointment({ kind: "confirmed", appointmentId: "unknown" });
    expect(await prisma.outboxMail.count()).toBe(before);
  });

  it("writes with the caller's transaction: no mail when it rolls back", async () => {
    const now = new Date();
    const { topic, staff, office } = await setup(true);
    const email = `tx-${uid()}@example.net`;
    const booked = await bookAppointment(
      {
        booker: { kind: "guest" },
        topicKey: topic.key,
        staffId: staff.id,
        officeId: office.id,
        startsAt: at(dayAhead(now, 7), 9),
        channel: "PHONE",
        citizenName: "Gast",
        citizenEmail: email,
      },
      { now },
    );
    if (!booked.ok) throw new Error(booked.reason);
    const id = booked.appointment.id;
    await expect(
      prisma.$transaction(async (tx) => {
        await notifyAppointment({ kind: "held", appointmentId: id }, tx);
        expect(await tx.outboxMail.count({ where: { to: email } })).toBe(1);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await outbox(email)).toHaveLength(0);

    await prisma.$transaction((tx) => notifyAppointment({ kind: "held", appointmentId: id }, tx));
    const [row] = await outbox(email);
    expect(row?.subject).toMatch(/^Bitte bestätigen Sie Ihren Termin: Beratungsgespräch am /);
  });
});

describe("a topic label without a text", () => {
  it("reads as the neutral label, never as a translation key", async () => {
    const mail = await renderAppointmentMail("confirmed", facts({ topicLabel: "t-new-topic" }));
    expect(mail.subject).toBe("Terminbestätigung: Beratungsgespräch am 30.03.2026, 09:00");
    expect(mail.text).not.toContain("topics.");
    expect(mail.text).not.toContain("Worum es im Gespräch geht");
    expect(mail.icalEvent?.content).toContain(
      "SUMMARY:Beratungsgespräch – Sozialagentur Musterstadt",
    );
  });
});
