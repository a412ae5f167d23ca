// Micro-benchmark of the slot engine (app/domain/scheduling/slots.ts): all free
// slots of one topic for 8 weeks across 50 staff members with 10,000 existing
// appointments, computed 50 times after a warm-up. Prints median and p95 in ms.
// Target: median under 20 ms. The data is generated (seeded, so every run sees
// the same), shaped like the agency's: four offices with split opening hours
// and a walk-in-only afternoon, full- and part-time staff with lunch breaks,
// some at two offices, holidays and sick days, appointments of 30–90 minutes
// with 0–15 minute buffers; the 8 weeks cross Easter and the spring change.
//   npx tsx scripts/bench-slots.ts
//   npx tsx scripts/bench-slots.ts --runs 200 --appointments 20000
import { createHash } from "node:crypto";
import { parseArgs } from "node:util";
import { addDays, fromBerlin, isoWeekday, type LocalDate } from "~/domain/scheduling/berlin-time";
import {
  computeFreeSlots,
  type BusyInterval,
  type SlotOffice,
  type SlotQuery,
  type SlotStaff,
  type WorkingHours,
} from "~/domain/scheduling/slots";
import { percentile, rng } from "./bench-support";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "50" },
    staff: { type: "string", default: "50" },
    appointments: { type: "string", default: "10000" },
    weeks: { type: "string", default: "8" },
  },
});
const RUNS = Number(values.runs);
const STAFF = Number(values.staff);
const APPOINTMENTS = Number(values.appointments);
const WEEKS = Number(values.weeks);

const random = rng(20260309);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const FIRST_DAY: LocalDate = "2026-03-09"; // a Monday; 8 weeks include Easter and 29 March
const NOW = fromBerlin(FIRST_DAY, "07:30");

const offices: SlotOffice[] = ["office-mitte", "office-nord", "office-sued", "office-west"].map(
  (id, i) => ({
    id,
    openingHours: [1, 2, 3, 4, 5].flatMap((weekday) => [
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
    closures: i === 1 ? [{ startsOn: "2026-04-20", endsOn: "2026-04-21" }] : [],
  }),
);

const PATTERNS: [string, string][][] = [
  [
    ["08:00", "12:00"],
    ["12:30", "16:30"],
  ], // full time, lunch break
  [
    ["07:30", "11:30"],
    ["12:00", "15:30"],
  ],
  [["08:00", "13:00"]], // part time, mornings
  [
    ["09:00", "12:30"],
    ["13:30", "18:00"],
  ], // late shift
];
const LANGUAGES = ["en", "tr", "ar", "uk", "ru", "pl", "ro", "fa"];
const TOPICS = ["first-consultation", "buergergeld", "plan-review", "debt-intake"];

const staff: SlotStaff[] = [];
for (let n = 0; n < STAFF; n++) {
  const home = offices[n % offices.length]!.id;
  const second = offices[(n + 1) % offices.length]!.id;
  const pattern = pick(PATTERNS);
  const days = n % 5 === 4 ? [1, 2, 3, 4] : [1, 2, 3, 4, 5];
  const workingHours: WorkingHours[] = days.flatMap((weekday) =>
    pattern.map(([startsAt, endsAt]) => ({
      // every third colleague spends Thursday at a second office
      officeId: n % 3 === 0 && weekday === 4 ? second : home,
      weekday,
      startsAt,
      endsAt: weekday === 5 && endsAt > "13:00" ? "13:00" : endsAt,
    })),
  );
  const absences: { startsAt: Date; endsAt: Date }[] = [];
  if (n % 4 === 0) {
    const start = addDays(FIRST_DAY, 7 * (1 + (n % 6)));
    absences.push({
      startsAt: fromBerlin(start, "00:00"),
      endsAt: fromBerlin(addDays(start, 5), "00:00"),
    });
  }
  if (n % 7 === 0) {
    const day = addDays(FIRST_DAY, 3 + (n % 30));
    absences.push({ startsAt: fromBerlin(day, "00:00"), endsAt: fromBerlin(day, "24:00") });
  }
  staff.push({
    id: `staff-${String(n).padStart(2, "0")}`,
    languages: ["de", ...LANGUAGES.filter((l, i) => i === n % LANGUAGES.length || random() < 0.15)],
    topics: TOPICS.filter((t, i) => i === 0 || random() < 0.5),
    workingHours,
    absences,
  });
}

// Appointments: walk through each staff member's working windows and book
// back to back with random gaps until 10,000 are placed (none overlap).
function generateBusy(density: number): BusyInterval[] {
  const result: BusyInterval[] = [];
  for (let d = 0; d < WEEKS * 7; d++) {
    const date = addDays(FIRST_DAY, d);
    const weekday = isoWeekday(date);
    for (const s of staff) {
      for (const h of s.workingHours) {
        if (h.weekday !== weekday) continue;
        let t = fromBerlin(date, h.startsAt).getTime();
        const end = fromBerlin(date, h.endsAt).getTime();
        for (;;) {
          t += random() < density ? 0 : pick([15, 30, 45, 60]) * 60_000;
          const length = pick([30, 45, 60, 60, 90]) * 60_000;
          const buffer = pick([0, 10, 15]) * 60_000;
          if (t + length > end) break;
          result.push({
            staffId: s.id,
            startsAt: new Date(t),
            blockedUntil: new Date(t + length + buffer),
          });
          t += length + buffer;
        }
      }
    }
  }
  return result;
}
let busy = generateBusy(0.5);
for (let density = 0.6; busy.length < APPOINTMENTS && density < 1; density += 0.1)
  busy = generateBusy(density);
// Shuffle (the engine must not rely on sorted input), then keep 10,000.
for (let i = busy.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [busy[i], busy[j]] = [busy[j]!, busy[i]!];
}
busy = busy.slice(0, APPOINTMENTS);

const query: SlotQuery = {
  topic: {
    key: "first-consultation",
    durationMinutes: 45,
    bufferMinutes: 15,
    channels: ["IN_PERSON", "PHONE", "VIDEO"],
    leadTimeMinutes: 12 * 60,
    horizonDays: WEEKS * 7,
  },
  staff,
  offices,
  busy,
  now: NOW,
};

function measure(q: SlotQuery) {
  // Wall-clock time, and the process's CPU time (without the time it waits for
  // a CPU on a busy machine; with V8's compiler and GC threads).
  const wall: number[] = [];
  const cpu: number[] = [];
  let result = computeFreeSlots(q);
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    result = computeFreeSlots(q);
    const used = process.cpuUsage(cpuStarted);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const slots = result.days.reduce((n, d) => n + d.slots.length, 0);
  const pairs = result.days.reduce(
    (n, d) => n + d.slots.reduce((m, s) => m + s.staffIds.length, 0),
    0,
  );
  return {
    median: percentile(wall, 0.5),
    p95: percentile(wall, 0.95),
    cpu: percentile(cpu, 0.5),
    days: result.days.length,
    slots,
    pairs,
  };
}

const lines: [string, SlotQuery][] = [
  ["all channels, no filter", query],
  ["IN_PERSON only", { ...query, filters: { channel: "IN_PERSON" } }],
  ["one office, Turkish", { ...query, filters: { officeId: "office-nord", language: "tr" } }],
];
console.log(
  `\nSlot engine: ${staff.length} staff, ${busy.length} appointments, ${WEEKS} weeks, ${RUNS} runs each.\n`,
);
console.log(
  "query                   | median ms | p95 ms | CPU median ms | days | slots | staff×slots",
);
console.log(
  "------------------------|-----------|--------|---------------|------|-------|------------",
);
// The very first call: what a freshly started server pays once.
const coldStarted = performance.now();
computeFreeSlots(query);
const cold = performance.now() - coldStarted;
// Warm-up (JIT, the memoised Berlin days), not counted.
for (let i = 0; i < 30; i++) for (const [, q] of lines) computeFreeSlots(q);
for (const [name, q] of lines) {
  const r = measure(q);
  console.log(
    [
      name.padEnd(23),
      r.median.toFixed(2).padStart(9),
      r.p95.toFixed(2).padStart(6),
      r.cpu.toFixed(2).padStart(13),
      String(r.days).padStart(4),
      String(r.slots).padStart(5),
      String(r.pairs).padStart(11),
    ].join(" | "),
  );
}
// A fingerprint of the full result: equal under every TZ of the process, e.g.
//   TZ=America/New_York npx tsx scripts/bench-slots.ts --runs 1
const digest = createHash("sha256")
  .update(JSON.stringify(computeFreeSlots(query)))
  .digest("hex")
  .slice(0, 16);
console.log(`\nResult digest (first line): ${digest}`);
console.log(`First call of the process (cold, not counted above): ${cold.toFixed(2)} ms.`);
console.log("\nTarget: median < 20 ms for all free slots of one topic (first line).");
