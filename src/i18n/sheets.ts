import type { Messages } from './catalogue';

export const sheetsMessages: Messages = {
};
