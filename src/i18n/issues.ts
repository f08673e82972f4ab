import type { Messages } from './catalogue';

export const issueMessages: Messages = {
};
