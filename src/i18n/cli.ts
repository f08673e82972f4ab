import type { Messages } from './catalogue';

export const cliMessages: Messages = {
};
