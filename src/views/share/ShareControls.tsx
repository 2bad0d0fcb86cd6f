import { CopyLinkButton } from './CopyLinkButton';
import { FilesMenu } from './FilesMenu';
import { ResetToPreset } from './ResetToPreset';
import './share.css';

/** The header's sharing tools: the link, scenario and trace files, and the way back to the preset. */
export function ShareControls() {
  return (
    <div className="share-controls" role="group" aria-label="Share">
      <CopyLinkButton />
      <FilesMenu />
      <ResetToPreset />
    </div>
  );
}
