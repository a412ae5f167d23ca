// One category or life situation ("new" creates one): slug, position and the
// title and description in every language, German first.
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
import { FormAlert, SubmitButton, TextField } from "~/components/ui/field";
import { getTerm, saveTerm } from "~/domain/directory-admin/taxonomies.server";
import { isTaxonomy, TermSchema, type Taxonomy } from "~/domain/directory-admin/taxonomy-schemas";
import {
  DirectoryNav,
  LanguageName,
  StateLabel,
  TextInLanguage,
} from "~/domain/directory-admin/ui";
import { defaultLanguage, languages } from "~/i18n";
import { asHttp } from "~/utils/access.server";
import { actorOf, requireRole } from "~/utils/auth.server";
import { invalid } from "~/utils/forms.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "staff", "admin"], hydrate: true };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

const NOTICES = ["created", "saved", "unchanged"] as const;

function taxonomyOf(params: { taxonomy?: string }): Taxonomy {
  if (!isTaxonomy(params.taxonomy)) throw new Response("Not found", { status: 404 });
  return params.taxonomy;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireRole(request, ["ADMIN"]);
  const taxonomy = taxonomyOf(params);
  const isNew = params.id === "new";
  const term = isNew
    ? null
    : await asHttp(() => getTerm(actorOf(session), taxonomy, params.id ?? ""));
  if (!isNew && !term) throw new Response("Not found", { status: 404 });
  const lang = languageOf(request);
  const t = getFixedT(lang, "admin");
  const notice = new URL(request.url).searchParams.get("notice");
  return {
    lang,
    taxonomy,
    title: term ? t("taxonomy.editTitle", { title: term.title }) : t(`taxonomy.${taxonomy}.new`),
    term,
    notice: NOTICES.find((n) => n === notice) ?? null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const session = await requireRole(request, ["ADMIN"]);
  const taxonomy = taxonomyOf(params);
  const id = params.id === "new" ? null : (params.id ?? "");
  const submission = parseWithZod(await request.formData(), { schema: TermSchema });
  if (submission.status !== "success") return invalid(submission.reply());
  const result = await asHttp(() => saveTerm(actorOf(session), taxonomy, id, submission.value));
  if (!result) throw new Response("Not found", { status: 404 });
  if (!result.ok) return invalid(submission.reply({ fieldErrors: result.fieldErrors }));
  const notice = id ? (result.changed ? "saved" : "unchanged") : "created";
  return redirect(
    `/${languageOf(request)}/staff/directory/${taxonomy}/${result.id}?notice=${notice}`,
  );
}

export default function TermForm() {
  const { t } = useTranslation("admin");
  const { lang, taxonomy, title, term, notice } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: `term-${taxonomy}`,
    lastResult,
    constraint: getZodConstraint(TermSchema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: TermSchema }),
    defaultValue: term?.values ?? { sort: 0 },
  });
  const texts = fields.texts.getFieldset();
  const base = `/${lang}/staff/directory/${taxonomy}`;
  return (
    <>
      <div className="page-header">
        <h1 className="kern-heading-large">{title}</h1>
      </div>
      <DirectoryNav lang={lang} />
      {notice ? <FormAlert tone="success" errors={[`admin:taxonomy.notices.${notice}`]} /> : null}
      {term ? (
        <ul className="link-list">
          <li>
            <Link className="kern-link" to={`${base}/${term.id}/history`}>
              {t("service.historyLink")}
            </Link>
          </li>
        </ul>
      ) : null}
      <FormAlert errors={form.errors} />
      <Form method="post" {...getFormProps(form)} noValidate className="form-stack">
        <TextField field={fields.slug} label={t("fields.slug")} hint={t("hints.slug")} />
        <TextField
          field={fields.sort as FieldMetadata<string | undefined>}
          label={t("fields.sort")}
          hint={t("hints.sort")}
        />
        <p className="kern-hint">{t("taxonomy.textsHint")}</p>
        {languages.map((l) => {
          const text = texts[l].getFieldset();
          return (
            <fieldset className="kern-fieldset" key={l} id={`texts-${l}`}>
              <legend className="kern-label">
                <LanguageName lang={l} />
                {term ? (
                  <>
                    {" – "}
                    <StateLabel state={term.states[l]} />
                  </>
                ) : null}
              </legend>
              <div className="kern-fieldset__body">
                <TextInLanguage
                  field={text.title}
                  label={t("fields.title")}
                  lang={l}
                  optional={l !== defaultLanguage}
                />
                <TextInLanguage
                  field={text.description}
                  label={t("fields.description")}
                  lang={l}
                  rows={3}
                  optional
                />
              </div>
            </fieldset>
          );
        })}
        <div className="form-stack__actions">
          <SubmitButton>{term ? t("service.save") : t("service.create")}</SubmitButton>
          <Link className="kern-btn kern-btn--tertiary" to={base}>
            <span className="kern-label">{t("cancel")}</span>
          </Link>
        </div>
      </Form>
    </>
  );
}
