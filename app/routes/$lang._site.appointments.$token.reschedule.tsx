// Moving an appointment by its manage link: the free times of the same topic
// (same filters as booking), then "move here" (POST). The old time is freed
// in the same transaction; the calendar gets an update (SEQUENCE + 1).
import {
  data as respond,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import {
  AppointmentFacts,
  SelectField,
  SlotDays,
  type SlotDayView,
} from "~/components/booking/booking-ui";
import { FormAlert, SubmitButton } from "~/components/ui/field";
import { citizenAppointmentByToken, rescheduleByCitizen } from "~/domain/booking/citizen.server";
import { officeFacts } from "~/domain/booking/details.server";
import { PickFormSchema } from "~/domain/booking/schemas";
import { slotPageData } from "~/domain/booking/slot-page.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "booking"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  ...pageTitle(data?.title),
  { name: "robots", content: "noindex" },
];

async function changeable(token: string | undefined) {
  const view = token ? await citizenAppointmentByToken(token) : null;
  if (!view) throw new Response("Not found", { status: 404 });
  return view;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = languageOf(request);
  const view = await changeable(params.token);
  if (!view.changeable || view.status !== "BOOKED")
    return redirect(`/${lang}/appointments/${params.token}`);
  const url = new URL(request.url);
  const base = `/${lang}/appointments/${params.token}/reschedule`;
  const slots = await slotPageData(view.topicKey, url.searchParams, lang, { base });
  if (!slots) return redirect(`/${lang}/appointments/${params.token}`);
  const start = url.searchParams.get("start");
  const chosen = start ? PickFormSchema.safeParse(Object.fromEntries(url.searchParams)) : null;
  const chosenOffice = chosen?.success ? await officeFacts(chosen.data.office) : null;
  return {
    lang,
    title: getFixedT(lang, "booking")("reschedule.title"),
    appointment: view,
    slots,
    chosen:
      chosen?.success && chosenOffice
        ? {
            ...chosen.data,
            office: chosenOffice,
            endsAt: new Date(
              new Date(chosen.data.start).getTime() + slots.durationMinutes * 60_000,
            ).toISOString(),
          }
        : null,
    taken: url.searchParams.get("taken") === "1",
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = languageOf(request);
  const view = await changeable(params.token);
  const form = Object.fromEntries(await request.formData());
  const pick = PickFormSchema.safeParse(form);
  if (!pick.success) return respond({ error: "booking:errors.pick" }, { status: 400 });
  const result = await rescheduleByCitizen(view, {
    startsAt: new Date(pick.data.start),
    officeId: pick.data.office,
    channel: pick.data.channel,
    language: pick.data.language ?? null,
  });
  if (result.ok) return redirect(`/${lang}/appointments/${params.token}?done=moved`);
  if (result.reason === "taken") {
    const q = new URLSearchParams({
      channel: pick.data.channel,
      office: pick.data.office,
      ...(pick.data.language ? { language: pick.data.language } : {}),
      taken: "1",
    });
    return redirect(`/${lang}/appointments/${params.token}/reschedule?${q}`);
  }
  return respond({ error: `booking:manage.errors.${result.reason}` }, { status: 409 });
}

export default function Reschedule() {
  const { t } = useTranslation("booking");
  const { lang, appointment: a, slots, chosen, taken } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const back = `/${lang}/appointments/${a.manageToken}`;
  return (
    <div className="narrow-page">
      <p className="kern-body">
        <Link className="kern-link" to={back}>
          {t("reschedule.back")}
        </Link>
      </p>
      <h1 className="kern-heading-large">{t("reschedule.title")}</h1>
      {taken ? <FormAlert errors={["booking:slots.taken"]} /> : null}
      {result?.error ? <FormAlert errors={[result.error]} /> : null}
      <section aria-labelledby="current-heading" className="page-section">
        <h2 id="current-heading" className="kern-heading-medium">
          {t("reschedule.current")}
        </h2>
        <AppointmentFacts
          startsAt={a.startsAt}
          endsAt={a.endsAt}
          channel={a.channel}
          office={a.office}
          topicKey={a.topicKey}
        />
      </section>
      {chosen ? (
        <section aria-labelledby="new-heading" className="page-section">
          <h2 id="new-heading" className="kern-heading-medium">
            {t("reschedule.new")}
          </h2>
          <AppointmentFacts
            startsAt={chosen.start}
            endsAt={chosen.endsAt}
            channel={chosen.channel}
            office={chosen.office}
            topicKey={a.topicKey}
          />
          <Form method="post" className="form-stack">
            <input type="hidden" name="start" value={chosen.start} />
            <input type="hidden" name="office" value={chosen.office.id} />
            <input type="hidden" name="channel" value={chosen.channel} />
            {chosen.language ? (
              <input type="hidden" name="language" value={chosen.language} />
            ) : null}
            <SubmitButton>{t("reschedule.submit")}</SubmitButton>
          </Form>
        </section>
      ) : (
        <>
          <Form method="get" className="form-stack slot-filters">
            <SelectField
              id="channel"
              name="channel"
              label={t("slots.channel")}
              value={slots.filters.channel}
              options={slots.channels.map((c) => ({ value: c, label: t(`channelChoice.${c}`) }))}
            />
            <SelectField
              id="office"
              name="office"
              label={t("slots.office")}
              value={slots.filters.officeId ?? ""}
              options={[
                { value: "", label: t("slots.anyOffice") },
                ...slots.offices.map((o) => ({ value: o.id, label: `${o.name}, ${o.street}` })),
              ]}
            />
            <button type="submit" className="kern-btn kern-btn--secondary">
              <span className="kern-label">{t("slots.filterSubmit")}</span>
            </button>
          </Form>
          <section aria-labelledby="times-heading" className="page-section">
            <h2 id="times-heading" className="kern-heading-medium">
              {t("slots.timesHeading")}
            </h2>
            {slots.days.length ? (
              <SlotDays days={slots.days as SlotDayView[]} />
            ) : (
              <p className="kern-body">{t("slots.none")}</p>
            )}
            {slots.nextFrom ? (
              <p className="kern-body">
                <Link
                  className="kern-link"
                  to={`?${new URLSearchParams({ ...slots.query, from: slots.nextFrom })}`}
                >
                  {t("slots.later")}
                </Link>
              </p>
            ) : null}
          </section>
        </>
      )}
    </div>
  );
}
