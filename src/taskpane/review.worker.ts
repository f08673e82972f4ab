/**
 * The pane's review worker: the review and the making of the result sheets, off the pane's
 * thread (src/pipeline/review-service.ts says what crosses and how). Served beside the pane,
 * from the same origin, as its own file (webpack makes it a chunk of its own).
 */
import { ReviewService, type ToPane, type ToWorker } from '../pipeline/review-service';

const scope = self as unknown as { postMessage(m: ToPane): void; onmessage: ((e: MessageEvent<ToWorker>) => void) | null };
const service = new ReviewService(
  (m) => scope.postMessage(m),
  (run) => setTimeout(run, 0),
);
scope.onmessage = (e) => service.receive(e.data);
