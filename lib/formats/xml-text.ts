/**
 * XML 1.0 cannot carry most C0 control characters, nor U+FFFE/U+FFFF, even as character references: an export
 * shows each as U+FFFD so that the file stays well formed (the stored text never has them in practice; NUL and
 * lone surrogates are already replaced on the way in, lib/text).
 */
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(NOT_IN_XML, "\uFFFD");
}
