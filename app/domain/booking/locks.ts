// The cell arithmetic behind "no double booking, ever" (see README.md here).
//
// Time is cut into 5-minute cells on the UTC epoch grid. Berlin's offset from
// UTC is always whole hours, so a Berlin wall-clock time on a multiple of five
// minutes is a cell start too, in summer and in winter. An appointment holds
//   - for its staff member: every cell of [startsAt, endsAt + buffer),
//   - for its citizen:      every cell of [startsAt, endsAt),
// and the lock tables' primary keys (key, cellStart) let only one appointment
// hold a cell. Two intervals on the grid overlap exactly when they share a
// cell, so "overlaps of any length count" is the same as "a cell is taken".
// Pure: no database here.

export const CELL_MINUTES = 5;
export const CELL_MS = CELL_MINUTES * 60_000;
/** Longest span one appointment may lock (a working day); guards against runaway inputs. */
export const MAX_CELLS = (12 * 60) / CELL_MINUTES;

/** A half-open interval [start, end) of UTC instants. */
export interface Span {
  start: Date;
  end: Date;
}

export function isOnCell(instant: Date): boolean {
  const ms = instant.getTime();
  return Number.isFinite(ms) && ms % CELL_MS === 0;
}

/** Durations and buffers must fill whole cells. */
export function isWholeCells(minutes: number): boolean {
  return Number.isInteger(minutes) && minutes >= 0 && minutes % CELL_MINUTES === 0;
}

/** The staff member's time an appointment takes: the appointment plus its buffer. */
export function staffSpan(startsAt: Date, endsAt: Date, bufferMinutes: number): Span {
  return { start: startsAt, end: new Date(endsAt.getTime() + bufferMinutes * 60_000) };
}

/** The citizen's time an appointment takes: the appointment itself. */
export function citizenSpan(startsAt: Date, endsAt: Date): Span {
  return { start: startsAt, end: endsAt };
}

/** Half-open intervals: [9:00, 9:45) and [9:45, 10:30) do not overlap. */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime();
}

/**
 * Start instants of every cell of a span, ascending. Throws a RangeError when
 * the span is not on the grid, empty or longer than MAX_CELLS: callers
 * validate first, so this is a programming error, never a user's.
 */
export function cellStarts(span: Span): Date[] {
  if (!isOnCell(span.start) || !isOnCell(span.end)) {
    throw new RangeError(`Span not on the ${CELL_MINUTES}-minute grid`);
  }
  const count = (span.end.getTime() - span.start.getTime()) / CELL_MS;
  if (count < 1 || count > MAX_CELLS) throw new RangeError(`Span of ${count} cells`);
  return Array.from({ length: count }, (_, i) => new Date(span.start.getTime() + i * CELL_MS));
}

/**
 * Who the citizen is, for the citizen locks: an account ("user:<id>") and the
 * e-mail address ("email:<lowercased>"). An account holder passes both (the
 * account's address), so a booking made without logging in, with the same
 * address, collides with the account's bookings; a person with neither (booked
 * by the front desk without contact data) gets no citizen lock. Sorted, so
 * every transaction inserts in the same order (no deadlocks on PostgreSQL).
 */
export function citizenKeys(citizen: { userId?: string | null; email?: string | null }): string[] {
  const keys = new Set<string>();
  if (citizen.userId) keys.add(`user:${citizen.userId}`);
  const email = citizen.email?.trim().toLowerCase();
  if (email) keys.add(`email:${email}`);
  return [...keys].sort();
}

export interface StaffLockRow {
  staffId: string;
  cellStart: Date;
  appointmentId: string;
}

export interface CitizenLockRow {
  citizenKey: string;
  cellStart: Date;
  appointmentId: string;
}

export function staffLockRows(appointmentId: string, staffId: string, span: Span): StaffLockRow[] {
  return cellStarts(span).map((cellStart) => ({ staffId, cellStart, appointmentId }));
}

export function citizenLockRows(
  appointmentId: string,
  keys: readonly string[],
  span: Span,
): CitizenLockRow[] {
  const cells = cellStarts(span);
  return [...keys]
    .sort()
    .flatMap((citizenKey) => cells.map((cellStart) => ({ citizenKey, cellStart, appointmentId })));
}
