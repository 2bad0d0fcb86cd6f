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
    <div className="visually-hidden">
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
            <tr key={s}>
              <th scope="row">{s}</th>
              {sizes.map((size, c) => {
                const outcome = rows[r]?.[c];
                return <td key={size}>{outcome ? valueText(metricValue(outcome, metric)) : 'not computed'}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
