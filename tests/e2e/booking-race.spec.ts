// "No double booking, ever" over real HTTP (issue 4): two extra server
// processes of the production build on one SQLite file of their own, and 37
// booking drafts POSTed to /de/book/<topic>/review at the same moment,
// alternating between the two processes. The drafts compete in groups:
//   - overlap:  16 picks of two topics of different lengths and buffers at
//               the one staff member who works that morning; every pick
//               covers 09:30–09:35, some meet others only through a buffer;
//   - sameSlot: 12 × the same time, only one staff member free;
//   - pair:     8 × the same time, two staff members free (bookPick tries
//               the next one when the first is taken): exactly two winners;
//   - single:   1 pick nobody competes for: it must win.
// Every answer is a redirect – to the confirmation (winner) or back to the
// free times with taken=1 (loser, draft kept) – never a 5xx or an error page,
// and the rows afterwards hold no overlap and exactly the winners' lock rows.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { draftCookie } from "../../app/domain/booking/draft.server";
import { spansOverlap, staffLockRows, staffSpan } from "../../app/domain/booking/locks";
import {
  addDays,
  berlinDate,
  fromBerlin,
  isoWeekday,
  type LocalDate,
} from "../../app/domain/scheduling/berlin-time";
import { isNrwHoliday } from "../../app/domain/scheduling/holidays";
import type { PrismaClient } from "../../app/generated/prisma/client";
import { randomToken, sha256 } from "../../app/utils/crypto.server";
import { createPrismaClient } from "../../app/utils/db.server";
import { createOffice, createOrganization } from "../factories/directory";

test.describe.configure({ mode: "serial" });

const TSX = path.resolve("node_modules/.bin/tsx");
const PRISMA = path.resolve("node_modules/.bin/prisma");
const TAKEN_TEXT = (
  JSON.parse(fs.readFileSync(path.resolve("locales/de/booking.json"), "utf8")) as {
    slots: { taken: string };
  }
).slots.taken;

type Group = "overlap" | "sameSlot" | "pair" | "single";
const WINNERS: Record<Group, number> = { overlap: 1, sameSlot: 1, pair: 2, single: 1 };

interface Server {
  base: string;
  child: ChildProcess;
  log: string[];
}

interface Job {
  id: number;
  group: Group;
  topic: string;
  startsAt: Date;
  email: string;
  draftId: string;
  cookie: string;
  server: Server;
}

interface Answer {
  job: Job;
  status: number;
  location: string | null;
  body: string;
}

const uid = () => Math.random().toString(36).slice(2, 10);
const file = path.resolve(`data/e2e/race-${process.pid}-${uid()}.db`);
let db: PrismaClient | null = null;
const servers: Server[] = [];
/** Set at the end of the test: the database file is removed only then. */
let passed = false;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    const child = spawn(cmd, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} exited with ${code}:\n${output}`)),
    );
  });
}

/** The environment of a server process on the race database: no SMTP (mail stays in the outbox). */
function serverEnv(port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: `file:${file}`,
    NODE_ENV: "production",
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    TRUST_PROXY: "loopback",
  };
  delete env.SMTP_URL;
  delete env.DEMO_MODE;
  return env;
}

/** A production server process in its own process group (stopped with its children). */
async function startServer(): Promise<Server> {
  const port = await freePort();
  const child = spawn(TSX, ["server/index.ts"], {
    env: serverEnv(port),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const server: Server = { base: `http://127.0.0.1:${port}`, child, log: [] };
  const keep = (chunk: Buffer) => server.log.push(chunk.toString());
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  servers.push(server);
  return server;
}

async function waitForHealth(server: Server, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null)
      throw new Error(`server ${server.base} exited:\n${server.log.join("")}`);
    try {
      if ((await fetch(`${server.base}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${server.base}/healthz did not answer:\n${server.log.join("")}`);
}

async function stopServer(server: Server) {
  const { child } = server;
  if (child.exitCode !== null || !child.pid) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return; // already gone
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // gone meanwhile
    }
  }, 5_000);
  await exited;
  clearTimeout(timer);
}

/** The first working day at least two days ahead (lead time and a moving "now" never matter). */
function raceDay(): LocalDate {
  let day = addDays(berlinDate(new Date()), 2);
  while (isoWeekday(day) > 5 || isNrwHoliday(day)) day = addDays(day, 1);
  return day;
}

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(120_000);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await run(PRISMA, ["migrate", "deploy"], { ...process.env, DATABASE_URL: `file:${file}` });
  const started = [await startServer(), await startServer()];
  db = createPrismaClient(`file:${file}`);
  await Promise.all(started.map((s) => waitForHealth(s, 90_000)));
});

test.afterAll(async () => {
  await Promise.all(servers.map(stopServer));
  await db?.$disconnect();
  // Kept when the test failed, for a look at the rows.
  if (passed)
    for (const suffix of ["", "-wal", "-shm", "-journal"])
      fs.rmSync(file + suffix, { force: true });
});

test("simultaneous bookings on two server processes: one winner per overlapping time, no overlap in the rows", async ({}, testInfo) => {
  testInfo.setTimeout(60_000);
  const rows = db!;
  const [one, two] = servers as [Server, Server];

  // The world: one office, two topics of different lengths and buffers, three staff.
  const day = raceDay();
  const weekday = isoWeekday(day);
  const organization = await createOrganization(rows, "AGENCY");
  const office = await createOffice(rows, organization.id); // Mon–Fri 08:00–16:00
  const topicOf = async (minutes: number, buffer: number) =>
    rows.bookingTopic.create({
      data: {
        key: `race-${minutes}-${uid()}`,
        durationMinutes: minutes,
        bufferMinutes: buffer,
        channels: "IN_PERSON",
        leadTimeMinutes: 60,
        horizonDays: 56,
      },
    });
  const long = await topicOf(45, 15);
  const short = await topicOf(30, 10);
  const staffOf = async (topicIds: string[], hours: [string, string]) =>
    rows.user.create({
      data: {
        email: `race-staff-${uid()}@example.net`,
        name: `Fallmanagerin ${uid()}`,
        role: "CASEWORKER",
        languages: { create: { language: "de" } },
        bookingTopics: { createMany: { data: topicIds.map((topicId) => ({ topicId })) } },
        workingHours: {
          create: { officeId: office.id, weekday, startsAt: hours[0], endsAt: hours[1] },
        },
      },
    });
  const morning = await staffOf([long.id, short.id], ["08:00", "12:00"]);
  const afternoon = await staffOf([long.id], ["13:00", "16:00"]);
  const early = await staffOf([long.id], ["13:00", "14:30"]);

  // The picks: [group, topic, Berlin time].
  const picks: [Group, typeof long, string][] = [
    // All contain 09:30–09:35; 45+15 at 08:45 and 30+10 at 09:30 meet only in the buffer.
    ["overlap", long, "08:45"],
    ["overlap", long, "09:00"],
    ["overlap", long, "09:00"],
    ["overlap", long, "09:00"],
    ["overlap", long, "09:15"],
    ["overlap", long, "09:30"],
    ["overlap", long, "09:30"],
    ["overlap", short, "09:00"],
    ["overlap", short, "09:00"],
    ["overlap", short, "09:00"],
    ["overlap", short, "09:15"],
    ["overlap", short, "09:15"],
    ["overlap", short, "09:30"],
    ["overlap", short, "09:30"],
    ["overlap", long, "08:45"],
    ["overlap", short, "09:15"],
    ...Array.from({ length: 12 }, (): [Group, typeof long, string] => ["sameSlot", long, "15:00"]),
    ...Array.from({ length: 8 }, (): [Group, typeof long, string] => ["pair", long, "13:30"]),
    ["single", short, "11:00"],
  ];
  const expectedStaff: Record<Group, string[]> = {
    overlap: [morning.id],
    sameSlot: [afternoon.id],
    pair: [afternoon.id, early.id],
    single: [morning.id],
  };

  // One draft per pick, each with its own address (the daily limit counts per address).
  const perGroup = new Map<Group, number>();
  const jobs: Job[] = [];
  for (const [id, [group, topic, time]] of picks.entries()) {
    const token = randomToken();
    const email = `race-${id}-${uid()}@example.net`;
    const startsAt = fromBerlin(day, time);
    const draft = await rows.bookingDraft.create({
      data: {
        tokenHash: sha256(token),
        expiresAt: new Date(Date.now() + 3_600_000),
        data: JSON.stringify({
          topic: topic.key,
          serviceSlug: null,
          serviceSlugs: [],
          handoffReason: "",
          documents: [],
          pick: {
            startsAt: startsAt.toISOString(),
            officeId: office.id,
            channel: "IN_PERSON",
            language: null,
          },
          details: {
            name: `Wettlauf ${id}`,
            email,
            phone: "",
            reason: `Grund ${id}`,
            interpreter: false,
            interpreterLanguage: "",
            accessibility: "",
          },
        }),
      },
    });
    // Each group alternates between the two processes.
    const n = perGroup.get(group) ?? 0;
    perGroup.set(group, n + 1);
    jobs.push({
      id,
      group,
      topic: topic.key,
      startsAt,
      email,
      draftId: draft.id,
      cookie: (await draftCookie.serialize(token)).split(";")[0]!,
      server: n % 2 === 0 ? one : two,
    });
  }

  // Every picked time is offered (so a loser's "taken" can only be the race),
  // and both processes have run the slot code once before the race.
  for (const [server, topic] of [
    [one, long],
    [two, short],
    [two, long],
    [one, short],
  ] as const) {
    const response = await fetch(
      `${server.base}/de/book/${topic.key}?channel=IN_PERSON&office=${office.id}`,
    );
    expect(response.status).toBe(200);
    const offered = new Set(
      [...(await response.text()).matchAll(/[?;]start=([^&"]+)/g)].map((m) =>
        decodeURIComponent(m[1]!),
      ),
    );
    for (const job of jobs.filter((j) => j.topic === topic.key))
      expect(offered, `${topic.key} at ${job.startsAt.toISOString()} offered`).toContain(
        job.startsAt.toISOString(),
      );
  }

  // The race: every POST at once, the way the review page's form sends it,
  // each on a connection of its own (as separate people's browsers would).
  const fire = (job: Job) =>
    new Promise<Answer>((resolve, reject) => {
      const request = http.request(
        `${job.server.base}/de/book/${job.topic}/review`,
        {
          method: "POST",
          agent: false,
          headers: {
            Cookie: job.cookie,
            Origin: job.server.base,
            "Content-Type": "application/x-www-form-urlencoded",
            "Content-Length": "11",
          },
        },
        (response) => {
          let body = "";
          response.setEncoding("utf8");
          response.on("data", (chunk: string) => (body += chunk));
          response.on("end", () =>
            resolve({
              job,
              status: response.statusCode ?? 0,
              location: response.headers.location ?? null,
              body: body.slice(0, 2000),
            }),
          );
        },
      );
      request.on("error", reject);
      request.end("intent=book");
    });
  const startedAt = performance.now();
  const answers = await Promise.all(jobs.map(fire));
  const raceMs = performance.now() - startedAt;
  testInfo.annotations.push({
    type: "race",
    description: `${jobs.length} POSTs on two processes in ${raceMs.toFixed(0)} ms`,
  });
  const failureLog = () =>
    answers
      .filter((a) => a.status < 300 || a.status >= 400)
      .map((a) => `#${a.job.id} ${a.job.group} → ${a.status}\n${a.body}`)
      .join("\n---\n") +
    `\n\nServer logs:\n${servers.map((s) => `${s.base}:\n${s.log.join("")}`).join("\n")}`;

  // Every answer is a redirect: to the confirmation, or back to the free times.
  expect(
    answers.filter((a) => a.status !== 302 && a.status !== 303).map((a) => a.job.id),
    failureLog(),
  ).toEqual([]);
  const outcome = (a: Answer): "won" | "taken" | string => {
    const url = new URL(a.location ?? "", a.job.server.base);
    if (url.pathname === "/de/book/confirmed" && url.search === "") return "won";
    if (url.pathname === `/de/book/${a.job.topic}` && url.searchParams.get("taken") === "1")
      return "taken";
    return `unexpected ${a.location}`;
  };
  const counts = (group: Group) =>
    answers
      .filter((a) => a.job.group === group)
      .reduce<Record<string, number>>((acc, a) => {
        const o = outcome(a);
        acc[o] = (acc[o] ?? 0) + 1;
        return acc;
      }, {});
  for (const group of Object.keys(WINNERS) as Group[]) {
    const size = jobs.filter((j) => j.group === group).length;
    const want = WINNERS[group];
    expect(counts(group), group).toEqual(
      want === size ? { won: want } : { won: want, taken: size - want },
    );
  }

  // The rows: exactly the winners' appointments (guest holds), on the right
  // staff, with no two overlapping (buffers included) …
  const winners = answers.filter((a) => outcome(a) === "won").map((a) => a.job);
  const active = await rows.appointment.findMany({
    where: { status: { not: "CANCELLED" } },
    include: { staffLocks: { orderBy: { cellStart: "asc" } }, citizenLocks: true },
  });
  expect(active.map((a) => a.citizenEmail).sort()).toEqual(winners.map((j) => j.email).sort());
  for (const a of active) {
    const job = winners.find((j) => j.email === a.citizenEmail)!;
    expect(a.status).toBe("HELD");
    expect(a.startsAt.toISOString()).toBe(job.startsAt.toISOString());
    expect(expectedStaff[job.group]).toContain(a.staffId);
    for (const b of active)
      if (a.id < b.id && a.staffId === b.staffId)
        expect(
          spansOverlap(
            staffSpan(a.startsAt, a.endsAt, a.bufferMinutes),
            staffSpan(b.startsAt, b.endsAt, b.bufferMinutes),
          ),
          `${a.startsAt.toISOString()} and ${b.startsAt.toISOString()} at one staff member`,
        ).toBe(false);
    // … holding exactly their cells (a hold locks the staff member's time only) …
    expect(a.staffLocks.map((l) => [l.staffId, l.cellStart.toISOString()])).toEqual(
      staffLockRows(a.id, a.staffId, staffSpan(a.startsAt, a.endsAt, a.bufferMinutes)).map((l) => [
        l.staffId,
        l.cellStart.toISOString(),
      ]),
    );
    expect(a.citizenLocks).toEqual([]);
  }
  const pairStaff = active
    .filter((a) => winners.find((j) => j.email === a.citizenEmail)?.group === "pair")
    .map((a) => a.staffId)
    .sort();
  expect(pairStaff).toEqual([afternoon.id, early.id].sort());
  // … and no lock row of a refused booking survived.
  expect(await rows.staffTimeLock.count()).toBe(
    active.reduce((n, a) => n + a.staffLocks.length, 0),
  );
  expect(await rows.citizenTimeLock.count()).toBe(0);

  // Winners' drafts point at their booking and they got the mail to confirm;
  // losers kept everything they typed, only the taken time is gone.
  const drafts = new Map(
    (await rows.bookingDraft.findMany()).map((d) => [
      d.id,
      {
        appointmentId: d.appointmentId,
        data: JSON.parse(d.data) as { pick: unknown; details: { email: string; reason: string } },
      },
    ]),
  );
  const mails = await rows.outboxMail.findMany({ select: { to: true } });
  for (const job of jobs) {
    const draft = drafts.get(job.draftId)!;
    const won = winners.includes(job);
    expect(draft.data.details.email).toBe(job.email);
    expect(draft.data.details.reason).toBe(`Grund ${job.id}`);
    if (won) {
      expect(active.some((a) => a.id === draft.appointmentId)).toBe(true);
    } else {
      expect(draft.appointmentId).toBeNull();
      expect(draft.data.pick).toBeNull();
    }
    expect(mails.filter((m) => m.to.includes(job.email))).toHaveLength(won ? 1 : 0);
  }

  // A loser following the redirect sees the message and the free times.
  const loser = answers.find((a) => outcome(a) === "taken")!;
  const page = await fetch(new URL(loser.location!, loser.job.server.base), {
    headers: { Cookie: loser.job.cookie },
  });
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain(TAKEN_TEXT);
  expect(html).toContain("/details?");
  passed = true;
});
