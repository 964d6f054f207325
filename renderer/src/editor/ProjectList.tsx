// The project list: every rich-menu and rich-message project of the channel with its thumbnail, to
// open (its thumbnail, its name or its Open button), rename, duplicate or move to the trash; the trash, to restore or delete for good; and the
// button that starts a new project from a template.

import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../../shared/api/client';
import type { Channel } from '../../../shared/domain/channel';
import { projectNameMaxLength, type ProjectSummary } from '../../../shared/editor/project';
import { findTemplate } from '../../../shared/editor/templates';
import { Dialog } from './Dialog';
import { Icon } from './icons';
import { NewProjectDialog } from './NewProjectDialog';
import { describeError } from '../ui/errors';

export interface ProjectListProps {
  readonly api: ApiClient;
  readonly channel: Channel | undefined;
  readonly onOpen: (id: number) => void;
}

type Listing =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly projects: readonly ProjectSummary[] }
  | { readonly status: 'failed'; readonly message: string };

export function ProjectList({ api, channel, onOpen }: ProjectListProps) {
  const { t, i18n } = useTranslation();
  const [showTrash, setShowTrash] = useState(false);
  const [listing, setListing] = useState<Listing>({ status: 'loading' });
  const [trashCount, setTrashCount] = useState(0);
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<ProjectSummary | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [reload, setReload] = useState(0);

  const channelId = channel?.id;
  useEffect(() => {
    if (channelId === undefined) return;
    let live = true;
    Promise.all([api.listProjects(channelId), api.listTrashedProjects(channelId)])
      .then(([active, trashed]) => {
        if (!live) return;
        setTrashCount(trashed.length);
        setListing({ status: 'ready', projects: showTrash ? trashed : active });
      })
      .catch((error: unknown) => {
        if (live) setListing({ status: 'failed', message: describeError(error) });
      });
    return () => {
      live = false;
    };
  }, [api, channelId, showTrash, reload]);

  const act = useCallback(
    async (action: () => Promise<unknown>) => {
      setProblem(null);
      try {
        await action();
        setReload((n) => n + 1);
      } catch (error) {
        setProblem(t('editor.projects.actionFailed', { message: describeError(error) }));
      }
    },
    [t],
  );

  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <div className="ed-projects">
      <header className="ed-projects-header">
        <div>
          <h1 className="ed-projects-title">{t('sections.editor.title')}</h1>
          <p className="ed-projects-intro">{t('sections.editor.empty')}</p>
        </div>
        <div className="ed-projects-actions">
          <button
            type="button"
            className="ed-button"
            aria-pressed={showTrash}
            onClick={() => setShowTrash((v) => !v)}
            data-testid="toggle-trash"
          >
            <Icon name={showTrash ? 'back' : 'trash'} />
            {showTrash
              ? t('editor.projects.backToProjects')
              : t('editor.projects.trash', { count: trashCount })}
          </button>
          <button
            type="button"
            className="ed-button ed-button-primary"
            onClick={() => setCreating(true)}
            disabled={channelId === undefined}
            data-testid="new-project"
          >
            <Icon name="plus" />
            {t('editor.projects.new')}
          </button>
        </div>
      </header>

      {problem ? (
        <p className="ed-banner ed-banner-error" role="alert">
          {problem}
        </p>
      ) : null}

      {listing.status === 'loading' ? (
        <div className="ed-center">
          <div className="spinner" aria-label={t('app.loading')} />
        </div>
      ) : listing.status === 'failed' ? (
        <p className="ed-banner ed-banner-error" role="alert">
          {t('editor.projects.loadFailed', { message: listing.message })}
        </p>
      ) : listing.projects.length === 0 ? (
        <div className="ed-projects-empty">
          <p>{showTrash ? t('editor.projects.trashEmpty') : t('editor.projects.none')}</p>
        </div>
      ) : (
        <ul
          className="ed-project-grid"
          aria-label={showTrash ? t('editor.projects.trashTitle') : t('editor.projects.title')}
        >
          {listing.projects.map((project) => (
            <li key={project.id} className="ed-project-card" data-testid="project-card">
              <button
                type="button"
                className="ed-project-thumb"
                onClick={() => (showTrash ? undefined : onOpen(project.id))}
                disabled={showTrash}
                aria-label={t('editor.projects.open', { name: project.name })}
              >
                {project.thumbnailDataUrl ? (
                  <img src={project.thumbnailDataUrl} alt="" />
                ) : (
                  <span className="ed-project-thumb-empty">
                    <Icon name="photo" />
                  </span>
                )}
              </button>
              <div className="ed-project-meta">
                {showTrash ? (
                  <div className="ed-project-name" title={project.name}>
                    {project.name}
                  </div>
                ) : (
                  // The name opens the project too: it is what people click first.
                  <button
                    type="button"
                    className="ed-project-name ed-project-name-button"
                    title={project.name}
                    onClick={() => onOpen(project.id)}
                    data-testid="project-name"
                  >
                    {project.name}
                  </button>
                )}
                <div className="ed-project-detail">
                  {t(`editor.kind.${project.kind}`)} · {sizeLabel(project.templateId)}
                  {project.documentCount > 1
                    ? ` · ${t('editor.projects.tabs', { count: project.documentCount })}`
                    : ''}
                </div>
                <div className="ed-project-detail">
                  {showTrash && project.trashedAt
                    ? t('editor.projects.trashedAt', { date: dateFormat.format(new Date(project.trashedAt)) })
                    : t('editor.projects.updatedAt', {
                        date: dateFormat.format(new Date(project.updatedAt)),
                      })}
                </div>
              </div>
              <div className="ed-project-buttons">
                {showTrash ? (
                  <>
                    <button
                      type="button"
                      className="ed-button ed-button-small"
                      onClick={() => void act(() => api.restoreProject(project.id))}
                    >
                      <Icon name="restore" />
                      {t('editor.projects.restore')}
                    </button>
                    <button
                      type="button"
                      className="ed-button ed-button-small ed-button-danger"
                      onClick={() => {
                        if (
                          window.confirm(t('editor.projects.deleteForeverConfirm', { name: project.name }))
                        ) {
                          void act(() => api.deleteProjectForever(project.id));
                        }
                      }}
                    >
                      {t('editor.projects.deleteForever')}
                    </button>
                  </>
                ) : (
                  <>
                    <button
                      type="button"
                      className="ed-button ed-button-small ed-button-primary"
                      onClick={() => onOpen(project.id)}
                      aria-label={t('editor.projects.open', { name: project.name })}
                      data-testid="open-project"
                    >
                      {t('editor.projects.openShort')}
                    </button>
                    <button
                      type="button"
                      className="ed-button ed-button-small"
                      onClick={() => setRenaming(project)}
                    >
                      {t('editor.projects.rename')}
                    </button>
                    <button
                      type="button"
                      className="ed-button ed-button-small"
                      onClick={() => void act(() => api.duplicateProject(project.id))}
                    >
                      {t('editor.projects.duplicate')}
                    </button>
                    <button
                      type="button"
                      className="ed-icon-button"
                      aria-label={t('editor.projects.moveToTrash', { name: project.name })}
                      title={t('editor.projects.moveToTrash', { name: project.name })}
                      onClick={() => void act(() => api.trashProject(project.id))}
                    >
                      <Icon name="trash" />
                    </button>
                  </>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}

      {creating && channelId !== undefined ? (
        <NewProjectDialog
          api={api}
          channelId={channelId}
          onClose={() => setCreating(false)}
          onCreated={(project) => {
            setCreating(false);
            onOpen(project.id);
          }}
        />
      ) : null}
      {renaming ? (
        <RenameDialog
          project={renaming}
          onClose={() => setRenaming(null)}
          onRename={(name) => {
            const id = renaming.id;
            setRenaming(null);
            void act(() => api.renameProject({ id, name }));
          }}
        />
      ) : null}
    </div>
  );
}

function sizeLabel(templateId: string): string {
  const template = findTemplate(templateId);
  return template ? `${String(template.size.width)} × ${String(template.size.height)}` : '';
}

function RenameDialog({
  project,
  onClose,
  onRename,
}: {
  project: ProjectSummary;
  onClose: () => void;
  onRename: (name: string) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(project.name);
  const trimmed = name.trim();
  return (
    <Dialog title={t('editor.projects.renameTitle')} onClose={onClose}>
      <form
        className="ed-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (trimmed) onRename(trimmed);
        }}
      >
        <label className="ed-field">
          <span className="ed-label">{t('editor.projects.name')}</span>
          <input
            className="ed-input"
            value={name}
            maxLength={projectNameMaxLength}
            onChange={(event) => setName(event.target.value)}
            autoFocus
          />
        </label>
        <div className="ed-dialog-actions">
          <button type="button" className="ed-button" onClick={onClose}>
            {t('editor.common.cancel')}
          </button>
          <button type="submit" className="ed-button ed-button-primary" disabled={!trimmed}>
            {t('editor.projects.rename')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
