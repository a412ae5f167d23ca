-- CreateTable
CREATE TABLE "BookingDraft" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tokenHash" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "userId" TEXT,
    "appointmentId" TEXT,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "WaitlistEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "topicId" TEXT NOT NULL,
    "officeId" TEXT,
    "channel" TEXT,
    "language" TEXT,
    "citizenId" TEXT,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'de',
    "tokenHash" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'WAITING',
    "before" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "WaitlistEntry_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "BookingTopic" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "WaitlistEntry_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "WaitlistEntry_citizenId_fkey" FOREIGN KEY ("citizenId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WaitlistOffer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "entryId" TEXT NOT NULL,
    "staffId" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "appointmentId" TEXT,
    "outcome" TEXT NOT NULL DEFAULT 'open',
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "WaitlistOffer_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "WaitlistEntry" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "WaitlistOffer_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "Appointment" ("id") ON DELETE SET NULL ON UPDATE CASCADE
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
    "cancelledByStaff" BOOLEAN NOT NULL DEFAULT false,
    "documents" TEXT,
    "preparationTopics" TEXT,
    "preparationReady" TEXT,
    "preparedAt" DATETIME,
    "noShowAt" DATETIME,
    CONSTRAINT "Appointment_citizenId_fkey" FOREIGN KEY ("citizenId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Appointment_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Appointment_bookedById_fkey" FOREIGN KEY ("bookedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Appointment_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Appointment_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Appointment_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Appointment_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "BookingTopic" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Appointment" ("accessibilityNeeds", "bookedById", "bufferMinutes", "cancelReason", "cancelledAt", "caseId", "channel", "checkedInAt", "citizenEmail", "citizenId", "citizenName", "citizenPhone", "confirmedAt", "createdAt", "endsAt", "holdExpiresAt", "id", "interpreterNeeded", "languageNeeds", "locale", "manageTokenHash", "officeId", "reason", "reference", "reminderClaimedAt", "sensitive", "sequence", "serviceId", "staffId", "startsAt", "status", "topicId", "topicLabel", "updatedAt") SELECT "accessibilityNeeds", "bookedById", "bufferMinutes", "cancelReason", "cancelledAt", "caseId", "channel", "checkedInAt", "citizenEmail", "citizenId", "citizenName", "citizenPhone", "confirmedAt", "createdAt", "endsAt", "holdExpiresAt", "id", "interpreterNeeded", "languageNeeds", "locale", "manageTokenHash", "officeId", "reason", "reference", "reminderClaimedAt", "sensitive", "sequence", "serviceId", "staffId", "startsAt", "status", "topicId", "topicLabel", "updatedAt" FROM "Appointment";
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
CREATE UNIQUE INDEX "BookingDraft_tokenHash_key" ON "BookingDraft"("tokenHash");

-- CreateIndex
CREATE INDEX "BookingDraft_expiresAt_idx" ON "BookingDraft"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "WaitlistEntry_tokenHash_key" ON "WaitlistEntry"("tokenHash");

-- CreateIndex
CREATE INDEX "WaitlistEntry_topicId_status_createdAt_idx" ON "WaitlistEntry"("topicId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "WaitlistEntry_citizenId_idx" ON "WaitlistEntry"("citizenId");

-- CreateIndex
CREATE INDEX "WaitlistEntry_email_idx" ON "WaitlistEntry"("email");

-- CreateIndex
CREATE UNIQUE INDEX "WaitlistOffer_appointmentId_key" ON "WaitlistOffer"("appointmentId");

-- CreateIndex
CREATE INDEX "WaitlistOffer_entryId_idx" ON "WaitlistOffer"("entryId");

-- CreateIndex
CREATE INDEX "WaitlistOffer_staffId_startsAt_idx" ON "WaitlistOffer"("staffId", "startsAt");

-- CreateIndex
CREATE INDEX "WaitlistOffer_outcome_expiresAt_idx" ON "WaitlistOffer"("outcome", "expiresAt");
