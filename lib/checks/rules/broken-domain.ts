import { flag, sourceSpanOf, textSpan } from "../finding";
import { isBrokenHost } from "../text/domains";
import type { Check, Finding } from "../types";

/**
 * "name. tld" or "name .tld": a host name with a space at one of its dots. A label has at most 63 characters, which
 * also bounds the scan from each start in a long hyphenated run.
 */
const SPACED_DOT = /(?<![\p{L}\p{N}])([\p{L}\p{N}][\p{L}\p{N}-]{0,62})(\s+\.\s*|\.\s+)(\p{L}\p{Ll}+)(?![\p{L}\p{N}])/gu;
/** The labels written on after the broken dot ("www .example.ru"), at most a few. */
const MORE_LABELS = /^(?:\.[\p{L}\p{N}-]{1,63}){0,4}/u;
/** "https: //egov.kz": a scheme parted from its slashes. */
const SPACED_SCHEME = /\b(https?|ftp):(?:\s+\/\s*\/|\/\s+\/)/giu;

export const brokenDomain: Check = {
  id: "broken-domain",
  title: "Broken web address",
  category: "Fluency/Punctuation",
  severity: "major",
  description:
    "A web address split by a space at a dot (“stopterrorism. kz”): a domain of the source written apart, or a " +
    "word followed by a spaced country or generic top-level domain that is not an English word; and a scheme parted " +
    "from its slashes (“https: //”).",
  examples: {
    valid: [
      { source: "Прокуратура запустила сайт stopterrorism.kz.", target: "The prosecutors launched the website stopterrorism.kz." },
      { source: "Он вернулся домой. Это было в Алматы.", target: "He came home. it was in Almaty." },
    ],
    invalid: [
      {
        source: "Прокуратура запустила сайт stopterrorism.kz, куда можно загрузить видео.",
        target: "The prosecutors launched the site stopterrorism. kz, where videos can be uploaded.",
        flagged: "stopterrorism. kz",
        suggestion: "stopterrorism.kz",
      },
      {
        source: "Подробности на портале egov.kz.",
        target: "Details are on the portal egov .kz.",
        flagged: "egov .kz",
        suggestion: "egov.kz",
      },
    ],
  },
  run(context) {
    const findings: Finding[] = [];
    for (const group of context.groups) {
      for (const sentence of group.target) {
        const broken = (start: number, written: string, joined: string) =>
          flag(brokenDomain, {
            target: textSpan(context.aligned.target.text, sentence.start + start, sentence.start + start + written.length),
            source: sourceSpanOf(context, group),
            message: `The web address “${joined}” is broken by a space.`,
            suggestion: joined,
          });
        for (const match of sentence.text.matchAll(SPACED_DOT)) {
          const [written, name, , label] = match;
          const after = (match.index ?? 0) + written.length;
          const more = MORE_LABELS.exec(sentence.text.slice(after))?.[0] ?? "";
          if (isBrokenHost(context, name, label, more)) findings.push(broken(match.index ?? 0, written, `${name}.${label}`));
        }
        for (const match of sentence.text.matchAll(SPACED_SCHEME)) findings.push(broken(match.index ?? 0, match[0], `${match[1]}://`));
      }
    }
    return findings;
  },
};
