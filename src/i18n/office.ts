import type { Messages } from './catalogue';

export const officeMessages: Messages = {
};
