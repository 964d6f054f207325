// A project's documents as a set: what each one is called (the same name on its tab, in the checks,
// in the export's refusal and summary, and in its file names) and the checks that look at the whole
// set (every menu linted with the set's aliases, aliases used twice). Main refuses an export with
// exactly the problems `exportProblems` lists, so the editor can show them before anyone tries.

import type { LocalizedText } from '../i18n/text';
import type { EditorDocument } from './document';
import { findingText, hasLintErrors, lintDocument, type LintFinding } from './lint';
import type { TextMeasurements } from './text-fit';

/** The aliases of the set's rich menus, for `richmenuswitch` targets. */
export function knownAliases(documents: readonly EditorDocument[]): string[] {
  return documents.flatMap((d) => (d.kind === 'richmenu' && d.richMenu.aliasId ? [d.richMenu.aliasId] : []));
}

const aliasOf = (doc: EditorDocument | undefined): string | null =>
  doc?.kind === 'richmenu' ? doc.richMenu.aliasId : null;

/** An alias names a menu only when no other menu of the set uses it too. */
function uniqueAlias(documents: readonly EditorDocument[], index: number): string | null {
  const alias = aliasOf(documents[index]);
  if (alias === null || alias === '') return null;
  return documents.filter((d) => aliasOf(d) === alias).length === 1 ? alias : null;
}

/**
 * The name of document `index`: its alias when it has one of its own; else, in a tab set, "Menu N";
 * and a project's only document is called by its kind ("Rich menu", "Rich message").
 */
export function documentName(documents: readonly EditorDocument[], index: number): LocalizedText {
  const doc = documents[index];
  if (doc?.kind === 'imagemap') return { key: 'editor.kind.imagemap' };
  const alias = uniqueAlias(documents, index);
  if (alias !== null) return { key: 'editor.tabs.alias', params: { alias } };
  if (documents.length === 1) return { key: 'editor.kind.richmenu' };
  return { key: 'editor.tabs.menu', params: { number: index + 1 } };
}

/**
 * The base of each rich menu's file names, by the same rule as its name: `richmenu` alone,
 * `richmenu-<alias>`, else `richmenu-<N>`; never the same base twice (an alias such as "2" could
 * collide with a position).
 */
export function documentFileStems(documents: readonly EditorDocument[]): string[] {
  if (documents.length === 1) return ['richmenu'];
  const used = new Set<string>();
  return documents.map((_, index) => {
    const alias = uniqueAlias(documents, index);
    let stem = alias !== null ? `richmenu-${alias}` : `richmenu-${String(index + 1)}`;
    if (used.has(stem)) stem = `${stem}-menu${String(index + 1)}`;
    used.add(stem);
    return stem;
  });
}

export interface DocumentCheck {
  readonly index: number;
  readonly name: LocalizedText;
  readonly findings: readonly LintFinding[];
  readonly errors: number;
  readonly warnings: number;
}

export interface DuplicateAlias {
  readonly alias: string;
  readonly first: number;
  readonly second: number;
}

export interface SetCheck {
  readonly documents: readonly DocumentCheck[];
  readonly duplicateAliases: readonly DuplicateAlias[];
  /** Errors across the set, duplicate aliases included: the export is refused while this is > 0. */
  readonly errors: number;
  readonly warnings: number;
}

/**
 * Every document linted against the set's aliases, and the aliases LINE would refuse twice. Text
 * measurements (only the editor can make them: shared/editor/text-fit.ts) add the overflow checks
 * to the documents they are given for.
 */
export function checkDocumentSet(
  documents: readonly EditorDocument[],
  textMeasurements: ReadonlyMap<number, TextMeasurements> = new Map(),
): SetCheck {
  const aliases = knownAliases(documents);
  const checks = documents.map((doc, index): DocumentCheck => {
    const measured = textMeasurements.get(index);
    const findings = lintDocument(doc, {
      knownAliases: aliases,
      ...(measured ? { textMeasurements: measured } : {}),
    });
    const errors = findings.filter((f) => f.severity === 'error').length;
    return {
      index,
      name: documentName(documents, index),
      findings,
      errors,
      warnings: findings.length - errors,
    };
  });
  // An alias names one rich menu per channel: LINE refuses a second menu with the same alias.
  const duplicateAliases: DuplicateAlias[] = [];
  const seen = new Map<string, number>();
  documents.forEach((doc, index) => {
    const alias = aliasOf(doc);
    if (!alias) return;
    const first = seen.get(alias);
    if (first === undefined) seen.set(alias, index);
    else duplicateAliases.push({ alias, first, second: index });
  });
  return {
    documents: checks,
    duplicateAliases,
    errors: checks.reduce((sum, c) => sum + c.errors, 0) + duplicateAliases.length,
    warnings: checks.reduce((sum, c) => sum + c.warnings, 0),
  };
}

/** How many errors stand against document `index`: its own, plus each alias clash it is part of. */
export function documentErrorCount(check: SetCheck, index: number): number {
  const own = check.documents[index]?.errors ?? 0;
  return own + check.duplicateAliases.filter((d) => d.first === index || d.second === index).length;
}

export function duplicateAliasText(
  documents: readonly EditorDocument[],
  clash: DuplicateAlias,
): LocalizedText {
  return {
    key: 'errors.export.duplicateAlias',
    params: {
      first: documentName(documents, clash.first),
      second: documentName(documents, clash.second),
      alias: clash.alias,
    },
  };
}

/**
 * Every reason the export would be refused, one sentence each: each error finding (named by its
 * menu in a tab set) and each alias used twice. Empty when the set can be exported.
 */
export function exportProblems(
  documents: readonly EditorDocument[],
  check: SetCheck = checkDocumentSet(documents),
): LocalizedText[] {
  const problems: LocalizedText[] = [];
  for (const doc of check.documents) {
    if (!hasLintErrors(doc.findings)) continue;
    for (const finding of doc.findings) {
      if (finding.severity !== 'error') continue;
      problems.push(inDocument(documents, doc.index, findingText(finding)));
    }
  }
  for (const clash of check.duplicateAliases) problems.push(duplicateAliasText(documents, clash));
  return problems;
}

/** A sentence about one document of a set, with its name in front ("tab-b: Area 2 …"). */
export function inDocument(
  documents: readonly EditorDocument[],
  index: number,
  text: LocalizedText,
): LocalizedText {
  if (documents.length <= 1) return text;
  return { key: 'errors.export.inMenu', params: { menu: documentName(documents, index), message: text } };
}
