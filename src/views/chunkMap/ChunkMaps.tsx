/** Placeholder: Chunk area maps */
export function ChunkMaps() {
  return <p className="placeholder">Chunk area maps</p>;
}
