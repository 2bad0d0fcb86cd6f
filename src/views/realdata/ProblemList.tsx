/** Problems as a plain list; each already names its line and reason. */
export function ProblemList({ title, problems }: { title: string; problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <section className="realdata-problems" aria-label={title}>
      <h4>
        {title} ({problems.length})
      </h4>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
    </section>
  );
}
