import { slubBootstrap } from './slubBootstrap';
import type { Preset } from './types';

/** Every preset, in the order the picker shows them. The first is the app's default. */
export const PRESETS: Preset[] = [slubBootstrap];

export const DEFAULT_PRESET = slubBootstrap;

export function presetById(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
