/** A chart's numbers as a table, for reading without the picture (screen readers, keyboard, copying). */
export interface DataColumn {
  id: string;
  label: string;
  values: ArrayLike<number>;
}

export function DataTable(props: {
  id?: string;
  caption: string;
  indexName: string;
  rows: number;
  rowName: (i: number) => string;
  columns: readonly DataColumn[];
  format: (v: number) => string;
}) {
  const rows = Array.from({ length: props.rows }, (_, i) => i);
  return (
    // Focusable: a long table scrolls inside its box, and the keyboard must be able to scroll it.
    <div
      className="data-table"
      id={props.id}
      data-testid="data-table"
      role="region"
      aria-label={props.caption}
      tabIndex={0}
    >
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.indexName}</th>
            {props.columns.map((c) => (
              <th key={c.id} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((i) => (
            <tr key={i}>
              <th scope="row">{props.rowName(i)}</th>
              {props.columns.map((c) => {
                const v = c.values[i]!;
                return <td key={c.id}>{Number.isFinite(v) ? props.format(v) : '–'}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
