import { describe, expect, it } from "vitest";
import {
  CELL_MS,
  MAX_CELLS,
  cellStarts,
  citizenKeys,
  citizenLockRows,
  citizenSpan,
  isOnCell,
  isWholeCells,
  spansOverlap,
  staffLockRows,
  staffSpan,
  type Span,
} from "./locks";

const at = (iso: string) => new Date(iso);
const span = (start: string, end: string): Span => ({ start: at(start), end: at(end) });
const keysOf = (s: Span) => new Set(cellStarts(s).map((d) => d.getTime()));

describe("the 5-minute grid", () => {
  it("accepts instants on multiples of five minutes, in UTC and therefore in Berlin", () => {
    expect(isOnCell(at("2026-03-30T07:05:00Z"))).toBe(true);
    // 09:00 Berlin in summer and in winter.
    expect(isOnCell(at("2026-07-01T09:00:00+02:00"))).toBe(true);
    expect(isOnCell(at("2026-12-01T09:00:00+01:00"))).toBe(true);
    expect(isOnCell(at("2026-03-30T07:02:00Z"))).toBe(false);
    expect(isOnCell(at("2026-03-30T07:05:00.001Z"))).toBe(false);
    expect(isOnCell(new Date(Number.NaN))).toBe(false);
  });

  it("accepts durations and buffers of whole cells only", () => {
    expect([0, 5, 45, 60].every(isWholeCells)).toBe(true);
    expect([3, 7.5, -5, Number.NaN].some(isWholeCells)).toBe(false);
  });

  it("lists every cell of a half-open span", () => {
    const cells = cellStarts(span("2026-03-30T07:00:00Z", "2026-03-30T07:15:00Z"));
    expect(cells.map((d) => d.toISOString())).toEqual([
      "2026-03-30T07:00:00.000Z",
      "2026-03-30T07:05:00.000Z",
      "2026-03-30T07:10:00.000Z",
    ]);
  });

  it("refuses spans off the grid, empty or too long (a programming error)", () => {
    expect(() => cellStarts(span("2026-03-30T07:01:00Z", "2026-03-30T07:15:00Z"))).toThrow(
      RangeError,
    );
    expect(() => cellStarts(span("2026-03-30T07:00:00Z", "2026-03-30T07:00:00Z"))).toThrow(
      RangeError,
    );
    const start = at("2026-03-30T00:00:00Z");
    const tooLong = { start, end: new Date(start.getTime() + (MAX_CELLS + 1) * CELL_MS) };
    expect(() => cellStarts(tooLong)).toThrow(RangeError);
  });

  it("counts cells in real time across the summer-time change (the night of 29 March 2026)", () => {
    // 01:30 to 03:30 Berlin wall clock is one real hour: 02:00-03:00 does not exist.
    const night = span("2026-03-29T01:30:00+01:00", "2026-03-29T03:30:00+02:00");
    expect(cellStarts(night)).toHaveLength(12);
  });
});

describe("spans of an appointment", () => {
  const startsAt = at("2026-03-30T08:00:00Z");
  const endsAt = at("2026-03-30T08:45:00Z");

  it("holds the staff member for the appointment and its buffer, the citizen for the appointment", () => {
    expect(staffSpan(startsAt, endsAt, 15)).toEqual(
      span("2026-03-30T08:00:00Z", "2026-03-30T09:00:00Z"),
    );
    expect(citizenSpan(startsAt, endsAt)).toEqual(
      span("2026-03-30T08:00:00Z", "2026-03-30T08:45:00Z"),
    );
  });

  it("treats spans as half-open: back to back is no overlap", () => {
    const a = span("2026-03-30T08:00:00Z", "2026-03-30T08:45:00Z");
    expect(spansOverlap(a, span("2026-03-30T08:45:00Z", "2026-03-30T09:30:00Z"))).toBe(false);
    expect(spansOverlap(a, span("2026-03-30T08:40:00Z", "2026-03-30T09:30:00Z"))).toBe(true);
    expect(spansOverlap(a, span("2026-03-30T07:00:00Z", "2026-03-30T10:00:00Z"))).toBe(true);
  });

  it("shares a cell exactly when spans on the grid overlap (any lengths)", () => {
    const base = at("2026-03-30T08:00:00Z").getTime();
    const spans: Span[] = [];
    for (let offset = 0; offset <= 120; offset += 5)
      for (const minutes of [5, 30, 45, 60, 75])
        spans.push({
          start: new Date(base + offset * 60_000),
          end: new Date(base + (offset + minutes) * 60_000),
        });
    for (const a of spans) {
      const cellsA = keysOf(a);
      for (const b of spans) {
        const share = [...keysOf(b)].some((k) => cellsA.has(k));
        expect(share).toBe(spansOverlap(a, b));
      }
    }
  });
});

describe("citizenKeys", () => {
  it("keys an account by id and by its address, lowercased, in sorted order", () => {
    expect(citizenKeys({ userId: "u1", email: " Amira@Example.ORG " })).toEqual([
      "email:amira@example.org",
      "user:u1",
    ]);
  });

  it("keys a person without an account by address only, and nobody without either", () => {
    expect(citizenKeys({ email: "k.schmidt@example.net" })).toEqual([
      "email:k.schmidt@example.net",
    ]);
    expect(citizenKeys({ userId: null, email: null })).toEqual([]);
  });
});

describe("lock rows", () => {
  it("writes one staff row per cell and one citizen row per key and cell, sorted", () => {
    const s = span("2026-03-30T08:00:00Z", "2026-03-30T08:10:00Z");
    expect(staffLockRows("a1", "s1", s)).toEqual([
      { staffId: "s1", cellStart: at("2026-03-30T08:00:00Z"), appointmentId: "a1" },
      { staffId: "s1", cellStart: at("2026-03-30T08:05:00Z"), appointmentId: "a1" },
    ]);
    const rows = citizenLockRows("a1", ["user:u1", "email:x@example.org"], s);
    expect(rows.map((r) => `${r.citizenKey} ${r.cellStart.toISOString().slice(11, 16)}`)).toEqual([
      "email:x@example.org 08:00",
      "email:x@example.org 08:05",
      "user:u1 08:00",
      "user:u1 08:05",
    ]);
  });
});
