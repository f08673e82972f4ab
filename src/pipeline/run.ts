/**
 * The review pipeline, pure: grids + settings in, records, verdicts, targets and the
 * sheets to write out. The pane, the command line and the preview all call this.
 */
export type { ReviewOutcome, ReviewOverrides } from './outcome';
export { runReview, ReadingCache } from './review';
export type { SheetGrid } from '../sheets/grid';
