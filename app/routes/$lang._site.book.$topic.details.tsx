// Booking, step 4: contact details and a short reason for the picked time.
// Logged-in citizens find their details filled in; people without an account
// give an e-mail address (the booking is confirmed by a mailed link). The
// form is stored in the server-side draft, then the review step follows.
import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AppointmentFacts } from "~/components/booking/booking-ui";
import {
  FieldError,
  FormAlert,
  SubmitButton,
  TextAreaField,
  TextField,
} from "~/components/ui/field";
import { checkHuman, formStamp } from "~/domain/booking/bot-check.server";
import { detailsPageData, storeDetails } from "~/domain/booking/details.server";
import { DetailsFormSchema, HONEYPOT_FIELD } from "~/domain/booking/schemas";
import { invalid } from "~/utils/forms.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";
import { getSession } from "~/utils/session.server";

export const handle = { i18n: ["common", "booking"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

async function citizenOf(request: Request) {
  const session = await getSession(request);
  return session?.user.role === "CITIZEN" ? session.user : null;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = languageOf(request);
  const user = await citizenOf(request);
  const url = new URL(request.url);
  const page = await detailsPageData(request, params.topic ?? "", url.searchParams, user);
  if (page === "notFound") throw new Response("Not found", { status: 404 });
  if (page === "badPick") return redirect(`/${lang}/book/${params.topic}?gone=1`);
  return {
    ...page,
    lang,
    stamp: await formStamp(),
    title: getFixedT(lang, "booking")("details.title"),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = languageOf(request);
  const user = await citizenOf(request);
  const form = await request.formData();
  form.set("guest", user ? "0" : "1");
  const submission = parseWithZod(form, { schema: DetailsFormSchema });
  if (submission.status !== "success") return invalid(submission.reply());
  const verdict = await checkHuman({
    stamp: submission.value.shownAt,
    honeypot: submission.value.website,
  });
  if (verdict !== "ok")
    return invalid(
      submission.reply({
        formErrors: [
          verdict === "tooFast" ? "booking:errors.tooFast" : "booking:errors.formExpired",
        ],
      }),
    );
  const stored = await storeDetails(request, params.topic ?? "", submission.value, user);
  if (!stored) throw new Response("Not found", { status: 404 });
  return redirect(`/${lang}/book/${params.topic}/review`, {
    headers: stored.setCookie ? { "Set-Cookie": stored.setCookie } : undefined,
  });
}

export default function BookDetails() {
  const { t } = useTranslation("booking");
  const data = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult,
    defaultValue: data.defaults,
    constraint: getZodConstraint(DetailsFormSchema),
    shouldValidate: "onBlur",
  });
  const slotsHref = `/${data.lang}/book/${data.topic}?${new URLSearchParams(data.slotQuery)}`;
  return (
    <div className="narrow-page">
      <h1 className="kern-heading-large">{t("details.title")}</h1>
      {data.stillFree ? null : (
        <div className="kern-alert kern-alert--danger" role="alert">
          <div className="kern-alert__body">
            <p className="kern-body">{t("slots.gone")}</p>
            <p className="kern-body">
              <Link className="kern-link" to={slotsHref}>
                {t("details.chooseOther")}
              </Link>
            </p>
          </div>
        </div>
      )}
      <section aria-labelledby="picked-heading" className="page-section">
        <h2 id="picked-heading" className="kern-heading-medium">
          {t("details.picked")}
        </h2>
        <AppointmentFacts
          startsAt={data.pick.startsAt}
          endsAt={data.pick.endsAt}
          channel={data.pick.channel}
          office={data.office}
          topicKey={data.topic}
        />
        <p className="kern-body">
          <Link className="kern-link" to={slotsHref}>
            {t("details.changeTime")}
          </Link>
        </p>
      </section>

      <FormAlert errors={form.errors} />
      <Form method="post" {...getFormProps(form)} noValidate className="form-stack">
        <input type="hidden" name="start" value={data.pick.startsAt} />
        <input type="hidden" name="office" value={data.office.id} />
        <input type="hidden" name="channel" value={data.pick.channel} />
        {data.pick.language ? (
          <input type="hidden" name="language" value={data.pick.language} />
        ) : null}
        {data.service ? <input type="hidden" name="service" value={data.service} /> : null}
        <input type="hidden" name="shownAt" value={data.stamp} />
        <div className="visually-hidden" aria-hidden="true">
          <label htmlFor={HONEYPOT_FIELD}>{t("details.honeypot")}</label>
          <input
            id={HONEYPOT_FIELD}
            name={HONEYPOT_FIELD}
            type="text"
            tabIndex={-1}
            autoComplete="off"
          />
        </div>

        <h2 className="kern-heading-medium">{t("details.contactHeading")}</h2>
        <TextField field={fields.name} label={t("details.name")} autoComplete="name" />
        {data.account ? (
          <p className="kern-body">{t("details.accountEmail", { email: data.account.email })}</p>
        ) : (
          <TextField
            field={fields.email}
            type="email"
            label={t("details.email")}
            hint={t("details.emailHint")}
            autoComplete="email"
          />
        )}
        <TextField
          field={fields.phone}
          type="tel"
          label={t("details.phone")}
          hint={t("details.phoneHint")}
          optional
          autoComplete="tel"
        />

        <h2 className="kern-heading-medium">{t("details.reasonHeading")}</h2>
        <TextAreaField
          field={fields.reason}
          label={t("details.reason")}
          hint={t("details.reasonHint")}
          optional
          rows={5}
        />

        <h2 className="kern-heading-medium">{t("details.supportHeading")}</h2>
        <div
          className={`kern-form-check${fields.interpreter.errors?.length ? " kern-form-check--error" : ""}`}
        >
          <input
            className="kern-form-check__checkbox"
            type="checkbox"
            id={fields.interpreter.id}
            name={fields.interpreter.name}
            defaultChecked={fields.interpreter.initialValue === "on"}
          />
          <label className="kern-label" htmlFor={fields.interpreter.id}>
            {t("details.interpreter")}
          </label>
          <FieldError field={fields.interpreter} />
        </div>
        <TextField
          field={fields.interpreterLanguage}
          label={t("details.interpreterLanguage")}
          hint={t("details.interpreterLanguageHint")}
          optional
        />
        <TextAreaField
          field={fields.accessibility}
          label={t("details.accessibility")}
          hint={t("details.accessibilityHint")}
          optional
          rows={3}
        />
        <p className="kern-hint">
          {t("details.privacy")}{" "}
          <Link className="kern-link" to={`/${data.lang}/privacy`}>
            {t("details.privacyLink")}
          </Link>
        </p>
        <SubmitButton>{t("details.submit")}</SubmitButton>
      </Form>
    </div>
  );
}
