// The base data of a service ("new" creates one): slug, legal basis, who is
// responsible, categories, life situations, documents, contact channels and
// locations; and publishing. Texts per language have their own page.
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
import { DateTime } from "~/components/ui/date-time";
import { FormAlert, SubmitButton, TextAreaField, TextField } from "~/components/ui/field";
import {
  CHANNEL_KINDS,
  ServiceBaseSchema,
  ServiceCreateSchema,
} from "~/domain/directory-admin/service-schemas";
import {
  createService,
  getServiceBase,
  serviceFormOptions,
  setServicePublished,
  updateService,
} from "~/domain/directory-admin/services.server";
import {
  CheckboxField,
  CheckboxGroup,
  DirectoryNav,
  FieldRow,
  LanguageName,
  SelectField,
} from "~/domain/directory-admin/ui";
import { languages } from "~/i18n";
import { asHttp } from "~/utils/access.server";
import { actorOf, requireRole } from "~/utils/auth.server";
import { invalid } from "~/utils/forms.server";
import { getFixedT, languageOf, resourcesOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "staff", "admin"], hydrate: true };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

const NOTICES = ["created", "saved", "unchanged", "published", "unpublished"] as const;
const BLANK_CHANNELS = 2;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireRole(request, ["ADMIN"]);
  const actor = actorOf(session);
  const lang = languageOf(request);
  const t = getFixedT(lang, "admin");
  const isNew = params.id === "new";
  const [options, service] = await Promise.all([
    asHttp(() => serviceFormOptions(actor)),
    isNew ? null : asHttp(() => getServiceBase(actor, params.id ?? "")),
  ]);
  if (!isNew && !service) throw new Response("Not found", { status: 404 });
  const topics = Object.keys(
    (resourcesOf("de", "common") as { topics?: Record<string, string> }).topics ?? {},
  );
  const notice = new URL(request.url).searchParams.get("notice");
  return {
    lang,
    title: service ? t("service.editTitle", { title: service.title }) : t("service.newTitle"),
    options,
    topics,
    service,
    notice: NOTICES.find((n) => n === notice) ?? null,
    failed: notice === "publishNeedsGerman",
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const session = await requireRole(request, ["ADMIN"]);
  const actor = actorOf(session);
  const lang = languageOf(request);
  const id = params.id ?? "";
  const isNew = id === "new";
  const formData = await request.formData();
  const intent = formData.get("intent");
  const here = (notice: string, to = id) =>
    redirect(`/${lang}/staff/directory/services/${to}?notice=${notice}`);

  if (!isNew && (intent === "publish" || intent === "unpublish")) {
    const result = await asHttp(() => setServicePublished(actor, id, intent === "publish"));
    if (!result) throw new Response("Not found", { status: 404 });
    return here(result.ok ? `${intent}ed` : "publishNeedsGerman");
  }

  if (isNew) {
    const submission = parseWithZod(formData, { schema: ServiceCreateSchema });
    if (submission.status !== "success") return invalid(submission.reply());
    const result = await asHttp(() => createService(actor, submission.value));
    if (!result.ok) return invalid(submission.reply({ fieldErrors: result.fieldErrors }));
    return here("created", result.id);
  }
  const submission = parseWithZod(formData, { schema: ServiceBaseSchema });
  if (submission.status !== "success") return invalid(submission.reply());
  const result = await asHttp(() => updateService(actor, id, submission.value));
  if (!result) throw new Response("Not found", { status: 404 });
  if (!result.ok) return invalid(submission.reply({ fieldErrors: result.fieldErrors }));
  return here(result.changed ? "saved" : "unchanged");
}

export default function ServiceBase() {
  const { t } = useTranslation(["admin", "common"]);
  const { lang, title, options, topics, service, notice, failed } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  // One form for both: "new" adds the German title and summary. Typed as the
  // larger schema so `fields.title` exists; it is only rendered for "new".
  const schema = (service ? ServiceBaseSchema : ServiceCreateSchema) as typeof ServiceCreateSchema;
  const values = service?.values;
  // Documents the service has come first, in their order; then the catalogue.
  const documentOptions = [
    ...(values?.documents ?? []),
    ...options.documents.filter((d) => !values?.documents.includes(d)),
  ];
  const [form, fields] = useForm({
    id: "service-base",
    lastResult,
    constraint: getZodConstraint(schema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    defaultValue: {
      ...values,
      channels: [
        ...(values?.channels ?? []),
        ...Array.from({ length: BLANK_CHANNELS }, () => ({ kind: "", value: "", label: "" })),
      ],
      locations: options.offices.map((o) => {
        const l = values?.locations.find((x) => x.officeId === o.id);
        return {
          officeId: o.id,
          offered: Boolean(l),
          languages: l?.languages ?? "de",
          note: l?.note ?? "",
        };
      }),
    },
  });
  const base = `/${lang}/staff/directory/services`;

  return (
    <>
      <div className="page-header">
        <h1 className="kern-heading-large">{title}</h1>
        {service ? (
          <p className="kern-body">
            {t(`status.${service.status}`)}
            {service.publishedAt ? (
              <>
                {" – "}
                {t("service.publishedSince")} <DateTime value={service.publishedAt} />
              </>
            ) : null}
          </p>
        ) : (
          <p className="kern-body">{t("service.newIntro")}</p>
        )}
      </div>
      <DirectoryNav lang={lang} />
      {notice ? <FormAlert tone="success" errors={[`admin:service.notices.${notice}`]} /> : null}
      {failed ? <FormAlert errors={["admin:services.errors.publishNeedsGerman"]} /> : null}

      {service ? (
        <section aria-labelledby="more-heading" className="page-section">
          <h2 id="more-heading" className="kern-heading-medium">
            {t("service.moreHeading")}
          </h2>
          <Form method="post" className="form-stack__actions">
            {service.status === "PUBLISHED" ? (
              <SubmitButton name="intent" value="unpublish" variant="secondary">
                {t("service.unpublish")}
              </SubmitButton>
            ) : (
              <SubmitButton name="intent" value="publish">
                {t("service.publish")}
              </SubmitButton>
            )}
          </Form>
          <ul className="link-list">
            <li>
              <Link className="kern-link" to={`${base}/${service.id}/preview?locale=de`}>
                {t("service.previewLink")}
              </Link>
            </li>
            <li>
              <Link className="kern-link" to={`${base}/${service.id}/history`}>
                {t("service.historyLink")}
              </Link>
            </li>
          </ul>
          <h3 className="kern-heading-small">{t("service.textsHeading")}</h3>
          <ul className="link-list">
            {languages.map((l) => (
              <li key={l}>
                <Link className="kern-link" to={`${base}/${service.id}/texts/${l}`}>
                  {t("service.textsIn")} <LanguageName lang={l} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="form-heading" className="page-section">
        <h2 id="form-heading" className="kern-heading-medium">
          {t("service.formHeading")}
        </h2>
        <FormAlert errors={form.errors} />
        <Form method="post" {...getFormProps(form)} noValidate className="form-stack">
          {service ? null : (
            <>
              <TextField field={fields.title} label={t("fields.title")} />
              <TextAreaField
                field={fields.summary}
                label={t("fields.summary")}
                hint={t("hints.summary")}
                rows={3}
              />
            </>
          )}
          <TextField field={fields.slug} label={t("fields.slug")} hint={t("hints.slug")} />
          <TextField
            field={fields.legalBasis}
            label={t("fields.legalBasis")}
            hint={t("hints.legalBasis")}
          />
          <SelectField
            field={fields.responsibleOrganizationId}
            label={t("fields.responsibleOrganization")}
            options={options.organizations.map((o) => ({ value: o.id, label: o.name }))}
          />
          <TextField field={fields.url} type="url" label={t("fields.url")} optional />
          <TextField
            field={fields.keywords}
            label={t("fields.keywords")}
            hint={t("hints.serviceKeywords")}
            optional
          />
          <SelectField
            field={fields.bookingTopicKey}
            label={t("fields.bookingTopicKey")}
            hint={t("hints.bookingTopicKey")}
            empty={t("service.noTopic")}
            optional
            options={topics.map((k) => ({ value: k, label: t(`common:topics.${k}` as never) }))}
          />
          <CheckboxField
            field={fields.emergency}
            label={t("fields.emergency")}
            hint={t("hints.emergency")}
          />
          <CheckboxField
            field={fields.appliesFromApplicationMonth}
            label={t("fields.appliesFromApplicationMonth")}
            hint={t("hints.appliesFromApplicationMonth")}
          />
          <CheckboxGroup
            field={fields.categoryIds}
            legend={t("fields.categories")}
            options={options.categories.map((c) => ({ value: c.id, label: c.title }))}
          />
          <CheckboxGroup
            field={fields.lifeSituationIds}
            legend={t("fields.lifeSituations")}
            options={options.lifeSituations.map((c) => ({ value: c.id, label: c.title }))}
          />
          <CheckboxGroup
            field={fields.documents}
            legend={t("fields.documents")}
            hint={t("hints.documents")}
            options={documentOptions.map((d) => ({ value: d, label: d }))}
          />
          <TextField
            field={fields.newDocument}
            label={t("fields.newDocument")}
            hint={t("hints.newDocument")}
            optional
          />

          <fieldset className="kern-fieldset">
            <legend className="kern-label">{t("fields.channels")}</legend>
            <p className="kern-hint">{t("hints.channels")}</p>
            {fields.channels.getFieldList().map((row, i) => {
              const c = row.getFieldset();
              return (
                <fieldset className="kern-fieldset" key={row.key}>
                  <legend className="kern-label">{t("service.channelRow", { n: i + 1 })}</legend>
                  <div className="kern-fieldset__body">
                    <FieldRow>
                      {[
                        <SelectField
                          key="kind"
                          field={c.kind}
                          label={t("fields.channelKind")}
                          empty={t("service.choose")}
                          options={CHANNEL_KINDS.map((k) => ({
                            value: k,
                            label: t(`channelKinds.${k}`),
                          }))}
                        />,
                        <TextField
                          key="label"
                          field={c.label}
                          label={t("fields.channelLabel")}
                          optional
                        />,
                      ]}
                    </FieldRow>
                    <TextField field={c.value} label={t("fields.channelValue")} />
                  </div>
                </fieldset>
              );
            })}
          </fieldset>

          <fieldset className="kern-fieldset">
            <legend className="kern-label">{t("fields.locations")}</legend>
            <p className="kern-hint">{t("hints.locations")}</p>
            {fields.locations.getFieldList().map((row, i) => {
              const l = row.getFieldset();
              const office = options.offices[i];
              if (!office) return null;
              return (
                <fieldset className="kern-fieldset" key={row.key}>
                  <legend className="kern-label">
                    {office.name}, {office.city}
                  </legend>
                  <div className="kern-fieldset__body">
                    <input type="hidden" name={l.officeId.name} value={office.id} />
                    <CheckboxField field={l.offered} label={t("fields.offeredHere")} />
                    <TextField
                      field={l.languages}
                      label={t("fields.locationLanguages")}
                      hint={t("hints.locationLanguages")}
                    />
                    <TextField field={l.note} label={t("fields.locationNote")} optional />
                  </div>
                </fieldset>
              );
            })}
          </fieldset>

          <div className="form-stack__actions">
            <SubmitButton>{service ? t("service.save") : t("service.create")}</SubmitButton>
            <Link className="kern-btn kern-btn--tertiary" to={`/${lang}/staff/directory`}>
              <span className="kern-label">{t("cancel")}</span>
            </Link>
          </div>
        </Form>
      </section>
    </>
  );
}
