import type { Question } from '../../quiz';
import { MapBar } from './MapBar';

const ROLE_WORDS = { reserved: 'reserved', first: 'first (dynamic)', dynamic: 'created' } as const;

/** The numbers before the op: what a student needs to predict, and nothing about the result. */
export function BeforeState({ question }: { question: Question }) {
  const unitSize = question.chunks[0]?.unitSize ?? 0;
  return (
    <section className="quiz-before" aria-labelledby="quiz-before-title">
      <h3 id="quiz-before-title">The chunks before op #{question.step}</h3>
      <p className="quiz-facts">
        {question.earlyAlloc ? 'Post-change allocator (early allocation). ' : 'Pre-change allocator. '}
        Slab is {question.slabAvailable ? 'up: kmalloc works.' : 'not up yet: kmalloc cannot be used.'} Unit size{' '}
        {unitSize} bytes; a new chunk starts as one free area of {unitSize} bytes with a 16-entry map.
      </p>
      <table className="data-table quiz-chunks">
        <thead>
          <tr>
            <th scope="col">Chunk</th>
            <th scope="col">Slot</th>
            <th scope="col">Map used / alloc</th>
            <th scope="col">Free bytes</th>
            <th scope="col">Contig hint</th>
            <th scope="col">Free areas (offset: bytes)</th>
          </tr>
        </thead>
        <tbody>
          {question.chunks.map((c) => (
            <tr key={c.id} data-testid={`quiz-chunk-${c.id}`}>
              <th scope="row" className="text-left">
                {c.id} <span className="muted">{ROLE_WORDS[c.role]}</span>
              </th>
              <td>{c.slot === null ? 'none' : c.slot}</td>
              <td>
                {c.mapUsed} / {c.mapAlloc}
              </td>
              <td>{c.freeSize}</td>
              <td>{c.contigHint}</td>
              <td className="text-left">
                {c.freeAreas.length === 0
                  ? 'none'
                  : c.freeAreas
                      .slice(0, 8)
                      .map((a) => `${a.offset}: ${a.size}`)
                      .join(', ') + (c.freeAreas.length > 8 ? ` … (${c.freeAreas.length} areas)` : '')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="quiz-maps">
        {question.chunks.map((c) => (
          <li key={c.id}>
            <span>
              Chunk {c.id} map: <code>{c.mapText}</code>
            </span>
            <MapBar map={c.map} unitSize={c.unitSize} />
          </li>
        ))}
      </ul>
    </section>
  );
}
