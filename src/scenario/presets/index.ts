import { earlySizeExhaustion } from './earlySizeExhaustion';
import { earlySlotExhaustion } from './earlySlotExhaustion';
import { moduleLoading } from './moduleLoading';
import { preChangeCrash } from './preChangeCrash';
import { slotsAndReclaim } from './slotsAndReclaim';
import { slotWalkHazard } from './slotWalkHazard';
import { slubBootstrap } from './slubBootstrap';
import { structKfreeHazard } from './structKfreeHazard';
import { twoNodeServer } from './twoNodeServer';
import type { Preset } from './types';
import { workqueueAlignment } from './workqueueAlignment';

/** Every preset, in the order the picker shows them. The first is the app's default. */
export const PRESETS: Preset[] = [
  slubBootstrap,
  earlySlotExhaustion,
  earlySizeExhaustion,
  preChangeCrash,
  twoNodeServer,
  moduleLoading,
  workqueueAlignment,
  slotsAndReclaim,
  slotWalkHazard,
  structKfreeHazard,
];

export const DEFAULT_PRESET = slubBootstrap;

export function presetById(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
