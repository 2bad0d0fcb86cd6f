import { slabOnlineOp } from '../model/slabOnline';
import type { ExplorerState } from './types';

/** Module-scope selectors: stable identities, so components re-render only on real change. */
export const selectScenario = (s: ExplorerState) => s.scenario;
export const selectTimeline = (s: ExplorerState) => s.timeline;
export const selectStep = (s: ExplorerState) => s.step;
export const selectView = (s: ExplorerState) => s.view;
export const selectEngineState = (s: ExplorerState) => s.view?.state ?? null;
export const selectEvents = (s: ExplorerState) => s.view?.events ?? [];
export const selectOutcome = (s: ExplorerState) => s.view?.outcome ?? null;
export const selectLength = (s: ExplorerState) => s.timeline.length;
export const selectPlaying = (s: ExplorerState) => s.playing;
export const selectSpeed = (s: ExplorerState) => s.speed;
export const selectLoop = (s: ExplorerState) => s.loop;
export const selectSelectedAlloc = (s: ExplorerState) => s.selectedAlloc;
export const selectLinkedEntry = (s: ExplorerState) => s.linkedEntry;
export const selectLinkEntry = (s: ExplorerState) => s.linkEntry;
export const selectMode = (s: ExplorerState) => s.mode;
export const selectPresentation = (s: ExplorerState) => s.presentation;
export const selectEmbed = (s: ExplorerState) => s.embed;
export const selectShowControls = (s: ExplorerState) => s.showControls;
export const selectTheme = (s: ExplorerState) => s.theme;
export const selectCollapsed = (s: ExplorerState) => s.collapsed;
export const selectSetupError = (s: ExplorerState) => s.timeline.setupError;

/** The index of the slab-online op, or null. */
export const selectSlabOnlineIndex = (s: ExplorerState): number | null => slabOnlineOp(s.scenario.ops);
