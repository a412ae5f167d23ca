// One server process of the concurrency test (concurrency.server.test.ts):
// started with DATABASE_URL pointing at the shared SQLite file and the path of
// a JSON file of bookings. It connects, says "ready", waits for "go" on stdin
// so both processes start at the same moment, fires all its bookings at once
// and prints their results as one JSON line.
//   tsx app/domain/booking/testing/booking-worker.ts jobs.json
import fs from "node:fs";
import readline from "node:readline";
import { prisma } from "~/utils/db.server";
import { bookAppointment, type BookingRequest, type BookingResult } from "../book.server";

export interface WorkerJob {
  id: string;
  request: Omit<BookingRequest, "startsAt"> & { startsAt: string };
}

export interface WorkerResult {
  id: string;
  result: { ok: true; appointmentId: string } | Exclude<BookingResult, { ok: true }>;
  /** Epoch milliseconds around the call, to show the processes overlapped. */
  startedAt: number;
  endedAt: number;
}

const file = process.argv[2];
if (!file) throw new Error("usage: booking-worker.ts <jobs.json>");
const { now, jobs } = JSON.parse(fs.readFileSync(file, "utf8")) as {
  now: string;
  jobs: WorkerJob[];
};

// Connect (and open the database file) before the start signal.
await prisma.$queryRaw`SELECT 1`;
process.stdout.write("ready\n");
const lines = readline.createInterface({ input: process.stdin });
await new Promise<void>((resolve) => lines.once("line", () => resolve()));
lines.close();

const results = await Promise.all(
  jobs.map(async ({ id, request }): Promise<WorkerResult> => {
    const startedAt = Date.now();
    const result = await bookAppointment(
      { ...request, startsAt: new Date(request.startsAt) },
      { now: new Date(now) },
    );
    return {
      id,
      result: result.ok ? { ok: true, appointmentId: result.appointment.id } : result,
      startedAt,
      endedAt: Date.now(),
    };
  }),
);
process.stdout.write(JSON.stringify(results) + "\n");
await prisma.$disconnect();
