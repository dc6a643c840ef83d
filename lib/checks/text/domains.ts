import { LinkifyIt } from "linkify-it";
import tlds from "tlds";

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
