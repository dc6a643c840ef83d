/**
 * MLQE-PE is Moses-tokenised ("don 't", "( 4050р . )", "11 : 45", "u / Forjoin"), and tokenisation artefacts
 * would trigger checks of their own, so text is detokenised before the checks see it, remembering where each
 * token went so that flags can be mapped back to tokens.
 */

const ATTACH_LEFT = /^(?:[,.;:!?%)\]}»”…]|\.{2,}|['’](?:s|t|re|ve|ll|d|m)|n['’]t)$/i;
const ATTACH_RIGHT = /^[(\[{«“„$€£#@]$/;
// Moses splits off every slash ("u / Forjoin", "https : / / clck.ru", "and / or"); running text rarely spaces one.
const SLASH = /^[/\\]$/;

/**
 * Running text from Moses tokens, and where each token went. Moses keeps decimal and thousands marks inside a
 * number ("7.5", "1,000"), so a comma between two numbers ("January 28 , 2007") is a real comma; it does split
 * the colon of a time ("11 : 45").
 */
export function detokenize(tokens: string[]): { text: string; spans: Array<[number, number]> } {
  let text = "";
  let glueNext = false;
  const openQuote = new Map<string, boolean>();
  const spans: Array<[number, number]> = [];
  tokens.forEach((token, i) => {
    let attachLeft = ATTACH_LEFT.test(token) || SLASH.test(token);
    let attachRight = ATTACH_RIGHT.test(token) || SLASH.test(token);
    if (token === ":" && /\d$/.test(tokens[i - 1] ?? "") && /^\d/.test(tokens[i + 1] ?? "")) attachRight = true;
    if (token === '"' || token === "'") {
      const open = openQuote.get(token) ?? false;
      [attachLeft, attachRight] = [open, !open];
      openQuote.set(token, !open);
    }
    if (text && !attachLeft && !glueNext) text += " ";
    spans.push([text.length, text.length + token.length]);
    text += token;
    glueNext = attachRight;
  });
  return { text, spans };
}
