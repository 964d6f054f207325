// The zod schema of an editor document, so main validates every document the renderer saves (and
// the CLI reads) before storing or exporting it. Generous structural bounds only: LINE's own limits
// are the linter's job (a document may be saved while it still breaks them).

import { z } from 'zod';
import type { EditorDocument } from './document';
import { editorDocumentVersion } from './document';
import { assetIdPattern } from './assets';

/** Far beyond any canvas (2500 px) so pan/zoom math never trips it, but no Infinity or 1e300. */
const coordinate = z.number().finite().min(-1_000_000).max(1_000_000);
const length = z.number().finite().min(0).max(1_000_000);
const id = z.string().min(1).max(100);
const color = z.string().regex(/^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/, 'must be a colour like #ff8800');
const shortText = z.string().max(2000);
const assetId = z.string().regex(assetIdPattern, 'must be an asset id (64 hex digits)');

const rect = z.object({ x: coordinate, y: coordinate, width: length, height: length }).strict();

const photoFill = z
  .object({
    assetId,
    natural: z
      .object({ width: z.number().int().min(1).max(200_000), height: z.number().int().min(1).max(200_000) })
      .strict(),
    crop: rect,
  })
  .strict();

const cell = z.object({ id, rect, background: color.nullable(), photo: photoFill.nullable() }).strict();

const layerBase = {
  id,
  name: z.string().max(200),
  rect,
  rotation: z.number().finite().min(-3600).max(3600),
  opacity: z.number().min(0).max(1),
  locked: z.boolean(),
  hidden: z.boolean(),
};

const textLayer = z
  .object({
    ...layerBase,
    type: z.literal('text'),
    text: z.string().max(10_000),
    fontFamily: z.enum(['Noto Sans', 'Noto Sans TC', 'Noto Sans JP', 'Noto Sans Thai']),
    fontSize: z.number().finite().min(1).max(2000),
    fontWeight: z.union([z.literal(400), z.literal(700)]),
    color,
    align: z.enum(['left', 'center', 'right']),
    lineHeight: z.number().finite().min(0.1).max(10),
    vertical: z.boolean(),
    stroke: z
      .object({ color, width: z.number().finite().min(0).max(500) })
      .strict()
      .nullable(),
    shadow: z
      .object({
        color,
        blur: z.number().finite().min(0).max(500),
        offsetX: z.number().finite().min(-2000).max(2000),
        offsetY: z.number().finite().min(-2000).max(2000),
      })
      .strict()
      .nullable(),
  })
  .strict();

const shapeLayer = z
  .object({
    ...layerBase,
    type: z.literal('shape'),
    shape: z.enum(['rect', 'roundedRect', 'ellipse', 'line']),
    fill: color.nullable(),
    stroke: color.nullable(),
    strokeWidth: z.number().finite().min(0).max(1000),
    cornerRadius: z.number().finite().min(0).max(100_000),
  })
  .strict();

const imageLayer = z
  .object({ ...layerBase, type: z.literal('image'), photo: photoFill, aspectLocked: z.boolean() })
  .strict();

const layer = z.discriminatedUnion('type', [textLayer, shapeLayer, imageLayer]);

const label = shortText.optional();
const action = z.discriminatedUnion('type', [
  z.object({ type: z.literal('uri'), uri: shortText, label }).strict(),
  z.object({ type: z.literal('message'), text: shortText, label }).strict(),
  z
    .object({ type: z.literal('postback'), data: shortText, displayText: shortText.optional(), label })
    .strict(),
  z
    .object({
      type: z.literal('datetimepicker'),
      data: shortText,
      mode: z.enum(['date', 'time', 'datetime']),
      initial: z.string().max(40).optional(),
      max: z.string().max(40).optional(),
      min: z.string().max(40).optional(),
      label,
    })
    .strict(),
  z
    .object({
      type: z.literal('richmenuswitch'),
      richMenuAliasId: z.string().max(200),
      data: shortText,
      label,
    })
    .strict(),
  z.object({ type: z.literal('clipboard'), clipboardText: shortText, label }).strict(),
  z.object({ type: z.literal('camera'), label: shortText }).strict(),
  z.object({ type: z.literal('cameraRoll'), label: shortText }).strict(),
  z.object({ type: z.literal('location'), label: shortText }).strict(),
]);

const tapArea = z.object({ id, rect, action: action.nullable() }).strict();

const documentBase = {
  version: z.literal(editorDocumentVersion),
  templateId: z.string().min(1).max(200),
  size: z
    .object({ width: z.number().int().min(1).max(10_000), height: z.number().int().min(1).max(10_000) })
    .strict(),
  background: color,
  cells: z.array(cell).max(100),
  layers: z.array(layer).max(500),
  areas: z.array(tapArea).max(200),
};

const richMenuDocument = z
  .object({
    ...documentBase,
    kind: z.literal('richmenu'),
    richMenu: z
      .object({
        name: shortText,
        chatBarText: shortText,
        selected: z.boolean(),
        aliasId: z.string().max(200).nullable(),
      })
      .strict(),
  })
  .strict();

const imagemapDocument = z
  .object({
    ...documentBase,
    kind: z.literal('imagemap'),
    imagemap: z
      .object({
        altText: shortText,
        baseUrl: shortText,
        video: z
          .object({
            videoAssetId: assetId,
            previewAssetId: assetId,
            area: rect,
            externalLink: z.object({ linkUri: shortText, label: shortText }).strict().nullable(),
          })
          .strict()
          .nullable(),
      })
      .strict(),
  })
  .strict();

export const editorDocumentSchema: z.ZodType<EditorDocument> = z.discriminatedUnion('kind', [
  richMenuDocument,
  imagemapDocument,
]);

/** Every asset a document refers to (cell photos, free photos, the video and its preview). */
export function documentAssetIds(doc: EditorDocument): string[] {
  const ids = new Set<string>();
  for (const c of doc.cells) if (c.photo) ids.add(c.photo.assetId);
  for (const l of doc.layers) if (l.type === 'image') ids.add(l.photo.assetId);
  if (doc.kind === 'imagemap' && doc.imagemap.video) {
    ids.add(doc.imagemap.video.videoAssetId);
    ids.add(doc.imagemap.video.previewAssetId);
  }
  return [...ids];
}
