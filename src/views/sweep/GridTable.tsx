import { memo } from 'react';
import { metricValue, type EarlyOutcome, type SweepMetric } from '../../analysis';
import { metricLabel, valueText } from './sweepText';

interface Props {
  rows: readonly (readonly EarlyOutcome[] | null)[];
  slots: readonly number[];
  sizes: readonly number[];
  metric: SweepMetric;
  title: string;
}

/** The heatmap's numbers as a table, for screen readers (visually hidden). */
export function GridTable({ rows, slots, sizes, metric, title }: Props) {
  return (
    // The wrapper hides it: a table grows to fit its content whatever width it is given.
    <div className="visually-hidden sweep-table">
      <table>
        <caption>
          {metricLabel(metric)} for “{title}”: rows are earlySlots, columns earlySize in bytes
        </caption>
        <thead>
          <tr>
            <th scope="col">earlySlots \ earlySize</th>
            {sizes.map((size) => (
              <th key={size} scope="col">
                {size}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {slots.map((s, r) => (
            <GridRow key={s} slots={s} row={rows[r] ?? null} sizes={sizes} metric={metric} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One row, memoised: a running sweep's new rows change those rows of the table only. */
const GridRow = memo(function GridRow({
  slots,
  row,
  sizes,
  metric,
}: {
  slots: number;
  row: readonly EarlyOutcome[] | null;
  sizes: readonly number[];
  metric: SweepMetric;
}) {
  // A row still to come is one cell across the columns: mounting 4,096 cells of “not computed” at Run
  // stalled the page, and a screen reader hears the row's state once rather than once a column.
  if (!row) {
    return (
      <tr>
        <th scope="row">{slots}</th>
        <td colSpan={sizes.length}>not computed</td>
      </tr>
    );
  }
  return (
    <tr>
      <th scope="row">{slots}</th>
      {sizes.map((size, c) => {
        const outcome = row[c];
        return <td key={size}>{outcome ? valueText(metricValue(outcome, metric)) : 'not computed'}</td>;
      })}
    </tr>
  );
});
