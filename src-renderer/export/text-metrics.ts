/**
 * Text width estimates for laying out exported figures without a browser (linkedom has no layout).
 * The widths are DejaVu Sans's own advance widths (hmtx table, 2048 units per em) for printable
 * ASCII, read from the font shipped in assets/fonts, so wrapping matches what resvg draws with it.
 */

const UNITS_PER_EM = 2048;
const FIRST_CODE = 32;

// prettier-ignore
const REGULAR = [651,821,942,1716,1303,1946,1597,563,799,799,1024,1716,651,739,651,690,1303,1303,1303,1303,1303,1303,1303,1303,1303,1303,690,690,1716,1716,1716,1087,2048,1401,1405,1430,1577,1294,1178,1587,1540,604,604,1343,1141,1767,1532,1612,1235,1612,1423,1300,1251,1499,1401,2025,1403,1251,1403,799,690,799,1716,1024,1024,1255,1300,1126,1300,1260,721,1300,1298,569,569,1186,569,1995,1298,1253,1300,1300,842,1067,803,1298,1212,1675,1212,1212,1075,1303,690,1303,1716];
// prettier-ignore
const BOLD = [713,934,1067,1716,1425,2052,1786,627,936,936,1071,1716,778,850,778,748,1425,1425,1425,1425,1425,1425,1425,1425,1425,1425,819,819,1716,1716,1716,1188,2048,1585,1561,1503,1700,1399,1399,1681,1714,762,762,1587,1305,2038,1714,1741,1501,1741,1577,1475,1397,1663,1585,2259,1579,1483,1485,936,748,936,1716,1024,1024,1382,1466,1214,1466,1389,891,1466,1458,702,702,1362,702,2134,1458,1407,1466,1466,1010,1219,979,1458,1335,1892,1321,1335,1192,1458,748,1458,1716];

/** Outside ASCII (accents, dashes, symbols) assume a wide glyph: overestimating only wraps earlier. */
const OTHER = { regular: 1434, bold: 1590 };

export function textWidth(text: string, fontSize: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  const other = bold ? OTHER.bold : OTHER.regular;
  let units = 0;
  for (const ch of text) {
    units += table[(ch.codePointAt(0) ?? 0) - FIRST_CODE] ?? other;
  }
  return (units / UNITS_PER_EM) * fontSize;
}

/** Greedy word wrap to maxWidth; a single word longer than a line is broken by characters. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize, bold) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const piece of breakWord(word, maxWidth, fontSize, bold)) {
      if (line) lines.push(line);
      line = piece;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function breakWord(word: string, maxWidth: number, fontSize: number, bold: boolean): string[] {
  if (textWidth(word, fontSize, bold) <= maxWidth) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece && textWidth(piece + ch, fontSize, bold) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}
