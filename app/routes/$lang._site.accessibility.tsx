// Erklärung zur Barrierefreiheit (§ 10b BGG NRW, § 4 BITV NRW, EU model
// statement) with the electronic feedback form (§ 5 BITV NRW). Works without
// JavaScript: plain form, POST-redirect-GET to `?sent=1`.
import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { ReactElement } from "react";
import { Trans, useTranslation } from "react-i18next";
import { FormAlert, SubmitButton, TextAreaField, TextField } from "~/components/ui/field";
import { submitFeedback } from "~/domain/feedback/feedback.server";
import { FeedbackSchema, HONEYPOT_FIELD, MAX_PAGE } from "~/domain/feedback/schemas";
import { SIGN_LANGUAGE_VIDEO_URL } from "~/domain/site/settings";
import { prisma } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { invalid } from "~/utils/forms.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "legal"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

/** Date the statement was prepared and last reviewed (ISO, for <time>). */
const PREPARED_ON = "2026-11-22";
const FORM_ID = "feedback-form";

/** Same rule as the sign-language page: only https:// or a path on this site counts. */
function hasUsableVideo(value: string | null | undefined): boolean {
  const url = value?.trim();
  if (!url) return false;
  if (url.startsWith("/") && !url.startsWith("//")) return true;
  try {
    return new URL(url).protocol === "https:";
  } catch {
    return false;
  }
}

function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const lang = languageOf(request);
  const url = new URL(request.url);
  const video = await prisma.siteSetting.findUnique({
    where: { key: SIGN_LANGUAGE_VIDEO_URL },
    select: { value: true },
  });
  return {
    title: getFixedT(lang, "legal")("accessibility.title"),
    sent: url.searchParams.get("sent") === "1",
    // Other pages may link here with `?page=<their path>` to prefill the field.
    page: (url.searchParams.get("page") ?? "").slice(0, MAX_PAGE),
    hasSignLanguageVideo: hasUsableVideo(video?.value),
    phone: env.FRONT_DESK_PHONE,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const lang = languageOf(request);
  const submission = parseWithZod(await request.formData(), { schema: FeedbackSchema });
  if (submission.status !== "success") return invalid(submission.reply());
  const result = await submitFeedback(submission.value, {
    locale: lang,
    clientIp: context.clientIp,
  });
  if (!result.ok) {
    return data(submission.reply({ formErrors: ["legal:feedback.rateLimited"] }), { status: 429 });
  }
  return redirect(`/${lang}/accessibility?sent=1`);
}

function Paragraphs({
  paragraphs,
  base,
  components,
}: {
  paragraphs: readonly string[];
  base: string;
  components: Record<string, ReactElement>;
}) {
  const { t } = useTranslation("legal");
  return (
    <>
      {paragraphs.map((_, i) => (
        <p className="kern-body" key={i}>
          <Trans t={t} i18nKey={`${base}.${i}` as never} components={components} />
        </p>
      ))}
    </>
  );
}

type GapKey = "dataExports" | "backOffice" | "timeout" | "signLanguage" | "easyLanguage";

export default function AccessibilityStatement() {
  const { t, i18n } = useTranslation("legal");
  const { sent, page, hasSignLanguageVideo, phone } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: FORM_ID,
    lastResult,
    defaultValue: page ? { pageUrl: page } : undefined,
    constraint: getZodConstraint(FeedbackSchema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: FeedbackSchema }),
  });
  const lang = i18n.language;
  const email = t("contact.accessibilityEmail");
  const rich: Record<string, ReactElement> = {
    strong: <strong />,
    date: <time dateTime={PREPARED_ON} />,
    formLink: <a className="kern-link" href={`#${FORM_ID}-heading`} />,
    signLink: <Link className="kern-link" to={`/${lang}/sign-language`} />,
    easyLink: <Link className="kern-link" to={`/${lang}/easy-language`} />,
    privacyLink: <Link className="kern-link" to={`/${lang}/privacy`} />,
  };
  const gaps: GapKey[] = [
    "dataExports",
    "backOffice",
    "timeout",
    ...(hasSignLanguageVideo ? [] : ["signLanguage" as const]),
    "easyLanguage",
  ];

  return (
    <div>
      <h1 className="kern-heading-large">{t("accessibility.title")}</h1>
      {sent ? (
        <div className="kern-alert kern-alert--success" role="status">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--success" aria-hidden="true" />
            <h2 className="kern-title">{t("feedback.sent.title")}</h2>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">{t("feedback.sent.body")}</p>
          </div>
        </div>
      ) : null}
      <p className="kern-body kern-body--large">{t("accessibility.lead")}</p>
      <p className="kern-body">
        <Trans t={t} i18nKey="accessibility.toFeedback" components={rich} />
      </p>

      <section aria-labelledby="scope-heading">
        <h2 id="scope-heading" className="kern-heading-medium">
          {t("accessibility.scope.heading")}
        </h2>
        <Paragraphs
          paragraphs={t("accessibility.scope.body", { returnObjects: true })}
          base="accessibility.scope.body"
          components={rich}
        />
      </section>

      <section aria-labelledby="status-heading">
        <h2 id="status-heading" className="kern-heading-medium">
          {t("accessibility.status.heading")}
        </h2>
        <Paragraphs
          paragraphs={t("accessibility.status.body", { returnObjects: true })}
          base="accessibility.status.body"
          components={rich}
        />
      </section>

      <section aria-labelledby="gaps-heading">
        <h2 id="gaps-heading" className="kern-heading-medium">
          {t("accessibility.gaps.heading")}
        </h2>
        <p className="kern-body">{t("accessibility.gaps.intro")}</p>
        <h3 className="kern-heading-small">{t("accessibility.gaps.nonCompliance.heading")}</h3>
        <ul>
          {gaps.map((key) => (
            <li key={key}>
              <p className="kern-body kern-body--bold">
                {t(`accessibility.gaps.nonCompliance.${key}.title`)}
              </p>
              <p className="kern-body">{t(`accessibility.gaps.nonCompliance.${key}.body`)}</p>
              <p className="kern-body">
                <strong>{t("accessibility.gaps.alternativeLabel")}</strong>{" "}
                <Trans
                  t={t}
                  i18nKey={`accessibility.gaps.nonCompliance.${key}.alternative`}
                  components={rich}
                />
              </p>
            </li>
          ))}
        </ul>
        <h3 className="kern-heading-small">{t("accessibility.gaps.outOfScope.heading")}</h3>
        <ul>
          <li>
            <p className="kern-body kern-body--bold">
              {t("accessibility.gaps.outOfScope.thirdParty.title")}
            </p>
            <p className="kern-body">{t("accessibility.gaps.outOfScope.thirdParty.body")}</p>
            <p className="kern-body">
              <strong>{t("accessibility.gaps.alternativeLabel")}</strong>{" "}
              {t("accessibility.gaps.outOfScope.thirdParty.alternative")}
            </p>
          </li>
        </ul>
      </section>

      <section aria-labelledby="preparation-heading">
        <h2 id="preparation-heading" className="kern-heading-medium">
          {t("accessibility.preparation.heading")}
        </h2>
        <Paragraphs
          paragraphs={t("accessibility.preparation.body", { returnObjects: true })}
          base="accessibility.preparation.body"
          components={rich}
        />
      </section>

      <section aria-labelledby="feedback-heading">
        <h2 id="feedback-heading" className="kern-heading-medium">
          {t("accessibility.feedback.heading")}
        </h2>
        <Paragraphs
          paragraphs={t("accessibility.feedback.body", { returnObjects: true })}
          base="accessibility.feedback.body"
          components={rich}
        />
        <h3 className="kern-heading-small">{t("accessibility.feedback.contactHeading")}</h3>
        <dl className="kern-description-list">
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">{t("contact.labels.address")}</dt>
            <dd className="kern-description-list-item__value">
              <span className="bidi-isolate" dir="ltr" lang="de">
                {t("contact.accessibilityTeam")}
                <br />
                {t("contact.street")}
                <br />
                {t("contact.postalCity")}
              </span>
            </dd>
          </div>
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">{t("contact.labels.email")}</dt>
            <dd className="kern-description-list-item__value">
              <a className="kern-link" href={`mailto:${email}`} dir="ltr">
                {email}
              </a>
            </dd>
          </div>
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">{t("contact.labels.phone")}</dt>
            <dd className="kern-description-list-item__value">
              <a className="kern-link" href={telHref(phone)} dir="ltr">
                {phone}
              </a>
            </dd>
          </div>
        </dl>

        <h3 id={`${FORM_ID}-heading`} className="kern-heading-small" tabIndex={-1}>
          {t("feedback.form.heading")}
        </h3>
        <p className="kern-body">{t("feedback.form.intro")}</p>
        <FormAlert errors={form.errors} />
        <Form
          method="post"
          {...getFormProps(form)}
          noValidate
          className="form-stack"
          aria-labelledby={`${FORM_ID}-heading`}
        >
          <TextAreaField
            field={fields.message}
            rows={8}
            label={t("feedback.fields.message")}
            hint={t("feedback.fields.messageHint")}
          />
          <TextField
            field={fields.pageUrl}
            label={t("feedback.fields.pageUrl")}
            hint={t("feedback.fields.pageUrlHint")}
            optional
          />
          <TextField
            field={fields.name}
            label={t("feedback.fields.name")}
            autoComplete="name"
            optional
          />
          <TextField
            field={fields.email}
            type="email"
            label={t("feedback.fields.email")}
            hint={t("feedback.fields.emailHint")}
            autoComplete="email"
            optional
          />
          {/* Honeypot: people never see or reach it; bots that fill it are ignored. */}
          <div className="visually-hidden" aria-hidden="true">
            <label htmlFor={`${FORM_ID}-${HONEYPOT_FIELD}`}>{t("feedback.fields.honeypot")}</label>
            <input
              id={`${FORM_ID}-${HONEYPOT_FIELD}`}
              type="text"
              name={HONEYPOT_FIELD}
              tabIndex={-1}
              autoComplete="off"
              defaultValue=""
            />
          </div>
          <p className="kern-body kern-body--small">
            <Trans t={t} i18nKey="feedback.form.privacy" components={rich} />
          </p>
          <div className="form-stack__actions">
            <SubmitButton>{t("feedback.form.submit")}</SubmitButton>
          </div>
        </Form>
      </section>

      <section aria-labelledby="enforcement-heading">
        <h2 id="enforcement-heading" className="kern-heading-medium">
          {t("accessibility.enforcement.heading")}
        </h2>
        <Paragraphs
          paragraphs={t("accessibility.enforcement.body", { returnObjects: true })}
          base="accessibility.enforcement.body"
          components={rich}
        />
        <h3 className="kern-heading-small">{t("accessibility.enforcement.ombudsHeading")}</h3>
        <p className="kern-body">{t("accessibility.enforcement.ombudsOrg")}</p>
        <dl className="kern-description-list">
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">{t("contact.labels.web")}</dt>
            <dd className="kern-description-list-item__value">
              <a className="kern-link" href={t("accessibility.enforcement.ombudsWeb")} dir="ltr">
                {t("accessibility.enforcement.ombudsWeb")}
              </a>
            </dd>
          </div>
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">{t("contact.labels.email")}</dt>
            <dd className="kern-description-list-item__value">
              <a
                className="kern-link"
                href={`mailto:${t("accessibility.enforcement.ombudsEmail")}`}
                dir="ltr"
              >
                {t("accessibility.enforcement.ombudsEmail")}
              </a>
            </dd>
          </div>
        </dl>
        <h3 className="kern-heading-small">{t("accessibility.enforcement.monitoringHeading")}</h3>
        <p className="kern-body">{t("accessibility.enforcement.monitoringBody")}</p>
        <dl className="kern-description-list">
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">{t("contact.labels.web")}</dt>
            <dd className="kern-description-list-item__value">
              <a
                className="kern-link"
                href={t("accessibility.enforcement.monitoringWeb")}
                dir="ltr"
              >
                {t("accessibility.enforcement.monitoringWeb")}
              </a>
            </dd>
          </div>
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">{t("contact.labels.email")}</dt>
            <dd className="kern-description-list-item__value">
              <a
                className="kern-link"
                href={`mailto:${t("accessibility.enforcement.monitoringEmail")}`}
                dir="ltr"
              >
                {t("accessibility.enforcement.monitoringEmail")}
              </a>
            </dd>
          </div>
        </dl>
      </section>
    </div>
  );
}
