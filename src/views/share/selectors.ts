import type { ExplorerState } from '../../store/types';

export const selectLinkLength = (s: ExplorerState) => s.linkLength;
export const selectNotices = (s: ExplorerState) => s.notices;
export const selectPresetId = (s: ExplorerState) => s.presetId;
