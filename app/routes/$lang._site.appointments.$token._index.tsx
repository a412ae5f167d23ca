// The private manage page of one appointment (the link in every mail; also
// reached from the account's list). Confirm a hold, prepare, move or cancel
// until the cutoff. The token is the only key: whoever has the link manages
// the appointment, so it is sent only to the person's address.
import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import {
  data as respond,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AppointmentView } from "~/components/booking/appointment-view";
import { useBerlinFormat } from "~/components/booking/booking-ui";
import { FormAlert, SubmitButton, TextAreaField } from "~/components/ui/field";
import {
  cancelByCitizen,
  citizenAppointmentByToken,
  confirmByCitizen,
  savePreparation,
} from "~/domain/booking/citizen.server";
import { qrSvg } from "~/domain/booking/qr.server";
import { PreparationSchema } from "~/domain/booking/schemas";
import { env } from "~/utils/env.server";
import { invalid } from "~/utils/forms.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "booking"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  ...pageTitle(data?.title),
  { name: "robots", content: "noindex" },
];

const DONE = ["confirmed", "cancelled", "moved", "prepared"] as const;

async function appointmentOf(token: string | undefined) {
  const view = token ? await citizenAppointmentByToken(token) : null;
  if (!view) throw new Response("Not found", { status: 404 });
  return view;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = languageOf(request);
  const view = await appointmentOf(params.token);
  const done = new URL(request.url).searchParams.get("done");
  return {
    lang,
    title: getFixedT(lang, "booking")("manage.title"),
    appointment: view,
    qr: view.status === "CANCELLED" ? null : await qrSvg(view.reference),
    done: DONE.find((d) => d === done) ?? null,
    frontDeskPhone: env.FRONT_DESK_PHONE,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = languageOf(request);
  const view = await appointmentOf(params.token);
  const back = (done: (typeof DONE)[number]) =>
    redirect(`/${lang}/appointments/${params.token}?done=${done}`);
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "confirm") {
    const result = await confirmByCitizen(view.id);
    if (result.ok) return back("confirmed");
    return respond({ error: `booking:manage.errors.${result.reason}` }, { status: 409 });
  }
  if (intent === "cancel") {
    const result = await cancelByCitizen(view);
    if (result.ok) return back("cancelled");
    return respond({ error: `booking:manage.errors.${result.reason}` }, { status: 409 });
  }
  if (intent === "prepare") {
    const submission = parseWithZod(form, { schema: PreparationSchema });
    if (submission.status !== "success") return invalid(submission.reply());
    const saved = await savePreparation(view, submission.value);
    if (saved) return back("prepared");
    return respond({ error: "booking:manage.errors.notChangeable" }, { status: 409 });
  }
  return respond({ error: "booking:errors.invalid" }, { status: 400 });
}

export default function ManageAppointment() {
  const { t } = useTranslation("booking");
  const f = useBerlinFormat();
  const { lang, appointment: a, qr, done, frontDeskPhone } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const actionError =
    result && "error" in result && typeof result.error === "string" ? result.error : null;
  const [form, fields] = useForm({
    lastResult: result && "status" in result ? result : undefined,
    defaultValue: { topics: a.preparationTopics ?? "", ready: a.preparationReady },
    constraint: getZodConstraint(PreparationSchema),
  });
  const ready = new Set(a.preparationReady);
  return (
    <div className="narrow-page">
      <h1 className="kern-heading-large">{t("manage.title")}</h1>
      {done ? <FormAlert tone="success" errors={[`booking:manage.done.${done}`]} /> : null}
      {actionError ? <FormAlert errors={[actionError]} /> : null}
      {a.status === "HELD" ? (
        <Form method="post" className="form-stack page-section">
          <p className="kern-body">{t("manage.confirmText")}</p>
          <SubmitButton name="intent" value="confirm">
            {t("manage.confirm")}
          </SubmitButton>
        </Form>
      ) : null}
      <AppointmentView lang={lang} appointment={a} qrSvg={qr} />

      {a.upcoming ? (
        <section aria-labelledby="prepare-heading" className="page-section">
          <h2 id="prepare-heading" className="kern-heading-medium">
            {t("manage.prepareHeading")}
          </h2>
          <p className="kern-body">{t("manage.prepareIntro")}</p>
          <FormAlert errors={form.errors} />
          <Form method="post" {...getFormProps(form)} noValidate className="form-stack">
            <input type="hidden" name="intent" value="prepare" />
            <TextAreaField
              field={fields.topics}
              label={t("manage.prepareTopics")}
              hint={t("manage.prepareTopicsHint")}
              optional
              rows={4}
            />
            {a.documents.length ? (
              <fieldset className="kern-fieldset">
                <legend className="kern-label">{t("manage.prepareReady")}</legend>
                <div className="kern-fieldset__body">
                  {a.documents.map((d, i) => (
                    <div className="kern-form-check" key={d.title}>
                      <input
                        className="kern-form-check__checkbox"
                        type="checkbox"
                        id={`ready-${i}`}
                        name="ready"
                        value={d.title}
                        defaultChecked={ready.has(d.title)}
                      />
                      <label className="kern-label" htmlFor={`ready-${i}`}>
                        {d.title}
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
            ) : null}
            <SubmitButton variant="secondary">{t("manage.prepareSubmit")}</SubmitButton>
          </Form>
        </section>
      ) : null}

      {a.upcoming ? (
        <section aria-labelledby="change-heading" className="page-section">
          <h2 id="change-heading" className="kern-heading-medium">
            {t("manage.changeHeading")}
          </h2>
          {a.changeable ? (
            <>
              <p className="kern-body">
                {t("manage.changeText", {
                  hours: a.cutoffHours,
                  time: `${f.day(a.cutoffAt)}, ${f.time(a.cutoffAt)}`,
                })}
              </p>
              {a.status === "BOOKED" ? (
                <p className="kern-body">
                  <Link
                    className="kern-link"
                    to={`/${lang}/appointments/${a.manageToken}/reschedule`}
                  >
                    {t("manage.reschedule")}
                  </Link>
                </p>
              ) : null}
              <details className="cancel-box">
                <summary className="kern-link">{t("manage.cancel")}</summary>
                <Form method="post" className="form-stack">
                  <p className="kern-body">{t("manage.cancelConfirmText")}</p>
                  <SubmitButton name="intent" value="cancel" variant="secondary">
                    {t("manage.cancelConfirm")}
                  </SubmitButton>
                </Form>
              </details>
            </>
          ) : (
            <p className="kern-body">
              {t("manage.tooLate", { hours: a.cutoffHours })}{" "}
              <a className="kern-link" href={`tel:${frontDeskPhone.replace(/[^+\d]/g, "")}`}>
                <bdi dir="ltr">{frontDeskPhone}</bdi>
              </a>
            </p>
          )}
        </section>
      ) : null}
    </div>
  );
}
