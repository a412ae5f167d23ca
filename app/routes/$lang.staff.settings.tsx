// Site settings an administrator maintains (the sign-language video).
import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, SubmitButton, TextField } from "~/components/ui/field";
import { guard } from "~/utils/access.server";
import { SettingsSchema, SIGN_LANGUAGE_VIDEO_URL } from "~/domain/site/settings";
import { bumpDirectoryVersion } from "~/domain/directory/version.server";
import { actorOf, requireRole } from "~/utils/auth.server";
import { prisma } from "~/utils/db.server";
import { invalid } from "~/utils/forms.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "staff"], hydrate: true };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireRole(request, ["ADMIN"]);
  guard(actorOf(session), "update", { type: "directory", published: true });
  const video = await prisma.siteSetting.findUnique({
    where: { key: SIGN_LANGUAGE_VIDEO_URL },
    select: { value: true },
  });
  const saved = new URL(request.url).searchParams.get("saved") === "1";
  return {
    title: getFixedT(languageOf(request), "staff")("settings.title"),
    video: video?.value ?? "",
    saved,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await requireRole(request, ["ADMIN"]);
  guard(actorOf(session), "update", { type: "directory", published: true });
  const submission = parseWithZod(await request.formData(), { schema: SettingsSchema });
  if (submission.status !== "success") return invalid(submission.reply());
  const url = submission.value.signLanguageVideoUrl;
  if (url) {
    await prisma.siteSetting.upsert({
      where: { key: SIGN_LANGUAGE_VIDEO_URL },
      create: { key: SIGN_LANGUAGE_VIDEO_URL, value: url, updatedById: session.user.id },
      update: { value: url, updatedById: session.user.id },
    });
  } else {
    await prisma.siteSetting.deleteMany({ where: { key: SIGN_LANGUAGE_VIDEO_URL } });
  }
  // The sign-language page shows the video: cached public pages must be rebuilt.
  await bumpDirectoryVersion(session.user.id);
  return redirect(`/${languageOf(request)}/staff/settings?saved=1`);
}

export default function Settings() {
  const { t } = useTranslation("staff");
  const { video, saved } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult,
    defaultValue: { signLanguageVideoUrl: video },
    constraint: getZodConstraint(SettingsSchema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: SettingsSchema }),
  });
  return (
    <>
      <h1 className="kern-heading-large">{t("settings.title")}</h1>
      {saved ? <FormAlert tone="success" errors={["staff:settings.saved"]} /> : null}
      <FormAlert errors={form.errors} />
      <Form method="post" {...getFormProps(form)} noValidate className="form-stack">
        <TextField
          field={fields.signLanguageVideoUrl}
          type="url"
          label={t("settings.signLanguageVideo")}
          hint={t("settings.signLanguageVideoHint")}
          optional
        />
        <SubmitButton>{t("settings.save")}</SubmitButton>
      </Form>
    </>
  );
}
