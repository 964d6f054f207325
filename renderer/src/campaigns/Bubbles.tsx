// The bubbles of one send (1–5 LINE message objects): a text with its live UTF-16 counter and the
// LINE emoji picker, an image, a rich message from this channel's editor projects with its base URL,
// a video, a sticker, or Flex JSON pasted from LINE's simulator. Each bubble shows its own findings.

import { useRef, useState } from 'react';
import type { CampaignFinding } from '../../../shared/campaigns/findings';
import { parseFlexPaste } from '../../../shared/campaigns/flex';
import { messagesPerSend } from '../../../shared/campaigns/messages';
import {
  campaignMessageTypes,
  type CampaignMessage,
  type CampaignMessageType,
  type FlexMessage,
  type TextMessage,
} from '../../../shared/campaigns/model';
import { followTextEdit, insertEmoji, textCounter } from '../../../shared/campaigns/text';
import type { ProjectSummary } from '../../../shared/editor/project';
import { formatNumber } from '../audiences/format';
import { findingsUnder, newMessage } from './draft-edit';
import { pickerEmoji } from './emoji';
import { Field } from './Field';
import { FindingList } from './Findings';
import { useCampaignText } from './labels';

export interface BubbleListProps {
  readonly messages: readonly CampaignMessage[];
  /** `messages`, or `abTest.variants[1].messages`: where findings about these bubbles point. */
  readonly path: string;
  readonly findings: readonly CampaignFinding[];
  readonly projects: readonly ProjectSummary[];
  readonly onChange: (messages: CampaignMessage[]) => void;
}

function TextBubble({
  message,
  onChange,
}: {
  readonly message: TextMessage;
  readonly onChange: (message: TextMessage) => void;
}) {
  const { ct, locale } = useCampaignText();
  const area = useRef<HTMLTextAreaElement>(null);
  const [picking, setPicking] = useState(false);
  const emojis = message.emojis ?? [];
  const counter = textCounter(message.text, emojis);
  const set = (text: string, next: TextMessage['emojis']) =>
    onChange(next && next.length > 0 ? { type: 'text', text, emojis: next } : { type: 'text', text });
  return (
    <div className="camp-text-bubble">
      <Field label={ct('text')}>
        {(id) => (
          <textarea
            id={id}
            ref={area}
            className="input camp-textarea"
            value={message.text}
            rows={4}
            onChange={(event) => {
              const text = event.target.value;
              set(text, followTextEdit(message.text, text, emojis));
            }}
          />
        )}
      </Field>
      <div className="camp-text-tools">
        <span
          className={`camp-counter${counter.remaining < 0 ? ' camp-counter-over' : ''}`}
          data-testid="text-counter"
        >
          {ct('textCounter', {
            units: formatNumber(locale, counter.units),
            max: formatNumber(locale, counter.max),
          })}
        </span>
        <span className={`camp-counter${counter.emojis > counter.emojiMax ? ' camp-counter-over' : ''}`}>
          {ct('emojiCounter', { count: counter.emojis, max: counter.emojiMax })}
        </span>
        <button
          type="button"
          className="button camp-button-small"
          aria-expanded={picking}
          onClick={() => setPicking((p) => !p)}
        >
          {ct('emojiPicker')}
        </button>
      </div>
      {picking ? (
        <div className="camp-emoji-picker" role="group" aria-label={ct('emojiPicker')}>
          {pickerEmoji.map((emoji, n) => (
            <button
              key={`${emoji.productId}-${emoji.emojiId}`}
              type="button"
              className="camp-emoji"
              title={`${emoji.productId} / ${emoji.emojiId}`}
              aria-label={ct('insertEmoji', { id: n + 1 })}
              onClick={() => {
                const at = area.current?.selectionStart ?? message.text.length;
                const next = insertEmoji(message.text, emojis, at, emoji);
                set(next.text, next.emojis);
              }}
            >
              {emoji.glyph}
            </button>
          ))}
          <p className="camp-muted">{ct('emojiHint')}</p>
        </div>
      ) : null}
    </div>
  );
}

function FlexBubble({
  message,
  onChange,
}: {
  readonly message: FlexMessage;
  readonly onChange: (message: FlexMessage) => void;
}) {
  const { ct } = useCampaignText();
  const [text, setText] = useState(() => JSON.stringify(message.contents, null, 2));
  const [syntax, setSyntax] = useState<string | null>(null);
  return (
    <>
      <UrlField
        label={ct('altText')}
        value={message.altText}
        onChange={(altText) => onChange({ ...message, altText })}
      />
      <Field label={ct('flexJson')}>
        {(id) => (
          <textarea
            id={id}
            className="input camp-textarea camp-code"
            rows={8}
            spellCheck={false}
            value={text}
            aria-invalid={syntax !== null}
            onChange={(event) => {
              setText(event.target.value);
              const parsed = parseFlexPaste(event.target.value, message.altText);
              if (parsed.ok) {
                setSyntax(null);
                onChange(parsed.message);
              } else
                setSyntax(
                  ct('jsonSyntax', { line: parsed.line, column: parsed.column, detail: parsed.detail }),
                );
            }}
          />
        )}
      </Field>
      {syntax ? (
        <p className="field-error" role="alert">
          {syntax}
        </p>
      ) : null}
      <p className="camp-muted">{ct('flexHint')}</p>
    </>
  );
}

function UrlField({
  label,
  value,
  onChange,
  placeholder,
}: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly placeholder?: string;
}) {
  return (
    <Field label={label}>
      {(id) => (
        <input
          id={id}
          className="input"
          value={value}
          placeholder={placeholder}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

function BubbleFields({
  message,
  projects,
  onChange,
}: {
  readonly message: CampaignMessage;
  readonly projects: readonly ProjectSummary[];
  readonly onChange: (message: CampaignMessage) => void;
}) {
  const { ct } = useCampaignText();
  switch (message.type) {
    case 'text':
      return <TextBubble message={message} onChange={onChange} />;
    case 'image':
      return (
        <>
          <UrlField
            label={ct('imageUrl')}
            placeholder="https://…/photo.jpg"
            value={message.originalContentUrl}
            onChange={(originalContentUrl) => onChange({ ...message, originalContentUrl })}
          />
          <UrlField
            label={ct('previewUrl')}
            placeholder="https://…/photo-preview.jpg"
            value={message.previewImageUrl}
            onChange={(previewImageUrl) => onChange({ ...message, previewImageUrl })}
          />
        </>
      );
    case 'video':
      return (
        <>
          <UrlField
            label={ct('videoUrl')}
            placeholder="https://…/clip.mp4"
            value={message.originalContentUrl}
            onChange={(originalContentUrl) => onChange({ ...message, originalContentUrl })}
          />
          <UrlField
            label={ct('previewUrl')}
            placeholder="https://…/clip.jpg"
            value={message.previewImageUrl}
            onChange={(previewImageUrl) => onChange({ ...message, previewImageUrl })}
          />
          <UrlField
            label={ct('trackingId')}
            value={message.trackingId ?? ''}
            onChange={(trackingId) => {
              const { trackingId: _, ...rest } = message;
              onChange(trackingId === '' ? rest : { ...rest, trackingId });
            }}
          />
        </>
      );
    case 'sticker':
      return (
        <div className="camp-row">
          <UrlField
            label={ct('packageId')}
            value={message.packageId}
            onChange={(packageId) => onChange({ ...message, packageId })}
          />
          <UrlField
            label={ct('stickerId')}
            value={message.stickerId}
            onChange={(stickerId) => onChange({ ...message, stickerId })}
          />
        </div>
      );
    case 'imagemap': {
      const imagemaps = projects.filter((p) => p.kind === 'imagemap');
      return (
        <>
          <label className="camp-field">
            <span className="camp-label">{ct('imagemapProject')}</span>
            <select
              className="input"
              value={message.projectId > 0 ? String(message.projectId) : ''}
              onChange={(event) => onChange({ ...message, projectId: Number(event.target.value) })}
            >
              <option value="">{ct('chooseProject')}</option>
              {imagemaps.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          {imagemaps.length === 0 ? <p className="camp-muted">{ct('noImagemapProjects')}</p> : null}
          <UrlField
            label={ct('baseUrl')}
            placeholder="https://cdn.example.com/spring"
            value={message.baseUrl}
            onChange={(baseUrl) => onChange({ ...message, baseUrl })}
          />
          <p className="camp-muted">{ct('baseUrlHint')}</p>
          <UrlField
            label={ct('altTextOptional')}
            value={message.altText ?? ''}
            onChange={(altText) => {
              const { altText: _, ...rest } = message;
              onChange(altText === '' ? rest : { ...rest, altText });
            }}
          />
        </>
      );
    }
    case 'flex':
      return <FlexBubble message={message} onChange={onChange} />;
  }
}

let bubbleKeys = 1;

export function BubbleList({ messages, path, findings, projects, onChange }: BubbleListProps) {
  const { ct } = useCampaignText();
  const [adding, setAdding] = useState<CampaignMessageType>('text');
  // Stable keys for the bubbles while they are edited, so a Flex text field keeps its own text.
  const [keys, setKeys] = useState<readonly number[]>(() => messages.map(() => bubbleKeys++));
  if (keys.length !== messages.length) setKeys(messages.map((_, i) => keys[i] ?? bubbleKeys++));
  const firstImagemap = projects.find((p) => p.kind === 'imagemap')?.id ?? null;
  const replace = (i: number, message: CampaignMessage) =>
    onChange(messages.map((m, j) => (j === i ? message : m)));
  return (
    <div className="camp-bubbles" data-path={path}>
      {messages.map((message, i) => (
        <div
          className="camp-bubble"
          key={keys[i] ?? `b${String(i)}`}
          data-testid="bubble"
          data-type={message.type}
        >
          <div className="camp-bubble-head">
            <strong>{ct('bubbleN', { n: i + 1 })}</strong>
            <select
              className="input camp-inline-select"
              aria-label={ct('bubbleType')}
              value={message.type}
              onChange={(event) => {
                setKeys(keys.map((k, j) => (j === i ? bubbleKeys++ : k)));
                replace(i, newMessage(event.target.value as CampaignMessageType, firstImagemap));
              }}
            >
              {campaignMessageTypes.map((type) => (
                <option key={type} value={type}>
                  {ct(`type-${type}`)}
                </option>
              ))}
            </select>
            <span className="camp-spacer" />
            <button
              type="button"
              className="button camp-button-small"
              disabled={i === 0}
              aria-label={ct('moveUp')}
              onClick={() => {
                const next = [...messages];
                const [moved] = next.splice(i, 1);
                if (moved) next.splice(i - 1, 0, moved);
                const nextKeys = [...keys];
                const [k] = nextKeys.splice(i, 1);
                if (k !== undefined) nextKeys.splice(i - 1, 0, k);
                setKeys(nextKeys);
                onChange(next);
              }}
            >
              ↑
            </button>
            <button
              type="button"
              className="button camp-button-small"
              onClick={() => {
                setKeys(keys.filter((_, j) => j !== i));
                onChange(messages.filter((_, j) => j !== i));
              }}
            >
              {ct('removeBubble')}
            </button>
          </div>
          <BubbleFields message={message} projects={projects} onChange={(m) => replace(i, m)} />
          <FindingList findings={findingsUnder(findings, `${path}[${String(i)}]`)} />
        </div>
      ))}
      <div className="camp-row camp-add-bubble">
        <select
          className="input camp-inline-select"
          aria-label={ct('newBubbleType')}
          value={adding}
          onChange={(event) => setAdding(event.target.value as CampaignMessageType)}
        >
          {campaignMessageTypes.map((type) => (
            <option key={type} value={type}>
              {ct(`type-${type}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          disabled={messages.length >= messagesPerSend.max}
          onClick={() => onChange([...messages, newMessage(adding, firstImagemap)])}
        >
          {ct('addBubble', { count: messages.length, max: messagesPerSend.max })}
        </button>
      </div>
      <FindingList findings={findings.filter((f) => f.path === path)} />
    </div>
  );
}
