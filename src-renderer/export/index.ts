export {
  columnUnit,
  csvUnits,
  csvUnitsLine,
  csvWithMeta,
  textCsvWithMeta,
  resultToCsv,
  seriesCsv,
  type CsvTable,
} from './csv';
export { escapeXml, escapeXmlText, flattenText } from './text';
export { resultSummaryJson, summaryUnits, type ResultSummary } from './summary';
export { exportFileName, slugify } from './filename';
export { isoDate } from './dates';
export { FIGURE_METADATA_KEY, figureAlt, figureMetadataJson, type FigureMeta } from './metadata';
export {
  CARD_PLOT_ZOOM,
  CARD_SIZES,
  COUNTERFACTUAL_NOTE,
  MIN_CARD_FONT,
  cardLayout,
  cardPlotDrawSize,
  cardReference,
  cardSvg,
  frameCard,
  type CardLayout,
  type CardMeta,
  type CardSize,
} from './card';
export { FIGURE_SIZES, figureLayout, type FigureLayout, type FigureSize } from './layout';
export { FIGURE_FONT_FAMILY, frameFigure, serializeSvg } from './figure';
export { crc32, insertPngText, pngChunks, readPngText } from './png-text';
export { textWidth, wrapText } from './text-metrics';
export { sweepCsvWithMeta, sweepFigureMeta } from './sweep';
