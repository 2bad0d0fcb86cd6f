import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { serializeTrace } from '../src/engine/trace';
import { DEFAULT_PRESET, PRESETS } from '../src/scenario/presets';

const conformance = (name: string) => readFileSync(new URL(`../test/conformance/${name}`, import.meta.url), 'utf8');

test.describe('scenario and trace files', () => {
  test('export a scenario, import it back: the same scenario', async ({ app, stepper, share }) => {
    await app.open();
    // The formats.md example, spelled out in full as the spec prints it.
    const original = conformance('formats-example.scenario.json');
    await share.importFile('formats-example.scenario.json', original);
    await expect(app.scenarioTitle()).toContainText('Two nodes, one module');
    await expect(app.notice('import')).toContainText(
      'Opened “Two nodes, one module” from formats-example.scenario.json.',
    );

    const exported = await share.download('Export scenario');
    expect(exported.name).toBe('two-nodes-one-module.scenario.json');
    expect(exported.text).toBe(original);

    await app.choosePreset(PRESETS[1]!.title);
    await expect(app.scenarioTitle()).toContainText(PRESETS[1]!.scenario.title!);
    await share.importFile(exported.name, exported.text);
    await expect(app.scenarioTitle()).toContainText('Two nodes, one module');
    await expect(stepper.count()).toHaveText('step 0 of 5');
    expect((await share.download('Export scenario')).text).toBe(original);
  });

  test('the exported trace is byte for byte what the engine and the replay command write', async ({ app, share }) => {
    await app.open();
    const trace = await share.download('Export trace');
    expect(trace.name).toBe('slub-bootstrap-on-a-4-cpu-x86-64-box.trace.json');
    const scenario = DEFAULT_PRESET.scenario;
    expect(trace.text).toBe([...serializeTrace(scenario.config, scenario.ops)].join(''));

    await share.importFile('formats-example.scenario.json', conformance('formats-example.scenario.json'));
    await expect(app.scenarioTitle()).toContainText('Two nodes, one module');
    expect((await share.download('Export trace')).text).toBe(conformance('formats-example.trace.json'));
  });

  test('a bad file lists path: reason, and the scenario that was open stays', async ({ app, stepper, share }) => {
    await app.open();
    await stepper.nextSteps(2);
    const bad = JSON.stringify({
      format: 'percpu-scenario',
      version: 1,
      config: { cpus: 0 },
      ops: [
        { op: 'alloc', size: 8, align: 24 },
        { op: 'free', alloc: 5 },
      ],
    });
    await share.importFile('broken.json', bad);
    const alert = app.notice('import');
    await expect(alert).toHaveAttribute('role', 'alert');
    await expect(alert).toContainText('“broken.json” was not opened — your scenario is unchanged.');
    await expect(alert.getByRole('listitem')).toHaveText([
      'config.cpus: must be between 1 and 4096 (got 0)',
      'ops[0].align: 24 is not a power of two',
      'ops[1].alloc: ops[5] is not an earlier op',
    ]);
    await expect(app.scenarioTitle()).toContainText(DEFAULT_PRESET.scenario.title!);
    await expect(stepper.count()).toHaveText(/^step 2 of /);

    await share.importFile('notes.json', 'this is not JSON');
    await expect(alert.getByRole('listitem')).toHaveText([/^\(file\): not valid JSON/]);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert).toHaveCount(0);
    await expect(stepper.count()).toHaveText(/^step 2 of /);
  });

  test('drag and drop a file anywhere on the page', async ({ page, app, share }) => {
    await app.open();
    await share.dropFile('formats-example.scenario.json', conformance('formats-example.scenario.json'), async () => {
      await expect(page.getByTestId('drop-overlay')).toHaveText('Drop a scenario file (.json) to open it');
    });
    await expect(app.scenarioTitle()).toContainText('Two nodes, one module');
    await expect(page.getByTestId('drop-overlay')).toHaveCount(0);

    await share.dropFile('trace.json', conformance('formats-example.trace.json'));
    await expect(app.notice('import').getByRole('listitem').first()).toHaveText(
      'format: must be "percpu-scenario" (got the text "percpu-trace")',
    );
    await expect(app.scenarioTitle()).toContainText('Two nodes, one module');
  });
});
