import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET } from '../../scenario/presets';
import { decodeLink, encodeLink } from '../../share';
import { linkOf } from '../../share/test-support/links';
import type { LinkFailure } from '../../store/persistence';
import { AppErrorBoundary } from './AppErrorBoundary';
import { CrashView } from './CrashView';
import { LinkErrorView } from './LinkErrorView';

const failure = (hash: string): LinkFailure => {
  const r = decodeLink(hash);
  if (r.ok) throw new Error('expected a failure');
  return r;
};

const autosave = { scenario: DEFAULT_PRESET.scenario, presetId: DEFAULT_PRESET.id, step: 7, edited: true };
const noop = () => undefined;

describe('link error page', () => {
  it('names the problem, lists every problem line as text, and gives the length', () => {
    const error = failure(linkOf('{"o":[[8,24]],"<img src=x onerror=alert(1)>":1}'));
    const html = renderToStaticMarkup(
      <LinkErrorView error={error} linkLength={12345} autosave={null} onRecover={noop} />,
    );
    expect(html).toContain('This link’s scenario is not valid');
    expect(html).toContain('<li>(link).&lt;img src=x onerror=alert(1)&gt;: unknown field</li>');
    expect(html).not.toContain('<img');
    expect(html).toContain('The link is 12,345 characters long.');
    expect(html).toContain('Open the default scenario');
    expect(html).not.toContain('Open my last autosaved scenario');
  });

  // Issue 9 item 6: a 4.7 KB link once rendered 100,000 list items.
  it('lists at most 50 problems, then a count of the rest', () => {
    const problems = Array.from({ length: 100_000 }, (_, i) => `ops[${i}]: not an op of a share link`);
    const error: LinkFailure = { ok: false, kind: 'invalid', message: 'not valid', length: 4700, problems };
    const html = renderToStaticMarkup(
      <LinkErrorView error={error} linkLength={4700} autosave={null} onRecover={noop} />,
    );
    expect(html.match(/<li>/g)).toHaveLength(51);
    expect(html).toContain('<li>ops[49]: not an op of a share link</li>');
    expect(html).toContain('<li>… and 99,950 more problems</li>');
  });

  it('a damaged link: the decoder’s message as a sentence, and the autosave offered', () => {
    const hash = encodeLink(DEFAULT_PRESET.scenario, { step: 0, selection: null });
    const at = hash.length - 6;
    const error = failure(hash.slice(0, at) + (hash[at] === 'Z' ? 'Y' : 'Z') + hash.slice(at + 1));
    const html = renderToStaticMarkup(
      <LinkErrorView error={error} linkLength={hash.length} autosave={autosave} onRecover={noop} />,
    );
    expect(html).toContain('This link is damaged');
    expect(html).toContain('The link is damaged — a character was changed or lost.');
    expect(html).toContain('Open my last autosaved scenario');
    // As text: the title sits in its own bidi-isolated element (issue 9 item 7).
    expect(html.replace(/<[^>]+>/g, '')).toContain(
      `Your last autosave: “${DEFAULT_PRESET.scenario.title!}”, ${DEFAULT_PRESET.scenario.ops.length} ops, at step 7.`,
    );
  });
});

describe('error boundary', () => {
  it('turns anything thrown into an Error and shows the crash page with the ways back', () => {
    expect(AppErrorBoundary.getDerivedStateFromError('plain text')).toEqual({ error: new Error('plain text') });
    const boundary = new AppErrorBoundary({
      children: <p>app</p>,
      fallback: (error) => <CrashView error={error} autosave={autosave} onRecover={noop} />,
    });
    expect(renderToStaticMarkup(<>{boundary.render()}</>)).toBe('<p>app</p>');
    boundary.state = AppErrorBoundary.getDerivedStateFromError(new Error('<b>boom</b>'));
    const html = renderToStaticMarkup(<>{boundary.render()}</>);
    expect(html).toContain('Something went wrong while showing this scenario');
    expect(html).toContain('&lt;b&gt;boom&lt;/b&gt;');
    expect(html).toContain('Open the default scenario');
    expect(html).toContain('Open my last autosaved scenario');
  });
});
