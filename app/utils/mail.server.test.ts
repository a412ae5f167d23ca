// Mail goes through a real SMTP server on loopback; when it is down nothing
// is lost and the mail is sent once it is back.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as MailModule from "./mail.server";
import type * as DbModule from "./db.server";
import type * as TemplatesModule from "~/domain/mail/templates.server";

const received: { to: string; raw: string }[] = [];
let server: SMTPServer;
let port = 0;

function startServer(p = 0) {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    disableReverseLookup: true,
    onData(stream, session, cb) {
      let raw = "";
      stream.on("data", (c: Buffer) => (raw += c.toString()));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(","), raw });
        cb();
      });
    },
  });
  return new Promise<void>((resolve) =>
    server.listen(p, "127.0.0.1", () => {
      port = (server.server.address() as AddressInfo).port;
      resolve();
    }),
  );
}

let mail: typeof MailModule;
let prisma: typeof DbModule.prisma;
let renderMail: typeof TemplatesModule.renderMail;

beforeAll(async () => {
  await startServer();
  mail = await import("./mail.server");
  ({ prisma } = await import("./db.server"));
  ({ renderMail } = await import("~/domain/mail/templates.server"));
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

/** The SMTP server of this test, passed explicitly: no environment involved. */
const smtp = () => nodemailer.createTransport(`smtp://127.0.0.1:${port}`);

/** Sends everything due (mails other test files left pending in this worker's database too). */
async function deliverAll(at: Date) {
  for (let round = 0; round < 50; round++) {
    if ((await mail.deliverDue(at, 20, smtp())) === 0) return;
  }
}

describe("mail outbox", () => {
  it("sends in the recipient's language through SMTP", async () => {
    const to = `m-${Date.now()}@example.net`;
    await mail.queueMail(
      renderMail("resetPassword", to, "tr", {
        name: "Amira",
        link: "https://x.example/tr/reset-password?token=abc",
        minutes: 30,
      }),
    );
    await deliverAll(new Date(Date.now() + 1000));
    const got = received.find((r) => r.to === to);
    const stored = await prisma.outboxMail.findFirstOrThrow({ where: { to } });
    expect({ status: stored.status, error: stored.lastError }).toEqual({
      status: "sent",
      error: null,
    });
    expect(got?.raw).toContain("Content-Language: tr");
    const row = await prisma.outboxMail.findFirstOrThrow({ where: { to } });
    expect(row.status).toBe("sent");
    expect(row.subject).not.toBe(renderMail("resetPassword", to, "de", {}).subject);
  });

  it("keeps mails while the server is down and retries later", async () => {
    await new Promise<void>((r) => server.close(() => r()));
    const to = `down-${Date.now()}@example.net`;
    await mail.queueMail({ to, locale: "de", subject: "Test", text: "Hallo" });
    await mail.deliverDue(new Date(Date.now() + 1000), 20, smtp());
    let row = await prisma.outboxMail.findFirstOrThrow({ where: { to } });
    expect(row.status).toBe("pending");
    expect(row.attempts).toBeGreaterThanOrEqual(1);
    expect(row.lastError).toBeTruthy();
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());

    await startServer(port);
    await deliverAll(new Date(row.nextAttemptAt.getTime() + 1));
    row = await prisma.outboxMail.findFirstOrThrow({ where: { to } });
    expect(row.status).toBe("sent");
    expect(received.filter((r) => r.to === to)).toHaveLength(1);
  });

  it("never sends a mail twice when two workers run at once", async () => {
    const to = `race-${Date.now()}@example.net`;
    await prisma.outboxMail.create({
      data: {
        to,
        locale: "de",
        subject: "Race",
        text: "x",
        nextAttemptAt: new Date(Date.now() - 1000),
      },
    });
    const [a, b, c] = [smtp(), smtp(), smtp()];
    await Promise.all([
      mail.deliverDue(new Date(), 20, a),
      mail.deliverDue(new Date(), 20, b),
      mail.deliverDue(new Date(), 20, c),
    ]);
    expect(received.filter((r) => r.to === to)).toHaveLength(1);
  });

  it("sends a calendar event the iMIP way and inline images by cid", async () => {
    const to = `ical-${Date.now()}@example.net`;
    const ics = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Test//Test//DE",
      "METHOD:REQUEST",
      "BEGIN:VEVENT",
      "UID:x@test",
      "DTSTAMP:20260101T000000Z",
      "DTSTART:20260330T070000Z",
      "SUMMARY:Termin",
      "END:VEVENT",
      "END:VCALENDAR",
    ].join("\r\n");
    await mail.queueMail({
      to,
      locale: "de",
      subject: "Termin",
      text: "Hallo",
      html: '<p>Hallo <img src="cid:qr@test" alt="QR"></p>',
      attachments: [
        {
          filename: "qr.png",
          content: Buffer.from("not really a png").toString("base64"),
          contentType: "image/png",
          encoding: "base64",
          cid: "qr@test",
        },
      ],
      icalEvent: { method: "REQUEST", filename: "termin-T-1.ics", content: ics },
    });
    const stored = await prisma.outboxMail.findFirstOrThrow({ where: { to } });
    expect(mail.sendOptionsOf(stored.attachments)).toMatchObject({
      icalEvent: { method: "REQUEST", filename: "termin-T-1.ics", content: ics },
      attachments: [{ filename: "qr.png", cid: "qr@test", encoding: "base64" }],
    });
    await deliverAll(new Date(Date.now() + 1000));
    const raw = received.find((r) => r.to === to)?.raw ?? "";
    expect(raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
    expect(raw).toMatch(/Content-Type: application\/ics; name=termin-T-1\.ics/i);
    expect(raw).toMatch(/Content-Type: multipart\/related/i);
    expect(raw).toMatch(/Content-ID: <qr@test>/i);
  });

  it("passes only known attachment fields to nodemailer", () => {
    const options = mail.sendOptionsOf(
      JSON.stringify([
        { filename: "x.txt", content: "x", contentType: "text/plain", path: "/etc/passwd" },
      ]),
    );
    expect(options.attachments?.[0]).not.toHaveProperty("path");
    expect(mail.sendOptionsOf(null)).toEqual({});
  });

  it("backs off longer after each failure, up to an hour", () => {
    expect(mail.backoffMs(1)).toBe(15_000);
    expect(mail.backoffMs(2)).toBe(30_000);
    expect(mail.backoffMs(20)).toBe(60 * 60 * 1000);
  });
});
