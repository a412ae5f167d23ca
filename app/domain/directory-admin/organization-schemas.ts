// The form of a partner organisation (debt counselling, addiction help, ...).
import { z } from "zod";
import { optionalEmail, optionalPhone, optionalText, optionalWebUrl, requiredText } from "./fields";

export const OrganizationSchema = z.object({
  name: requiredText(200),
  description: optionalText(4000),
  email: optionalEmail,
  phone: optionalPhone,
  website: optionalWebUrl,
});

export type OrganizationInput = z.infer<typeof OrganizationSchema>;
