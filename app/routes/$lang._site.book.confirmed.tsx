// Booking, step 6: confirmed (or, without an account, waiting for the mailed
// confirmation link). Shown to the browser that booked, from its draft.
import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AppointmentView } from "~/components/booking/appointment-view";
import { citizenAppointment } from "~/domain/booking/citizen.server";
import { readDraft } from "~/domain/booking/draft.server";
import { qrSvg } from "~/domain/booking/qr.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";
import { getSession } from "~/utils/session.server";

export const handle = { i18n: ["common", "booking"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const lang = languageOf(request);
  const session = await getSession(request);
  const userId = session?.user.role === "CITIZEN" ? session.user.id : null;
  const draft = await readDraft(request, userId);
  const view = draft?.appointmentId ? await citizenAppointment(draft.appointmentId) : null;
  if (!view) return redirect(`/${lang}/book`);
  const t = getFixedT(lang, "booking");
  return {
    lang,
    title: view.status === "HELD" ? t("confirmation.heldTitle") : t("confirmation.title"),
    // A hold is confirmed only through the mailed link (it proves the address).
    appointment: view.status === "HELD" ? { ...view, manageToken: "" } : view,
    qr: view.status === "HELD" ? null : await qrSvg(view.reference),
    email: view.citizenEmail,
  };
}

export default function BookConfirmed() {
  const { t } = useTranslation("booking");
  const { lang, title, appointment, qr, email } = useLoaderData<typeof loader>();
  return (
    <div className="narrow-page">
      <h1 className="kern-heading-large">{title}</h1>
      <p className="kern-body">
        {appointment.status === "HELD"
          ? t("confirmation.heldIntro", { email })
          : t("confirmation.intro", { email })}
      </p>
      <AppointmentView lang={lang} appointment={appointment} qrSvg={qr} />
      {appointment.manageToken ? (
        <p className="kern-body">
          <Link className="kern-link" to={`/${lang}/appointments/${appointment.manageToken}`}>
            {t("confirmation.manage")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
