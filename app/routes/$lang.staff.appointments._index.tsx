// The front desk's day: one office's appointments, checking people in as they
// arrive (a USB QR scanner types the reference into the field and presses
// Enter), no-shows. Caseworkers and team leads land on their own calendar.
// Everything works without JavaScript: GET for the office and day, POST for
// each change, then back to the same list.
import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import {
  Form,
  Link,
  useActionData,
  useLoaderData,
  type ShouldRevalidateFunction,
} from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { DateTime } from "~/components/ui/date-time";
import { FieldError, FormAlert, SubmitButton } from "~/components/ui/field";
import { German } from "~/components/ui/german";
import { checkIn, markNoShow, undoCheckIn } from "~/domain/booking/front-desk.server";
import {
  agencyOffices,
  dateParam,
  deskNotice,
  officeDay,
} from "~/domain/booking/staff-views.server";
import { addDays, berlinDate, isLocalDate } from "~/domain/scheduling/berlin-time";
import { forbidden } from "~/utils/access.server";
import { actorOf, requireRole } from "~/utils/auth.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["staff", "appointments", "common"], hydrate: true };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

const ROLES = ["FRONT_DESK", "CASEWORKER", "TEAM_LEAD"] as const;
const NOTICES = ["checkedIn", "undone", "noShow"] as const;
/** Row actions that failed (another desk was faster, the time passed). */
const PROBLEMS = ["checkIn", "undo", "noShow"] as const;

const CheckInSchema = z.object({
  reference: z
    .string({ required_error: "appointments:desk.checkIn.errors.required" })
    .max(200, "appointments:desk.checkIn.errors.invalidReference"),
});

function listUrl(lang: string, officeId: string, date: string, extra: Record<string, string> = {}) {
  const params = new URLSearchParams({ office: officeId, date, ...extra });
  return `/${lang}/staff/appointments?${params}`;
}

/** Also after a refused POST (4xx): the list must show what is true now (a time just taken). */
export const shouldRevalidate: ShouldRevalidateFunction = ({
  formMethod,
  defaultShouldRevalidate,
}) => formMethod === "POST" || defaultShouldRevalidate;

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireRole(request, ROLES);
  const actor = actorOf(session);
  const lang = languageOf(request);
  if (actor.role !== "FRONT_DESK") throw redirect(`/${lang}/staff/appointments/calendar`);
  const url = new URL(request.url);
  const now = new Date();
  const offices = await agencyOffices();
  const office = offices.find((o) => o.id === url.searchParams.get("office")) ?? offices[0];
  const date = dateParam(url.searchParams.get("date"), now);
  const rows = office ? await officeDay(actor, office.id, date, now) : [];
  const notice = NOTICES.find((n) => n === url.searchParams.get("notice")) ?? null;
  const ref = url.searchParams.get("ref");
  // The person may be expected at another office or on another day than the list shows.
  const named = notice && ref ? await deskNotice(actor, ref) : null;
  return {
    lang,
    title: getFixedT(lang, "appointments")("desk.title"),
    offices,
    officeId: office?.id ?? "",
    officeName: office?.name ?? "",
    date,
    today: berlinDate(now),
    prev: addDays(date, -1),
    next: addDays(date, 1),
    rows,
    notice:
      notice && named
        ? { kind: notice, name: named.citizenName, reference: named.reference }
        : null,
    problem: PROBLEMS.find((p) => p === url.searchParams.get("problem")) ?? null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await requireRole(request, ROLES);
  const actor = actorOf(session);
  const lang = languageOf(request);
  const formData = await request.formData();
  const officeId = String(formData.get("officeId") ?? "");
  const dateValue = String(formData.get("date") ?? "");
  const date = isLocalDate(dateValue) ? dateValue : berlinDate(new Date());
  const back = (extra: Record<string, string>) => redirect(listUrl(lang, officeId, date, extra));
  const intent = formData.get("intent");

  if (intent === "noShow" || intent === "undo") {
    const id = String(formData.get("id") ?? "");
    const result = intent === "noShow" ? await markNoShow(id, actor) : await undoCheckIn(id, actor);
    if (!result.ok && result.reason === "forbidden") throw forbidden();
    if (!result.ok) return back({ problem: intent });
    return back({ notice: intent === "noShow" ? "noShow" : "undone", ref: id });
  }

  // Check-in: typed or scanned at the top, or the button of a row.
  const submission = parseWithZod(formData, { schema: CheckInSchema });
  if (submission.status !== "success") {
    return data({ reply: submission.reply(), other: null }, { status: 400 });
  }
  const result = await checkIn(submission.value.reference, actor);
  if (result.ok) return back({ notice: "checkedIn", ref: result.appointment.reference });
  if (result.reason === "forbidden") throw forbidden();
  if (formData.get("from") === "row") return back({ problem: "checkIn" });
  const error = `appointments:desk.checkIn.errors.${result.reason}`;
  return data(
    {
      reply: submission.reply({ fieldErrors: { reference: [error] } }),
      // When the person came on the wrong day: when they are expected.
      other:
        "appointment" in result && result.reason === "otherDay"
          ? { reference: result.appointment.reference, startsAt: result.appointment.startsAt }
          : null,
    },
    { status: 400 },
  );
}

/** A Berlin calendar date in words ("Dienstag, 14. Januar 2031"). */
function dayLabel(date: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: "full", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

export default function FrontDesk() {
  const { t, i18n } = useTranslation(["appointments", "common"]);
  const page = useLoaderData<typeof loader>();
  const { lang, offices, officeId, officeName, date, today, prev, next, rows, notice, problem } =
    page;
  const actionData = useActionData<typeof action>();
  // A new form (empty field) after each successful check-in, ready for the next scan.
  const formId = `check-in-${notice?.reference ?? "start"}-${notice?.kind ?? ""}`;
  const [form, fields] = useForm({
    id: formId,
    lastResult: actionData?.reply,
    constraint: getZodConstraint(CheckInSchema),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: CheckInSchema }),
  });
  const referenceInvalid = Boolean(fields.reference.errors?.length);

  const hidden = (
    <>
      <input type="hidden" name="officeId" value={officeId} />
      <input type="hidden" name="date" value={date} />
    </>
  );
  const day = dayLabel(date, i18n.language);
  return (
    <>
      <div className="page-header">
        <h1 className="kern-heading-large page-header__title">{t("desk.title")}</h1>
        <p className="kern-body page-header__lead">{t("desk.lead")}</p>
        <div className="page-header__actions">
          <Link className="kern-btn kern-btn--secondary" to={`/${lang}/staff/appointments/new`}>
            <span className="kern-label">{t("desk.bookForSomeone")}</span>
          </Link>
        </div>
      </div>

      {notice ? (
        <div className="kern-alert kern-alert--success" role="status">
          <div className="kern-alert__body">
            <p className="kern-body">
              {t(`desk.notices.${notice.kind}`, { name: notice.name })}{" "}
              <bdi>{notice.reference}</bdi>
            </p>
          </div>
        </div>
      ) : null}
      {problem ? <FormAlert errors={[`appointments:desk.problems.${problem}`]} /> : null}

      <section aria-labelledby="check-in-heading" className="page-section">
        <h2 id="check-in-heading" className="kern-heading-medium">
          {t("desk.checkIn.heading")}
        </h2>
        <Form method="post" {...getFormProps(form)} key={formId} noValidate className="form-stack">
          {hidden}
          {/* TextField's markup, plus autofocus: the scanner types wherever the focus is. */}
          <div className={`kern-form-input${referenceInvalid ? " kern-form-input--error" : ""}`}>
            <label className="kern-label" htmlFor={fields.reference.id}>
              {t("desk.checkIn.label")}
            </label>
            <div className="kern-hint" id={`${fields.reference.id}-hint`}>
              {t("desk.checkIn.hint")}
            </div>
            <FieldError field={fields.reference} />
            <input
              {...getInputProps(fields.reference, { type: "text", ariaAttributes: false })}
              className={`kern-form-input__input${referenceInvalid ? " kern-form-input__input--error" : ""}`}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              dir="ltr"
              autoFocus
              aria-invalid={referenceInvalid || undefined}
              aria-describedby={[
                `${fields.reference.id}-hint`,
                referenceInvalid ? fields.reference.errorId : null,
              ]
                .filter(Boolean)
                .join(" ")}
            />
          </div>
          {actionData?.other ? (
            <p className="kern-body">
              {t("desk.checkIn.expectedOn")} <DateTime value={actionData.other.startsAt} />
            </p>
          ) : null}
          <SubmitButton name="intent" value="checkIn">
            {t("desk.checkIn.submit")}
          </SubmitButton>
        </Form>
      </section>

      <section aria-labelledby="day-heading" className="page-section">
        <h2 id="day-heading" className="kern-heading-medium">
          {t("desk.dayHeading", { day })} – <German>{officeName}</German>
        </h2>
        <Form method="get" className="form-stack" aria-label={t("desk.filter.label")}>
          <div className="kern-form-input">
            <label className="kern-label" htmlFor="desk-office">
              {t("desk.filter.office")}
            </label>
            <div className="kern-form-input__select-wrapper">
              <select
                className="kern-form-input__select"
                id="desk-office"
                name="office"
                defaultValue={officeId}
              >
                {offices.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="kern-form-input">
            <label className="kern-label" htmlFor="desk-date">
              {t("desk.filter.date")}
            </label>
            <input
              className="kern-form-input__input"
              type="date"
              id="desk-date"
              name="date"
              defaultValue={date}
            />
          </div>
          <SubmitButton variant="secondary">{t("desk.filter.submit")}</SubmitButton>
        </Form>
        <nav aria-label={t("desk.dayNav")} className="kern-my-sm">
          <ul className="link-list">
            <li>
              <Link className="kern-link" to={listUrl(lang, officeId, prev)}>
                {t("desk.previousDay")}
              </Link>
            </li>
            <li>
              <Link
                className="kern-link"
                to={listUrl(lang, officeId, today)}
                aria-current={date === today ? "date" : undefined}
              >
                {t("desk.today")}
              </Link>
            </li>
            <li>
              <Link className="kern-link" to={listUrl(lang, officeId, next)}>
                {t("desk.nextDay")}
              </Link>
            </li>
          </ul>
        </nav>

        {rows.length === 0 ? (
          <p className="kern-body">{t("desk.none")}</p>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="day-heading">
            <table className="kern-table">
              <thead className="kern-table__head">
                <tr className="kern-table__row">
                  <th className="kern-table__header" scope="col">
                    {t("desk.columns.time")}
                  </th>
                  <th className="kern-table__header" scope="col">
                    {t("desk.columns.name")}
                  </th>
                  <th className="kern-table__header" scope="col">
                    {t("desk.columns.topic")}
                  </th>
                  <th className="kern-table__header" scope="col">
                    {t("desk.columns.needs")}
                  </th>
                  <th className="kern-table__header" scope="col">
                    {t("desk.columns.reference")}
                  </th>
                  <th className="kern-table__header" scope="col">
                    {t("desk.columns.status")}
                  </th>
                  <th className="kern-table__header" scope="col">
                    {t("desk.columns.actions")}
                  </th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {rows.map((a) => (
                  <tr className="kern-table__row" key={a.id}>
                    <td className="kern-table__cell">
                      <time dateTime={new Date(a.startsAt).toISOString()} className="bidi-isolate">
                        {a.from}–{a.until}
                      </time>
                    </td>
                    <th className="kern-table__cell" scope="row">
                      <bdi>{a.citizenName}</bdi>
                    </th>
                    <td className="kern-table__cell">
                      {t(`common:topics.${a.topicLabel}` as never, {
                        defaultValue: t("common:topics.consultation"),
                      })}
                      <br />
                      {t(`common:channels.${a.channel}` as never)}
                    </td>
                    <td className="kern-table__cell">
                      {[
                        t(`common:languageNames.${a.locale}` as never),
                        a.interpreterNeeded ? t("desk.interpreter") : null,
                        a.languageNeeds,
                        a.accessibilityNeeds,
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </td>
                    <td className="kern-table__cell">
                      <code className="bidi-isolate">{a.reference}</code>
                    </td>
                    <td className="kern-table__cell">
                      {t(`common:appointmentStatus.${a.status}` as never)}
                      {a.checkedInAt ? (
                        <>
                          {" "}
                          {t("desk.checkedInAt")} <DateTime value={a.checkedInAt} />
                        </>
                      ) : null}
                    </td>
                    <td className="kern-table__cell">
                      <div className="link-list">
                        {a.actions.checkIn ? (
                          <RowAction
                            hidden={hidden}
                            fields={{ reference: a.reference, from: "row" }}
                            intent="checkIn"
                            tone="primary"
                            label={t("desk.actions.checkIn")}
                            who={a.citizenName}
                          />
                        ) : null}
                        {a.actions.noShow ? (
                          <RowAction
                            hidden={hidden}
                            fields={{ id: a.id }}
                            intent="noShow"
                            tone="secondary"
                            label={t("desk.actions.noShow")}
                            who={a.citizenName}
                          />
                        ) : null}
                        {a.actions.undoCheckIn ? (
                          <RowAction
                            hidden={hidden}
                            fields={{ id: a.id }}
                            intent="undo"
                            tone="tertiary"
                            label={t("desk.actions.undo")}
                            who={a.citizenName}
                          />
                        ) : null}
                        <Link className="kern-link" to={`/${lang}/staff/appointments/${a.id}`}>
                          {t("desk.actions.details")}
                          <span className="visually-hidden">: {a.citizenName}</span>
                        </Link>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

/** One action on a row of the day list: a small POST form naming the person for screen readers. */
function RowAction({
  hidden,
  fields,
  intent,
  tone,
  label,
  who,
}: {
  hidden: React.ReactNode;
  fields: Record<string, string>;
  intent: string;
  tone: "primary" | "secondary" | "tertiary";
  label: string;
  who: string;
}) {
  return (
    <Form method="post">
      {hidden}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        name="intent"
        value={intent}
        className={`kern-btn kern-btn--${tone} kern-btn--x-small`}
      >
        <span className="kern-label">
          {label}
          <span className="visually-hidden">: {who}</span>
        </span>
      </button>
    </Form>
  );
}
