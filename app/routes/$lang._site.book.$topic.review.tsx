// Booking, step 5: everything at a glance, then "book". A lost race never
// shows an error page: the person is sent back to the free times with a
// message, and the draft keeps everything they typed.
import {
  data as respond,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AppointmentFacts, DocumentList } from "~/components/booking/booking-ui";
import { Fact } from "~/components/ui/fact";
import { FormAlert, SubmitButton } from "~/components/ui/field";
import { reviewPageData, submitBooking } from "~/domain/booking/review.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";
import { getSession } from "~/utils/session.server";

export const handle = { i18n: ["common", "booking"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

async function citizenOf(request: Request) {
  const session = await getSession(request);
  return session?.user.role === "CITIZEN" ? session.user : null;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = languageOf(request);
  const page = await reviewPageData(request, params.topic ?? "", await citizenOf(request), lang);
  if (page.kind === "redirect") return redirect(`/${lang}${page.to}`);
  return { ...page.data, lang, title: getFixedT(lang, "booking")("review.title") };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = languageOf(request);
  const outcome = await submitBooking(request, params.topic ?? "", await citizenOf(request), lang);
  if (outcome.kind === "redirect") return redirect(`/${lang}${outcome.to}`);
  return respond({ error: outcome.error }, { status: outcome.status });
}

export default function BookReview() {
  const { t } = useTranslation("booking");
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const base = `/${data.lang}/book/${data.topic}`;
  return (
    <div className="narrow-page">
      <h1 className="kern-heading-large">{t("review.title")}</h1>
      <p className="kern-body">{t("review.intro")}</p>
      {result?.error ? <FormAlert errors={[result.error]} /> : null}
      <section aria-labelledby="when-heading" className="page-section">
        <h2 id="when-heading" className="kern-heading-medium">
          {t("review.when")}
        </h2>
        <AppointmentFacts
          startsAt={data.pick.startsAt}
          endsAt={data.pick.endsAt}
          channel={data.pick.channel}
          office={data.office}
          topicKey={data.topic}
        />
        <p className="kern-body">
          <Link className="kern-link" to={`${base}?${new URLSearchParams(data.slotQuery)}`}>
            {t("details.changeTime")}
          </Link>
        </p>
      </section>
      <section aria-labelledby="who-heading" className="page-section">
        <h2 id="who-heading" className="kern-heading-medium">
          {t("review.who")}
        </h2>
        <dl className="kern-description-list">
          <Fact term={t("details.name")}>{data.details.name}</Fact>
          <Fact term={t("details.email")}>
            <bdi dir="ltr">{data.details.email}</bdi>
          </Fact>
          {data.details.phone ? (
            <Fact term={t("details.phone")}>
              <bdi dir="ltr">{data.details.phone}</bdi>
            </Fact>
          ) : null}
          <Fact term={t("details.reason")}>
            {data.details.reason ? (
              <span className="preserve-lines">{data.details.reason}</span>
            ) : (
              t("review.noReason")
            )}
          </Fact>
          {data.details.interpreter ? (
            <Fact term={t("details.interpreter")}>{data.details.interpreterLanguage}</Fact>
          ) : null}
          {data.details.accessibility ? (
            <Fact term={t("details.accessibility")}>{data.details.accessibility}</Fact>
          ) : null}
        </dl>
        <p className="kern-body">
          <Link
            className="kern-link"
            to={`${base}/details?${new URLSearchParams(data.detailsQuery)}`}
          >
            {t("review.changeDetails")}
          </Link>
        </p>
      </section>
      <section aria-labelledby="bring-heading" className="page-section">
        <h2 id="bring-heading" className="kern-heading-medium">
          {t("confirmation.bring")}
        </h2>
        <DocumentList documents={data.documents} />
      </section>
      <p className="kern-body">{data.guest ? t("review.guestNote") : t("review.accountNote")}</p>
      <Form method="post" className="form-stack">
        <SubmitButton name="intent" value="book">
          {t("review.submit")}
        </SubmitButton>
      </Form>
    </div>
  );
}
