import { SHORTCUTS } from './shortcuts';

/** Every shortcut, by group: the body of the shortcut sheet. */
export default function ShortcutList() {
  return (
    <>
      {SHORTCUTS.map((group) => (
        <section key={group.title}>
          <h3>{group.title}</h3>
          <dl>
            {group.items.map((s) => (
              <div key={s.keys}>
                <dt>
                  <kbd>{s.keys}</kbd>
                </dt>
                <dd>{s.what}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
