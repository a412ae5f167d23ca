// The texts of a service in one language. Translators see the German text
// (the binding source) beside each field, and whether their translation is
// missing, outdated (German changed after it) or current.
import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Trans, useTranslation } from "react-i18next";
import { DateTime } from "~/components/ui/date-time";
import { FormAlert, SubmitButton } from "~/components/ui/field";
import { German } from "~/components/ui/german";
import { serviceTextsSchema } from "~/domain/directory-admin/service-schemas";
import {
  deleteServiceTranslation,
  getServiceTexts,
  saveServiceTexts,
} from "~/domain/directory-admin/services.server";
import {
  CheckboxField,
  DirectoryNav,
  LanguageName,
  LongText,
  StateLabel,
  TextInLanguage,
} from "~/domain/directory-admin/ui";
import { defaultLanguage, isLanguage, languages, type Language } from "~/i18n";
import { asHttp } from "~/utils/access.server";
import { actorOf, requireRole } from "~/utils/auth.server";
import { invalid } from "~/utils/forms.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "staff", "admin"], hydrate: true };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

const NOTICES = ["saved", "unchanged", "deleted"] as const;

/** Fields in reading order; long ones get a textarea and the text-format hint. */
const FIELDS = [
  { name: "title", rows: 0 },
  { name: "summary", rows: 3 },
  { name: "description", rows: 10 },
  { name: "eligibility", rows: 8 },
  { name: "benefits", rows: 8 },
  { name: "howToApply", rows: 8 },
  { name: "costs", rows: 3 },
  { name: "keywords", rows: 0 },
] as const;

function localeOf(params: { locale?: string }): Language {
  if (!isLanguage(params.locale)) throw new Response("Not found", { status: 404 });
  return params.locale;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireRole(request, ["ADMIN"]);
  const locale = localeOf(params);
  const texts = await asHttp(() => getServiceTexts(actorOf(session), params.id ?? "", locale));
  if (!texts) throw new Response("Not found", { status: 404 });
  const lang = languageOf(request);
  const t = getFixedT(lang, "admin");
  const notice = new URL(request.url).searchParams.get("notice");
  return {
    lang,
    locale,
    title: t("texts.title", {
      title: texts.title,
      language: getFixedT(lang)(`languageNames.${locale}`),
    }),
    texts,
    notice: NOTICES.find((n) => n === notice) ?? null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const session = await requireRole(request, ["ADMIN"]);
  const actor = actorOf(session);
  const locale = localeOf(params);
  const id = params.id ?? "";
  const formData = await request.formData();
  const back = (notice: string) =>
    redirect(
      `/${languageOf(request)}/staff/directory/services/${id}/texts/${locale}?notice=${notice}`,
    );
  if (formData.get("intent") === "delete") {
    const deleted = await asHttp(() => deleteServiceTranslation(actor, id, locale));
    if (deleted === null) throw new Response("Not found", { status: 404 });
    return back(deleted ? "deleted" : "unchanged");
  }
  const submission = parseWithZod(formData, { schema: serviceTextsSchema(locale) });
  if (submission.status !== "success") return invalid(submission.reply());
  const result = await asHttp(() => saveServiceTexts(actor, id, locale, submission.value));
  if (!result) throw new Response("Not found", { status: 404 });
  return back(result.changed ? "saved" : "unchanged");
}

export default function ServiceTexts() {
  const { t } = useTranslation(["admin", "common"]);
  const { lang, locale, texts, notice } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const schema = serviceTextsSchema(locale);
  const isGerman = locale === defaultLanguage;
  const [form, fields] = useForm({
    id: `service-texts-${locale}`,
    lastResult,
    constraint: getZodConstraint(schema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    defaultValue: {
      ...(texts.own ?? {}),
      documents: texts.documents.map((d) => ({
        id: d.id,
        title: d.own?.title ?? "",
        note: d.own?.note ?? "",
      })),
    },
  });
  const base = `/${lang}/staff/directory/services/${texts.id}`;
  const german = texts.german;

  /** The German reference beside a field (only when translating). */
  const reference = (text: string | undefined, long: boolean) =>
    isGerman ? null : (
      <div className="kern-col-12 kern-col-lg-6">
        <p className="kern-label">{t("texts.germanReference")}</p>
        {text ? (
          long ? (
            <LongText text={text} lang="de" />
          ) : (
            <p className="kern-body" lang="de" dir="ltr">
              {text}
            </p>
          )
        ) : (
          <p className="kern-body">{t("texts.emptyGerman")}</p>
        )}
      </div>
    );

  return (
    <>
      <div className="page-header">
        <h1 className="kern-heading-large">
          <Trans
            t={t}
            i18nKey="texts.heading"
            components={{
              language: <LanguageName lang={locale} />,
              service: <Fixed text={texts.title} />,
            }}
          />
        </h1>
        <p className="kern-body">
          {t("texts.state")}: <StateLabel state={texts.state} />
        </p>
      </div>
      <DirectoryNav lang={lang} />
      {notice ? <FormAlert tone="success" errors={[`admin:texts.notices.${notice}`]} /> : null}
      <StateExplanation
        state={texts.state}
        germanUpdatedAt={texts.germanUpdatedAt}
        ownUpdatedAt={texts.ownUpdatedAt}
      />

      <nav aria-label={t("texts.otherLanguages")} className="page-section">
        <ul className="link-list">
          <li>
            <Link className="kern-link" to={base}>
              {t("texts.backToService")}
            </Link>
          </li>
          <li>
            <Link className="kern-link" to={`${base}/preview?locale=${locale}`}>
              {t("texts.previewLink")}
            </Link>
          </li>
          <li>
            <Link className="kern-link" to={`${base}/history`}>
              {t("service.historyLink")}
            </Link>
          </li>
        </ul>
        <p className="kern-body">{t("texts.otherLanguages")}:</p>
        <ul className="link-list">
          {languages
            .filter((l) => l !== locale)
            .map((l) => (
              <li key={l}>
                <Link className="kern-link" to={`${base}/texts/${l}`}>
                  <LanguageName lang={l} />
                </Link>
              </li>
            ))}
        </ul>
      </nav>

      <FormAlert errors={form.errors} />
      {/* Not "form-stack": its narrow column leaves no room for the German text beside. */}
      <Form method="post" {...getFormProps(form)} noValidate>
        <p className="kern-hint">{t("hints.longText")}</p>
        {FIELDS.map(({ name, rows }) => (
          <div className="kern-container-fluid" key={name}>
            <div className="kern-row">
              {reference(german?.[name], rows > 3)}
              <div className={`kern-col-12${isGerman ? "" : " kern-col-lg-6"}`}>
                <TextInLanguage
                  field={fields[name]}
                  label={t(`fields.${name}`)}
                  lang={locale}
                  rows={rows || undefined}
                  optional={name !== "title" && name !== "summary"}
                />
              </div>
            </div>
          </div>
        ))}
        {isGerman ? (
          <div className="kern-container-fluid">
            <div className="kern-row">
              <div className="kern-col-12">
                <TextInLanguage
                  field={fields.easyLanguage}
                  label={t("fields.easyLanguage")}
                  hint={t("hints.easyLanguage")}
                  lang="de"
                  rows={8}
                  optional
                />
              </div>
            </div>
          </div>
        ) : null}

        {texts.documents.length > 0 ? (
          <fieldset className="kern-fieldset kern-my-lg">
            <legend className="kern-label">{t("fields.documents")}</legend>
            <p className="kern-hint">
              {isGerman ? t("hints.documentsGerman") : t("hints.documentsTranslated")}
            </p>
            {fields.documents.getFieldList().map((row, i) => {
              const d = row.getFieldset();
              const doc = texts.documents[i];
              if (!doc) return null;
              return (
                <div className="kern-container-fluid" key={row.key}>
                  <input type="hidden" name={d.id.name} value={doc.id} />
                  <div className="kern-row">
                    {reference(
                      doc.german
                        ? [doc.german.title, doc.german.note].filter(Boolean).join(" – ")
                        : "",
                      false,
                    )}
                    <div className={`kern-col-12${isGerman ? "" : " kern-col-lg-6"}`}>
                      <TextInLanguage
                        field={d.title}
                        label={t("texts.documentTitle", { n: i + 1 })}
                        lang={locale}
                        optional={!isGerman}
                      />
                      <TextInLanguage
                        field={d.note}
                        label={t("texts.documentNote", { n: i + 1 })}
                        lang={locale}
                        optional
                      />
                    </div>
                  </div>
                </div>
              );
            })}
          </fieldset>
        ) : null}

        {texts.state === "outdated" ? (
          <div className="kern-my-lg">
            <CheckboxField
              field={fields.confirmCurrent}
              label={t("texts.confirmCurrent")}
              hint={t("hints.confirmCurrent")}
            />
          </div>
        ) : null}
        <div className="form-stack__actions">
          <SubmitButton>{t("texts.save")}</SubmitButton>
        </div>
      </Form>

      {!isGerman && texts.own ? (
        <section aria-labelledby="delete-heading" className="page-section">
          <h2 id="delete-heading" className="kern-heading-medium">
            {t("texts.deleteHeading")}
          </h2>
          <p className="kern-body">{t("texts.deleteText")}</p>
          <Form method="post">
            <SubmitButton name="intent" value="delete" variant="secondary">
              {t("texts.delete")}
            </SubmitButton>
          </Form>
        </section>
      ) : null}
    </>
  );
}

function StateExplanation({
  state,
  germanUpdatedAt,
  ownUpdatedAt,
}: {
  state: "source" | "missing" | "outdated" | "current";
  germanUpdatedAt: string | Date | null;
  ownUpdatedAt: string | Date | null;
}) {
  const { t } = useTranslation("admin");
  const tone = state === "outdated" ? "warning" : state === "missing" ? "danger" : "info";
  return (
    <div className={`kern-alert kern-alert--${tone}`} role="note">
      <div className="kern-alert__body">
        <p className="kern-body">{t(`texts.explain.${state}`)}</p>
        {germanUpdatedAt ? (
          <p className="kern-body">
            {t("texts.germanChanged")} <DateTime value={germanUpdatedAt} />
            {ownUpdatedAt && state !== "source" ? (
              <>
                {" · "}
                {t("texts.ownChanged")} <DateTime value={ownUpdatedAt} />
              </>
            ) : null}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/**
 * German text for a <Trans> slot: Trans passes the placeholder text of the
 * translation as children, so the real text comes in `text`.
 */
function Fixed({ text }: { text: string }) {
  return <German>{text}</German>;
}
