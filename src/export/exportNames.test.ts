import { describe, expect, it } from 'vitest';
import { animationFileName, stillFileName } from './exportNames';

describe('export file names', () => {
  it('names a chunk-map still by its step, as the brief asks (percpu-step-17.svg)', () => {
    expect(stillFileName('chunks', 17, 'svg')).toBe('percpu-step-17.svg');
    expect(stillFileName('chunks', 0, 'png')).toBe('percpu-step-0.png');
  });

  it('keeps unit-layout stills apart from chunk-map stills of the same step', () => {
    expect(stillFileName('units', 17, 'svg')).toBe('percpu-units-step-17.svg');
    expect(stillFileName('units', 17, 'svg')).not.toBe(stillFileName('chunks', 17, 'svg'));
  });

  it('names an animation by its inclusive step range', () => {
    expect(animationFileName(3, 5)).toBe('percpu-steps-3-5.webm');
  });
});
