/**
 * Text from a scenario (names, formulas) goes into every export; these make it safe there.
 * XML 1.0 allows tab, LF, CR and U+0020 onwards except the surrogates and U+FFFE/U+FFFF.
 */
const XML_FORBIDDEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** One line: every run of whitespace containing a line break (and any control character) becomes a space. */
export function flattenText(text: string): string {
  return text
    .replace(XML_FORBIDDEN, ' ')
    .replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')
    .trim();
}

/** Text that XML can hold at all (characters it forbids become U+FFFD). */
export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, '\ufffd');
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escaped for an XML attribute value (quoted with "). */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/** Escaped for XML character data: quotes may stay as they are. */
export function escapeXmlText(text: string): string {
  return xmlSafe(text).replace(/[&<>]/g, (c) => XML_ESCAPES[c]!);
}
