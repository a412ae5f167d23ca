// Booking settings: until when citizens may reschedule or cancel online, when
// reminders go out, and how many bookings one email address may make a day.
// Stored as SiteSetting rows; read by everyone through `bookingSettings()`
// (app/domain/scheduling-admin/settings.server.ts). Administrators change them.
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
import { BookingSettingsSchema } from "~/domain/scheduling-admin/schemas";
import {
  bookingSettingsForAdmin,
  saveBookingSettings,
} from "~/domain/scheduling-admin/settings.server";
import { assertAdministerBooking } from "~/domain/scheduling-admin/access.server";
import { asHttp } from "~/utils/access.server";
import { actorOf, requireRole } from "~/utils/auth.server";
import { invalid } from "~/utils/forms.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["staff", "scheduling", "common"], hydrate: true };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

const NOTICES = ["saved", "unchanged"] as const;
const NAMES = ["citizenCutoffHours", "reminderHours", "dailyLimitPerEmail"] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireRole(request, ["ADMIN"]);
  const actor = actorOf(session);
  await asHttp(async () => assertAdministerBooking(actor));
  const { values, lastChange } = await asHttp(() => bookingSettingsForAdmin(actor));
  const lang = languageOf(request);
  const notice = new URL(request.url).searchParams.get("notice");
  return {
    lang,
    title: getFixedT(lang, "scheduling")("settings.title"),
    values,
    lastChange,
    notice: NOTICES.find((n) => n === notice) ?? null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await requireRole(request, ["ADMIN"]);
  const submission = parseWithZod(await request.formData(), { schema: BookingSettingsSchema });
  if (submission.status !== "success") return invalid(submission.reply());
  const changed = await asHttp(() => saveBookingSettings(actorOf(session), submission.value));
  return redirect(
    `/${languageOf(request)}/staff/scheduling/settings?notice=${changed ? "saved" : "unchanged"}`,
  );
}

export default function BookingSettingsPage() {
  const { t } = useTranslation(["scheduling", "common"]);
  const { lang, values, lastChange, notice } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const stamp = lastChange ? new Date(lastChange.changedAt).getTime() : 0;
  const [form, fields] = useForm({
    id: `booking-settings-${stamp}`,
    lastResult,
    constraint: getZodConstraint(BookingSettingsSchema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: BookingSettingsSchema }),
    defaultValue: Object.fromEntries(NAMES.map((n) => [n, String(values[n])])),
  });
  return (
    <>
      <div className="page-header">
        <h1 className="kern-heading-large">{t("settings.title")}</h1>
        <p className="kern-body">{t("settings.intro")}</p>
      </div>
      <nav aria-label={t("nav.label")} className="page-section">
        <ul className="link-list">
          <li>
            <Link className="kern-link" to={`/${lang}/staff/scheduling`}>
              {t("nav.back")}
            </Link>
          </li>
        </ul>
      </nav>
      {notice ? (
        <FormAlert tone="success" errors={[`scheduling:settings.notices.${notice}`]} />
      ) : null}
      {lastChange ? (
        <p className="kern-body">
          {t("lastChange")} <DateTime value={lastChange.changedAt} />
          {lastChange.changedBy ? (
            <>
              {" · "}
              <bdi>{lastChange.changedBy}</bdi>
            </>
          ) : null}
        </p>
      ) : null}
      <FormAlert errors={form.errors} />
      <Form method="post" {...getFormProps(form)} noValidate className="form-stack">
        {NAMES.map((name) => (
          <TextField
            key={name}
            field={fields[name] as unknown as FieldMetadata<string | undefined>}
            label={t(`settings.${name}`)}
            hint={t(`settings.${name}Hint`)}
            autoComplete="off"
          />
        ))}
        <SubmitButton>{t("settings.save")}</SubmitButton>
      </Form>
    </>
  );
}
