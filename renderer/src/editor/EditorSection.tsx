// The Editor section: the project list, or the open project's workspace. The open project is
// remembered in the preferences so the editor comes back to it.

import { useCallback, useState } from 'react';
import type { SectionViewProps } from '../app/section-view';
import { EditorWorkspace } from './EditorWorkspace';
import { ProjectList } from './ProjectList';
import './editor.css';

export function EditorSection({ api, channel, preferences }: SectionViewProps) {
  const [openId, setOpenId] = useState<number | null>(preferences.lastProjectId);

  const open = useCallback(
    (id: number | null) => {
      setOpenId(id);
      void api.setPreferences({ lastProjectId: id }).catch(() => undefined);
    },
    [api],
  );

  if (openId !== null) {
    return <EditorWorkspace key={openId} api={api} projectId={openId} onClose={() => open(null)} />;
  }
  return <ProjectList api={api} channel={channel} onOpen={open} />;
}
