// Turning the evaluator's messages (keys + values) into sentences, the same
// way on the page and in the booking hand-off. `t` is a `finder`-namespace
// translate function; numbers, euros and lists follow the page's language.
import type { QuestionId } from "./answers";
import type { Message, Value } from "./evaluate";

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export function euros(amount: number, lang: string): string {
  return new Intl.NumberFormat(lang, {
    style: "currency",
    currency: "EUR",
    maximumFractionDigits: 0,
  }).format(amount);
}

/** "A, B and C" in the page's language. */
export function list(items: string[], lang: string): string {
  return new Intl.ListFormat(lang, { style: "long", type: "conjunction" }).format(items);
}

export function serviceName(t: Translate, slug: string): string {
  return t(`services.${slug}`);
}

export function questionNames(t: Translate, questions: QuestionId[], lang: string): string {
  return list(
    questions.map((q) => t(`questions.${q}.short`)),
    lang,
  );
}

function formatValue(t: Translate, value: Value, lang: string): string | number {
  switch (value.kind) {
    case "number":
      return value.value;
    case "eur":
      return euros(value.value, lang);
    case "option":
      return t(`questions.${value.question}.inText.${value.value}`, {
        defaultValue: t(`questions.${value.question}.options.${value.value}`),
      });
    case "services":
      return list(
        value.value.map((slug) => serviceName(t, slug)),
        lang,
      );
  }
}

export function formatMessage(t: Translate, message: Message, lang: string): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.values ?? {})) {
    values[name] = formatValue(t, value, lang);
  }
  return t(message.key, values);
}
