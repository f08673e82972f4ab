import type { Messages } from './catalogue';

export const issuesMessages: Messages = {
};
