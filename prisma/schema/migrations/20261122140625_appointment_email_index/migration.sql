-- CreateIndex
CREATE INDEX "Appointment_citizenEmail_createdAt_idx" ON "Appointment"("citizenEmail", "createdAt");
