// "No double booking, ever", tried for real: two separate Node processes (two
// server processes) on one SQLite file fire 40 bookings at the same moment –
// the same slot, overlapping slots of different lengths and buffers, one
// citizen at several staff members at overlapping times, guest holds, and
// bookings whose outcome is certain. Exactly one booking of every group of
// mutually overlapping ones succeeds, the others lose with a typed answer
// (never "busy", never an exception), and the rows afterwards hold no overlap.
// (The HTTP version of this test comes with the booking pages.)
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "~/generated/prisma/client";
import { createPrismaClient } from "~/utils/db.server";
import { createAppointment } from "../../../tests/factories/appointments";
import type { Booker } from "./book.server";
import { citizenSpan, spansOverlap, staffSpan } from "./locks";
import type { Channel } from "./rules";
import type { WorkerJob, WorkerResult } from "./testing/booking-worker";
import {
  at,
  createAgencyOffice,
  createCitizen,
  createStaff,
  createTopic,
  dayAhead,
  uid,
} from "./testing/fixtures";

const WORKER = path.resolve("app/domain/booking/testing/booking-worker.ts");
const TSX = path.resolve("node_modules/.bin/tsx");

type Group = "sameSlot" | "staffOverlap" | "citizenOverlap" | "guestHolds" | "certain";
interface Planned extends WorkerJob {
  group: Group;
  /** For the certain ones: the one possible answer. */
  expect?: "ok" | "taken" | "citizenOverlap" | "invalid";
}

let db: PrismaClient;
let file: string;
const now = new Date();

beforeAll(async () => {
  const dir = process.env.TEST_DB_DIR ?? path.resolve("data/test");
  file = path.join(dir, `concurrency-${process.pid}-${uid()}.db`);
  fs.copyFileSync(path.join(dir, "template.db"), file);
  db = createPrismaClient(`file:${file}`);
});

afterAll(async () => {
  await db.$disconnect();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
});

/** Starts one worker process; resolves with a `go` trigger once it is connected. */
function startWorker(jobs: WorkerJob[]) {
  const jobFile = `${file}.${uid()}.json`;
  fs.writeFileSync(jobFile, JSON.stringify({ now: now.toISOString(), jobs }));
  const child = spawn(TSX, [WORKER, jobFile], {
    env: { ...process.env, DATABASE_URL: `file:${file}`, NODE_ENV: "test" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = readline.createInterface({ input: child.stdout });
  const output: string[] = [];
  let onReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  lines.on("line", (line) => (line === "ready" ? onReady() : output.push(line)));
  const done = new Promise<WorkerResult[]>((resolve, reject) => {
    child.on("exit", (code) => {
      fs.rmSync(jobFile, { force: true });
      const last = output.at(-1);
      if (code !== 0 || !last) reject(new Error(`worker exited with ${code}: ${stderr}`));
      else resolve(JSON.parse(last) as WorkerResult[]);
    });
  });
  return { ready, go: () => child.stdin.end("go\n"), done };
}

describe("40 simultaneous bookings from two processes on one database", () => {
  it("lets exactly one of each overlapping group through and leaves no overlap", async () => {
    const t30 = await createTopic(db, { durationMinutes: 30, bufferMinutes: 5 });
    const t45 = await createTopic(db, { durationMinutes: 45, bufferMinutes: 10 });
    const t60 = await createTopic(db, { durationMinutes: 60, bufferMinutes: 15 });
    const topicIds = [t30.id, t45.id, t60.id];
    const officeId = (await createAgencyOffice(db)).id;
    const staff: string[] = [];
    for (let i = 0; i < 17; i++) staff.push((await createStaff(db, topicIds)).id);
    const s = (n: number) => staff[n - 1]!;
    const day = dayAhead(now, 10);
    const topicOf = { 30: t30.key, 45: t45.key, 60: t60.key } as const;

    const jobs: Planned[] = [];
    const add = async (
      group: Group,
      staffId: string,
      start: [number, number],
      minutes: 30 | 45 | 60,
      booker?: Booker,
      extra: { citizenEmail?: string; expect?: Planned["expect"] } = {},
    ) => {
      const who = booker ?? { kind: "citizen", userId: (await createCitizen(db)).id };
      jobs.push({
        id: `${group}-${jobs.length}`,
        group,
        expect: extra.expect,
        request: {
          booker: who,
          topicKey: topicOf[minutes],
          staffId,
          officeId,
          startsAt: at(day, ...start).toISOString(),
          channel: "IN_PERSON" satisfies Channel,
          citizenName: "Test",
          citizenEmail: extra.citizenEmail ?? null,
        },
      });
    };

    // 10 × the same slot of one staff member.
    for (let i = 0; i < 10; i++) await add("sameSlot", s(1), [8, 0], 45);
    // 10 overlapping slots of different lengths at one staff member: every
    // one's staff time (buffer included) contains 08:55-09:00; 08:10 + 45 min
    // reaches it only through its buffer.
    const overlapping: [[number, number], 30 | 45 | 60][] = [
      [[8, 0], 60],
      [[8, 15], 60],
      [[8, 30], 45],
      [[8, 15], 45],
      [[8, 45], 45],
      [[8, 30], 30],
      [[8, 55], 30],
      [[8, 55], 45],
      [[8, 10], 45],
      [[8, 40], 30],
    ];
    for (const [start, minutes] of overlapping) await add("staffOverlap", s(2), start, minutes);
    // One citizen at 8 staff members, times all containing 10:40-10:45.
    const citizen = { kind: "citizen" as const, userId: (await createCitizen(db)).id };
    const citizenTimes: [[number, number], 30 | 45 | 60][] = [
      [[10, 0], 45],
      [[10, 15], 60],
      [[10, 30], 30],
      [[10, 40], 45],
      [[10, 5], 60],
      [[10, 20], 30],
      [[10, 35], 45],
      [[10, 25], 30],
    ];
    for (const [i, [start, minutes]] of citizenTimes.entries())
      await add("citizenOverlap", s(3 + i), start, minutes, citizen);
    // 6 people without an account want the same slot.
    for (let i = 0; i < 6; i++)
      await add(
        "guestHolds",
        s(11),
        [12, 0],
        45,
        { kind: "guest" },
        { citizenEmail: `g${i}-${uid()}@example.net` },
      );

    // Certain outcomes around appointments that exist before the race.
    const y = await createCitizen(db);
    await createAppointment(db, {
      staffId: s(12),
      officeId,
      startsAt: at(day, 8),
      minutes: 45,
      bufferMinutes: 10,
    });
    await createAppointment(db, {
      staffId: s(13),
      officeId,
      startsAt: at(day, 8),
      minutes: 60,
      citizenId: y.id,
    });
    await createAppointment(db, {
      staffId: s(17),
      officeId,
      startsAt: at(day, 14),
      minutes: 45,
      status: "CANCELLED",
    });
    const yBooks = { kind: "citizen" as const, userId: y.id };
    await add("certain", s(12), [8, 50], 30, undefined, { expect: "taken" }); // in the buffer
    await add("certain", s(12), [8, 55], 30, undefined, { expect: "ok" }); // right after it
    await add("certain", s(14), [8, 55], 30, yBooks, { expect: "citizenOverlap" });
    await add("certain", s(15), [9, 0], 30, yBooks, { expect: "ok" }); // back to back for y
    await add("certain", s(16), [7, 2], 30, undefined, { expect: "invalid" }); // off the grid
    await add("certain", s(17), [14, 0], 45, undefined, { expect: "ok" }); // a cancelled time is free
    expect(jobs).toHaveLength(40);

    // Every group is split across both processes.
    const workers = [0, 1].map((w) => startWorker(jobs.filter((_, i) => i % 2 === w)));
    await Promise.all(workers.map((w) => w.ready));
    for (const w of workers) w.go();
    const perWorker = await Promise.all(workers.map((w) => w.done));
    const results = perWorker.flat();
    expect(results).toHaveLength(40);
    // The two processes really were booking at the same time.
    const [first, second] = perWorker.map((list) => ({
      from: Math.min(...list.map((r) => r.startedAt)),
      to: Math.max(...list.map((r) => r.endedAt)),
    }));
    expect(first!.from < second!.to && second!.from < first!.to).toBe(true);

    const outcome = new Map(results.map((r) => [r.id, r.result.ok ? "ok" : r.result.reason]));
    const of = (group: Group) =>
      jobs.filter((j) => j.group === group).map((j) => outcome.get(j.id));
    const count = (list: (string | undefined)[]) =>
      list.reduce<Record<string, number>>(
        (acc, o) => ({ ...acc, [o ?? "?"]: (acc[o ?? "?"] ?? 0) + 1 }),
        {},
      );

    expect(count(of("sameSlot"))).toEqual({ ok: 1, taken: 9 });
    expect(count(of("staffOverlap"))).toEqual({ ok: 1, taken: 9 });
    expect(count(of("citizenOverlap"))).toEqual({ ok: 1, citizenOverlap: 7 });
    expect(count(of("guestHolds"))).toEqual({ ok: 1, taken: 5 });
    for (const job of jobs.filter((j) => j.group === "certain"))
      expect([job.id, outcome.get(job.id)]).toEqual([job.id, job.expect]);

    // The rows: only the winners were written, and nothing overlaps.
    const active = await db.appointment.findMany({
      where: { status: { in: ["HELD", "BOOKED"] } },
      include: { staffLocks: true, citizenLocks: true },
    });
    const winners = results.filter((r) => r.result.ok).length;
    expect(active).toHaveLength(winners + 2); // plus the two booked before the race
    for (const a of active) {
      for (const b of active) {
        if (a.id >= b.id) continue;
        if (a.staffId === b.staffId)
          expect(
            spansOverlap(
              staffSpan(a.startsAt, a.endsAt, a.bufferMinutes),
              staffSpan(b.startsAt, b.endsAt, b.bufferMinutes),
            ),
          ).toBe(false);
        const sameCitizen =
          a.status === "BOOKED" &&
          b.status === "BOOKED" &&
          ((a.citizenId && a.citizenId === b.citizenId) ||
            (a.citizenEmail && a.citizenEmail === b.citizenEmail));
        if (sameCitizen)
          expect(
            spansOverlap(citizenSpan(a.startsAt, a.endsAt), citizenSpan(b.startsAt, b.endsAt)),
          ).toBe(false);
      }
      // Each holds exactly its cells: staff with buffer, the citizen once confirmed.
      const staffCells =
        (a.endsAt.getTime() - a.startsAt.getTime()) / 300_000 + a.bufferMinutes / 5;
      expect(a.staffLocks).toHaveLength(staffCells);
    }
    // No lock row of a refused booking survived.
    const ids = new Set(active.map((a) => a.id));
    const stray = await db.staffTimeLock.findMany({
      where: { appointmentId: { notIn: [...ids] } },
    });
    expect(stray).toEqual([]);
  }, 90_000);
});
