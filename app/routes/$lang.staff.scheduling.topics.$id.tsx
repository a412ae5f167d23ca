// One booking topic ("new" creates one): duration, buffer, channels, lead time,
// horizon, sensitivity, whether citizens can choose it, and its place in the
// list. The label is the translation common:topics.<key>; a new key needs one
// (the page says so until it exists). Administrators only.
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
import { DateTime } from "~/components/ui/date-time";
import { FormAlert, SubmitButton, TextField } from "~/components/ui/field";
import { CHANNELS } from "~/domain/booking/rules";
import { CheckboxField, CheckboxGroup, FieldRow } from "~/domain/directory-admin/ui";
import { topicSchema } from "~/domain/scheduling-admin/schemas";
import { getTopic, saveTopic } from "~/domain/scheduling-admin/topics.server";
import { assertAdministerBooking } from "~/domain/scheduling-admin/access.server";
import { asHttp } from "~/utils/access.server";
import { actorOf, requireRole } from "~/utils/auth.server";
import { invalid } from "~/utils/forms.server";
import { getFixedT, languageOf, resourcesOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["staff", "scheduling", "common"], hydrate: true };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

const NOTICES = ["created", "saved", "unchanged"] as const;

/** Whether the German texts have a label for this topic key. */
function hasLabel(key: string): boolean {
  const topics = (resourcesOf("de", "common") as { topics?: Record<string, string> }).topics;
  return !!topics && Object.hasOwn(topics, key);
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireRole(request, ["ADMIN"]);
  const actor = actorOf(session);
  const isNew = params.id === "new";
  if (isNew) await asHttp(async () => assertAdministerBooking(actor));
  const topic = isNew ? null : await asHttp(() => getTopic(actor, params.id ?? ""));
  if (!isNew && !topic) throw new Response("Not found", { status: 404 });
  const lang = languageOf(request);
  const t = getFixedT(lang, "scheduling");
  const label = topic
    ? getFixedT(lang, "common")(`topics.${topic.key}` as never, { defaultValue: topic.key })
    : null;
  const notice = new URL(request.url).searchParams.get("notice");
  return {
    lang,
    title: topic ? t("topic.editTitle", { label: String(label) }) : t("topic.newTitle"),
    topic,
    labelMissing: topic ? !hasLabel(topic.key) : false,
    notice: NOTICES.find((n) => n === notice) ?? null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const session = await requireRole(request, ["ADMIN"]);
  const id = params.id === "new" ? null : (params.id ?? "");
  const submission = parseWithZod(await request.formData(), { schema: topicSchema(id === null) });
  if (submission.status !== "success") return invalid(submission.reply());
  const result = await asHttp(() => saveTopic(actorOf(session), id, submission.value));
  if (!result) throw new Response("Not found", { status: 404 });
  if (!result.ok) return invalid(submission.reply({ fieldErrors: result.fieldErrors }));
  const notice = id ? (result.changed ? "saved" : "unchanged") : "created";
  return redirect(`/${languageOf(request)}/staff/scheduling/topics/${result.id}?notice=${notice}`);
}

export default function TopicForm() {
  const { t } = useTranslation(["scheduling", "common"]);
  const { lang, title, topic, labelMissing, notice } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const schema = topicSchema(!topic);
  const stamp = topic?.lastChange ? new Date(topic.lastChange.changedAt).getTime() : 0;
  const [form, fields] = useForm({
    id: `topic-${topic?.id ?? "new"}-${stamp}`,
    lastResult,
    constraint: getZodConstraint(schema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    defaultValue: topic
      ? {
          durationMinutes: String(topic.durationMinutes),
          bufferMinutes: String(topic.bufferMinutes),
          channels: topic.channels,
          leadTimeHours: String(topic.leadTimeMinutes / 60),
          horizonDays: String(topic.horizonDays),
          sensitive: topic.sensitive ? "on" : undefined,
          active: topic.active ? "on" : undefined,
          sort: String(topic.sort),
        }
      : {
          durationMinutes: "45",
          bufferMinutes: "10",
          channels: ["IN_PERSON"],
          leadTimeHours: "24",
          horizonDays: "56",
          active: "on",
          sort: "100",
        },
  });
  const text = (f: unknown) => f as FieldMetadata<string | undefined>;
  const base = `/${lang}/staff/scheduling`;
  return (
    <>
      <div className="page-header">
        <h1 className="kern-heading-large">{title}</h1>
      </div>
      <nav aria-label={t("nav.label")} className="page-section">
        <ul className="link-list">
          <li>
            <Link className="kern-link" to={base}>
              {t("nav.back")}
            </Link>
          </li>
        </ul>
      </nav>
      {notice ? <FormAlert tone="success" errors={[`scheduling:topic.notices.${notice}`]} /> : null}
      {topic && labelMissing ? (
        <div className="kern-alert kern-alert--info" role="status">
          <div className="kern-alert__body">
            <p className="kern-body">{t("topic.translationMissing", { key: topic.key })}</p>
          </div>
        </div>
      ) : null}
      {topic?.lastChange ? (
        <p className="kern-body">
          {t("lastChange")} <DateTime value={topic.lastChange.changedAt} />
          {topic.lastChange.changedBy ? (
            <>
              {" · "}
              <bdi>{topic.lastChange.changedBy}</bdi>
            </>
          ) : null}
        </p>
      ) : null}
      {topic ? <p className="kern-body">{t("topic.existingNote")}</p> : null}
      <FormAlert errors={form.errors} />
      <Form method="post" {...getFormProps(form)} noValidate className="form-stack">
        {topic ? (
          <p className="kern-body">
            {t("topic.keyFixed")} <code dir="ltr">{topic.key}</code>
          </p>
        ) : (
          <TextField
            field={text(fields.key)}
            label={t("topic.key")}
            hint={t("topic.keyHint")}
            autoComplete="off"
          />
        )}
        <FieldRow>
          {[
            <TextField
              key="duration"
              field={text(fields.durationMinutes)}
              label={t("topic.durationMinutes")}
              hint={t("topic.durationHint")}
              autoComplete="off"
            />,
            <TextField
              key="buffer"
              field={text(fields.bufferMinutes)}
              label={t("topic.bufferMinutes")}
              hint={t("topic.bufferHint")}
              autoComplete="off"
            />,
          ]}
        </FieldRow>
        <CheckboxGroup
          field={fields.channels as FieldMetadata<string[] | undefined>}
          legend={t("topic.channels")}
          options={CHANNELS.map((c) => ({ value: c, label: t(`common:channels.${c}`) }))}
        />
        <FieldRow>
          {[
            <TextField
              key="lead"
              field={text(fields.leadTimeHours)}
              label={t("topic.leadTimeHours")}
              hint={t("topic.leadTimeHint")}
              autoComplete="off"
            />,
            <TextField
              key="horizon"
              field={text(fields.horizonDays)}
              label={t("topic.horizonDays")}
              hint={t("topic.horizonHint")}
              autoComplete="off"
            />,
          ]}
        </FieldRow>
        <CheckboxField
          field={fields.sensitive}
          label={t("topic.sensitive")}
          hint={t("topic.sensitiveHint")}
        />
        <CheckboxField field={fields.active} label={t("topic.active")} />
        <TextField
          field={text(fields.sort)}
          label={t("topic.sort")}
          hint={t("topic.sortHint")}
          autoComplete="off"
        />
        <div className="form-stack__actions">
          <SubmitButton>{topic ? t("topic.save") : t("topic.create")}</SubmitButton>
        </div>
      </Form>
    </>
  );
}
