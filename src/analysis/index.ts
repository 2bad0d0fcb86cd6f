/** Pure what-if analysis over the engine: early-allocation metrics, sweep grids, map_used series. */
export { earlyMetrics, slabOnlineIndex, type EarlyMetrics, type EarlyOutcome, type NotBuilt } from './earlyMetrics';
export {
  metricValue,
  SWEEP_METRICS,
  sweepConfig,
  sweepGrid,
  sweepOutcomes,
  sweepRow,
  type CellValue,
  type SweepMetric,
} from './sweepGrid';
export { mapUsedSeries, type MapUsedResult, type MapUsedSeries, type StructureSeries } from './mapUsedSeries';
export { thinSeries, type SeriesPoint } from './thinSeries';
