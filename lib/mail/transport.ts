import nodemailer, { type Transporter } from "nodemailer";
import type { Env } from "@/lib/rate-limit";

let cached: { url: string; transporter: Transporter } | undefined;

/** The SMTP transport for SMTP_URL (smtp://user:pass@host:587, smtps://…), or null when mail is kept in the outbox. */
export function mailTransport(env: Env = process.env): Transporter | null {
  const url = env.SMTP_URL?.trim();
  if (!url) return null;
  if (cached?.url !== url) cached = { url, transporter: nodemailer.createTransport(url) };
  return cached.transporter;
}

/** The sender of reader mail: MAIL_FROM, or an address on the host Errata is served from. */
export function mailFrom(env: Env = process.env): string {
  if (env.MAIL_FROM) return env.MAIL_FROM;
  const host = env.NEXTAUTH_URL ? new URL(env.NEXTAUTH_URL).hostname : "localhost";
  return `Errata <errata@${host}>`;
}
