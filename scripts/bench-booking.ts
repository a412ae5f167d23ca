// npm run bench, part 3: the booking pages against the production build, on a
// database of their own (data/bench/booking.db) shaped like the agency's:
// 50 staff members bookable for one topic at four offices (split opening
// hours, a walk-in-only afternoon, part-timers, lunch breaks, some at two
// offices, holidays and sick days) and 10,000 appointments (30–90 minutes,
// 0–15 minute buffers, with their lock rows) in the 8 weeks from today.
// (a) The whole slot page GET /de/book/<topic> with its database reads:
//     sequential requests and 10 connections (autocannon); freeSlotsOf alone
//     in-process, split into its database reads and the engine.
// (b) Booking throughput: many distinct drafts POSTed to the review endpoint
//     at once over 20 connections, with picks that collide, so some lose the
//     race: bookings/s, latency and the share of booked vs taken. Afterwards
//     the rows are checked for overlaps (there must be none).
//   npx tsx scripts/bench-booking.ts
//   npx tsx scripts/bench-booking.ts --duration 5 --drafts 1000 --connections 20
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { percentile, rng, start, stop, waitFor } from "./bench-support";
import { staffLockRows, staffSpan } from "~/domain/booking/locks";
import {
  addDays,
  berlinDate,
  fromBerlin,
  isoWeekday,
  type LocalDate,
} from "~/domain/scheduling/berlin-time";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    sequential: { type: "string", default: "100" },
    drafts: { type: "string", default: "600" },
    connections: { type: "string", default: "20" },
    staff: { type: "string", default: "50" },
    appointments: { type: "string", default: "10000" },
    weeks: { type: "string", default: "8" },
    port: { type: "string", default: "3410" },
  },
});
const DURATION = Number(values.duration);
const SEQUENTIAL = Number(values.sequential);
const DRAFTS = Number(values.drafts);
const BOOKING_CONNECTIONS = Number(values.connections);
const PAGE_CONNECTIONS = 10;
const STAFF = Number(values.staff);
const APPOINTMENTS = Number(values.appointments);
const WEEKS = Number(values.weeks);
const PORT = Number(values.port);
const TOPIC = "bench-consultation";

// The bench's own database; the app modules below read DATABASE_URL when imported.
const dbFile = path.resolve("data/bench/booking.db");
fs.mkdirSync(path.dirname(dbFile), { recursive: true });
for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(dbFile + suffix, { force: true });
const DATABASE_URL = `file:${dbFile}`;
process.env.DATABASE_URL = DATABASE_URL;

await new Promise<void>((resolve, reject) => {
  const p = spawn("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL },
    stdio: ["ignore", "ignore", "inherit"],
  });
  p.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`migrate exited ${code}`))));
});

const { prisma } = await import("~/utils/db.server");
const { draftCookie } = await import("~/domain/booking/draft.server");
const { randomToken, sha256 } = await import("~/utils/crypto.server");
const { availabilityContext, freeSlotsOf } = await import("~/domain/booking/availability.server");
const { computeFreeSlots } = await import("~/domain/scheduling/slots");

// --- Data (seeded, so every run sees the same shape) -------------------------

const random = rng(20260309);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const now = new Date();
const FIRST_DAY: LocalDate = berlinDate(now);
const seedStarted = performance.now();

const organization = await prisma.organization.create({
  data: { hsdsId: randomUUID(), kind: "AGENCY", name: "Sozialagentur (Bench)" },
});
const officeIds: string[] = [];
for (const [i, name] of ["Mitte", "Nord", "Süd", "West"].entries()) {
  const office = await prisma.office.create({
    data: {
      hsdsId: randomUUID(),
      organizationId: organization.id,
      name: `Bench ${name}`,
      street: `Benchstraße ${i + 1}`,
      postalCode: "12345",
      city: "Musterstadt",
      openingHours: {
        createMany: {
          data: [1, 2, 3, 4, 5].flatMap((weekday) => [
            { weekday, opensAt: "08:00", closesAt: weekday === 5 ? "12:00" : "12:30" },
            ...(weekday === 5
              ? []
              : [
                  {
                    weekday,
                    opensAt: "13:30",
                    closesAt: weekday === 4 ? "18:00" : "16:00",
                    walkInOnly: weekday === 3 && i % 2 === 0,
                  },
                ]),
          ]),
        },
      },
      closures:
        i === 1
          ? {
              create: {
                startsOn: new Date(`${addDays(FIRST_DAY, 20)}T00:00:00Z`),
                endsOn: new Date(`${addDays(FIRST_DAY, 21)}T00:00:00Z`),
                reason: "Betriebsausflug",
              },
            }
          : undefined,
    },
  });
  officeIds.push(office.id);
}

const topic = await prisma.bookingTopic.create({
  data: {
    key: TOPIC,
    durationMinutes: 45,
    bufferMinutes: 15,
    channels: "IN_PERSON,PHONE,VIDEO",
    leadTimeMinutes: 12 * 60,
    horizonDays: WEEKS * 7,
  },
});

const PATTERNS: [string, string][][] = [
  [
    ["08:00", "12:00"],
    ["12:30", "16:30"],
  ],
  [
    ["07:30", "11:30"],
    ["12:00", "15:30"],
  ],
  [["08:00", "13:00"]],
  [
    ["09:00", "12:30"],
    ["13:30", "18:00"],
  ],
];
const LANGUAGES = ["en", "tr", "ar", "uk", "ru", "pl", "ro", "fa"];

interface BenchStaff {
  id: string;
  hours: { officeId: string; weekday: number; startsAt: string; endsAt: string }[];
}
const staff: BenchStaff[] = [];
for (let n = 0; n < STAFF; n++) {
  const home = officeIds[n % officeIds.length]!;
  const second = officeIds[(n + 1) % officeIds.length]!;
  const pattern = pick(PATTERNS);
  const days = n % 5 === 4 ? [1, 2, 3, 4] : [1, 2, 3, 4, 5];
  const hours = days.flatMap((weekday) =>
    pattern.map(([startsAt, endsAt]) => ({
      officeId: n % 3 === 0 && weekday === 4 ? second : home,
      weekday,
      startsAt,
      endsAt: weekday === 5 && endsAt > "13:00" ? "13:00" : endsAt,
    })),
  );
  const absences: { startsAt: Date; endsAt: Date; kind: "HOLIDAY" | "SICKNESS" }[] = [];
  if (n % 4 === 0) {
    const start = addDays(FIRST_DAY, 7 * (1 + (n % 6)));
    absences.push({
      startsAt: fromBerlin(start, "00:00"),
      endsAt: fromBerlin(addDays(start, 5), "00:00"),
      kind: "HOLIDAY",
    });
  }
  if (n % 7 === 0) {
    const day = addDays(FIRST_DAY, 3 + (n % 30));
    absences.push({
      startsAt: fromBerlin(day, "00:00"),
      endsAt: fromBerlin(day, "24:00"),
      kind: "SICKNESS",
    });
  }
  const languages = [
    "de",
    ...LANGUAGES.filter((_, i) => i === n % LANGUAGES.length || random() < 0.15),
  ];
  const user = await prisma.user.create({
    data: {
      email: `bench-staff-${n}@example.net`,
      name: `Fallmanager:in ${String(n).padStart(2, "0")}`,
      role: "CASEWORKER",
      bookingTopics: { create: { topicId: topic.id } },
      languages: { createMany: { data: languages.map((language) => ({ language })) } },
      workingHours: { createMany: { data: hours } },
      absences: { createMany: { data: absences } },
    },
  });
  staff.push({ id: user.id, hours });
}

// Appointments: back to back with random gaps through each staff member's
// working windows (none overlap), then 10,000 of them at random.
interface Planned {
  staffId: string;
  officeId: string;
  startsAt: Date;
  endsAt: Date;
  bufferMinutes: number;
}
function generate(density: number): Planned[] {
  const result: Planned[] = [];
  for (let d = 0; d < WEEKS * 7; d++) {
    const date = addDays(FIRST_DAY, d);
    const weekday = isoWeekday(date);
    for (const s of staff) {
      for (const h of s.hours) {
        if (h.weekday !== weekday) continue;
        let t = fromBerlin(date, h.startsAt).getTime();
        const end = fromBerlin(date, h.endsAt).getTime();
        for (;;) {
          t += random() < density ? 0 : pick([15, 30, 45, 60]) * 60_000;
          const length = pick([30, 45, 60, 60, 90]) * 60_000;
          const buffer = pick([0, 10, 15]);
          if (t + length > end) break;
          result.push({
            staffId: s.id,
            officeId: h.officeId,
            startsAt: new Date(t),
            endsAt: new Date(t + length),
            bufferMinutes: buffer,
          });
          t += length + buffer * 60_000;
        }
      }
    }
  }
  return result;
}
let planned = generate(0.5);
for (let density = 0.6; planned.length < APPOINTMENTS && density < 1; density += 0.1)
  planned = generate(density);
for (let i = planned.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [planned[i], planned[j]] = [planned[j]!, planned[i]!];
}
planned = planned.slice(0, APPOINTMENTS);

const CHUNK = 2000;
const appointmentRows = planned.map((p, n) => ({
  id: randomUUID(),
  reference: `B-${String(n).padStart(6, "0")}`,
  citizenName: `Bürger:in ${n}`,
  citizenEmail: `citizen-${n}@example.net`,
  staffId: p.staffId,
  officeId: p.officeId,
  topicId: topic.id,
  topicLabel: "consultation",
  startsAt: p.startsAt,
  endsAt: p.endsAt,
  bufferMinutes: p.bufferMinutes,
  status: "BOOKED" as const,
  confirmedAt: now,
}));
for (let i = 0; i < appointmentRows.length; i += CHUNK)
  await prisma.appointment.createMany({ data: appointmentRows.slice(i, i + CHUNK) });
const lockRows = appointmentRows.flatMap((a) =>
  staffLockRows(a.id, a.staffId, staffSpan(a.startsAt, a.endsAt, a.bufferMinutes)),
);
for (let i = 0; i < lockRows.length; i += CHUNK * 5)
  await prisma.staffTimeLock.createMany({ data: lockRows.slice(i, i + CHUNK * 5) });
const seedMs = performance.now() - seedStarted;

// --- Helpers ------------------------------------------------------------------

const ms = (value: number) => value.toFixed(1);

function startApp(): ChildProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL,
    NODE_ENV: "production",
    PORT: String(PORT),
    PUBLIC_URL: `http://127.0.0.1:${PORT}`,
  };
  delete env.SMTP_URL; // mails stay in the outbox
  delete env.DEMO_MODE;
  return start("npx", ["tsx", "server/index.ts"], env);
}

// --- (a) The slot page ---------------------------------------------------------

const base = `http://127.0.0.1:${PORT}`;
const pageUrl = `${base}/de/book/${TOPIC}`;
const server = startApp();
try {
  await waitFor(`${base}/healthz`);

  const free = await freeSlotsOf(TOPIC);
  const freeSlots = free!.slots.days.flatMap((d) => d.slots);
  console.log(
    `\nBooking: ${staff.length} staff at ${officeIds.length} offices for one topic (45 + 15 min), ` +
      `${planned.length} appointments, ${WEEKS} weeks from today; ${freeSlots.length} free slots ` +
      `(database written in ${(seedMs / 1000).toFixed(1)} s).\n`,
  );

  // In-process: what the page's loader pays per freeSlotsOf call.
  const whole: number[] = [];
  const reads: number[] = [];
  const engine: number[] = [];
  for (let i = 0; i < 5; i++) await freeSlotsOf(TOPIC); // warm-up
  for (let i = 0; i < 30; i++) {
    let t = performance.now();
    await freeSlotsOf(TOPIC);
    whole.push(performance.now() - t);
    t = performance.now();
    const context = await availabilityContext(TOPIC);
    reads.push(performance.now() - t);
    t = performance.now();
    computeFreeSlots(context!.query);
    engine.push(performance.now() - t);
  }
  for (const list of [whole, reads, engine]) list.sort((a, b) => a - b);

  // Sequential requests: one person at a time, the whole page with its body.
  for (let i = 0; i < 10; i++) await (await fetch(pageUrl)).text(); // warm-up
  const sequential: number[] = [];
  let seqErrors = 0;
  for (let i = 0; i < SEQUENTIAL; i++) {
    const t = performance.now();
    const response = await fetch(pageUrl);
    await response.text();
    sequential.push(performance.now() - t);
    if (response.status !== 200) seqErrors++;
  }
  sequential.sort((a, b) => a - b);
  const seqTotal = sequential.reduce((n, v) => n + v, 0);

  await autocannon({ url: pageUrl, connections: PAGE_CONNECTIONS, duration: 2 }); // warm-up
  const load = await autocannon({
    url: pageUrl,
    connections: PAGE_CONNECTIONS,
    duration: DURATION,
    pipelining: 1,
  });

  console.log("slot page GET /de/book/<topic>    | req/s | p50 ms | p99 ms | errors");
  console.log("----------------------------------|-------|--------|--------|-------");
  console.log(
    `${`sequential, ${SEQUENTIAL} requests`.padEnd(33)} | ${((SEQUENTIAL * 1000) / seqTotal).toFixed(0).padStart(5)} | ${ms(percentile(sequential, 0.5)).padStart(6)} | ${ms(percentile(sequential, 0.99)).padStart(6)} | ${seqErrors}`,
  );
  console.log(
    `${`${PAGE_CONNECTIONS} connections, ${DURATION} s`.padEnd(33)} | ${load.requests.average.toFixed(0).padStart(5)} | ${String(load.latency.p50).padStart(6)} | ${String(load.latency.p99).padStart(6)} | ${load.errors + load.non2xx}`,
  );
  console.log(
    `\nfreeSlotsOf in-process (30 runs)  | median ms | p95 ms\n` +
      `----------------------------------|-----------|-------\n` +
      `${"DB reads + engine".padEnd(33)} | ${ms(percentile(whole, 0.5)).padStart(9)} | ${ms(percentile(whole, 0.95)).padStart(6)}\n` +
      `${"  DB reads (availabilityContext)".padEnd(33)} | ${ms(percentile(reads, 0.5)).padStart(9)} | ${ms(percentile(reads, 0.95)).padStart(6)}\n` +
      `${"  engine (computeFreeSlots)".padEnd(33)} | ${ms(percentile(engine, 0.5)).padStart(9)} | ${ms(percentile(engine, 0.95)).padStart(6)}`,
  );
  console.log(
    "\nThe page reads appointments for the days it shows (a fortnight, widened when a page is not full); freeSlotsOf reads all eight weeks.",
  );
  console.log("Target: < 100 ms for the whole slot page including its database reads.");

  // --- (b) Booking throughput ------------------------------------------------------

  // Picks that collide: every draft takes one of a few free slots in the
  // first two weeks, so some find their time taken by another draft.
  const soon = freeSlots.filter(
    (s) =>
      Date.parse(s.startsAt) < now.getTime() + 14 * 86_400_000 && s.channels.includes("IN_PERSON"),
  );
  const targets = Array.from({ length: Math.max(1, Math.round(DRAFTS / 3)) }, () => pick(soon));
  const drafts: { cookie: string }[] = [];
  const draftRows = [];
  for (let i = 0; i < DRAFTS; i++) {
    const slot = pick(targets);
    const token = randomToken();
    draftRows.push({
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + 3_600_000),
      data: JSON.stringify({
        topic: TOPIC,
        pick: { startsAt: slot.startsAt, officeId: slot.officeId, channel: "IN_PERSON" },
        details: { name: `Bench ${i}`, email: `bench-booker-${i}@example.net` },
      }),
    });
    drafts.push({ cookie: (await draftCookie.serialize(token)).split(";")[0]! });
  }
  await prisma.bookingDraft.createMany({ data: draftRows });

  // One connection per booking (Connection: close), as separate people make
  // them: under overload a reused keep-alive connection can be reset by Node's
  // keepAliveTimeout while its next request waits (nodejs/node#43456).
  const post = (cookie: string) =>
    new Promise<{ status: number; location: string }>((resolve, reject) => {
      const request = http.request(
        `${base}/de/book/${TOPIC}/review`,
        {
          method: "POST",
          agent: false,
          headers: {
            Cookie: cookie,
            Origin: base,
            "Content-Type": "application/x-www-form-urlencoded",
            "Content-Length": "11",
          },
        },
        (response) => {
          response.resume();
          response.on("end", () =>
            resolve({
              status: response.statusCode ?? 0,
              location: response.headers.location ?? "",
            }),
          );
        },
      );
      request.on("error", reject);
      request.end("intent=book");
    });
  const latencies: number[] = [];
  const outcomes = { booked: 0, taken: 0, other: new Map<string, number>() };
  const count = (key: string) => outcomes.other.set(key, (outcomes.other.get(key) ?? 0) + 1);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < drafts.length; i = next++) {
      const t = performance.now();
      try {
        const { status, location } = await post(drafts[i]!.cookie);
        latencies.push(performance.now() - t);
        if (status === 302 && location === "/de/book/confirmed") outcomes.booked++;
        else if (status === 302 && location.includes("taken=1")) outcomes.taken++;
        else count(String(status));
      } catch (error) {
        latencies.push(performance.now() - t);
        count((error as NodeJS.ErrnoException).code ?? "error");
      }
    }
  };
  const bookingStarted = performance.now();
  await Promise.all(Array.from({ length: BOOKING_CONNECTIONS }, worker));
  const seconds = (performance.now() - bookingStarted) / 1000;
  latencies.sort((a, b) => a - b);

  // No double booking: the rows of each staff member never overlap (buffers included).
  const active = await prisma.appointment.findMany({
    where: { status: { not: "CANCELLED" } },
    select: { staffId: true, startsAt: true, endsAt: true, bufferMinutes: true },
    orderBy: [{ staffId: "asc" }, { startsAt: "asc" }],
  });
  let overlaps = 0;
  for (let i = 1; i < active.length; i++) {
    const a = active[i - 1]!;
    const b = active[i]!;
    if (a.staffId === b.staffId && a.endsAt.getTime() + a.bufferMinutes * 60_000 > +b.startsAt)
      overlaps++;
  }

  const other = [...outcomes.other].map(([status, n]) => `${n}×${status}`).join(", ") || "0";
  const share = (n: number) => `${((100 * n) / drafts.length).toFixed(0)} %`;
  console.log(
    `\nBooking throughput: ${drafts.length} drafts (distinct addresses) POSTed to /de/book/<topic>/review, ` +
      `${BOOKING_CONNECTIONS} connections, picks spread over ${new Set(targets).size} free slots.\n`,
  );
  console.log("bookings/s | req/s | p50 ms | p99 ms | booked      | taken       | other");
  console.log("-----------|-------|--------|--------|-------------|-------------|------");
  console.log(
    `${(outcomes.booked / seconds).toFixed(1).padStart(10)} | ${(drafts.length / seconds).toFixed(0).padStart(5)} | ${ms(percentile(latencies, 0.5)).padStart(6)} | ${ms(percentile(latencies, 0.99)).padStart(6)} | ${`${outcomes.booked} (${share(outcomes.booked)})`.padEnd(11)} | ${`${outcomes.taken} (${share(outcomes.taken)})`.padEnd(11)} | ${other}`,
  );
  console.log(
    `\nOverlapping appointments of one staff member afterwards: ${overlaps} (must be 0).`,
  );
} finally {
  stop(server);
  await prisma.$disconnect();
}
