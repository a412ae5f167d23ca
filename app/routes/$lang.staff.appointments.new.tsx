// Booking on someone's behalf, at the desk or on the phone – also for people
// without e-mail or an account. Topic, office and channel are chosen with a
// GET form (so the free times show without JavaScript), then one POST books
// the chosen time for the person. When the time was just taken, the page says
// so, shows the next free times and keeps everything typed.
// Caseworkers and team leads book into their own calendar.
import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import {
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
  useLocation,
  type ShouldRevalidateFunction,
} from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import {
  FieldError,
  FormAlert,
  SubmitButton,
  TextAreaField,
  TextField,
} from "~/components/ui/field";
import { German } from "~/components/ui/german";
import { bookOnBehalf } from "~/domain/booking/front-desk.server";
import { parseTimeValue, staffFreeTimes } from "~/domain/booking/staff-views.server";
import { listTopics } from "~/domain/booking/topics.server";
import { isLocalDate } from "~/domain/scheduling/berlin-time";
import { languages } from "~/i18n";
import { forbidden } from "~/utils/access.server";
import { actorOf, requireRole } from "~/utils/auth.server";
import { invalid } from "~/utils/forms.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["staff", "appointments", "common"], hydrate: true };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

const ROLES = ["FRONT_DESK", "CASEWORKER", "TEAM_LEAD"] as const;

const optionalText = (max: number) => z.string().trim().max(max, "validation.tooLong").optional();

const BookSchema = z.object({
  topic: z.string({ required_error: "appointments:new.errors.topic" }),
  language: z.string().optional(),
  slot: z.string({ required_error: "appointments:new.errors.slotRequired" }),
  citizenName: z
    .string({ required_error: "validation.required" })
    .trim()
    .min(1, "validation.required")
    .max(200, "validation.tooLong"),
  citizenPhone: optionalText(50),
  citizenEmail: z
    .string()
    .trim()
    .email("validation.email")
    .max(254, "validation.tooLong")
    .optional(),
  accountEmail: z
    .string()
    .trim()
    .email("validation.email")
    .max(254, "validation.tooLong")
    .optional(),
  locale: z.enum(languages),
  reason: optionalText(2000),
  languageNeeds: optionalText(200),
  interpreterNeeded: z.boolean().optional(),
  accessibilityNeeds: optionalText(500),
});

/** Also after a refused POST (4xx): the list must show what is true now (a time just taken). */
export const shouldRevalidate: ShouldRevalidateFunction = ({
  formMethod,
  defaultShouldRevalidate,
}) => formMethod === "POST" || defaultShouldRevalidate;

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireRole(request, ROLES);
  const actor = actorOf(session);
  const lang = languageOf(request);
  const url = new URL(request.url);
  const topics = await listTopics();
  const topicKey = topics.find((x) => x.key === url.searchParams.get("topic"))?.key ?? null;
  const from = url.searchParams.get("from");
  const free = topicKey
    ? await staffFreeTimes(topicKey, {
        officeId: url.searchParams.get("office"),
        channel: url.searchParams.get("channel"),
        language: url.searchParams.get("language"),
        staffId: actor.role === "FRONT_DESK" ? undefined : actor.id,
        from: from && isLocalDate(from) ? from : null,
      })
    : null;
  return {
    lang,
    title: getFixedT(lang, "appointments")("new.title"),
    own: actor.role !== "FRONT_DESK",
    topics: topics.map((x) => x.key),
    topicKey,
    unknownTopic: url.searchParams.has("topic") && !topicKey,
    free: free
      ? {
          offices: free.offices,
          channels: free.topic.channels,
          languages: free.languages,
          officeId: free.officeId,
          channel: free.channel,
          language: free.language,
          days: free.days,
          nextFrom: free.nextFrom,
        }
      : null,
  };
}

/** Booking issues the form can point at a field; the rest are about the time. */
const FIELD_OF_ISSUE: Record<string, string> = {
  name: "citizenName",
  email: "citizenEmail",
  citizen: "accountEmail",
  locale: "locale",
};

export async function action({ request }: ActionFunctionArgs) {
  const session = await requireRole(request, ROLES);
  const actor = actorOf(session);
  const lang = languageOf(request);
  const submission = parseWithZod(await request.formData(), { schema: BookSchema });
  if (submission.status !== "success") return invalid(submission.reply());
  const { slot, topic, language, accountEmail, ...person } = submission.value;
  const pick = parseTimeValue(slot);
  if (!pick) {
    return invalid(submission.reply({ fieldErrors: { slot: ["appointments:new.errors.taken"] } }));
  }
  const result = await bookOnBehalf(
    { ...pick, language: language || null },
    { ...person, topicKey: topic, accountEmail },
    actor,
  );
  if (result.ok) {
    return redirect(`/${lang}/staff/appointments/${result.appointment.id}?notice=booked`);
  }
  if (result.reason === "forbidden") throw forbidden();
  if (result.reason === "noAccount") {
    return invalid(
      submission.reply({ fieldErrors: { accountEmail: ["appointments:new.errors.noAccount"] } }),
    );
  }
  if (result.reason === "invalid") {
    const fieldErrors: Record<string, string[]> = {};
    const formErrors: string[] = [];
    for (const issue of result.issues) {
      const field = FIELD_OF_ISSUE[issue];
      if (field) fieldErrors[field] = [`appointments:new.errors.issues.${issue}`];
      else if (issue === "text") formErrors.push("appointments:new.errors.issues.text");
      else formErrors.push("appointments:new.errors.taken");
    }
    return invalid(submission.reply({ fieldErrors, formErrors: [...new Set(formErrors)] }));
  }
  // taken, citizenOverlap, busy: nothing was booked, everything typed stays.
  return invalid(submission.reply({ formErrors: [`appointments:new.errors.${result.reason}`] }));
}

/** A Berlin calendar date in words ("Dienstag, 14. Januar 2031"). */
function dayLabel(date: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: "full", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

export default function BookOnBehalf() {
  const { t, i18n } = useTranslation(["appointments", "common"]);
  const { own, topics, topicKey, unknownTopic, free } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const location = useLocation();
  const [form, fields] = useForm({
    id: "book-on-behalf",
    lastResult,
    constraint: getZodConstraint(BookSchema),
    // Errors appear on submit and clear while typing: an error vanishing on blur
    // would move the button away under the mouse between press and release.
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: BookSchema }),
    defaultValue: { locale: "de" },
  });
  const topicLabel = (key: string) =>
    t(`common:topics.${key}` as never, { defaultValue: t("common:topics.consultation") });
  const select = (
    id: string,
    name: string,
    label: string,
    value: string,
    options: { value: string; label: string }[],
  ) => (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      <div className="kern-form-input__select-wrapper">
        <select className="kern-form-input__select" id={id} name={name} defaultValue={value}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
  const laterUrl = free?.nextFrom
    ? `?${new URLSearchParams({
        topic: topicKey ?? "",
        office: free.officeId ?? "",
        channel: free.channel,
        language: free.language ?? "",
        from: free.nextFrom,
      })}#times-heading`
    : null;

  return (
    <>
      <div className="page-header">
        <h1 className="kern-heading-large page-header__title">{t("new.title")}</h1>
        <p className="kern-body page-header__lead">{own ? t("new.leadOwn") : t("new.lead")}</p>
      </div>

      <section aria-labelledby="what-heading" className="page-section">
        <h2 id="what-heading" className="kern-heading-medium">
          {t("new.what.heading")}
        </h2>
        {unknownTopic ? <FormAlert errors={["appointments:new.errors.topic"]} /> : null}
        <Form method="get" className="form-stack" aria-labelledby="what-heading">
          {select(
            "new-topic",
            "topic",
            t("new.what.topic"),
            topicKey ?? "",
            topics.map((k) => ({ value: k, label: topicLabel(k) })),
          )}
          {free && free.offices.length > 0 ? (
            <>
              {select(
                "new-office",
                "office",
                t("new.what.office"),
                free.officeId ?? "",
                free.offices.map((o) => ({ value: o.id, label: o.name })),
              )}
              {select(
                "new-channel",
                "channel",
                t("new.what.channel"),
                free.channel,
                free.channels.map((c) => ({ value: c, label: t(`common:channels.${c}` as never) })),
              )}
              {select("new-language", "language", t("new.what.language"), free.language ?? "", [
                { value: "", label: t("new.what.anyLanguage") },
                ...free.languages.map((l) => ({
                  value: l,
                  label: t(`common:languageNames.${l}` as never, { defaultValue: l }),
                })),
              ])}
            </>
          ) : null}
          <SubmitButton variant="secondary">
            {free ? t("new.what.update") : t("new.what.submit")}
          </SubmitButton>
        </Form>
      </section>

      {free ? (
        <Form
          method="post"
          action={`${location.pathname}${location.search}`}
          {...getFormProps(form)}
          noValidate
          className="form-stack"
        >
          {/* Plain inputs, not Conform's: they follow the GET choice above (the form keeps its state). */}
          <input type="hidden" name={fields.topic.name} value={topicKey ?? ""} />
          <input type="hidden" name={fields.language.name} value={free.language ?? ""} />
          <FormAlert errors={[...(form.errors ?? []), ...(fields.topic.errors ?? [])]} />

          <section aria-labelledby="times-heading" className="page-section">
            <h2 id="times-heading" className="kern-heading-medium">
              {t("new.times.heading")}
            </h2>
            {free.offices.length === 0 ? (
              <p className="kern-body">{t("new.times.nobody")}</p>
            ) : free.days.length === 0 ? (
              <p className="kern-body">
                {t("new.times.none")}{" "}
                <German>{free.offices.find((o) => o.id === free.officeId)?.name}</German>
              </p>
            ) : (
              <>
                <p className="kern-body">
                  {t("new.times.intro")}{" "}
                  <German>{free.offices.find((o) => o.id === free.officeId)?.name}</German>
                  {", "}
                  {t(`common:channels.${free.channel}` as never)}
                </p>
                <FieldError field={fields.slot} />
                {free.days.map((day) => (
                  <fieldset className="kern-fieldset" key={day.date}>
                    <legend className="kern-label">{dayLabel(day.date, i18n.language)}</legend>
                    <div className="kern-fieldset__body">
                      {day.times.map((time) => (
                        <div className="kern-form-check" key={time.value}>
                          <input
                            className="kern-form-check__radio"
                            type="radio"
                            name={fields.slot.name}
                            id={`slot-${time.startsAt}`}
                            value={time.value}
                            defaultChecked={fields.slot.initialValue === time.value}
                            aria-describedby={
                              fields.slot.errors?.length ? fields.slot.errorId : undefined
                            }
                          />
                          <label className="kern-label" htmlFor={`slot-${time.startsAt}`}>
                            <span className="bidi-isolate">{time.time}</span>
                          </label>
                        </div>
                      ))}
                    </div>
                  </fieldset>
                ))}
                {laterUrl ? (
                  <p className="kern-body">
                    <Link className="kern-link" to={laterUrl}>
                      {t("new.times.later")}
                    </Link>
                  </p>
                ) : null}
              </>
            )}
          </section>

          <section aria-labelledby="person-heading" className="page-section form-stack">
            <h2 id="person-heading" className="kern-heading-medium">
              {t("new.person.heading")}
            </h2>
            <TextField field={fields.citizenName} label={t("new.person.name")} autoComplete="off" />
            <TextField
              field={fields.citizenPhone}
              type="tel"
              label={t("new.person.phone")}
              hint={t("new.person.phoneHint")}
              optional
              autoComplete="off"
            />
            <TextField
              field={fields.citizenEmail}
              type="email"
              label={t("new.person.email")}
              hint={t("new.person.emailHint")}
              optional
              autoComplete="off"
            />
            <TextField
              field={fields.accountEmail}
              type="email"
              label={t("new.person.account")}
              hint={t("new.person.accountHint")}
              optional
              autoComplete="off"
            />
            <div
              className={`kern-form-input${fields.locale.errors?.length ? " kern-form-input--error" : ""}`}
            >
              <label className="kern-label" htmlFor={fields.locale.id}>
                {t("new.person.locale")}
              </label>
              <div className="kern-hint" id={`${fields.locale.id}-hint`}>
                {t("new.person.localeHint")}
              </div>
              <FieldError field={fields.locale} />
              <div className="kern-form-input__select-wrapper">
                <select
                  {...getSelectProps(fields.locale, { ariaAttributes: false })}
                  className="kern-form-input__select"
                  aria-describedby={`${fields.locale.id}-hint`}
                >
                  {languages.map((l) => (
                    <option key={l} value={l}>
                      {t(`common:languageNames.${l}` as never)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <TextAreaField
              field={fields.reason}
              label={t("new.person.reason")}
              hint={t("new.person.reasonHint")}
              optional
              rows={3}
            />
            <TextField
              field={fields.languageNeeds}
              label={t("new.person.languageNeeds")}
              optional
              autoComplete="off"
            />
            <div className="kern-form-check">
              <input
                {...getInputProps(fields.interpreterNeeded, { type: "checkbox" })}
                className="kern-form-check__checkbox"
              />
              <label className="kern-label" htmlFor={fields.interpreterNeeded.id}>
                {t("new.person.interpreter")}
              </label>
            </div>
            <TextField
              field={fields.accessibilityNeeds}
              label={t("new.person.accessibility")}
              optional
              autoComplete="off"
            />
          </section>
          <div className="form-stack__actions">
            <SubmitButton>{t("new.submit")}</SubmitButton>
          </div>
        </Form>
      ) : null}
    </>
  );
}
