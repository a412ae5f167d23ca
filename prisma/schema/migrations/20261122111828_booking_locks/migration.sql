/*
  Warnings:

  - You are about to drop the column `activeSlotKey` on the `Appointment` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "Office" ADD COLUMN "videoUrl" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN "videoUrl" TEXT;

-- CreateTable
CREATE TABLE "StaffTimeLock" (
    "staffId" TEXT NOT NULL,
    "cellStart" DATETIME NOT NULL,
    "appointmentId" TEXT NOT NULL,

    PRIMARY KEY ("staffId", "cellStart"),
    CONSTRAINT "StaffTimeLock_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StaffTimeLock_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "Appointment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CitizenTimeLock" (
    "citizenKey" TEXT NOT NULL,
    "cellStart" DATETIME NOT NULL,
    "appointmentId" TEXT NOT NULL,

    PRIMARY KEY ("citizenKey", "cellStart"),
    CONSTRAINT "CitizenTimeLock_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "Appointment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BookingTopic" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "bufferMinutes" INTEGER NOT NULL DEFAULT 0,
    "channels" TEXT NOT NULL DEFAULT 'IN_PERSON',
    "leadTimeMinutes" INTEGER NOT NULL DEFAULT 1440,
    "horizonDays" INTEGER NOT NULL DEFAULT 56,
    "sensitive" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sort" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "StaffTopic" (
    "staffId" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,

    PRIMARY KEY ("staffId", "topicId"),
    CONSTRAINT "StaffTopic_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StaffTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "BookingTopic" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Appointment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reference" TEXT NOT NULL,
    "citizenId" TEXT,
    "citizenName" TEXT NOT NULL,
    "citizenEmail" TEXT,
    "citizenPhone" TEXT,
    "staffId" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "serviceId" TEXT,
    "topicLabel" TEXT NOT NULL,
    "sensitive" BOOLEAN NOT NULL DEFAULT false,
    "channel" TEXT NOT NULL DEFAULT 'IN_PERSON',
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'BOOKED',
    "bufferMinutes" INTEGER NOT NULL DEFAULT 0,
    "topicId" TEXT,
    "confirmedAt" DATETIME,
    "holdExpiresAt" DATETIME,
    "manageTokenHash" TEXT,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "reminderClaimedAt" DATETIME,
    "reason" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'de',
    "languageNeeds" TEXT,
    "interpreterNeeded" BOOLEAN NOT NULL DEFAULT false,
    "accessibilityNeeds" TEXT,
    "bookedById" TEXT,
    "caseId" TEXT,
    "checkedInAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "cancelledAt" DATETIME,
    "cancelReason" TEXT,
    CONSTRAINT "Appointment_citizenId_fkey" FOREIGN KEY ("citizenId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Appointment_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Appointment_bookedById_fkey" FOREIGN KEY ("bookedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Appointment_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Appointment_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Appointment_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Appointment_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "BookingTopic" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Appointment" ("accessibilityNeeds", "bookedById", "cancelReason", "cancelledAt", "caseId", "channel", "checkedInAt", "citizenEmail", "citizenId", "citizenName", "citizenPhone", "createdAt", "endsAt", "id", "interpreterNeeded", "languageNeeds", "locale", "officeId", "reason", "reference", "sensitive", "serviceId", "staffId", "startsAt", "status", "topicLabel", "updatedAt") SELECT "accessibilityNeeds", "bookedById", "cancelReason", "cancelledAt", "caseId", "channel", "checkedInAt", "citizenEmail", "citizenId", "citizenName", "citizenPhone", "createdAt", "endsAt", "id", "interpreterNeeded", "languageNeeds", "locale", "officeId", "reason", "reference", "sensitive", "serviceId", "staffId", "startsAt", "status", "topicLabel", "updatedAt" FROM "Appointment";
DROP TABLE "Appointment";
ALTER TABLE "new_Appointment" RENAME TO "Appointment";
CREATE UNIQUE INDEX "Appointment_reference_key" ON "Appointment"("reference");
CREATE UNIQUE INDEX "Appointment_manageTokenHash_key" ON "Appointment"("manageTokenHash");
CREATE INDEX "Appointment_staffId_startsAt_idx" ON "Appointment"("staffId", "startsAt");
CREATE INDEX "Appointment_officeId_startsAt_idx" ON "Appointment"("officeId", "startsAt");
CREATE INDEX "Appointment_citizenId_startsAt_idx" ON "Appointment"("citizenId", "startsAt");
CREATE INDEX "Appointment_serviceId_idx" ON "Appointment"("serviceId");
CREATE INDEX "Appointment_caseId_idx" ON "Appointment"("caseId");
CREATE INDEX "Appointment_bookedById_idx" ON "Appointment"("bookedById");
CREATE INDEX "Appointment_status_startsAt_idx" ON "Appointment"("status", "startsAt");
CREATE INDEX "Appointment_status_holdExpiresAt_idx" ON "Appointment"("status", "holdExpiresAt");
CREATE INDEX "Appointment_topicId_idx" ON "Appointment"("topicId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "StaffTimeLock_appointmentId_idx" ON "StaffTimeLock"("appointmentId");

-- CreateIndex
CREATE INDEX "CitizenTimeLock_appointmentId_idx" ON "CitizenTimeLock"("appointmentId");

-- CreateIndex
CREATE UNIQUE INDEX "BookingTopic_key_key" ON "BookingTopic"("key");

-- CreateIndex
CREATE INDEX "BookingTopic_active_sort_idx" ON "BookingTopic"("active", "sort");

-- CreateIndex
CREATE INDEX "StaffTopic_topicId_idx" ON "StaffTopic"("topicId");

-- Data: appointments booked before this migration were confirmed, and those
-- still ahead get their lock rows, so nothing can be booked over them. Cells are
-- 5 minutes (300 s) on the UTC epoch grid, stored in Prisma's DATETIME text
-- format; a legacy time off the grid locks the whole cell it touches.
-- ON CONFLICT DO NOTHING: the old unique key only stopped equal start times, so
-- legacy rows may overlap; the first one keeps the cell.
UPDATE "Appointment" SET "confirmedAt" = "createdAt" WHERE "confirmedAt" IS NULL;

WITH RECURSIVE "cells" ("appointmentId", "staffId", "cell", "end") AS (
    SELECT "id", "staffId",
           (CAST(strftime('%s', "startsAt") AS INTEGER) / 300) * 300,
           CAST(strftime('%s', "endsAt") AS INTEGER)
    FROM "Appointment"
    WHERE "status" IN ('BOOKED', 'CHECKED_IN')
      AND CAST(strftime('%s', "endsAt") AS INTEGER) > CAST(strftime('%s', 'now') AS INTEGER)
    UNION ALL
    SELECT "appointmentId", "staffId", "cell" + 300, "end" FROM "cells" WHERE "cell" + 300 < "end"
)
INSERT INTO "StaffTimeLock" ("staffId", "cellStart", "appointmentId")
SELECT "staffId", strftime('%Y-%m-%dT%H:%M:%f+00:00', "cell", 'unixepoch'), "appointmentId"
FROM "cells" WHERE true
ORDER BY "appointmentId", "cell"
ON CONFLICT DO NOTHING;

WITH RECURSIVE "ahead" AS (
    SELECT "id", "citizenId", "citizenEmail",
           (CAST(strftime('%s', "startsAt") AS INTEGER) / 300) * 300 AS "first",
           CAST(strftime('%s', "endsAt") AS INTEGER) AS "end"
    FROM "Appointment"
    WHERE "status" IN ('BOOKED', 'CHECKED_IN')
      AND CAST(strftime('%s', "endsAt") AS INTEGER) > CAST(strftime('%s', 'now') AS INTEGER)
), "keys" ("appointmentId", "citizenKey", "first", "end") AS (
    SELECT "id", 'user:' || "citizenId", "first", "end" FROM "ahead" WHERE "citizenId" IS NOT NULL
    UNION
    SELECT "ahead"."id", 'email:' || lower("User"."email"), "first", "end"
    FROM "ahead" JOIN "User" ON "User"."id" = "ahead"."citizenId"
    UNION
    SELECT "id", 'email:' || lower("citizenEmail"), "first", "end"
    FROM "ahead" WHERE "citizenId" IS NULL AND "citizenEmail" IS NOT NULL
), "cells" ("appointmentId", "citizenKey", "cell", "end") AS (
    SELECT "appointmentId", "citizenKey", "first", "end" FROM "keys"
    UNION ALL
    SELECT "appointmentId", "citizenKey", "cell" + 300, "end" FROM "cells" WHERE "cell" + 300 < "end"
)
INSERT INTO "CitizenTimeLock" ("citizenKey", "cellStart", "appointmentId")
SELECT "citizenKey", strftime('%Y-%m-%dT%H:%M:%f+00:00', "cell", 'unixepoch'), "appointmentId"
FROM "cells" WHERE true
ORDER BY "appointmentId", "cell"
ON CONFLICT DO NOTHING;
