import type { Language, PartnershipStatus, Resource } from '@klch/shared';
import type { MessageKey } from './messages.en';

/**
 * A sentence for people, named by its catalogue key with its parameters, and worded only when the
 * answer leaves (the exception filter knows the reader's language; the code that throws does not).
 * A parameter is verbatim text (a name, a code the user typed), a number, or something the
 * reader's language words: a field's label, a time, a date, a kind of record, a status, a list,
 * or another message.
 */
export interface Message {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, MessageParam>>;
}

export type MessageParam =
  | string
  | number
  | Message
  | { readonly field: string }
  | { readonly time: string }
  | { readonly date: string }
  | { readonly record: Resource }
  | { readonly status: PartnershipStatus }
  | { readonly list: ReadonlyArray<MessageParam> };

/** What an error body carries: a catalogue message, or (from code not yet moved to keys) a plain sentence. */
export type Text = string | Message;

export type { Language };

export const msg = (key: MessageKey, params?: Message['params']): Message => (params ? { key, params } : { key });

/** A field's label in the reader's language ("Tajuk", "Title"), from its path in the body (`parties.0.role`). */
export const fieldRef = (field: string) => ({ field });
/** A stored instant, worded in Malaysia's time with the zone named. */
export const timeRef = (time: string) => ({ time });
/** A calendar date `YYYY-MM-DD`, worded dd/mm/yyyy. */
export const dateRef = (date: string) => ({ date });
/** A kind of record ("partnership", "perkongsian"). */
export const recordRef = (record: Resource) => ({ record });
export const statusRef = (status: PartnershipStatus) => ({ status });
export const listRef = (list: ReadonlyArray<MessageParam>) => ({ list });

export const isMessage = (value: unknown): value is Message =>
  typeof value === 'object' && value !== null && typeof (value as { key?: unknown }).key === 'string';
