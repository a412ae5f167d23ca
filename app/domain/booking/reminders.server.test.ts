import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient, prisma } from "~/utils/db.server";
import { createAppointment } from "../../../tests/factories/appointments";
import { bookAppointment } from "./book.server";
import { rescheduleAppointment } from "./change.server";
import * as notify from "./notify.server";
import {
  DEFAULT_REMINDER_HOURS,
  REMINDER_HOURS_SETTING,
  reminderHours,
  sendDueReminders,
} from "./reminders.server";
import {
  at,
  createAgencyOffice,
  createCitizen,
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

// The real notifier, wrapped so one test can make it fail.
vi.mock("./notify.server", async (importOriginal) => {
  const actual = await importOriginal<typeof notify>();
  return {
    ...actual,
    notifyAppointment: vi.fn(actual.notifyAppointment),
    realNotify: actual.notifyAppointment,
  };
});
const notifyImpl = (notify as unknown as { realNotify: typeof notify.notifyAppointment })
  .realNotify;

async function bookedAppointment(now: Date, daysAhead: number, hour = 9) {
  const topic = await createTopic(prisma, { durationMinutes: 45, bufferMinutes: 10 });
  const staff = await createStaff(prisma, [topic.id]);
  const office = await createAgencyOffice(prisma);
  const citizen = await createCitizen(prisma);
  const day = dayAhead(now, daysAhead);
  const booked = await bookAppointment(
    {
      booker: { kind: "citizen", userId: citizen.id },
      topicKey: topic.key,
      staffId: staff.id,
      officeId: office.id,
      startsAt: at(day, hour),
      channel: "PHONE",
      citizenName: "Test",
    },
    { now },
  );
  if (!booked.ok) throw new Error(booked.reason);
  return { id: booked.appointment.id, email: citizen.email, day };
}

const reminders = (email: string) =>
  prisma.outboxMail.findMany({ where: { to: email, subject: { startsWith: "Erinnerung" } } });

describe("sendDueReminders", () => {
  it("claims each reminder once with its one queued mail, again after a move", async () => {
    const now = new Date();
    const { id, email, day } = await bookedAppointment(now, 3);
    // The job runs the day before.
    const jobTime = new Date(at(day, 9).getTime() - 20 * 3_600_000);
    const mine = (run: { sent: string[] }) => run.sent.filter((s) => s === id);

    const runs = await Promise.all([1, 2, 3, 4].map(() => sendDueReminders(jobTime)));
    expect(runs.flatMap(mine)).toHaveLength(1);
    expect(mine(await sendDueReminders(jobTime))).toHaveLength(0);
    const [mail, ...more] = await reminders(email);
    expect(more).toHaveLength(0);
    expect(mail?.subject).toMatch(/^Erinnerung an Ihren Termin: /);
    expect(mail?.text).toContain("wir erinnern Sie an Ihren Termin bei uns.");
    const row = await prisma.appointment.findUniqueOrThrow({ where: { id } });
    expect(row.reminderClaimedAt?.getTime()).toBe(jobTime.getTime());

    // Not yet due: more than 24 hours ahead.
    expect(mine(await sendDueReminders(new Date(at(day, 9).getTime() - 30 * 3_600_000)))).toEqual(
      [],
    );

    // Moved: the new time gets its own reminder.
    const moved = await rescheduleAppointment(
      { appointmentId: id, startsAt: at(day, 10), by: "staff" },
      { now },
    );
    expect(moved.ok).toBe(true);
    expect(mine(await sendDueReminders(jobTime))).toEqual([id]);
    expect(await reminders(email)).toHaveLength(2);
  });

  it("honours the lead time it is given", async () => {
    const now = new Date();
    const { id, day } = await bookedAppointment(now, 4, 11);
    const twoDaysBefore = new Date(at(day, 11).getTime() - 47 * 3_600_000);
    expect((await sendDueReminders(twoDaysBefore)).sent).not.toContain(id);
    expect((await sendDueReminders(twoDaysBefore, { aheadHours: 48 })).sent).toContain(id);
  });

  it("keeps the reminder unclaimed when its mail cannot be written, and sends it next time", async () => {
    const now = new Date();
    const { id, email, day } = await bookedAppointment(now, 5, 13);
    const jobTime = new Date(at(day, 13).getTime() - 3_600_000);
    vi.mocked(notify.notifyAppointment).mockImplementation(async (notice, db) => {
      if (notice.appointmentId === id) throw new Error("template broken");
      return notifyImpl(notice, db);
    });
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const failed = await sendDueReminders(jobTime);
      expect(failed.sent).not.toContain(id);
      expect(failed.skipped).toBeGreaterThanOrEqual(1);
      expect(logged).toHaveBeenCalledWith("reminder", id, expect.any(Error));
    } finally {
      logged.mockRestore();
      vi.mocked(notify.notifyAppointment).mockImplementation(notifyImpl);
    }
    expect((await prisma.appointment.findUniqueOrThrow({ where: { id } })).reminderClaimedAt).toBe(
      null,
    );
    expect(await reminders(email)).toHaveLength(0);

    expect((await sendDueReminders(jobTime)).sent).toContain(id);
    expect(await reminders(email)).toHaveLength(1);
  });
});

// One server process running the reminder job (three overlapping runs of it).
const JOB_PROCESS = `
const readline = require("node:readline");
import("~/domain/booking/reminders.server").then(async ({ sendDueReminders }) => {
  const { prisma } = await import("~/utils/db.server");
  await prisma.$queryRaw\`SELECT 1\`;
  process.stdout.write("ready\\n");
  const lines = readline.createInterface({ input: process.stdin });
  await new Promise((resolve) => lines.once("line", resolve));
  lines.close();
  const at = new Date(process.env.JOB_TIME);
  const runs = await Promise.all([1, 2, 3].map(() => sendDueReminders(at)));
  process.stdout.write(JSON.stringify(runs.flatMap((r) => r.sent)) + "\\n");
  await prisma.$disconnect();
  process.exit(0);
});
`;

function startJobProcess(file: string, jobTime: Date) {
  const child = spawn(path.resolve("node_modules/.bin/tsx"), ["-e", JOB_PROCESS], {
    env: {
      ...process.env,
      DATABASE_URL: `file:${file}`,
      JOB_TIME: jobTime.toISOString(),
      LINK_SECRET: "x".repeat(40),
      SMTP_URL: "",
      NODE_ENV: "test",
    },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const output: string[] = [];
  let onReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  readline
    .createInterface({ input: child.stdout })
    .on("line", (line) => (line === "ready" ? onReady() : output.push(line)));
  const done = new Promise<string[]>((resolve, reject) =>
    child.on("exit", (code) => {
      const last = output.at(-1);
      if (code !== 0 || !last) reject(new Error(`job process exited with ${code}: ${stderr}`));
      else resolve(JSON.parse(last) as string[]);
    }),
  );
  return { ready, go: () => child.stdin.end("go\n"), done };
}

describe("sendDueReminders in two server processes", () => {
  it("claims every reminder exactly once, each with one queued mail", async () => {
    const dir = process.env.TEST_DB_DIR ?? path.resolve("data/test");
    const file = path.join(dir, `reminders-${process.pid}-${uid()}.db`);
    fs.copyFileSync(path.join(dir, "template.db"), file);
    const db = createPrismaClient(`file:${file}`);
    try {
      const now = new Date();
      const day = dayAhead(now, 2);
      const office = await createAgencyOffice(db);
      const appointments = [];
      for (let i = 0; i < 12; i++) {
        const staff = await createStaff(db, []);
        appointments.push(
          await createAppointment(db, {
            staffId: staff.id,
            officeId: office.id,
            startsAt: at(day, 8, i * 5),
            citizenEmail: `two-${i}-${uid()}@example.net`,
          }),
        );
      }
      const jobTime = new Date(at(day, 8).getTime() - 12 * 3_600_000);
      const processes = [startJobProcess(file, jobTime), startJobProcess(file, jobTime)];
      await Promise.all(processes.map((p) => p.ready));
      processes.forEach((p) => p.go());
      const sent = (await Promise.all(processes.map((p) => p.done))).flat();

      const ids = appointments.map((a) => a.id).sort();
      expect([...sent].sort()).toEqual(ids);
      const mails = await db.outboxMail.findMany({
        where: { to: { in: appointments.map((a) => a.citizenEmail ?? "") } },
        select: { to: true, subject: true },
      });
      expect(mails).toHaveLength(appointments.length);
      expect(new Set(mails.map((m) => m.to)).size).toBe(appointments.length);
      expect(mails.every((m) => m.subject.startsWith("Erinnerung"))).toBe(true);
      expect(await db.appointment.count({ where: { reminderClaimedAt: null } })).toBe(0);
    } finally {
      await db.$disconnect();
      for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    }
  }, 60_000);
});

describe("reminderHours", () => {
  it("reads the site setting, falling back to 24 hours", async () => {
    const set = (value: string) =>
      prisma.siteSetting.upsert({
        where: { key: REMINDER_HOURS_SETTING },
        create: { key: REMINDER_HOURS_SETTING, value },
        update: { value },
      });
    await prisma.siteSetting.deleteMany({ where: { key: REMINDER_HOURS_SETTING } });
    expect(await reminderHours()).toBe(DEFAULT_REMINDER_HOURS);
    await set("48");
    expect(await reminderHours()).toBe(48);
    for (const bad of ["0", "-3", "2.5", "viel", "", "1000"]) {
      await set(bad);
      expect(await reminderHours()).toBe(DEFAULT_REMINDER_HOURS);
    }
    await prisma.siteSetting.deleteMany({ where: { key: REMINDER_HOURS_SETTING } });
  });
});
