// Booking settings administrators can change, stored as SiteSetting rows:
// - "booking.citizenCutoffHours": until how many hours before the start citizens
//   may reschedule or cancel online (default 24);
// - "booking.reminderHours": how many hours before the start the reminder goes
//   out (default 24);
// - "booking.dailyLimitPerEmail": bookings one email address may make per day
//   (default 3).
// `bookingSettings()` is what the booking flow, the manage page and the
// reminder job read; it is one indexed query, read per use (no cache), so a
// change applies in every server process at once.
import type { Actor } from "~/domain/access/permissions";
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/utils/db.server";
import { assertAdministerBooking, assertOpenScheduling } from "./access.server";
import { lastChange, recordChange } from "./history.server";
import {
  BOOKING_SETTINGS,
  settingValue,
  type BookingSettingName,
  type BookingSettings,
} from "./schemas";

export { BOOKING_SETTINGS, type BookingSettings };

type Db = Prisma.TransactionClient;

const NAMES = Object.keys(BOOKING_SETTINGS) as BookingSettingName[];
const KEYS = NAMES.map((n) => BOOKING_SETTINGS[n].key);

/** The booking settings in force; defaults for any that were never set (or hold nonsense). */
export async function bookingSettings(db: Db = prisma): Promise<{
  citizenCutoffHours: number;
  reminderHours: number;
  dailyLimitPerEmail: number;
}> {
  const rows = await db.siteSetting.findMany({
    where: { key: { in: KEYS } },
    select: { key: true, value: true },
  });
  const stored = new Map(rows.map((r) => [r.key, r.value]));
  return {
    citizenCutoffHours: settingValue(
      "citizenCutoffHours",
      stored.get(BOOKING_SETTINGS.citizenCutoffHours.key),
    ),
    reminderHours: settingValue("reminderHours", stored.get(BOOKING_SETTINGS.reminderHours.key)),
    dailyLimitPerEmail: settingValue(
      "dailyLimitPerEmail",
      stored.get(BOOKING_SETTINGS.dailyLimitPerEmail.key),
    ),
  };
}

/** For the settings page: the values and who changed them last. */
export async function bookingSettingsForAdmin(actor: Actor) {
  assertOpenScheduling(actor);
  const [values, changed] = await Promise.all([
    bookingSettings(),
    lastChange("BookingSettings", "booking"),
  ]);
  return { values, lastChange: changed };
}

/** Stores all three values; true when any of them changed. */
export async function saveBookingSettings(actor: Actor, input: BookingSettings): Promise<boolean> {
  assertAdministerBooking(actor);
  return prisma.$transaction(async (tx) => {
    const before = await bookingSettings(tx);
    if (NAMES.every((n) => before[n] === input[n])) return false;
    for (const name of NAMES) {
      const { key } = BOOKING_SETTINGS[name];
      const value = String(input[name]);
      await tx.siteSetting.upsert({
        where: { key },
        create: { key, value, updatedById: actor.id },
        update: { value, updatedById: actor.id },
      });
    }
    await recordChange(tx, {
      entityType: "BookingSettings",
      entityId: "booking",
      changedById: actor.id,
      snapshot: { ...input },
    });
    return true;
  });
}
