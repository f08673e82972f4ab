import type { Messages } from './catalogue';

export const paneMessages: Messages = {
};
