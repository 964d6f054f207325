// The imagemap's optional video (the card-based video message): an mp4, its preview image, the area
// it plays in, and the link with its label shown after playback. A new video goes where it covers no
// tap area when the image has such a place; when it covers areas, a note says which and why.

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImagemapDocument, ImagemapVideo } from '../../../shared/editor/document';
import { videoExternalLinkLabelMaxLength } from '../../../shared/editor/limits';
import { updateImagemapSettings } from '../../../shared/editor/operations';
import { placeVideoArea, videoAspectOf, videoRoom } from '../../../shared/editor/video-area';
import type { EditorCommands } from './commands';
import { Field, NumberField, Toggle } from './fields';
import { Icon } from './icons';
import { useEditor, type EditorStore } from './store';

export function VideoSettings({
  store,
  doc,
  commands,
}: {
  store: EditorStore;
  doc: ImagemapDocument;
  commands: EditorCommands;
}) {
  const { t } = useTranslation();
  const videoInput = useRef<HTMLInputElement>(null);
  const previewInput = useRef<HTMLInputElement>(null);
  const video = doc.imagemap.video;
  // Selected on the canvas (tap-area mode): the numeric fields below are the same rect.
  const selected = useEditor(store, (s) => s.selection.kind === 'video') && video !== null;
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (selected) root.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  // A video needs its preview image before it can be stored (both are asset ids in the document).
  const [pendingVideo, setPendingVideo] = useState<string | null>(null);
  // Which tap areas lose their taps to the video, and whether moving it could help.
  const room = videoRoom(doc);
  const covered = room?.covers.map((c) => c.number).join(', ') ?? '';

  const setVideo = (next: ImagemapVideo | null, key = 'video') =>
    store.apply((d) => updateImagemapSettings(d, { video: next }), key);
  const patch = (p: Partial<ImagemapVideo>, key: string) => {
    const current = store.doc.kind === 'imagemap' ? store.doc.imagemap.video : null;
    if (current) setVideo({ ...current, ...p }, `video-${key}`);
  };

  const pickVideo = async (file: File) => {
    const asset = await commands.uploadFile(file, 'video');
    if (!asset) return;
    const current = store.doc.kind === 'imagemap' ? store.doc.imagemap.video : null;
    if (current) setVideo({ ...current, videoAssetId: asset.assetId });
    else setPendingVideo(asset.assetId);
  };

  const pickPreview = async (file: File) => {
    const asset = await commands.uploadFile(file, 'image');
    if (!asset) return;
    if (video) {
      patch({ previewAssetId: asset.assetId }, 'preview');
    } else if (pendingVideo) {
      // At the preview's aspect, where it covers no tap area if the image has such a place.
      const { area } = placeVideoArea(store.doc, videoAspectOf(asset.natural));
      setVideo({ videoAssetId: pendingVideo, previewAssetId: asset.assetId, area, externalLink: null });
      setPendingVideo(null);
    }
  };

  return (
    <div ref={root} className="ed-video" data-selected={selected} data-testid="video-settings">
      <div className="ed-label">
        <Icon name="video" /> {t('editor.imagemap.video')}
      </div>
      <div className="ed-button-row">
        <button
          type="button"
          className="ed-button ed-button-small"
          onClick={() => videoInput.current?.click()}
          data-testid="choose-video"
        >
          {video ? t('editor.imagemap.replaceVideo') : t('editor.imagemap.chooseVideo')}
        </button>
        {video || pendingVideo ? (
          <button
            type="button"
            className="ed-button ed-button-small"
            onClick={() => previewInput.current?.click()}
            data-testid="choose-preview"
          >
            {video ? t('editor.imagemap.replacePreview') : t('editor.imagemap.choosePreview')}
          </button>
        ) : null}
        {video ? (
          <>
            <button
              type="button"
              className="ed-button ed-button-small ed-button-danger"
              onClick={() => {
                setVideo(null);
                if (selected) store.select({ kind: 'none' });
              }}
            >
              {t('editor.imagemap.removeVideo')}
            </button>
          </>
        ) : null}
      </div>
      <input
        ref={videoInput}
        type="file"
        accept="video/mp4"
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void pickVideo(file);
        }}
      />
      <input
        ref={previewInput}
        type="file"
        accept="image/png,image/jpeg"
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void pickPreview(file);
        }}
      />
      {pendingVideo && !video ? (
        <p className="ed-field-error">{t('editor.imagemap.previewMissing')}</p>
      ) : null}
      {video && room && room.covers.length > 0 ? (
        <p
          className="ed-banner ed-banner-warning"
          data-testid="video-overlap-note"
          data-room={room.room}
          role="status"
        >
          {room.room
            ? t('editor.imagemap.videoCovers', { areas: covered })
            : t('editor.imagemap.videoNoRoom', { areas: covered })}
        </p>
      ) : null}
      {video ? (
        <>
          <div className="ed-grid-4">
            <NumberField
              label="X"
              value={video.area.x}
              min={0}
              max={doc.size.width - 1}
              onChange={(x) => patch({ area: { ...video.area, x } }, 'x')}
              testId="video-x"
            />
            <NumberField
              label="Y"
              value={video.area.y}
              min={0}
              max={doc.size.height - 1}
              onChange={(y) => patch({ area: { ...video.area, y } }, 'y')}
              testId="video-y"
            />
            <NumberField
              label={t('editor.props.widthShort')}
              value={video.area.width}
              min={1}
              max={doc.size.width}
              onChange={(width) => patch({ area: { ...video.area, width } }, 'w')}
              testId="video-w"
            />
            <NumberField
              label={t('editor.props.heightShort')}
              value={video.area.height}
              min={1}
              max={doc.size.height}
              onChange={(height) => patch({ area: { ...video.area, height } }, 'h')}
              testId="video-h"
            />
          </div>
          <Toggle
            label={t('editor.imagemap.externalLink')}
            checked={video.externalLink !== null}
            onChange={(on) =>
              patch({ externalLink: on ? { linkUri: 'https://', label: '' } : null }, 'link-on')
            }
            testId="video-link-on"
          />
          {video.externalLink ? (
            <>
              <Field label={t('editor.lint.fields.linkUri')}>
                {(id) => (
                  <input
                    id={id}
                    className="ed-input ed-mono"
                    value={video.externalLink?.linkUri ?? ''}
                    data-testid="video-link-uri"
                    onChange={(e) =>
                      patch(
                        { externalLink: { label: video.externalLink?.label ?? '', linkUri: e.target.value } },
                        'link-uri',
                      )
                    }
                  />
                )}
              </Field>
              <Field
                label={t('editor.lint.fields.linkLabel')}
                hint={t('editor.imagemap.linkLabelHint', { max: videoExternalLinkLabelMaxLength })}
              >
                {(id) => (
                  <input
                    id={id}
                    className="ed-input"
                    value={video.externalLink?.label ?? ''}
                    data-testid="video-link-label"
                    onChange={(e) =>
                      patch(
                        {
                          externalLink: { linkUri: video.externalLink?.linkUri ?? '', label: e.target.value },
                        },
                        'link-label',
                      )
                    }
                  />
                )}
              </Field>
            </>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
