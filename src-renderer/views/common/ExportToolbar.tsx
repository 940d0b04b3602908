import type { ChartExportKind } from './exportFigure';

export type ExportKind = ChartExportKind | 'csv';

const BUTTONS: { kind: ExportKind; label: string; title: string }[] = [
  {
    kind: 'svg',
    label: 'Export SVG',
    title: 'The chart with its title, sources, assumptions and provenance, as SVG',
  },
  { kind: 'png', label: 'PNG 2×', title: 'PNG at twice screen resolution, scenario embedded' },
  { kind: 'card', label: 'Social card', title: 'PNG 1200×675 for social media, with title and sources' },
  { kind: 'csv', label: 'CSV', title: 'Every series of the run, one row per year or period' },
];

/** The same four exports in every workspace. */
export function ExportToolbar(props: {
  disabled: boolean;
  onExport: (kind: ExportKind) => void;
  csvTitle?: string;
}) {
  return (
    <div className="toolbar" role="toolbar" aria-label="Export">
      {BUTTONS.map((b) => (
        <button
          key={b.kind}
          type="button"
          disabled={props.disabled}
          title={b.kind === 'csv' && props.csvTitle ? props.csvTitle : b.title}
          onClick={() => props.onExport(b.kind)}
        >
          {b.label}
        </button>
      ))}
    </div>
  );
}
