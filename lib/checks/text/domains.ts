import { LinkifyIt } from "linkify-it";
import tlds from "tlds";
import { isDictionaryWord } from "@/lib/lexicon";
import type { CheckContext } from "../types";

/** Domains and URLs written in a text ("stopterrorism.kz", "https://egov.kz/…"), with every IANA top-level domain. */
let linkify: LinkifyIt | null = null;

export interface DomainMention {
  start: number;
  end: number;
  /** The host name, lower-cased, without scheme, path or "www.". */
  host: string;
}

export function domainMentions(text: string): DomainMention[] {
  linkify ??= new LinkifyIt({ fuzzyLink: true, fuzzyEmail: false }).tlds(tlds);
  return (linkify.match(text) ?? []).map((match) => ({
    start: match.index,
    end: match.lastIndex,
    host: hostOf(match.url),
  }));
}

function hostOf(url: string): string {
  return url.replace(/^[a-z]+:\/\//i, "").replace(/^www\./i, "").split(/[/?#:]/)[0].toLowerCase();
}

const TOP_LEVEL_DOMAINS = new Set(tlds);

export function isTopLevelDomain(label: string): boolean {
  return TOP_LEVEL_DOMAINS.has(label.toLowerCase());
}

/**
 * Whether "name. label" (a space at a dot), with the labels `more` written on after it (".kz"), is a web address
 * broken apart: a host the source writes (president.kg, www. akorda.kz), "www" before a host ending in a top-level
 * domain, or a word followed by a lower-case top-level domain that is no English word (stopterrorism. kz). A capital
 * after the dot opens a sentence unless the source writes the host.
 */
export function isBrokenHost(context: CheckContext, name: string, label: string, more = ""): boolean {
  const host = `${name}.${label}${more}`.replace(/^www\./i, "");
  if (isSourceHost(context, host) || isSourceHost(context, `${name}.${label}`)) return true;
  if (label !== label.toLowerCase()) return false;
  if (/^www$/i.test(name)) return more !== "" && isTopLevelDomain(more.slice(more.lastIndexOf(".") + 1));
  return isTopLevelDomain(label) && !isDictionaryWord(label);
}

function isSourceHost(context: CheckContext, host: string): boolean {
  // A host found in the source is a piece of its text (lower-cased, linkify adds only a scheme), so a host the text
  // lacks is none of them; finding the hosts (linkify over the whole source) is the costly part.
  const wanted = host.toLowerCase();
  const source = context.memo("source-lower-case", () => context.aligned.source.text.toLowerCase());
  if (!source.includes(wanted)) return false;
  const hosts = context.memo("source-hosts", () => new Set(domainMentions(context.aligned.source.text).map((d) => d.host)));
  return [...hosts].some((known) => known === wanted || known.endsWith(`.${wanted}`));
}
