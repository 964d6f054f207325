// A channel is one LINE Official Account; every piece of product data belongs to one.

export type ChannelKind = 'sandbox' | 'line';

export interface Channel {
  readonly id: number;
  readonly name: string;
  readonly kind: ChannelKind;
  readonly createdAt: string;
}

export const channelNameMaxLength = 100;

export const sandboxChannelName = 'Sandbox';
