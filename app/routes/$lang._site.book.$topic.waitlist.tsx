// Joining the waitlist of a topic when no free time fits: name, address (an
// account's own, fixed), which office, channel and language would do, and the
// consent that we may write. Linked from the slot page with its filters as
// defaults. A person without an account always sees "check your mailbox" –
// whether the address was already on the list is told only by mail.
import { getFormProps, useForm, type FieldMetadata } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FieldError, SubmitButton, TextField } from "~/components/ui/field";
import { availabilityContext } from "~/domain/booking/availability.server";
import {
  checkHuman,
  formStamp,
  HONEYPOT_FIELD,
  STAMP_FIELD,
} from "~/domain/booking/bot-check.server";
import { CHANNELS, isChannel } from "~/domain/booking/rules";
import {
  joinWaitlist,
  MAX_ACTIVE_ENTRIES,
  OFFER_HOLD_MINUTES,
} from "~/domain/booking/waitlist.server";
import { invalid } from "~/utils/forms.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";
import { getSession } from "~/utils/session.server";

export const handle = { i18n: ["common", "waitlist"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

const choice = (message: string) => z.string().max(64, message).optional();

const AccountSchema = z.object({
  name: z
    .string({ required_error: "validation.required" })
    .trim()
    .min(2, "validation.tooShort")
    .max(120, "validation.tooLong"),
  office: choice("waitlist:join.errors.office"),
  channel: z
    .enum(CHANNELS, { errorMap: () => ({ message: "waitlist:join.errors.channel" }) })
    .optional(),
  language: choice("waitlist:join.errors.language"),
  consent: z.literal("on", {
    errorMap: () => ({ message: "waitlist:join.errors.consentRequired" }),
  }),
});

const GuestSchema = AccountSchema.extend({
  email: z
    .string({ required_error: "validation.required" })
    .trim()
    .max(254, "validation.tooLong")
    .email("validation.email")
    .transform((v) => v.toLowerCase()),
});

async function citizenOf(request: Request) {
  const session = await getSession(request);
  return session?.user.role === "CITIZEN" ? session.user : null;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = languageOf(request);
  const topicKey = params.topic ?? "";
  const context = /^[a-z0-9-]{1,60}$/.test(topicKey) ? await availabilityContext(topicKey) : null;
  if (!context) throw new Response("Not found", { status: 404 });
  const { topic } = context;
  const user = await citizenOf(request);
  const url = new URL(request.url);
  const wanted = {
    office: url.searchParams.get("office") ?? "",
    channel: url.searchParams.get("channel") ?? "",
    language: url.searchParams.get("language") ?? "",
  };
  const office = context.offices.some((o) => o.id === wanted.office) ? wanted.office : "";
  const channel =
    isChannel(wanted.channel) && topic.channels.includes(wanted.channel) ? wanted.channel : "";
  const language = context.languages.includes(wanted.language) ? wanted.language : "";
  const names = new Intl.DisplayNames([lang], { type: "language" });
  const back = new URLSearchParams();
  if (channel) back.set("channel", channel);
  if (office) back.set("office", office);
  if (language) back.set("language", language);
  return {
    lang,
    title: getFixedT(lang, "waitlist")("join.title"),
    topic: topic.key,
    offices: context.offices.map((o) => ({ value: o.id, label: o.name })),
    channels: topic.channels,
    languages: context.languages.map((l) => ({ value: l, label: names.of(l) ?? l })),
    account: user ? { email: user.email } : null,
    defaults: { name: user?.name ?? "", office, channel, language },
    sent: url.searchParams.get("sent") === "1",
    stamp: await formStamp(),
    holdHours: OFFER_HOLD_MINUTES / 60,
    maxEntries: MAX_ACTIVE_ENTRIES,
    // Names only: the component must not import the server module.
    stampField: STAMP_FIELD,
    honeypotField: HONEYPOT_FIELD,
    backHref: `/${lang}/book/${topic.key}${back.size ? `?${back}` : ""}`,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = languageOf(request);
  const topicKey = params.topic ?? "";
  const user = await citizenOf(request);
  const form = await request.formData();
  const submission = parseWithZod(form, { schema: user ? AccountSchema : GuestSchema });
  if (submission.status !== "success") return invalid(submission.reply());
  const verdict = await checkHuman({
    stamp: form.get(STAMP_FIELD),
    honeypot: form.get(HONEYPOT_FIELD),
  });
  if (verdict !== "ok") {
    const key = verdict === "tooFast" ? "tooFast" : "formExpired";
    return invalid(submission.reply({ formErrors: [`waitlist:join.errors.${key}`] }));
  }
  const value = submission.value;
  const result = await joinWaitlist(
    {
      topicKey,
      officeId: value.office ?? null,
      channel: value.channel ?? null,
      language: value.language ?? null,
      name: value.name,
      email: user
        ? user.email
        : "email" in value && typeof value.email === "string"
          ? value.email
          : "",
      citizenId: user?.id ?? null,
      locale: lang,
    },
    { clientIp: context.clientIp },
  );
  if (result.ok) {
    // An account's address is proven: straight to the entry; anyone else reads their mail.
    if (result.token) return redirect(`/${lang}/waitlist/${result.token}?notice=joined`);
    return redirect(`/${lang}/book/${topicKey}/waitlist?sent=1`);
  }
  switch (result.reason) {
    case "topic":
      throw new Response("Not found", { status: 404 });
    case "office":
    case "channel":
    case "language":
      return invalid(
        submission.reply({
          fieldErrors: { [result.reason]: [`waitlist:join.errors.${result.reason}`] },
        }),
      );
    default:
      return invalid(submission.reply({ formErrors: [`waitlist:join.errors.${result.reason}`] }));
  }
}

export default function JoinWaitlist() {
  const { t } = useTranslation("waitlist");
  const data = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const schema = data.account ? AccountSchema : GuestSchema;
  const [form, fields] = useForm<z.input<typeof GuestSchema>>({
    lastResult,
    defaultValue: data.defaults,
    constraint: getZodConstraint(schema),
    shouldValidate: "onBlur",
  });
  const topicName = t(`common:topics.${data.topic}` as never);

  if (data.sent) {
    return (
      <div className="narrow-page">
        <h1 className="kern-heading-large">{t("join.sent.title")}</h1>
        <p className="kern-body">{t("join.sent.body")}</p>
        <p className="kern-body">{t("join.sent.hint")}</p>
      </div>
    );
  }
  const consentInvalid = Boolean(fields.consent.errors?.length);
  return (
    <div className="narrow-page">
      <h1 className="kern-heading-large">{t("join.title")}</h1>
      <p className="kern-body">
        <strong>{t("join.topic")}:</strong> {topicName}
      </p>
      <p className="kern-body">{t("join.intro")}</p>

      <section aria-labelledby="how-heading" className="page-section">
        <h2 id="how-heading" className="kern-heading-medium">
          {t("join.howHeading")}
        </h2>
        <ol className="kern-body checklist-plain">
          <li>{t("join.how1")}</li>
          <li>{t("join.how2")}</li>
          <li>{t("join.how3", { hours: data.holdHours })}</li>
          <li>{t("join.how4")}</li>
        </ol>
      </section>

      <section aria-labelledby="form-heading" className="page-section">
        <h2 id="form-heading" className="kern-heading-medium">
          {t("join.formHeading")}
        </h2>
        {form.errors?.length ? (
          <div className="kern-alert kern-alert--danger" role="alert">
            <div className="kern-alert__body">
              {form.errors.map((e) => (
                <p className="kern-body" key={e}>
                  {t(e as never, { max: data.maxEntries })}
                </p>
              ))}
            </div>
          </div>
        ) : null}
        <Form method="post" {...getFormProps(form)} noValidate className="form-stack">
          <input type="hidden" name={data.stampField} value={data.stamp} />
          {/* Honeypot: people never see or reach it; a form with it filled in is refused. */}
          <div className="visually-hidden" aria-hidden="true">
            <label htmlFor="waitlist-honeypot">{t("join.honeypot")}</label>
            <input
              id="waitlist-honeypot"
              name={data.honeypotField}
              type="text"
              tabIndex={-1}
              autoComplete="off"
              defaultValue=""
            />
          </div>
          <TextField field={fields.name} label={t("join.name")} autoComplete="name" />
          {data.account ? (
            <p className="kern-body">
              {t("join.accountEmail")} <bdi>{data.account.email}</bdi>
            </p>
          ) : (
            <TextField
              field={fields.email}
              type="email"
              label={t("join.email")}
              hint={t("join.emailHint")}
              autoComplete="email"
            />
          )}

          <fieldset className="kern-fieldset">
            <legend className="kern-label">{t("join.wishesHeading")}</legend>
            <div className="kern-fieldset__body form-stack">
              <Select
                field={fields.office}
                label={t("join.office")}
                options={[{ value: "", label: t("join.anyOffice") }, ...data.offices]}
                germanOptions
              />
              <Select
                field={fields.channel}
                label={t("join.channel")}
                options={[
                  { value: "", label: t("join.anyChannel") },
                  ...data.channels.map((c) => ({
                    value: c,
                    label: t(`common:channels.${c}` as never),
                  })),
                ]}
              />
              {data.languages.length > 1 ? (
                <Select
                  field={fields.language}
                  label={t("join.language")}
                  hint={t("join.languageHint")}
                  options={[{ value: "", label: t("join.anyLanguage") }, ...data.languages]}
                />
              ) : null}
            </div>
          </fieldset>

          <div className={`kern-form-check${consentInvalid ? " kern-form-check--error" : ""}`}>
            <FieldError field={fields.consent} />
            <input
              className={`kern-form-check__checkbox${consentInvalid ? " kern-form-check__checkbox--error" : ""}`}
              type="checkbox"
              id={fields.consent.id}
              name={fields.consent.name}
              defaultChecked={fields.consent.initialValue === "on"}
              aria-invalid={consentInvalid || undefined}
              aria-describedby={consentInvalid ? fields.consent.errorId : undefined}
            />
            <label className="kern-label" htmlFor={fields.consent.id}>
              {t("join.consent")}
            </label>
          </div>
          <p className="kern-hint">
            <Link className="kern-link" to={`/${data.lang}/privacy`}>
              {t("join.privacyLink")}
            </Link>
          </p>
          <div className="form-stack__actions">
            <SubmitButton>{t("join.submit")}</SubmitButton>
          </div>
        </Form>
      </section>
      <p className="kern-body">
        <Link className="kern-link" to={data.backHref}>
          {t("join.back")}
        </Link>
      </p>
    </div>
  );
}

function Select({
  field,
  label,
  hint,
  options,
  germanOptions = false,
}: {
  field: FieldMetadata<string | undefined>;
  label: string;
  hint?: string;
  options: { value: string; label: string }[];
  /** Office names are German in every language. */
  germanOptions?: boolean;
}) {
  const invalid = Boolean(field.errors?.length);
  const describedBy =
    [hint ? `${field.id}-hint` : null, invalid ? field.errorId : null].filter(Boolean).join(" ") ||
    undefined;
  const initial = typeof field.initialValue === "string" ? field.initialValue : "";
  return (
    <div className={`kern-form-input${invalid ? " kern-form-input--error" : ""}`}>
      <label className="kern-label" htmlFor={field.id}>
        {label}
      </label>
      {hint ? (
        <div className="kern-hint" id={`${field.id}-hint`}>
          {hint}
        </div>
      ) : null}
      <FieldError field={field} />
      <div className="kern-form-input__select-wrapper">
        <select
          className="kern-form-input__select"
          id={field.id}
          name={field.name}
          defaultValue={initial}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
        >
          {options.map((o) => (
            <option
              key={o.value}
              value={o.value}
              lang={germanOptions && o.value ? "de" : undefined}
            >
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
