// What the editor's toolbar, panels and shortcuts can ask the workspace to do. A module of its own,
// so the panels name the type without importing the workspace that renders them.

import type { AssetInfo } from '../../../shared/editor/assets';
import type { ShapeKind } from '../../../shared/editor/document';

export type Dialogs = 'none' | 'shortcuts' | 'export' | 'preview';

export interface EditorCommands {
  undo(): void;
  redo(): void;
  addText(vertical: boolean): void;
  addShape(shape: ShapeKind): void;
  choosePhotos(): void;
  importFiles(files: readonly File[], point: { x: number; y: number } | null): void;
  deleteSelection(): void;
  duplicateSelection(): void;
  nudge(dx: number, dy: number): void;
  zoomFit(): void;
  zoomTo(zoom: number): void;
  zoomBy(factor: number): void;
  open(dialog: Dialogs): void;
  uploadFile(file: File, kind: 'image' | 'video'): Promise<AssetInfo | null>;
}
