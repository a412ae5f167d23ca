// Help finder (eligibility pre-check): a skippable questionnaire and its
// result, guidance only (GDPR Art. 22). Answers never travel in a URL and are
// never stored unless a signed-in citizen presses "save": the questionnaire
// POSTs, the POST response renders the result (deliberately no redirect — a GET
// would need the answers in the URL or on the server), and the answers travel
// on only as hidden fields of the result's forms ("change answers", "save",
// "book a consultation"). Works without JavaScript, like every citizen page.
import {
  useForm,
  type DefaultValue,
  type FieldMetadata,
  type SubmissionResult,
} from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type HeadersFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, SubmitButton } from "~/components/ui/field";
import {
  AnswersSchema,
  answersToDefaults,
  answersToFields,
  BENEFITS,
  CARE,
  DEBTS,
  HOUSEHOLD,
  HOUSING,
  INCOME,
  MAX_CHILD_AGES,
  RESIDENCE,
  WORK,
  YES_NO,
  type Answers,
} from "~/domain/eligibility/answers";
import {
  buildHandoff,
  collectDocuments,
  type DocumentToBring,
  type HandoffFields,
} from "~/domain/eligibility/booking-handoff";
import {
  evaluate,
  withStatus,
  type Message,
  type ServiceResult,
} from "~/domain/eligibility/evaluate";
import {
  formatMessage,
  list,
  questionNames,
  serviceName,
  type Translate,
} from "~/domain/eligibility/messages";
import { NOT_ASKED, SERVICE_SLUGS } from "~/domain/eligibility/rules";
import {
  deleteSavedAnswers,
  loadSavedAnswers,
  saveAnswers,
} from "~/domain/eligibility/saved.server";
import { loadServiceInfo } from "~/domain/eligibility/services.server";
import type { Language } from "~/i18n";
import { requireUser } from "~/utils/auth.server";
import { invalid } from "~/utils/forms.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";
import { getSession } from "~/utils/session.server";

export const handle = { i18n: ["common", "finder"] };

// The page may show answers about income, health and residence: never cache it.
export const headers: HeadersFunction = () => ({ "Cache-Control": "private, no-store" });

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

const NOTICES = ["saved", "deleted", "none"] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const lang = languageOf(request);
  const session = await getSession(request);
  // Only citizens keep answers: staff trying the finder for a caller must not
  // end up holding someone else's social data on their own account.
  const citizenId = session?.user.role === "CITIZEN" ? session.user.id : null;
  const saved = citizenId ? await loadSavedAnswers(citizenId) : null;
  const notice = new URL(request.url).searchParams.get("notice");
  return {
    title: getFixedT(lang, "finder")("title"),
    lang,
    saved: saved ? { savedAt: saved.savedAt.toISOString() } : null,
    notice: NOTICES.find((n) => n === notice) ?? null,
  };
}

async function resultFor(lang: Language, answers: Answers, canSave: boolean) {
  const result = evaluate(answers);
  const likely = withStatus(result, "likely");
  const info = await loadServiceInfo(lang, [...SERVICE_SLUGS, ...NOT_ASKED]);
  const documents = collectDocuments(
    likely.map((s) => ({ slug: s.slug, documents: info.get(s.slug)?.documents ?? [] })),
  );
  const t = getFixedT(lang, "finder") as unknown as Translate;
  const handoff = buildHandoff({
    services: likely.map((s) => ({
      slug: s.slug,
      name: serviceName(t, s.slug),
      topic: info.get(s.slug)?.topic ?? null,
      reasons: s.reasons.map((m) => formatMessage(t, m, lang)),
    })),
    documents: documents.map((d) => d.title),
    intro: (names) =>
      names.length > 0
        ? t("handoff.intro", { services: list(names, lang) })
        : t("handoff.introNone"),
    line: (service, reasons) => t("handoff.line", { service, reasons: reasons.join(" ") }),
  });
  return data(
    {
      kind: "result" as const,
      result,
      hidden: answersToFields(answers),
      published: [...info.keys()],
      documents,
      handoff,
      canSave,
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export async function action({ request }: ActionFunctionArgs) {
  const lang = languageOf(request);
  const formData = await request.formData();
  const intent = formData.get("intent");
  const here = `/${lang}/help-finder`;

  if (intent === "save" || intent === "showSaved" || intent === "deleteSaved") {
    const session = await requireUser(request);
    if (session.user.role !== "CITIZEN") throw new Response("Forbidden", { status: 403 });
    const userId = session.user.id;
    if (intent === "deleteSaved") {
      await deleteSavedAnswers(userId);
      return redirect(`${here}?notice=deleted`);
    }
    if (intent === "showSaved") {
      const saved = await loadSavedAnswers(userId);
      if (!saved) return redirect(`${here}?notice=none`);
      return resultFor(lang, saved.answers, true);
    }
    const submission = parseWithZod(formData, { schema: AnswersSchema });
    if (submission.status !== "success") return invalid(submission.reply());
    await saveAnswers(userId, submission.value);
    return redirect(`${here}?notice=saved`);
  }

  const submission = parseWithZod(formData, { schema: AnswersSchema });
  if (submission.status !== "success") return invalid(submission.reply());
  if (intent === "edit") {
    return data(
      { kind: "edit" as const, defaults: answersToDefaults(submission.value) },
      { headers: { "Cache-Control": "private, no-store" } },
    );
  }
  const session = await getSession(request);
  return resultFor(lang, submission.value, session?.user.role === "CITIZEN");
}

type ResultData = Extract<Awaited<ReturnType<typeof action>>, { data: { kind: "result" } }>["data"];

export default function HelpFinder() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  if (actionData && "kind" in actionData && actionData.kind === "result") {
    return <ResultView data={actionData as ResultData} lang={loaderData.lang} />;
  }
  const defaults = actionData && "kind" in actionData ? actionData.defaults : undefined;
  const lastResult =
    actionData && !("kind" in actionData) ? (actionData as SubmissionResult<string[]>) : undefined;
  return <Questionnaire defaults={defaults} lastResult={lastResult} {...loaderData} />;
}

// ---------------------------------------------------------------------------
// The questionnaire

type Defaults = Record<string, string | string[]>;
const FORM_ID = "finder";

function inputId(name: string, value?: string): string {
  const base = `${FORM_ID}-${name.replace(/\[(\d+)\]/g, "-$1")}`;
  return value ? `${base}-${value}` : base;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(" ") || undefined;
}

function Errors({ id, errors }: { id: string; errors?: string[] }) {
  const { t } = useTranslation("finder");
  if (!errors?.length) return null;
  return (
    <p className="kern-error" id={id}>
      <span className="kern-icon kern-icon--danger kern-icon--md" aria-hidden="true" />
      <span className="kern-body">{errors.map((e) => t(e as never)).join(" ")}</span>
    </p>
  );
}

/** A radio group in a KERN fieldset; "no answer" comes first and is preselected. */
function Choice({
  field,
  question,
  options,
  hint = false,
}: {
  field: FieldMetadata<string | undefined>;
  question: string;
  options: readonly string[];
  hint?: boolean;
}) {
  const { t } = useTranslation("finder");
  const initial = typeof field.initialValue === "string" ? field.initialValue : "";
  const invalid = Boolean(field.errors?.length);
  const hintId = hint ? `${inputId(field.name)}-hint` : undefined;
  const errorId = invalid ? `${inputId(field.name)}-error` : undefined;
  const choices = ["", ...options];
  return (
    <fieldset
      className={`kern-fieldset${invalid ? " kern-fieldset--error" : ""}`}
      aria-describedby={describedBy(hintId, errorId)}
    >
      <legend className="kern-label">{t(`questions.${question}.legend` as never)}</legend>
      {hintId ? (
        <div className="kern-hint" id={hintId}>
          {t(`questions.${question}.hint` as never)}
        </div>
      ) : null}
      <Errors id={errorId ?? ""} errors={field.errors} />
      <div className="kern-fieldset__body">
        {choices.map((value) => {
          const id = inputId(field.name, value || "none-given");
          return (
            <div className="kern-form-check" key={value}>
              <input
                className={`kern-form-check__radio${invalid ? " kern-form-check__radio--error" : ""}`}
                type="radio"
                id={id}
                name={field.name}
                value={value}
                defaultChecked={initial === value}
              />
              <label className="kern-label" htmlFor={id}>
                {value ? t(`questions.${question}.options.${value}` as never) : t("form.noAnswer")}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A whole number: a text input with a numeric keyboard (type=number misbehaves for many). */
function NumberInput({
  name,
  label,
  hint,
  errors,
  initial,
}: {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  initial?: string;
}) {
  const id = inputId(name);
  const invalid = Boolean(errors?.length);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = invalid ? `${id}-error` : undefined;
  return (
    <div className={`kern-form-input${invalid ? " kern-form-input--error" : ""}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="kern-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      <Errors id={errorId ?? ""} errors={errors} />
      <input
        className={`kern-form-input__input kern-form-input__input--width-4${invalid ? " kern-form-input__input--error" : ""}`}
        id={id}
        name={name}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        dir="ltr"
        defaultValue={initial ?? ""}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(hintId, errorId)}
      />
    </div>
  );
}

function firstString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function Questionnaire({
  lang,
  defaults,
  lastResult,
  saved,
  notice,
}: {
  lang: string;
  defaults?: Defaults;
  lastResult?: SubmissionResult<string[]>;
  saved: { savedAt: string } | null;
  notice: (typeof NOTICES)[number] | null;
}) {
  const { t, i18n } = useTranslation("finder");
  const [form, fields] = useForm<Answers>({
    id: FORM_ID,
    lastResult,
    // Strings as a form holds them; Conform accepts them for every field type.
    defaultValue: defaults as DefaultValue<Answers> | undefined,
    constraint: getZodConstraint(AnswersSchema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: AnswersSchema }),
  });
  const errors = form.allErrors;
  const errorNames = Object.keys(errors).filter((k) => errors[k]?.length);
  const ages = (fields.childAges.initialValue as unknown[] | undefined) ?? [];
  const benefits = new Set(
    ([] as unknown[])
      .concat(fields.benefits.initialValue ?? [])
      .filter((b) => typeof b === "string"),
  );
  const noticeKey =
    notice === "saved"
      ? "saved.savedNotice"
      : notice === "deleted"
        ? "saved.deletedNotice"
        : notice === "none"
          ? "saved.none"
          : null;

  return (
    <div className="narrow-page">
      <h1 className="kern-heading-large">{t("title")}</h1>
      <p className="kern-body kern-body--large">{t("intro.lead")}</p>
      {noticeKey ? (
        <FormAlert tone={notice === "none" ? "info" : "success"} errors={[`finder:${noticeKey}`]} />
      ) : null}
      <p className="kern-body">{t("intro.skippable")}</p>
      <p className="kern-body">{t("intro.privacy")}</p>
      <p className="kern-body">{t("intro.guidance")}</p>

      {saved ? (
        <section aria-labelledby="saved-heading" className="page-section">
          <h2 id="saved-heading" className="kern-heading-medium">
            {t("saved.title")}
          </h2>
          <p className="kern-body">
            {t("saved.text", {
              date: new Intl.DateTimeFormat(i18n.language, {
                dateStyle: "long",
                timeZone: "Europe/Berlin",
              }).format(new Date(saved.savedAt)),
            })}
          </p>
          <div className="form-stack__actions">
            <Form method="post" action={`/${lang}/help-finder`} className="inline-form">
              <SubmitButton variant="secondary" name="intent" value="showSaved">
                {t("saved.show")}
              </SubmitButton>
            </Form>
            <Form method="post" action={`/${lang}/help-finder`} className="inline-form">
              <SubmitButton variant="tertiary" name="intent" value="deleteSaved">
                {t("saved.delete")}
              </SubmitButton>
            </Form>
          </div>
        </section>
      ) : null}

      {errorNames.length > 0 ? (
        <div className="error-summary" role="alert" aria-labelledby="error-summary-title">
          <h2 className="error-summary__title" id="error-summary-title">
            {t("form.errorSummary", { count: errorNames.length })}
          </h2>
          <div className="error-summary__body">
            <ul className="error-summary__list">
              {errorNames.map((name) => (
                <li key={name}>
                  <a href={`#${errorTarget(name)}`}>
                    {errors[name]!.map((e) => t(e as never)).join(" ")}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}

      <Form
        method="post"
        action={`/${lang}/help-finder`}
        id={form.id}
        noValidate
        className="form-stack"
      >
        <input type="hidden" name="intent" value="evaluate" />
        <section aria-labelledby="part-household">
          <h2 id="part-household" className="kern-heading-medium">
            {t("form.household")}
          </h2>
          <div className="form-stack">
            <Choice field={fields.household} question="household" options={HOUSEHOLD} />
            <NumberInput
              name={fields.childrenCount.name}
              label={t("questions.childrenCount.label")}
              hint={t("questions.childrenCount.hint")}
              errors={fields.childrenCount.errors}
              initial={firstString(fields.childrenCount.initialValue)}
            />
            <fieldset
              className={`kern-fieldset${fields.childAges.errors?.length ? " kern-fieldset--error" : ""}`}
              aria-describedby={describedBy(
                `${inputId("childAges")}-hint`,
                fields.childAges.errors?.length ? `${inputId("childAges")}-error` : undefined,
              )}
              id={inputId("childAges")}
              tabIndex={-1}
            >
              <legend className="kern-label">{t("questions.childAges.legend")}</legend>
              <div className="kern-hint" id={`${inputId("childAges")}-hint`}>
                {t("questions.childAges.hint")}
              </div>
              <Errors id={`${inputId("childAges")}-error`} errors={fields.childAges.errors} />
              <div className="kern-fieldset__body">
                {Array.from({ length: MAX_CHILD_AGES }, (_, i) => {
                  const name = `${fields.childAges.name}[${i}]`;
                  return (
                    <NumberInput
                      key={name}
                      name={name}
                      label={t("questions.childAges.child", { number: i + 1 })}
                      errors={errors[name]}
                      initial={firstString(ages[i])}
                    />
                  );
                })}
              </div>
            </fieldset>
            <Choice field={fields.expecting} question="expecting" options={YES_NO} />
          </div>
        </section>

        <section aria-labelledby="part-person">
          <h2 id="part-person" className="kern-heading-medium">
            {t("form.person")}
          </h2>
          <div className="form-stack">
            <NumberInput
              name={fields.age.name}
              label={t("questions.age.label")}
              hint={t("questions.age.hint")}
              errors={fields.age.errors}
              initial={firstString(fields.age.initialValue)}
            />
            <Choice field={fields.work} question="work" options={WORK} />
            <Choice field={fields.disability} question="disability" options={YES_NO} hint />
            <Choice field={fields.care} question="care" options={CARE} />
            <Choice field={fields.residence} question="residence" options={RESIDENCE} />
          </div>
        </section>

        <section aria-labelledby="part-money">
          <h2 id="part-money" className="kern-heading-medium">
            {t("form.money")}
          </h2>
          <div className="form-stack">
            <Choice field={fields.income} question="income" options={INCOME} hint />
            <Choice field={fields.housing} question="housing" options={HOUSING} />
            <NumberInput
              name={fields.rent.name}
              label={t("questions.rent.label")}
              hint={t("questions.rent.hint")}
              errors={fields.rent.errors}
              initial={firstString(fields.rent.initialValue)}
            />
            <Choice field={fields.debts} question="debts" options={DEBTS} />
            <NumberInput
              name={fields.debtAmount.name}
              label={t("questions.debtAmount.label")}
              hint={t("questions.debtAmount.hint")}
              errors={fields.debtAmount.errors}
              initial={firstString(fields.debtAmount.initialValue)}
            />
            <fieldset
              className={`kern-fieldset${fields.benefits.errors?.length ? " kern-fieldset--error" : ""}`}
              aria-describedby={describedBy(
                `${inputId("benefits")}-hint`,
                fields.benefits.errors?.length ? `${inputId("benefits")}-error` : undefined,
              )}
            >
              <legend className="kern-label">{t("questions.benefits.legend")}</legend>
              <div className="kern-hint" id={`${inputId("benefits")}-hint`}>
                {t("questions.benefits.hint")}
              </div>
              <Errors id={`${inputId("benefits")}-error`} errors={fields.benefits.errors} />
              <div className="kern-fieldset__body">
                {BENEFITS.map((b) => {
                  const id = inputId("benefits", b);
                  return (
                    <div className="kern-form-check" key={b}>
                      <input
                        className="kern-form-check__checkbox"
                        type="checkbox"
                        id={id}
                        name={fields.benefits.name}
                        value={b}
                        defaultChecked={benefits.has(b)}
                      />
                      <label className="kern-label" htmlFor={id}>
                        {t(`questions.benefits.options.${b}`)}
                      </label>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          </div>
        </section>

        <div className="form-stack__actions">
          <SubmitButton>{t("form.submit")}</SubmitButton>
        </div>
      </Form>
    </div>
  );
}

const RADIO_GROUPS: ReadonlySet<string> = new Set([
  "household",
  "expecting",
  "work",
  "disability",
  "care",
  "residence",
  "income",
  "housing",
  "debts",
]);

/** Where an error summary link jumps: the input, or the first option of a group. */
function errorTarget(name: string): string {
  if (RADIO_GROUPS.has(name)) return inputId(name, "none-given");
  if (name === "benefits") return inputId("benefits", BENEFITS[0]);
  return inputId(name);
}

// ---------------------------------------------------------------------------
// The result

function HiddenAnswers({ fields }: { fields: [string, string][] }) {
  return (
    <>
      {fields.map(([name, value], i) => (
        <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

function useFormat() {
  const { t, i18n } = useTranslation("finder");
  const tr = t as unknown as Translate;
  return {
    t: tr,
    lang: i18n.language,
    text: (m: Message) => formatMessage(tr, m, i18n.language),
  };
}

function Bullets({ heading, items }: { heading: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <p className="kern-body kern-body--bold">{heading}</p>
      <ul className="kern-list">
        {items.map((item, i) => (
          <li key={i} className="kern-body">
            {item}
          </li>
        ))}
      </ul>
    </>
  );
}

function ServiceName({
  slug,
  published,
  lang,
}: {
  slug: string;
  published: boolean;
  lang: string;
}) {
  const { t } = useFormat();
  const name = serviceName(t, slug);
  return published ? (
    <Link className="kern-link" to={`/${lang}/services/${slug}`}>
      {name}
    </Link>
  ) : (
    <>{name}</>
  );
}

function ServiceCard({
  service,
  published,
  lang,
}: {
  service: ServiceResult;
  published: boolean;
  lang: string;
}) {
  const { t, text } = useFormat();
  const headingId = `service-${service.slug}`;
  const unknownNote =
    service.status === "unknown"
      ? service.missing.length > 0
        ? t("result.unknownMissing", { questions: questionNames(t, service.missing, lang) })
        : t("result.unknownBorderline")
      : null;
  return (
    <li className="kern-card">
      <article className="kern-card__container" aria-labelledby={headingId}>
        <div className="kern-card__body">
          <h3 className="kern-heading-small" id={headingId}>
            <ServiceName slug={service.slug} published={published} lang={lang} />
          </h3>
          <p className="kern-body">
            <span className={`kern-badge kern-badge--${badgeTone(service)}`}>
              <span className="kern-label kern-label--small">
                {t(service.received ? "status.received" : `status.${service.status}`)}
              </span>
            </span>
          </p>
          <Bullets heading={t("result.why")} items={service.reasons.map(text)} />
          {unknownNote ? <p className="kern-body">{unknownNote}</p> : null}
          <Bullets heading={t("result.change")} items={service.changes.map(text)} />
          <RelatedLine service={service} />
          {service.checks.length > 0 && service.status !== "unlikely" ? (
            <>
              <p className="kern-body kern-body--bold">{t("result.checks")}</p>
              <p className="kern-body">
                {list(
                  service.checks.map((c) => t(`checks.${c}`)),
                  lang,
                )}
              </p>
            </>
          ) : null}
        </div>
      </article>
    </li>
  );
}

/** One line per kind of relation; the explanations stand once under "how they relate". */
function RelatedLine({ service }: { service: ServiceResult }) {
  const { t, lang } = useFormat();
  const names = (slugs: string[]) =>
    list(
      slugs.map((s) => serviceName(t, s)),
      lang,
    );
  const { excludes, combines, alternatives } = service.related;
  const lines = [
    alternatives.length > 0
      ? t("result.relatedAlternatives", { services: names(alternatives) })
      : null,
    excludes.length > 0 ? t("result.relatedExcludes", { services: names(excludes) }) : null,
    combines.length > 0 ? t("result.relatedCombines", { services: names(combines) }) : null,
  ].filter((l): l is string => l !== null);
  return (
    <>
      {lines.map((line) => (
        <p key={line} className="kern-body">
          {line}
        </p>
      ))}
    </>
  );
}

function badgeTone(service: ServiceResult): "success" | "info" | "warning" {
  if (service.status === "likely") return "success";
  return service.status === "unknown" ? "info" : "warning";
}

function Section({
  id,
  title,
  children,
  className = "page-section",
}: {
  id: string;
  title: string;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="kern-heading-medium">
        {title}
      </h2>
      {children}
    </section>
  );
}

function More({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <details className="kern-accordion">
      <summary className="kern-accordion__header">
        <span className="kern-title">{title}</span>
      </summary>
      <div className="kern-accordion__body">{children}</div>
    </details>
  );
}

function ResultView({ data, lang }: { data: ResultData; lang: string }) {
  const { t, text } = useFormat();
  const { result, hidden, documents, handoff, canSave } = data;
  const published = new Set(data.published);
  const likely = withStatus(result, "likely");
  const unknown = withStatus(result, "unknown");
  const unlikely = withStatus(result, "unlikely");
  const unknownShown = unknown.filter((s) => s.reasons.length > 0);
  const unknownRest = unknown.filter((s) => s.reasons.length === 0);
  const unlikelyShown = unlikely.filter((s) => s.nearMiss);
  const unlikelyRest = unlikely.filter((s) => !s.nearMiss);
  const card = (s: ServiceResult) => (
    <ServiceCard key={s.slug} service={s} published={published.has(s.slug)} lang={lang} />
  );

  return (
    <div className="narrow-page help-finder-result">
      <h1 className="kern-heading-large">{t("result.title")}</h1>
      <div className="kern-alert kern-alert--info" role="note" aria-labelledby="guidance-heading">
        <div className="kern-alert__header">
          <span className="kern-icon kern-icon--info" aria-hidden="true" />
          <h2 className="kern-title" id="guidance-heading">
            {t("result.guidanceTitle")}
          </h2>
        </div>
        <div className="kern-alert__body">
          <p className="kern-body">{t("result.guidance")}</p>
          <p className="kern-body">{t("result.notStored")}</p>
        </div>
      </div>
      {result.answered === 0 ? <p className="kern-body">{t("result.noAnswers")}</p> : null}

      <Section id="likely-heading" title={t("result.likelyTitle")}>
        {likely.length > 0 ? (
          <ul className="link-list">{likely.map(card)}</ul>
        ) : (
          <p className="kern-body">{t("result.likelyNone")}</p>
        )}
      </Section>

      {result.relations.length > 0 ? (
        <Section id="relations-heading" title={t("result.relationsTitle")}>
          <ul className="kern-list">
            {result.relations.map((m, i) => (
              <li key={i} className="kern-body">
                {text(m)}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {result.assumptions.length > 0 ? (
        <Section id="assumptions-heading" title={t("result.assumptionsTitle")}>
          <p className="kern-body">{t("result.assumptionsText")}</p>
          <ul className="kern-list">
            {result.assumptions.map((m) => (
              <li key={m.key} className="kern-body">
                {text(m)}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {documents.length > 0 ? <Documents documents={documents} lang={lang} /> : null}

      <Section id="book-heading" title={t("result.bookTitle")} className="page-section book-box">
        <p className="kern-body">{t("result.bookText")}</p>
        <BookingForm lang={lang} handoff={handoff} />
      </Section>

      {unknown.length > 0 ? (
        <Section id="unknown-heading" title={t("result.unknownTitle")}>
          {unknownShown.length > 0 ? <ul className="link-list">{unknownShown.map(card)}</ul> : null}
          {unknownRest.length > 0 ? (
            <More title={t("result.unknownMore")}>
              <ul className="kern-list">
                {unknownRest.map((s) => (
                  <li key={s.slug} className="kern-body">
                    <ServiceName slug={s.slug} published={published.has(s.slug)} lang={lang} />
                    {": "}
                    {s.missing.length > 0
                      ? t("result.unknownMissing", { questions: questionNames(t, s.missing, lang) })
                      : t("result.unknownBorderline")}
                  </li>
                ))}
              </ul>
            </More>
          ) : null}
        </Section>
      ) : null}

      {unlikely.length > 0 ? (
        <Section id="unlikely-heading" title={t("result.unlikelyTitle")}>
          {unlikelyShown.length > 0 ? (
            <ul className="link-list">{unlikelyShown.map(card)}</ul>
          ) : null}
          {unlikelyRest.length > 0 ? (
            <More title={t("result.unlikelyMore")}>
              <ul className="kern-list">
                {unlikelyRest.map((s) => (
                  <li key={s.slug} className="kern-body">
                    <ServiceName slug={s.slug} published={published.has(s.slug)} lang={lang} />
                    {": "}
                    {s.reasons.map(text).join(" ")}
                  </li>
                ))}
              </ul>
            </More>
          ) : null}
        </Section>
      ) : null}

      <Section id="not-asked-heading" title={t("result.notAskedTitle")}>
        <p className="kern-body">{t("result.notAskedText")}</p>
        <ul className="kern-list">
          {result.notAsked.map((slug) => (
            <li key={slug} className="kern-body">
              <ServiceName slug={slug} published={published.has(slug)} lang={lang} />
              {": "}
              {t(`notAsked.${slug}`)}
            </li>
          ))}
        </ul>
      </Section>

      <Section id="edit-heading" title={t("result.editTitle")}>
        <div className="form-stack__actions">
          <Form method="post" action={`/${lang}/help-finder`} className="inline-form">
            <HiddenAnswers fields={hidden} />
            <SubmitButton variant="secondary" name="intent" value="edit">
              {t("result.editSubmit")}
            </SubmitButton>
          </Form>
          <Link className="kern-btn kern-btn--tertiary" to={`/${lang}/help-finder`} reloadDocument>
            <span className="kern-label">{t("result.restart")}</span>
          </Link>
        </div>
      </Section>

      <Section id="save-heading" title={t("result.saveTitle")}>
        {canSave ? (
          <>
            <p className="kern-body">{t("result.saveText")}</p>
            <Form method="post" action={`/${lang}/help-finder`}>
              <HiddenAnswers fields={hidden} />
              <SubmitButton variant="secondary" name="intent" value="save">
                {t("result.saveSubmit")}
              </SubmitButton>
            </Form>
          </>
        ) : (
          <p className="kern-body">{t("result.saveAnonymous")}</p>
        )}
      </Section>
    </div>
  );
}

function Documents({ documents, lang }: { documents: DocumentToBring[]; lang: string }) {
  const { t } = useFormat();
  return (
    <Section id="documents-heading" title={t("result.documentsTitle")}>
      <p className="kern-body">{t("result.documentsText")}</p>
      <ul className="checklist">
        {documents.map((d) => (
          <li key={d.title} className="checklist__item">
            <span className="checklist__text">
              <span lang={d.lang === lang ? undefined : d.lang}>{d.title}</span>
              {d.note ? (
                <span className="checklist__hint" lang={d.lang === lang ? undefined : d.lang}>
                  {d.note}
                </span>
              ) : null}
              <span className="checklist__hint">
                {t("result.documentsFor", {
                  services: list(
                    d.services.map((s) => serviceName(t, s)),
                    lang,
                  ),
                })}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** The hand-off into booking (field contract: ~/domain/eligibility/booking-handoff). */
function BookingForm({ lang, handoff }: { lang: string; handoff: HandoffFields }) {
  const { t } = useFormat();
  return (
    <form method="post" action={`/${lang}/book`}>
      <input type="hidden" name="topic" value={handoff.topic} />
      <input type="hidden" name="serviceSlugs" value={handoff.serviceSlugs} />
      <input type="hidden" name="reason" value={handoff.reason} />
      <input type="hidden" name="documents" value={handoff.documents} />
      <SubmitButton>{t("result.bookSubmit")}</SubmitButton>
    </form>
  );
}
