/** The exported figure: the chart framed with its title, sources, assumptions and provenance. */
import { FIGURE_METADATA_KEY, figureAlt, figureMetadataJson, type FigureMeta } from './metadata';
import { figureLayout, type FigureSize } from './layout';
import { escapeXml, escapeXmlText } from './text';

const SVG_NS = 'http://www.w3.org/2000/svg';
export const FIGURE_FONT_FAMILY = 'DejaVu Sans, Verdana, sans-serif';
const INK: Record<string, string> = {
  title: '#111111',
  subtitle: '#444444',
  sources: '#333333',
  assumptions: '#333333',
  provenance: '#666666',
};

function el(doc: Document, name: string, attrs: Record<string, string | number>): SVGElement {
  const node = doc.createElementNS(SVG_NS, name) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * An exported image's root: its size, the font, the title and alt text that screen readers and
 * image viewers read (<title>, <desc>), the scenario and provenance (<metadata>), a white ground.
 */
export function figureCanvas(
  doc: Document,
  size: FigureSize,
  title: string,
  alt: string,
  metadataJson: string,
): SVGSVGElement {
  const svg = el(doc, 'svg', {
    xmlns: SVG_NS,
    width: size.width,
    height: size.height,
    viewBox: `0 0 ${size.width} ${size.height}`,
    'font-family': FIGURE_FONT_FAMILY,
    role: 'img',
  }) as SVGSVGElement;
  const titleEl = el(doc, 'title', {});
  titleEl.textContent = title;
  svg.appendChild(titleEl);
  const desc = el(doc, 'desc', {});
  desc.textContent = alt;
  svg.appendChild(desc);
  const metadata = el(doc, 'metadata', { id: FIGURE_METADATA_KEY });
  metadata.textContent = metadataJson;
  svg.appendChild(metadata);
  svg.appendChild(el(doc, 'rect', { x: 0, y: 0, width: size.width, height: size.height, fill: '#ffffff' }));
  return svg;
}

/**
 * Compose the figure at `size`. Draw `plotSvg` at figureLayout(meta, size).plot's size for crisp
 * text; a plot drawn at another size is scaled into place through its viewBox.
 */
export function frameFigure(
  doc: Document,
  plotSvg: SVGSVGElement,
  meta: FigureMeta,
  size: FigureSize,
): SVGSVGElement {
  const layout = figureLayout(meta, size);
  const svg = figureCanvas(doc, size, meta.title, figureAlt(meta), figureMetadataJson(meta));

  for (const block of layout.blocks) {
    block.lines.forEach((line, i) => {
      const text = el(doc, 'text', {
        x: round(block.x),
        y: round(block.y + i * block.lineHeight),
        'font-size': round(block.fontSize),
        fill: INK[block.role] ?? '#333333',
        'data-role': block.role,
        ...(block.bold ? { 'font-weight': 'bold' } : {}),
      });
      text.textContent = line;
      svg.appendChild(text);
    });
  }

  if (!plotSvg.getAttribute('viewBox')) {
    plotSvg.setAttribute(
      'viewBox',
      `0 0 ${plotSvg.getAttribute('width') ?? layout.plot.width} ${plotSvg.getAttribute('height') ?? layout.plot.height}`,
    );
  }
  const { x, y, width, height } = layout.plot;
  plotSvg.setAttribute('x', String(round(x)));
  plotSvg.setAttribute('y', String(round(y)));
  plotSvg.setAttribute('width', String(round(width)));
  plotSvg.setAttribute('height', String(round(height)));
  svg.appendChild(plotSvg);
  return svg;
}

/**
 * A standalone SVG file, serialised here rather than by outerHTML: HTML serialisers (the browser's,
 * linkedom's) write <title> text unescaped and entities XML does not define, so a scenario named
 * "A < B" made malformed XML. Every text node and attribute is escaped for XML.
 */
export function serializeSvg(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeNode(svg)}\n`;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const CDATA_NODE = 4;

function serializeNode(node: Node): string {
  if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) return escapeXmlText(node.nodeValue ?? '');
  if (node.nodeType !== ELEMENT_NODE) return ''; // comments and processing instructions are not exported
  const el = node as Element;
  const name = el.localName || el.tagName;
  const attrs = Array.from(el.attributes, (a) => ` ${a.name}="${escapeXml(a.value)}"`).join('');
  const children = Array.from(el.childNodes, serializeNode).join('');
  return children ? `<${name}${attrs}>${children}</${name}>` : `<${name}${attrs}/>`;
}
