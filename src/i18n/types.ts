/**
 * The shapes of the catalogue, apart from the catalogue itself: each area's message file
 * imports these, and the catalogue imports the message files, so nothing goes round.
 */
export type Lang = 'vi' | 'en';

export interface Message {
  vi: string;
  en: string;
}

export type Messages = Record<string, Message>;
