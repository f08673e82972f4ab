import type { Messages } from './catalogue';

/** Text of the printed documents: nomination lists, the proposal, ballots, tally, registration. */
export const documentMessages: Messages = {
};
