// The phone preview: a rich menu under the chat bar (collapsed or open) or an imagemap as a chat
// bubble. Tapping shows the area hit and what its action does; a richmenuswitch tap switches to the
// menu with that alias, so a tab set can be tried as users will see it. A rich message's video
// behaves as in LINE: its preview image in its area, the video playing there when tapped, and its
// link's label shown once it has ended.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Group, Layer, Rect, Stage } from 'react-konva';
import type { EditorDocument, ImagemapVideo, TapArea } from '../../../shared/editor/document';
import { documentName } from '../../../shared/editor/document-set';
import { useRenderText } from '../ui/errors';
import type { Translate } from '../../../shared/i18n/text';
import { actionSummary } from './action-summary';
import { Dialog } from './Dialog';
import { Icon } from './icons';
import { useAssetUrl } from './images';
import { DocumentScene } from './scene';
import type { EditorStore } from './store';

const phoneWidth = 300;
const bubbleWidth = 220;

export function PreviewDialog({ store, onClose }: { store: EditorStore; onClose: () => void }) {
  const { t } = useTranslation();
  const renderText = useRenderText();
  const documents = store.documents;
  const [index, setIndex] = useState(store.get().active);
  const doc = documents[index] ?? store.doc;
  const [open, setOpen] = useState(doc.kind === 'richmenu' ? doc.richMenu.selected : true);
  const [tapped, setTapped] = useState<{ area: TapArea; number: number } | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const tap = (d: EditorDocument, x: number, y: number) => {
    const hitIndex = findLastIndex(
      d.areas,
      (a) => x >= a.rect.x && x < a.rect.x + a.rect.width && y >= a.rect.y && y < a.rect.y + a.rect.height,
    );
    const area = d.areas[hitIndex];
    if (!area) {
      setTapped(null);
      setMessage(t('editor.preview.noArea'));
      return;
    }
    setTapped({ area, number: hitIndex + 1 });
    setMessage(
      t('editor.preview.tapped', {
        number: hitIndex + 1,
        action: actionSummary(area.action, t as unknown as Translate),
      }),
    );
    const action = area.action;
    if (action?.type === 'richmenuswitch') {
      const target = documents.findIndex(
        (other) => other.kind === 'richmenu' && other.richMenu.aliasId === action.richMenuAliasId,
      );
      if (target >= 0 && target !== index) {
        setIndex(target);
        setTapped(null);
        setMessage(t('editor.preview.switched', { alias: action.richMenuAliasId }));
      } else if (target < 0) {
        setMessage(t('editor.preview.switchMissing', { alias: action.richMenuAliasId }));
      }
    }
  };

  return (
    <Dialog title={t('editor.preview.title')} onClose={onClose} wide testId="preview-dialog">
      <div className="ed-preview">
        <div className="ed-preview-controls">
          {documents.length > 1 ? (
            <div
              className="ed-segmented ed-segmented-small"
              role="radiogroup"
              aria-label={t('editor.tabs.label')}
            >
              {documents.map((_, i) => (
                <button
                  key={i}
                  type="button"
                  role="radio"
                  aria-checked={i === index}
                  className="ed-segment"
                  onClick={() => {
                    setIndex(i);
                    setTapped(null);
                  }}
                >
                  {renderText(documentName(documents, i))}
                </button>
              ))}
            </div>
          ) : null}
          {doc.kind === 'richmenu' ? (
            <button
              type="button"
              className="ed-button ed-button-small"
              onClick={() => setOpen((v) => !v)}
              data-testid="preview-toggle"
            >
              {open ? t('editor.preview.collapse') : t('editor.preview.expand')}
            </button>
          ) : null}
          <p className="ed-preview-message" role="status" data-testid="preview-message">
            {message ?? t('editor.preview.tapHint')}
          </p>
        </div>
        <div className="ed-phone" data-testid="phone">
          <div className="ed-phone-status">
            <span>9:41</span>
            <span className="ed-phone-notch" />
            <span>●●●</span>
          </div>
          <div className="ed-phone-header">
            <Icon name="back" />
            <span>{t('editor.preview.accountName')}</span>
          </div>
          <div className="ed-phone-chat">
            <div className="ed-bubble ed-bubble-in">{t('editor.preview.sampleMessage')}</div>
            {doc.kind === 'imagemap' ? (
              <div className="ed-bubble-image">
                <DocPicture
                  doc={doc}
                  width={bubbleWidth}
                  tapped={tapped?.area ?? null}
                  onTap={(x, y) => tap(doc, x, y)}
                >
                  {doc.imagemap.video ? (
                    <PreviewVideo
                      video={doc.imagemap.video}
                      scale={bubbleWidth / doc.size.width}
                      onMessage={setMessage}
                    />
                  ) : null}
                </DocPicture>
              </div>
            ) : null}
          </div>
          {doc.kind === 'richmenu' ? (
            <>
              <button
                type="button"
                className="ed-phone-chatbar"
                onClick={() => setOpen((v) => !v)}
                aria-expanded={open}
              >
                <span className="ed-phone-keyboard">⌨</span>
                <span className="ed-phone-chatbar-text">{doc.richMenu.chatBarText || ' '}</span>
                <span aria-hidden="true">{open ? '▾' : '▴'}</span>
              </button>
              {open ? (
                <DocPicture
                  doc={doc}
                  width={phoneWidth}
                  tapped={tapped?.area ?? null}
                  onTap={(x, y) => tap(doc, x, y)}
                />
              ) : null}
            </>
          ) : (
            <div className="ed-phone-input">
              <span className="ed-phone-keyboard">⌨</span>
              <span className="ed-phone-field" />
            </div>
          )}
        </div>
      </div>
    </Dialog>
  );
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if (item !== undefined && test(item)) return i;
  }
  return -1;
}

type VideoPhase = 'poster' | 'playing' | 'ended' | 'failed';

/** The video in its area: preview image, then the video itself, then the link LINE offers after it. */
function PreviewVideo({
  video,
  scale,
  onMessage,
}: {
  video: ImagemapVideo;
  scale: number;
  onMessage: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [phase, setPhase] = useState<VideoPhase>('poster');
  const poster = useAssetUrl(video.previewAssetId, 'editing');
  const source = useAssetUrl(video.videoAssetId, 'original');
  const box = {
    left: video.area.x * scale,
    top: video.area.y * scale,
    width: video.area.width * scale,
    height: video.area.height * scale,
  };
  const play = () => {
    setPhase('playing');
    onMessage(t('editor.preview.videoPlaying'));
  };
  const link = video.externalLink;
  return (
    <div className="ed-preview-video" style={box} data-testid="preview-video" data-phase={phase}>
      {phase === 'playing' ? (
        <video
          className="ed-preview-video-media"
          src={source}
          poster={poster}
          autoPlay
          playsInline
          onEnded={() => {
            setPhase('ended');
            onMessage(link ? t('editor.preview.videoEndedLink') : t('editor.preview.videoEnded'));
          }}
          onError={() => {
            setPhase('failed');
            onMessage(t('editor.preview.videoFailed'));
          }}
          data-testid="preview-video-player"
        />
      ) : (
        <button
          type="button"
          className="ed-preview-video-poster"
          onClick={play}
          aria-label={phase === 'poster' ? t('editor.preview.playVideo') : t('editor.preview.replay')}
          data-testid="preview-video-play"
        >
          <img src={poster} alt="" />
          {phase === 'poster' || phase === 'failed' ? (
            <span className="ed-preview-video-icon" aria-hidden="true">
              ▶
            </span>
          ) : null}
        </button>
      )}
      {phase === 'ended' ? (
        <div className="ed-preview-video-after">
          {link ? (
            <button
              type="button"
              className="ed-preview-video-link"
              onClick={() =>
                onMessage(t('editor.preview.videoLink', { label: link.label, uri: link.linkUri }))
              }
              data-testid="preview-video-link"
            >
              {link.label}
            </button>
          ) : null}
          <button
            type="button"
            className="ed-preview-video-replay"
            onClick={play}
            aria-label={t('editor.preview.replay')}
            title={t('editor.preview.replay')}
          >
            ↻
          </button>
        </div>
      ) : null}
    </div>
  );
}

function DocPicture({
  doc,
  width,
  tapped,
  onTap,
  children,
}: {
  doc: EditorDocument;
  width: number;
  tapped: TapArea | null;
  onTap: (x: number, y: number) => void;
  /** Drawn over the picture, in its pixels (the video). */
  children?: React.ReactNode;
}) {
  const scale = width / doc.size.width;
  const height = Math.round(doc.size.height * scale);
  return (
    <div className="ed-phone-picture" data-testid="preview-picture">
      <Stage
        width={width}
        height={height}
        scaleX={scale}
        scaleY={scale}
        onClick={(event) => {
          const point = event.target.getStage()?.getRelativePointerPosition();
          if (point) onTap(point.x, point.y);
        }}
      >
        <Layer>
          <DocumentScene doc={doc} interactive={false} fontEpoch={0} />
          {tapped ? (
            <Group listening={false}>
              <Rect
                {...tapped.rect}
                fill="rgba(6,199,85,0.28)"
                stroke="#06c755"
                strokeWidth={3}
                strokeScaleEnabled={false}
              />
            </Group>
          ) : null}
          <Rect width={doc.size.width} height={doc.size.height} fill="transparent" />
        </Layer>
      </Stage>
      {children}
    </div>
  );
}
