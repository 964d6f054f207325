// The phone preview: a rich menu under the chat bar (collapsed or open) or an imagemap as a chat
// bubble. Tapping shows the area hit and what its action does; a richmenuswitch tap switches to the
// menu with that alias, so a tab set can be tried as users will see it.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Group, Layer, Rect, Stage } from 'react-konva';
import type { EditorDocument, TapArea } from '../../../shared/editor/document';
import { documentName } from '../../../shared/editor/document-set';
import { useRenderText } from '../ui/errors';
import { actionSummary } from './action-summary';
import { Dialog } from './Dialog';
import { Icon } from './icons';
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
    setMessage(t('editor.preview.tapped', { number: hitIndex + 1, action: actionSummary(area.action, t) }));
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
                />
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

function DocPicture({
  doc,
  width,
  tapped,
  onTap,
}: {
  doc: EditorDocument;
  width: number;
  tapped: TapArea | null;
  onTap: (x: number, y: number) => void;
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
          {doc.kind === 'imagemap' && doc.imagemap.video ? (
            <Rect {...doc.imagemap.video.area} fill="rgba(0,0,0,0.35)" listening={false} />
          ) : null}
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
    </div>
  );
}
