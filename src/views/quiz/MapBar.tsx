/** Beyond this many entries the bar would be slivers; the text map says it better. */
const MAX_BAR_ENTRIES = 512;

/** A thin bar of one chunk's unit: allocated areas dark, free areas light (decoration only). */
export function MapBar({ map, unitSize }: { map: readonly number[]; unitSize: number }) {
  if (map.length > MAX_BAR_ENTRIES || unitSize <= 0) return null;
  return (
    <div className="quiz-map-bar" aria-hidden="true">
      {map.map((entry, i) => (
        <span
          key={i}
          className={entry > 0 ? 'free' : 'used'}
          style={{ width: `${(Math.abs(entry) / unitSize) * 100}%` }}
        />
      ))}
    </div>
  );
}
