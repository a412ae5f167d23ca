// The vocabulary of the access rules: who asks (Actor), about what (Resource),
// to do what (Action). The rules themselves live in `permissions.ts`.

/** Matches the Prisma enum `Role`. */
export type Role = "CITIZEN" | "FRONT_DESK" | "CASEWORKER" | "TEAM_LEAD" | "ADMIN" | "PARTNER";

/** The signed-in user as the session knows it; `null` where an actor is accepted = anonymous. */
export type Actor = {
  id: string;
  role: Role;
  active: boolean;
  teamId?: string | null;
  organizationId?: string | null;
  /** The second factor was verified in this session (staff and partners must have it). */
  secondFactorVerified: boolean;
};

/** What the rules need to know about a case; load it before deciding. */
export type CaseRef = {
  id: string;
  citizenId: string;
  caseworkerId: string | null;
  deputyIds: readonly string[];
  teamId: string;
};

export type CaseResource = { type: "case" } & CaseRef;
export type AssessmentResource = { type: "assessment"; case: CaseRef; specialCategory: boolean };
export type SupportPlanResource = { type: "supportPlan"; case: CaseRef; published: boolean };
/** `authorId` is the writer of an existing note, or the actor's id for a new one. */
export type ConsultationNoteResource = {
  type: "consultationNote";
  case: CaseRef;
  authorId: string;
};
/** `case: null` = a document in the citizen's own document safe, not (yet) on a case. */
export type DocumentResource = { type: "document"; case: CaseRef | null; ownerId: string };
export type MessageResource = {
  type: "message";
  case: CaseRef | null;
  senderId: string;
  recipientId: string;
};
/** Who opened which file; `subjectUserId` is the citizen the trail is about. */
export type AuditTrailResource = {
  type: "auditTrail";
  case: CaseRef | null;
  subjectUserId: string;
};
/** The Art. 15 GDPR copy of everything the agency holds about one citizen. */
export type DataCopyResource = { type: "dataCopy"; citizenId: string };
export type AppointmentResource = {
  type: "appointment";
  id: string | null;
  /** Null for people without an account (booked by the front desk). */
  citizenId: string | null;
  staffId: string;
  officeId: string;
  caseId?: string | null;
  /** Needed for caseworkers who see the appointment through the case (deputies). */
  caseRef?: CaseRef | null;
};
export type ReferralResource = {
  type: "referral";
  id: string | null;
  partnerOrganizationId: string;
  case: CaseRef;
  consentActive: boolean;
};
/** Services, categories, life situations, offices, organisations. */
export type DirectoryResource = { type: "directory"; published: boolean };
/** `id: null` = an account that does not exist yet (registration, staff account creation). */
export type AccountResource = { type: "account"; id: string | null; role: Role };
export type FeedbackResource = { type: "feedback" };
export type OutboxResource = { type: "outbox" };
export type CaseListResource = { type: "caseList" };
export type TeamFiguresResource = { type: "teamFigures"; teamId: string };

export type Resource =
  | CaseResource
  | AssessmentResource
  | SupportPlanResource
  | ConsultationNoteResource
  | DocumentResource
  | MessageResource
  | AuditTrailResource
  | DataCopyResource
  | AppointmentResource
  | ReferralResource
  | DirectoryResource
  | AccountResource
  | FeedbackResource
  | OutboxResource
  | CaseListResource
  | TeamFiguresResource;

export type ResourceType = Resource["type"];

/** The verbs each kind of resource knows; `can` rejects other pairs at compile time. */
export type ActionsByType = {
  case: "read" | "create" | "update" | "assign";
  assessment: "read" | "create" | "update";
  supportPlan: "read" | "create" | "update" | "publish" | "completeStep";
  consultationNote: "read" | "create" | "update";
  document: "read" | "create" | "delete";
  message: "read" | "create";
  auditTrail: "read";
  dataCopy: "read";
  appointment: "read" | "book" | "cancel" | "checkIn" | "noShow";
  referral: "read" | "create" | "cancel" | "withdraw" | "respond";
  directory: "read" | "create" | "update" | "publish" | "delete";
  account: "read" | "create" | "update" | "deactivate" | "reactivate";
  feedback: "read" | "create" | "update";
  outbox: "read";
  caseList: "read";
  teamFigures: "read";
};

export type Action = ActionsByType[ResourceType];
export type ActionOn<R extends Resource> = ActionsByType[R["type"]];

export type AccessContext = { demoMode?: boolean };
