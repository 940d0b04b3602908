/**
 * A balance sheet or transactions-flow matrix as Godley & Lavoie print it, with the Σ column the
 * model computed and a Σ row added here, so a reader can check that everything sums to zero.
 */
import type { Matrix } from '../../../models/accounting';
import { columnSums, formatCell, matrixScale } from './matrix';

export function MatrixTable(props: {
  matrix: Matrix;
  caption: string;
  testId: string;
  /** Rows whose Σ is not zero by design (a real asset and the net worth it matches), explained below. */
  unbalancedRows?: ReadonlySet<string>;
  /** Indices (r * columns + c) of cells to highlight, e.g. what a lesson step changed. */
  changed?: ReadonlySet<number>;
}) {
  const m = props.matrix;
  const nC = m.columns.length;
  const scale = matrixScale(m);
  const sums = columnSums(m);
  // An exact zero in a sector's cell is a blank, as in the book; a Σ always shows its number.
  const cell = (v: number, isSum: boolean) => (v === 0 && !isSum ? '' : formatCell(v, scale));
  return (
    <table className="sfc-matrix" data-testid={props.testId}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col" />
          {m.columns.map((c, j) => (
            <th key={c} scope="col" className={j === nC - 1 ? 'sum' : undefined}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {m.rows.map((row, r) => (
          <tr key={row} className={props.unbalancedRows?.has(row) ? 'unbalanced' : undefined}>
            <th scope="row">{row}</th>
            {m.columns.map((c, j) => {
              const v = m.values[r * nC + j]!;
              return (
                <td
                  key={c}
                  className={
                    [j === nC - 1 && 'sum', props.changed?.has(r * nC + j) && 'changed']
                      .filter(Boolean)
                      .join(' ') || undefined
                  }
                  data-value={v}
                >
                  {cell(v, j === nC - 1)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="sum-row">
          <th scope="row">Σ</th>
          {sums.map((v, j) => (
            <td key={m.columns[j]} className="sum" data-value={v}>
              {formatCell(v, scale)}
            </td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
