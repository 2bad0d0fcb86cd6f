import { HUE_COUNT } from './palette';

/** Ids of the SVG patterns one <AreaPatterns prefix> defines. */
export const patternIds = {
  owner: (prefix: string, hue: number, variant: number) => `${prefix}-h${hue}-v${variant}`,
  staticReserved: (prefix: string) => `${prefix}-sr`,
  unmapped: (prefix: string) => `${prefix}-unmapped`,
  populated: (prefix: string) => `${prefix}-populated`,
};

/** Turns a React useId() value into something safe inside url(#...). */
export function svgIdPrefix(reactId: string, name: string): string {
  return `${name}-${reactId.replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

const hues = Array.from({ length: HUE_COUNT }, (_, h) => h);

/**
 * The textures of allocated (striped, dotted), static+reserved and unmapped areas. Every SVG
 * that uses them carries its own copy: a pattern defined in a hidden SVG does not paint.
 */
export function AreaPatterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      {hues.map((h) => (
        <pattern
          key={`s${h}`}
          id={patternIds.owner(prefix, h, 1)}
          width={6}
          height={6}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width={6} height={6} className={`pal-hue-${h}`} />
          <rect width={2.5} height={6} className="pal-ink" />
        </pattern>
      ))}
      {hues.map((h) => (
        <pattern key={`d${h}`} id={patternIds.owner(prefix, h, 2)} width={5} height={5} patternUnits="userSpaceOnUse">
          <rect width={5} height={5} className={`pal-hue-${h}`} />
          <circle cx={2.5} cy={2.5} r={1.3} className="pal-ink" />
        </pattern>
      ))}
      <pattern
        id={patternIds.staticReserved(prefix)}
        width={8}
        height={8}
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width={8} height={8} className="pal-static" />
        <rect width={4} height={8} className="pal-reserved" />
      </pattern>
      <pattern
        id={patternIds.unmapped(prefix)}
        width={6}
        height={6}
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(-45)"
      >
        <rect width={6} height={6} className="pal-unmapped-bg" />
        <rect width={1.2} height={6} className="pal-unmapped-ink" />
      </pattern>
      <pattern id={patternIds.populated(prefix)} width={4} height={4} patternUnits="userSpaceOnUse">
        <rect width={4} height={4} className="pal-populated" />
      </pattern>
    </defs>
  );
}
