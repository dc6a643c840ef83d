import { clientAddress, clientHash, consume, describeWait, parseLimits } from "@/lib/rate-limit";

// Generous for a person who mistypes, tight for a password-guessing script.
const PER_ACCOUNT = parseLimits(process.env.ERRATA_SIGNIN_LIMITS ?? "10/15m, 50/1d");
const PER_CLIENT = parseLimits(process.env.ERRATA_SIGNIN_CLIENT_LIMITS ?? "30/15m");

/** Counts a sign-in attempt for the account and the client; throws a message to show when either is over. */
export async function limitSignInAttempts(email: string, headers: Headers): Promise<void> {
  // Both keys are salted hashes: the counter table never holds an address or an email.
  const client = clientHash(clientAddress(headers));
  const account = clientHash(`account:${email}`);
  const verdicts = await Promise.all([consume("signin-account", account, PER_ACCOUNT), consume("signin-client", client, PER_CLIENT)]);
  const refused = verdicts.find((verdict) => !verdict.allowed);
  if (refused && !refused.allowed) throw new Error(`Too many sign-in attempts. Try again in ${describeWait(refused.retryAfter)}.`);
}
