// Content of the demo cases: assessments across life domains and the goals
// and steps of the support plans (Amira: published; Olena: draft).
import type { AssessmentRating, LifeDomain, StepResponsible } from "~/generated/prisma/client";

export type AssessmentSeed = [LifeDomain, AssessmentRating, string];

export const AMIRA_ASSESSMENTS: AssessmentSeed[] = [
  [
    "WORK_QUALIFICATION",
    "STRENGTH",
    "Acht Jahre Lagerarbeit (Kommissionierung, Wareneingang), Staplerschein von 2019. Zuverlässig, möchte wieder in die Logistik, gern Frühschicht.",
  ],
  [
    "LANGUAGE",
    "NEUTRAL",
    "Deutsch mündlich sicher, Lesen langsam (etwa B1). Türkisch Muttersprache. Schriftliche Infos bitte zusätzlich auf Türkisch.",
  ],
  [
    "FAMILY_CHILDCARE",
    "OBSTACLE",
    "Zwei Kinder, Elif (7, 2. Klasse) und Emre (12). Für Elif fehlt eine Betreuung am Nachmittag; ohne sie ist nur Teilzeit bis 12 Uhr möglich.",
  ],
  [
    "DEBT",
    "OBSTACLE",
    "Rund 2.300 € Schulden: Handyvertrag, Versandhandel, Nebenkostennachzahlung. Mahnungen und Inkasso, noch keine Pfändung.",
  ],
  [
    "HOUSING",
    "NEUTRAL",
    "Drei-Zimmer-Mietwohnung, 780 € warm, Miete bisher pünktlich gezahlt. Wohnung ist angemessen.",
  ],
  [
    "HEALTH",
    "NEUTRAL",
    "Gelegentlich Rückenbeschwerden; laut Hausärztin keine Einschränkung für Lagertätigkeiten mit Hilfsmitteln.",
  ],
  ["MOBILITY", "STRENGTH", "Führerschein Klasse B, Deutschlandticket vorhanden."],
  [
    "DIGITAL_ACCESS",
    "NEUTRAL",
    "Smartphone mit wenig Datenvolumen, kein PC. Kann das Portal mobil nutzen; Dokumente lieber im Servicecenter scannen.",
  ],
];

export const OLENA_ASSESSMENTS: AssessmentSeed[] = [
  [
    "WORK_QUALIFICATION",
    "STRENGTH",
    "Lehrerin für Mathematik und Physik, 15 Jahre Berufserfahrung in Charkiw. Möchte wieder unterrichten.",
  ],
  [
    "LANGUAGE",
    "NEUTRAL",
    "Deutsch B1 (Integrationskurs abgeschlossen). Für den Schuldienst wird C1 verlangt; Ziel zunächst B2.",
  ],
  ["LEGAL_STATUS", "NEUTRAL", "Aufenthaltserlaubnis nach § 24 AufenthG."],
];

export interface StepSeed {
  title: string;
  description?: string;
  responsible: StepResponsible;
  dueInDays: number;
  doneDaysAgo?: number;
}

export interface GoalSeed {
  title: string;
  description: string;
  lifeDomain: LifeDomain;
  steps: StepSeed[];
}

export const AMIRA_GOALS: GoalSeed[] = [
  {
    title: "Eine Arbeitsstelle in der Logistik finden",
    description: "Vollzeit oder Teilzeit ab 25 Stunden, gern Frühschicht, im Raum Musterstadt.",
    lifeDomain: "WORK_QUALIFICATION",
    steps: [
      { title: "Lebenslauf aktualisieren", responsible: "CITIZEN", dueInDays: -9, doneDaysAgo: 11 },
      {
        title: "Auffrischung des Staplerscheins über einen Bildungsgutschein klären",
        responsible: "CASEWORKER",
        dueInDays: 10,
      },
      {
        title: "Jede Woche mindestens drei Bewerbungen in der Logistik schreiben",
        description:
          "Bewerbungen kurz in der Liste im Portal eintragen, damit wir sie beim nächsten Termin besprechen können.",
        responsible: "CITIZEN",
        dueInDays: 28,
      },
    ],
  },
  {
    title: "Betreuung für Elif am Nachmittag sichern",
    description: "Damit Frau Yilmaz bis 16 Uhr arbeiten kann.",
    lifeDomain: "FAMILY_CHILDCARE",
    steps: [
      {
        title: "Beim Kita-Portal registrieren",
        description:
          "Elif im Kita- und OGS-Portal der Stadt für einen Platz in der Offenen Ganztagsschule anmelden. Wenn etwas nicht klappt, schreiben Sie uns eine Nachricht zu diesem Schritt.",
        responsible: "CITIZEN",
        dueInDays: 7,
      },
      {
        title: "Mit der Grundschule über einen OGS-Platz sprechen",
        responsible: "CITIZEN",
        dueInDays: 14,
      },
    ],
  },
  {
    title: "Schulden von 2.300 € regeln",
    description:
      "Mit Hilfe der Schuldnerberatung einen Überblick bekommen und Raten vereinbaren, die zum Einkommen passen.",
    lifeDomain: "DEBT",
    steps: [
      {
        title: "Alle Mahnungen und Verträge in einer Mappe sammeln",
        responsible: "CITIZEN",
        dueInDays: -3,
        doneDaysAgo: 4,
      },
      { title: "Erstgespräch bei der Schuldnerberatung", responsible: "PARTNER", dueInDays: 21 },
      { title: "Befreiung vom Rundfunkbeitrag beantragen", responsible: "CITIZEN", dueInDays: 10 },
    ],
  },
];

export const OLENA_GOALS: GoalSeed[] = [
  {
    title: "Anerkennung als Lehrerin beantragen",
    description: "Voraussetzung, um in NRW wieder unterrichten zu können.",
    lifeDomain: "WORK_QUALIFICATION",
    steps: [
      { title: "Zeugnisse und Diplom übersetzen lassen", responsible: "CITIZEN", dueInDays: 20 },
      {
        title: "Zuständige Stelle über den Anerkennungs-Finder ermitteln",
        responsible: "CASEWORKER",
        dueInDays: 5,
      },
    ],
  },
  {
    title: "Deutsch auf Niveau B2 verbessern",
    description: "Berufssprachkurs mit Schwerpunkt Schule und Bildung.",
    lifeDomain: "LANGUAGE",
    steps: [
      {
        title: "Zulassung zum Berufssprachkurs B2 beantragen",
        responsible: "CASEWORKER",
        dueInDays: 10,
      },
    ],
  },
];
