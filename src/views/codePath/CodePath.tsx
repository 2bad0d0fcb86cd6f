import { useMemo } from 'react';
import { callPathsOf } from '../../model/callPath';
import { kernelLink, VARIANT_SOURCE, type Variant } from '../../model/kernelSource';
import { selectEngineState, selectEvents, selectScenario, selectStep } from '../../store/selectors';
import { useExplorer } from '../storeContext';
import './codePath.css';

/** The kernel call paths of this step, each function linked to its line in the real source. */
export function CodePath() {
  const state = useExplorer(selectEngineState);
  const events = useExplorer(selectEvents);
  const step = useExplorer(selectStep);
  const scenario = useExplorer(selectScenario);
  const op = step > 0 ? scenario.ops[step - 1] : undefined;
  const earlyAlloc = state?.config.earlyAlloc ?? true;
  const variant: Variant = earlyAlloc ? 'post' : 'pre';
  const paths = useMemo(() => callPathsOf(op, events, earlyAlloc), [op, events, earlyAlloc]);
  if (!state) return <p className="placeholder">No code path: the kernel did not boot.</p>;
  return (
    <div className="cp" data-testid="code-path">
      <p className="cp-source">Links open {VARIANT_SOURCE[variant]} on elixir.bootlin.com.</p>
      {paths.length === 0 ? (
        <p>This step ran no percpu code{op?.op === 'mark' ? ' (a mark)' : ''}.</p>
      ) : (
        <ol className="cp-paths" aria-label="Kernel call paths of this step">
          {paths.map((p, i) => (
            <li key={i} className="cp-path">
              {p.frames.map((f, j) => {
                const link = f.anchor ? kernelLink(variant, f.anchor) : null;
                return (
                  <span key={j} className="cp-frame">
                    {j > 0 ? <span aria-hidden="true"> → </span> : null}
                    {link ? (
                      <a
                        href={link.url}
                        target="_blank"
                        rel="noreferrer noopener"
                        title={`mm/percpu.c line ${link.line}`}
                      >
                        <code>{f.fn}</code>
                        <span className="cp-line">:{link.line}</span>
                      </a>
                    ) : (
                      <code>{f.fn}</code>
                    )}
                  </span>
                );
              })}
              <span className="cp-result"> ⇒ {p.result}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
