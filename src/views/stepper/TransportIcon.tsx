/** Small drawn icons for the transport buttons (font glyphs like ⏮ are missing on many systems). */
export type TransportIconName = 'first' | 'previous' | 'play' | 'pause' | 'next' | 'last';

const PATHS: Record<TransportIconName, string> = {
  first: 'M3 3h2v10H3z M13 3v10L6 8z',
  previous: 'M12 3v10L5 8z',
  play: 'M5 3v10l8-5z',
  pause: 'M4 3h3v10H4z M9 3h3v10H9z',
  next: 'M4 3v10l7-5z M12 3h2v10h-2z',
  last: 'M3 3v10l7-5z M11 3h2v10h-2z',
};

export function TransportIcon({ name }: { name: TransportIconName }) {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
