import type { ExplorerState } from '../../store/types';

export const selectLinkLength = (s: ExplorerState) => s.linkLength;
export const selectLinkTooLong = (s: ExplorerState) => s.linkTooLong;
export const selectNotices = (s: ExplorerState) => s.notices;
export const selectPresetId = (s: ExplorerState) => s.presetId;
