// Which nodes the two transformers hold: in design mode the selected unlocked layers; in tap-area
// mode the selected tap area or the video area. Re-attached whenever the nodes may have been replaced.

import type Konva from 'konva';
import { useEffect } from 'react';
import type { EditorDocument } from '../../../../shared/editor/document';
import { findLayer } from '../../../../shared/editor/operations';
import type { EditorMode } from '../store';
import { areaNodeId, videoNodeId, type CanvasContext } from './context';

export function useTransformerAttachment(
  context: CanvasContext,
  doc: EditorDocument,
  mode: EditorMode,
  selectedLayerIds: readonly string[],
  selectedAreaId: string | null,
  videoSelected: boolean,
  fontEpoch: number,
): void {
  const { store, stageRef, transformerRef, areaTransformerRef } = context;
  const selectedKey = selectedLayerIds.join(',');

  useEffect(() => {
    const transformer = transformerRef.current;
    const stage = stageRef.current;
    if (!transformer || !stage) return;
    const nodes =
      mode === 'design'
        ? selectedLayerIds
            .map((id) => stage.findOne(`#${CSS.escape(id)}`))
            .filter(
              (node): node is Konva.Node =>
                node !== undefined && findLayer(store.doc, node.id())?.locked === false,
            )
        : [];
    transformer.nodes(nodes);
    transformer.getLayer()?.batchDraw();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- selectedKey stands for selectedLayerIds
  }, [selectedKey, mode, doc, fontEpoch, store, stageRef, transformerRef]);

  useEffect(() => {
    const transformer = areaTransformerRef.current;
    const stage = stageRef.current;
    if (!transformer || !stage) return;
    const node =
      mode !== 'areas'
        ? undefined
        : selectedAreaId
          ? stage.findOne(`#${CSS.escape(areaNodeId(selectedAreaId))}`)
          : videoSelected
            ? stage.findOne(`#${videoNodeId}`)
            : undefined;
    transformer.nodes(node ? [node] : []);
    transformer.getLayer()?.batchDraw();
  }, [selectedAreaId, videoSelected, mode, doc, stageRef, areaTransformerRef]);
}
