import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { ForbiddenError, type Actor } from "~/domain/access/permissions";
import { prisma } from "~/utils/db.server";
import { BOOKING_SETTINGS } from "./schemas";
import { bookingSettings, bookingSettingsForAdmin, saveBookingSettings } from "./settings.server";

const uid = () => randomUUID().slice(0, 8);
const KEYS = Object.values(BOOKING_SETTINGS).map((s) => s.key);

async function actor(role: "ADMIN" | "TEAM_LEAD"): Promise<Actor> {
  const u = await prisma.user.create({
    data: { email: `settings-${uid()}@example.net`, name: `Person ${uid()}`, role },
    select: { id: true },
  });
  return { id: u.id, role, active: true, secondFactorVerified: true };
}

// The settings are global: leave the worker's database as it was for other test files.
afterEach(async () => {
  await prisma.siteSetting.deleteMany({ where: { key: { in: KEYS } } });
});

describe("booking settings", () => {
  it("are the defaults until someone sets them", async () => {
    expect(await bookingSettings()).toEqual({
      citizenCutoffHours: 24,
      reminderHours: 24,
      dailyLimitPerEmail: 3,
    });
  });

  it("are stored as site settings, with who changed them", async () => {
    const admin = await actor("ADMIN");
    const values = { citizenCutoffHours: 48, reminderHours: 12, dailyLimitPerEmail: 5 };
    expect(await saveBookingSettings(admin, values)).toBe(true);
    expect(await bookingSettings()).toEqual(values);
    const row = await prisma.siteSetting.findUniqueOrThrow({
      where: { key: "booking.citizenCutoffHours" },
    });
    expect(row).toMatchObject({ value: "48", updatedById: admin.id });
    expect(await saveBookingSettings(admin, values)).toBe(false);
    const { lastChange } = await bookingSettingsForAdmin(admin);
    expect(lastChange?.changedBy).toEqual(expect.any(String));
  });

  it("fall back to the default for a value that is not a number in range", async () => {
    await prisma.siteSetting.create({ data: { key: "booking.reminderHours", value: "bald" } });
    expect((await bookingSettings()).reminderHours).toBe(24);
  });

  it("are changed by administrators only", async () => {
    const lead = await actor("TEAM_LEAD");
    await expect(
      saveBookingSettings(lead, { citizenCutoffHours: 1, reminderHours: 1, dailyLimitPerEmail: 1 }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
