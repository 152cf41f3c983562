// The project's own published-figures table (data/published, committed with the repository).
export { readPublishedPoints as publishedPoints } from '../../../src/lib/scenario/node/published-csv';
