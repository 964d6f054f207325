// Photos dragged from the file manager: the cell under the pointer lights up, and a drop hands the
// files and the image point to the workspace's import.

import type React from 'react';
import { cellAt } from '../../../../shared/editor/operations';
import { imagePointOf, type CanvasContext } from './context';

export interface FileDrop {
  readonly onDragOver: (event: React.DragEvent) => void;
  readonly onDragLeave: () => void;
  readonly onDrop: (event: React.DragEvent) => void;
}

export function useFileDrop(
  context: CanvasContext,
  onDropFiles: (files: readonly File[], point: { x: number; y: number } | null) => void,
): FileDrop {
  const { store, stageRef, dropCell } = context;
  return {
    onDragOver(event) {
      if (!event.dataTransfer.types.includes('Files')) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      const stage = stageRef.current;
      if (!stage) return;
      const point = imagePointOf(stage, event.nativeEvent);
      dropCell.set(point ? (cellAt(store.doc, point.x, point.y)?.id ?? null) : null);
    },
    onDragLeave: () => dropCell.set(null),
    onDrop(event) {
      event.preventDefault();
      dropCell.set(null);
      const files = [...event.dataTransfer.files];
      if (files.length === 0) return;
      const stage = stageRef.current;
      onDropFiles(files, stage ? imagePointOf(stage, event.nativeEvent) : null);
    },
  };
}
