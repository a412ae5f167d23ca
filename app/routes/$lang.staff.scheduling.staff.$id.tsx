// One staff member's availability: weekly working hours per office (split
// days are several periods a weekday), absences, bookable topics, consultation
// languages and video room. Four forms, each posting a hidden "form" field;
// rows are added and removed with Conform's list buttons, which also work
// without JavaScript (the server applies the intent and renders the form again).
// Booked appointments that no longer fit are listed, never cancelled here.
import {
  getCollectionProps,
  getFormProps,
  useForm,
  type FieldMetadata,
  type SubmissionResult,
} from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DateTime } from "~/components/ui/date-time";
import { FieldError, FormAlert, SubmitButton, TextField } from "~/components/ui/field";
import { German } from "~/components/ui/german";
import { FieldRow, SelectField } from "~/domain/directory-admin/ui";
import {
  ABSENCE_KINDS,
  AbsenceSchema,
  StaffProfileSchema,
  WorkingHoursSchema,
} from "~/domain/scheduling-admin/schemas";
import {
  addAbsence,
  deleteAbsence,
  getStaffSchedule,
  saveStaffProfile,
  saveWorkingHours,
  type SaveOutcome,
} from "~/domain/scheduling-admin/staff.server";
import { toBerlin } from "~/domain/scheduling/berlin-time";
import { directionOf, languages } from "~/i18n";
import { asHttp } from "~/utils/access.server";
import { actorOf, requireRole } from "~/utils/auth.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["staff", "scheduling", "common"], hydrate: true };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

const NOTICES = [
  "hoursSaved",
  "absenceAdded",
  "absenceDeleted",
  "profileSaved",
  "unchanged",
] as const;
const WEEKDAYS = ["1", "2", "3", "4", "5", "6", "7"] as const;
const BLANK_ROW = { weekday: "", officeId: "", startsAt: "", endsAt: "" };
type FormName = "hours" | "absence" | "profile";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireRole(request, ["ADMIN", "TEAM_LEAD"]);
  const schedule = await asHttp(() => getStaffSchedule(actorOf(session), params.id ?? ""));
  if (!schedule) throw new Response("Not found", { status: 404 });
  const lang = languageOf(request);
  const names = new Intl.DisplayNames([lang], { type: "language" });
  const portal = languages as readonly string[];
  const notice = new URL(request.url).searchParams.get("notice");
  return {
    lang,
    title: getFixedT(lang, "scheduling")("staff.title", { name: schedule.name }),
    schedule: {
      ...schedule,
      absences: schedule.absences.map((a) => ({ ...a, ...wholeDays(a) })),
    },
    /** Languages beyond the portal's seven, with their names in the page language. */
    otherLanguages: schedule.languages
      .filter((l) => !portal.includes(l))
      .map((code) => ({ code, name: names.of(code) ?? code })),
    notice: NOTICES.find((n) => n === notice) ?? null,
  };
}

/** An absence from 00:00 to 00:00 Berlin time is shown as whole days, without times. */
function wholeDays(a: { startsAt: Date; endsAt: Date }) {
  const whole = toBerlin(a.startsAt).minutes === 0 && toBerlin(a.endsAt).minutes === 0;
  // The last day of a whole-day absence is the day before its (exclusive) end.
  return { wholeDays: whole, lastDay: new Date(a.endsAt.getTime() - 1) };
}

function failed(form: FormName, result: SubmissionResult<string[]>, status = 400) {
  return data({ form, result }, { status });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const session = await requireRole(request, ["ADMIN", "TEAM_LEAD"]);
  const actor = actorOf(session);
  const staffId = params.id ?? "";
  const back = (notice: (typeof NOTICES)[number]) =>
    redirect(`/${languageOf(request)}/staff/scheduling/staff/${staffId}?notice=${notice}`);
  const done = (outcome: SaveOutcome | null, notice: (typeof NOTICES)[number]) => {
    if (!outcome) throw new Response("Not found", { status: 404 });
    return outcome.ok ? back(outcome.changed ? notice : "unchanged") : null;
  };
  const formData = await request.formData();
  switch (formData.get("form")) {
    case "hours": {
      const submission = parseWithZod(formData, { schema: WorkingHoursSchema });
      // A list button (add or remove a row) without JavaScript: show the form again.
      if (submission.status !== "success")
        return failed("hours", submission.reply(), submission.status === "error" ? 400 : 200);
      const outcome = await asHttp(() => saveWorkingHours(actor, staffId, submission.value));
      return (
        done(outcome, "hoursSaved") ??
        failed("hours", submission.reply({ fieldErrors: outcome!.ok ? {} : outcome!.fieldErrors }))
      );
    }
    case "absence": {
      const submission = parseWithZod(formData, { schema: AbsenceSchema });
      if (submission.status !== "success") return failed("absence", submission.reply());
      const outcome = await asHttp(() => addAbsence(actor, staffId, submission.value));
      return done(outcome, "absenceAdded") ?? failed("absence", submission.reply());
    }
    case "deleteAbsence": {
      const absenceId = String(formData.get("absenceId") ?? "");
      const outcome = await asHttp(() => deleteAbsence(actor, staffId, absenceId));
      return done(outcome, "absenceDeleted") ?? back("unchanged");
    }
    case "profile": {
      const submission = parseWithZod(formData, { schema: StaffProfileSchema });
      if (submission.status !== "success") return failed("profile", submission.reply());
      const outcome = await asHttp(() => saveStaffProfile(actor, staffId, submission.value));
      return (
        done(outcome, "profileSaved") ??
        failed(
          "profile",
          submission.reply({ fieldErrors: outcome!.ok ? {} : outcome!.fieldErrors }),
        )
      );
    }
    default:
      throw new Response("Bad request", { status: 400 });
  }
}

export default function StaffSchedule() {
  const { t } = useTranslation(["scheduling", "common"]);
  const { lang, schedule, otherLanguages, notice } = useLoaderData<typeof loader>();
  const base = `/${lang}/staff/scheduling`;
  return (
    <>
      <div className="page-header">
        <h1 className="kern-heading-large">{t("staff.title", { name: schedule.name })}</h1>
        <p className="kern-body">
          {t(`common:roles.${schedule.role}` as never)}
          {schedule.team ? (
            <>
              {" · "}
              <German>{schedule.team}</German>
            </>
          ) : null}
        </p>
      </div>
      <nav aria-label={t("nav.label")} className="page-section">
        <ul className="link-list">
          <li>
            <Link className="kern-link" to={base}>
              {t("nav.back")}
            </Link>
          </li>
        </ul>
      </nav>
      {notice ? <FormAlert tone="success" errors={[`scheduling:staff.notices.${notice}`]} /> : null}
      {schedule.lastChange ? (
        <p className="kern-body">
          {t("lastChange")} <DateTime value={schedule.lastChange.changedAt} />
          {schedule.lastChange.changedBy ? (
            <>
              {" · "}
              <bdi>{schedule.lastChange.changedBy}</bdi>
            </>
          ) : null}
        </p>
      ) : null}
      <Conflicts />
      <HoursSection />
      <AbsenceSection />
      <ProfileSection otherLanguages={otherLanguages} />
    </>
  );
}

/** The action's reply for one of the forms, or undefined. */
function useReply(form: FormName) {
  const actionData = useActionData<typeof action>();
  return actionData && "form" in actionData && actionData.form === form
    ? actionData.result
    : undefined;
}

/** Forms start afresh after each saved change (Conform keeps its own state per form id). */
function useFormId(name: FormName) {
  const { schedule } = useLoaderData<typeof loader>();
  const stamp = schedule.lastChange ? new Date(schedule.lastChange.changedAt).getTime() : 0;
  return `${name}-${stamp}`;
}

function Conflicts() {
  const { t } = useTranslation("scheduling");
  const { lang, schedule } = useLoaderData<typeof loader>();
  if (schedule.conflicts.length === 0) return null;
  return (
    <section
      className="kern-alert kern-alert--warning page-section"
      aria-labelledby="conflicts-heading"
    >
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--warning" aria-hidden="true" />
        <h2 className="kern-title" id="conflicts-heading">
          {t("staff.conflicts.heading", { count: schedule.conflicts.length })}
        </h2>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{t("staff.conflicts.intro")}</p>
        <ul className="link-list">
          {schedule.conflicts.map((c) => (
            <li key={c.id}>
              <Link className="kern-link" to={`/${lang}/staff/appointments/${c.id}`}>
                <DateTime value={c.startsAt} />
              </Link>{" "}
              <German>{c.office}</German> – {t(`staff.conflicts.${c.problem}`)}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}

function HoursSection() {
  const { t } = useTranslation(["scheduling", "common"]);
  const { schedule } = useLoaderData<typeof loader>();
  const [form, fields] = useForm({
    id: useFormId("hours"),
    lastResult: useReply("hours"),
    constraint: getZodConstraint(WorkingHoursSchema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: WorkingHoursSchema }),
    defaultValue: {
      hours: [...schedule.hours.map((h) => ({ ...h, weekday: String(h.weekday) })), BLANK_ROW],
    },
  });
  const offices = schedule.offices.map((o) => ({ value: o.id, label: o.name, lang: "de" }));
  const officeName = new Map(schedule.offices.map((o) => [o.id, o.name]));
  const outside = schedule.outsideOpening.map((i) => schedule.hours[i]!);
  return (
    <section aria-labelledby="hours-heading" className="page-section">
      <h2 id="hours-heading" className="kern-heading-medium">
        {t("staff.hours.heading")}
      </h2>
      <p className="kern-body">{t("staff.hours.intro")}</p>
      {outside.length > 0 ? (
        <div className="kern-alert kern-alert--info" role="status">
          <div className="kern-alert__body">
            <p className="kern-body">{t("staff.hours.outsideOpening")}</p>
            <ul>
              {outside.map((h) => (
                <li className="kern-body" key={`${h.weekday}-${h.startsAt}`}>
                  {t(`common:weekdays.${h.weekday}` as never)}{" "}
                  <bdi>
                    {h.startsAt}–{h.endsAt}
                  </bdi>{" "}
                  <German>{officeName.get(h.officeId)}</German>
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
      <FormAlert errors={form.errors} />
      <Form method="post" {...getFormProps(form)} noValidate className="form-stack">
        <input type="hidden" name="form" value="hours" />
        {fields.hours.getFieldList().map((row, i) => {
          const h = row.getFieldset();
          return (
            <fieldset className="kern-fieldset" key={row.key}>
              <legend className="kern-label">{t("staff.hours.row", { n: i + 1 })}</legend>
              <div className="kern-fieldset__body">
                <FieldRow>
                  {[
                    <SelectField
                      key="weekday"
                      field={h.weekday}
                      label={t("staff.hours.weekday")}
                      empty={t("choose")}
                      options={WEEKDAYS.map((d) => ({
                        value: d,
                        label: t(`common:weekdays.${d}` as never),
                      }))}
                    />,
                    <SelectField
                      key="office"
                      field={h.officeId}
                      label={t("staff.hours.office")}
                      empty={t("choose")}
                      options={offices}
                    />,
                  ]}
                </FieldRow>
                <FieldRow>
                  {[
                    <TextField
                      key="from"
                      field={h.startsAt}
                      label={t("staff.hours.from")}
                      autoComplete="off"
                    />,
                    <TextField
                      key="to"
                      field={h.endsAt}
                      label={t("staff.hours.to")}
                      autoComplete="off"
                    />,
                  ]}
                </FieldRow>
                <p className="kern-body">
                  <button
                    {...form.remove.getButtonProps({ name: fields.hours.name, index: i })}
                    className="kern-btn kern-btn--tertiary kern-btn--x-small"
                  >
                    <span className="kern-icon kern-icon--delete" aria-hidden="true" />
                    <span className="kern-label">{t("staff.hours.removeRow", { n: i + 1 })}</span>
                  </button>
                </p>
              </div>
            </fieldset>
          );
        })}
        <div className="form-stack__actions">
          <button
            {...form.insert.getButtonProps({ name: fields.hours.name, defaultValue: BLANK_ROW })}
            className="kern-btn kern-btn--secondary"
          >
            <span className="kern-icon kern-icon--add" aria-hidden="true" />
            <span className="kern-label">{t("staff.hours.addRow")}</span>
          </button>
          <SubmitButton>{t("staff.hours.save")}</SubmitButton>
        </div>
      </Form>
    </section>
  );
}

function AbsenceSection() {
  const { t } = useTranslation(["scheduling", "common"]);
  const { schedule } = useLoaderData<typeof loader>();
  const [form, fields] = useForm({
    id: useFormId("absence"),
    lastResult: useReply("absence"),
    constraint: getZodConstraint(AbsenceSchema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: AbsenceSchema }),
  });
  return (
    <section aria-labelledby="absences-heading" className="page-section">
      <h2 id="absences-heading" className="kern-heading-medium">
        {t("staff.absences.heading")}
      </h2>
      <h3 className="kern-heading-small">{t("staff.absences.upcoming")}</h3>
      {schedule.absences.length === 0 ? (
        <p className="kern-body">{t("staff.absences.none")}</p>
      ) : (
        <ul className="link-list">
          {schedule.absences.map((a) => (
            <li key={a.id} className="kern-body">
              <strong>{t(`absenceKinds.${a.kind}`)}</strong>{" "}
              <DateTime value={a.startsAt} dateOnly={a.wholeDays} /> –{" "}
              <DateTime value={a.wholeDays ? a.lastDay : a.endsAt} dateOnly={a.wholeDays} />{" "}
              <Form method="post">
                <input type="hidden" name="form" value="deleteAbsence" />
                <input type="hidden" name="absenceId" value={a.id} />
                <button type="submit" className="kern-btn kern-btn--tertiary kern-btn--x-small">
                  <span className="kern-label">
                    {t("staff.absences.delete")}
                    <span className="visually-hidden">
                      {": "}
                      {t(`absenceKinds.${a.kind}`)}{" "}
                      <DateTime value={a.startsAt} dateOnly={a.wholeDays} />
                    </span>
                  </span>
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
      <h3 className="kern-heading-small">{t("staff.absences.add")}</h3>
      <p className="kern-body">{t("staff.absences.intro")}</p>
      <FormAlert errors={form.errors} />
      <Form method="post" {...getFormProps(form)} noValidate className="form-stack">
        <input type="hidden" name="form" value="absence" />
        <SelectField
          field={fields.kind}
          label={t("staff.absences.kind")}
          empty={t("choose")}
          options={ABSENCE_KINDS.map((k) => ({ value: k, label: t(`absenceKinds.${k}`) }))}
        />
        <FieldRow>
          {[
            <TextField
              key="startsOn"
              field={fields.startsOn}
              label={t("staff.absences.startsOn")}
              hint={t("dateHint")}
              autoComplete="off"
            />,
            <TextField
              key="startsAt"
              field={fields.startsAt}
              label={t("staff.absences.startsAt")}
              hint={t("staff.absences.startsAtHint")}
              autoComplete="off"
              optional
            />,
          ]}
        </FieldRow>
        <FieldRow>
          {[
            <TextField
              key="endsOn"
              field={fields.endsOn}
              label={t("staff.absences.endsOn")}
              hint={t("staff.absences.endsOnHint")}
              autoComplete="off"
              optional
            />,
            <TextField
              key="endsAt"
              field={fields.endsAt}
              label={t("staff.absences.endsAt")}
              hint={t("staff.absences.endsAtHint")}
              autoComplete="off"
              optional
            />,
          ]}
        </FieldRow>
        <SubmitButton>{t("staff.absences.save")}</SubmitButton>
      </Form>
    </section>
  );
}

/** Checkboxes of one list field whose labels may be in another language. */
function CheckboxList({
  field,
  legend,
  hint,
  options,
}: {
  field: FieldMetadata<string[] | undefined>;
  legend: string;
  hint?: string;
  options: { value: string; label: string; lang?: string; note?: string }[];
}) {
  const invalid = Boolean(field.errors?.length);
  const byValue = new Map(options.map((o) => [o.value, o]));
  const hintId = `${field.id}-hint`;
  return (
    <fieldset
      className={`kern-fieldset${invalid ? " kern-fieldset--error" : ""}`}
      aria-describedby={
        [hint ? hintId : null, invalid ? field.errorId : null].filter(Boolean).join(" ") ||
        undefined
      }
    >
      <legend className="kern-label">{legend}</legend>
      {hint ? (
        <div className="kern-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      <FieldError field={field as FieldMetadata<unknown>} />
      <div className="kern-fieldset__body">
        {getCollectionProps(field, {
          type: "checkbox",
          options: options.map((o) => o.value),
          ariaAttributes: false,
        }).map(({ key, ...props }) => {
          const o = byValue.get(props.value)!;
          return (
            <div className="kern-form-check" key={key}>
              <input {...props} className="kern-form-check__checkbox" />
              <label className="kern-label" htmlFor={props.id}>
                <span lang={o.lang} dir={o.lang ? directionOf(o.lang) : undefined}>
                  {o.label}
                </span>
                {o.note ? <span className="kern-label__optional"> ({o.note})</span> : null}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

function ProfileSection({ otherLanguages }: { otherLanguages: { code: string; name: string }[] }) {
  const { t } = useTranslation(["scheduling", "common"]);
  const { schedule } = useLoaderData<typeof loader>();
  const [form, fields] = useForm({
    id: useFormId("profile"),
    lastResult: useReply("profile"),
    constraint: getZodConstraint(StaffProfileSchema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: StaffProfileSchema }),
    defaultValue: {
      topics: schedule.topicKeys,
      languages: schedule.languages.filter((l) => (languages as readonly string[]).includes(l)),
      otherLanguages: otherLanguages.map((l) => l.code).join(", "),
      videoUrl: schedule.videoUrl ?? "",
    },
  });
  return (
    <section aria-labelledby="profile-heading" className="page-section">
      <h2 id="profile-heading" className="kern-heading-medium">
        {t("staff.profile.heading")}
      </h2>
      <FormAlert errors={form.errors} />
      <Form method="post" {...getFormProps(form)} noValidate className="form-stack">
        <input type="hidden" name="form" value="profile" />
        <CheckboxList
          field={fields.topics}
          legend={t("staff.profile.topics")}
          hint={t("staff.profile.topicsHint")}
          options={schedule.topics.map((topic) => ({
            value: topic.key,
            label: t(`common:topics.${topic.key}` as never, { defaultValue: topic.key }),
            note: [
              topic.sensitive ? t("topic.sensitiveShort") : null,
              topic.active ? null : t("topic.inactiveShort"),
            ]
              .filter(Boolean)
              .join(", "),
          }))}
        />
        <CheckboxList
          field={fields.languages as FieldMetadata<string[] | undefined>}
          legend={t("staff.profile.languages")}
          options={languages.map((l) => ({
            value: l,
            label: t(`common:languageNames.${l}` as never),
            lang: l,
          }))}
        />
        <TextField
          field={fields.otherLanguages}
          label={t("staff.profile.otherLanguages")}
          hint={t("staff.profile.otherLanguagesHint", {
            current: otherLanguages.map((l) => `${l.name} (${l.code})`).join(", ") || "–",
          })}
          autoComplete="off"
          optional
        />
        <TextField
          field={fields.videoUrl}
          type="url"
          label={t("staff.profile.videoUrl")}
          hint={t("staff.profile.videoUrlHint")}
          autoComplete="off"
          optional
        />
        <SubmitButton>{t("staff.profile.save")}</SubmitButton>
      </Form>
    </section>
  );
}
