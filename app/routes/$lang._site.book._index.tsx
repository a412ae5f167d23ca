// Booking a consultation, step 1: what about. Also where the help finder's
// result hands over (POST: topic, services, reason, documents – kept in a
// server-side draft, never in a URL).
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { draftDataFromHandoff } from "~/domain/booking/citizen.server";
import { saveDraft } from "~/domain/booking/draft.server";
import { listTopics, topicByKey } from "~/domain/booking/topics.server";
import { isHandoff, parseHandoff } from "~/domain/eligibility/booking-handoff";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";
import { getSession } from "~/utils/session.server";

export const handle = { i18n: ["common", "booking"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const lang = languageOf(request);
  const topics = await listTopics();
  return {
    lang,
    title: getFixedT(lang, "booking")("topics.title"),
    // Sensitive subjects are offered under their own name here: the citizen chooses them.
    topics: topics.map((t) => ({
      key: t.key,
      durationMinutes: t.durationMinutes,
      channels: t.channels,
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const lang = languageOf(request);
  const form = await request.formData();
  if (!isHandoff(form)) return redirect(`/${lang}/book`);
  const handoff = parseHandoff(form);
  const topic = (await topicByKey(handoff.topic)) ? handoff.topic : "first-consultation";
  const session = await getSession(request);
  const userId = session?.user.role === "CITIZEN" ? session.user.id : null;
  const { setCookie } = await saveDraft(request, userId, draftDataFromHandoff(topic, handoff));
  return redirect(`/${lang}/book/${topic}?from=finder`, {
    headers: setCookie ? { "Set-Cookie": setCookie } : undefined,
  });
}

export default function BookTopics() {
  const { t } = useTranslation("booking");
  const { lang, topics } = useLoaderData<typeof loader>();
  return (
    <div className="narrow-page">
      <h1 className="kern-heading-large">{t("topics.title")}</h1>
      <p className="kern-body">{t("topics.intro")}</p>
      <p className="kern-body">{t("topics.emergency")}</p>
      <ul className="topic-list">
        {topics.map((topic) => (
          <li key={topic.key} className="kern-card topic-card">
            <div className="kern-card__container">
              <div className="kern-card__body">
                <h2 className="kern-heading-small">
                  <Link className="kern-link" to={`/${lang}/book/${topic.key}`}>
                    {t(`common:topics.${topic.key}` as never)}
                  </Link>
                </h2>
                <p className="kern-body">{t(`common:topicCovers.${topic.key}` as never)}</p>
                <p className="kern-hint">
                  {t("topics.meta", {
                    minutes: topic.durationMinutes,
                    channels: topic.channels
                      .map((c) => t(`common:channels.${c}` as never))
                      .join(", "),
                  })}
                </p>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
