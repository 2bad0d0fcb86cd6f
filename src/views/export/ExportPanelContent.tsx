import { AnimationExport } from './AnimationExport';
import { StillExports } from './StillExports';

/** The export panel's body, loaded on the first open so the first page load stays small. */
export default function ExportPanelContent({ open }: { open: boolean }) {
  return (
    <>
      <StillExports />
      <AnimationExport open={open} />
    </>
  );
}
