import { flag, sourceSpanOf, textSpan } from "../finding";
import { isBrokenHost } from "../text/domains";
import type { Check, Finding } from "../types";

/**
 * "name. tld" or "name .tld": a host name with a space at one of its dots. A label has at most 63 characters, which
 * also bounds the scan from each start in a long hyphenated run.
 */
const SPACED_DOT = /(?<![\p{L}\p{N}])([\p{L}\p{N}][\p{L}\p{N}-]{0,62})(\s+\.\s*|\.\s+)(\p{Ll}{2,})(?![\p{L}\p{N}])/gu;

export const brokenDomain: Check = {
  id: "broken-domain",
  title: "Broken web address",
  category: "Fluency/Punctuation",
  severity: "major",
  description:
    "A web address split by a space at a dot (“stopterrorism. kz”): a domain of the source written apart, or a " +
    "word followed by a spaced country or generic top-level domain that is not an English word.",
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
        for (const match of sentence.text.matchAll(SPACED_DOT)) {
          const [written, name, , label] = match;
          const joined = `${name}.${label}`;
          if (!isBrokenHost(context, name, label)) continue;
          const start = sentence.start + (match.index ?? 0);
          findings.push(
            flag(this, {
              target: textSpan(context.aligned.target.text, start, start + written.length),
              source: sourceSpanOf(context, group),
              message: `The web address “${joined}” is broken by a space.`,
              suggestion: joined,
            }),
          );
        }
      }
    }
    return findings;
  },
};
