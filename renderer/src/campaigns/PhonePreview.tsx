// A phone-sized chat preview of the bubbles, as a friend would see them arrive: text with its LINE
// emoji, an imagemap's project thumbnail, and stand-ins for media the app does not fetch offline.

import type { CampaignMessage } from '../../../shared/campaigns/model';
import type { ProjectSummary } from '../../../shared/editor/project';
import { emojiGlyph } from './emoji';
import { useCampaignText } from './labels';

function TextWithEmoji({ message }: { readonly message: Extract<CampaignMessage, { type: 'text' }> }) {
  const byIndex = new Map((message.emojis ?? []).map((e) => [e.index, e]));
  const parts: (string | { glyph: string; key: number })[] = [];
  let run = '';
  for (let i = 0; i < message.text.length; i++) {
    const emoji = byIndex.get(i);
    if (emoji && message.text[i] === '$') {
      if (run) parts.push(run);
      run = '';
      parts.push({ glyph: emojiGlyph(emoji.productId, emoji.emojiId), key: i });
    } else run += message.text[i] ?? '';
  }
  if (run) parts.push(run);
  return (
    <>
      {parts.map((part, i) =>
        typeof part === 'string' ? (
          <span key={i}>{part}</span>
        ) : (
          <span key={i} className="camp-preview-emoji">
            {part.glyph}
          </span>
        ),
      )}
    </>
  );
}

function host(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function Bubble({
  message,
  projects,
}: {
  readonly message: CampaignMessage;
  readonly projects: readonly ProjectSummary[];
}) {
  const { ct } = useCampaignText();
  switch (message.type) {
    case 'text':
      return (
        <div className="camp-chat-bubble camp-chat-text">
          <TextWithEmoji message={message} />
        </div>
      );
    case 'imagemap': {
      const project = projects.find((p) => p.id === message.projectId);
      return (
        <div className="camp-chat-media">
          {project?.thumbnailDataUrl ? (
            <img src={project.thumbnailDataUrl} alt={message.altText ?? project.name} />
          ) : (
            <div className="camp-chat-placeholder">{project ? project.name : ct('type-imagemap')}</div>
          )}
          <span className="camp-chat-caption">{project?.name ?? ct('chooseProject')}</span>
        </div>
      );
    }
    case 'image':
    case 'video':
      return (
        <div className="camp-chat-media">
          <div className="camp-chat-placeholder">
            {message.type === 'video' ? '▶ ' : '🖼 '}
            {ct(`type-${message.type}`)}
          </div>
          <span className="camp-chat-caption">{host(message.originalContentUrl)}</span>
        </div>
      );
    case 'sticker':
      return (
        <div className="camp-chat-sticker">
          {ct('stickerPreview', { packageId: message.packageId, stickerId: message.stickerId })}
        </div>
      );
    case 'flex':
      return (
        <div className="camp-chat-bubble camp-chat-flex">
          <strong>{ct('type-flex')}</strong>
          <span>{message.altText}</span>
        </div>
      );
  }
}

export function PhonePreview({
  messages,
  projects,
  channelName,
}: {
  readonly messages: readonly CampaignMessage[];
  readonly projects: readonly ProjectSummary[];
  readonly channelName: string;
}) {
  const { ct } = useCampaignText();
  return (
    <div className="camp-phone" data-testid="phone-preview" aria-label={ct('preview')}>
      <div className="camp-phone-bar">{channelName}</div>
      <div className="camp-phone-chat">
        {messages.length === 0 ? <p className="camp-muted">{ct('previewEmpty')}</p> : null}
        {messages.map((message, i) => (
          <div className="camp-chat-row" key={i}>
            <span className="camp-chat-avatar" aria-hidden="true">
              {channelName.slice(0, 1)}
            </span>
            <Bubble message={message} projects={projects} />
          </div>
        ))}
      </div>
    </div>
  );
}
