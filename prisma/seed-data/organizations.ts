// Organisations and their offices in the fictional city of Musterstadt (NRW).
// Phone numbers are from the Bundesnetzagentur's range for media productions
// (0221 4710 000-999), so no real line ever rings. Nationwide hotlines that are
// real and free (Familienkasse, Arbeitsagentur) are marked as such.
import type { OrganizationKind } from "~/generated/prisma/client";

export type OrgKey =
  | "agency"
  | "jobcenter"
  | "arbeitsagentur"
  | "familienkasse"
  | "wohngeldstelle"
  | "jugendamt"
  | "lvr"
  | "bamf"
  | "beitragsservice"
  | "schuldnerberatung"
  | "suchthilfe"
  | "bildungswerk"
  | "migrationsberatung"
  | "pflegestuetzpunkt"
  | "wohnungsnotfallhilfe";

export interface OrganizationSeed {
  key: OrgKey;
  hsdsId: string;
  kind: OrganizationKind;
  name: string;
  description: string;
  email?: string;
  phone?: string;
  website?: string;
}

export const ORGANIZATIONS: OrganizationSeed[] = [
  {
    key: "agency",
    hsdsId: "a848c006-cad5-4740-9cdd-19d64333732e",
    kind: "AGENCY",
    name: "Sozialagentur Musterstadt",
    description:
      "Hilfe aus einer Hand: Beratung zu allen sozialen Hilfen, Fallmanagement mit persönlichem Unterstützungsplan, Sozialhilfe, Grundsicherung, Hilfe zur Pflege, Bildung und Teilhabe.",
    email: "servicecenter@sozialagentur-musterstadt.example",
    phone: "0221 4710 100",
    website: "https://sozialagentur-musterstadt.example",
  },
  {
    key: "jobcenter",
    hsdsId: "83c50065-9d5f-4118-be4e-41f009f0c2b3",
    kind: "AUTHORITY",
    name: "Jobcenter Musterstadt",
    description:
      "Bürgergeld (Grundsicherung für Arbeitsuchende, SGB II), Arbeitsvermittlung und Förderung für Menschen, die Bürgergeld bekommen.",
    email: "jobcenter-musterstadt@jobcenter-ge.example",
    phone: "0221 4710 200",
    website: "https://www.jobcenter-ge.de",
  },
  {
    key: "arbeitsagentur",
    hsdsId: "10caea48-3215-4720-b7e5-02d25b1892e0",
    kind: "AUTHORITY",
    name: "Agentur für Arbeit Musterstadt",
    description:
      "Arbeitslosengeld, Arbeitsvermittlung, Berufsberatung und Weiterbildungsförderung (SGB III).",
    // Real, free nationwide service number of the Bundesagentur für Arbeit.
    phone: "0800 4 5555 00",
    website: "https://www.arbeitsagentur.de",
  },
  {
    key: "familienkasse",
    hsdsId: "7724763d-d67b-4640-b2b2-4a8654109427",
    kind: "AUTHORITY",
    name: "Familienkasse der Bundesagentur für Arbeit",
    description: "Kindergeld und Kinderzuschlag.",
    // Real, free nationwide service number of the Familienkasse.
    phone: "0800 4 5555 30",
    website: "https://www.arbeitsagentur.de/familie-und-kinder",
  },
  {
    key: "wohngeldstelle",
    hsdsId: "d9fd4439-16a1-44f9-b6c5-834e4d230d1c",
    kind: "AUTHORITY",
    name: "Stadt Musterstadt – Amt für Wohnen (Wohngeldstelle)",
    description: "Wohngeld als Mietzuschuss oder Lastenzuschuss, Wohnberechtigungsschein.",
    email: "wohngeld@musterstadt.example",
    phone: "0221 4710 300",
    website: "https://musterstadt.example/wohngeld",
  },
  {
    key: "jugendamt",
    hsdsId: "f6c10b88-c124-40c9-ab6b-a9579610c1fa",
    kind: "AUTHORITY",
    name: "Stadt Musterstadt – Jugendamt",
    description:
      "Unterhaltsvorschuss, Elterngeldstelle, Kindertagesbetreuung und Beratung für Familien.",
    email: "jugendamt@musterstadt.example",
    phone: "0221 4710 400",
    website: "https://musterstadt.example/jugendamt",
  },
  {
    key: "lvr",
    hsdsId: "5db18826-2dee-4ab5-b365-95a09b471990",
    kind: "AUTHORITY",
    name: "Landschaftsverband Rheinland (LVR)",
    description:
      "Überörtlicher Träger der Sozialhilfe und der Eingliederungshilfe im Rheinland; zahlt das Landesblindengeld.",
    website: "https://www.lvr.de",
  },
  {
    key: "bamf",
    hsdsId: "3751ad3f-8eb1-410d-b6c3-541314751ca4",
    kind: "AUTHORITY",
    name: "Bundesamt für Migration und Flüchtlinge (BAMF)",
    description: "Integrationskurse und Berufssprachkurse.",
    website: "https://www.bamf.de",
  },
  {
    key: "beitragsservice",
    hsdsId: "d96f772d-f165-4585-a365-cabe2dfbd372",
    kind: "AUTHORITY",
    name: "ARD ZDF Deutschlandradio Beitragsservice",
    description: "Rundfunkbeitrag: Anmeldung, Befreiung und Ermäßigung.",
    website: "https://www.rundfunkbeitrag.de",
  },
  {
    key: "schuldnerberatung",
    hsdsId: "b0df540f-a865-4c1c-9370-fb7bf43f67b0",
    kind: "PARTNER",
    name: "Schuldnerberatung Musterstadt e.V.",
    description:
      "Kostenlose Schuldner- und Insolvenzberatung, anerkannte Stelle nach § 305 InsO, Bescheinigungen für das P-Konto.",
    email: "beratung@schuldnerberatung-musterstadt.example",
    phone: "0221 4710 500",
    website: "https://schuldnerberatung-musterstadt.example",
  },
  {
    key: "suchthilfe",
    hsdsId: "fb734d5c-dab9-4c37-8a85-5a6dbc3e23f9",
    kind: "PARTNER",
    name: "Beratungszentrum Sucht und Psyche Musterstadt gGmbH",
    description:
      "Suchtberatung und psychosoziale Beratung, auf Wunsch anonym; Vermittlung in Entgiftung und Therapie.",
    email: "kontakt@sucht-psyche-musterstadt.example",
    phone: "0221 4710 510",
    website: "https://sucht-psyche-musterstadt.example",
  },
  {
    key: "bildungswerk",
    hsdsId: "40887e04-d2cb-4c0d-97ac-2f04da7ce2b3",
    kind: "PARTNER",
    name: "Bildungswerk Musterstadt gGmbH",
    description:
      "Zugelassener Träger (AZAV) für Weiterbildung, Umschulung, Bewerbungscoaching und Arbeitsgelegenheiten.",
    email: "info@bildungswerk-musterstadt.example",
    phone: "0221 4710 520",
    website: "https://bildungswerk-musterstadt.example",
  },
  {
    key: "migrationsberatung",
    hsdsId: "24b430c0-04be-4b77-a9e0-94d91ad8df40",
    kind: "PARTNER",
    name: "Migrationsberatung Musterstadt (MBE und Jugendmigrationsdienst)",
    description:
      "Beratung für Zugewanderte zu Aufenthalt, Sprache, Arbeit und Anerkennung von Abschlüssen; Beratung in mehreren Sprachen.",
    email: "mbe@migration-musterstadt.example",
    phone: "0221 4710 530",
    website: "https://migration-musterstadt.example",
  },
  {
    key: "pflegestuetzpunkt",
    hsdsId: "a733d0f2-78e5-4b1b-bf75-5b046f875885",
    kind: "PARTNER",
    name: "Pflegestützpunkt Musterstadt",
    description:
      "Neutrale Pflegeberatung der Pflegekassen und der Stadt: Pflegegrad, Leistungen, Entlastung für pflegende Angehörige.",
    email: "pflegeberatung@pflegestuetzpunkt-musterstadt.example",
    phone: "0221 4710 540",
  },
  {
    key: "wohnungsnotfallhilfe",
    hsdsId: "630fa49c-499e-44f5-a97d-317bd4397d2c",
    kind: "PARTNER",
    name: "Wohnungsnotfallhilfe Musterstadt e.V.",
    description:
      "Fachberatung für wohnungslose und von Wohnungslosigkeit bedrohte Menschen, Tagesaufenthalt, Postadresse, Hilfe nach §§ 67 ff. SGB XII.",
    email: "hilfe@wohnungsnotfallhilfe-musterstadt.example",
    phone: "0221 4710 550",
  },
];

export type OfficeKey =
  | "mitte"
  | "nord"
  | "jobcenter"
  | "rathaus"
  | "schuldnerberatung"
  | "suchthilfe"
  | "bildungswerk"
  | "migrationsberatung"
  | "pflegestuetzpunkt"
  | "wohnungsnotfallhilfe";

export interface OpeningSeed {
  weekday: number;
  opensAt: string;
  closesAt: string;
  walkInOnly?: boolean;
}

export interface OfficeSeed {
  key: OfficeKey;
  hsdsId: string;
  org: OrgKey;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  lat: number;
  lng: number;
  phone?: string;
  email?: string;
  accessibility: string;
  transportation: string;
  hours: OpeningSeed[];
}

const CITY = "Musterstadt";

/** Mon-Fri with the same morning hours, plus extra periods. */
function weekdays(opensAt: string, closesAt: string, extra: OpeningSeed[] = []): OpeningSeed[] {
  return [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt, closesAt })).concat(extra);
}

export const OFFICES: OfficeSeed[] = [
  {
    key: "mitte",
    hsdsId: "60f93f39-6376-45a9-bc80-6b80bc537316",
    org: "agency",
    name: "Servicecenter Mitte",
    street: "Rathausplatz 1",
    postalCode: "12345",
    city: CITY,
    lat: 51.4556,
    lng: 7.0116,
    phone: "0221 4710 100",
    email: "servicecenter@sozialagentur-musterstadt.example",
    accessibility:
      "Stufenloser Eingang mit automatischer Tür, Aufzug zu allen Etagen, barrierefreies WC im Erdgeschoss, induktive Höranlage am Empfang, Leitsystem für blinde Menschen. Gebärdensprachdolmetschung auf Anfrage.",
    transportation: "Haltestelle Rathaus (Straßenbahn 1, 4; Bus 140, 145), 50 m.",
    hours: [
      ...weekdays("08:00", "12:30"),
      { weekday: 1, opensAt: "13:30", closesAt: "15:30" },
      { weekday: 2, opensAt: "13:30", closesAt: "15:30" },
      // Long day ("Dienstleistungsabend") for people who work.
      { weekday: 4, opensAt: "13:30", closesAt: "18:00" },
    ],
  },
  {
    key: "nord",
    hsdsId: "b9c4d8c8-d868-40e8-881e-af70577df1fa",
    org: "agency",
    name: "Servicecenter Nord",
    street: "Nordstraße 40",
    postalCode: "12347",
    city: CITY,
    lat: 51.4871,
    lng: 7.0204,
    phone: "0221 4710 110",
    email: "nord@sozialagentur-musterstadt.example",
    accessibility:
      "Eingang mit Rampe (6 %), Aufzug, barrierefreies WC im 1. OG. Parkplatz für Menschen mit Behinderung vor dem Haus.",
    transportation: "Haltestelle Nordmarkt (Bus 150, 152), 100 m.",
    hours: [
      ...weekdays("08:30", "12:00"),
      { weekday: 4, opensAt: "14:00", closesAt: "17:30" },
      // Open consultation without appointment on Wednesday mornings.
      { weekday: 3, opensAt: "12:00", closesAt: "13:00", walkInOnly: true },
    ],
  },
  {
    key: "jobcenter",
    hsdsId: "fd12c1c6-02c4-4f27-8b21-658af912d942",
    org: "jobcenter",
    name: "Jobcenter Musterstadt",
    street: "Bahnhofstraße 10",
    postalCode: "12345",
    city: CITY,
    lat: 51.4512,
    lng: 7.0139,
    phone: "0221 4710 200",
    accessibility: "Stufenloser Zugang, Aufzug, barrierefreies WC.",
    transportation: "Hauptbahnhof, 200 m.",
    hours: weekdays("08:00", "12:00", [{ weekday: 4, opensAt: "14:00", closesAt: "18:00" }]),
  },
  {
    key: "rathaus",
    hsdsId: "0737fc3e-97a4-4896-a24a-f421c1e96612",
    org: "wohngeldstelle",
    name: "Rathaus Musterstadt, Haus B (Wohngeld, Jugendamt)",
    street: "Rathausplatz 3",
    postalCode: "12345",
    city: CITY,
    lat: 51.4559,
    lng: 7.0122,
    phone: "0221 4710 300",
    accessibility: "Stufenloser Eingang, Aufzug, barrierefreies WC im Erdgeschoss.",
    transportation: "Haltestelle Rathaus (Straßenbahn 1, 4; Bus 140, 145).",
    hours: weekdays("08:00", "12:00", [{ weekday: 4, opensAt: "14:00", closesAt: "17:00" }]),
  },
  {
    key: "schuldnerberatung",
    hsdsId: "7244ab00-5622-43d5-a615-025a1c3cc247",
    org: "schuldnerberatung",
    name: "Schuldnerberatung Musterstadt – Beratungsstelle Markt",
    street: "Marktstraße 5",
    postalCode: "12345",
    city: CITY,
    lat: 51.4571,
    lng: 7.0093,
    phone: "0221 4710 500",
    email: "beratung@schuldnerberatung-musterstadt.example",
    accessibility: "Erdgeschoss, eine Stufe (3 cm) am Eingang, Klingel auf Rollstuhlhöhe.",
    transportation: "Haltestelle Markt (Bus 140), 80 m.",
    hours: [
      ...weekdays("09:00", "12:00"),
      { weekday: 2, opensAt: "14:00", closesAt: "17:00" },
      { weekday: 4, opensAt: "14:00", closesAt: "17:00" },
      // Open office hours for acute cases (P-Konto certificate, garnishment).
      { weekday: 1, opensAt: "14:00", closesAt: "16:00", walkInOnly: true },
    ],
  },
  {
    key: "suchthilfe",
    hsdsId: "269e1e4d-a3e1-4dac-bd1c-329a32e82ea3",
    org: "suchthilfe",
    name: "Beratungszentrum Sucht und Psyche",
    street: "Lindenallee 12",
    postalCode: "12346",
    city: CITY,
    lat: 51.4498,
    lng: 7.0251,
    phone: "0221 4710 510",
    accessibility: "Aufzug, barrierefreies WC, ruhiger Warteraum.",
    transportation: "Haltestelle Lindenallee (Straßenbahn 4), 150 m.",
    hours: weekdays("09:00", "16:00", [
      { weekday: 3, opensAt: "16:00", closesAt: "19:00", walkInOnly: true },
    ]),
  },
  {
    key: "bildungswerk",
    hsdsId: "70ef5e7a-782d-4863-9ee9-3dd86b66c424",
    org: "bildungswerk",
    name: "Bildungswerk Musterstadt – Campus Hafen",
    street: "Industriestraße 22",
    postalCode: "12349",
    city: CITY,
    lat: 51.4435,
    lng: 6.9987,
    phone: "0221 4710 520",
    accessibility: "Stufenlos, Aufzug, barrierefreies WC, Schulungsräume mit Höranlage.",
    transportation: "Haltestelle Hafen (Bus 145), 300 m.",
    hours: weekdays("08:00", "16:00"),
  },
  {
    key: "migrationsberatung",
    hsdsId: "c82c2f9f-201b-4188-8c19-3917e757f04f",
    org: "migrationsberatung",
    name: "Migrationsberatung im Haus der Kulturen",
    street: "Kirchplatz 3",
    postalCode: "12345",
    city: CITY,
    lat: 51.4583,
    lng: 7.0149,
    phone: "0221 4710 530",
    accessibility: "Stufenloser Zugang über den Hof, Beratungsräume im Erdgeschoss.",
    transportation: "Haltestelle Rathaus (Straßenbahn 1, 4), 300 m.",
    hours: [
      { weekday: 1, opensAt: "09:00", closesAt: "12:00" },
      { weekday: 2, opensAt: "09:00", closesAt: "12:00" },
      { weekday: 2, opensAt: "13:00", closesAt: "16:00", walkInOnly: true },
      { weekday: 4, opensAt: "13:00", closesAt: "18:00" },
      { weekday: 5, opensAt: "09:00", closesAt: "12:00" },
    ],
  },
  {
    key: "pflegestuetzpunkt",
    hsdsId: "858b2893-2ada-47d8-86cf-03fbdbbc3125",
    org: "pflegestuetzpunkt",
    name: "Pflegestützpunkt im Servicecenter Mitte",
    street: "Rathausplatz 1",
    postalCode: "12345",
    city: CITY,
    lat: 51.4556,
    lng: 7.0116,
    phone: "0221 4710 540",
    accessibility:
      "Wie Servicecenter Mitte: stufenlos, Aufzug, barrierefreies WC. Hausbesuche möglich.",
    transportation: "Haltestelle Rathaus (Straßenbahn 1, 4; Bus 140, 145), 50 m.",
    hours: weekdays("09:00", "12:00", [{ weekday: 4, opensAt: "14:00", closesAt: "17:00" }]),
  },
  {
    key: "wohnungsnotfallhilfe",
    hsdsId: "25b94732-487f-4c20-ac3d-82a4572c2a25",
    org: "wohnungsnotfallhilfe",
    name: "Fachberatung Wohnungsnotfallhilfe und Tagesaufenthalt",
    street: "Hafenstraße 8",
    postalCode: "12349",
    city: CITY,
    lat: 51.4441,
    lng: 7.0032,
    phone: "0221 4710 550",
    accessibility: "Stufenlos, barrierefreies WC, Duschen, Schließfächer.",
    transportation: "Haltestelle Hafen (Bus 145), 100 m.",
    hours: [
      ...[1, 2, 3, 4, 5].map((weekday) => ({
        weekday,
        opensAt: "08:00",
        closesAt: "16:00",
        walkInOnly: true,
      })),
      { weekday: 6, opensAt: "10:00", closesAt: "14:00", walkInOnly: true },
    ],
  },
];
