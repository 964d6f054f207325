// Which project a command works on: by id or exact name, live projects before trashed ones. A name
// that matches none gets the close names ("did you mean …?") or the command that lists them all.

import { closeMatches } from '../../shared/domain/close-matches';
import type { ProjectSummary } from '../../shared/editor/project';
import { englishText } from '../../shared/i18n/text';
import type { SqliteDatabase } from '../storage/database';
import { findProjectByIdOrName, listEveryProject } from '../editor/projects';
import { CliError } from './command';

export function chooseProject(db: SqliteDatabase, wanted: string, dataDirectory: string): { id: number } {
  const rows = findProjectByIdOrName(db, wanted);
  const live = rows.filter((r) => r.trashed_at === null);
  const candidates = live.length > 0 ? live : rows;
  const [only, ...others] = candidates;
  if (only && others.length === 0) return only;
  if (only) {
    throw new CliError(
      englishText({
        key: 'errors.projects.sameName',
        params: { count: candidates.length, name: wanted, ids: candidates.map((r) => r.id).join(', ') },
      }),
    );
  }
  throw new CliError(noSuchProjectText(wanted, dataDirectory, listEveryProject(db)));
}

/** "There is no project …", then the close names, or the list command when none is close. */
export function noSuchProjectText(
  wanted: string,
  dataDirectory: string,
  projects: readonly ProjectSummary[],
): string {
  const missing = englishText({
    key: 'errors.projects.noSuchName',
    params: { name: wanted, folder: dataDirectory },
  });
  const close = closeMatches(wanted, projects, (p) => p.name);
  if (close.length === 0) return `${missing} ${englishText({ key: 'errors.projects.listHint' })}`;
  const suggestions = close
    .map((p) => englishText({ key: 'errors.projects.suggestion', params: { name: p.name, id: p.id } }))
    .join(englishText({ key: 'errors.projects.suggestionSeparator' }));
  return `${missing} ${englishText({ key: 'errors.projects.didYouMean', params: { suggestions } })}`;
}
