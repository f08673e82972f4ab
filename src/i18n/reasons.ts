import type { Messages } from './catalogue';

export const reasonsMessages: Messages = {
};
