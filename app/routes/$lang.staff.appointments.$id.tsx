// One appointment in the back office. The front desk sees its view only (no
// reason, answers, contact data); the caseworker of the appointment sees the
// case content, and every such page view is written to the audit log.
// Actions, each a plain POST: check in (and take it back), no-show, move to
// another free time of the same topic, cancel with a reason the citizen is told.
import { getFormProps, useForm } from "@conform-to/react";
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
import { Fact } from "~/components/ui/fact";
import { FieldError, FormAlert, SubmitButton, TextAreaField } from "~/components/ui/field";
import { German } from "~/components/ui/german";
import {
  cancelByStaff,
  checkIn,
  markNoShow,
  rescheduleByStaff,
  undoCheckIn,
} from "~/domain/booking/front-desk.server";
import {
  appointmentFacts,
  appointmentForStaff,
  parseTimeValue,
  staffFreeTimes,
} from "~/domain/booking/staff-views.server";
import { isLocalDate, toBerlin } from "~/domain/scheduling/berlin-time";
import { forbidden } from "~/utils/access.server";
import { actorOf, requireRole } from "~/utils/auth.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["staff", "appointments", "common"], hydrate: true };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

const ROLES = ["FRONT_DESK", "CASEWORKER", "TEAM_LEAD"] as const;
const NOTICES = ["booked", "checkedIn", "undone", "noShow", "cancelled", "rescheduled"] as const;

const CancelSchema = z.object({
  reason: z
    .string({ required_error: "appointments:detail.cancel.reasonRequired" })
    .trim()
    .min(1, "appointments:detail.cancel.reasonRequired")
    .max(500, "validation.tooLong"),
});

const MoveSchema = z.object({
  slot: z.string({ required_error: "appointments:detail.move.slotRequired" }),
});

function notFound(): Response {
  return new Response("Not found", { status: 404 });
}

/** Also after a refused POST (4xx): the list must show what is true now (a time just taken). */
export const shouldRevalidate: ShouldRevalidateFunction = ({
  formMethod,
  defaultShouldRevalidate,
}) => formMethod === "POST" || defaultShouldRevalidate;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const session = await requireRole(request, ROLES);
  const actor = actorOf(session);
  const lang = languageOf(request);
  const now = new Date();
  const appointment = await appointmentForStaff(actor, params.id ?? "", {
    now,
    clientIp: context.clientIp,
  });
  if (!appointment) throw notFound();
  const url = new URL(request.url);
  const notice = NOTICES.find((n) => n === url.searchParams.get("notice")) ?? null;

  // Moving: free times of the same topic with the same staff member.
  let move = null;
  if (url.searchParams.get("move") === "1" && appointment.actions.reschedule) {
    const facts = await appointmentFacts(appointment.id);
    const from = url.searchParams.get("from");
    move = facts?.topicKey
      ? await staffFreeTimes(
          facts.topicKey,
          {
            officeId: url.searchParams.get("office") ?? facts.officeId,
            channel: url.searchParams.get("channel") ?? facts.channel,
            staffId: facts.staffId,
            from: from && isLocalDate(from) ? from : null,
          },
          now,
        )
      : null;
  }
  const t = getFixedT(lang, "appointments");
  return {
    lang,
    title: t("detail.title", { reference: appointment.reference }),
    appointment,
    from: toBerlin(new Date(appointment.startsAt)).time,
    until: toBerlin(new Date(appointment.endsAt)).time,
    notice,
    move: move
      ? {
          offices: move.offices,
          channels: move.topic.channels,
          officeId: move.officeId,
          channel: move.channel,
          days: move.days,
          nextFrom: move.nextFrom,
        }
      : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const session = await requireRole(request, ROLES);
  const actor = actorOf(session);
  const lang = languageOf(request);
  const id = params.id ?? "";
  const formData = await request.formData();
  const intent = formData.get("intent");
  const done = (notice: (typeof NOTICES)[number]) =>
    redirect(`/${lang}/staff/appointments/${id}?notice=${notice}`);

  if (intent === "checkIn" || intent === "undo" || intent === "noShow") {
    const facts = await appointmentFacts(id);
    if (!facts) throw notFound();
    const result =
      intent === "checkIn"
        ? await checkIn(facts.reference, actor)
        : intent === "undo"
          ? await undoCheckIn(id, actor)
          : await markNoShow(id, actor);
    if (result.ok)
      return done(intent === "checkIn" ? "checkedIn" : intent === "undo" ? "undone" : "noShow");
    if (result.reason === "forbidden") throw forbidden();
    if (result.reason === "notFound") throw notFound();
    return data(
      {
        form: "status" as const,
        reply: null,
        error: `appointments:detail.problems.${result.reason}`,
      },
      { status: 409 },
    );
  }

  if (intent === "cancel") {
    const submission = parseWithZod(formData, { schema: CancelSchema });
    if (submission.status !== "success") {
      return data(
        { form: "cancel" as const, reply: submission.reply(), error: null },
        { status: 400 },
      );
    }
    const result = await cancelByStaff(id, submission.value.reason, actor);
    if (result.ok) return done("cancelled");
    if (result.reason === "forbidden") throw forbidden();
    if (result.reason === "notFound") throw notFound();
    const error = `appointments:detail.problems.${result.reason}`;
    return data(
      { form: "cancel" as const, reply: submission.reply({ formErrors: [error] }), error: null },
      { status: 409 },
    );
  }

  if (intent === "move") {
    const submission = parseWithZod(formData, { schema: MoveSchema });
    if (submission.status !== "success") {
      return data(
        { form: "move" as const, reply: submission.reply(), error: null },
        { status: 400 },
      );
    }
    const pick = parseTimeValue(submission.value.slot);
    const result = pick ? await rescheduleByStaff(id, pick, actor) : null;
    if (result?.ok) return done("rescheduled");
    if (result?.reason === "forbidden") throw forbidden();
    if (result?.reason === "notFound") throw notFound();
    const error = `appointments:detail.problems.${result?.reason ?? "notOffered"}`;
    return data(
      { form: "move" as const, reply: submission.reply({ formErrors: [error] }), error: null },
      { status: 409 },
    );
  }
  throw new Response("Bad request", { status: 400 });
}

/** A Berlin calendar date in words ("Dienstag, 14. Januar 2031"). */
function dayLabel(date: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: "full", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

export default function AppointmentDetail() {
  const { t, i18n } = useTranslation(["appointments", "common"]);
  const { lang, appointment: a, from, until, notice, move } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [cancelForm, cancelFields] = useForm({
    id: "cancel",
    lastResult: actionData?.form === "cancel" ? actionData.reply : undefined,
    constraint: getZodConstraint(CancelSchema),
    // Errors appear on submit and clear while typing: an error vanishing on blur
    // would move the button away under the mouse between press and release.
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: CancelSchema }),
  });
  const [moveForm, moveFields] = useForm({
    id: "move",
    lastResult: actionData?.form === "move" ? actionData.reply : undefined,
    constraint: getZodConstraint(MoveSchema),
    shouldValidate: "onSubmit",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: MoveSchema }),
  });
  const base = `/${lang}/staff/appointments/${a.id}`;
  const topic =
    a.view === "caseworker" && a.topicKey
      ? t(`common:topics.${a.topicKey}` as never, { defaultValue: a.topicKey })
      : t(`common:topics.${a.topicLabel}` as never, {
          defaultValue: t("common:topics.consultation"),
        });
  const statusButton = (intent: string, label: string, variant: string) => (
    <Form method="post" className="inline-form">
      <button
        type="submit"
        name="intent"
        value={intent}
        className={`kern-btn kern-btn--${variant}`}
      >
        <span className="kern-label">{label}</span>
      </button>
    </Form>
  );
  const hasStatusActions = a.actions.checkIn || a.actions.undoCheckIn || a.actions.noShow;

  return (
    <>
      <p className="kern-body">
        <Link className="kern-link" to={`/${lang}/staff/appointments`}>
          {t("detail.back")}
        </Link>
      </p>
      <h1 className="kern-heading-large">
        {t("detail.heading")} <bdi>{a.reference}</bdi>
      </h1>

      {notice ? (
        <div className="kern-alert kern-alert--success" role="status">
          <div className="kern-alert__body">
            <p className="kern-body">{t(`detail.notices.${notice}`)}</p>
            {notice === "booked" ? (
              <p className="kern-body--large">
                {t("detail.referenceIs")} <strong className="bidi-isolate">{a.reference}</strong>
              </p>
            ) : null}
          </div>
        </div>
      ) : null}
      {actionData?.form === "status" && actionData.error ? (
        <FormAlert errors={[actionData.error]} />
      ) : null}

      <section aria-labelledby="facts-heading" className="page-section">
        <h2 id="facts-heading" className="kern-heading-medium">
          {t("detail.factsHeading")}
        </h2>
        <dl className="kern-description-list">
          <Fact term={t("detail.facts.name")}>
            <bdi>{a.citizenName}</bdi>
          </Fact>
          <Fact term={t("detail.facts.reference")}>
            <code className="bidi-isolate">{a.reference}</code>
          </Fact>
          <Fact term={t("detail.facts.when")}>
            <DateTime value={a.startsAt} dateOnly />,{" "}
            <span className="bidi-isolate">
              {from}–{until}
            </span>
          </Fact>
          <Fact term={t("detail.facts.how")}>
            {t(`common:channels.${a.channel}` as never)}
            {", "}
            <German>{a.officeName}</German>
          </Fact>
          <Fact term={t("detail.facts.topic")}>
            {topic}
            {a.view === "caseworker" && a.sensitive ? ` (${t("detail.facts.sensitive")})` : null}
          </Fact>
          <Fact term={t("detail.facts.status")}>
            {t(`common:appointmentStatus.${a.status}` as never)}
            {a.checkedInAt ? (
              <>
                {" – "}
                <DateTime value={a.checkedInAt} />
              </>
            ) : null}
            {a.noShowAt ? (
              <>
                {" – "}
                <DateTime value={a.noShowAt} />
              </>
            ) : null}
            {a.cancelledAt ? (
              <>
                {" – "}
                <DateTime value={a.cancelledAt} />
              </>
            ) : null}
          </Fact>
          <Fact term={t("detail.facts.language")}>
            {t(`common:languageNames.${a.locale}` as never)}
          </Fact>
          <Fact term={t("detail.facts.support")}>
            {[
              a.interpreterNeeded ? t("detail.facts.interpreter") : null,
              a.languageNeeds,
              a.accessibilityNeeds,
            ]
              .filter(Boolean)
              .join(" · ") || t("detail.facts.noSupport")}
          </Fact>
          {a.view === "caseworker" ? (
            <>
              <Fact term={t("detail.facts.staff")}>{a.staffName}</Fact>
              <Fact term={t("detail.facts.phone")}>
                {a.citizenPhone ? <bdi>{a.citizenPhone}</bdi> : t("detail.facts.none")}
              </Fact>
              <Fact term={t("detail.facts.email")}>
                {a.citizenEmail ? <bdi>{a.citizenEmail}</bdi> : t("detail.facts.none")}
              </Fact>
              <Fact term={t("detail.facts.bookedAt")}>
                <DateTime value={a.bookedAt} />
              </Fact>
              {a.cancelReason ? (
                <Fact term={t("detail.facts.cancelReason")}>
                  {a.cancelReason}
                  {a.cancelledByStaff ? ` (${t("detail.facts.cancelledByStaff")})` : null}
                </Fact>
              ) : null}
            </>
          ) : null}
        </dl>
      </section>

      {a.view === "caseworker" ? (
        <section aria-labelledby="content-heading" className="page-section">
          <h2 id="content-heading" className="kern-heading-medium">
            {t("detail.content.heading")}
          </h2>
          <p className="kern-body">{t("detail.content.audited")}</p>
          <h3 className="kern-heading-small">{t("detail.content.reason")}</h3>
          <p className="kern-body">{a.reason ?? t("detail.content.noReason")}</p>

          <h3 className="kern-heading-small">{t("detail.content.preparation")}</h3>
          {a.preparedAt ? (
            <>
              <p className="kern-body">
                {t("detail.content.preparedAt")} <DateTime value={a.preparedAt} />
              </p>
              <p className="kern-body">{a.preparationTopics ?? t("detail.content.noTopics")}</p>
            </>
          ) : (
            <p className="kern-body">{t("detail.content.notPrepared")}</p>
          )}

          <h3 className="kern-heading-small">{t("detail.content.documents")}</h3>
          {a.documents.length === 0 ? (
            <p className="kern-body">{t("detail.content.noDocuments")}</p>
          ) : (
            <ul className="checklist">
              {a.documents.map((d) => {
                const ready = a.preparationReady.includes(d.title);
                return (
                  <li
                    key={d.title}
                    className={`checklist__item${ready ? " checklist__item--done" : ""}`}
                  >
                    <span className="checklist__text">
                      {d.title}
                      {d.note ? <span className="checklist__hint"> {d.note}</span> : null}
                      {" – "}
                      {ready ? t("detail.content.ready") : t("detail.content.notReady")}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      ) : null}

      {hasStatusActions ? (
        <section aria-labelledby="status-heading" className="page-section">
          <h2 id="status-heading" className="kern-heading-medium">
            {t("detail.statusHeading")}
          </h2>
          <div className="kern-btn-wrapper">
            {a.actions.checkIn
              ? statusButton("checkIn", t("detail.actions.checkIn"), "primary")
              : null}
            {a.actions.noShow
              ? statusButton("noShow", t("detail.actions.noShow"), "secondary")
              : null}
            {a.actions.undoCheckIn
              ? statusButton("undo", t("detail.actions.undo"), "secondary")
              : null}
          </div>
        </section>
      ) : null}

      {a.actions.reschedule ? (
        <section aria-labelledby="move-heading" className="page-section">
          <h2 id="move-heading" className="kern-heading-medium">
            {t("detail.move.heading")}
          </h2>
          {!move ? (
            <p className="kern-body">
              <Link className="kern-link" to={`${base}?move=1#move-heading`}>
                {t("detail.move.show")}
              </Link>
            </p>
          ) : (
            <>
              <Form method="get" className="form-stack" aria-label={t("detail.move.filterLabel")}>
                <input type="hidden" name="move" value="1" />
                <div className="kern-form-input">
                  <label className="kern-label" htmlFor="move-office">
                    {t("detail.move.office")}
                  </label>
                  <div className="kern-form-input__select-wrapper">
                    <select
                      className="kern-form-input__select"
                      id="move-office"
                      name="office"
                      defaultValue={move.officeId ?? ""}
                    >
                      {move.offices.map((o) => (
                        <option key={o.id} value={o.id}>
                          {o.name}
                        </option>
                      ))}
                    </select>
                  </div>
                </div>
                <div className="kern-form-input">
                  <label className="kern-label" htmlFor="move-channel">
                    {t("detail.move.channel")}
                  </label>
                  <div className="kern-form-input__select-wrapper">
                    <select
                      className="kern-form-input__select"
                      id="move-channel"
                      name="channel"
                      defaultValue={move.channel}
                    >
                      {move.channels.map((c) => (
                        <option key={c} value={c}>
                          {t(`common:channels.${c}` as never)}
                        </option>
                      ))}
                    </select>
                  </div>
                </div>
                <SubmitButton variant="secondary">{t("detail.move.filterSubmit")}</SubmitButton>
              </Form>

              <FormAlert errors={moveForm.errors} />
              {move.days.length === 0 ? (
                <p className="kern-body">{t("detail.move.none")}</p>
              ) : (
                <Form method="post" {...getFormProps(moveForm)} noValidate className="form-stack">
                  <FieldError field={moveFields.slot} />
                  {move.days.map((day) => (
                    <fieldset className="kern-fieldset" key={day.date}>
                      <legend className="kern-label">{dayLabel(day.date, i18n.language)}</legend>
                      <div className="kern-fieldset__body">
                        {day.times.map((time) => (
                          <div className="kern-form-check" key={time.value}>
                            <input
                              className="kern-form-check__radio"
                              type="radio"
                              name={moveFields.slot.name}
                              id={`move-${time.startsAt}`}
                              value={time.value}
                              aria-describedby={
                                moveFields.slot.errors?.length ? moveFields.slot.errorId : undefined
                              }
                            />
                            <label className="kern-label" htmlFor={`move-${time.startsAt}`}>
                              <span className="bidi-isolate">{time.time}</span>
                            </label>
                          </div>
                        ))}
                      </div>
                    </fieldset>
                  ))}
                  {move.nextFrom ? (
                    <p className="kern-body">
                      <Link
                        className="kern-link"
                        to={`${base}?${new URLSearchParams({
                          move: "1",
                          office: move.officeId ?? "",
                          channel: move.channel,
                          from: move.nextFrom,
                        })}#move-heading`}
                      >
                        {t("detail.move.later")}
                      </Link>
                    </p>
                  ) : null}
                  <p className="kern-body">{t("detail.move.told")}</p>
                  <SubmitButton name="intent" value="move">
                    {t("detail.move.submit")}
                  </SubmitButton>
                </Form>
              )}
            </>
          )}
        </section>
      ) : null}

      {a.actions.cancel ? (
        <section aria-labelledby="cancel-heading" className="page-section">
          <h2 id="cancel-heading" className="kern-heading-medium">
            {t("detail.cancel.heading")}
          </h2>
          <FormAlert errors={cancelForm.errors} />
          <Form method="post" {...getFormProps(cancelForm)} noValidate className="form-stack">
            <TextAreaField
              field={cancelFields.reason}
              label={t("detail.cancel.reason")}
              hint={t("detail.cancel.hint")}
              rows={3}
            />
            <SubmitButton name="intent" value="cancel" variant="secondary">
              {t("detail.cancel.submit")}
            </SubmitButton>
          </Form>
        </section>
      ) : null}
    </>
  );
}
