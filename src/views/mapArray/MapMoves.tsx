import type { EngineEvent } from '../../engine/events';
import type { Config } from '../../engine/types';
import { kernelLink } from '../../model/kernelSource';
import { storageKind } from '../../model/mapArray';
import { bytesText } from '../memoryRequests/useLeakLedger';
import { STORAGE_WORDS } from '../../model/mapArrayText';

type Ev<K extends EngineEvent['kind']> = Extract<EngineEvent, { kind: K }>;

function Box({ title, detail, className }: { title: string; detail: string; className?: string }) {
  return (
    <div className={`ma-box ${className ?? ''}`}>
      <strong>{title}</strong>
      <span>{detail}</span>
    </div>
  );
}

const arrayTitle = (storage: string, entries: number) => `${storage} int[${entries}]`;

/**
 * The moves of the change for one chunk at this step: percpu_init_late's copy out of
 * __initdata, pcpu_extend_area_map's copy into a bigger buffer (and what became of the old
 * one), or the extension that was refused before slab.
 */
export function MapMoves(props: {
  chunk: number;
  events: readonly EngineEvent[];
  config: Config;
  leakedSoFar: number;
  leakCount: number;
}) {
  const { chunk, events, config } = props;
  const mine = events.filter((e) => 'chunk' in e && e.chunk === chunk);
  const copied = mine.find((e): e is Ev<'map-copied'> => e.kind === 'map-copied');
  const extended = mine.filter((e): e is Ev<'map-extended'> => e.kind === 'map-extended');
  const full = mine.find((e): e is Ev<'map-full'> => e.kind === 'map-full');
  const refused = full ? events.find((e): e is Ev<'mem-alloc-refused'> => e.kind === 'mem-alloc-refused') : undefined;
  const crashed = full
    ? events.find(
        (e): e is Extract<Ev<'crash'>, { cause: 'pre-slab-kmalloc' }> =>
          e.kind === 'crash' && e.cause === 'pre-slab-kmalloc',
      )
    : undefined;
  if (!copied && extended.length === 0 && !refused && !crashed) return null;
  const leakFix = kernelLink('post', 'pcpu_extend_area_map:old')!;
  return (
    <div className="ma-moves" data-testid="map-moves">
      {copied ? (
        <div className="ma-move" data-testid="move-copy">
          <Box
            title={arrayTitle('__initdata', copied.entries)}
            detail={bytesText(copied.bytes)}
            className="ma-box-old"
          />
          <span className="ma-arrow">memcpy {copied.bytes} B →</span>
          <Box title={arrayTitle('kmalloc', copied.entries)} detail={bytesText(copied.bytes)} className="ma-box-new" />
          <p className="ma-fate">
            percpu_init_late copies the whole array (all {copied.entries} entries, used or not) into kmalloc’d memory;
            map_alloc stays {copied.entries}. The old array is __initdata: it is dropped with the rest of init memory
            when the kernel frees its init sections.
          </p>
        </div>
      ) : null}
      {extended.map((e, i) => {
        const oldStorage = STORAGE_WORDS[storageKind(e.oldStorage, e.from, config.earlyAlloc)];
        return (
          <div className="ma-move" data-testid="move-extend" key={i}>
            <Box title={arrayTitle(oldStorage, e.from)} detail={bytesText(e.from * 4)} className="ma-box-old" />
            <span className="ma-arrow">memcpy {e.from * 4} B →</span>
            <Box
              title={arrayTitle(STORAGE_WORDS[storageKind(e.storage, e.to, config.earlyAlloc)], e.to)}
              detail={bytesText(e.to * 4)}
              className="ma-box-new"
            />
            <p className={`ma-fate ma-fate-${e.oldFate}`} data-testid="old-map-fate">
              {e.oldFate === 'leaked' ? (
                <>
                  The old array is never freed: this commit deleted the only line that remembered it (old =
                  chunk-&gt;map), so pcpu_mem_free gets NULL. Leaked: {bytesText(e.from * 4)}. A 2-line fix put the line
                  back before v2.6.36 was released:{' '}
                  <a href={leakFix.url} target="_blank" rel="noreferrer noopener">
                    mm/percpu.c:{leakFix.line}
                  </a>
                  .
                </>
              ) : e.oldFate === 'freed' ? (
                `The old array goes back with pcpu_mem_free(old, ${e.from * 4}).`
              ) : (
                'The old array is the static 2-entry first-chunk map: part of the kernel image, never freed.'
              )}
            </p>
          </div>
        );
      })}
      {refused || crashed ? (
        <div className="ma-move" data-testid="move-refused">
          <Box
            title={`int[${full!.mapAlloc}]`}
            detail={`${full!.mapUsed} of ${full!.mapAlloc} used, a split needs 2`}
            className="ma-box-old"
          />
          <span className="ma-arrow ma-arrow-refused">
            {refused ? `pcpu_mem_alloc(${refused.bytes}) → NULL ✗` : `kzalloc(${crashed!.bytes}) → crash ✗`}
          </span>
          <Box title={`int[${full!.newAlloc}]`} detail="never made" className="ma-box-missing" />
          <p className="ma-fate">
            {refused
              ? 'Slab is not up yet: pcpu_mem_alloc checks slab_is_available(), WARN_ON_ONCE fires (only the first time this boot) and it returns NULL, so the map cannot grow and the request fails.'
              : 'Before this commit nothing checks for slab: the kzalloc runs before kmem_cache_init has made its caches, and the boot crashes.'}
          </p>
        </div>
      ) : null}
      {props.leakedSoFar > 0 ? (
        <p className="ma-leak-total" data-testid="leak-total">
          Bytes lost to leaked maps so far: <strong>{bytesText(props.leakedSoFar)}</strong> ({props.leakCount}{' '}
          {props.leakCount === 1 ? 'array' : 'arrays'})
        </p>
      ) : null}
    </div>
  );
}
